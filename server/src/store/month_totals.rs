//! What each decision has been charged, month by month (`decision_month_totals`), and month by
//! month for each service and provider (`service_month_totals`): copies of the charged records'
//! sums, written in the same transaction as each record that becomes charged, so that the
//! counsellor's list, the cap check and the organiser's indicators read a few rows instead of
//! every record. Only this module and the writes of `store::budget` and `store::reviews` touch
//! them. Why: docs/decisions/0027-month-totals.md, 0034-indicator-filters-and-charts.md.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use sqlx::AnyConnection;

use super::budget::{date_text, StoredRecord};
use super::sql::{Columns, Sql};
use super::{id_list, StoreError};
use crate::rules::records::RecordStatus;
use crate::rules::{Money, YearMonth};
use crate::values;

/// One decision's charges and own shares in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthTotal {
    pub charged: Money,
    pub own_share: Money,
}

/// Adds the charged ones of `records` to their months, in one statement per batch and table.
pub async fn add_records(conn: &mut impl Sql, records: &[StoredRecord<'_>]) -> Result<(), StoreError> {
    let mut sums: BTreeMap<(i64, String), MonthTotal> = BTreeMap::new();
    let mut by_service: BTreeMap<ServiceMonth, MonthTotal> = BTreeMap::new();
    for r in records.iter().filter(|r| r.status == RecordStatus::Charged) {
        let month = YearMonth::of(r.date).to_string();
        let sum = sums.entry((r.decision_id, month.clone())).or_default();
        sum.charged = sum.charged + r.charge.charged;
        sum.own_share = sum.own_share + r.charge.own_share;
        let sum = by_service.entry((r.decision_id, month, r.product.code(), r.provider_id)).or_default();
        sum.charged = sum.charged + r.charge.charged;
        sum.own_share = sum.own_share + r.charge.own_share;
    }
    add_decision_months(conn, sums.into_iter().collect()).await?;
    add_service_months(conn, by_service.into_iter().collect()).await
}

/// A decision, a month ("YYYY-MM"), a product code and a provider: a row of
/// `service_month_totals`.
type ServiceMonth = (i64, String, &'static str, i64);

/// Six values a row, a thousand rows, stay far under both engines' limits on bound values.
const ROWS_A_STATEMENT: usize = 1000;

/// "($1, $2), ($3, $4)" for `rows` rows of `width` values.
fn value_rows(rows: usize, width: usize) -> String {
    let row = |i: usize| {
        let marks: Vec<String> = (1..=width).map(|n| format!("${}", width * i + n)).collect();
        format!("({})", marks.join(", "))
    };
    (0..rows).map(row).collect::<Vec<_>>().join(", ")
}

async fn add_decision_months(
    conn: &mut impl Sql,
    sums: Vec<((i64, String), MonthTotal)>,
) -> Result<(), StoreError> {
    for chunk in sums.chunks(ROWS_A_STATEMENT) {
        let sql = format!(
            "INSERT INTO decision_month_totals (decision_id, month, charged_cents, own_share_cents) \
             VALUES {} {ADD_ON_CONFLICT}",
            value_rows(chunk.len(), 4)
        );
        let values = chunk
            .iter()
            .flat_map(|((decision_id, month), sum)| {
                values![*decision_id, month.as_str(), sum.charged.cents(), sum.own_share.cents()]
            })
            .collect();
        conn.execute(&sql, values).await?;
    }
    Ok(())
}

async fn add_service_months(
    conn: &mut impl Sql,
    sums: Vec<(ServiceMonth, MonthTotal)>,
) -> Result<(), StoreError> {
    for chunk in sums.chunks(ROWS_A_STATEMENT) {
        let sql = format!(
            "INSERT INTO service_month_totals (decision_id, month, product, provider_id, charged_cents, \
             own_share_cents) VALUES {} {SERVICE_ON_CONFLICT}",
            value_rows(chunk.len(), 6)
        );
        let values = chunk
            .iter()
            .flat_map(|((decision_id, month, product, provider_id), sum)| {
                values![
                    *decision_id,
                    month.as_str(),
                    *product,
                    *provider_id,
                    sum.charged.cents(),
                    sum.own_share.cents(),
                ]
            })
            .collect();
        conn.execute(&sql, values).await?;
    }
    Ok(())
}

/// Adds one stored record to its month: what releasing a held record does.
pub async fn add_record(conn: &mut AnyConnection, record_id: i64) -> Result<(), StoreError> {
    // `WHERE true`: SQLite reads `ON CONFLICT` after a bare `FROM ...` as part of a join.
    sqlx::query(&format!(
        "INSERT INTO decision_month_totals (decision_id, month, charged_cents, own_share_cents) \
         SELECT decision_id, SUBSTR(service_date, 1, 7), charged_cents, own_share_cents \
         FROM service_records WHERE id = $1 AND true {ADD_ON_CONFLICT}"
    ))
    .bind(record_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!(
        "INSERT INTO service_month_totals (decision_id, month, product, provider_id, charged_cents, \
         own_share_cents) SELECT decision_id, SUBSTR(service_date, 1, 7), product, provider_id, \
         charged_cents, own_share_cents FROM service_records WHERE id = $1 AND true {SERVICE_ON_CONFLICT}"
    ))
    .bind(record_id)
    .execute(conn)
    .await?;
    Ok(())
}

const SERVICE_ON_CONFLICT: &str = "ON CONFLICT (decision_id, month, product, provider_id) DO UPDATE SET \
     charged_cents = service_month_totals.charged_cents + excluded.charged_cents, \
     own_share_cents = service_month_totals.own_share_cents + excluded.own_share_cents";

const ADD_ON_CONFLICT: &str = "ON CONFLICT (decision_id, month) DO UPDATE SET \
     charged_cents = decision_month_totals.charged_cents + excluded.charged_cents, \
     own_share_cents = decision_month_totals.own_share_cents + excluded.own_share_cents";

/// What has been charged to a decision so far, all months.
pub async fn charged_total(conn: &mut impl Sql, decision_id: i64) -> Result<Money, StoreError> {
    // PostgreSQL sums BIGINT as NUMERIC, which `Any` cannot read: cast back.
    let sql = "SELECT CAST(COALESCE(SUM(charged_cents), 0) AS BIGINT) AS cents FROM decision_month_totals \
         WHERE decision_id = $1";
    let cents = conn.one(sql, values![decision_id], |r| r.int("cents")).await?;
    Ok(Money::from_cents(cents))
}

/// For each decision, its totals of the months wholly before `as_of`'s month, and of `as_of`'s
/// own month what was charged for service dates up to `as_of` (summed from the records, which
/// for one month are few). Months with nothing charged are left out.
pub async fn by_month(
    conn: &mut impl Sql,
    decision_ids: &[i64],
    as_of: NaiveDate,
) -> Result<HashMap<i64, Vec<(YearMonth, MonthTotal)>>, StoreError> {
    if decision_ids.is_empty() {
        // PostgreSQL refuses an empty `IN ()`.
        return Ok(HashMap::new());
    }
    let [this_month, first, last] = by_month_values(as_of);
    let values = values![this_month, first, last];
    let months = conn.rows(&by_month_sql(decision_ids), values, months_from_row).await?;
    Ok(months.into_iter().flatten().collect())
}

/// One row a decision, its months joined in one text: read through `Any`, each row costs
/// about 1.7 µs, and 300 clients' months were 3,300 rows (5.6 ms of a 22 ms page). The
/// current month, summed from its records, is a column of its own (docs/decisions/0044). Each
/// decision's months are read by its own subquery, in the order of the totals' key, and joined
/// unsorted: grouping and sorting all the decisions' months at once took a third longer
/// (docs/decisions/0047).
fn by_month_sql(decision_ids: &[i64]) -> String {
    format!(
        "SELECT d.id AS decision_id, \
           (SELECT string_agg(t.month || ' ' || t.charged_cents || ' ' || t.own_share_cents, ',') \
            FROM decision_month_totals t WHERE t.decision_id = d.id AND t.month < $1) AS months, \
           (SELECT $1 || ' ' || CAST(SUM(r.charged_cents) AS BIGINT) || ' ' \
              || CAST(SUM(r.own_share_cents) AS BIGINT) \
            FROM service_records r WHERE r.decision_id = d.id AND r.status = 'charged' \
              AND r.service_date >= $2 AND r.service_date <= $3) AS this_month \
         FROM decisions d WHERE d.id IN ({})",
        id_list(decision_ids)
    )
}

/// `$1` to `$3` of [`by_month_sql`]: `as_of`'s month, its first day and `as_of`.
fn by_month_values(as_of: NaiveDate) -> [String; 3] {
    let this_month = YearMonth::of(as_of);
    [this_month.to_string(), date_text(this_month.first_day()), date_text(as_of)]
}

/// A decision's months in order; `None` when nothing was charged to it.
type DecisionMonths = Option<(i64, Vec<(YearMonth, MonthTotal)>)>;

fn months_from_row(r: &dyn Columns) -> Result<DecisionMonths, StoreError> {
    // Either is NULL when it has no month: a SUM over no records, a join of no totals.
    let texts = [r.maybe_string("months")?, r.maybe_string("this_month")?];
    let mut months = Vec::new();
    for text in texts.iter().flatten() {
        for month in text.split(',') {
            months.push(joined_month(month)?);
        }
    }
    months.sort_by_key(|(month, _)| *month);
    Ok((!months.is_empty()).then_some((r.int("decision_id")?, months)))
}

/// "2018-05 150000 0": a month, its charges and own shares in cents.
fn joined_month(text: &str) -> Result<(YearMonth, MonthTotal), StoreError> {
    let corrupt = || StoreError::Corrupt(format!("month total {text}"));
    let mut parts = text.split(' ');
    let mut next = || parts.next().ok_or_else(corrupt);
    let month = YearMonth::parse(next()?).ok_or_else(corrupt)?;
    let mut cents = || next()?.parse::<i64>().map(Money::from_cents).map_err(|_| corrupt());
    Ok((month, MonthTotal { charged: cents()?, own_share: cents()? }))
}
