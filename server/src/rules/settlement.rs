//! The monthly settlement: the organiser pays each provider once a month for the records charged
//! to the clients' budgets. Settled months follow one another; a settlement pays every charged
//! record dated in its month or before that no earlier settlement paid, so a record that comes
//! late (reported late, or held and released after its month was settled) goes into the next
//! settlement, and a settled month never changes. The provider is paid what the budgets were
//! charged; the clients pay their own shares to the provider themselves (B1).

use chrono::NaiveDate;

use super::YearMonth;

/// The month to settle next: the one after the last settled month, or when none is settled yet,
/// the month of the oldest charged record; `None` when there is nothing to settle.
pub fn next_month(last_settled: Option<YearMonth>, oldest_unpaid: Option<NaiveDate>) -> Option<YearMonth> {
    match last_settled {
        Some(month) => Some(month.next()),
        None => oldest_unpaid.map(YearMonth::of),
    }
}

/// Why a month cannot be settled today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotNow {
    /// The month has not ended: it can be settled from this day on.
    NotOver { from: NaiveDate },
    /// The month is settled already.
    Settled,
    /// An earlier month must be settled first.
    NotNext { next: YearMonth },
}

/// Whether `month` can be settled on `today`: it is the next month to settle ([`next_month`], the
/// one the organiser's list offers) and it has ended. With nothing to settle yet, any ended month
/// may be the first.
pub fn may_settle(
    month: YearMonth,
    today: NaiveDate,
    last_settled: Option<YearMonth>,
    oldest_unpaid: Option<NaiveDate>,
) -> Result<(), NotNow> {
    if last_settled.is_some_and(|last| month <= last) {
        return Err(NotNow::Settled);
    }
    if let Some(next) = next_month(last_settled, oldest_unpaid).filter(|next| *next != month) {
        return Err(NotNow::NotNext { next });
    }
    if today <= month.last_day() {
        return Err(NotNow::NotOver { from: month.next().first_day() });
    }
    Ok(())
}

/// The reference number of one provider's payment in one settlement: the month and the
/// provider, so that the provider's bookkeeping can match the payment to the settlement.
pub fn payment_reference(month: YearMonth, provider_id: i64) -> String {
    let base = format!("{}{:02}{:06}", month.year, month.month, provider_id);
    super::bank::reference_number(base.parse().expect("digits"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str) -> YearMonth {
        YearMonth::parse(text).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        super::super::calendar::parse_day(text).unwrap()
    }

    #[test]
    fn months_are_settled_one_after_another_once_they_are_over() {
        assert_eq!(next_month(None, None), None);
        assert_eq!(next_month(None, Some(day("2018-01-15"))), Some(month("2018-01")));
        assert_eq!(next_month(Some(month("2018-03")), Some(day("2018-01-15"))), Some(month("2018-04")));

        let march = Some(month("2018-03"));
        // Once one is settled, the records not yet paid do not change which month is next.
        let unpaid = Some(day("2018-02-20"));
        assert_eq!(may_settle(month("2018-04"), day("2018-05-10"), march, unpaid), Ok(()));
        assert_eq!(may_settle(month("2018-04"), day("2018-05-01"), march, None), Ok(()));
        assert_eq!(
            may_settle(month("2018-04"), day("2018-04-30"), march, None),
            Err(NotNow::NotOver { from: day("2018-05-01") })
        );
        assert_eq!(may_settle(month("2018-03"), day("2018-05-10"), march, None), Err(NotNow::Settled));
        assert_eq!(may_settle(month("2018-02"), day("2018-05-10"), march, unpaid), Err(NotNow::Settled));
        assert_eq!(
            may_settle(month("2018-05"), day("2018-06-10"), march, None),
            Err(NotNow::NotNext { next: month("2018-04") })
        );
    }

    #[test]
    fn the_first_settlement_is_of_the_oldest_charged_record_s_month() {
        let oldest = Some(day("2018-01-15"));
        assert_eq!(may_settle(month("2018-01"), day("2018-05-10"), None, oldest), Ok(()));
        // A later month first would be the month the list does not offer.
        assert_eq!(
            may_settle(month("2018-03"), day("2018-05-10"), None, oldest),
            Err(NotNow::NotNext { next: month("2018-01") })
        );
        assert_eq!(
            may_settle(month("2017-12"), day("2018-05-10"), None, oldest),
            Err(NotNow::NotNext { next: month("2018-01") })
        );
        assert_eq!(
            may_settle(month("2017-12"), day("2018-05-10"), None, None),
            Ok(()),
            "with nothing to pay yet, the first may be any ended month"
        );
    }

    #[test]
    fn each_payment_has_its_own_reference() {
        assert_eq!(payment_reference(month("2018-03"), 1), "2018030000015");
        assert_ne!(payment_reference(month("2018-03"), 2), payment_reference(month("2018-04"), 2));
    }
}
