//! Identity providers' sessions that have ended (Back-Channel Logout): a portal sign-in that
//! came from one ends too.

use super::{Db, StoreError};

/// Notes that the provider's session `sid` is over; saying it twice changes nothing.
pub async fn end(db: &Db, issuer: &str, sid: &str, at: i64) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO ended_provider_sessions (issuer, sid, ended_at) VALUES ($1, $2, $3) \
         ON CONFLICT (issuer, sid) DO NOTHING",
    )
    .bind(issuer)
    .bind(sid)
    .bind(at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn has_ended(db: &Db, issuer: &str, sid: &str) -> Result<bool, StoreError> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM ended_provider_sessions WHERE issuer = $1 AND sid = $2")
            .bind(issuer)
            .bind(sid)
            .fetch_optional(&db.pool)
            .await?;
    Ok(found.is_some())
}

/// Forgets ended sessions older than `before`: no sign-in from them can still be going on.
pub async fn forget_before(db: &Db, before: i64) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM ended_provider_sessions WHERE ended_at < $1")
        .bind(before)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
