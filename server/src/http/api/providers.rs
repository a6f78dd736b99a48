//! The registry: anyone may search it and read a provider; a provider keeps its own data with
//! its token; the organiser's staff can take a provider out of it.

use std::collections::BTreeMap;

use app::providers::{Filters, Location, Provider, Quality, ACCESSIBILITY_FEATURES};
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiJson};
use crate::http::AppState;
use crate::rules::Money;
use crate::services::providers;
use crate::store::budget::date_text;
use crate::store::providers::ProviderData;

/// The search's filters. `accessibility` may be repeated or comma-separated; every feature
/// asked for must be found at one place.
#[derive(Deserialize, IntoParams)]
#[allow(dead_code)] // Read from the raw query, which allows repeated keys; here for the document.
pub struct SearchParams {
    #[param(example = "day-activities")]
    product: Option<String>,
    #[param(example = "Joensuu")]
    municipality: Option<String>,
    /// A staff language, ISO 639 (fi, sv, en, se, ru, et, ar, fse).
    language: Option<String>,
    #[param(example = "step-free-access,quiet-space")]
    accessibility: Option<String>,
    /// `true`: only providers with free places (for `product`, when given).
    free_places: Option<bool>,
}

fn filters(query: &str) -> Result<Filters, ApiError> {
    let mut filters = Filters::default();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        match key.as_ref() {
            "product" => filters.product = Some(input::product(&value)?.code().to_string()),
            "municipality" => filters.municipality = Some(value),
            "language" => filters.language = Some(value),
            "accessibility" => {
                for feature in value.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                    if !ACCESSIBILITY_FEATURES.contains(&feature) {
                        return Err(ApiError::refused(
                            "unknown-feature",
                            format!("accessibility must be among {}", ACCESSIBILITY_FEATURES.join(", ")),
                        ));
                    }
                    filters.accessibility.push(feature.to_string());
                }
            }
            "free_places" => filters.free_places = value == "true",
            other => {
                return Err(ApiError::bad_request("invalid-request", format!("unknown parameter {other}")));
            }
        }
    }
    Ok(filters)
}

#[utoipa::path(get, path = "/api/v1/providers", tag = "registry", params(SearchParams),
    responses((status = 200, body = Vec<Provider>), (status = "4XX", body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<Provider>>, ApiError> {
    let filters = filters(query.as_deref().unwrap_or(""))?;
    Ok(Json(providers::registry_search(&state.db, &filters).await?))
}

#[utoipa::path(get, path = "/api/v1/providers/{id}", tag = "registry",
    params(("id" = i64, Path, description = "The provider's id")),
    responses((status = 200, body = Provider), (status = 404, body = ErrorBody)))]
pub async fn get_provider(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<Provider>, ApiError> {
    match providers::registry_entry(&state.db, id).await? {
        Some(provider) => Ok(Json(provider)),
        None => Err(ApiError::not_found("provider")),
    }
}

/// A provider's own data. It replaces what was there; a changed price goes into the price
/// history from today.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderInput {
    pub name: String,
    /// Plain-language descriptions by language: fi, sv, en.
    #[serde(default)]
    pub descriptions: BTreeMap<String, String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Municipalities served.
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub locations: Vec<Location>,
    /// Staff languages.
    #[serde(default)]
    pub languages: Vec<String>,
    pub offers: Vec<OfferInput>,
    pub quality: Option<QualityInput>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferInput {
    #[schema(example = "day-activities")]
    pub product: String,
    #[schema(example = "79.00")]
    pub unit_price: String,
    /// For housing and day activities.
    pub free_places: Option<i64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QualityInput {
    pub qualified_staff_percent: Option<i64>,
    pub staff_turnover_percent: Option<i64>,
    pub complaints_upheld: Option<i64>,
    pub inspection_date: Option<String>,
    /// no-remarks, remarks or serious-remarks.
    pub inspection_result: Option<String>,
}

fn data(body: ProviderInput, today: chrono::NaiveDate) -> Result<ProviderData, ApiError> {
    let offers = body
        .offers
        .iter()
        .map(|o| {
            let price = input::money("unit_price", &o.unit_price)?;
            if price < Money::ZERO {
                return Err(ApiError::refused("invalid-price", "unit_price must not be negative"));
            }
            Ok((input::product(&o.product)?, price, o.free_places))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let blank = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(ProviderData {
        name: body.name.trim().to_string(),
        descriptions: body.descriptions.into_iter().map(|(l, t)| (l, t.trim().to_string())).collect(),
        phone: blank(body.phone),
        email: blank(body.email),
        website: blank(body.website),
        areas: body.areas.iter().map(|a| a.trim().to_string()).collect(),
        locations: body.locations,
        languages: body.languages,
        offers,
        quality: body.quality.map(|q| Quality {
            qualified_staff_percent: q.qualified_staff_percent,
            staff_turnover_percent: q.staff_turnover_percent,
            complaints_upheld: q.complaints_upheld,
            inspection_date: q.inspection_date,
            inspection_result: q.inspection_result,
            reported_on: date_text(today),
        }),
    })
}

#[utoipa::path(put, path = "/api/v1/providers/{id}", tag = "provider", request_body = ProviderInput,
    params(("id" = i64, Path, description = "The provider's id: the token's own")),
    security(("bearer" = [])),
    responses((status = 200, body = Provider), (status = "4XX", body = ErrorBody)))]
pub async fn update_provider(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    caller: Caller,
    ApiJson(body): ApiJson<ProviderInput>,
) -> Result<Json<Provider>, ApiError> {
    if caller.require_provider()? != id {
        return Err(ApiError::forbidden());
    }
    let today = state.clock.today();
    Ok(Json(providers::update_own(&state.db, id, &data(body, today)?, today).await?))
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub active: bool,
}

#[utoipa::path(put, path = "/api/v1/providers/{id}/active", tag = "organiser", request_body = Activity,
    params(("id" = i64, Path, description = "The provider's id")),
    security(("bearer" = [])),
    responses((status = 200, body = Activity), (status = "4XX", body = ErrorBody)))]
pub async fn set_active(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    caller: Caller,
    ApiJson(body): ApiJson<Activity>,
) -> Result<Json<Activity>, ApiError> {
    caller.require_staff()?;
    providers::set_active(&state.db, id, body.active).await?;
    Ok(Json(body))
}
