//! B4 and B5: a decision's lines planned month by month, and the decision total as the sum of
//! the rounded month-line amounts.

use rust_decimal::Decimal;

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
