//! Reading the API's JSON: the body itself, and the strings it carries money, dates and
//! services in. Each failure names the field and has a stable code.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use utoipa::ToSchema;

use super::error::ApiError;
use super::wire;
use crate::http::AppState;
use crate::rules::{Money, Product};

/// A JSON body; a body that is not JSON of the right shape is a 400 `invalid-request`.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<ApiJson<T>, ApiError> {
        let mut value = match axum::Json::<serde_json::Value>::from_request(request, state).await {
            Ok(axum::Json(value)) => value,
            Err(rejection) => return Err(ApiError::bad_request("invalid-request", rejection.body_text())),
        };
        whole_numbers_as_integers(&mut value);
        serde_json::from_value(value).map(ApiJson).map_err(|error| {
            ApiError::bad_request(
                "invalid-request",
                format!("the JSON body is not of the right shape: {error}"),
            )
        })
    }
}

/// JSON Schema counts `4.0` as the integer 4, and so does the API: a client's JSON library may
/// write every number with a decimal point.
fn whole_numbers_as_integers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(number) => {
            if let Some(float) = number.as_f64().filter(|_| !number.is_i64() && !number.is_u64()) {
                if float.fract() == 0.0 && float.abs() < 9.0e15 {
                    *number = serde_json::Number::from(float as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers_as_integers),
        Value::Null | Value::Bool(_) | Value::String(_) => {}
    }
}

/// The address's parameters (ids, a month, a code); one that is not of its type (an id beyond
/// the 64-bit integers, a word for a number) is a 400 `invalid-path`, in JSON like every answer.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<AppState> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ApiPath<T>, ApiError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(ApiError::bad_request("invalid-path", rejection.body_text())),
        }
    }
}

/// The query, read like the path: a value not of its type is a 400 `invalid-query`.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<AppState> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ApiQuery<T>, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(ApiError::bad_request("invalid-query", rejection.body_text())),
        }
    }
}

pub fn date(field: &str, text: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| wire::is_date(text))
        .ok_or_else(|| ApiError::bad_request("invalid-date", format!("{field} must be a date YYYY-MM-DD")))
}

pub fn money(field: &str, text: &str) -> Result<Money, ApiError> {
    Money::parse(text).filter(|_| wire::is_money(text)).ok_or_else(|| {
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
        let number = match self {
            // Any JSON number in range, however many digits it has, to the nearest 0.000001.
            DecimalInput::Number(n) => {
                use rust_decimal::prelude::FromPrimitive;
                n.as_f64().and_then(Decimal::from_f64).map(|d| d.round_dp(6))
            }
            DecimalInput::Text(t) => t.parse::<Decimal>().ok().filter(|_| wire::is_decimal(t)),
        };
        number.filter(|n| (Decimal::ZERO..=Decimal::from(wire::DECIMAL_MAX)).contains(n)).ok_or_else(|| {
            let most = wire::DECIMAL_MAX;
            ApiError::bad_request("invalid-number", format!("{field} must be a number from 0 to {most}"))
        })
    }
}

/// What the parsers of outside input do with anything at all: answer, never panic. Each reads
/// text a stranger chooses (the API's bodies and addresses, the pages' queries and forms, a code
/// typed at the service place).
#[cfg(test)]
mod outside_input {
    use proptest::prelude::*;

    use super::*;
    use crate::rules::feedback::normalise_code;
    use crate::rules::YearMonth;

    proptest! {
        #[test]
        fn no_text_makes_a_parser_panic(text in "\\PC{0,40}") {
            let _ = date("d", &text);
            let _ = money("m", &text);
            let _ = product(&text);
            let _ = DecimalInput::Text(text.clone()).parse("n");
            let _ = YearMonth::parse(&text);
            let _ = normalise_code(&text);
            let _ = app::providers::Filters::from_query(&text);
            let _ = form_urlencoded::parse(text.as_bytes()).count();
        }

        #[test]
        fn what_parses_is_what_it_says(y in 1i32..9999, m in 1u32..13, d in 1u32..29, cents in -10_000_000i64..10_000_000) {
            let day = format!("{y:04}-{m:02}-{d:02}");
            prop_assert_eq!(date("d", &day).unwrap().to_string(), day);
            let month = format!("{y:04}-{m:02}");
            prop_assert_eq!(YearMonth::parse(&month).unwrap().to_string(), month);
            // Money on the wire has no sign (`wire::MONEY_PATTERN`).
            let euros = Money::from_cents(cents).to_string();
            match cents {
                0.. => prop_assert_eq!(money("m", &euros).unwrap(), Money::from_cents(cents)),
                _ => prop_assert!(money("m", &euros).is_err()),
            }
        }

        #[test]
        fn numbers_of_any_size_are_an_answer(text in "-?[0-9]{0,40}(\\.[0-9]{0,40})?(e-?[0-9]{1,4})?") {
            let _ = DecimalInput::Text(text.clone()).parse("n");
            let _ = money("m", &text);
        }
    }
}
