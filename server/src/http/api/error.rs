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

/// How many seconds a caller is asked to wait when the database is busy.
pub const RETRY_AFTER_SECONDS: u32 = 1;

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status;
        let body = ErrorBody { error: ErrorDetail { code: self.code, message: self.message } };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, RETRY_AFTER_SECONDS.into());
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        if error.is_busy() {
            tracing::warn!(%error, "an API request found the database busy");
            return ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "the service is busy; nothing was changed, send the same request again after Retry-After",
            );
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_database_is_a_503_to_try_again_and_other_failures_a_500() {
        let busy = ApiError::from(StoreError::Sqlx(sqlx::Error::PoolTimedOut)).into_response();
        assert_eq!(busy.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(busy.headers()[axum::http::header::RETRY_AFTER], "1");
        let broken = ApiError::from(StoreError::Corrupt("a bad date".into())).into_response();
        assert_eq!(broken.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(broken.headers().get(axum::http::header::RETRY_AFTER).is_none());
    }
}
