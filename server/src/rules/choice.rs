//! Choosing a provider: what a provider's price would cost the client beyond the voucher, how
//! well a provider fits the client's needs, other clients' feedback as aggregates (B19), and
//! the order of search results. See docs/decisions/0007-provider-search.md.

use std::cmp::{Ordering, Reverse};

use rust_decimal::{Decimal, RoundingStrategy};

use super::decision::{DecisionLine, LineKind};
use super::Money;

/// The days a daily (housing) line is taken to plan in "a month" for an estimate. B4 plans the
/// real days of each month; an estimate a month needs one figure, and 30 is the one people use.
pub const DAYS_IN_A_MONTH: u32 = 30;

/// What a provider would cost the client beyond the voucher, for one service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostToClient {
    NothingExtra,
    /// About this much a month.
    ExtraPerMonth(Money),
    /// The client's decision has no line for the service.
    NotInPlan,
}

impl CostToClient {
    /// For ordering: nothing extra first, then by amount, services outside the plan last.
    pub fn order_key(self) -> (u8, Money) {
        match self {
            CostToClient::NothingExtra => (0, Money::ZERO),
            CostToClient::ExtraPerMonth(amount) => (0, amount),
            CostToClient::NotInPlan => (1, Money::ZERO),
        }
    }
}

/// The own share a month at `price` against the plan's line for the service:
/// (price - the line's value) x planned units a month, rounded by B1, never below zero (B6).
pub fn cost_to_client(price: Money, line: Option<&DecisionLine>) -> CostToClient {
    let Some(line) = line else { return CostToClient::NotInPlan };
    let over = price.as_decimal() - line.unit_value.as_decimal();
    if over <= Decimal::ZERO {
        return CostToClient::NothingExtra;
    }
    let units = match line.kind {
        LineKind::Daily => Decimal::from(DAYS_IN_A_MONTH),
        LineKind::Monthly { units_per_month } => units_per_month,
    };
    match Money::round(over * units) {
        amount if amount == Money::ZERO => CostToClient::NothingExtra,
        amount => CostToClient::ExtraPerMonth(amount),
    }
}

/// Feedback is shown only from this many answers up (B19).
pub const MIN_ANSWERS: i64 = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackAggregate {
    pub answers: i64,
    /// The mean score, rounded to one decimal half away from zero.
    pub average: Decimal,
    /// Answers giving 1, 2, 3, 4 and 5.
    pub distribution: [i64; 5],
}

/// B19: the aggregate of the answers counted per score, or nothing below five answers.
pub fn feedback_aggregate(distribution: [i64; 5]) -> Option<FeedbackAggregate> {
    let answers: i64 = distribution.iter().sum();
    if answers < MIN_ANSWERS {
        return None;
    }
    let points: i64 = distribution.iter().zip(1..).map(|(count, score)| count * score).sum();
    let average = (Decimal::from(points) / Decimal::from(answers))
        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    Some(FeedbackAggregate { answers, average, distribution })
}

/// How a provider meets one client's saved needs and languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    pub needs_met: Vec<String>,
    pub needs_missing: Vec<String>,
    /// The client's languages that the staff speak.
    pub speaks: Vec<String>,
    pub has_free_places: bool,
}

/// Compares what the client needs with what the provider has. `needs` and `languages` are the
/// client's; `features` and `staff_languages` the provider's.
pub fn fit(
    needs: &[String],
    languages: &[String],
    features: &[&str],
    staff_languages: &[String],
    has_free_places: bool,
) -> Fit {
    let (needs_met, needs_missing) = needs.iter().cloned().partition(|n| features.contains(&n.as_str()));
    Fit {
        needs_met,
        needs_missing,
        speaks: languages.iter().filter(|l| staff_languages.contains(l)).cloned().collect(),
        has_free_places,
    }
}

/// How results are ordered (the search form's "sort").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Fewest unmet needs, then speaking the client's language, then free places, then cost.
    MostSuitable,
    /// Least extra cost to the client.
    Cost,
    /// Best average feedback; providers with too few answers to show come last.
    Feedback,
}

/// What ranking looks at in one result.
#[derive(Clone, Debug)]
pub struct Candidate<'a> {
    pub name: &'a str,
    /// The lowest cost among the services that matter (the one searched for, or all offered).
    pub cost: Option<CostToClient>,
    pub feedback: Option<&'a FeedbackAggregate>,
    pub fit: Option<&'a Fit>,
}

fn by_cost(a: &Candidate, b: &Candidate) -> Ordering {
    let key = |c: &Candidate| c.cost.map_or((2, Money::ZERO), CostToClient::order_key);
    key(a).cmp(&key(b))
}

fn by_feedback(a: &Candidate, b: &Candidate) -> Ordering {
    let key = |c: &Candidate| c.feedback.map(|f| (Reverse(f.average), Reverse(f.answers)));
    // `None` (too few answers) sorts after every aggregate.
    match (key(a), key(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn by_fit(a: &Candidate, b: &Candidate) -> Ordering {
    let key = |c: &Candidate| {
        c.fit
            .map(|f| (f.needs_missing.len(), f.speaks.is_empty(), !f.has_free_places))
            .unwrap_or((0, false, false))
    };
    key(a).cmp(&key(b))
}

/// Sorts results; ties go by the next criterion and finally by name, so the order is stable.
pub fn rank<T>(items: &mut [T], order: Order, candidate: impl Fn(&T) -> Candidate<'_>) {
    items.sort_by(|x, y| {
        let (a, b) = (candidate(x), candidate(y));
        let first = match order {
            Order::MostSuitable => by_fit(&a, &b).then_with(|| by_cost(&a, &b)),
            Order::Cost => by_cost(&a, &b).then_with(|| by_fit(&a, &b)),
            Order::Feedback => by_feedback(&a, &b).then_with(|| by_cost(&a, &b)),
        };
        first.then_with(|| a.name.cmp(b.name))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Product;

    fn money(text: &str) -> Money {
        Money::parse(text).unwrap()
    }

    fn line(kind: LineKind, value: &str) -> DecisionLine {
        DecisionLine { product: Product::DayActivities, tier: None, kind, unit_value: money(value) }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_estimate_is_the_price_over_the_voucher_times_the_units_a_month() {
        let twelve_days = line(LineKind::Monthly { units_per_month: Decimal::from(12) }, "75.00");
        assert_eq!(
            cost_to_client(money("79.00"), Some(&twelve_days)),
            CostToClient::ExtraPerMonth(money("48.00"))
        );
        let housing = line(LineKind::Daily, "60.00");
        assert_eq!(
            cost_to_client(money("61.60"), Some(&housing)),
            CostToClient::ExtraPerMonth(money("48.00"))
        );
    }

    #[test]
    fn a_price_at_or_under_the_voucher_costs_nothing_extra() {
        let hours = line(LineKind::Monthly { units_per_month: Decimal::from(40) }, "24.50");
        assert_eq!(cost_to_client(money("24.50"), Some(&hours)), CostToClient::NothingExtra);
        assert_eq!(cost_to_client(money("23.90"), Some(&hours)), CostToClient::NothingExtra);
        assert_eq!(cost_to_client(money("23.90"), None), CostToClient::NotInPlan);
    }

    #[test]
    fn the_estimate_is_rounded_half_away_from_zero_once() {
        // 0.01 x 12.5 h = 0.125 -> 0.13 (B1); 0.01 x 0.4 h = 0.004 -> nothing extra.
        let hours = |u: &str| line(LineKind::Monthly { units_per_month: u.parse().unwrap() }, "24.50");
        assert_eq!(
            cost_to_client(money("24.51"), Some(&hours("12.5"))),
            CostToClient::ExtraPerMonth(money("0.13"))
        );
        assert_eq!(cost_to_client(money("24.51"), Some(&hours("0.4"))), CostToClient::NothingExtra);
    }

    #[test]
    fn feedback_is_shown_only_from_five_answers() {
        assert_eq!(feedback_aggregate([0, 0, 1, 2, 1]), None);
        let shown = feedback_aggregate([0, 0, 1, 3, 1]).unwrap();
        assert_eq!(shown.answers, 5);
        assert_eq!(shown.average, "4.0".parse().unwrap());
        // (1 + 4*4 + 2*5) / 7 = 3.857... -> 3.9; (1 + 4*2 + 2*5) / 7 = 2.714... -> 2.7
        assert_eq!(feedback_aggregate([1, 0, 0, 4, 2]).unwrap().average.to_string(), "3.9");
        assert_eq!(feedback_aggregate([1, 4, 0, 0, 2]).unwrap().average.to_string(), "2.7");
    }

    #[test]
    fn fit_tells_needs_met_and_missing_and_shared_languages() {
        let f = fit(
            &strings(&["step-free-access", "hearing-loop"]),
            &strings(&["fi", "sv"]),
            &["step-free-access", "quiet-space"],
            &strings(&["fi", "en"]),
            true,
        );
        assert_eq!(f.needs_met, strings(&["step-free-access"]));
        assert_eq!(f.needs_missing, strings(&["hearing-loop"]));
        assert_eq!(f.speaks, strings(&["fi"]));
    }

    struct Result {
        name: &'static str,
        cost: Option<CostToClient>,
        feedback: Option<FeedbackAggregate>,
        fit: Fit,
    }

    fn result(
        name: &'static str,
        extra: Option<&str>,
        average: Option<[i64; 5]>,
        missing: usize,
        speaks: bool,
    ) -> Result {
        Result {
            name,
            cost: Some(extra.map_or(CostToClient::NothingExtra, |e| CostToClient::ExtraPerMonth(money(e)))),
            feedback: average.and_then(feedback_aggregate),
            fit: Fit {
                needs_met: Vec::new(),
                needs_missing: vec!["quiet-space".to_string(); missing],
                speaks: if speaks { strings(&["fi"]) } else { Vec::new() },
                has_free_places: true,
            },
        }
    }

    fn ranked(mut items: Vec<Result>, order: Order) -> Vec<&'static str> {
        rank(&mut items, order, |r| Candidate {
            name: r.name,
            cost: r.cost,
            feedback: r.feedback.as_ref(),
            fit: Some(&r.fit),
        });
        items.iter().map(|r| r.name).collect()
    }

    fn sample() -> Vec<Result> {
        vec![
            result("Dear", Some("48.00"), Some([0, 0, 0, 0, 9]), 0, true),
            result("Cheap but far", None, Some([0, 0, 5, 0, 0]), 1, true),
            result("New", None, Some([0, 0, 0, 0, 4]), 0, false),
            result("Apt", None, Some([0, 0, 0, 6, 0]), 0, true),
        ]
    }

    #[test]
    fn most_suitable_puts_met_needs_and_language_first_then_cost() {
        assert_eq!(ranked(sample(), Order::MostSuitable), ["Apt", "Dear", "New", "Cheap but far"]);
    }

    #[test]
    fn cost_puts_nothing_extra_first_and_breaks_ties_by_fit_then_name() {
        assert_eq!(ranked(sample(), Order::Cost), ["Apt", "New", "Cheap but far", "Dear"]);
    }

    #[test]
    fn feedback_order_puts_too_few_answers_last() {
        // "New" has four fives: not shown (B19), so it cannot rank above anyone.
        assert_eq!(ranked(sample(), Order::Feedback), ["Dear", "Apt", "Cheap but far", "New"]);
    }

    #[test]
    fn services_outside_the_plan_cost_more_than_any_extra() {
        let mut items = sample();
        items[0].cost = Some(CostToClient::NotInPlan);
        items[1].cost = Some(CostToClient::ExtraPerMonth(money("900.00")));
        assert_eq!(ranked(items, Order::Cost), ["Apt", "New", "Cheap but far", "Dear"]);
    }
}
