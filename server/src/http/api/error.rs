//! The API's error answers: a status and `{"error": {"code": "...", "message": "..."}}`. The codes
//! are stable and listed in the README; the messages are for the developer reading them.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::services::changes::{ChangeError, LeaveError};
use crate::services::records::ReportError;
use crate::services::registry::RegistryError;
use crate::store::StoreError;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

/// The body of every error answer.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable code, e.g. `not-in-plan`, `outside-period`, `conflict`.
    #[schema(example = "not-in-plan")]
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { status, code, message: message.into() }
    }

    /// A request the rules refuse: the request is well formed, its content is not acceptable.
    pub fn refused(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "send a valid token as 'Authorization: Bearer <token>', or sign in",
        )
    }

    pub fn forbidden() -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", "this token may not do this")
    }

    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not-found", format!("no such {what}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody { error: ErrorDetail { code: self.code, message: self.message } };
        (self.status, Json(body)).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        // The detail goes to the log, never to the caller.
        tracing::error!(%error, "an API request failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "something went wrong on our side")
    }
}

impl From<ReportError> for ApiError {
    fn from(error: ReportError) -> ApiError {
        match error {
            ReportError::UnknownClient => ApiError::not_found("client"),
            ReportError::Refused(refusal) => ApiError::refused(refusal.code(), refusal.to_string()),
            ReportError::Conflict => ApiError::new(StatusCode::CONFLICT, "conflict", error.to_string()),
            ReportError::Store(e) => e.into(),
        }
    }
}

impl From<RegistryError> for ApiError {
    fn from(error: RegistryError) -> ApiError {
        match error {
            RegistryError::UnknownClient => ApiError::not_found("client"),
            RegistryError::Store(e) => e.into(),
            other => ApiError::refused(other.code(), other.to_string()),
        }
    }
}

impl From<ChangeError> for ApiError {
    fn from(error: ChangeError) -> ApiError {
        match error {
            ChangeError::Store(e) => e.into(),
            ChangeError::UnknownClient => ApiError::not_found("client"),
            ChangeError::UnknownAgreement => ApiError::not_found("running agreement for this client"),
            ChangeError::UnknownProvider => ApiError::not_found("provider"),
            ChangeError::UnknownChange => ApiError::not_found("change for this client"),
            ChangeError::KeyReused => ApiError::new(StatusCode::CONFLICT, error.code(), error.to_string()),
            other => ApiError::refused(other.code(), other.to_string()),
        }
    }
}

impl From<LeaveError> for ApiError {
    fn from(error: LeaveError) -> ApiError {
        match error {
            LeaveError::Store(e) => e.into(),
            LeaveError::UnknownClient => ApiError::not_found("client"),
            other => ApiError::refused(other.code(), other.to_string()),
        }
    }
}
