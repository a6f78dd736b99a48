//! A month's settlement for the organiser's and the providers' own systems: the organiser's
//! token reads every provider's line, a provider's token only its own.

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::ApiPath;
use crate::clock;
use crate::http::AppState;
use crate::rules::{settlement, YearMonth};
use crate::services::settlements;
use crate::store::budget::date_text;
use crate::store::settlements::ProviderLine;
use crate::store::tokens::TokenRole;

/// A month's settlement.
#[derive(Serialize, ToSchema)]
pub struct SettlementAnswer {
    #[schema(example = "2018-03")]
    pub month: String,
    /// Approved, and so locked: its lines never change.
    pub approved: bool,
    /// The day it was approved, YYYY-MM-DD; none while it is not.
    pub approved_on: Option<String>,
    /// The day the payments were asked for, YYYY-MM-DD; none while it is not approved.
    pub pay_on: Option<String>,
    /// Per provider (for a provider's token, its own line only, if it has one), by name. Until
    /// it is approved, what it would pay if approved now.
    pub lines: Vec<SettlementLineAnswer>,
}

/// What the settlement pays one provider.
#[derive(Serialize, ToSchema)]
pub struct SettlementLineAnswer {
    pub provider_id: i64,
    pub provider: String,
    /// The charged records it pays for.
    pub records: i64,
    /// What the organiser pays: the records' charges.
    #[schema(example = "2610.00")]
    pub paid: String,
    /// What the clients pay the provider themselves.
    #[schema(example = "0.00")]
    pub own_shares: String,
    /// The payment's Finnish reference number.
    #[schema(example = "2018030000015")]
    pub reference: String,
}

#[utoipa::path(get, path = "/api/v1/settlements/{month}", tag = "settlement",
    security(("bearer" = [])),
    params(("month" = String, Path, description = "The month, YYYY-MM")),
    responses((status = 200, body = SettlementAnswer), (status = "4XX", body = ErrorBody)))]
/// A month's settlement: approved or not, and what it pays each provider.
pub async fn get_settlement(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(month): ApiPath<String>,
) -> Result<Json<SettlementAnswer>, ApiError> {
    let only = match &caller {
        Caller::Token { role: TokenRole::Staff, .. } => None,
        Caller::Token { role: TokenRole::Provider(id), .. } => Some(*id),
        Caller::Person(_) => return Err(ApiError::forbidden()),
    };
    let month = YearMonth::parse(&month)
        .ok_or_else(|| ApiError::bad_request("invalid-month", "the month must be YYYY-MM"))?;
    let mut conn = state.db.pool.acquire().await.map_err(crate::store::StoreError::from)?;
    let m = settlements::month(&mut conn, month, state.clock.today(), only).await?;
    let line = |l: &ProviderLine| SettlementLineAnswer {
        provider_id: l.provider_id,
        provider: l.name.clone(),
        records: l.records,
        paid: l.charged.to_string(),
        own_shares: l.own_shares.to_string(),
        reference: settlement::payment_reference(month, l.provider_id),
    };
    Ok(Json(SettlementAnswer {
        month: month.to_string(),
        approved: m.settled.is_some(),
        approved_on: m.settled.as_ref().map(|s| clock::helsinki_day_and_time(s.approved_at).0),
        pay_on: m.settled.as_ref().map(|s| date_text(s.pay_on)),
        lines: m.lines.iter().map(line).collect(),
    }))
}
