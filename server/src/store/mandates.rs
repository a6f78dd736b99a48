//! Relatives' mandates as a counsellor sets and ends them, and the history of each.

use sqlx::{AnyConnection, Row};

use super::changes::Actor;
use super::{Db, StoreError};

/// A mandate in force: who, whether they may act, and until when ("YYYY-MM-DD", or open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InForce {
    pub id: i64,
    pub relative: String,
    pub can_act: bool,
    pub valid_until: Option<String>,
}

/// The client's mandates in force on `today`, by the relative's name.
pub async fn in_force(db: &Db, client_id: i64, today: &str) -> Result<Vec<InForce>, StoreError> {
    let rows = sqlx::query(
        "SELECT m.id, a.display_name, m.can_act, m.valid_until FROM mandates m \
         JOIN accounts a ON a.id = m.account_id \
         WHERE m.client_id = $1 AND (m.valid_until IS NULL OR m.valid_until >= $2) \
         ORDER BY a.display_name, m.id",
    )
    .bind(client_id)
    .bind(today)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(InForce {
                id: r.try_get("id")?,
                relative: r.try_get("display_name")?,
                can_act: r.try_get::<i64, _>("can_act")? == 1,
                valid_until: r.try_get("valid_until")?,
            })
        })
        .collect()
}

/// The accounts a mandate can name: every relative, by name.
pub async fn relatives(db: &Db) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, display_name FROM accounts WHERE role = 'relative' ORDER BY display_name, id",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?))).collect()
}

/// A mandate to set: it replaces the relative's earlier one for the same client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMandate<'a> {
    pub client_id: i64,
    pub relative_account_id: i64,
    pub can_act: bool,
    pub valid_until: Option<&'a str>,
}

/// Sets the mandate and writes what was done, in the caller's transaction; the event's id.
pub async fn set(
    conn: &mut AnyConnection,
    mandate: &NewMandate<'_>,
    by: &Actor,
    at: i64,
) -> Result<i64, StoreError> {
    write(conn, mandate).await?;
    let event = Event {
        client_id: mandate.client_id,
        relative_account_id: mandate.relative_account_id,
        event: "set",
        can_act: mandate.can_act,
        valid_until: mandate.valid_until,
    };
    record(conn, &event, by, at).await
}

/// Writes the mandate without its history: what [`set`] does first, and how demo data begins.
pub async fn write(conn: &mut AnyConnection, mandate: &NewMandate<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO mandates (account_id, client_id, can_act, valid_until) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id, client_id) DO UPDATE SET can_act = excluded.can_act, \
         valid_until = excluded.valid_until",
    )
    .bind(mandate.relative_account_id)
    .bind(mandate.client_id)
    .bind(i64::from(mandate.can_act))
    .bind(mandate.valid_until)
    .execute(conn)
    .await?;
    Ok(())
}

/// A mandate ended: whose it was, what it allowed, and the event's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ended {
    pub relative_account_id: i64,
    pub can_act: bool,
    pub event_id: i64,
}

/// Ends one of the client's mandates in force, in the caller's transaction: its last day becomes
/// `last_day` (yesterday), so it no longer holds today. None when there was no such mandate.
pub async fn end(
    conn: &mut AnyConnection,
    client_id: i64,
    mandate_id: i64,
    last_day: &str,
    by: &Actor,
    at: i64,
) -> Result<Option<Ended>, StoreError> {
    let row = sqlx::query(
        "SELECT account_id, can_act FROM mandates WHERE id = $1 AND client_id = $2 \
         AND (valid_until IS NULL OR valid_until > $3)",
    )
    .bind(mandate_id)
    .bind(client_id)
    .bind(last_day)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    sqlx::query("UPDATE mandates SET valid_until = $1 WHERE id = $2")
        .bind(last_day)
        .bind(mandate_id)
        .execute(&mut *conn)
        .await?;
    let relative_account_id = row.try_get("account_id")?;
    let can_act = row.try_get::<i64, _>("can_act")? == 1;
    let event =
        Event { client_id, relative_account_id, event: "ended", can_act, valid_until: Some(last_day) };
    let event_id = record(conn, &event, by, at).await?;
    Ok(Some(Ended { relative_account_id, can_act, event_id }))
}

struct Event<'a> {
    client_id: i64,
    relative_account_id: i64,
    event: &'a str,
    can_act: bool,
    valid_until: Option<&'a str>,
}

async fn record(conn: &mut AnyConnection, event: &Event<'_>, by: &Actor, at: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO mandate_events \
         (client_id, relative_account_id, event, can_act, valid_until, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(event.client_id)
    .bind(event.relative_account_id)
    .bind(event.event)
    .bind(i64::from(event.can_act))
    .bind(event.valid_until)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .fetch_one(conn)
    .await?)
}

/// A mandate set or ended for the client, as it was then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Happened {
    pub by: Actor,
    pub at: i64,
    pub relative: String,
    pub ended: bool,
    pub can_act: bool,
    pub valid_until: Option<String>,
}

pub async fn history(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<Happened>, StoreError> {
    let rows = sqlx::query(
        "SELECT e.event, e.can_act, e.valid_until, e.done_by, e.done_by_role, e.done_at, a.display_name \
         FROM mandate_events e JOIN accounts a ON a.id = e.relative_account_id \
         WHERE e.client_id = $1 ORDER BY e.id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Happened {
                by: Actor::from_row(r)?,
                at: r.try_get("done_at")?,
                relative: r.try_get("display_name")?,
                ended: r.try_get::<String, _>("event")? == "ended",
                can_act: r.try_get::<i64, _>("can_act")? == 1,
                valid_until: r.try_get("valid_until")?,
            })
        })
        .collect()
}
