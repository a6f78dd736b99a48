//! Clients, providers, decisions, agreements and service records: the rows the budget rules
//! read and write. Functions take any executor, so callers can group writes in a transaction.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::{Any, Executor};

use crate::rules::decision::{DecisionLine, LineKind};
use crate::rules::records::{Charge, RecordStatus};
use crate::rules::{Money, Period, Product};

use super::StoreError;

pub fn date_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub async fn insert_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    name: &str,
    municipality: &str,
    language: &str,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO clients (name, municipality, language) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(municipality)
    .bind(language)
    .fetch_one(ex)
    .await?)
}

pub async fn insert_provider<'e>(
    ex: impl Executor<'e, Database = Any>,
    name: &str,
    municipality: &str,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar("INSERT INTO providers (name, municipality) VALUES ($1, $2) RETURNING id")
        .bind(name)
        .bind(municipality)
        .fetch_one(ex)
        .await?)
}

pub async fn insert_provider_product<'e>(
    ex: impl Executor<'e, Database = Any>,
    provider_id: i64,
    product: Product,
    unit_price: Money,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO provider_products (provider_id, product, unit_price_cents) VALUES ($1, $2, $3)")
        .bind(provider_id)
        .bind(product.code())
        .bind(unit_price.cents())
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn insert_decision<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    period: &Period,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO decisions (client_id, valid_from, valid_to) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(client_id)
    .bind(date_text(period.from))
    .bind(date_text(period.to))
    .fetch_one(ex)
    .await?)
}

pub async fn insert_decision_line<'e>(
    ex: impl Executor<'e, Database = Any>,
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
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn insert_agreement<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    provider_id: i64,
    product: Product,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO agreements (client_id, provider_id, product, start_date, end_date) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(client_id)
    .bind(provider_id)
    .bind(product.code())
    .bind(date_text(start))
    .bind(end.map(date_text))
    .fetch_one(ex)
    .await?)
}

/// A service record as stored, with what the rules decided about it.
pub struct StoredRecord<'a> {
    pub provider_id: i64,
    pub provider_record_id: &'a str,
    pub client_id: i64,
    pub decision_id: i64,
    pub product: Product,
    pub date: NaiveDate,
    pub units: Decimal,
    pub unit_price: Money,
    pub charge: Charge,
    pub status: RecordStatus,
}

pub async fn insert_record<'e>(
    ex: impl Executor<'e, Database = Any>,
    r: &StoredRecord<'_>,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO service_records (provider_id, provider_record_id, client_id, decision_id, product, \
         service_date, units, unit_price_cents, charged_cents, own_share_cents, status) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(r.provider_id)
    .bind(r.provider_record_id)
    .bind(r.client_id)
    .bind(r.decision_id)
    .bind(r.product.code())
    .bind(date_text(r.date))
    .bind(r.units.normalize().to_string())
    .bind(r.unit_price.cents())
    .bind(r.charge.charged.cents())
    .bind(r.charge.own_share.cents())
    .bind(r.status.code())
    .fetch_one(ex)
    .await?)
}

/// What has been charged to a decision so far, all dates.
pub async fn charged_total<'e>(
    ex: impl Executor<'e, Database = Any>,
    decision_id: i64,
) -> Result<Money, StoreError> {
    // PostgreSQL sums BIGINT as NUMERIC, which `Any` cannot read: cast back.
    let cents: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(charged_cents), 0) AS BIGINT) FROM service_records \
         WHERE decision_id = $1 AND status = 'charged'",
    )
    .bind(decision_id)
    .fetch_one(ex)
    .await?;
    Ok(Money::from_cents(cents))
}
