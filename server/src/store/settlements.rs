//! The monthly settlements: the approved months, and per provider what a month pays
//! (rules::settlement says which records).

use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::budget::{date_text, parse_date};
use super::StoreError;
use crate::rules::{Money, YearMonth};

/// An approved settlement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settled {
    pub month: YearMonth,
    pub approved_by: String,
    /// Unix seconds.
    pub approved_at: i64,
    /// The day the payments are asked for.
    pub pay_on: NaiveDate,
}

/// What one settlement pays one provider, with what the bank needs to pay it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderLine {
    pub provider_id: i64,
    pub name: String,
    pub business_id: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub records: i64,
    /// What the budgets were charged: what the organiser pays.
    pub charged: Money,
    /// What the clients pay the provider themselves.
    pub own_shares: Money,
}

/// Which records a month's lines add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// The records an approved settlement paid.
    Settled(YearMonth),
    /// The records the month's settlement would pay if approved now.
    Open(YearMonth),
}

/// Every approved settlement, the latest first.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<Settled>, StoreError> {
    let rows =
        sqlx::query("SELECT month, approved_by, approved_at, pay_on FROM settlements ORDER BY month DESC")
            .fetch_all(&mut *conn)
            .await?;
    rows.iter().map(settled_from_row).collect()
}

/// The latest approved month, if any: the one the next settlement follows.
pub async fn latest(conn: &mut AnyConnection) -> Result<Option<YearMonth>, StoreError> {
    let month: Option<String> =
        sqlx::query_scalar("SELECT MAX(month) FROM settlements").fetch_one(&mut *conn).await?;
    month
        .map(|m| {
            YearMonth::parse(&m).ok_or_else(|| StoreError::Corrupt(format!("a settlement's month: {m}")))
        })
        .transpose()
}

/// The approved settlement of `month`, if it is approved.
pub async fn settled(conn: &mut AnyConnection, month: YearMonth) -> Result<Option<Settled>, StoreError> {
    let row = sqlx::query("SELECT month, approved_by, approved_at, pay_on FROM settlements WHERE month = $1")
        .bind(month.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(settled_from_row).transpose()
}

fn settled_from_row(row: &AnyRow) -> Result<Settled, StoreError> {
    let month: String = row.try_get("month")?;
    Ok(Settled {
        month: YearMonth::parse(&month)
            .ok_or_else(|| StoreError::Corrupt(format!("settlement month {month}")))?,
        approved_by: row.try_get("approved_by")?,
        approved_at: row.try_get("approved_at")?,
        pay_on: parse_date(&row.try_get::<String, _>("pay_on")?)?,
    })
}

/// The service date of the oldest charged record no settlement has paid yet.
pub async fn oldest_unpaid(conn: &mut AnyConnection) -> Result<Option<NaiveDate>, StoreError> {
    let day: Option<String> = sqlx::query_scalar(
        "SELECT MIN(service_date) FROM service_records WHERE settlement_month IS NULL AND status = 'charged'",
    )
    .fetch_one(&mut *conn)
    .await?;
    day.as_deref().map(parse_date).transpose()
}

const LINE_SELECT: &str = "SELECT p.id, p.name, p.business_id, p.iban, p.bic, COUNT(*) AS records, \
     CAST(SUM(r.charged_cents) AS BIGINT) AS charged, CAST(SUM(r.own_share_cents) AS BIGINT) AS own_shares \
     FROM service_records r JOIN providers p ON p.id = r.provider_id";
const LINE_GROUP: &str = "GROUP BY p.id, p.name, p.business_id, p.iban, p.bic ORDER BY p.name, p.id";

/// Per provider, by name: what the month pays; only `provider` when one is given.
pub async fn lines(
    conn: &mut AnyConnection,
    which: Which,
    provider: Option<i64>,
) -> Result<Vec<ProviderLine>, StoreError> {
    let (filter, month) = match which {
        Which::Settled(month) => ("r.settlement_month = $1", month.to_string()),
        Which::Open(month) => (
            "r.settlement_month IS NULL AND r.status = 'charged' AND r.service_date <= $1",
            date_text(month.last_day()),
        ),
    };
    let only = if provider.is_some() { "AND r.provider_id = $2" } else { "" };
    let sql = format!("{LINE_SELECT} WHERE {filter} {only} {LINE_GROUP}");
    let mut query = sqlx::query(&sql).bind(month);
    if let Some(provider) = provider {
        query = query.bind(provider);
    }
    let rows = query.fetch_all(&mut *conn).await?;
    rows.iter()
        .map(|row| {
            Ok(ProviderLine {
                provider_id: row.try_get("id")?,
                name: row.try_get("name")?,
                business_id: row.try_get("business_id")?,
                iban: row.try_get("iban")?,
                bic: row.try_get("bic")?,
                records: row.try_get("records")?,
                charged: Money::from_cents(row.try_get("charged")?),
                own_shares: Money::from_cents(row.try_get("own_shares")?),
            })
        })
        .collect()
}

/// Approves `settled.month` inside the caller's transaction: the settlement row, and every
/// record it pays marked with its month. Returns how many records and what they charged, so the
/// caller can compare them with what the organiser saw. A second approval of the same month is
/// a unique violation.
pub async fn approve(conn: &mut AnyConnection, settled: &Settled) -> Result<(i64, Money), StoreError> {
    sqlx::query("INSERT INTO settlements (month, approved_by, approved_at, pay_on) VALUES ($1, $2, $3, $4)")
        .bind(settled.month.to_string())
        .bind(&settled.approved_by)
        .bind(settled.approved_at)
        .bind(date_text(settled.pay_on))
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE service_records SET settlement_month = $1 \
         WHERE settlement_month IS NULL AND status = 'charged' AND service_date <= $2",
    )
    .bind(settled.month.to_string())
    .bind(date_text(settled.month.last_day()))
    .execute(&mut *conn)
    .await?;
    let (count, cents): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(charged_cents), 0) AS BIGINT) FROM service_records \
         WHERE settlement_month = $1",
    )
    .bind(settled.month.to_string())
    .fetch_one(&mut *conn)
    .await?;
    Ok((count, Money::from_cents(cents)))
}
