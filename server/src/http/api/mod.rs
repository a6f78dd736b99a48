//! The JSON API under `/api/v1`, and its OpenAPI document at `/api/openapi.json`, generated
//! from the handlers' annotations so it cannot drift from the code.

mod auth;
mod budget;
mod changes;
pub(crate) mod error;
mod feedback;
mod indicators;
mod input;
mod providers;
mod records;
mod registry;
mod settlements;
mod wire;

use axum::routing::{get, post, put};
use axum::{Json, Router};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

pub use error::ApiError;

use super::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Personal budget portal API",
        description = "Money is a string with two decimals, dates are YYYY-MM-DD. Errors are \
            {\"error\": {\"code\", \"message\"}} with the codes listed in the README."
    ),
    paths(
        registry::create_client,
        registry::create_provider,
        providers::search,
        providers::get_provider,
        providers::update_provider,
        providers::set_active,
        registry::create_agreement,
        registry::create_decision,
        records::report,
        records::list,
        budget::get_budget,
        budget::get_statement,
        changes::create,
        changes::list,
        changes::cancel,
        changes::leave,
        changes::departure,
        feedback::invitations,
        feedback::answer,
        feedback::make_visit_code,
        feedback::visit_answer,
        feedback::summary,
        indicators::get_indicators,
        settlements::get_settlement,
    ),
    modifiers(&Security, &Exact)
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(super::session_cookie_name(true)))),
        );
    }
}

/// What every operation can answer and what its address takes, said once for all of them: any
/// operation may answer a 4XX error in JSON (a malformed id is a 400, someone else's client a
/// 404), ids are positive 64-bit integers, a month (in the path or the query) is `YYYY-MM`, a day
/// `YYYY-MM-DD`.
struct Exact;

impl Modify for Exact {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::path::ParameterIn;
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};

        let error = ResponseBuilder::new()
            .description("An error: {\"error\": {\"code\", \"message\"}}, the codes in the README")
            .content(
                "application/json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
            )
            .build();
        for item in openapi.paths.paths.values_mut() {
            let operations = [&mut item.get, &mut item.put, &mut item.post, &mut item.delete];
            for operation in operations.into_iter().flatten() {
                operation
                    .responses
                    .responses
                    .entry("4XX".to_string())
                    .or_insert_with(|| RefOr::T(error.clone()));
                for parameter in operation.parameters.iter_mut().flatten() {
                    let schema = match (parameter.parameter_in.clone(), parameter.name.as_str()) {
                        (ParameterIn::Path | ParameterIn::Query, "month") => ObjectBuilder::new()
                            .schema_type(Type::String)
                            .pattern(Some("^[0-9]{4}-(0[1-9]|1[0-2])$"))
                            .build(),
                        (ParameterIn::Path | ParameterIn::Query, name)
                            if name == "id" || name.ends_with("_id") =>
                        {
                            ObjectBuilder::new()
                                .schema_type(Type::Integer)
                                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                                .minimum(Some(1))
                                .maximum(Some(i64::MAX))
                                .build()
                        }
                        (ParameterIn::Query, "as_of") => ObjectBuilder::new()
                            .schema_type(Type::String)
                            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
                            .pattern(Some(wire::DATE_PATTERN))
                            .build(),
                        (ParameterIn::Query, "limit") => ObjectBuilder::new()
                            .schema_type(Type::Integer)
                            .minimum(Some(1))
                            .maximum(Some(providers::MAX_LIMIT))
                            .build(),
                        _ => continue,
                    };
                    parameter.schema = Some(RefOr::T(schema.into()));
                }
            }
        }
        wire::declare(openapi.components.get_or_insert_with(Default::default));
    }
}

async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The API's routes, to be nested under `/api`; anything else there is a JSON 404.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/v1/clients", post(registry::create_client))
        .route("/v1/providers", get(providers::search).post(registry::create_provider))
        .route("/v1/providers/{id}", get(providers::get_provider).put(providers::update_provider))
        .route("/v1/providers/{id}/active", put(providers::set_active))
        .route("/v1/clients/{client_id}/agreements", post(registry::create_agreement))
        .route("/v1/clients/{client_id}/decisions", post(registry::create_decision))
        .route("/v1/service-records", post(records::report).get(records::list))
        .route("/v1/clients/{client_id}/budget", get(budget::get_budget))
        .route("/v1/clients/{client_id}/statements/{month}", get(budget::get_statement))
        .route("/v1/clients/{client_id}/provider-changes", post(changes::create).get(changes::list))
        .route("/v1/clients/{client_id}/provider-changes/{change_id}/cancel", post(changes::cancel))
        .route("/v1/clients/{client_id}/leave", post(changes::leave).get(changes::departure))
        .route("/v1/clients/{client_id}/feedback-invitations", get(feedback::invitations))
        .route("/v1/feedback/{invitation_id}", post(feedback::answer))
        .route("/v1/visit-codes", post(feedback::make_visit_code))
        .route("/v1/visit-feedback/{code}", post(feedback::visit_answer))
        .route("/v1/providers/{id}/feedback-summary", get(feedback::summary))
        .route("/v1/indicators/{month}", get(indicators::get_indicators))
        .route("/v1/settlements/{month}", get(settlements::get_settlement))
        .fallback(|| async { ApiError::not_found("endpoint") })
}
