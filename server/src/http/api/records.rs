//! Providers report service records (provider tokens).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiJson, DecimalInput};
use crate::http::AppState;
use crate::rules::records::RecordStatus;
use crate::services::records::{self, NewRecord, Outcome, Reported};

#[derive(Deserialize, ToSchema)]
pub struct RecordBody {
    /// The provider's own id for the record: sending it again is safe (B9).
    #[schema(example = "visit-2018-05-07-001")]
    pub provider_record_id: String,
    pub client_id: i64,
    #[schema(example = "personal-assistance")]
    pub product: String,
    #[schema(example = "2018-05-07")]
    pub date: String,
    /// Days or hours, more than zero.
    pub units: DecimalInput,
    #[schema(example = "24.50")]
    pub unit_price: String,
}

#[derive(Serialize, ToSchema)]
pub struct RecordResult {
    pub id: i64,
    /// "charged", or "held" for review because the budget would run out (B8). A record sent
    /// again after the counsellor's review says what became of it: "charged" once released,
    /// "refused" once refused.
    #[schema(example = "charged")]
    pub status: &'static str,
    /// Charged to the budget; "0.00" when held or refused.
    pub charged: String,
    /// Paid by the client; "0.00" when held or refused.
    pub own_share: String,
    /// What the record costs the budget, charged or held.
    pub amount: String,
}

impl From<Reported> for RecordResult {
    fn from(r: Reported) -> RecordResult {
        let zero = crate::rules::Money::ZERO;
        let counted = r.status == RecordStatus::Charged;
        RecordResult {
            id: r.id,
            status: r.status.code(),
            charged: if counted { r.charge.charged } else { zero }.to_string(),
            own_share: if counted { r.charge.own_share } else { zero }.to_string(),
            amount: r.charge.charged.to_string(),
        }
    }
}

#[utoipa::path(post, path = "/api/v1/service-records", tag = "provider", request_body = RecordBody,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Stored now", body = RecordResult),
        (status = 200, description = "Sent before with the same content: the first result", body = RecordResult),
        (status = 404, description = "No agreement with this client", body = ErrorBody),
        (status = 409, description = "The record id was used for other content", body = ErrorBody),
        (status = 422, description = "Refused by rule B7", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<RecordBody>,
) -> Result<(StatusCode, Json<RecordResult>), ApiError> {
    let provider_id = caller.require_provider()?;
    if body.provider_record_id.trim().is_empty() || body.provider_record_id.chars().count() > 200 {
        return Err(ApiError::bad_request(
            "invalid-request",
            "provider_record_id must be 1 to 200 characters",
        ));
    }
    let record = NewRecord {
        provider_record_id: body.provider_record_id.clone(),
        client_id: body.client_id,
        product: input::product(&body.product)?,
        date: input::date("date", &body.date)?,
        units: body.units.parse("units")?,
        unit_price: input::money("unit_price", &body.unit_price)?,
    };
    Ok(match records::report(&state.db, provider_id, &record, state.clock.today()).await? {
        Outcome::Created(r) => (StatusCode::CREATED, Json(r.into())),
        Outcome::Repeated(r) => (StatusCode::OK, Json(r.into())),
    })
}
