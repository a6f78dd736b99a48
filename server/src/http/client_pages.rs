//! The pages about a client's own matters: My budget (the front page of a client or a relative
//! with a mandate), the monthly statements and the decision. Each loads its data here, with
//! the page, and logs the look when someone other than the client takes it. The client's own
//! logs are here too, and the organiser's log of refused looks beside them.

use app::access::{DonePage, LookedAt, RefusalsPage};
use app::context::{FieldError, FormFlash, FormId, PageData};
use app::paths;
use app::plan::fields as plan_fields;
use app::proposals::ProposalState;
use app::role::Role;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::internal_error;
use super::visit::{acting_scope, Matters, PageResult, SignedIn, Visit};
use super::{session, AppState};
use crate::clock::now_unix;
use crate::rules::YearMonth;
use crate::services::access;
use crate::services::access::Reader;
use crate::services::details::NeedToKnow;
use crate::services::{budget, details, done_for_me, plans, proposals};

/// `/`: the welcome page; for a client, or a relative acting for one, My budget.
pub async fn home(visit: Visit) -> PageResult {
    let Some(scope) = visit.scope() else { return Ok(visit.render().await) };
    let content = budget::budget(&visit.state.db, scope.client_id, visit.today()).await?;
    scope.log(&visit.state, &LookedAt::Budget).await?;
    Ok(visit.page(PageData::Budget(scope.page(content))).await)
}

/// `/statements/{YYYY-MM}`: one month's statement.
pub async fn statement(Path(month): Path<String>, Matters { visit, scope }: Matters) -> PageResult {
    let Some(month) = YearMonth::parse(&month) else { return Ok(visit.not_found().await) };
    let Some(content) = budget::statement(&visit.state.db, scope.client_id, month).await? else {
        return Ok(visit.not_found().await);
    };
    scope.log(&visit.state, &LookedAt::Statement(month.to_string())).await?;
    Ok(visit.page(PageData::Statement(scope.page(content))).await)
}

/// `/decision`: the decision in force, with its plan.
pub async fn decision(Matters { visit, scope }: Matters) -> PageResult {
    let content = budget::decision_page(&visit.state.db, scope.client_id, visit.today()).await?;
    scope.log(&visit.state, &LookedAt::Decision).await?;
    Ok(visit.page(PageData::Decision(scope.page(content))).await)
}

/// `/my-plan`: the support plan (an earlier version with `?version=N`), its history and the
/// comments; whoever may act for the client may comment.
pub async fn my_plan(Matters { visit, scope }: Matters) -> PageResult {
    let version = visit.query_value(plan_fields::VERSION).and_then(|v| v.parse::<u32>().ok());
    let may_comment = scope.may_act(&visit.state).await?;
    let mut content = plans::page(&visit.state.db, scope.client_id, version, may_comment).await?;
    content.commented = visit.query_value("commented").is_some();
    content.proposal = proposals::newest(&visit.state.db, scope.client_id).await?;
    content.proposal_done = visit.query_value("proposal").and_then(|done| match done.as_str() {
        "sent" => Some(ProposalState::Waiting),
        "withdrawn" => Some(ProposalState::Withdrawn),
        _ => None,
    });
    scope.log(&visit.state, &LookedAt::Plan).await?;
    Ok(visit.page(PageData::Plan(scope.page(content))).await)
}

/// `POST /my-plan/comments`: adds the comment, or brings the form back filled in with the error.
pub async fn comment_on_plan(State(state): State<AppState>, session: Session, body: String) -> Response {
    let text = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == plan_fields::COMMENT)
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let scope = match acting_scope(&state, &session, paths::MY_PLAN).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    match plans::comment(&state.db, scope.client_id, &text, &by, now_unix()).await {
        Ok(Ok(())) => Redirect::to(&format!("{}?commented#comments", paths::MY_PLAN)).into_response(),
        Ok(Err(error)) => {
            let mut field_error = FieldError::new(plan_fields::COMMENT, error.message_id());
            if error == plans::CommentError::TooLong {
                field_error = field_error.with("max", app::plan::MAX_COMMENT_CHARS);
            }
            let values = [(plan_fields::COMMENT.to_string(), text)].into_iter().collect();
            let flash = FormFlash { form: FormId::PlanComment, values, errors: vec![field_error] };
            session::set_flash(&session, flash).await;
            Redirect::to(paths::MY_PLAN).into_response()
        }
        Err(error) => internal_error(error),
    }
}

/// `/who-looked`: the client's own access log. Only the client sees it: a relative's look at it
/// would itself be a look, and the log is the client's check on their helpers.
pub async fn who_looked(Matters { visit, scope }: Matters) -> PageResult {
    if !scope.is_self() {
        return Ok(visit.not_found().await);
    }
    let month = visit.query_value(app::paths::MONTH).and_then(|m| YearMonth::parse(&m));
    let page = access::looks_at(&visit.state.db, scope.client_id, month).await?;
    Ok(visit.page(PageData::WhoLooked(Box::new(page))).await)
}

/// `/done-for-me`: what others have done for the client. Only the client sees it, like the log.
pub async fn done_for_me(Matters { visit, scope }: Matters) -> PageResult {
    if !scope.is_self() {
        return Ok(visit.not_found().await);
    }
    let done = done_for_me::done_for(&visit.state.db, scope.client_id).await?;
    Ok(visit.page(PageData::DoneForMe(Box::new(DonePage { done }))).await)
}

/// `/my-details`: the client's personal details and their counsellor. In the helper view the
/// personal ones are not sent at all.
pub async fn my_details(Matters { visit, scope }: Matters) -> PageResult {
    let may_act = scope.may_act(&visit.state).await?;
    let need = NeedToKnow::of(scope.account.role, may_act, visit.ctx.helper_view);
    let found = details::details(&visit.state.db, scope.client_id, visit.today(), need).await?;
    let Some(content) = found else { return Ok(visit.not_found().await) };
    scope.log(&visit.state, &LookedAt::Details).await?;
    Ok(visit.page(PageData::Details(scope.page(content))).await)
}

/// `/refused-looks`: the organiser's log of refused looks, for the security review.
pub async fn refused_looks(signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let refusals = access::refusals(&visit.state.db).await?;
    Ok(visit.page(PageData::Refusals(Box::new(RefusalsPage { refusals }))).await)
}
