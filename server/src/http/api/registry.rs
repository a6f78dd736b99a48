//! The organiser's endpoints: clients, providers, agreements and decisions (staff tokens).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use app::budget::Decision;

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiJson, ApiPath, DecimalInput};
use crate::http::AppState;
use crate::services::registry::{self, LineRequest};

#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

#[derive(Deserialize, ToSchema)]
pub struct NewClient {
    pub name: String,
    pub municipality: String,
    /// fi, sv or en.
    pub language: String,
}

#[utoipa::path(post, path = "/api/v1/clients", tag = "organiser", request_body = NewClient,
    security(("bearer" = [])),
    responses((status = 201, body = Created), (status = "4XX", body = ErrorBody)))]
pub async fn create_client(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<NewClient>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    caller.require_staff()?;
    let id = registry::create_client(&state.db, &body.name, &body.municipality, &body.language).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Deserialize, ToSchema)]
pub struct NewProvider {
    pub name: String,
    pub municipality: String,
    pub products: Vec<ProductPrice>,
}

#[derive(Deserialize, ToSchema)]
pub struct ProductPrice {
    #[schema(example = "day-activities")]
    pub product: String,
    #[schema(example = "75.00")]
    pub unit_price: String,
}

#[utoipa::path(post, path = "/api/v1/providers", tag = "organiser", request_body = NewProvider,
    security(("bearer" = [])),
    responses((status = 201, body = Created), (status = "4XX", body = ErrorBody)))]
pub async fn create_provider(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<NewProvider>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    caller.require_staff()?;
    let prices = body
        .products
        .iter()
        .map(|p| {
            let price = input::money("unit_price", &p.unit_price)?;
            Ok((input::product(&p.product)?, price))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let id =
        registry::create_provider(&state.db, &body.name, &body.municipality, &prices, state.clock.today())
            .await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Deserialize, ToSchema)]
pub struct NewAgreement {
    pub provider_id: i64,
    pub product: String,
    #[schema(example = "2018-01-15")]
    pub start: String,
    /// Absent: the agreement runs on.
    pub end: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/clients/{client_id}/agreements", tag = "organiser",
    request_body = NewAgreement, security(("bearer" = [])),
    params(("client_id" = i64, Path, description = "The client")),
    responses((status = 201, body = Created), (status = "4XX", body = ErrorBody)))]
pub async fn create_agreement(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
    ApiJson(body): ApiJson<NewAgreement>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    caller.require_staff()?;
    let start = input::date("start", &body.start)?;
    let end = body.end.as_deref().map(|e| input::date("end", e)).transpose()?;
    let product = input::product(&body.product)?;
    let id = registry::create_agreement(&state.db, client_id, body.provider_id, product, start, end).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Deserialize, ToSchema)]
pub struct NewDecision {
    #[schema(example = "2018-01-15")]
    pub valid_from: String,
    #[schema(example = "2018-12-31")]
    pub valid_to: String,
    pub lines: Vec<NewDecisionLine>,
}

#[derive(Deserialize, ToSchema)]
pub struct NewDecisionLine {
    pub product: String,
    /// 1, 2 or 3 for supported and intensive housing; absent for other services.
    pub tier: Option<u8>,
    /// "daily" or "monthly".
    #[schema(example = "monthly")]
    pub kind: String,
    /// For a monthly line: units (hours or days) a month.
    pub units_per_month: Option<DecimalInput>,
    /// Defaults to the price list's voucher value.
    pub unit_value: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/clients/{client_id}/decisions", tag = "organiser",
    request_body = NewDecision, security(("bearer" = [])),
    params(("client_id" = i64, Path, description = "The client")),
    responses((status = 201, body = Decision), (status = "4XX", body = ErrorBody)))]
pub async fn create_decision(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
    ApiJson(body): ApiJson<NewDecision>,
) -> Result<(StatusCode, Json<Decision>), ApiError> {
    caller.require_staff()?;
    let from = input::date("valid_from", &body.valid_from)?;
    let to = input::date("valid_to", &body.valid_to)?;
    let lines = body
        .lines
        .iter()
        .map(|l| {
            let daily = match l.kind.as_str() {
                "daily" => true,
                "monthly" => false,
                _ => return Err(ApiError::refused("invalid-line", "kind must be daily or monthly")),
            };
            Ok(LineRequest {
                product: input::product(&l.product)?,
                tier: l.tier,
                daily,
                units_per_month: l
                    .units_per_month
                    .as_ref()
                    .map(|u| u.parse("units_per_month"))
                    .transpose()?,
                unit_value: l.unit_value.as_deref().map(|v| input::money("unit_value", v)).transpose()?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let decision = registry::create_decision(&state.db, client_id, from, to, &lines).await?;
    Ok((StatusCode::CREATED, Json(decision)))
}
