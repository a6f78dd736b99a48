//! Messages: everyone's inbox, a client's side writing to the counsellor, and the counsellor's
//! answer in the workspace.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::context::{FieldError, FormFlash, FormId, PageData, FORM_FIELD};
use app::messages::MAX_BODY;
use app::paths;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::counsellor_pages::{ClientPost, Outcome};
use super::pages::internal_error;
use super::visit::{acting_scope, Acting, Counselled, Matters, PageResult, SignedIn, Visit};
use super::{session, AppState};
use crate::services::access::{self, Reader};
use crate::services::guidance::{self, AskError, WriteError};
use crate::services::messages;

/// `/messages`: the person's messages, newest first; the unread are marked, and read after.
pub async fn inbox(SignedIn { mut visit, account }: SignedIn) -> PageResult {
    let (page, about) = messages::inbox(&visit.state.db, &account).await?;
    access::log_reads(&visit.state.db, Reader::Person(&account), &about, &LookedAt::Messages).await?;
    // Read now: the header no longer counts them as new.
    if let Some(viewer) = visit.ctx.viewer.as_mut() {
        viewer.unread_messages = 0;
    }
    Ok(visit.page(PageData::Messages(Box::new(page))).await)
}

/// `/ask-counsellor`: the counsellor and their phone, the conversation so far, and the form.
pub async fn ask_page(Acting(Matters { visit, scope }): Acting) -> PageResult {
    let sent = visit.query_value("sent").is_some();
    let page = guidance::ask_page(&visit.state.db, scope.client_id, sent).await?;
    scope.log(&visit.state, &LookedAt::Messages).await?;
    Ok(visit.page(PageData::Ask(scope.page(page))).await)
}

fn flash(form: FormId, values: BTreeMap<String, String>, errors: &[WriteError]) -> FormFlash {
    let errors =
        errors.iter().map(|e| FieldError::new(e.field(), e.message_id()).with("most", MAX_BODY)).collect();
    FormFlash { form, values, errors }
}

/// POST `/ask-counsellor`: sends the message to the client's counsellor, or brings the form
/// back filled in with each error beside its field.
pub async fn ask(State(state): State<AppState>, session: Session, body: String) -> Response {
    let mut form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    form.remove(FORM_FIELD);
    let scope = match acting_scope(&state, &session, paths::ASK_COUNSELLOR).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let question = match guidance::check_question(&form) {
        Ok(question) => question,
        Err(errors) => {
            session::set_flash(&session, flash(FormId::Ask, form, &errors)).await;
            return Redirect::to(paths::ASK_COUNSELLOR).into_response();
        }
    };
    match guidance::ask(&state.db, &scope.account, scope.client_id, &question).await {
        Ok(()) => Redirect::to(&format!("{}?sent#sent", paths::ASK_COUNSELLOR)).into_response(),
        // The page says whom to call instead; nothing was written.
        Err(AskError::NoCounsellor) => Redirect::to(paths::ASK_COUNSELLOR).into_response(),
        Err(AskError::Store(error)) => internal_error(error),
    }
}

/// `/clients/{id}/messages`: the counsellor's side of the client's conversation.
pub async fn conversation_page(counselled: Counselled) -> PageResult {
    counselled.log(&LookedAt::Messages).await?;
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let sent = visit.query_value("sent").is_some();
    let page = guidance::conversation_page(&visit.state.db, client_id, client_name, sent).await?;
    Ok(visit.page(PageData::Conversation(Box::new(page))).await)
}

/// POST `/clients/{id}/messages`: the counsellor's answer.
pub async fn answer(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::conversation(client_id);
    let post = ClientPost { client_id, what: "answer a client's message", back: back.clone() };
    post.answer(visit, body, async |state, account, form| match guidance::check_answer(form) {
        Ok(text) => {
            guidance::answer(&state.db, account, client_id, &text, state.clock.today()).await?;
            Ok(Outcome::Go(format!("{back}?sent#sent")))
        }
        Err(errors) => Ok(Outcome::back_with_numbers(
            FormId::Answer,
            errors.iter().map(|e| (e.field(), e.message_id(), vec![("most", MAX_BODY)])),
        )),
    })
    .await
}
