//! The budget as the API sends it and the pages show it: money as a string with two decimals
//! ("1020.00"), dates as "YYYY-MM-DD", months as "YYYY-MM", services by their product code.
//!
//! The server fills these from the budget rules; pages only format them. One type serves both
//! the JSON API and the page, so the two can never tell a person different numbers.

use serde::{Deserialize, Serialize};

use crate::i18n::{format, msg, FluentValue, I18n};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DatePeriod {
    /// The first day, included.
    #[cfg_attr(feature = "ssr", schema(example = "2018-01-15"))]
    pub from: String,
    /// The last day, included.
    #[cfg_attr(feature = "ssr", schema(example = "2018-12-31"))]
    pub to: String,
}

/// Whether the budget will last (B11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum BudgetStatus {
    /// No complete month yet to judge by.
    TooEarly,
    OnTrack,
    AtRisk,
    UsedUp,
}

/// What the client should be told now (B12).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum BudgetAlert {
    #[serde(rename = "passed-80-percent")]
    Passed80Percent,
    #[serde(rename = "passed-100-percent")]
    Passed100Percent,
    AtRisk,
}

/// A client's budget on a given day (B10 to B12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Budget {
    pub client_id: i64,
    pub decision_id: i64,
    /// The day the figures are counted up to.
    pub as_of: String,
    pub period: DatePeriod,
    #[cfg_attr(feature = "ssr", schema(example = "42770.97"))]
    pub total: String,
    pub used: String,
    pub left: String,
    /// What the client has paid themselves, apart from the budget.
    pub own_share: String,
    pub status: BudgetStatus,
    /// The projected use over the whole period; absent when it is too early or used up.
    pub projected: Option<String>,
    pub alerts: Vec<BudgetAlert>,
    pub lines: Vec<BudgetLine>,
    pub months: Vec<BudgetMonth>,
    /// Records held for review because the budget would have run out (B8).
    pub held: Vec<HeldRecord>,
    /// Held records the counsellor refused: never charged, kept with the reason.
    pub refused: Vec<RefusedRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BudgetLine {
    #[cfg_attr(feature = "ssr", schema(example = "personal-assistance"))]
    pub product: String,
    pub planned: String,
    pub used: String,
    pub left: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BudgetMonth {
    #[cfg_attr(feature = "ssr", schema(example = "2018-03"))]
    pub month: String,
    pub planned: String,
    pub used: String,
    pub own_share: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HeldRecord {
    pub id: i64,
    pub provider: String,
    pub product: String,
    pub date: String,
    pub units: String,
    /// What the record would have charged.
    pub amount: String,
}

/// A held record the counsellor refused, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RefusedRecord {
    pub record: HeldRecord,
    /// The counsellor's reason, in their words.
    pub reason: String,
}

/// One month's statement (B13).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Statement {
    pub client_id: i64,
    pub month: String,
    pub rows: Vec<StatementRow>,
    pub charged: String,
    pub own_share: String,
    /// The decision total, for the sentence "left after this month".
    pub total: String,
    pub left_after: String,
    /// Which monthly settlement pays each provider for the month's charged records.
    pub payments: Vec<StatementPayment>,
}

/// Some of a month's charged records of one provider, and the settlement that pays the provider
/// for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StatementPayment {
    pub provider: String,
    pub records: u32,
    /// The settlement's month, "YYYY-MM"; none while no settlement has paid them yet.
    pub settlement: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StatementRow {
    pub provider_id: i64,
    pub provider: String,
    pub product: String,
    pub units: String,
    pub charged: String,
    pub own_share: String,
}

/// My decision: the decision in force and, where the portal knows it (a decision made or changed
/// with the decision form), who decided, when and on what grounds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionPage {
    pub decision: Option<Decision>,
    pub decided: Option<Decided>,
    /// The decision that follows this one, already made (an accepted proposal makes one): its
    /// period and total.
    pub next: Option<(DatePeriod, String)>,
}

/// Who made or last changed a decision, the day ("YYYY-MM-DD"), and on what grounds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decided {
    pub by: String,
    /// A [`crate::role::Role`] code.
    pub role: String,
    pub day: String,
    /// The decision-maker's words; none for decisions made before the portal asked for them.
    pub grounds: Option<String>,
}

/// A decision with its plan (B4 and B5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Decision {
    pub id: i64,
    pub client_id: i64,
    pub period: DatePeriod,
    pub total: String,
    pub lines: Vec<DecisionLine>,
    pub months: Vec<PlannedMonth>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DecisionLine {
    pub product: String,
    pub tier: Option<u8>,
    /// "daily" (every day of the period) or "monthly" (a number of units a month).
    pub kind: String,
    pub units_per_month: Option<String>,
    pub unit_value: String,
    pub planned_total: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlannedMonth {
    pub month: String,
    pub planned: String,
}

/// The price list's product codes, in its order.
pub const PRODUCTS: [&str; 6] = [
    "supported-housing",
    "intensive-housing",
    "temporary-housing",
    "one-to-one-care",
    "day-activities",
    "personal-assistance",
];

/// The message that names a service, by its product code.
pub fn product_label_id(code: &str) -> &'static str {
    match code {
        "supported-housing" => msg("product-supported-housing"),
        "intensive-housing" => msg("product-intensive-housing"),
        "temporary-housing" => msg("product-temporary-housing"),
        "one-to-one-care" => msg("product-one-to-one-care"),
        "day-activities" => msg("product-day-activities"),
        "personal-assistance" => msg("product-personal-assistance"),
        _ => msg("product-other"),
    }
}

/// Whether a service is paid by the hour (otherwise by the day).
pub fn is_hourly(code: &str) -> bool {
    matches!(code, "one-to-one-care" | "personal-assistance")
}

/// The message for a number of the service's units ("12 days", "40 hours"); takes `$units`.
pub fn units_label_id(code: &str) -> &'static str {
    if is_hourly(code) {
        msg("units-hours")
    } else {
        msg("units-days")
    }
}

/// A number of a service's units in words: "12 days", "38,5 hours".
pub fn units_text(t: I18n, product: &str, units: &str) -> String {
    let count = units.parse::<f64>().unwrap_or(0.0);
    t.text_with(
        units_label_id(product),
        &[("count", count.into()), ("units", format::number(t.lang, units).into())],
    )
}

/// The words of a held or refused record's message: its day, service, units, provider and amount.
pub fn record_args(t: I18n, record: &HeldRecord) -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("date", format::day(t, &record.date).into()),
        ("service", t.text(product_label_id(&record.product)).into()),
        ("units", units_text(t, &record.product, &record.units).into()),
        ("provider", record.provider.clone().into()),
        ("amount", format::euros(t, &record.amount).into()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn units_are_counted_in_the_service_s_own_unit() {
        let fi = I18n { lang: Lang::Fi, easy_read: false };
        let en = I18n { lang: Lang::En, easy_read: false };
        assert_eq!(units_text(en, "personal-assistance", "38.5"), "38.5 hours");
        assert_eq!(units_text(fi, "day-activities", "1"), "1 päivä");
    }

    #[test]
    fn statuses_and_alerts_have_the_documented_codes() {
        assert_eq!(serde_json::to_string(&BudgetStatus::OnTrack).unwrap(), "\"on-track\"");
        assert_eq!(serde_json::to_string(&BudgetStatus::TooEarly).unwrap(), "\"too-early\"");
        assert_eq!(serde_json::to_string(&BudgetAlert::Passed80Percent).unwrap(), "\"passed-80-percent\"");
        assert_eq!(serde_json::to_string(&BudgetAlert::AtRisk).unwrap(), "\"at-risk\"");
    }
}
