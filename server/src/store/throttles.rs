//! Tries counted over a sliding window, in the database: every server process sees the same
//! counts (docs/decisions/0026-scale.md).

use super::{Db, StoreError};

/// Counts one try on each key when every key has had fewer than its limit since `since`;
/// answers whether the try was allowed. A refused try is not counted, so waiting is enough.
/// Tries older than `since` are forgotten on the way.
///
/// The try is written before it is counted, so on SQLite the transaction holds the write lock
/// from its start; on PostgreSQL two tries at the same moment may both pass at the limit's edge,
/// which a throttle can afford.
pub async fn try_each(db: &Db, keys: &[(&str, i64)], now: i64, since: i64) -> Result<bool, StoreError> {
    let mut tx = db.pool.begin().await?;
    for (key, _) in keys {
        sqlx::query("INSERT INTO visit_tries (key, at) VALUES ($1, $2)")
            .bind(*key)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    for (key, limit) in keys {
        let tries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM visit_tries WHERE key = $1 AND at > $2")
            .bind(*key)
            .bind(since)
            .fetch_one(&mut *tx)
            .await?;
        if tries > *limit {
            tx.rollback().await?;
            return Ok(false);
        }
    }
    sqlx::query("DELETE FROM visit_tries WHERE at <= $1").bind(since).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(true)
}
