//! The organiser's indicators of a month, the same figures as on `/indicators` and its CSV.

use axum::extract::State;
use axum::Json;

use app::indicators::IndicatorsPage;

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::ApiPath;
use crate::http::AppState;
use crate::rules::YearMonth;
use crate::services::indicators;

#[utoipa::path(get, path = "/api/v1/indicators/{month}", tag = "organiser",
    security(("bearer" = [])),
    params(("month" = String, Path, description = "The month, YYYY-MM")),
    responses((status = 200, body = IndicatorsPage), (status = "4XX", body = ErrorBody)))]
/// The organiser's indicators of a month, as on `/indicators`: by municipality and in all,
/// feedback averages from five answers up (B19), and why clients left, grouped.
pub async fn get_indicators(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(month): ApiPath<String>,
) -> Result<Json<IndicatorsPage>, ApiError> {
    caller.require_staff()?;
    let month = YearMonth::parse(&month)
        .ok_or_else(|| ApiError::bad_request("invalid-month", "the month must be YYYY-MM"))?;
    Ok(Json(indicators::page(&state.db, month, state.clock.today()).await?))
}
