//! The append-only logs of who looked at a client's data, and of the looks that were refused
//! (the database refuses changes to both).

use sqlx::{Any, Executor};

use super::StoreError;

/// One look at a client's data by someone other than the client.
pub struct Access<'a> {
    pub client_id: i64,
    /// The person's name, or the API token's label.
    pub actor: &'a str,
    pub actor_role: &'a str,
    /// What was looked at, as a short code: "budget", "statement 2018-03", "decision".
    pub what: &'a str,
    pub at: i64,
}

/// Writes a look with its purpose: the code of the right the reader looked by.
pub async fn record<'e>(
    ex: impl Executor<'e, Database = Any>,
    access: &Access<'_>,
    purpose: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO access_log (client_id, actor, actor_role, what, at, purpose) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(access.client_id)
    .bind(access.actor)
    .bind(access.actor_role)
    .bind(access.what)
    .bind(access.at)
    .bind(purpose)
    .execute(ex)
    .await?;
    Ok(())
}

/// A refused look: `client_id` is the id that was asked for, which may belong to nobody.
pub async fn record_refusal<'e>(
    ex: impl Executor<'e, Database = Any>,
    refusal: &Access<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO access_refusals (asked_client_id, actor, actor_role, what, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(refusal.client_id)
    .bind(refusal.actor)
    .bind(refusal.actor_role)
    .bind(refusal.what)
    .bind(refusal.at)
    .execute(ex)
    .await?;
    Ok(())
}

/// Looks of one kind: by one reader, at one thing, for one reason, on one day, `count` times
/// from `first_at` to `last_at`. Reloading a page a hundred times makes one line, not a hundred
/// that push other looks out of sight.
pub struct LookGroup {
    pub actor: String,
    pub actor_role: String,
    pub what: String,
    pub purpose: Option<String>,
    pub count: i64,
    pub first_at: i64,
    pub last_at: i64,
}

/// The client's looks from `from` up to `until` (Unix seconds), grouped, newest first. A day is
/// counted from midnight at UTC+2, Helsinki's winter time: in summer a look between midnight
/// and one o'clock joins the day before's group, and still shows its own time.
pub async fn grouped_for_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    (from, until): (i64, i64),
) -> Result<Vec<LookGroup>, StoreError> {
    type Row = (String, String, String, Option<String>, i64, i64, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT actor, actor_role, what, purpose, COUNT(*) AS n, MIN(at) AS first_at, MAX(at) AS last_at \
         FROM access_log WHERE client_id = $1 AND at >= $2 AND at < $3 \
         GROUP BY actor, actor_role, what, purpose, (at + 7200) / 86400 \
         ORDER BY last_at DESC, MAX(id) DESC",
    )
    .bind(client_id)
    .bind(from)
    .bind(until)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(actor, actor_role, what, purpose, count, first_at, last_at)| LookGroup {
            actor,
            actor_role,
            what,
            purpose,
            count,
            first_at,
            last_at,
        })
        .collect())
}

/// The newest look before `before`, and the oldest from `after` on: where the pages before and
/// after a month's lead.
pub async fn neighbours<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    (before, after): (i64, i64),
) -> Result<(Option<i64>, Option<i64>), StoreError> {
    let row: (Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT (SELECT MAX(at) FROM access_log WHERE client_id = $1 AND at < $2), \
         (SELECT MIN(at) FROM access_log WHERE client_id = $1 AND at >= $3)",
    )
    .bind(client_id)
    .bind(before)
    .bind(after)
    .fetch_one(ex)
    .await?;
    Ok(row)
}

/// The moment of the client's newest look, if any.
pub async fn newest<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT MAX(at) FROM access_log WHERE client_id = $1")
        .bind(client_id)
        .fetch_one(ex)
        .await?)
}

/// One refused look as stored.
pub struct RefusalRow {
    pub asked_client_id: i64,
    pub actor: String,
    pub actor_role: String,
    pub what: String,
    pub at: i64,
}

/// The newest refused looks, at most `limit`.
pub async fn refusals<'e>(
    ex: impl Executor<'e, Database = Any>,
    limit: i64,
) -> Result<Vec<RefusalRow>, StoreError> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT asked_client_id, actor, actor_role, what, at FROM access_refusals ORDER BY at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(asked_client_id, actor, actor_role, what, at)| RefusalRow {
            asked_client_id,
            actor,
            actor_role,
            what,
            at,
        })
        .collect())
}
