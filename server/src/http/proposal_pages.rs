//! Using the budget differently, the client's side: the form and what a change means (a GET, so
//! checking keeps nothing), sending the proposal, and taking it back. The client or a relative
//! who may act for them; the decision-maker's answer is in the workspace.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::context::{PageData, FORM_FIELD};
use app::paths;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::internal_error;
use super::visit::{acting_scope, Acting, Matters, PageResult};
use super::{session, AppState};
use crate::clock::now_unix;
use crate::services::access::Reader;
use crate::services::proposals;

/// `/my-plan/proposal`: the form, and with `?check` what the change means or what is wrong.
pub async fn proposal_page(Acting(Matters { visit, scope }): Acting) -> PageResult {
    let query: BTreeMap<String, String> =
        form_urlencoded::parse(visit.query().as_bytes()).into_owned().collect();
    let flash = visit.ctx.flash.clone();
    let content = proposals::page(&visit.state.db, scope.client_id, visit.today(), &query, flash).await?;
    scope.log(&visit.state, &LookedAt::Decision).await?;
    Ok(visit.page(PageData::Proposal(scope.page(content))).await)
}

/// `POST /my-plan/proposal`: sends the proposal and says so on My plan; a proposal that cannot
/// be sent comes back checked, filled in, with each error beside its field.
pub async fn send(State(state): State<AppState>, session: Session, body: String) -> Response {
    let mut form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    form.remove(FORM_FIELD);
    let scope = match acting_scope(&state, &session, paths::MY_PROPOSAL).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    let today = state.clock.today();
    match proposals::send(&state.db, scope.client_id, &form, &by, now_unix(), today).await {
        Ok(Ok(())) => Redirect::to(&format!("{}?proposal=sent#proposal", paths::MY_PLAN)).into_response(),
        Ok(Err(errors)) => {
            let errors = errors.into_iter().map(|e| e.field_error()).collect();
            session::set_flash(&session, proposals::flash_of(&form, errors)).await;
            Redirect::to(paths::MY_PROPOSAL).into_response()
        }
        Err(error) => internal_error(error),
    }
}

/// `POST /my-plan/proposal/withdraw`: takes back the proposal that waits, if one still does.
pub async fn withdraw(State(state): State<AppState>, session: Session) -> Response {
    let scope = match acting_scope(&state, &session, paths::MY_PROPOSAL).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    match proposals::withdraw(&state.db, scope.client_id, &by, now_unix()).await {
        Ok(true) => Redirect::to(&format!("{}?proposal=withdrawn#proposal", paths::MY_PLAN)).into_response(),
        Ok(false) => Redirect::to(paths::MY_PLAN).into_response(),
        Err(error) => internal_error(error),
    }
}
