//! "Whose matters": a relative with mandates for several people chooses whose matters the pages
//! show; the choice is kept in their session.

use app::access::{Mandate, WhosePage, CLIENT_FIELD};
use app::context::PageData;
use app::paths;
use app::role::Role;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::{internal_error, signed_in_account};
use super::visit::{not_found_answer, sign_in_then, PageResult, SignedIn};
use super::{session, AppState};
use crate::services::access::{self, Reader};
use crate::store::accounts;
use crate::store::budget::date_text;
use crate::store::StoreError;

/// `/whose-matters`: the people the relative's mandates name, the current one marked.
pub async fn whose(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Relative).await?;
    let today = visit.today();
    let chosen = session::chosen_client(&visit.session).await;
    let db = &visit.state.db;
    let current = access::whose_matters(db, &account, today, chosen).await?.map(|m| m.client_id);
    let mandates = accounts::mandated_clients(db, account.id, &date_text(today))
        .await?
        .into_iter()
        .map(|m| Mandate {
            current: Some(m.client_id) == current,
            client_id: m.client_id,
            client_name: m.client_name,
            can_act: m.can_act,
        })
        .collect();
    Ok(visit.page(PageData::Whose(Box::new(WhosePage { mandates }))).await)
}

/// POST `/whose-matters`: handles the chosen person's matters from now on, if a mandate names
/// them; any other id is a refused look, logged, and changes nothing.
pub async fn choose(State(state): State<AppState>, session: Session, body: String) -> Response {
    let asked = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == CLIENT_FIELD)
        .and_then(|(_, value)| value.parse::<i64>().ok());
    let chose = async {
        let Some(account) = signed_in_account(&state, &session).await? else {
            return Ok(Choice::NobodySignedIn);
        };
        let Some(asked) = asked else { return Ok(Choice::NoneChosen) };
        let today = date_text(state.clock.today());
        let mandated = accounts::mandated_clients(&state.db, account.id, &today).await?;
        if mandated.iter().any(|m| m.client_id == asked) {
            session::choose_client(&session, asked).await;
            return Ok(Choice::Chosen);
        }
        access::log_refusal(&state.db, Reader::Person(&account), asked, "choose whose matters").await?;
        Ok::<_, StoreError>(Choice::NoMandate)
    }
    .await;
    match chose {
        Ok(Choice::NobodySignedIn) => sign_in_then(paths::WHOSE),
        Ok(Choice::Chosen) => Redirect::to(paths::HOME).into_response(),
        Ok(Choice::NoneChosen) => Redirect::to(paths::WHOSE).into_response(),
        // Someone this person has no mandate for: as if there were no such client.
        Ok(Choice::NoMandate) => not_found_answer(),
        Err(error) => internal_error(error),
    }
}

/// What a post to `/whose-matters` came to.
enum Choice {
    NobodySignedIn,
    NoneChosen,
    Chosen,
    NoMandate,
}
