//! B10 to B13: what has been used, what is left, whether it will last, when to tell the client,
//! and the monthly statement.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::records::RecordStatus;
use super::{Money, Period, Product, YearMonth};

/// A stored service record, as far as these rules need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsedRecord {
    pub provider_id: i64,
    pub product: Product,
    pub date: NaiveDate,
    pub units: Decimal,
    pub charged: Money,
    pub own_share: Money,
    pub status: RecordStatus,
}

impl UsedRecord {
    fn counts_by(&self, as_of: NaiveDate) -> bool {
        self.status == RecordStatus::Charged && self.date <= as_of
    }
}

/// B10: the charges of charged records with a service date on or before `as_of`.
pub fn used(records: &[UsedRecord], as_of: NaiveDate) -> Money {
    records.iter().filter(|r| r.counts_by(as_of)).map(|r| r.charged).sum()
}

/// B10: own shares are summed apart from the budget.
pub fn own_share(records: &[UsedRecord], as_of: NaiveDate) -> Money {
    records.iter().filter(|r| r.counts_by(as_of)).map(|r| r.own_share).sum()
}

/// B10 per line: what each product has used.
pub fn used_by_product(records: &[UsedRecord], as_of: NaiveDate) -> BTreeMap<Product, Money> {
    let mut by = BTreeMap::new();
    for r in records.iter().filter(|r| r.counts_by(as_of)) {
        let sum = by.entry(r.product).or_insert(Money::ZERO);
        *sum = *sum + r.charged;
    }
    by
}

/// B10 per month: charged and own share for each month of the period.
pub fn used_by_month(
    period: &Period,
    records: &[UsedRecord],
    as_of: NaiveDate,
) -> Vec<(YearMonth, Money, Money)> {
    period
        .months()
        .into_iter()
        .map(|m| {
            let in_month: Vec<&UsedRecord> =
                records.iter().filter(|r| r.counts_by(as_of) && YearMonth::of(r.date) == m).collect();
            (m, in_month.iter().map(|r| r.charged).sum(), in_month.iter().map(|r| r.own_share).sum())
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outlook {
    /// No complete month yet to judge by.
    TooEarly,
    OnTrack {
        projected: Money,
    },
    AtRisk {
        projected: Money,
    },
    /// Nothing is left.
    UsedUp,
}

impl Outlook {
    pub fn code(self) -> &'static str {
        match self {
            Outlook::TooEarly => "too-early",
            Outlook::OnTrack { .. } => "on-track",
            Outlook::AtRisk { .. } => "at-risk",
            Outlook::UsedUp => "used-up",
        }
    }

    pub fn projected(self) -> Option<Money> {
        match self {
            Outlook::OnTrack { projected } | Outlook::AtRisk { projected } => Some(projected),
            _ => None,
        }
    }
}

/// B11: projects the year's use from the complete months before `as_of`.
pub fn outlook(period: &Period, total: Money, records: &[UsedRecord], as_of: NaiveDate) -> Outlook {
    if total - used(records, as_of) <= Money::ZERO {
        return Outlook::UsedUp;
    }
    let months = used_by_month(period, records, as_of);
    let (complete, rest): (Vec<_>, Vec<_>) = months.into_iter().partition(|(m, _, _)| m.last_day() < as_of);
    if complete.is_empty() {
        return Outlook::TooEarly;
    }
    let recent: Vec<Money> = complete.iter().rev().take(3).map(|(_, charged, _)| *charged).collect();
    let average =
        Money::round(recent.iter().map(|m| m.as_decimal()).sum::<Decimal>() / Decimal::from(recent.len()));
    let so_far: Money = complete.iter().map(|(_, charged, _)| *charged).sum();
    let ahead: Money = rest
        .iter()
        .map(|(m, _, _)| {
            let share = Decimal::from(period.days_in(*m)) / Decimal::from(m.days());
            Money::round(average.as_decimal() * share)
        })
        .sum();
    let projected = so_far + ahead;
    if projected <= total {
        Outlook::OnTrack { projected }
    } else {
        Outlook::AtRisk { projected }
    }
}

/// B12: what the client (and the counsellor) should be told now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alert {
    Passed80Percent,
    Passed100Percent,
    AtRisk,
}

pub fn alerts(total: Money, used: Money, outlook: Outlook) -> Vec<Alert> {
    let mut alerts: Vec<Alert> = use_mark(total, used).into_iter().collect();
    if matches!(outlook, Outlook::AtRisk { .. }) {
        alerts.push(Alert::AtRisk);
    }
    alerts
}

/// B12: the mark of use (80 % or all of the total) that a charge taking the use from `before` to
/// `after` passes, if it passes one: the moment to tell the client. Past both at once, only the
/// higher counts.
pub fn mark_passed(total: Money, before: Money, after: Money) -> Option<Alert> {
    let mark = use_mark(total, after)?;
    (use_mark(total, before) != Some(mark)).then_some(mark)
}

/// The highest mark of use reached: all of the total, or 80 % of it.
fn use_mark(total: Money, used: Money) -> Option<Alert> {
    let share = if total > Money::ZERO { used.as_decimal() / total.as_decimal() } else { Decimal::ONE };
    if share >= Decimal::ONE {
        Some(Alert::Passed100Percent)
    } else if share * Decimal::from(100) >= Decimal::from(80) {
        Some(Alert::Passed80Percent)
    } else {
        None
    }
}

/// One row of a monthly statement: a provider's service in the month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementRow {
    pub provider_id: i64,
    pub product: Product,
    pub units: Decimal,
    pub charged: Money,
    pub own_share: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub month: YearMonth,
    pub rows: Vec<StatementRow>,
    pub charged: Money,
    pub own_share: Money,
    /// What is left of the total after the month.
    pub left_after: Money,
}

/// B13: the month's charged records by provider and product, its totals, and what is left.
pub fn statement(month: YearMonth, total: Money, records: &[UsedRecord]) -> Statement {
    let mut rows: BTreeMap<(i64, Product), StatementRow> = BTreeMap::new();
    for r in records.iter().filter(|r| r.status == RecordStatus::Charged && YearMonth::of(r.date) == month) {
        let row = rows.entry((r.provider_id, r.product)).or_insert(StatementRow {
            provider_id: r.provider_id,
            product: r.product,
            units: Decimal::ZERO,
            charged: Money::ZERO,
            own_share: Money::ZERO,
        });
        row.units += r.units;
        row.charged = row.charged + r.charged;
        row.own_share = row.own_share + r.own_share;
    }
    let rows: Vec<StatementRow> = rows.into_values().collect();
    Statement {
        month,
        charged: rows.iter().map(|r| r.charged).sum(),
        own_share: rows.iter().map(|r| r.own_share).sum(),
        left_after: total - used(records, month.last_day()),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::decision::{
        plan,
        tests::{aino_lines, aino_period},
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn record(date: NaiveDate, charged: &str) -> UsedRecord {
        UsedRecord {
            provider_id: 1,
            product: Product::PersonalAssistance,
            date,
            units: Decimal::ONE,
            charged: Money::parse(charged).unwrap(),
            own_share: Money::ZERO,
            status: RecordStatus::Charged,
        }
    }

    fn aino_use() -> Vec<UsedRecord> {
        vec![
            record(d(2018, 1, 31), "2050.97"),
            record(d(2018, 2, 28), "3500.15"),
            record(d(2018, 3, 31), "3600.00"),
            record(d(2018, 4, 30), "3700.00"),
        ]
    }

    #[test]
    fn b11_worked_example() {
        let total = plan(&aino_period(), &aino_lines()).total;
        let outlook = outlook(&aino_period(), total, &aino_use(), d(2018, 5, 10));
        assert_eq!(outlook, Outlook::OnTrack { projected: Money::parse("41651.52").unwrap() });
        assert_eq!(outlook.code(), "on-track");
    }

    #[test]
    fn b10_left_is_total_minus_used_as_of_the_date() {
        let records = aino_use();
        assert_eq!(used(&records, d(2018, 5, 10)).to_string(), "12851.12");
        assert_eq!(
            used(&records, d(2018, 3, 30)).to_string(),
            "5551.12",
            "a record dated later does not count yet"
        );
        let mut held = record(d(2018, 4, 30), "99.00");
        held.status = RecordStatus::Held;
        let with_held = [records, vec![held]].concat();
        assert_eq!(used(&with_held, d(2018, 5, 10)).to_string(), "12851.12", "held records are not charged");
    }

    #[test]
    fn b11_too_early_at_risk_and_used_up() {
        let period = aino_period();
        let total = Money::parse("42770.97").unwrap();
        assert_eq!(outlook(&period, total, &[], d(2018, 1, 20)), Outlook::TooEarly);
        let heavy = vec![record(d(2018, 1, 31), "5000.00"), record(d(2018, 2, 28), "5000.00")];
        assert!(matches!(outlook(&period, total, &heavy, d(2018, 3, 5)), Outlook::AtRisk { .. }));
        let all = vec![record(d(2018, 1, 31), "42770.97")];
        assert_eq!(outlook(&period, total, &all, d(2018, 2, 5)), Outlook::UsedUp);
    }

    #[test]
    fn b12_alerts_at_80_and_100_percent_and_at_risk() {
        let total = Money::parse("1000.00").unwrap();
        let none = Outlook::OnTrack { projected: total };
        assert!(alerts(total, Money::parse("799.99").unwrap(), none).is_empty());
        assert_eq!(alerts(total, Money::parse("800.00").unwrap(), none), [Alert::Passed80Percent]);
        assert_eq!(alerts(total, total, Outlook::UsedUp), [Alert::Passed100Percent]);
        let risk = Outlook::AtRisk { projected: Money::parse("1200.00").unwrap() };
        assert_eq!(alerts(total, Money::parse("100.00").unwrap(), risk), [Alert::AtRisk]);
    }

    #[test]
    fn b12_a_charge_tells_once_at_each_mark_it_passes() {
        let total = Money::parse("1000.00").unwrap();
        let m = |s: &str| Money::parse(s).unwrap();
        assert_eq!(mark_passed(total, m("700.00"), m("799.99")), None);
        assert_eq!(mark_passed(total, m("799.99"), m("800.00")), Some(Alert::Passed80Percent));
        assert_eq!(mark_passed(total, m("800.00"), m("900.00")), None, "80 % was told already");
        assert_eq!(mark_passed(total, m("900.00"), m("1000.00")), Some(Alert::Passed100Percent));
        assert_eq!(mark_passed(total, m("100.00"), m("1000.00")), Some(Alert::Passed100Percent));
        assert_eq!(mark_passed(total, m("1000.00"), m("1000.00")), None);
    }

    #[test]
    fn b13_statement_rows_add_up_to_the_totals() {
        let mut records = aino_use();
        records.push(UsedRecord {
            provider_id: 2,
            product: Product::DayActivities,
            ..record(d(2018, 3, 5), "75.00")
        });
        let s = statement(YearMonth { year: 2018, month: 3 }, Money::parse("42770.97").unwrap(), &records);
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.charged, s.rows.iter().map(|r| r.charged).sum::<Money>());
        assert_eq!(s.charged.to_string(), "3675.00");
        assert_eq!(s.left_after.to_string(), "33544.85");
    }
}
