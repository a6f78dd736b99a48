//! The counsellor's review of records held for review (B8): releasing one charges it, refusing
//! one keeps it stored with the reason. Each review is kept as it was done.

use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};

use super::budget::{parse_date, parse_product, parse_units};
use super::changes::Actor;
use super::{month_totals, StoreError};
use crate::rules::{Money, Product};

/// A record still held, as a review needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeldRow {
    pub provider_id: i64,
    pub product: Product,
    pub date: NaiveDate,
    /// What it would charge (B6).
    pub charge: Money,
}

/// One of the client's records still held; `None` when it is not theirs or no longer held.
pub async fn held_record(
    conn: &mut AnyConnection,
    client_id: i64,
    record_id: i64,
) -> Result<Option<HeldRow>, StoreError> {
    let row = sqlx::query(
        "SELECT provider_id, product, service_date, charged_cents FROM service_records \
         WHERE id = $1 AND client_id = $2 AND status = 'held'",
    )
    .bind(record_id)
    .bind(client_id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(HeldRow {
            provider_id: r.try_get("provider_id")?,
            product: parse_product(&r.try_get::<String, _>("product")?)?,
            date: parse_date(&r.try_get::<String, _>("service_date")?)?,
            charge: Money::from_cents(r.try_get("charged_cents")?),
        })
    })
    .transpose()
}

/// What the counsellor decided of a held record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Released,
    Refused,
}

impl Outcome {
    fn code(self) -> &'static str {
        match self {
            Outcome::Released => "released",
            Outcome::Refused => "refused",
        }
    }

    fn status(self) -> &'static str {
        match self {
            Outcome::Released => "charged",
            Outcome::Refused => "refused",
        }
    }
}

/// Gives the held record its new status and keeps the review, inside the caller's transaction.
pub async fn review(
    conn: &mut AnyConnection,
    client_id: i64,
    record_id: i64,
    outcome: Outcome,
    reason: Option<&str>,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    let changed = sqlx::query("UPDATE service_records SET status = $1 WHERE id = $2 AND status = 'held'")
        .bind(outcome.status())
        .bind(record_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if changed == 1 && outcome == Outcome::Released {
        month_totals::add_record(&mut *conn, record_id).await?;
    }
    sqlx::query(
        "INSERT INTO record_reviews (record_id, client_id, outcome, reason, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(record_id)
    .bind(client_id)
    .bind(outcome.code())
    .bind(reason)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A review of one of the client's records, as it was done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviewed {
    pub record_id: i64,
    pub by: Actor,
    pub at: i64,
    pub outcome: Outcome,
    pub reason: Option<String>,
    pub provider: String,
    pub product: Product,
    pub date: NaiveDate,
    pub units: rust_decimal::Decimal,
    pub amount: Money,
}

pub async fn history(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<Reviewed>, StoreError> {
    let rows = sqlx::query(
        "SELECT v.record_id, v.outcome, v.reason, v.done_by, v.done_by_role, v.done_at, p.name, r.product, \
         r.service_date, r.units, r.charged_cents \
         FROM record_reviews v JOIN service_records r ON r.id = v.record_id \
         JOIN providers p ON p.id = r.provider_id WHERE v.client_id = $1 ORDER BY v.id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let outcome = match r.try_get::<String, _>("outcome")?.as_str() {
                "released" => Outcome::Released,
                "refused" => Outcome::Refused,
                other => return Err(StoreError::Corrupt(format!("review outcome {other}"))),
            };
            Ok(Reviewed {
                record_id: r.try_get("record_id")?,
                by: Actor::from_row(r)?,
                at: r.try_get("done_at")?,
                outcome,
                reason: r.try_get("reason")?,
                provider: r.try_get("name")?,
                product: parse_product(&r.try_get::<String, _>("product")?)?,
                date: parse_date(&r.try_get::<String, _>("service_date")?)?,
                units: parse_units(&r.try_get::<String, _>("units")?)?,
                amount: Money::from_cents(r.try_get("charged_cents")?),
            })
        })
        .collect()
}
