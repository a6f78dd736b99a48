//! Choosing the first provider of a service: the client, or a relative who may act for them.
//! Looking is a GET at each step; only the choice posts.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::context::PageData;
use app::first_provider::fields;
use app::paths;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::internal_error;
use super::visit::{acting_scope, Acting, Matters, PageResult};
use super::AppState;
use crate::services::access::Reader;
use crate::services::first_provider::{self, ChoiceError};

/// `/first-provider`: the services with no provider, the providers for one, or the choice to
/// confirm; `?chosen=` after the choice, to say it was made.
pub async fn page(Acting(Matters { visit, scope }): Acting) -> PageResult {
    let query: BTreeMap<String, String> =
        form_urlencoded::parse(visit.query().as_bytes()).into_owned().collect();
    let mut content = first_provider::page(&visit.state.db, scope.client_id, visit.today(), &query).await?;
    // What was chosen is read back from the client's own choices, never from the address, so a
    // link cannot make the page say that someone chose something.
    if let Some(choice) = query.get("chosen").and_then(|id| id.parse().ok()) {
        content.chosen = first_provider::chosen(&visit.state.db, scope.client_id, choice).await?;
    }
    scope.log(&visit.state, &LookedAt::ChangeProviders).await?;
    Ok(visit.page(PageData::FirstProvider(scope.page(content))).await)
}

/// `POST /first-provider`: makes the agreement from the choice, or goes back to the choices with
/// why it could not be made.
pub async fn choose(State(state): State<AppState>, session: Session, body: String) -> Response {
    let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let scope = match acting_scope(&state, &session, paths::FIRST_PROVIDER).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    match first_provider::choose(&state.db, scope.client_id, &form, &by, state.clock.today()).await {
        Ok(choice) => Redirect::to(&format!("{}?chosen={choice}", paths::FIRST_PROVIDER)).into_response(),
        Err(ChoiceError::Store(error)) => internal_error(error),
        Err(_) => {
            let product = form.get(fields::PRODUCT).cloned().unwrap_or_default();
            let provider = form.get(fields::PROVIDER).cloned().unwrap_or_default();
            let back = form_urlencoded::Serializer::new(String::new())
                .append_pair(fields::PRODUCT, &product)
                .append_pair(fields::PROVIDER, &provider)
                .finish();
            Redirect::to(&format!("{}?{back}", paths::FIRST_PROVIDER)).into_response()
        }
    }
}
