//! B14-B17: changing provider with one month's notice, cancelling a change, and leaving the
//! personal budget. Plain functions over dates and facts; the service layer gathers the facts.

use chrono::NaiveDate;

use super::calendar::add_month;
use super::decision::{plan, DecisionLine};
use super::{Money, Period};

/// The two dates of a change: no gap, no overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeDates {
    pub old_last_day: NaiveDate,
    pub new_first_day: NaiveDate,
}

/// B14: notice on `notice_on`; the old provider's last day is a month later (B3), the new
/// provider's first day the day after.
pub fn change_dates(notice_on: NaiveDate) -> ChangeDates {
    let old_last_day = add_month(notice_on);
    ChangeDates { old_last_day, new_first_day: old_last_day.succ_opt().expect("a day after") }
}

/// Why a change of provider, or its cancelling, is refused. Each has a stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChangeRefusal {
    #[error("a change for this service is already pending")]
    ChangePending,
    #[error("the new provider is the current one")]
    SameProvider,
    #[error("the new provider is not active in the registry")]
    ProviderInactive,
    #[error("the new provider does not offer this service")]
    ProductNotOffered,
    #[error("the new provider does not serve the client's municipality")]
    AreaNotServed,
    #[error("the new provider would start after the personal budget ends on {budget_ends}")]
    ChangeAfterPeriodEnd { budget_ends: NaiveDate },
    #[error("the agreement with the current provider ends on {ends}, before the notice month is over")]
    AgreementEndsFirst { ends: NaiveDate },
    #[error("a change can be cancelled only until the day before the new provider starts")]
    TooLateToCancel,
    #[error("this change was cancelled already")]
    AlreadyCancelled,
}

impl ChangeRefusal {
    pub fn code(self) -> &'static str {
        match self {
            ChangeRefusal::ChangePending => "change-pending",
            ChangeRefusal::SameProvider => "same-provider",
            ChangeRefusal::ProviderInactive => "provider-inactive",
            ChangeRefusal::ProductNotOffered => "product-not-offered",
            ChangeRefusal::AreaNotServed => "area-not-served",
            ChangeRefusal::ChangeAfterPeriodEnd { .. } => "change-after-period-end",
            ChangeRefusal::AgreementEndsFirst { .. } => "agreement-ends-first",
            ChangeRefusal::TooLateToCancel => "too-late-to-cancel",
            ChangeRefusal::AlreadyCancelled => "already-cancelled",
        }
    }
}

/// What B15 and B16 check a change against.
#[derive(Clone, Copy, Debug)]
pub struct ChangeFacts {
    pub notice_on: NaiveDate,
    /// The decision period the agreement runs under.
    pub budget: Period,
    /// The current agreement's end, if it has one.
    pub agreement_ends: Option<NaiveDate>,
    pub has_pending_change: bool,
    pub same_provider: bool,
    pub new_provider_active: bool,
    pub new_provider_offers_product: bool,
    pub new_provider_serves_area: bool,
}

/// B14-B16: the dates of the change, or the first reason it cannot be made.
pub fn check_change(facts: &ChangeFacts) -> Result<ChangeDates, ChangeRefusal> {
    let dates = change_dates(facts.notice_on);
    if facts.has_pending_change {
        return Err(ChangeRefusal::ChangePending);
    }
    if facts.same_provider {
        return Err(ChangeRefusal::SameProvider);
    }
    if !facts.new_provider_active {
        return Err(ChangeRefusal::ProviderInactive);
    }
    if !facts.new_provider_offers_product {
        return Err(ChangeRefusal::ProductNotOffered);
    }
    if !facts.new_provider_serves_area {
        return Err(ChangeRefusal::AreaNotServed);
    }
    if dates.new_first_day > facts.budget.to {
        return Err(ChangeRefusal::ChangeAfterPeriodEnd { budget_ends: facts.budget.to });
    }
    if let Some(ends) = facts.agreement_ends.filter(|&ends| ends < dates.old_last_day) {
        return Err(ChangeRefusal::AgreementEndsFirst { ends });
    }
    Ok(dates)
}

/// B16: a change can be cancelled until the day before the new provider starts.
pub fn check_cancel(
    today: NaiveDate,
    new_first_day: NaiveDate,
    cancelled: bool,
) -> Result<(), ChangeRefusal> {
    if cancelled {
        return Err(ChangeRefusal::AlreadyCancelled);
    }
    if today >= new_first_day {
        return Err(ChangeRefusal::TooLateToCancel);
    }
    Ok(())
}

/// The last day on which a change can still be cancelled.
pub fn last_day_to_cancel(new_first_day: NaiveDate) -> NaiveDate {
    new_first_day.pred_opt().expect("a day before")
}

/// Where a change stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeStatus {
    /// Made; the new provider has not started yet.
    Pending,
    /// The new provider has started.
    Done,
    Cancelled,
}

pub fn change_status(today: NaiveDate, new_first_day: NaiveDate, cancelled: bool) -> ChangeStatus {
    match (cancelled, today < new_first_day) {
        (true, _) => ChangeStatus::Cancelled,
        (false, true) => ChangeStatus::Pending,
        (false, false) => ChangeStatus::Done,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LeaveRefusal {
    #[error("no personal budget is running on the day of the notice")]
    NoBudgetRunning,
}

impl LeaveRefusal {
    pub fn code(self) -> &'static str {
        match self {
            LeaveRefusal::NoBudgetRunning => "no-budget-running",
        }
    }
}

/// What leaving does to the decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaving {
    /// The budget's last day: a month after the notice (B3), or the period's own end if sooner.
    pub last_day: NaiveDate,
    /// The decision's period, shortened.
    pub period: Period,
    pub old_total: Money,
    /// B4-B5 over the shortened period.
    pub new_total: Money,
}

/// B17: notice on `notice_on` ends the budget a month later; the lines stop then and the total
/// is planned again over the shorter period.
pub fn leave(notice_on: NaiveDate, budget: Period, lines: &[DecisionLine]) -> Result<Leaving, LeaveRefusal> {
    if !budget.contains(notice_on) {
        return Err(LeaveRefusal::NoBudgetRunning);
    }
    let last_day = add_month(notice_on).min(budget.to);
    let period = Period { from: budget.from, to: last_day };
    Ok(Leaving {
        last_day,
        period,
        old_total: plan(&budget, lines).total,
        new_total: plan(&period, lines).total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::decision::tests::{aino_lines, aino_period};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn facts(notice_on: NaiveDate) -> ChangeFacts {
        ChangeFacts {
            notice_on,
            budget: aino_period(),
            agreement_ends: None,
            has_pending_change: false,
            same_provider: false,
            new_provider_active: true,
            new_provider_offers_product: true,
            new_provider_serves_area: true,
        }
    }

    #[test]
    fn b14_reproduces_the_worked_examples() {
        assert_eq!(
            change_dates(d(2018, 3, 15)),
            ChangeDates { old_last_day: d(2018, 4, 15), new_first_day: d(2018, 4, 16) }
        );
        assert_eq!(
            change_dates(d(2018, 1, 31)),
            ChangeDates { old_last_day: d(2018, 2, 28), new_first_day: d(2018, 3, 1) }
        );
    }

    #[test]
    fn b14_in_a_leap_year_and_at_month_ends() {
        assert_eq!(
            change_dates(d(2020, 1, 31)),
            ChangeDates { old_last_day: d(2020, 2, 29), new_first_day: d(2020, 3, 1) }
        );
        assert_eq!(
            change_dates(d(2018, 12, 31)),
            ChangeDates { old_last_day: d(2019, 1, 31), new_first_day: d(2019, 2, 1) }
        );
        assert_eq!(
            change_dates(d(2018, 5, 31)),
            ChangeDates { old_last_day: d(2018, 6, 30), new_first_day: d(2018, 7, 1) }
        );
    }

    #[test]
    fn b15_refuses_a_change_that_would_start_after_the_budget_ends() {
        // Aino's budget ends 31.12.2018: notice on 30.11. starts the new provider on 31.12.
        assert_eq!(check_change(&facts(d(2018, 11, 30))).unwrap().new_first_day, d(2018, 12, 31));
        assert_eq!(
            check_change(&facts(d(2018, 12, 1))),
            Err(ChangeRefusal::ChangeAfterPeriodEnd { budget_ends: d(2018, 12, 31) })
        );
    }

    #[test]
    fn b15_needs_an_active_provider_that_offers_the_service_in_the_area() {
        let day = d(2018, 5, 10);
        let refused = |change: fn(&mut ChangeFacts)| {
            let mut f = facts(day);
            change(&mut f);
            check_change(&f).unwrap_err().code()
        };
        assert_eq!(refused(|f| f.new_provider_active = false), "provider-inactive");
        assert_eq!(refused(|f| f.new_provider_offers_product = false), "product-not-offered");
        assert_eq!(refused(|f| f.new_provider_serves_area = false), "area-not-served");
        assert_eq!(refused(|f| f.same_provider = true), "same-provider");
        assert_eq!(refused(|f| f.agreement_ends = Some(d(2018, 6, 1))), "agreement-ends-first");
        let fine = ChangeFacts { agreement_ends: Some(d(2018, 6, 10)), ..facts(day) };
        assert_eq!(check_change(&fine).unwrap().old_last_day, d(2018, 6, 10));
    }

    #[test]
    fn b16_one_pending_change_per_agreement() {
        let f = ChangeFacts { has_pending_change: true, ..facts(d(2018, 5, 10)) };
        assert_eq!(check_change(&f), Err(ChangeRefusal::ChangePending));
    }

    #[test]
    fn b16_cancel_until_the_day_before_the_new_start() {
        let new_first_day = d(2018, 6, 11);
        assert_eq!(last_day_to_cancel(new_first_day), d(2018, 6, 10));
        assert_eq!(check_cancel(d(2018, 6, 10), new_first_day, false), Ok(()));
        assert_eq!(check_cancel(d(2018, 6, 11), new_first_day, false), Err(ChangeRefusal::TooLateToCancel));
        assert_eq!(check_cancel(d(2018, 5, 10), new_first_day, true), Err(ChangeRefusal::AlreadyCancelled));
        assert_eq!(change_status(d(2018, 6, 10), new_first_day, false), ChangeStatus::Pending);
        assert_eq!(change_status(d(2018, 6, 11), new_first_day, false), ChangeStatus::Done);
        assert_eq!(change_status(d(2018, 6, 11), new_first_day, true), ChangeStatus::Cancelled);
    }

    #[test]
    fn b17_reproduces_the_worked_example() {
        let leaving = leave(d(2018, 6, 20), aino_period(), &aino_lines()).unwrap();
        assert_eq!(leaving.last_day, d(2018, 7, 20));
        assert_eq!(leaving.period, Period { from: d(2018, 1, 15), to: d(2018, 7, 20) });
        assert_eq!(leaving.old_total.to_string(), "42770.97");
        assert_eq!(leaving.new_total.to_string(), "22863.88");
    }

    #[test]
    fn b17_never_lengthens_the_budget_and_needs_one_running() {
        let leaving = leave(d(2018, 12, 10), aino_period(), &aino_lines()).unwrap();
        assert_eq!(leaving.last_day, d(2018, 12, 31));
        assert_eq!(leaving.new_total, leaving.old_total);
        assert_eq!(leave(d(2019, 1, 1), aino_period(), &aino_lines()), Err(LeaveRefusal::NoBudgetRunning));
        assert_eq!(leave(d(2018, 1, 14), aino_period(), &aino_lines()), Err(LeaveRefusal::NoBudgetRunning));
    }
}
