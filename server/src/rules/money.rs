//! B1: money is a decimal number of euros, rounded to cents half away from zero, and only where
//! the rules say. Stored as integer cents; carried in JSON as a string with two decimals.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Sub};

use rust_decimal::{Decimal, RoundingStrategy};

/// An amount of euros, always a whole number of cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Rounds an exact amount to cents, half away from zero (B1).
    pub fn round(exact: Decimal) -> Money {
        Money(exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    pub fn from_cents(cents: i64) -> Money {
        Money(Decimal::new(cents, 2))
    }

    /// The amount in cents; exact, because a `Money` is always whole cents.
    pub fn cents(self) -> i64 {
        let scaled = self.0 * Decimal::ONE_HUNDRED;
        i64::try_from(scaled).expect("an amount of money fits in i64 cents")
    }

    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    /// Parses "1020.00" or "1020.5"; refuses more than two decimals, so nothing is rounded
    /// silently on the way in.
    pub fn parse(text: &str) -> Option<Money> {
        let value: Decimal = text.trim().parse().ok()?;
        (value.normalize().scale() <= 2).then_some(Money(value))
    }
}

impl fmt::Display for Money {
    /// Two decimals, a dot, no grouping: the form JSON and CSV carry.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn b1_rounds_half_away_from_zero() {
        assert_eq!(Money::round(dec("0.025")).to_string(), "0.03");
        assert_eq!(Money::round(dec("-0.025")).to_string(), "-0.03");
        assert_eq!(Money::round(dec("0.0249")).to_string(), "0.02");
        assert_eq!(Money::round(dec("537.4193548")).to_string(), "537.42");
    }

    #[test]
    fn cents_round_trip() {
        assert_eq!(Money::from_cents(102000).to_string(), "1020.00");
        assert_eq!(Money::from_cents(-3).to_string(), "-0.03");
        assert_eq!(Money::parse("42770.97").unwrap().cents(), 4277097);
    }

    #[test]
    fn parse_refuses_fractions_of_a_cent() {
        assert!(Money::parse("1.005").is_none());
        assert!(Money::parse("abc").is_none());
        assert_eq!(Money::parse("1.50").unwrap().to_string(), "1.50");
        assert_eq!(Money::parse("7").unwrap().to_string(), "7.00");
    }
}
