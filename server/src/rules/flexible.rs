//! Using the budget flexibly: the client proposes other units a month for the services the
//! decision plans by the month (every service but housing by the day), adds one, or leaves one
//! out, from the first day of a coming month. Accepted, the decision ends the day before and a new
//! one runs from that day to the old end with the new lines (B4): the months behind keep what they
//! planned, and every record stays charged against the decision it was charged to.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::decision::{plan, planned_for_month, DecisionLine, LineKind};
use super::{Money, Period, Product, YearMonth};

/// Whether a client may propose the units of a service. Housing by the day follows the
/// assessment of where the client lives, not a choice of how to use the money.
pub fn proposable(product: Product) -> bool {
    !product.has_tiers()
}

/// Other units a month for the proposable services, from the first day of `from`. A service
/// left out of `units` stays as it is; 0 units leaves it out of the decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub from: YearMonth,
    pub units: Vec<(Product, Decimal)>,
}

/// Why a proposal cannot be sent, or no longer be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalRefusal {
    /// The month has begun or is past: a change starts at the earliest next month.
    MonthNotComing,
    /// The decision has ended before the month begins.
    MonthAfterDecision,
    /// The proposal asks for what the decision already says.
    NoChange,
    /// No service would be left in the decision.
    NothingLeft,
}

/// The months a change may start in: each month after today's that begins before the decision
/// ends.
pub fn coming_months(period: &Period, today: NaiveDate) -> Vec<YearMonth> {
    let mut month = YearMonth::of(today).next();
    let mut months = Vec::new();
    while month.first_day() <= period.to {
        months.push(month);
        month = month.next();
    }
    months
}

/// The decision's lines with the proposal's units: housing by the day as it is; each proposed
/// service at the decision's unit value where it has the line, else at the price list's (B4).
pub fn proposed_lines(current: &[DecisionLine], proposal: &Proposal) -> Vec<DecisionLine> {
    let mut lines: Vec<DecisionLine> = current
        .iter()
        .filter(|line| !proposal.units.iter().any(|(product, _)| *product == line.product))
        .copied()
        .collect();
    for &(product, units) in &proposal.units {
        if units <= Decimal::ZERO || !proposable(product) {
            continue;
        }
        let unit_value = current
            .iter()
            .find(|line| line.product == product)
            .map(|line| line.unit_value)
            .or_else(|| product.voucher_value(None));
        if let Some(unit_value) = unit_value {
            let kind = LineKind::Monthly { units_per_month: units };
            lines.push(DecisionLine { product, tier: None, kind, unit_value });
        }
    }
    lines.sort_by_key(|line| Product::ALL.iter().position(|p| *p == line.product));
    lines
}

/// Checks the proposal against the decision on `today`; the decision's lines as they would be.
pub fn check(
    period: &Period,
    current: &[DecisionLine],
    proposal: &Proposal,
    today: NaiveDate,
) -> Result<Vec<DecisionLine>, ProposalRefusal> {
    if proposal.from <= YearMonth::of(today) {
        return Err(ProposalRefusal::MonthNotComing);
    }
    if proposal.from.first_day() > period.to {
        return Err(ProposalRefusal::MonthAfterDecision);
    }
    let lines = proposed_lines(current, proposal);
    if lines.is_empty() {
        return Err(ProposalRefusal::NothingLeft);
    }
    let mut sorted_current = current.to_vec();
    sorted_current.sort_by_key(|line| Product::ALL.iter().position(|p| *p == line.product));
    let same = |a: &DecisionLine, b: &DecisionLine| {
        let units = |line: &DecisionLine| match line.kind {
            LineKind::Monthly { units_per_month } => Some(units_per_month.normalize()),
            LineKind::Daily => None,
        };
        a.product == b.product && a.tier == b.tier && units(a) == units(b) && a.unit_value == b.unit_value
    };
    if lines.len() == sorted_current.len() && lines.iter().zip(&sorted_current).all(|(a, b)| same(a, b)) {
        return Err(ProposalRefusal::NoChange);
    }
    Ok(lines)
}

/// One service before and after, in the first month of the change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineEffect {
    pub product: Product,
    /// Units a month; `None` when the service is not in the decision.
    pub units_before: Option<Decimal>,
    pub units_after: Option<Decimal>,
    pub before: Money,
    pub after: Money,
}

/// What a change means by B4 and B5 for the services a client may propose: each in the change's
/// first month, their sum that month, and their sum over the rest of the decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Effect {
    pub month: YearMonth,
    pub lines: Vec<LineEffect>,
    pub month_before: Money,
    pub month_after: Money,
    /// From the change's first day to the decision's last.
    pub rest: Period,
    pub rest_before: Money,
    pub rest_after: Money,
}

pub fn effect(
    period: &Period,
    current: &[DecisionLine],
    proposed: &[DecisionLine],
    from: YearMonth,
) -> Effect {
    let rest = split(period, from).1;
    let month = YearMonth::of(rest.from);
    let monthly = |lines: &[DecisionLine]| -> Vec<DecisionLine> {
        lines.iter().filter(|line| proposable(line.product)).copied().collect()
    };
    let (before_lines, after_lines) = (monthly(current), monthly(proposed));
    let units = |lines: &[DecisionLine], product: Product| {
        lines.iter().find(|line| line.product == product).and_then(|line| match line.kind {
            LineKind::Monthly { units_per_month } => Some(units_per_month),
            LineKind::Daily => None,
        })
    };
    let amount = |lines: &[DecisionLine], product: Product| {
        lines
            .iter()
            .find(|line| line.product == product)
            .map_or(Money::ZERO, |line| planned_for_month(&rest, line, month))
    };
    let lines: Vec<LineEffect> = Product::ALL
        .into_iter()
        .filter(|p| before_lines.iter().chain(&after_lines).any(|line| line.product == *p))
        .map(|product| LineEffect {
            product,
            units_before: units(&before_lines, product),
            units_after: units(&after_lines, product),
            before: amount(&before_lines, product),
            after: amount(&after_lines, product),
        })
        .collect();
    Effect {
        month,
        month_before: lines.iter().map(|l| l.before).sum(),
        month_after: lines.iter().map(|l| l.after).sum(),
        lines,
        rest,
        rest_before: plan(&rest, &before_lines).total,
        rest_after: plan(&rest, &after_lines).total,
    }
}

/// The periods of an accepted change: the decision up to the day before the change, if it had
/// begun by then, and the new decision from the change to the decision's last day.
pub fn split(period: &Period, from: YearMonth) -> (Option<Period>, Period) {
    let first = from.first_day().max(period.from);
    let before = first.pred_opt().and_then(|last| Period::new(period.from, last).ok());
    let after = Period::new(first, period.to).unwrap_or(*period);
    (before, after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::decision::tests::aino_period;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn units(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn monthly(product: Product, per_month: &str, value: i64) -> DecisionLine {
        let kind = LineKind::Monthly { units_per_month: units(per_month) };
        DecisionLine { product, tier: None, kind, unit_value: Money::from_cents(value) }
    }

    fn aino_lines() -> Vec<DecisionLine> {
        vec![
            DecisionLine {
                product: Product::SupportedHousing,
                tier: Some(2),
                kind: LineKind::Daily,
                unit_value: Money::from_cents(6000),
            },
            monthly(Product::DayActivities, "12", 7500),
            monthly(Product::PersonalAssistance, "40", 2450),
        ]
    }

    fn june(pairs: &[(Product, &str)]) -> Proposal {
        Proposal {
            from: YearMonth { year: 2018, month: 6 },
            units: pairs.iter().map(|(p, u)| (*p, units(u))).collect(),
        }
    }

    #[test]
    fn less_day_activities_and_more_assistance_from_june() {
        let proposal = june(&[(Product::DayActivities, "8"), (Product::PersonalAssistance, "52")]);
        let lines = check(&aino_period(), &aino_lines(), &proposal, d(2018, 5, 10)).unwrap();
        let effect = effect(&aino_period(), &aino_lines(), &lines, proposal.from);
        // Day activities 12 -> 8 days: 900.00 -> 600.00; assistance 40 -> 52 h: 980.00 -> 1274.00.
        let amounts: Vec<(Money, Money)> = effect.lines.iter().map(|l| (l.before, l.after)).collect();
        assert_eq!(
            amounts,
            vec![
                (Money::from_cents(90000), Money::from_cents(60000)),
                (Money::from_cents(98000), Money::from_cents(127400))
            ]
        );
        assert_eq!(
            (effect.month_before.to_string(), effect.month_after.to_string()),
            ("1880.00".into(), "1874.00".into())
        );
        // June to December, seven months: 6.00 less each month.
        assert_eq!(effect.rest, Period::new(d(2018, 6, 1), d(2018, 12, 31)).unwrap());
        assert_eq!(
            (effect.rest_before.to_string(), effect.rest_after.to_string()),
            ("13160.00".into(), "13118.00".into())
        );
        // The two decisions together plan 42.00 less than Aino's 42770.97 (B5).
        let (before, after) = split(&aino_period(), proposal.from);
        let total = plan(&before.unwrap(), &aino_lines()).total + plan(&after, &lines).total;
        assert_eq!(total.to_string(), "42728.97");
    }

    #[test]
    fn a_service_is_added_at_the_price_list_value_and_one_left_out_with_nought() {
        let proposal = june(&[(Product::OneToOneCare, "5"), (Product::DayActivities, "0")]);
        let lines = check(&aino_period(), &aino_lines(), &proposal, d(2018, 5, 10)).unwrap();
        let products: Vec<Product> = lines.iter().map(|l| l.product).collect();
        assert_eq!(
            products,
            vec![Product::SupportedHousing, Product::OneToOneCare, Product::PersonalAssistance]
        );
        assert_eq!(lines[1].unit_value.to_string(), "32.00");
        let effect = effect(&aino_period(), &aino_lines(), &lines, proposal.from);
        let care = &effect.lines[0];
        assert_eq!(
            (care.units_before, care.units_after, care.after.to_string()),
            (None, Some(units("5")), "160.00".into())
        );
    }

    #[test]
    fn a_change_starts_in_a_coming_month_inside_the_decision_and_changes_something() {
        let today = d(2018, 5, 10);
        let may =
            Proposal { from: YearMonth { year: 2018, month: 5 }, ..june(&[(Product::DayActivities, "8")]) };
        assert_eq!(check(&aino_period(), &aino_lines(), &may, today), Err(ProposalRefusal::MonthNotComing));
        let next_year = Proposal { from: YearMonth { year: 2019, month: 1 }, ..may.clone() };
        assert_eq!(
            check(&aino_period(), &aino_lines(), &next_year, today),
            Err(ProposalRefusal::MonthAfterDecision)
        );
        let same = june(&[(Product::DayActivities, "12.0"), (Product::PersonalAssistance, "40")]);
        assert_eq!(check(&aino_period(), &aino_lines(), &same, today), Err(ProposalRefusal::NoChange));
        let only = vec![monthly(Product::DayActivities, "12", 7500)];
        let none = june(&[(Product::DayActivities, "0")]);
        assert_eq!(check(&aino_period(), &only, &none, today), Err(ProposalRefusal::NothingLeft));
        let months = coming_months(&aino_period(), today);
        assert_eq!((months.len(), months[0].to_string()), (7, "2018-06".into()));
    }

    #[test]
    fn a_decision_not_yet_begun_changes_as_a_whole() {
        let period = Period::new(d(2018, 7, 15), d(2018, 12, 31)).unwrap();
        let (before, after) = split(&period, YearMonth { year: 2018, month: 7 });
        assert_eq!((before, after), (None, period));
        let (before, after) = split(&period, YearMonth { year: 2018, month: 9 });
        assert_eq!(before, Some(Period::new(d(2018, 7, 15), d(2018, 8, 31)).unwrap()));
        assert_eq!(after.from, d(2018, 9, 1));
    }
}
