//! Providers report service records (provider tokens).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiJson, ApiQuery, DecimalInput};
use crate::http::AppState;
use crate::rules::records::RecordStatus;
use crate::services::provider_work;
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

/// The month asked for.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MonthAsked {
    /// YYYY-MM; this month when none is given.
    pub month: Option<String>,
}

/// A month of the provider's records.
#[derive(Serialize, ToSchema)]
pub struct RecordsOfMonth {
    #[schema(example = "2018-03")]
    pub month: String,
    /// How many records the month has; at most the first 10,000 are listed.
    pub count: i64,
    /// By service date, then client.
    pub records: Vec<ListedRecord>,
}

/// One of the provider's records, where it stands, and which settlement paid it.
#[derive(Serialize, ToSchema)]
pub struct ListedRecord {
    pub id: i64,
    pub provider_record_id: String,
    pub client_id: i64,
    #[schema(example = "day-activities")]
    pub product: String,
    #[schema(example = "2018-03-01")]
    pub date: String,
    #[schema(example = "1")]
    pub units: String,
    #[schema(example = "75.00")]
    pub unit_price: String,
    /// "charged", "held" for review, or "refused" by the counsellor (B8).
    #[schema(example = "charged")]
    pub status: &'static str,
    /// Charged to the budget; "0.00" unless charged.
    pub charged: String,
    /// Paid by the client.
    pub own_share: String,
    /// The counsellor's words, when refused.
    pub refusal_reason: Option<String>,
    /// The month of the settlement that paid it, once one has.
    pub settlement_month: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/service-records", tag = "provider",
    security(("bearer" = [])),
    params(MonthAsked),
    responses((status = 200, body = RecordsOfMonth), (status = "4XX", body = ErrorBody)))]
/// A month of the records the provider reported, with their status and settlement; each client
/// listed sees the look in their log.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(asked): ApiQuery<MonthAsked>,
) -> Result<Json<RecordsOfMonth>, ApiError> {
    let provider_id = caller.require_provider()?;
    let month = match asked.month {
        None => crate::rules::YearMonth::of(state.clock.today()),
        Some(text) => crate::rules::YearMonth::parse(&text)
            .ok_or_else(|| ApiError::bad_request("invalid-month", "the month must be YYYY-MM"))?,
    };
    let listed = provider_work::RECORDS_LISTED;
    let (count, _, rows) =
        provider_work::month_of_records(&state.db, caller.reader(), provider_id, month, listed).await?;
    let zero = crate::rules::Money::ZERO;
    let records = rows
        .into_iter()
        .map(|r| {
            let used = &r.record.used;
            ListedRecord {
                id: r.record.id,
                provider_record_id: r.provider_record_id.clone(),
                client_id: r.record.client_id,
                product: used.product.code().to_string(),
                date: crate::store::budget::date_text(used.date),
                units: used.units.normalize().to_string(),
                unit_price: r.record.unit_price.to_string(),
                status: used.status.code(),
                charged: if used.status == RecordStatus::Charged { used.charged } else { zero }.to_string(),
                own_share: used.own_share.to_string(),
                refusal_reason: r.record.refusal_reason.clone(),
                settlement_month: r.record.settlement.map(|m| m.to_string()),
            }
        })
        .collect();
    Ok(Json(RecordsOfMonth { month: month.to_string(), count, records }))
}
