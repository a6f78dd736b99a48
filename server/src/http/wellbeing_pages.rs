//! "How am I doing?": the client's self-checks over time, the check itself one question per page,
//! who may see the answers, and the counsellor's view when the client lets her see them.

use app::access::LookedAt;
use app::context::{FieldError, FormFlash, FormId, PageData};
use app::i18n::msg;
use app::paths;
use app::wellbeing::{fields, CounsellorWellbeingPage, Question, QuestionPage, SharePage};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::internal_error;
use super::visit::{acting_scope, not_found_answer, own_scope, Acting, Counselled, Matters, PageResult};
use super::{session, AppState};
use crate::clock::now_unix;
use crate::services::access::Reader;
use crate::services::self_checks;

/// `/how-am-i-doing`: the checks so far, when the next is due, and who may see the answers.
pub async fn wellbeing(Matters { visit, scope }: Matters) -> PageResult {
    let may_answer = scope.may_act(&visit.state).await?;
    let today = visit.today();
    let mut content =
        self_checks::page(&visit.state.db, scope.client_id, today, may_answer, scope.is_self()).await?;
    content.done =
        visit.query_value("done").filter(|d| ["saved", "shared", "not-shared"].contains(&d.as_str()));
    scope.log(&visit.state, &LookedAt::SelfChecks).await?;
    Ok(visit.page(PageData::Wellbeing(scope.page(content))).await)
}

/// `/how-am-i-doing/{n}`: one question, with the face chosen before when coming back to it.
pub async fn question_page(
    Path(number): Path<usize>,
    Acting(Matters { visit, scope }): Acting,
) -> PageResult {
    let Some(question) = Question::by_number(number) else { return Ok(visit.not_found().await) };
    let answers = session::self_check_answers(&visit.session, scope.client_id).await;
    let chosen = answers.iter().find(|(q, _)| *q == question).map(|(_, s)| *s);
    Ok(visit.page(PageData::SelfCheckQuestion(QuestionPage { question, chosen })).await)
}

/// `POST /how-am-i-doing/{n}`: keeps the face in the session and goes on; without one, the
/// question comes back with its error.
pub async fn answer(
    State(state): State<AppState>,
    Path(number): Path<usize>,
    session: Session,
    body: String,
) -> Response {
    let Some(question) = Question::by_number(number) else { return not_found_answer() };
    let here = paths::self_check_question(number);
    let scope = match acting_scope(&state, &session, &here).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let score = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == fields::SCORE)
        .and_then(|(_, value)| value.parse::<i64>().ok())
        .filter(|score| (1..=5).contains(score));
    let Some(score) = score else {
        let errors = vec![FieldError::new(fields::SCORE, msg("wellbeing-error-choose"))];
        session::set_flash(
            &session,
            FormFlash { form: FormId::SelfCheck, values: Default::default(), errors },
        )
        .await;
        return Redirect::to(&here).into_response();
    };
    session::keep_self_check_answer(&session, scope.client_id, question, score).await;
    let next = Question::by_number(number + 1)
        .map_or_else(|| paths::SELF_CHECK_SHARE.to_string(), |q| paths::self_check_question(q.number()));
    Redirect::to(&next).into_response()
}

/// `/how-am-i-doing/share`: the last step. A check with a question left goes back to it.
pub async fn share_page(Acting(Matters { visit, scope }): Acting) -> PageResult {
    let answers = session::self_check_answers(&visit.session, scope.client_id).await;
    if let Some(question) = self_checks::first_unanswered(&answers) {
        return Ok(Redirect::to(&paths::self_check_question(question.number())).into_response());
    }
    let shared = self_checks::shared(&visit.state.db, scope.client_id).await?;
    Ok(visit.page(PageData::SelfCheckShare(SharePage { shared, may_share: scope.is_self() })).await)
}

/// `POST /how-am-i-doing/share`: saves the whole check at once, and the client's choice of who
/// sees it; a relative answering for the client leaves the choice as the client made it.
pub async fn save(State(state): State<AppState>, session: Session, body: String) -> Response {
    let scope = match acting_scope(&state, &session, paths::SELF_CHECK_SHARE).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let answers = session::self_check_answers(&session, scope.client_id).await;
    let Some(answers) = self_checks::complete(&answers) else {
        let first = self_checks::first_unanswered(&answers).map_or(1, Question::number);
        return Redirect::to(&paths::self_check_question(first)).into_response();
    };
    let share = if scope.is_self() { share_choice(&body) } else { None };
    let by = Reader::Person(&scope.account).actor();
    if let Err(error) =
        self_checks::save(&state.db, scope.client_id, state.clock.today(), &answers, share, &by, now_unix())
            .await
    {
        return internal_error(error);
    }
    session::forget_self_check(&session).await;
    Redirect::to(&format!("{}?done=saved", paths::WELLBEING)).into_response()
}

/// `POST /how-am-i-doing/sharing`: the client lets the counsellor see the answers, or stops it.
pub async fn set_sharing(State(state): State<AppState>, session: Session, body: String) -> Response {
    let scope = match own_scope(&state, &session, paths::WELLBEING).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let Some(share) = share_choice(&body) else { return Redirect::to(paths::WELLBEING).into_response() };
    if let Err(error) = self_checks::set_shared(&state.db, scope.client_id, share, now_unix()).await {
        return internal_error(error);
    }
    let done = if share { "shared" } else { "not-shared" };
    Redirect::to(&format!("{}?done={done}", paths::WELLBEING)).into_response()
}

fn share_choice(body: &str) -> Option<bool> {
    form_urlencoded::parse(body.as_bytes()).find(|(name, _)| name == fields::SHARE).and_then(|(_, value)| {
        match value.as_ref() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    })
}

/// `/clients/{id}/wellbeing`: the client's checks, when the client lets the counsellor see them.
pub async fn client_wellbeing(counselled: Counselled) -> PageResult {
    let checks = self_checks::for_counsellor(&counselled.visit.state.db, counselled.client_id).await?;
    counselled.log(&LookedAt::SelfChecks).await?;
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let page = CounsellorWellbeingPage { client_id, client_name, checks };
    Ok(visit.page(PageData::ClientWellbeing(Box::new(page))).await)
}
