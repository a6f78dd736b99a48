//! Changing provider and leaving the personal budget (B14-B17): for staff, the client, and a
//! relative whose mandate lets them act.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use app::access::LookedAt;
use app::changes::{Change, Departure};

use super::auth::{may_act, open_client, Caller};
use super::error::{ApiError, ErrorBody};
use super::input::{ApiJson, ApiPath};
use crate::http::AppState;
use crate::services::access::Act;
use crate::services::changes;

/// The header that makes a repeated request return the first result instead of a second change.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChange {
    /// The agreement with the current provider.
    pub agreement_id: i64,
    pub new_provider_id: i64,
}

#[utoipa::path(post, path = "/api/v1/clients/{client_id}/provider-changes", tag = "changes",
    request_body = NewChange, security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client"),
        ("Idempotency-Key" = Option<String>, Header,
            description = "The same key again returns the first change (200) instead of a new one")),
    responses((status = 201, body = Change), (status = 200, body = Change, description = "Sent before"),
        (status = "4XX", body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<NewChange>,
) -> Result<(StatusCode, Json<Change>), ApiError> {
    may_act(&state, &caller, client_id, Act::ChangeProvider).await?;
    let key = headers.get(IDEMPOTENCY_KEY).and_then(|v| v.to_str().ok()).filter(|k| !k.is_empty());
    if key.is_some_and(|k| k.len() > 200) {
        return Err(ApiError::bad_request("too-long", "the idempotency key is longer than 200 characters"));
    }
    let by = caller.reader().actor();
    let made = changes::make(
        &state.db,
        &by,
        client_id,
        body.agreement_id,
        body.new_provider_id,
        key,
        state.clock.today(),
    )
    .await?;
    let status = if made.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(made.change)))
}

#[utoipa::path(get, path = "/api/v1/clients/{client_id}/provider-changes", tag = "changes",
    security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client")),
    responses((status = 200, body = Vec<Change>), (status = "4XX", body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
) -> Result<Json<Vec<Change>>, ApiError> {
    open_client(&state, &caller, client_id, &LookedAt::Changes).await?;
    Ok(Json(changes::list(&state.db, client_id, state.clock.today()).await?))
}

#[utoipa::path(post, path = "/api/v1/clients/{client_id}/provider-changes/{change_id}/cancel",
    tag = "changes", security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client"),
        ("change_id" = i64, Path, description = "The change")),
    responses((status = 200, body = Change), (status = "4XX", body = ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath((client_id, change_id)): ApiPath<(i64, i64)>,
) -> Result<Json<Change>, ApiError> {
    may_act(&state, &caller, client_id, Act::CancelChange).await?;
    let by = caller.reader().actor();
    Ok(Json(changes::cancel(&state.db, &by, client_id, change_id, state.clock.today()).await?))
}

#[utoipa::path(post, path = "/api/v1/clients/{client_id}/leave", tag = "changes",
    security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client")),
    responses((status = 201, body = Departure), (status = 200, body = Departure, description = "Left before"),
        (status = "4XX", body = ErrorBody)))]
pub async fn leave(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
) -> Result<(StatusCode, Json<Departure>), ApiError> {
    may_act(&state, &caller, client_id, Act::Leave).await?;
    let by = caller.reader().actor();
    let (departure, created) = changes::leave(&state.db, &by, client_id, state.clock.today()).await?;
    Ok((if created { StatusCode::CREATED } else { StatusCode::OK }, Json(departure)))
}

#[utoipa::path(get, path = "/api/v1/clients/{client_id}/leave", tag = "changes",
    security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client")),
    responses((status = 200, body = Departure), (status = "4XX", body = ErrorBody)))]
pub async fn departure(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
) -> Result<Json<Departure>, ApiError> {
    open_client(&state, &caller, client_id, &LookedAt::Leaving).await?;
    changes::departure(&state.db, client_id)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("departure: the client has not given notice"))
}
