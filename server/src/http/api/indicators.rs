//! The organiser's indicators of a month, the same figures as on `/indicators` and its CSV.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

use app::indicators::IndicatorsPage;

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiPath, ApiQuery};
use crate::http::AppState;
use crate::rules::YearMonth;
use crate::services::indicators::{self, FilterAsked};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Narrow {
    /// Budgets and costs of this service only: a product code.
    pub service: Option<String>,
    /// Budgets and costs of this provider only: its id.
    pub provider_id: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/indicators/{month}", tag = "organiser",
    security(("bearer" = [])),
    params(("month" = String, Path, description = "The month, YYYY-MM"), Narrow),
    responses((status = 200, body = IndicatorsPage), (status = "4XX", body = ErrorBody)))]
/// The organiser's indicators of a month, as on `/indicators`: by municipality and in all,
/// feedback averages from five answers up (B19), why clients left, grouped, and the budgets
/// and costs of one service or provider when asked (`filtered`).
pub async fn get_indicators(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(month): ApiPath<String>,
    ApiQuery(narrow): ApiQuery<Narrow>,
) -> Result<Json<IndicatorsPage>, ApiError> {
    caller.require_staff()?;
    let month = YearMonth::parse(&month)
        .ok_or_else(|| ApiError::bad_request("invalid-month", "the month must be YYYY-MM"))?;
    if let Some(code) = &narrow.service {
        input::product(code)?;
    }
    let asked =
        FilterAsked { service: narrow.service, provider_id: narrow.provider_id, ..FilterAsked::default() };
    let page = indicators::page(&state.db, month, state.clock.today(), &asked).await?;
    if narrow.provider_id.is_some() && page.filter.provider.is_none() {
        return Err(ApiError::not_found("provider"));
    }
    Ok(Json(page))
}
