//! B6 to B8: what a provider's service record charges to the budget, what the client pays
//! themselves, which records are refused, and which are held because the budget would run out.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{products::valid_units, Money, Period};

/// What one record costs: the part charged to the budget and the client's own share (B6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Charge {
    pub charged: Money,
    pub own_share: Money,
}

/// B6: charged = units x min(price, line value); own share = units x max(0, price - value);
/// each rounded on its own.
pub fn charge(units: Decimal, unit_price: Money, line_value: Money) -> Charge {
    let covered = unit_price.min(line_value).as_decimal();
    let above = (unit_price - line_value).max(Money::ZERO).as_decimal();
    Charge { charged: Money::round(units * covered), own_share: Money::round(units * above) }
}

/// Why a record is refused (B7). Each has a stable code the API sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the decision has no line for this service")]
    NotInPlan,
    #[error("the service date is outside the decision period")]
    OutsidePeriod,
    #[error("the service date is outside the provider's agreement with the client")]
    OutsideAgreement,
    #[error("units must be more than zero")]
    InvalidUnits,
    #[error("the unit price must not be negative")]
    InvalidPrice,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotInPlan => "not-in-plan",
            Refusal::OutsidePeriod => "outside-period",
            Refusal::OutsideAgreement => "outside-agreement",
            Refusal::InvalidUnits => "invalid-units",
            Refusal::InvalidPrice => "invalid-price",
        }
    }
}

/// The facts B7 checks a record against.
pub struct RecordCheck<'a> {
    pub date: NaiveDate,
    pub units: Decimal,
    pub unit_price: Money,
    /// The decision line's unit value for the record's product, if the decision has one.
    pub line_value: Option<Money>,
    pub decision_period: &'a Period,
    pub agreement_period: &'a Period,
}

/// B7: refuse, with a reason a provider can act on, or give the line value to charge against.
pub fn check(record: &RecordCheck<'_>) -> Result<Money, Refusal> {
    if !valid_units(record.units) {
        return Err(Refusal::InvalidUnits);
    }
    if record.unit_price < Money::ZERO {
        return Err(Refusal::InvalidPrice);
    }
    let line_value = record.line_value.ok_or(Refusal::NotInPlan)?;
    if !record.decision_period.contains(record.date) {
        return Err(Refusal::OutsidePeriod);
    }
    if !record.agreement_period.contains(record.date) {
        return Err(Refusal::OutsideAgreement);
    }
    Ok(line_value)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordStatus {
    Charged,
    /// Stored and shown, not charged, never dropped (B8).
    Held,
    /// Held, then refused by the counsellor with a reason: still stored and shown, never charged.
    Refused,
}

impl RecordStatus {
    pub fn code(self) -> &'static str {
        match self {
            RecordStatus::Charged => "charged",
            RecordStatus::Held => "held",
            RecordStatus::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Option<RecordStatus> {
        match code {
            "charged" => Some(RecordStatus::Charged),
            "held" => Some(RecordStatus::Held),
            "refused" => Some(RecordStatus::Refused),
            _ => None,
        }
    }
}

/// B8: the total is a hard cap. A charge more than what is left is held for review; a held
/// record the counsellor releases is charged only when this says so with what is left then.
pub fn status_under_cap(charged: Money, left: Money) -> RecordStatus {
    if charged > left {
        RecordStatus::Held
    } else {
        RecordStatus::Charged
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn m(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    fn units(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn b6_worked_examples() {
        let housing = charge(units("28"), m("64.00"), m("60.00"));
        assert_eq!(
            (housing.charged.to_string(), housing.own_share.to_string()),
            ("1680.00".into(), "112.00".into())
        );
        let assistance = charge(units("38.5"), m("23.90"), m("24.50"));
        assert_eq!(
            (assistance.charged.to_string(), assistance.own_share.to_string()),
            ("920.15".into(), "0.00".into())
        );
        let tiny = charge(units("2.5"), m("24.51"), m("24.50"));
        assert_eq!((tiny.charged.to_string(), tiny.own_share.to_string()), ("61.25".into(), "0.03".into()));
    }

    fn d(y: i32, mo: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, mo, day).unwrap()
    }

    #[test]
    fn b7_refusals() {
        let decision = Period::new(d(2018, 1, 15), d(2018, 12, 31)).unwrap();
        let agreement = Period::new(d(2018, 2, 1), d(2018, 6, 30)).unwrap();
        let ok = RecordCheck {
            date: d(2018, 3, 1),
            units: units("2"),
            unit_price: m("24.00"),
            line_value: Some(m("24.50")),
            decision_period: &decision,
            agreement_period: &agreement,
        };
        assert_eq!(check(&ok), Ok(m("24.50")));
        assert_eq!(check(&RecordCheck { line_value: None, ..ok }), Err(Refusal::NotInPlan));
        assert_eq!(check(&RecordCheck { date: d(2019, 1, 1), ..ok }), Err(Refusal::OutsidePeriod));
        assert_eq!(check(&RecordCheck { date: d(2018, 1, 20), ..ok }), Err(Refusal::OutsideAgreement));
        assert_eq!(check(&RecordCheck { units: units("0"), ..ok }), Err(Refusal::InvalidUnits));
        assert_eq!(check(&RecordCheck { units: units("-1"), ..ok }), Err(Refusal::InvalidUnits));
        assert_eq!(check(&RecordCheck { unit_price: m("-0.01"), ..ok }), Err(Refusal::InvalidPrice));
    }

    #[test]
    fn b8_holds_what_would_pass_the_cap() {
        assert_eq!(status_under_cap(m("100.00"), m("100.00")), RecordStatus::Charged);
        assert_eq!(status_under_cap(m("100.01"), m("100.00")), RecordStatus::Held);
    }

    proptest! {
        /// B8: records charged one after another under the cap never add up past the total.
        #[test]
        fn nothing_is_charged_past_the_cap(
            total in 0i64..10_000_000, charges in proptest::collection::vec(0i64..2_000_000, 0..60),
        ) {
            let total = Money::from_cents(total);
            let mut used = Money::ZERO;
            for c in charges {
                let c = Money::from_cents(c);
                if status_under_cap(c, total - used) == RecordStatus::Charged {
                    used = used + c;
                }
                prop_assert!(used <= total);
            }
        }

        #[test]
        fn own_share_is_never_negative_and_parts_cover_the_price(
            u in 1i64..100_000, price in 0i64..100_000, value in 0i64..100_000,
        ) {
            let c = charge(Decimal::new(u, 2), Money::from_cents(price), Money::from_cents(value));
            prop_assert!(c.own_share >= Money::ZERO);
            prop_assert!(c.charged >= Money::ZERO);
            // The two parts differ from units x price only by the two roundings.
            let whole = Decimal::new(u, 2) * Money::from_cents(price).as_decimal();
            let diff = ((c.charged + c.own_share).as_decimal() - whole).abs();
            prop_assert!(diff <= Decimal::new(1, 2));
        }
    }
}
