//! The organiser's indicators, summed in SQL by municipality for one month.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::budget::{line_from_row, parse_date};
use super::StoreError;
use crate::rules::decision::DecisionLine;
use crate::rules::Period;

/// One municipality's sums for a month.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AreaSums {
    pub clients: i64,
    /// The month's part of the decisions (B5).
    pub decided_cents: i64,
    pub charged_cents: i64,
    pub own_share_cents: i64,
    pub held_records: i64,
    pub held_cents: i64,
    pub guidance_minutes: i64,
    pub expert_minutes: i64,
    pub provider_changes: i64,
    pub left: i64,
}

/// The month's sums by municipality; `first` and `last` are its days and `month` "YYYY-MM".
pub async fn by_municipality(
    conn: &mut AnyConnection,
    first: &str,
    last: &str,
    month: &str,
) -> Result<BTreeMap<String, AreaSums>, StoreError> {
    let mut areas: BTreeMap<String, AreaSums> = BTreeMap::new();
    let clients = sqlx::query(
        "SELECT c.municipality, COUNT(DISTINCT d.client_id) AS n FROM decisions d \
         JOIN clients c ON c.id = d.client_id WHERE d.valid_from <= $1 AND d.valid_to >= $2 \
         GROUP BY c.municipality",
    )
    .bind(last)
    .bind(first)
    .fetch_all(&mut *conn)
    .await?;
    for r in &clients {
        areas.entry(r.try_get("municipality")?).or_default().clients = r.try_get("n")?;
    }
    // SUM of an integer column is a decimal on PostgreSQL: cast back so both engines give i64.
    let charged = sqlx::query(
        "SELECT c.municipality, CAST(SUM(t.charged_cents) AS BIGINT) AS charged, \
         CAST(SUM(t.own_share_cents) AS BIGINT) AS own FROM decision_month_totals t \
         JOIN decisions d ON d.id = t.decision_id JOIN clients c ON c.id = d.client_id \
         WHERE t.month = $1 GROUP BY c.municipality",
    )
    .bind(month)
    .fetch_all(&mut *conn)
    .await?;
    for r in &charged {
        let area = areas.entry(r.try_get("municipality")?).or_default();
        area.charged_cents = r.try_get("charged")?;
        area.own_share_cents = r.try_get("own")?;
    }
    let held = sqlx::query(
        "SELECT c.municipality, COUNT(*) AS n, CAST(SUM(r.charged_cents) AS BIGINT) AS held \
         FROM service_records r JOIN clients c ON c.id = r.client_id \
         WHERE r.status = 'held' AND r.service_date >= $1 AND r.service_date <= $2 GROUP BY c.municipality",
    )
    .bind(first)
    .bind(last)
    .fetch_all(&mut *conn)
    .await?;
    for r in &held {
        let area = areas.entry(r.try_get("municipality")?).or_default();
        area.held_records = r.try_get("n")?;
        area.held_cents = r.try_get("held")?;
    }
    let counts = [
        (
            "SELECT c.municipality, CAST(SUM(g.minutes) AS BIGINT) AS n FROM guidance_contacts g \
             JOIN clients c ON c.id = g.client_id WHERE g.contact_day >= $1 AND g.contact_day <= $2 \
             GROUP BY c.municipality",
            Count::Minutes,
        ),
        (
            "SELECT c.municipality, CAST(SUM(h.minutes) AS BIGINT) AS n FROM expert_hours h \
             JOIN clients c ON c.id = h.client_id WHERE h.help_day >= $1 AND h.help_day <= $2 AND h.removed_at IS NULL \
             GROUP BY c.municipality",
            Count::ExpertMinutes,
        ),
        (
            "SELECT c.municipality, COUNT(*) AS n FROM provider_changes p JOIN clients c ON c.id = p.client_id \
             WHERE p.status = 'made' AND p.notice_on >= $1 AND p.notice_on <= $2 GROUP BY c.municipality",
            Count::Changes,
        ),
        (
            "SELECT c.municipality, COUNT(*) AS n FROM departures l JOIN clients c ON c.id = l.client_id \
             WHERE l.notice_on >= $1 AND l.notice_on <= $2 GROUP BY c.municipality",
            Count::Left,
        ),
    ];
    for (sql, count) in counts {
        for r in &sqlx::query(sql).bind(first).bind(last).fetch_all(&mut *conn).await? {
            let area = areas.entry(r.try_get("municipality")?).or_default();
            let n: i64 = r.try_get("n")?;
            match count {
                Count::Minutes => area.guidance_minutes = n,
                Count::ExpertMinutes => area.expert_minutes = n,
                Count::Changes => area.provider_changes = n,
                Count::Left => area.left = n,
            }
        }
    }
    Ok(areas)
}

enum Count {
    Minutes,
    ExpertMinutes,
    Changes,
    Left,
}

/// The lines of the decisions that cover a day of the month (`first` to `last`), grouped with
/// the days of the month their decision covers: each group is one municipality's lines that plan
/// the same amount for the month (B5), with how many there are. Grouping in SQL keeps a county's
/// month to a few thousand rows, and the rules plan each group once.
/// Only the lines of `product`, when one is given.
pub async fn decided_lines(
    conn: &mut AnyConnection,
    first: &str,
    last: &str,
    product: Option<&str>,
) -> Result<Vec<(String, Period, DecisionLine, i64)>, StoreError> {
    let only = if product.is_some() { "AND l.product = $3" } else { "" };
    let sql = format!(
        "SELECT c.municipality, \
         CASE WHEN d.valid_from < $2 THEN $2 ELSE d.valid_from END AS covered_from, \
         CASE WHEN d.valid_to > $1 THEN $1 ELSE d.valid_to END AS covered_to, \
         l.product, l.tier, l.kind, l.units_per_month, l.unit_value_cents, COUNT(*) AS n \
         FROM decisions d JOIN clients c ON c.id = d.client_id \
         JOIN decision_lines l ON l.decision_id = d.id WHERE d.valid_from <= $1 AND d.valid_to >= $2 {only} \
         GROUP BY c.municipality, covered_from, covered_to, l.product, l.tier, l.kind, l.units_per_month, \
         l.unit_value_cents"
    );
    let mut query = sqlx::query(&sql).bind(last).bind(first);
    if let Some(product) = product {
        query = query.bind(product);
    }
    let rows = query.fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            let from = parse_date(&r.try_get::<String, _>("covered_from")?)?;
            let to = parse_date(&r.try_get::<String, _>("covered_to")?)?;
            let covered = Period::new(from, to).map_err(|_| StoreError::Corrupt("decision period".into()))?;
            Ok((r.try_get("municipality")?, covered, line_from_row(r)?, r.try_get("n")?))
        })
        .collect()
}

/// What a month's budgets and costs are narrowed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Narrowed<'a> {
    pub product: Option<&'a str>,
    pub provider_id: Option<i64>,
}

impl Narrowed<'_> {
    /// " AND x.product = $3 AND x.provider_id = $4" for the filters given, from mark `$first`.
    fn conditions(&self, table: &str, first: usize) -> String {
        let mut mark = first;
        let mut sql = String::new();
        for (column, given) in
            [("product", self.product.is_some()), ("provider_id", self.provider_id.is_some())]
        {
            if given {
                sql.push_str(&format!(" AND {table}.{column} = ${mark}"));
                mark += 1;
            }
        }
        sql
    }

    fn bind<'q>(
        &self,
        mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        if let Some(product) = self.product {
            query = query.bind(product.to_string());
        }
        if let Some(provider_id) = self.provider_id {
            query = query.bind(provider_id);
        }
        query
    }
}

/// The month's charges, own shares and held records of one service or provider, by
/// municipality: the clients charged, from the running totals by service (migration 0028), and
/// the held records, which are few.
pub async fn narrowed_sums(
    conn: &mut AnyConnection,
    first: &str,
    last: &str,
    month: &str,
    narrowed: Narrowed<'_>,
) -> Result<BTreeMap<String, AreaSums>, StoreError> {
    let mut areas: BTreeMap<String, AreaSums> = BTreeMap::new();
    let sql = format!(
        "SELECT c.municipality, COUNT(DISTINCT d.client_id) AS n, CAST(SUM(t.charged_cents) AS BIGINT) AS charged, \
         CAST(SUM(t.own_share_cents) AS BIGINT) AS own FROM service_month_totals t \
         JOIN decisions d ON d.id = t.decision_id JOIN clients c ON c.id = d.client_id \
         WHERE t.month = $1{} GROUP BY c.municipality",
        narrowed.conditions("t", 2)
    );
    for r in &narrowed.bind(sqlx::query(&sql).bind(month)).fetch_all(&mut *conn).await? {
        let area = areas.entry(r.try_get("municipality")?).or_default();
        area.clients = r.try_get("n")?;
        area.charged_cents = r.try_get("charged")?;
        area.own_share_cents = r.try_get("own")?;
    }
    let sql = format!(
        "SELECT c.municipality, COUNT(*) AS n, CAST(SUM(r.charged_cents) AS BIGINT) AS held \
         FROM service_records r JOIN clients c ON c.id = r.client_id \
         WHERE r.status = 'held' AND r.service_date >= $1 AND r.service_date <= $2{} GROUP BY c.municipality",
        narrowed.conditions("r", 3)
    );
    for r in &narrowed.bind(sqlx::query(&sql).bind(first).bind(last)).fetch_all(&mut *conn).await? {
        let area = areas.entry(r.try_get("municipality")?).or_default();
        area.held_records = r.try_get("n")?;
        area.held_cents = r.try_get("held")?;
    }
    Ok(areas)
}

/// How many answered, and the sum of their scores (1-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ScoreSums {
    pub answers: i64,
    pub sum: i64,
}

/// The month's feedback for all municipalities together: the service (feedback answers, of the
/// narrowed service or provider only), and the process, being heard and having a choice
/// (participation answers, about the personal budget as a whole); days `first` to `last`.
pub async fn feedback(
    conn: &mut AnyConnection,
    first: &str,
    last: &str,
    narrowed: Narrowed<'_>,
) -> Result<[ScoreSums; 4], StoreError> {
    let sql = format!(
        "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(score), 0) AS BIGINT) AS total FROM feedback_answers f \
         WHERE f.given_on >= $1 AND f.given_on <= $2{}",
        narrowed.conditions("f", 3)
    );
    let service = narrowed.bind(sqlx::query(&sql).bind(first).bind(last)).fetch_one(&mut *conn).await?;
    let part = sqlx::query(
        "SELECT COUNT(process_score) AS process_n, CAST(COALESCE(SUM(process_score), 0) AS BIGINT) AS process, \
         COUNT(heard_score) AS heard_n, CAST(COALESCE(SUM(heard_score), 0) AS BIGINT) AS heard, \
         COUNT(choice_score) AS choice_n, CAST(COALESCE(SUM(choice_score), 0) AS BIGINT) AS choice \
         FROM participation_answers WHERE answered_on >= $1 AND answered_on <= $2",
    )
    .bind(first)
    .bind(last)
    .fetch_one(&mut *conn)
    .await?;
    let sums = |row: &sqlx::any::AnyRow, n: &str, total: &str| -> Result<ScoreSums, StoreError> {
        Ok(ScoreSums { answers: row.try_get(n)?, sum: row.try_get(total)? })
    };
    Ok([
        sums(&service, "n", "total")?,
        sums(&part, "process_n", "process")?,
        sums(&part, "heard_n", "heard")?,
        sums(&part, "choice_n", "choice")?,
    ])
}

/// The reasons given by each client who gave notice to leave in the month (codes separated by
/// commas; `None` for those who skipped the question).
pub async fn leaving_reasons(
    conn: &mut AnyConnection,
    first: &str,
    last: &str,
) -> Result<Vec<Option<String>>, StoreError> {
    Ok(sqlx::query_scalar("SELECT reasons FROM departures WHERE notice_on >= $1 AND notice_on <= $2")
        .bind(first)
        .bind(last)
        .fetch_all(conn)
        .await?)
}

/// One self-check of a client who lets their answers be seen: its scores summed and counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedCheck {
    pub client_id: i64,
    pub score_sum: i64,
    pub answers: i64,
}

/// The self-checks up to `last` of the clients who let their answers be seen, each client's in
/// the order they were done.
pub async fn shared_checks(conn: &mut AnyConnection, last: &str) -> Result<Vec<SharedCheck>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.client_id, CAST(SUM(a.score) AS BIGINT) AS score_sum, COUNT(a.score) AS answers \
         FROM self_checks s JOIN self_check_sharing h ON h.client_id = s.client_id AND h.shared = 1 \
         JOIN self_check_answers a ON a.check_id = s.id WHERE s.check_day <= $1 \
         GROUP BY s.client_id, s.check_day, s.id ORDER BY s.client_id, s.check_day, s.id",
    )
    .bind(last)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(SharedCheck {
                client_id: r.try_get("client_id")?,
                score_sum: r.try_get("score_sum")?,
                answers: r.try_get("answers")?,
            })
        })
        .collect()
}

/// The first day of the earliest decision, "YYYY-MM-DD": the indicators begin with it.
pub async fn first_day(conn: &mut AnyConnection) -> Result<Option<String>, StoreError> {
    Ok(sqlx::query_scalar("SELECT MIN(valid_from) FROM decisions").fetch_one(conn).await?)
}
