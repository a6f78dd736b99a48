//! The service-voucher products and the demo price list of voucher values.

use rust_decimal::Decimal;

use super::Money;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Product {
    SupportedHousing,
    IntensiveHousing,
    TemporaryHousing,
    OneToOneCare,
    DayActivities,
    PersonalAssistance,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Hour,
}

impl Product {
    pub const ALL: [Product; 6] = [
        Product::SupportedHousing,
        Product::IntensiveHousing,
        Product::TemporaryHousing,
        Product::OneToOneCare,
        Product::DayActivities,
        Product::PersonalAssistance,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Product::SupportedHousing => "supported-housing",
            Product::IntensiveHousing => "intensive-housing",
            Product::TemporaryHousing => "temporary-housing",
            Product::OneToOneCare => "one-to-one-care",
            Product::DayActivities => "day-activities",
            Product::PersonalAssistance => "personal-assistance",
        }
    }

    pub fn parse(code: &str) -> Option<Product> {
        Product::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn unit(self) -> Unit {
        match self {
            Product::OneToOneCare | Product::PersonalAssistance => Unit::Hour,
            _ => Unit::Day,
        }
    }

    /// Whether the voucher value depends on a tier of service need (1-3).
    pub fn has_tiers(self) -> bool {
        matches!(self, Product::SupportedHousing | Product::IntensiveHousing)
    }

    /// The voucher value per unit from the price list; `None` for a tier the product lacks.
    pub fn voucher_value(self, tier: Option<u8>) -> Option<Money> {
        let cents = match (self, tier) {
            (Product::SupportedHousing, Some(1)) => 4500,
            (Product::SupportedHousing, Some(2)) => 6000,
            (Product::SupportedHousing, Some(3)) => 8000,
            (Product::IntensiveHousing, Some(1)) => 13000,
            (Product::IntensiveHousing, Some(2)) => 16000,
            (Product::IntensiveHousing, Some(3)) => 19500,
            (Product::TemporaryHousing, None) => 18000,
            (Product::OneToOneCare, None) => 3200,
            (Product::DayActivities, None) => 7500,
            (Product::PersonalAssistance, None) => 2450,
            _ => return None,
        };
        Some(Money::from_cents(cents))
    }
}

/// Units are decimal (38.5 hours) and must be more than zero (B7).
pub fn valid_units(units: Decimal) -> bool {
    units > Decimal::ZERO
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn price_list_matches_the_rules() {
        assert_eq!(Product::SupportedHousing.voucher_value(Some(2)).unwrap().to_string(), "60.00");
        assert_eq!(Product::IntensiveHousing.voucher_value(Some(3)).unwrap().to_string(), "195.00");
        assert_eq!(Product::PersonalAssistance.voucher_value(None).unwrap().to_string(), "24.50");
        assert!(Product::SupportedHousing.voucher_value(None).is_none());
        assert!(Product::DayActivities.voucher_value(Some(1)).is_none());
    }

    #[test]
    fn codes_round_trip() {
        for p in Product::ALL {
            assert_eq!(Product::parse(p.code()), Some(p));
        }
        assert_eq!(Product::parse("massage"), None);
    }
}
