//! Reading the API's JSON: the body itself, and the strings it carries money, dates and
//! services in. Each failure names the field and has a stable code.

use axum::extract::{FromRequest, Request};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use utoipa::ToSchema;

use super::error::ApiError;
use crate::http::AppState;
use crate::rules::{Money, Product};

/// A JSON body; a body that is not JSON of the right shape is a 400 `invalid-request`.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<ApiJson<T>, ApiError> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(ApiError::bad_request("invalid-request", rejection.body_text())),
        }
    }
}

pub fn date(field: &str, text: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| text.len() == 10)
        .ok_or_else(|| ApiError::bad_request("invalid-date", format!("{field} must be a date YYYY-MM-DD")))
}

pub fn money(field: &str, text: &str) -> Result<Money, ApiError> {
    Money::parse(text).ok_or_else(|| {
        ApiError::bad_request("invalid-money", format!("{field} must be euros with at most two decimals"))
    })
}

pub fn product(text: &str) -> Result<Product, ApiError> {
    Product::parse(text).ok_or_else(|| {
        let known: Vec<&str> = Product::ALL.iter().map(|p| p.code()).collect();
        ApiError::refused("unknown-product", format!("product must be one of {}", known.join(", ")))
    })
}

/// A decimal sent as a JSON number (`38.5`) or a string (`"38.5"`).
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum DecimalInput {
    #[schema(value_type = f64)]
    Number(serde_json::Number),
    Text(String),
}

impl DecimalInput {
    pub fn parse(&self, field: &str) -> Result<Decimal, ApiError> {
        let text = match self {
            DecimalInput::Number(n) => n.to_string(),
            DecimalInput::Text(t) => t.clone(),
        };
        text.trim()
            .parse::<Decimal>()
            .or_else(|_| Decimal::from_scientific(text.trim()))
            .map_err(|_| ApiError::bad_request("invalid-number", format!("{field} must be a decimal number")))
    }
}
