//! Clients, providers, decisions, agreements and service records: the rows the budget rules
//! read and write. Functions take any executor, so callers can group writes in a transaction.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};

use crate::rules::decision::{DecisionLine, LineKind};
use crate::rules::records::{Charge, RecordStatus};
use crate::rules::usage::UsedRecord;
use crate::rules::{Money, Period, Product, YearMonth};

use super::sql::{Columns, Sql, Value};
use super::{id_list, month_totals, StoreError};
use crate::values;

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

pub async fn insert_record(conn: &mut impl Sql, r: &StoredRecord<'_>) -> Result<i64, StoreError> {
    let sql =
        format!("INSERT INTO service_records {RECORD_INSERT_COLUMNS} VALUES {} RETURNING id", value_marks(0));
    let id = conn.one(&sql, record_values(r), |row| row.int("id")).await?;
    month_totals::add_records(conn, std::slice::from_ref(r)).await?;
    Ok(id)
}

/// Many records in one statement per `RECORDS_PER_INSERT`: how the scale data set is written
/// fast (`demo::scale`). The rows are the same as [`insert_record`] writes.
pub async fn insert_records(conn: &mut impl Sql, records: &[StoredRecord<'_>]) -> Result<(), StoreError> {
    for chunk in records.chunks(RECORDS_PER_INSERT) {
        let rows: Vec<String> = (0..chunk.len()).map(value_marks).collect();
        let sql = format!("INSERT INTO service_records {RECORD_INSERT_COLUMNS} VALUES {}", rows.join(", "));
        conn.execute(&sql, chunk.iter().flat_map(record_values).collect()).await?;
    }
    month_totals::add_records(conn, records).await
}

const RECORD_INSERT_COLUMNS: &str = "(provider_id, provider_record_id, client_id, decision_id, product, \
     service_date, units, unit_price_cents, charged_cents, own_share_cents, status)";
const RECORD_INSERT_WIDTH: usize = 11;

/// The placeholders of the `row`-th record of an insert: `($1, ..., $11)`, `($12, ...)`, ...
fn value_marks(row: usize) -> String {
    let first = row * RECORD_INSERT_WIDTH + 1;
    let marks: Vec<String> = (first..first + RECORD_INSERT_WIDTH).map(|n| format!("${n}")).collect();
    format!("({})", marks.join(", "))
}

/// A record's values in the order of [`RECORD_INSERT_COLUMNS`].
fn record_values(r: &StoredRecord<'_>) -> Vec<Value> {
    values![
        r.provider_id,
        r.provider_record_id,
        r.client_id,
        r.decision_id,
        r.product.code(),
        date_text(r.date),
        r.units.normalize().to_string(),
        r.unit_price.cents(),
        r.charge.charged.cents(),
        r.charge.own_share.cents(),
        r.status.code(),
    ]
}

/// Rows in one INSERT of [`insert_records`]: 11 values each stays under both engines' limits on
/// bound values (SQLite 32,766, PostgreSQL 65,535).
const RECORDS_PER_INSERT: usize = 500;

pub fn parse_date(text: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("bad date {text}")))
}

pub fn parse_product(code: &str) -> Result<Product, StoreError> {
    Product::parse(code).ok_or_else(|| StoreError::Corrupt(format!("unknown product {code}")))
}

pub fn parse_month(text: &str) -> Result<YearMonth, StoreError> {
    YearMonth::parse(text).ok_or_else(|| StoreError::Corrupt(format!("bad month {text}")))
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

pub async fn find_client(conn: &mut impl Sql, id: i64) -> Result<Option<Client>, StoreError> {
    let sql = "SELECT id, name, municipality, language FROM clients WHERE id = $1";
    conn.optional(sql, values![id], |r| {
        Ok(Client {
            id: r.int("id")?,
            name: r.string("name")?,
            municipality: r.string("municipality")?,
            language: r.string("language")?,
        })
    })
    .await
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
    conn: &mut impl Sql,
    client_id: i64,
    day: NaiveDate,
) -> Result<Option<StoredDecision>, StoreError> {
    Ok(decisions_for(conn, &[client_id], day).await?.pop())
}

/// The client's decision that follows `decision`, already made: it begins after `decision` ends.
pub async fn decision_after(
    conn: &mut AnyConnection,
    decision: &StoredDecision,
) -> Result<Option<StoredDecision>, StoreError> {
    let Some(after) = decision.period.to.succ_opt() else { return Ok(None) };
    Ok(decision_for(conn, decision.client_id, after)
        .await?
        .filter(|next| next.id != decision.id && next.period.from > decision.period.to))
}

/// [`decision_for`] for many clients at once, in one query: the clients without a decision
/// are left out.
pub async fn decisions_for(
    conn: &mut impl Sql,
    client_ids: &[i64],
    day: NaiveDate,
) -> Result<Vec<StoredDecision>, StoreError> {
    if client_ids.is_empty() {
        // PostgreSQL refuses an empty `IN ()`.
        return Ok(Vec::new());
    }
    let decisions = conn.rows(&decisions_sql(client_ids), vec![], decision_from_row).await?;
    Ok(chosen_decisions(client_ids, decisions, day))
}

/// The clients' decisions, earliest first, one row each. Its lines are joined in one text: on
/// SQLite through sqlx each row is handed across from sqlx's thread on its own, and a
/// counsellor's 300 clients had 723 lines (docs/decisions/0044).
fn decisions_sql(client_ids: &[i64]) -> String {
    format!(
        "SELECT d.client_id, d.id, d.valid_from, d.valid_to, \
           (SELECT string_agg(l.product || ' ' || l.kind || ' ' || COALESCE(CAST(l.tier AS TEXT), '-') \
              || ' ' || COALESCE(l.units_per_month, '-') || ' ' || l.unit_value_cents, ',' ORDER BY l.id) \
            FROM decision_lines l WHERE l.decision_id = d.id) AS lines \
         FROM decisions d WHERE d.client_id IN ({}) ORDER BY d.valid_from, d.id",
        id_list(client_ids)
    )
}

fn decision_from_row(r: &dyn Columns) -> Result<StoredDecision, StoreError> {
    let from = parse_date(&r.string("valid_from")?)?;
    let to = parse_date(&r.string("valid_to")?)?;
    let period = Period::new(from, to).map_err(|_| StoreError::Corrupt("decision period".into()))?;
    let lines = match r.maybe_string("lines")? {
        Some(lines) => lines.split(',').map(joined_line).collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    Ok(StoredDecision { id: r.int("id")?, client_id: r.int("client_id")?, period, lines })
}

/// Of `decisions` (earliest first), the one that counts on `day` for each client in
/// `client_ids`, in that order; clients without one are left out.
fn chosen_decisions(
    client_ids: &[i64],
    decisions: Vec<StoredDecision>,
    day: NaiveDate,
) -> Vec<StoredDecision> {
    let mut by_client: HashMap<i64, Vec<StoredDecision>> = HashMap::new();
    for decision in decisions {
        by_client.entry(decision.client_id).or_default().push(decision);
    }
    client_ids
        .iter()
        .filter_map(|client_id| {
            let mut own = by_client.remove(client_id)?;
            let chosen = choose_decision(&own, day)?;
            Some(own.swap_remove(chosen))
        })
        .collect()
}

/// "personal-assistance monthly 2 38.5 2350": a decision line as [`decisions_for`] joins it
/// (product, kind, tier or "-", units a month or "-", unit value in cents).
fn joined_line(text: &str) -> Result<DecisionLine, StoreError> {
    let corrupt = || StoreError::Corrupt(format!("decision line {text}"));
    let parts: Vec<&str> = text.split(' ').collect();
    let [product, kind, tier, units, cents] = parts[..] else { return Err(corrupt()) };
    fn given(field: &str) -> Option<&str> {
        (field != "-").then_some(field)
    }
    let tier = given(tier).map(|t| t.parse::<i64>().map_err(|_| corrupt())).transpose()?;
    let cents = cents.parse::<i64>().map_err(|_| corrupt())?;
    stored_line(product, kind, tier, given(units), cents)
}

/// Of one client's decisions, earliest first, the index of the one that counts on `day` (see
/// [`decision_for`]).
fn choose_decision(decisions: &[StoredDecision], day: NaiveDate) -> Option<usize> {
    let covers = decisions.iter().position(|d| d.period.contains(day));
    let begun = || decisions.iter().rposition(|d| d.period.from <= day);
    let first = (!decisions.is_empty()).then_some(0);
    covers.or_else(begun).or(first)
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
    rows.iter().map(line_from_row).collect()
}

pub(super) fn line_from_row(r: &AnyRow) -> Result<DecisionLine, StoreError> {
    stored_line(
        &r.try_get::<String, _>("product")?,
        &r.try_get::<String, _>("kind")?,
        r.try_get("tier")?,
        r.try_get::<Option<String>, _>("units_per_month")?.as_deref(),
        r.try_get("unit_value_cents")?,
    )
}

/// A decision line from its stored columns, however they were read.
fn stored_line(
    product: &str,
    kind: &str,
    tier: Option<i64>,
    units_per_month: Option<&str>,
    unit_value_cents: i64,
) -> Result<DecisionLine, StoreError> {
    let kind = match (kind, units_per_month) {
        ("daily", _) => LineKind::Daily,
        ("monthly", Some(units)) => LineKind::Monthly { units_per_month: parse_units(units)? },
        _ => return Err(StoreError::Corrupt(format!("decision line kind {kind}"))),
    };
    let tier =
        tier.map(|t| u8::try_from(t).map_err(|_| StoreError::Corrupt(format!("tier {t}")))).transpose()?;
    Ok(DecisionLine {
        product: parse_product(product)?,
        tier,
        kind,
        unit_value: Money::from_cents(unit_value_cents),
    })
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

/// The periods of the provider's agreements with the client, each with its product, in order
/// of start. None at all means the provider does not serve the client and may not report for
/// them. An agreement without an end runs on; it is given the last day a date can have.
pub async fn agreements_with(
    conn: &mut impl Sql,
    client_id: i64,
    provider_id: i64,
) -> Result<Vec<(Product, Period)>, StoreError> {
    let sql = "SELECT product, start_date, end_date FROM agreements \
         WHERE client_id = $1 AND provider_id = $2 ORDER BY start_date";
    conn.rows(sql, values![client_id, provider_id], |r| {
        let product = parse_product(&r.string("product")?)?;
        let from = parse_date(&r.string("start_date")?)?;
        let to = match r.maybe_string("end_date")? {
            Some(end) => parse_date(&end)?,
            None => NaiveDate::MAX,
        };
        let period = Period::new(from, to).map_err(|_| StoreError::Corrupt("agreement period".into()))?;
        Ok((product, period))
    })
    .await
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
    /// The month of the settlement that paid the provider for it, once one has.
    pub settlement: Option<YearMonth>,
}

const RECORD_COLUMNS: &str = "r.id, r.provider_id, p.name AS provider_name, r.client_id, r.product, \
     r.service_date, r.units, r.unit_price_cents, r.charged_cents, r.own_share_cents, r.status, \
     v.reason AS refusal_reason, r.settlement_month";

/// Records with their provider and, when refused, the review that says why.
const RECORD_SOURCE: &str = "service_records r JOIN providers p ON p.id = r.provider_id \
     LEFT JOIN record_reviews v ON v.record_id = r.id AND v.outcome = 'refused'";

fn record_from_row(r: &dyn Columns) -> Result<RecordRow, StoreError> {
    let status = r.string("status")?;
    Ok(RecordRow {
        id: r.int("id")?,
        provider_name: r.string("provider_name")?,
        client_id: r.int("client_id")?,
        unit_price: Money::from_cents(r.int("unit_price_cents")?),
        used: UsedRecord {
            provider_id: r.int("provider_id")?,
            product: parse_product(&r.string("product")?)?,
            date: parse_date(&r.string("service_date")?)?,
            units: parse_units(&r.string("units")?)?,
            charged: Money::from_cents(r.int("charged_cents")?),
            own_share: Money::from_cents(r.int("own_share_cents")?),
            status: RecordStatus::parse(&status)
                .ok_or_else(|| StoreError::Corrupt(format!("record status {status}")))?,
        },
        refusal_reason: r.maybe_string("refusal_reason")?,
        settlement: match r.maybe_string("settlement_month")? {
            Some(month) => Some(parse_month(&month)?),
            None => None,
        },
    })
}

/// Which of a decision's records to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionRecords {
    /// Every record, charged, held or refused.
    All,
    /// The held and refused ones: the few a budget lists one by one (its charged ones it only
    /// sums, [`charged_sums`]).
    NotCharged,
    /// The charged ones of one month.
    ChargedIn(YearMonth),
}

/// A decision's records, oldest service date first.
pub async fn records_of_decision(
    conn: &mut impl Sql,
    decision_id: i64,
    which: DecisionRecords,
) -> Result<Vec<RecordRow>, StoreError> {
    let sql = decision_records_sql(which);
    let values = match which {
        DecisionRecords::ChargedIn(month) => {
            values![decision_id, date_text(month.first_day()), date_text(month.last_day())]
        }
        DecisionRecords::All | DecisionRecords::NotCharged => values![decision_id],
    };
    conn.rows(&sql, values, record_from_row).await
}

fn decision_records_sql(which: DecisionRecords) -> String {
    let only = match which {
        DecisionRecords::All => "",
        DecisionRecords::NotCharged => "AND r.status <> 'charged'",
        DecisionRecords::ChargedIn(_) => {
            "AND r.status = 'charged' AND r.service_date >= $2 AND r.service_date <= $3"
        }
    };
    format!(
        "SELECT {RECORD_COLUMNS} FROM {RECORD_SOURCE} \
         WHERE r.decision_id = $1 {only} ORDER BY r.service_date, r.id"
    )
}

/// What one product was charged in one month, and the own shares of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChargedSum {
    pub product: Product,
    pub month: YearMonth,
    pub charged: Money,
    pub own_share: Money,
}

/// A decision's charged records dated on or before `until`, summed by product and month: what
/// B10-B12 count, in a few rows however many records there are. The database sums whole cents,
/// so the sums are exact.
pub async fn charged_sums(
    conn: &mut impl Sql,
    decision_id: i64,
    until: NaiveDate,
) -> Result<Vec<ChargedSum>, StoreError> {
    conn.rows(CHARGED_SUMS, values![decision_id, date_text(until)], sum_from_row).await
}

// SUM of an integer column is a decimal on PostgreSQL: cast back so both engines give i64.
const CHARGED_SUMS: &str = "SELECT product, substr(service_date, 1, 7) AS month, \
     CAST(SUM(charged_cents) AS BIGINT) AS charged, CAST(SUM(own_share_cents) AS BIGINT) AS own \
     FROM service_records WHERE decision_id = $1 AND status = 'charged' AND service_date <= $2 \
     GROUP BY product, substr(service_date, 1, 7)";

fn sum_from_row(r: &dyn Columns) -> Result<ChargedSum, StoreError> {
    Ok(ChargedSum {
        product: parse_product(&r.string("product")?)?,
        month: parse_month(&r.string("month")?)?,
        charged: Money::from_cents(r.int("charged")?),
        own_share: Money::from_cents(r.int("own")?),
    })
}

/// A provider's record, with whose it is and the provider's own id for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderRecord {
    pub record: RecordRow,
    pub client_name: String,
    pub provider_record_id: String,
}

/// The provider's records dated `from` to `to`, by date and client, at most `limit`.
pub async fn records_of_provider(
    conn: &mut AnyConnection,
    provider_id: i64,
    (from, to): (NaiveDate, NaiveDate),
    limit: i64,
) -> Result<Vec<ProviderRecord>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {RECORD_COLUMNS}, c.name AS client_name, r.provider_record_id FROM {RECORD_SOURCE} \
         JOIN clients c ON c.id = r.client_id \
         WHERE r.provider_id = $1 AND r.service_date >= $2 AND r.service_date <= $3 \
         ORDER BY r.service_date, c.name, r.id LIMIT $4"
    ))
    .bind(provider_id)
    .bind(date_text(from))
    .bind(date_text(to))
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(ProviderRecord {
                record: record_from_row(r)?,
                client_name: r.try_get("client_name")?,
                provider_record_id: r.try_get("provider_record_id")?,
            })
        })
        .collect()
}

/// How many records the provider has dated `from` to `to`, and what the charged ones add up to.
pub async fn provider_sums(
    conn: &mut AnyConnection,
    provider_id: i64,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<(i64, Money), StoreError> {
    let (count, cents): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN status = 'charged' THEN charged_cents ELSE 0 END), 0) \
         AS BIGINT) FROM service_records \
         WHERE provider_id = $1 AND service_date >= $2 AND service_date <= $3",
    )
    .bind(provider_id)
    .bind(date_text(from))
    .bind(date_text(to))
    .fetch_one(&mut *conn)
    .await?;
    Ok((count, Money::from_cents(cents)))
}

/// The nearest service dates of the provider's records before `from` and after `to`: where the
/// months around one with records are.
pub async fn provider_record_neighbours(
    conn: &mut AnyConnection,
    provider_id: i64,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<(Option<NaiveDate>, Option<NaiveDate>), StoreError> {
    let before: Option<String> = sqlx::query_scalar(
        "SELECT MAX(service_date) FROM service_records WHERE provider_id = $1 AND service_date < $2",
    )
    .bind(provider_id)
    .bind(date_text(from))
    .fetch_one(&mut *conn)
    .await?;
    let after: Option<String> = sqlx::query_scalar(
        "SELECT MIN(service_date) FROM service_records WHERE provider_id = $1 AND service_date > $2",
    )
    .bind(provider_id)
    .bind(date_text(to))
    .fetch_one(&mut *conn)
    .await?;
    Ok((before.as_deref().map(parse_date).transpose()?, after.as_deref().map(parse_date).transpose()?))
}

/// The record a provider reported under its own id, if any (B9).
pub async fn find_record(
    conn: &mut impl Sql,
    provider_id: i64,
    provider_record_id: &str,
) -> Result<Option<RecordRow>, StoreError> {
    let sql = format!(
        "SELECT {RECORD_COLUMNS} FROM {RECORD_SOURCE} \
         WHERE r.provider_id = $1 AND r.provider_record_id = $2"
    );
    conn.optional(&sql, values![provider_id, provider_record_id], record_from_row).await
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_joined_line_reads_back_as_the_line_it_was() {
        let monthly = joined_line("personal-assistance monthly 2 38.5 2350").unwrap();
        assert_eq!(monthly.product, Product::PersonalAssistance);
        assert_eq!(monthly.tier, Some(2));
        assert_eq!(monthly.kind, LineKind::Monthly { units_per_month: "38.5".parse().unwrap() });
        assert_eq!(monthly.unit_value, Money::from_cents(2350));
        let daily = joined_line("supported-housing daily - - 12000").unwrap();
        assert_eq!((daily.tier, daily.kind), (None, LineKind::Daily));
    }

    #[test]
    fn a_joined_line_that_is_not_whole_is_corrupt() {
        for text in ["", "personal-assistance monthly 2 - 2350", "day-activities daily - - ", "x daily - - 1"]
        {
            assert!(matches!(joined_line(text), Err(StoreError::Corrupt(_))), "{text}");
        }
    }
}
