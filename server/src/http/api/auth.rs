//! Who is calling the API: a bearer token (staff or a provider), or a signed-in person's session.

use app::access::LookedAt;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use tower_sessions::Session;

use super::error::ApiError;
use crate::http::{pages::signed_in_account, AppState};
use crate::services::access::{self, Act, Reader, Right};
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
            // The demo's tokens are published: outside demo mode they are nobody's, whatever
            // the database holds.
            if !state.config.demo && crate::demo::is_demo_token(token) {
                return Err(ApiError::unauthorized());
            }
            let holder = api_tokens::holder_of(&state.db, token).await?.ok_or_else(ApiError::unauthorized)?;
            return Ok(Caller::Token { role: holder.role, label: holder.label });
        }
        let session =
            Session::from_request_parts(parts, state).await.map_err(|_| ApiError::unauthorized())?;
        match signed_in_account(state, &session).await? {
            Some(account) => Ok(Caller::Person(account)),
            None => Err(ApiError::unauthorized()),
        }
    }
}

/// Refuses, as "not found", a caller who may not read this client's data, and logs the refusal;
/// logs every other look.
pub async fn open_client(
    state: &AppState,
    caller: &Caller,
    client_id: i64,
    what: &LookedAt,
) -> Result<(), ApiError> {
    let reader = caller.reader();
    if !access::may(&state.db, reader, client_id, state.clock.today(), Right::Read).await? {
        access::log_refusal(&state.db, reader, client_id, &what.code()).await?;
        return Err(ApiError::not_found("client"));
    }
    access::log_read(&state.db, reader, client_id, what).await?;
    Ok(())
}

/// Refuses, as "not found", a caller who may not act for this client, and logs the refusal.
pub async fn may_act(state: &AppState, caller: &Caller, client_id: i64, act: Act) -> Result<(), ApiError> {
    let reader = caller.reader();
    if access::may(&state.db, reader, client_id, state.clock.today(), Right::Act).await? {
        Ok(())
    } else {
        access::log_refusal(&state.db, reader, client_id, act.code()).await?;
        Err(ApiError::not_found("client"))
    }
}
