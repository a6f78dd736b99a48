//! A client's budget and monthly statements: for staff, the client, and a relative with a mandate.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

use app::access::LookedAt;
use app::budget::{Budget, Statement};

use super::auth::{open_client, Caller};
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiPath, ApiQuery};
use crate::http::AppState;
use crate::rules::YearMonth;
use crate::services::budget;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AsOf {
    /// Count up to this day (YYYY-MM-DD); today when absent.
    pub as_of: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/clients/{client_id}/budget", tag = "budget",
    security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client"), AsOf),
    responses((status = 200, body = Budget), (status = "4XX", body = ErrorBody)))]
pub async fn get_budget(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
    ApiQuery(query): ApiQuery<AsOf>,
) -> Result<Json<Budget>, ApiError> {
    let as_of = match &query.as_of {
        Some(text) => input::date("as_of", text)?,
        None => state.clock.today(),
    };
    open_client(&state, &caller, client_id, &LookedAt::Budget).await?;
    budget::budget(&state.db, client_id, as_of)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("decision for this client"))
}

#[utoipa::path(get, path = "/api/v1/clients/{client_id}/statements/{month}", tag = "budget",
    security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path, description = "The client"),
        ("month" = String, Path, description = "The month, YYYY-MM")),
    responses((status = 200, body = Statement), (status = "4XX", body = ErrorBody)))]
pub async fn get_statement(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath((client_id, month)): ApiPath<(i64, String)>,
) -> Result<Json<Statement>, ApiError> {
    let month = YearMonth::parse(&month)
        .ok_or_else(|| ApiError::bad_request("invalid-month", "the month must be YYYY-MM"))?;
    open_client(&state, &caller, client_id, &LookedAt::Statement(month.to_string())).await?;
    budget::statement(&state.db, client_id, month)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("statement: the decision does not cover this month"))
}
