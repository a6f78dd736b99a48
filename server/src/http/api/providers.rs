//! The registry: anyone may search it and read a provider; a provider keeps its own data with
//! its token; the organiser's staff can take a provider out of it.

use std::collections::BTreeMap;

use app::providers::{Filters, Location, Provider, Quality, ACCESSIBILITY_FEATURES};
use axum::extract::{RawQuery, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::Caller;
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiJson, ApiPath};
use crate::http::AppState;
use crate::rules::contact::{self, ContactError};
use crate::services::providers;
use crate::store::budget::date_text;
use crate::store::providers::ProviderData;

/// The search's filters. `accessibility` may be repeated or comma-separated; every feature
/// asked for must be found at one place.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
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
    /// How many providers a page holds: 1 to 200, 50 when not given.
    #[param(minimum = 1, maximum = 200)]
    limit: Option<u32>,
    /// Where the page starts: the `next` of the page before. Without it, the first page.
    after: Option<String>,
}

/// Providers on a page when the caller does not say.
pub const DEFAULT_LIMIT: u32 = 50;
/// The most providers on one page.
pub const MAX_LIMIT: u32 = 200;

/// One page of the search, by name.
#[derive(Serialize, ToSchema)]
pub struct ProviderPage {
    pub providers: Vec<Provider>,
    /// Give this as `after` for the next page; `null` on the last page. Opaque: its form may change.
    pub next: Option<String>,
}

/// The filters and which page: the query allows repeated keys, so it is read by hand.
struct Search {
    filters: Filters,
    after: Option<providers::After>,
    limit: u32,
}

fn search_query(query: &str) -> Result<Search, ApiError> {
    let mut search = Search { filters: Filters::default(), after: None, limit: DEFAULT_LIMIT };
    let filters = &mut search.filters;
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
            "free_places" => {
                filters.free_places = match value.as_ref() {
                    "true" => true,
                    "false" => false,
                    _ => {
                        return Err(ApiError::bad_request(
                            "invalid-query",
                            "free_places must be true or false",
                        ))
                    }
                }
            }
            "limit" => {
                search.limit =
                    value.parse().ok().filter(|n| (1..=MAX_LIMIT).contains(n)).ok_or_else(|| {
                        ApiError::bad_request(
                            "invalid-limit",
                            format!("limit must be a whole number 1 to {MAX_LIMIT}"),
                        )
                    })?;
            }
            "after" => {
                // Any text is a well-formed cursor; only the portal's own lead anywhere.
                search.after = Some(cursor::read(&value).ok_or_else(|| {
                    ApiError::refused("invalid-cursor", "after must be the next of an earlier page")
                })?);
            }
            other => {
                return Err(ApiError::bad_request("invalid-request", format!("unknown parameter {other}")));
            }
        }
    }
    Ok(search)
}

/// The page cursor: the last provider's id and name, base64url, so that callers treat it as
/// a token and not as something to build.
mod cursor {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;

    use crate::services::providers::After;

    pub fn write(after: &After) -> String {
        URL_SAFE_NO_PAD.encode(format!("{}:{}", after.id, after.name))
    }

    pub fn read(text: &str) -> Option<After> {
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let (id, name) = text.split_once(':')?;
        Some(After { id: id.parse().ok()?, name: name.to_string() })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_cursor_reads_back_as_written_and_nothing_else_reads() {
            let after = After { id: 42, name: "Kotipiha Oy: Joensuu".into() };
            assert_eq!(read(&write(&after)), Some(after));
            assert_eq!(read("not a cursor"), None);
            assert_eq!(read(&URL_SAFE_NO_PAD.encode("x:Kotipiha")), None);
        }
    }
}

#[utoipa::path(get, path = "/api/v1/providers", tag = "registry", params(SearchParams),
    responses((status = 200, body = ProviderPage), (status = "4XX", body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<ProviderPage>, ApiError> {
    let search = search_query(query.as_deref().unwrap_or(""))?;
    let (providers, next) =
        providers::registry_search(&state.db, &search.filters, search.after.as_ref(), search.limit).await?;
    Ok(Json(ProviderPage { providers, next: next.as_ref().map(cursor::write) }))
}

#[utoipa::path(get, path = "/api/v1/providers/{id}", tag = "registry",
    params(("id" = i64, Path, description = "The provider's id")),
    responses((status = 200, body = Provider), (status = 404, body = ErrorBody)))]
pub async fn get_provider(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
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
            // The wire form of money has no sign: a negative price is a 400 `invalid-money`.
            let price = input::money("unit_price", &o.unit_price)?;
            Ok((input::product(&o.product)?, price, o.free_places))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    if let Some(day) = body.quality.as_ref().and_then(|q| q.inspection_date.as_deref()) {
        input::date("inspection_date", day)?;
    }
    let blank = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    // Each is checked for where a page puts it: a link's address, a mailto:, a tel:.
    let checked = |v: Option<String>, check: fn(&str) -> Result<String, ContactError>| {
        blank(v).map(|v| check(&v)).transpose().map_err(|e| ApiError::refused(e.code(), e.to_string()))
    };
    Ok(ProviderData {
        name: body.name.trim().to_string(),
        descriptions: body.descriptions.into_iter().map(|(l, t)| (l, t.trim().to_string())).collect(),
        phone: checked(body.phone, contact::phone)?,
        email: checked(body.email, contact::email)?,
        website: checked(body.website, contact::web_address)?,
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
    ApiPath(id): ApiPath<i64>,
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
    ApiPath(id): ApiPath<i64>,
    caller: Caller,
    ApiJson(body): ApiJson<Activity>,
) -> Result<Json<Activity>, ApiError> {
    caller.require_staff()?;
    providers::set_active(&state.db, id, body.active).await?;
    Ok(Json(body))
}
