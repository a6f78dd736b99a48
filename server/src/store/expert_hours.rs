//! The hours of help experience experts record per client.

use sqlx::{AnyConnection, Row};

use super::changes::Actor;
use super::StoreError;

/// Hours of help as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpRow {
    pub id: i64,
    pub client_name: String,
    pub day: String,
    pub minutes: i64,
}

pub async fn insert(
    conn: &mut AnyConnection,
    client_id: i64,
    expert_account_id: i64,
    day: &str,
    minutes: i64,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO expert_hours (client_id, expert_account_id, help_day, minutes, done_by, done_by_role, \
         done_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(client_id)
    .bind(expert_account_id)
    .bind(day)
    .bind(minutes)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The clients who let the expert in since `since` (unix seconds), by name: those the expert
/// may record help for.
pub async fn clients_since(
    conn: &mut AnyConnection,
    expert_account_id: i64,
    since: i64,
) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT c.id, c.name FROM help_grants g JOIN clients c ON c.id = g.client_id \
         WHERE g.helper_account_id = $1 AND g.starts_at >= $2 ORDER BY c.name, c.id",
    )
    .bind(expert_account_id)
    .bind(since)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
}

/// The expert's latest records, newest first, at most `limit`.
pub async fn recorded_by(
    conn: &mut AnyConnection,
    expert_account_id: i64,
    limit: i64,
) -> Result<Vec<HelpRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT h.id, c.name, h.help_day, h.minutes FROM expert_hours h JOIN clients c ON c.id = h.client_id \
         WHERE h.expert_account_id = $1 AND h.removed_at IS NULL ORDER BY h.help_day DESC, h.id DESC LIMIT $2",
    )
    .bind(expert_account_id)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(HelpRow {
                id: r.try_get("id")?,
                client_name: r.try_get("name")?,
                day: r.try_get("help_day")?,
                minutes: r.try_get("minutes")?,
            })
        })
        .collect()
}

/// Every record of help given to the client: who wrote it, when, the day and the minutes.
pub async fn history(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<HelpEntry>, StoreError> {
    let rows = sqlx::query(
        "SELECT done_by, done_by_role, done_at, help_day, minutes, removed_at FROM expert_hours \
         WHERE client_id = $1 ORDER BY id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(HelpEntry {
                by: Actor::from_row(r)?,
                at: r.try_get("done_at")?,
                day: r.try_get("help_day")?,
                minutes: r.try_get("minutes")?,
                removed_at: r.try_get("removed_at")?,
            })
        })
        .collect()
}

/// Hours written down for a client, as the client's "Done for me" tells of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpEntry {
    pub by: Actor,
    pub at: i64,
    pub day: String,
    pub minutes: i64,
    /// When the expert took them back, unix seconds.
    pub removed_at: Option<i64>,
}

/// Marks the expert's own hours of a help day from `since` ("YYYY-MM-DD") on as removed at
/// `removed_at` (unix seconds), or puts removed ones back with `None`; false when there are no
/// such hours (another's, already so, or older).
pub async fn set_removed(
    conn: &mut AnyConnection,
    id: i64,
    expert_account_id: i64,
    since: &str,
    removed_at: Option<i64>,
) -> Result<bool, StoreError> {
    let now_is = if removed_at.is_some() { "removed_at IS NULL" } else { "removed_at IS NOT NULL" };
    let done = sqlx::query(&format!(
        "UPDATE expert_hours SET removed_at = $1 WHERE id = $2 AND expert_account_id = $3 \
         AND {now_is} AND help_day >= $4"
    ))
    .bind(removed_at)
    .bind(id)
    .bind(expert_account_id)
    .bind(since)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
