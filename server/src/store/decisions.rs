//! Decisions as the organiser (API), the demo and the decision-maker (form) make them, as the
//! decision-maker changes them, the history of who decided and on what grounds, and the
//! decisions the counsellor prepared for the decision-maker.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::budget::{date_text, parse_date};
use super::changes::Actor;
use super::StoreError;
use crate::rules::decision::{DecisionLine, LineKind};
use crate::rules::{Money, Period};

/// Whether any other decision of the client shares a day with `period`.
pub async fn overlaps_another(
    conn: &mut AnyConnection,
    client_id: i64,
    period: &Period,
    except: Option<i64>,
) -> Result<bool, StoreError> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM decisions WHERE client_id = $1 AND valid_from <= $2 AND valid_to >= $3 \
         AND id <> $4",
    )
    .bind(client_id)
    .bind(date_text(period.to))
    .bind(date_text(period.from))
    .bind(except.unwrap_or(0))
    .fetch_one(conn)
    .await?;
    Ok(count > 0)
}

/// Makes a decision with its lines; its id.
pub async fn make(
    conn: &mut AnyConnection,
    client_id: i64,
    period: &Period,
    lines: &[DecisionLine],
) -> Result<i64, StoreError> {
    let id = insert_decision(&mut *conn, client_id, period).await?;
    for line in lines {
        insert_decision_line(&mut *conn, id, line).await?;
    }
    Ok(id)
}

/// Gives the decision a new period and lines. The records charged against it keep their id.
pub async fn replace(
    conn: &mut AnyConnection,
    decision_id: i64,
    period: &Period,
    lines: &[DecisionLine],
) -> Result<(), StoreError> {
    sqlx::query("UPDATE decisions SET valid_from = $1, valid_to = $2 WHERE id = $3")
        .bind(date_text(period.from))
        .bind(date_text(period.to))
        .bind(decision_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM decision_lines WHERE decision_id = $1")
        .bind(decision_id)
        .execute(&mut *conn)
        .await?;
    for line in lines {
        insert_decision_line(&mut *conn, decision_id, line).await?;
    }
    Ok(())
}

async fn insert_decision(
    conn: &mut AnyConnection,
    client_id: i64,
    period: &Period,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO decisions (client_id, valid_from, valid_to) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(client_id)
    .bind(date_text(period.from))
    .bind(date_text(period.to))
    .fetch_one(conn)
    .await?)
}

async fn insert_decision_line(
    conn: &mut AnyConnection,
    decision_id: i64,
    line: &DecisionLine,
) -> Result<(), StoreError> {
    let (kind, units) = match line.kind {
        LineKind::Daily => ("daily", None),
        LineKind::Monthly { units_per_month } => ("monthly", Some(units_per_month.to_string())),
    };
    sqlx::query(
        "INSERT INTO decision_lines (decision_id, product, tier, kind, units_per_month, unit_value_cents) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(decision_id)
    .bind(line.product.code())
    .bind(line.tier.map(i64::from))
    .bind(kind)
    .bind(units)
    .bind(line.unit_value.cents())
    .execute(conn)
    .await?;
    Ok(())
}

/// A decision made or changed, as it was then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub decision_id: i64,
    pub client_id: i64,
    pub period: Period,
    pub total: Money,
    /// The total before; `None` when the decision was made.
    pub old_total: Option<Money>,
    /// Why, in the decision-maker's words; `None` for decisions from before there were grounds.
    pub grounds: Option<String>,
}

/// Writes the decision made or changed in its history; the event's id.
pub async fn record(conn: &mut AnyConnection, event: &Event, by: &Actor, at: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO decision_events (decision_id, client_id, event, valid_from, valid_to, total_cents, \
         old_total_cents, grounds, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(event.decision_id)
    .bind(event.client_id)
    .bind(if event.old_total.is_some() { "changed" } else { "made" })
    .bind(date_text(event.period.from))
    .bind(date_text(event.period.to))
    .bind(event.total.cents())
    .bind(event.old_total.map(|m| m.cents()))
    .bind(event.grounds.as_deref())
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .fetch_one(conn)
    .await?)
}

/// Every decision made or changed for the client, oldest first, with who and when.
pub async fn history(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<(Actor, i64, Event)>, StoreError> {
    let rows = sqlx::query(
        "SELECT decision_id, valid_from, valid_to, total_cents, old_total_cents, grounds, done_by, \
         done_by_role, done_at FROM decision_events WHERE client_id = $1 ORDER BY id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let from = parse_date(&r.try_get::<String, _>("valid_from")?)?;
            let to = parse_date(&r.try_get::<String, _>("valid_to")?)?;
            let period =
                Period::new(from, to).map_err(|_| StoreError::Corrupt("decision event period".into()))?;
            let event = Event {
                decision_id: r.try_get("decision_id")?,
                client_id,
                period,
                total: Money::from_cents(r.try_get("total_cents")?),
                old_total: r.try_get::<Option<i64>, _>("old_total_cents")?.map(Money::from_cents),
                grounds: r.try_get("grounds")?,
            };
            let by = Actor::from_row(r)?;
            Ok((by, r.try_get("done_at")?, event))
        })
        .collect()
}

/// A decision the counsellor prepared: the form's fields as they left them, who and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    pub client_id: i64,
    pub client_name: String,
    pub fields: BTreeMap<String, String>,
    pub by: Actor,
    pub at: i64,
}

/// Keeps the prepared decision for the decision-maker, in place of any the client had waiting.
pub async fn prepare(
    conn: &mut AnyConnection,
    client_id: i64,
    fields: &BTreeMap<String, String>,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    let fields = serde_json::to_string(fields).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    drop_prepared(&mut *conn, client_id).await?;
    sqlx::query(
        "INSERT INTO prepared_decisions (client_id, fields, prepared_by, prepared_by_role, prepared_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(client_id)
    .bind(fields)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The decision has been made: nothing waits any more.
pub async fn drop_prepared(conn: &mut AnyConnection, client_id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM prepared_decisions WHERE client_id = $1").bind(client_id).execute(conn).await?;
    Ok(())
}

const PREPARED: &str = "SELECT p.client_id, c.name, p.fields, p.prepared_by AS done_by, \
     p.prepared_by_role AS done_by_role, p.prepared_at FROM prepared_decisions p \
     JOIN clients c ON c.id = p.client_id";

/// The decision prepared for the client, if one waits.
pub async fn prepared(conn: &mut AnyConnection, client_id: i64) -> Result<Option<Prepared>, StoreError> {
    let row = sqlx::query(&format!("{PREPARED} WHERE p.client_id = $1"))
        .bind(client_id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(prepared_of).transpose()
}

/// Every prepared decision waiting, the longest-waiting first.
pub async fn all_prepared(conn: &mut AnyConnection) -> Result<Vec<Prepared>, StoreError> {
    let rows =
        sqlx::query(&format!("{PREPARED} ORDER BY p.prepared_at, p.client_id")).fetch_all(conn).await?;
    rows.iter().map(prepared_of).collect()
}

fn prepared_of(row: &sqlx::any::AnyRow) -> Result<Prepared, StoreError> {
    let fields: String = row.try_get("fields")?;
    Ok(Prepared {
        client_id: row.try_get("client_id")?,
        client_name: row.try_get("name")?,
        fields: serde_json::from_str(&fields).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        by: Actor::from_row(row)?,
        at: row.try_get("prepared_at")?,
    })
}
