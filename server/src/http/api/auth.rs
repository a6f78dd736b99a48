//! Who is calling the API: a bearer token (staff or a provider), or a signed-in person's session.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use tower_sessions::Session;

use super::error::ApiError;
use crate::http::{pages::signed_in_account, AppState};
use crate::services::access::Reader;
use crate::services::api_tokens;
use crate::store::accounts::Account;
use crate::store::tokens::TokenRole;

pub enum Caller {
    Token { role: TokenRole, label: String },
    Person(Account),
}

impl Caller {
    pub fn reader(&self) -> Reader<'_> {
        match self {
            Caller::Token { role, label } => Reader::Token { role: *role, label },
            Caller::Person(account) => Reader::Person(account),
        }
    }

    pub fn require_staff(&self) -> Result<(), ApiError> {
        match self {
            Caller::Token { role: TokenRole::Staff, .. } => Ok(()),
            _ => Err(ApiError::forbidden()),
        }
    }

    pub fn require_provider(&self) -> Result<i64, ApiError> {
        match self {
            Caller::Token { role: TokenRole::Provider(id), .. } => Ok(*id),
            _ => Err(ApiError::forbidden()),
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        if let Some(header) = parts.headers.get(AUTHORIZATION) {
            let token = header
                .to_str()
                .ok()
                .and_then(|h| h.strip_prefix("Bearer "))
                .map(str::trim)
                .ok_or_else(ApiError::unauthorized)?;
            let role = api_tokens::role_of(&state.db, token).await?.ok_or_else(ApiError::unauthorized)?;
            let label = match role {
                TokenRole::Staff => "staff".to_string(),
                TokenRole::Provider(id) => format!("provider {id}"),
            };
            return Ok(Caller::Token { role, label });
        }
        let session =
            Session::from_request_parts(parts, state).await.map_err(|_| ApiError::unauthorized())?;
        match signed_in_account(state, &session).await? {
            Some(account) => Ok(Caller::Person(account)),
            None => Err(ApiError::unauthorized()),
        }
    }
}
