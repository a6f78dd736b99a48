//! Clients, providers, decisions, agreements and service records: the rows the budget rules
//! read and write. Functions take any executor, so callers can group writes in a transaction.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};

use crate::rules::decision::{DecisionLine, LineKind};
use crate::rules::records::{Charge, RecordStatus};
use crate::rules::usage::UsedRecord;
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

pub fn parse_date(text: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("bad date {text}")))
}

pub fn parse_product(code: &str) -> Result<Product, StoreError> {
    Product::parse(code).ok_or_else(|| StoreError::Corrupt(format!("unknown product {code}")))
}

pub fn parse_units(text: &str) -> Result<Decimal, StoreError> {
    text.parse().map_err(|_| StoreError::Corrupt(format!("bad units {text}")))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub id: i64,
    pub name: String,
    pub municipality: String,
    pub language: String,
}

pub async fn find_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<Client>, StoreError> {
    let row = sqlx::query("SELECT id, name, municipality, language FROM clients WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await?;
    row.map(|r| {
        Ok(Client {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            municipality: r.try_get("municipality")?,
            language: r.try_get("language")?,
        })
    })
    .transpose()
}

pub async fn provider_exists<'e>(ex: impl Executor<'e, Database = Any>, id: i64) -> Result<bool, StoreError> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM providers WHERE id = $1").bind(id).fetch_one(ex).await?;
    Ok(count > 0)
}

/// A decision with its lines, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredDecision {
    pub id: i64,
    pub client_id: i64,
    pub period: Period,
    pub lines: Vec<DecisionLine>,
}

/// The client's decision that covers `day`; failing that the latest one begun before it, or
/// the first one. A record dated outside every period is then refused against the nearest.
pub async fn decision_for(
    conn: &mut AnyConnection,
    client_id: i64,
    day: NaiveDate,
) -> Result<Option<StoredDecision>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, valid_from, valid_to FROM decisions WHERE client_id = $1 ORDER BY valid_from",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut decisions = Vec::new();
    for r in rows {
        let from = parse_date(&r.try_get::<String, _>("valid_from")?)?;
        let to = parse_date(&r.try_get::<String, _>("valid_to")?)?;
        let period = Period::new(from, to).map_err(|_| StoreError::Corrupt("decision period".into()))?;
        decisions.push((r.try_get::<i64, _>("id")?, period));
    }
    let chosen = decisions
        .iter()
        .find(|(_, p)| p.contains(day))
        .or_else(|| decisions.iter().rev().find(|(_, p)| p.from <= day))
        .or(decisions.first())
        .cloned();
    let Some((id, period)) = chosen else { return Ok(None) };
    let lines = decision_lines(&mut *conn, id).await?;
    Ok(Some(StoredDecision { id, client_id, period, lines }))
}

pub async fn decision_lines<'e>(
    ex: impl Executor<'e, Database = Any>,
    decision_id: i64,
) -> Result<Vec<DecisionLine>, StoreError> {
    let rows = sqlx::query(
        "SELECT product, tier, kind, units_per_month, unit_value_cents FROM decision_lines \
         WHERE decision_id = $1 ORDER BY id",
    )
    .bind(decision_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let kind = match (kind.as_str(), r.try_get::<Option<String>, _>("units_per_month")?) {
                ("daily", _) => LineKind::Daily,
                ("monthly", Some(units)) => LineKind::Monthly { units_per_month: parse_units(&units)? },
                _ => return Err(StoreError::Corrupt(format!("decision line kind {kind}"))),
            };
            let tier = r
                .try_get::<Option<i64>, _>("tier")?
                .map(|t| u8::try_from(t).map_err(|_| StoreError::Corrupt(format!("tier {t}"))))
                .transpose()?;
            Ok(DecisionLine {
                product: parse_product(&r.try_get::<String, _>("product")?)?,
                tier,
                kind,
                unit_value: Money::from_cents(r.try_get("unit_value_cents")?),
            })
        })
        .collect()
}

/// Makes other transactions that record for this client wait for this one, on both engines:
/// the no-op update takes PostgreSQL's row lock and SQLite's write lock. It must be the
/// transaction's first statement: SQLite cannot wait to turn a reading transaction into a
/// writing one. Without it two records reported at once could both fit under a cap only one
/// of them fits under (B8), or one record sent twice could be checked twice (B9).
pub async fn lock_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE clients SET id = id WHERE id = $1").bind(client_id).execute(ex).await?;
    Ok(())
}

/// Whether the provider has any agreement with the client: only then may it report for them.
pub async fn serves_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    provider_id: i64,
    client_id: i64,
) -> Result<bool, StoreError> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM agreements WHERE provider_id = $1 AND client_id = $2")
            .bind(provider_id)
            .bind(client_id)
            .fetch_one(ex)
            .await?;
    Ok(count > 0)
}

/// The periods of the provider's agreements with the client for one product. An agreement
/// without an end runs on; it is given the last day a date can have.
pub async fn agreement_periods<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    provider_id: i64,
    product: Product,
) -> Result<Vec<Period>, StoreError> {
    let rows = sqlx::query(
        "SELECT start_date, end_date FROM agreements \
         WHERE client_id = $1 AND provider_id = $2 AND product = $3 ORDER BY start_date",
    )
    .bind(client_id)
    .bind(provider_id)
    .bind(product.code())
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            let from = parse_date(&r.try_get::<String, _>("start_date")?)?;
            let to = match r.try_get::<Option<String>, _>("end_date")? {
                Some(end) => parse_date(&end)?,
                None => NaiveDate::MAX,
            };
            Period::new(from, to).map_err(|_| StoreError::Corrupt("agreement period".into()))
        })
        .collect()
}

/// A stored record, with the name of its provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordRow {
    pub id: i64,
    pub provider_name: String,
    pub client_id: i64,
    pub unit_price: Money,
    pub used: UsedRecord,
    /// Why the counsellor refused it, when they did.
    pub refusal_reason: Option<String>,
}

const RECORD_COLUMNS: &str = "r.id, r.provider_id, p.name AS provider_name, r.client_id, r.product, \
     r.service_date, r.units, r.unit_price_cents, r.charged_cents, r.own_share_cents, r.status, \
     v.reason AS refusal_reason";

/// Records with their provider and, when refused, the review that says why.
const RECORD_SOURCE: &str = "service_records r JOIN providers p ON p.id = r.provider_id \
     LEFT JOIN record_reviews v ON v.record_id = r.id AND v.outcome = 'refused'";

fn record_from_row(r: &AnyRow) -> Result<RecordRow, StoreError> {
    let status: String = r.try_get("status")?;
    Ok(RecordRow {
        id: r.try_get("id")?,
        provider_name: r.try_get("provider_name")?,
        client_id: r.try_get("client_id")?,
        unit_price: Money::from_cents(r.try_get("unit_price_cents")?),
        used: UsedRecord {
            provider_id: r.try_get("provider_id")?,
            product: parse_product(&r.try_get::<String, _>("product")?)?,
            date: parse_date(&r.try_get::<String, _>("service_date")?)?,
            units: parse_units(&r.try_get::<String, _>("units")?)?,
            charged: Money::from_cents(r.try_get("charged_cents")?),
            own_share: Money::from_cents(r.try_get("own_share_cents")?),
            status: RecordStatus::parse(&status)
                .ok_or_else(|| StoreError::Corrupt(format!("record status {status}")))?,
        },
        refusal_reason: r.try_get("refusal_reason")?,
    })
}

/// Every record charged or held against a decision, oldest service date first.
pub async fn records_of_decision<'e>(
    ex: impl Executor<'e, Database = Any>,
    decision_id: i64,
) -> Result<Vec<RecordRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {RECORD_COLUMNS} FROM {RECORD_SOURCE} \
         WHERE r.decision_id = $1 ORDER BY r.service_date, r.id"
    ))
    .bind(decision_id)
    .fetch_all(ex)
    .await?;
    rows.iter().map(record_from_row).collect()
}

/// The record a provider reported under its own id, if any (B9).
pub async fn find_record<'e>(
    ex: impl Executor<'e, Database = Any>,
    provider_id: i64,
    provider_record_id: &str,
) -> Result<Option<RecordRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {RECORD_COLUMNS} FROM {RECORD_SOURCE} \
         WHERE r.provider_id = $1 AND r.provider_record_id = $2"
    ))
    .bind(provider_id)
    .bind(provider_record_id)
    .fetch_optional(ex)
    .await?;
    row.as_ref().map(record_from_row).transpose()
}

/// The provider's listed price for a product, if it offers it.
pub async fn provider_price<'e>(
    ex: impl Executor<'e, Database = Any>,
    provider_id: i64,
    product: Product,
) -> Result<Option<Money>, StoreError> {
    let cents: Option<i64> = sqlx::query_scalar(
        "SELECT unit_price_cents FROM provider_products WHERE provider_id = $1 AND product = $2",
    )
    .bind(provider_id)
    .bind(product.code())
    .fetch_optional(ex)
    .await?;
    Ok(cents.map(Money::from_cents))
}
