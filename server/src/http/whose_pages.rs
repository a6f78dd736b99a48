//! "Whose matters": a relative with mandates for several people chooses whose matters the pages
//! show; the choice is kept in their session.

use app::access::{Mandate, WhosePage, CLIENT_FIELD};
use app::context::{PageContext, PageData, Role};
use app::paths;
use axum::body::Body;
use axum::extract::State;
use axum::http::Request;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use tower_sessions::Session;

use super::client_pages::{context, parts, respond, sign_in_then, Loaded};
use super::pages::{internal_error, signed_in_account};
use super::{session, AppState};
use crate::services::access::{self, Reader};
use crate::store::accounts;
use crate::store::budget::date_text;
use crate::store::StoreError;

/// `/whose-matters`: the people the relative's mandates name, the current one marked.
pub async fn whose(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let loaded = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(Loaded::SignIn) };
        if account.role != Role::Relative {
            return Ok(Loaded::NotFound(ctx));
        }
        let today = state.clock.today();
        let chosen = session::chosen_client(&session).await;
        let current = access::whose_matters(&state.db, &account, today, chosen).await?.map(|m| m.client_id);
        let mandates = accounts::mandated_clients(&state.db, account.id, &date_text(today))
            .await?
            .into_iter()
            .map(|m| Mandate {
                current: Some(m.client_id) == current,
                client_id: m.client_id,
                client_name: m.client_name,
                can_act: m.can_act,
            })
            .collect();
        Ok(Loaded::Page(PageContext { data: PageData::Whose(Box::new(WhosePage { mandates })), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// POST `/whose-matters`: handles the chosen person's matters from now on, if a mandate names
/// them; any other id is a refused look, logged, and changes nothing.
pub async fn choose(State(state): State<AppState>, session: Session, body: String) -> Response {
    let asked = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == CLIENT_FIELD)
        .and_then(|(_, value)| value.parse::<i64>().ok());
    let chose = async {
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(None) };
        let Some(asked) = asked else { return Ok(Some(false)) };
        let today = date_text(state.clock.today());
        let mandated = accounts::mandated_clients(&state.db, account.id, &today).await?;
        if mandated.iter().any(|m| m.client_id == asked) {
            session::choose_client(&session, asked).await;
            return Ok(Some(true));
        }
        access::log_refusal(&state.db, Reader::Person(&account), asked, "choose whose matters").await?;
        Ok::<_, StoreError>(Some(false))
    }
    .await;
    match chose {
        Ok(None) => sign_in_then(paths::WHOSE),
        Ok(Some(true)) => Redirect::to(paths::HOME).into_response(),
        Ok(Some(false)) => Redirect::to(paths::WHOSE).into_response(),
        Err(error) => internal_error(error),
    }
}
