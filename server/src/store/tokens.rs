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
    expires_at: Option<i64>,
) -> Result<i64, StoreError> {
    let (role, provider_id) = match role {
        TokenRole::Staff => ("staff", None),
        TokenRole::Provider(id) => ("provider", Some(id)),
    };
    Ok(sqlx::query_scalar(
        "INSERT INTO api_tokens (token_hash, role, provider_id, label, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(token_hash)
    .bind(role)
    .bind(provider_id)
    .bind(label)
    .bind(now)
    .bind(expires_at)
    .fetch_one(ex)
    .await?)
}

/// A stored token: whom it speaks for, and the label people read in the access log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenHolder {
    pub role: TokenRole,
    pub label: String,
}

/// The token with this hash, unless it has expired or been revoked.
pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now: i64,
) -> Result<Option<TokenHolder>, StoreError> {
    let row = sqlx::query(
        "SELECT role, provider_id, label FROM api_tokens WHERE token_hash = $1 \
         AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)",
    )
    .bind(token_hash)
    .bind(now)
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

/// Ends a token now; false when there is no such token still in use.
pub async fn revoke<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// One token as the command line lists it: never the token itself, which is not kept.
pub struct TokenListing {
    pub id: i64,
    pub role: String,
    pub label: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

pub async fn list<'e>(ex: impl Executor<'e, Database = Any>) -> Result<Vec<TokenListing>, StoreError> {
    let rows =
        sqlx::query("SELECT id, role, label, created_at, expires_at, revoked_at FROM api_tokens ORDER BY id")
            .fetch_all(ex)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(TokenListing {
                id: r.try_get("id")?,
                role: r.try_get("role")?,
                label: r.try_get("label")?,
                created_at: r.try_get("created_at")?,
                expires_at: r.try_get("expires_at")?,
                revoked_at: r.try_get("revoked_at")?,
            })
        })
        .collect()
}
