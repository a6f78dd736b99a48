//! API tokens, kept only as hashes.

use sqlx::{Any, Executor, Row};

use super::StoreError;

/// Who a token speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenRole {
    /// Acts for the organiser.
    Staff,
    /// Bound to one provider.
    Provider(i64),
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    role: TokenRole,
    label: &str,
    now: i64,
) -> Result<i64, StoreError> {
    let (role, provider_id) = match role {
        TokenRole::Staff => ("staff", None),
        TokenRole::Provider(id) => ("provider", Some(id)),
    };
    Ok(sqlx::query_scalar(
        "INSERT INTO api_tokens (token_hash, role, provider_id, label, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(token_hash)
    .bind(role)
    .bind(provider_id)
    .bind(label)
    .bind(now)
    .fetch_one(ex)
    .await?)
}

/// A stored token: whom it speaks for, and the label people read in the access log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenHolder {
    pub role: TokenRole,
    pub label: String,
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
) -> Result<Option<TokenHolder>, StoreError> {
    let row = sqlx::query("SELECT role, provider_id, label FROM api_tokens WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(ex)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let role: String = row.try_get("role")?;
    let role = match (role.as_str(), row.try_get::<Option<i64>, _>("provider_id")?) {
        ("staff", None) => TokenRole::Staff,
        ("provider", Some(id)) => TokenRole::Provider(id),
        _ => return Err(StoreError::Corrupt(format!("api token role {role}"))),
    };
    Ok(Some(TokenHolder { role, label: row.try_get("label")? }))
}
