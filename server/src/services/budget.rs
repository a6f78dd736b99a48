//! A client's budget, monthly statement and decision, as the API sends them and the pages
//! show them: the rules of B4-B5 and B10-B13 applied to what is stored.

use app::budget::{
    Budget, BudgetAlert, BudgetLine, BudgetMonth, BudgetStatus, DatePeriod, Decided, Decision,
    DecisionLine as LineView, DecisionPage, HeldRecord, PlannedMonth, RefusedRecord, Statement,
    StatementPayment, StatementRow,
};
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::rules::decision::{plan, LineKind};
use crate::rules::records::RecordStatus;
use crate::rules::usage::{self, Alert, Outlook, UsedRecord};
use crate::rules::{Money, Product, YearMonth};
use crate::store::budget::{self, date_text, ChargedSum, DecisionRecords, RecordRow, StoredDecision};
use crate::store::month_totals::{self, MonthTotal};
use crate::store::sql::{self, Sql, Straight};
use crate::store::{Db, StoreError};

fn period_view(d: &StoredDecision) -> DatePeriod {
    DatePeriod { from: date_text(d.period.from), to: date_text(d.period.to) }
}

pub fn units_text(units: rust_decimal::Decimal) -> String {
    units.normalize().to_string()
}

/// The client's budget counted up to `as_of`; `None` when the client has no decision. The
/// charged records come summed by product and month, the held and refused ones one by one: a
/// budget answer reads a few rows, not every record of the year (issue 21,
/// docs/decisions/0043-budget-from-sums.md). On SQLite the three reads are done straight, in one
/// hand-over (docs/decisions/0046-direct-reads.md).
pub async fn budget(db: &Db, client_id: i64, as_of: NaiveDate) -> Result<Option<Budget>, StoreError> {
    let read = match &db.direct {
        Some(direct) => {
            direct.read(move |tx| sql::now(read_budget(&mut Straight::new(tx), client_id, as_of))).await?
        }
        None => read_budget(&mut db.pool.acquire().await?, client_id, as_of).await?,
    };
    Ok(read.map(|r| budget_of(&r.decision, &r.sums, &r.not_charged, as_of)))
}

/// What a budget is counted from.
struct BudgetRead {
    decision: StoredDecision,
    sums: Vec<ChargedSum>,
    not_charged: Vec<RecordRow>,
}

async fn read_budget(
    conn: &mut impl Sql,
    client_id: i64,
    as_of: NaiveDate,
) -> Result<Option<BudgetRead>, StoreError> {
    let Some(decision) = budget::decision_for(conn, client_id, as_of).await? else { return Ok(None) };
    let sums = budget::charged_sums(conn, decision.id, as_of).await?;
    let not_charged = budget::records_of_decision(conn, decision.id, DecisionRecords::NotCharged).await?;
    Ok(Some(BudgetRead { decision, sums, not_charged }))
}

/// Only the status of many clients' budgets (B11), by client: what the counsellor's list shows.
/// Two short queries whatever the number of clients: the decisions with their lines, and their
/// months summed (`store::month_totals`).
pub async fn statuses(
    conn: &mut impl Sql,
    client_ids: &[i64],
    as_of: NaiveDate,
) -> Result<HashMap<i64, BudgetStatus>, StoreError> {
    let decisions = budget::decisions_for(conn, client_ids, as_of).await?;
    let ids: Vec<i64> = decisions.iter().map(|d| d.id).collect();
    let months = month_totals::by_month(conn, &ids, as_of).await?;
    Ok(statuses_of(&decisions, months, as_of))
}

fn statuses_of(
    decisions: &[StoredDecision],
    mut months: HashMap<i64, Vec<(YearMonth, MonthTotal)>>,
    as_of: NaiveDate,
) -> HashMap<i64, BudgetStatus> {
    decisions
        .iter()
        .map(|d| {
            let records: Vec<UsedRecord> =
                months.remove(&d.id).unwrap_or_default().into_iter().map(month_as_record).collect();
            let total = plan(&d.period, &d.lines).total;
            (d.client_id, status_of(usage::outlook(&d.period, total, &records, as_of)))
        })
        .collect()
}

/// One decision's outlook (B11) from its month totals, inside the caller's transaction: what a
/// charge just written makes of it.
pub async fn outlook_in(
    conn: &mut impl Sql,
    decision: &StoredDecision,
    as_of: NaiveDate,
) -> Result<Outlook, StoreError> {
    let mut months = month_totals::by_month(&mut *conn, &[decision.id], as_of).await?;
    let records: Vec<UsedRecord> =
        months.remove(&decision.id).unwrap_or_default().into_iter().map(month_as_record).collect();
    Ok(usage::outlook(&decision.period, plan(&decision.period, &decision.lines).total, &records, as_of))
}

/// A month's charges as one charged record on its first day: the rules of B10-B12 count by
/// decision and by month (not by product) give over it what they give over the month's records.
fn month_as_record((month, total): (YearMonth, MonthTotal)) -> UsedRecord {
    let sum = ChargedSum {
        product: Product::PersonalAssistance,
        month,
        charged: total.charged,
        own_share: total.own_share,
    };
    sum_as_record(&sum)
}

/// A product's charges in a month as one charged record on the month's first day: the rules of
/// B10-B13 count by decision, product and month, and give over it what they give over the
/// records it sums.
fn sum_as_record(sum: &ChargedSum) -> UsedRecord {
    UsedRecord {
        provider_id: 0,
        product: sum.product,
        date: sum.month.first_day(),
        units: rust_decimal::Decimal::ZERO,
        charged: sum.charged,
        own_share: sum.own_share,
        status: RecordStatus::Charged,
    }
}

fn status_of(outlook: Outlook) -> BudgetStatus {
    match outlook {
        Outlook::TooEarly => BudgetStatus::TooEarly,
        Outlook::OnTrack { .. } => BudgetStatus::OnTrack,
        Outlook::AtRisk { .. } => BudgetStatus::AtRisk,
        Outlook::UsedUp => BudgetStatus::UsedUp,
    }
}

/// B10-B12 over one decision: its charges up to `as_of` summed by product and month, and its
/// held and refused records.
pub fn budget_of(
    decision: &StoredDecision,
    sums: &[ChargedSum],
    not_charged: &[RecordRow],
    as_of: NaiveDate,
) -> Budget {
    let records: Vec<UsedRecord> = sums.iter().map(sum_as_record).collect();
    let planned = plan(&decision.period, &decision.lines);
    let used = usage::used(&records, as_of);
    let outlook = usage::outlook(&decision.period, planned.total, &records, as_of);
    let by_product = usage::used_by_product(&records, as_of);
    let by_month = usage::used_by_month(&decision.period, &records, as_of);
    Budget {
        client_id: decision.client_id,
        decision_id: decision.id,
        as_of: date_text(as_of),
        period: period_view(decision),
        total: planned.total.to_string(),
        used: used.to_string(),
        left: (planned.total - used).to_string(),
        own_share: usage::own_share(&records, as_of).to_string(),
        status: status_of(outlook),
        projected: outlook.projected().map(|m| m.to_string()),
        alerts: usage::alerts(planned.total, used, outlook)
            .into_iter()
            .map(|a| match a {
                Alert::Passed80Percent => BudgetAlert::Passed80Percent,
                Alert::Passed100Percent => BudgetAlert::Passed100Percent,
                Alert::AtRisk => BudgetAlert::AtRisk,
            })
            .collect(),
        lines: planned
            .lines
            .iter()
            .map(|line| {
                let used = by_product.get(&line.product).copied().unwrap_or(Money::ZERO);
                BudgetLine {
                    product: line.product.code().to_string(),
                    planned: line.total.to_string(),
                    used: used.to_string(),
                    left: (line.total - used).to_string(),
                }
            })
            .collect(),
        months: planned
            .months
            .iter()
            .zip(by_month)
            .map(|((month, planned), (_, used, own_share))| BudgetMonth {
                month: month.to_string(),
                planned: planned.to_string(),
                used: used.to_string(),
                own_share: own_share.to_string(),
            })
            .collect(),
        held: not_charged.iter().filter(|r| r.used.status == RecordStatus::Held).map(held_view).collect(),
        refused: not_charged
            .iter()
            .filter(|r| r.used.status == RecordStatus::Refused)
            .map(|r| RefusedRecord {
                record: held_view(r),
                reason: r.refusal_reason.clone().unwrap_or_default(),
            })
            .collect(),
    }
}

/// A record as the client reads it while it is held, or after it was refused.
fn held_view(r: &RecordRow) -> HeldRecord {
    HeldRecord {
        id: r.id,
        provider: r.provider_name.clone(),
        product: r.used.product.code().to_string(),
        date: date_text(r.used.date),
        units: units_text(r.used.units),
        amount: r.used.charged.to_string(),
    }
}

/// B13 for one month of the decision that covers it; `None` when no decision covers the month.
pub async fn statement(db: &Db, client_id: i64, month: YearMonth) -> Result<Option<Statement>, StoreError> {
    let read = match &db.direct {
        Some(direct) => {
            direct.read(move |tx| sql::now(read_statement(&mut Straight::new(tx), client_id, month))).await?
        }
        None => read_statement(&mut db.pool.acquire().await?, client_id, month).await?,
    };
    Ok(read.map(|r| statement_of(client_id, month, &r)))
}

/// What a month's statement is counted from: the months before, summed, and the month's own
/// records, however long the decision has run.
struct StatementRead {
    decision: StoredDecision,
    sums_before: Vec<ChargedSum>,
    rows: Vec<RecordRow>,
}

/// The last day before `month`: the months before it are summed up to there.
fn day_before(month: YearMonth) -> NaiveDate {
    month.first_day().pred_opt().expect("a day before the first of a month")
}

async fn read_statement(
    conn: &mut impl Sql,
    client_id: i64,
    month: YearMonth,
) -> Result<Option<StatementRead>, StoreError> {
    let Some(decision) = budget::decision_for(conn, client_id, month.last_day()).await? else {
        return Ok(None);
    };
    if decision.period.days_in(month) == 0 {
        return Ok(None);
    }
    let sums_before = budget::charged_sums(conn, decision.id, day_before(month)).await?;
    let rows = budget::records_of_decision(conn, decision.id, DecisionRecords::ChargedIn(month)).await?;
    Ok(Some(StatementRead { decision, sums_before, rows }))
}

fn statement_of(client_id: i64, month: YearMonth, read: &StatementRead) -> Statement {
    let StatementRead { decision, sums_before: sums, rows } = read;
    let records: Vec<UsedRecord> =
        sums.iter().map(sum_as_record).chain(rows.iter().map(|r| r.used.clone())).collect();
    let total = plan(&decision.period, &decision.lines).total;
    let s = usage::statement(month, total, &records);
    let provider_name = |id: i64| {
        rows.iter().find(|r| r.used.provider_id == id).map(|r| r.provider_name.clone()).unwrap_or_default()
    };
    Statement {
        client_id,
        month: s.month.to_string(),
        rows: s
            .rows
            .iter()
            .map(|row| StatementRow {
                provider_id: row.provider_id,
                provider: provider_name(row.provider_id),
                product: row.product.code().to_string(),
                units: units_text(row.units),
                charged: row.charged.to_string(),
                own_share: row.own_share.to_string(),
            })
            .collect(),
        charged: s.charged.to_string(),
        own_share: s.own_share.to_string(),
        total: total.to_string(),
        left_after: s.left_after.to_string(),
        payments: payments(rows, month),
    }
}

/// The month's charged records by provider and by the settlement that pays the provider for
/// them; by provider name, the settled ones first.
fn payments(rows: &[RecordRow], month: YearMonth) -> Vec<StatementPayment> {
    let mut counted: BTreeMap<(&str, Option<YearMonth>), u32> = BTreeMap::new();
    let charged =
        rows.iter().filter(|r| r.used.status == RecordStatus::Charged && YearMonth::of(r.used.date) == month);
    for r in charged {
        *counted.entry((r.provider_name.as_str(), r.settlement)).or_default() += 1;
    }
    let mut payments: Vec<StatementPayment> = counted
        .into_iter()
        .map(|((provider, settlement), records)| StatementPayment {
            provider: provider.to_string(),
            records,
            settlement: settlement.map(|m| m.to_string()),
        })
        .collect();
    payments
        .sort_by(|a, b| (&a.provider, a.settlement.is_none()).cmp(&(&b.provider, b.settlement.is_none())));
    payments
}

/// The decision that covers `as_of`, with its plan; `None` when the client has none.
pub async fn decision(db: &Db, client_id: i64, as_of: NaiveDate) -> Result<Option<Decision>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(budget::decision_for(&mut conn, client_id, as_of).await?.map(|d| decision_of(&d)))
}

/// My decision's page: the decision in force, and who made or last changed it, when and on what
/// grounds, where the decision form did (decisions from the API carry no one's name).
pub async fn decision_page(db: &Db, client_id: i64, as_of: NaiveDate) -> Result<DecisionPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(stored) = budget::decision_for(&mut conn, client_id, as_of).await? else {
        return Ok(DecisionPage { decision: None, decided: None, next: None });
    };
    let events = crate::store::decisions::history(&mut conn, client_id).await?;
    let decided = events.into_iter().rev().find(|(_, _, event)| event.decision_id == stored.id).map(
        |(by, at, event)| {
            let day = crate::clock::helsinki_day_and_time(at).0;
            Decided { by: by.name, role: by.role, day, grounds: event.grounds }
        },
    );
    let next = budget::decision_after(&mut conn, &stored).await?;
    let next = next.map(|next| (period_view(&next), plan(&next.period, &next.lines).total.to_string()));
    Ok(DecisionPage { decision: Some(decision_of(&stored)), decided, next })
}

/// B4-B5: a decision's lines, their planned totals and the plan month by month.
pub fn decision_of(decision: &StoredDecision) -> Decision {
    let planned = plan(&decision.period, &decision.lines);
    Decision {
        id: decision.id,
        client_id: decision.client_id,
        period: period_view(decision),
        total: planned.total.to_string(),
        lines: decision
            .lines
            .iter()
            .zip(&planned.lines)
            .map(|(line, line_plan)| {
                let (kind, units_per_month) = match line.kind {
                    LineKind::Daily => ("daily", None),
                    LineKind::Monthly { units_per_month } => ("monthly", Some(units_text(units_per_month))),
                };
                LineView {
                    product: line.product.code().to_string(),
                    tier: line.tier,
                    kind: kind.to_string(),
                    units_per_month,
                    unit_value: line.unit_value.to_string(),
                    planned_total: line_plan.total.to_string(),
                }
            })
            .collect(),
        months: planned
            .months
            .iter()
            .map(|(month, planned)| PlannedMonth { month: month.to_string(), planned: planned.to_string() })
            .collect(),
    }
}
