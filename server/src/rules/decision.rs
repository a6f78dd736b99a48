//! B4 and B5: a decision's lines planned month by month, and the decision total as the sum of
//! the rounded month-line amounts.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::records::RecordStatus;
use super::usage::UsedRecord;
use super::{Money, Period, Product, YearMonth};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// One unit a day for every day of the period (housing).
    Daily,
    /// A fixed number of units a month, prorated in a month only partly inside the period.
    Monthly { units_per_month: Decimal },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecisionLine {
    pub product: Product,
    pub tier: Option<u8>,
    pub kind: LineKind,
    /// Copied into the decision: later price-list changes do not change it (B4).
    pub unit_value: Money,
}

/// What one line plans for each month of the period, and its total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinePlan {
    pub product: Product,
    pub months: Vec<(YearMonth, Money)>,
    pub total: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub lines: Vec<LinePlan>,
    /// The sum of all lines per month.
    pub months: Vec<(YearMonth, Money)>,
    pub total: Money,
}

/// B4 and B5 for one line and one month: planned units x unit value, rounded once.
pub fn planned_for_month(period: &Period, line: &DecisionLine, month: YearMonth) -> Money {
    let days_inside = Decimal::from(period.days_in(month));
    let value = line.unit_value.as_decimal();
    let exact = match line.kind {
        LineKind::Daily => days_inside * value,
        // Divide last, so the only inexact step is the one rounding.
        LineKind::Monthly { units_per_month } => {
            units_per_month * value * days_inside / Decimal::from(month.days())
        }
    };
    Money::round(exact)
}

/// The whole plan: every line for every month, the month sums, and the total (B5).
pub fn plan(period: &Period, lines: &[DecisionLine]) -> Plan {
    let months = period.months();
    let line_plans: Vec<LinePlan> = lines
        .iter()
        .map(|line| {
            let amounts: Vec<(YearMonth, Money)> =
                months.iter().map(|&m| (m, planned_for_month(period, line, m))).collect();
            LinePlan { product: line.product, total: amounts.iter().map(|(_, a)| *a).sum(), months: amounts }
        })
        .collect();
    let month_totals: Vec<(YearMonth, Money)> = months
        .iter()
        .enumerate()
        .map(|(i, &m)| (m, line_plans.iter().map(|l| l.months[i].1).sum()))
        .collect();
    Plan { total: line_plans.iter().map(|l| l.total).sum(), lines: line_plans, months: month_totals }
}

/// Why a decision may not be changed so: what is already stored against it must still fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeRefusal {
    /// A record is stored for a day the new period leaves out: the earliest such day.
    RecordOutsidePeriod(NaiveDate),
    /// A service with records stored cannot leave the decision.
    LineInUse(Product),
    /// The new total is less than what is already charged.
    BelowCharged(Money),
}

/// A changed decision keeps every record stored against it (charged, held or refused): their
/// days stay inside the period, their services stay lines, and the total does not fall below what
/// is charged. The new plan, or every refusal.
pub fn check_change(
    period: &Period,
    lines: &[DecisionLine],
    records: &[UsedRecord],
) -> Result<Plan, Vec<ChangeRefusal>> {
    let mut refusals = Vec::new();
    if let Some(day) = records.iter().map(|r| r.date).filter(|d| !period.contains(*d)).min() {
        refusals.push(ChangeRefusal::RecordOutsidePeriod(day));
    }
    let mut dropped: Vec<Product> =
        records.iter().map(|r| r.product).filter(|p| lines.iter().all(|l| l.product != *p)).collect();
    dropped.sort();
    dropped.dedup();
    refusals.extend(dropped.into_iter().map(ChangeRefusal::LineInUse));
    let planned = plan(period, lines);
    let charged: Money =
        records.iter().filter(|r| r.status == RecordStatus::Charged).map(|r| r.charged).sum();
    if planned.total < charged {
        refusals.push(ChangeRefusal::BelowCharged(charged));
    }
    if refusals.is_empty() {
        Ok(planned)
    } else {
        Err(refusals)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;

    pub(crate) fn aino_period() -> Period {
        Period::new(
            NaiveDate::from_ymd_opt(2018, 1, 15).unwrap(),
            NaiveDate::from_ymd_opt(2018, 12, 31).unwrap(),
        )
        .unwrap()
    }

    pub(crate) fn aino_lines() -> Vec<DecisionLine> {
        vec![
            DecisionLine {
                product: Product::SupportedHousing,
                tier: Some(2),
                kind: LineKind::Daily,
                unit_value: Money::from_cents(6000),
            },
            DecisionLine {
                product: Product::DayActivities,
                tier: None,
                kind: LineKind::Monthly { units_per_month: Decimal::from(12) },
                unit_value: Money::from_cents(7500),
            },
            DecisionLine {
                product: Product::PersonalAssistance,
                tier: None,
                kind: LineKind::Monthly { units_per_month: Decimal::from(40) },
                unit_value: Money::from_cents(2450),
            },
        ]
    }

    #[test]
    fn b5_reproduces_the_worked_example_of_aino() {
        let plan = plan(&aino_period(), &aino_lines());
        let jan: Vec<String> = plan.lines.iter().map(|l| l.months[0].1.to_string()).collect();
        assert_eq!(jan, ["1020.00", "493.55", "537.42"]);
        let feb: Vec<String> = plan.lines.iter().map(|l| l.months[1].1.to_string()).collect();
        assert_eq!(feb, ["1680.00", "900.00", "980.00"]);
        let totals: Vec<String> = plan.lines.iter().map(|l| l.total.to_string()).collect();
        assert_eq!(totals, ["21060.00", "10393.55", "11317.42"]);
        assert_eq!(plan.months[0].1.to_string(), "2050.97");
        assert_eq!(plan.total.to_string(), "42770.97");
    }

    fn record(product: Product, day: NaiveDate, cents: i64, status: RecordStatus) -> UsedRecord {
        UsedRecord {
            provider_id: 1,
            product,
            date: day,
            units: Decimal::ONE,
            charged: Money::from_cents(cents),
            own_share: Money::ZERO,
            status,
        }
    }

    #[test]
    fn a_change_keeps_what_is_stored_against_the_decision() {
        let d = |m, day| NaiveDate::from_ymd_opt(2018, m, day).unwrap();
        let records = [
            record(Product::SupportedHousing, d(2, 1), 150_000, RecordStatus::Charged),
            record(Product::DayActivities, d(5, 7), 90_000, RecordStatus::Held),
        ];
        // More days and a higher value: fine, and the plan is the new one.
        let mut more = aino_lines();
        more[1].kind = LineKind::Monthly { units_per_month: Decimal::from(15) };
        let planned = check_change(&aino_period(), &more, &records).unwrap();
        assert!(planned.total > plan(&aino_period(), &aino_lines()).total);

        // A period that starts after a held record's day, without day activities, and too small.
        let short = Period::new(d(5, 8), d(5, 31)).unwrap();
        let housing_only = &aino_lines()[..1];
        assert_eq!(
            check_change(&short, housing_only, &records),
            Err(vec![
                ChangeRefusal::RecordOutsidePeriod(d(2, 1)),
                ChangeRefusal::LineInUse(Product::DayActivities),
                ChangeRefusal::BelowCharged(Money::from_cents(150_000)),
            ])
        );
        // Only charged records count against the total.
        let held_only = [records[1].clone()];
        assert_eq!(
            check_change(&aino_period(), &aino_lines(), &held_only).map(|p| p.total),
            Ok(plan(&aino_period(), &aino_lines()).total)
        );
    }

    prop_compose! {
        fn any_period()(start in 0i64..3000, len in 0i64..800) -> Period {
            let from = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap() + chrono::Duration::days(start);
            Period::new(from, from + chrono::Duration::days(len)).unwrap()
        }
    }

    prop_compose! {
        fn any_line()(daily in any::<bool>(), units in 1i64..20000, cents in 1i64..50000) -> DecisionLine {
            DecisionLine {
                product: Product::PersonalAssistance,
                tier: None,
                kind: if daily { LineKind::Daily } else { LineKind::Monthly { units_per_month: Decimal::new(units, 2) } },
                unit_value: Money::from_cents(cents),
            }
        }
    }

    proptest! {
        #[test]
        fn month_line_amounts_always_add_up_to_the_total(
            period in any_period(),
            lines in proptest::collection::vec(any_line(), 1..5),
        ) {
            let plan = plan(&period, &lines);
            let by_lines: Money = plan.lines.iter().flat_map(|l| l.months.iter().map(|(_, a)| *a)).sum();
            let by_months: Money = plan.months.iter().map(|(_, a)| *a).sum();
            prop_assert_eq!(by_lines, plan.total);
            prop_assert_eq!(by_months, plan.total);
            for line in &plan.lines {
                prop_assert_eq!(line.months.iter().map(|(_, a)| *a).sum::<Money>(), line.total);
            }
        }
    }
}
