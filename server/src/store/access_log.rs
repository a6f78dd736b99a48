//! The append-only logs of who looked at a client's data, and of the looks that were refused
//! (the database refuses changes to both).

use sqlx::{Any, Executor};

use super::sql::Sql;
use super::StoreError;
use crate::values;

/// A look at a client's data by someone other than the client: who, what and when.
pub struct Entry<'a> {
    /// The person's name, or the API token's label.
    pub actor: &'a str,
    pub actor_role: &'a str,
    /// What was looked at, as a short code: "budget", "statement 2018-03", "decision".
    pub what: &'a str,
    pub at: i64,
}

/// One look at the same thing of each of `client_ids` (a list is one look at every client on
/// it), with its purpose: the code of the right the reader looked by. A statement writes up to
/// 500 rows: one round trip for a counsellor's whole list.
pub async fn record(
    conn: &mut impl Sql,
    client_ids: &[i64],
    look: &Entry<'_>,
    purpose: &str,
) -> Result<(), StoreError> {
    for some in client_ids.chunks(500) {
        // The ids are numbers written into the SQL (nothing can be injected); the rest is bound
        // once and shared by every row. Each set of ids is a text of its own.
        let rows: Vec<String> = some.iter().map(|id| format!("({id}, $1, $2, $3, $4, $5)")).collect();
        let sql = format!(
            "INSERT INTO access_log (client_id, actor, actor_role, what, at, purpose) VALUES {}",
            rows.join(", ")
        );
        conn.execute_once(&sql, values![look.actor, look.actor_role, look.what, look.at, purpose]).await?;
    }
    Ok(())
}

/// A refused look at `asked_client_id`, an id that may belong to nobody.
pub async fn record_refusal<'e>(
    ex: impl Executor<'e, Database = Any>,
    asked_client_id: i64,
    look: &Entry<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO access_refusals (asked_client_id, actor, actor_role, what, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(asked_client_id)
    .bind(look.actor)
    .bind(look.actor_role)
    .bind(look.what)
    .bind(look.at)
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
