//! The service-voucher registry as the API sends it and the pages show it: providers with
//! their places, languages, prices, free places, quality data and feedback aggregates, and what
//! a provider would cost one client. Codes follow Open Referral (HSDS) where it has a word.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::feedback::{Feedback, ServiceFeedback};
use crate::i18n::msg;

/// The accessibility features of a service place, in the order pages list them.
pub const ACCESSIBILITY_FEATURES: [&str; 6] = [
    "step-free-access",
    "accessible-toilet",
    "hearing-loop",
    "quiet-space",
    "accessible-parking",
    "public-transport",
];

/// The message id of an accessibility feature's name.
pub fn feature_label_id(code: &str) -> &'static str {
    match code {
        "step-free-access" => msg("feature-step-free-access"),
        "accessible-toilet" => msg("feature-accessible-toilet"),
        "hearing-loop" => msg("feature-hearing-loop"),
        "quiet-space" => msg("feature-quiet-space"),
        "accessible-parking" => msg("feature-accessible-parking"),
        "public-transport" => msg("feature-public-transport"),
        _ => msg("feature-unknown"),
    }
}

/// The languages staff may speak, by ISO 639 code (`fse`: Finnish Sign Language).
pub const STAFF_LANGUAGES: [&str; 8] = ["fi", "sv", "en", "se", "ru", "et", "ar", "fse"];

/// The message id of a language's name.
pub fn language_label_id(code: &str) -> &'static str {
    match code {
        "fi" => msg("staff-language-fi"),
        "sv" => msg("staff-language-sv"),
        "en" => msg("staff-language-en"),
        "se" => msg("staff-language-se"),
        "ru" => msg("staff-language-ru"),
        "et" => msg("staff-language-et"),
        "ar" => msg("staff-language-ar"),
        "fse" => msg("staff-language-fse"),
        _ => msg("staff-language-unknown"),
    }
}

/// A provider in the registry: only what anyone may read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Provider {
    pub id: i64,
    pub name: String,
    /// A plain-language description by language code (fi, sv, en).
    pub descriptions: BTreeMap<String, String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// The municipalities the provider serves (HSDS service_area).
    pub areas: Vec<String>,
    pub locations: Vec<Location>,
    /// The languages the staff speak (ISO 639 codes).
    pub languages: Vec<String>,
    pub offers: Vec<Offer>,
    /// Every price the provider has asked, oldest first (HSDS cost_option).
    pub price_history: Vec<PriceChange>,
    pub quality: Option<Quality>,
    pub feedback: Feedback,
}

impl Provider {
    /// The description in `lang`, else in Finnish, else any.
    pub fn description(&self, lang: &str) -> Option<&str> {
        self.descriptions
            .get(lang)
            .or_else(|| self.descriptions.get("fi"))
            .or_else(|| self.descriptions.values().next())
            .map(String::as_str)
    }

    /// The accessibility features found at any of the provider's places, in the usual order.
    pub fn features(&self) -> Vec<&'static str> {
        ACCESSIBILITY_FEATURES
            .into_iter()
            .filter(|f| self.locations.iter().any(|l| l.accessibility.iter().any(|a| a == f)))
            .collect()
    }

    pub fn offer(&self, product: &str) -> Option<&Offer> {
        self.offers.iter().find(|o| o.product == product)
    }
}

/// A service place (HSDS location) and its accessibility.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Location {
    pub name: String,
    pub address: String,
    pub postal_code: String,
    pub municipality: String,
    /// Codes from [`ACCESSIBILITY_FEATURES`].
    pub accessibility: Vec<String>,
}

/// A service the provider offers, at its current price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Offer {
    pub product: String,
    pub unit_price: String,
    /// Free places now, for housing and day activities; absent when not reported.
    pub free_places: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PriceChange {
    pub product: String,
    pub unit_price: String,
    pub valid_from: String,
}

/// Quality data as the provider reports it. Any figure may be missing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Quality {
    /// Share of staff with a qualification in social or health care, percent.
    pub qualified_staff_percent: Option<i64>,
    /// Share of staff who left in the last 12 months, percent.
    pub staff_turnover_percent: Option<i64>,
    /// Complaints found justified in the last 12 months.
    pub complaints_upheld: Option<i64>,
    pub inspection_date: Option<String>,
    /// no-remarks, remarks or serious-remarks.
    pub inspection_result: Option<String>,
    /// The day the provider last reported these figures.
    pub reported_on: String,
}

/// The message id of an inspection result.
pub fn inspection_label_id(code: &str) -> &'static str {
    match code {
        "no-remarks" => msg("inspection-no-remarks"),
        "remarks" => msg("inspection-remarks"),
        _ => msg("inspection-serious-remarks"),
    }
}

/// What a provider's price would cost one client beyond the voucher, for one service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CostToYou {
    NothingExtra,
    /// About this much a month, from the client's plan (money string).
    ExtraPerMonth(String),
    /// The client's decision has no line for this service.
    NotInPlan,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    pub product: String,
    pub cost: CostToYou,
}

/// How a provider meets the client's saved needs and languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fit {
    pub needs_met: Vec<String>,
    pub needs_missing: Vec<String>,
    /// The client's languages the staff speak.
    pub speaks: Vec<String>,
    pub has_free_places: bool,
}

/// A provider as one person sees it: with estimates against the plan of the client whose matters
/// they handle, and how well it fits that client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub provider: Provider,
    /// Empty when nobody's plan is at hand.
    pub estimates: Vec<Estimate>,
    /// The estimate cost ranking looks at: for the service searched for, else the one that
    /// costs the least extra.
    pub lowest_cost: Option<Estimate>,
    pub fit: Option<Fit>,
}

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sort {
    #[default]
    Suitable,
    Cost,
    Feedback,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Suitable, Sort::Cost, Sort::Feedback];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Suitable => "suitable",
            Sort::Cost => "cost",
            Sort::Feedback => "feedback",
        }
    }

    pub fn parse(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Sort::Suitable => msg("sort-suitable"),
            Sort::Cost => msg("sort-cost"),
            Sort::Feedback => msg("sort-feedback"),
        }
    }
}

/// The search form's values. Field names are in [`crate::paths::search`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filters {
    pub product: Option<String>,
    pub municipality: Option<String>,
    pub language: Option<String>,
    pub accessibility: Vec<String>,
    pub free_places: bool,
    pub sort: Sort,
}

/// The "Find a provider" page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindPage {
    pub filters: Filters,
    /// The providers ticked for comparison.
    pub compare: Vec<i64>,
    /// The first `shown` of the results, in the order asked for.
    pub found: Vec<Found>,
    /// How many providers the filters found in all.
    pub total: usize,
    /// Every municipality some active provider serves, for the filter.
    pub municipalities: Vec<String>,
    /// Whose plan the estimates are for: their name, and whether it is the viewer's own.
    pub plan_of: Option<PlanOf>,
    /// The needs ticked were just saved as the client's.
    pub needs_saved: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOf {
    pub client_name: String,
    pub is_self: bool,
    /// The accessibility needs saved for the client, which "most suitable" looks at.
    pub needs: Vec<String>,
}

/// One provider's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderPage {
    pub found: Found,
    pub plan_of: Option<PlanOf>,
    /// The feedback per service, each shown only from five answers (B19).
    pub feedback_by_service: Vec<ServiceFeedback>,
}

/// The comparison of 2 or 3 providers, or why it cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparePage {
    /// The chosen providers still in the registry, in the order chosen; empty when too many.
    pub chosen: Vec<Found>,
    /// How many the person chose.
    pub asked: usize,
    /// The search the person came from, to go back to with their choices kept.
    pub back: String,
    pub plan_of: Option<PlanOf>,
}

/// The fewest and most providers a comparison takes.
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 3;
/// Results on the first page of Find a provider, and how many more "Show more" adds.
pub const RESULTS_PAGE: usize = 10;

/// How many results to show, from the query's `shown` (set by "Show more"): a whole number of
/// pages, at least one.
pub fn shown_from_query(query: &str) -> usize {
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == crate::paths::search::SHOWN)
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .map_or(RESULTS_PAGE, |n| n.div_ceil(RESULTS_PAGE).max(1).saturating_mul(RESULTS_PAGE))
}

impl Filters {
    /// The filters, and the providers ticked for comparison, from a query string's pairs.
    /// Values the form cannot have sent are left out.
    pub fn from_query(query: &str) -> (Filters, Vec<i64>) {
        use crate::paths::search;
        let mut filters = Filters::default();
        let mut compare = Vec::new();
        let some = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                search::PRODUCT => filters.product = some(&value),
                search::MUNICIPALITY => filters.municipality = some(&value),
                search::LANGUAGE => filters.language = some(&value),
                search::ACCESSIBILITY
                    if ACCESSIBILITY_FEATURES.contains(&value.as_ref())
                        && !filters.accessibility.iter().any(|f| *f == value) =>
                {
                    filters.accessibility.push(value.into_owned());
                }
                search::FREE_PLACES => filters.free_places = value == "1",
                search::SORT => filters.sort = Sort::parse(&value).unwrap_or_default(),
                search::COMPARE => {
                    if let Ok(id) = value.parse::<i64>() {
                        if !compare.contains(&id) {
                            compare.push(id);
                        }
                    }
                }
                _ => {}
            }
        }
        (filters, compare)
    }

    /// The query string that gives these filters and choices back.
    pub fn to_query(&self, compare: &[i64]) -> String {
        use crate::paths::search;
        let mut query = form_urlencoded::Serializer::new(String::new());
        let optional = [
            (search::PRODUCT, &self.product),
            (search::MUNICIPALITY, &self.municipality),
            (search::LANGUAGE, &self.language),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                query.append_pair(key, value);
            }
        }
        for feature in &self.accessibility {
            query.append_pair(search::ACCESSIBILITY, feature);
        }
        if self.free_places {
            query.append_pair(search::FREE_PLACES, "1");
        }
        query.append_pair(search::SORT, self.sort.code());
        for id in compare {
            query.append_pair(search::COMPARE, &id.to_string());
        }
        query.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_more_counts_whole_pages() {
        assert_eq!(shown_from_query(""), RESULTS_PAGE);
        assert_eq!(shown_from_query("product=x&shown=20"), 20);
        assert_eq!(shown_from_query("shown=11"), 20);
        assert_eq!(shown_from_query("shown=0"), RESULTS_PAGE);
        assert_eq!(shown_from_query("shown=lots"), RESULTS_PAGE);
        assert!(shown_from_query(&format!("shown={}", usize::MAX)) >= RESULTS_PAGE);
    }

    #[test]
    fn a_search_survives_the_round_trip_through_its_address() {
        let filters = Filters {
            product: Some("day-activities".into()),
            municipality: Some("Polvijärvi".into()),
            language: Some("sv".into()),
            accessibility: vec!["step-free-access".into(), "hearing-loop".into()],
            free_places: true,
            sort: Sort::Cost,
        };
        let query = filters.to_query(&[3, 7]);
        assert!(query.contains("municipality=Polvij%C3%A4rvi"), "{query}");
        assert_eq!(Filters::from_query(&query), (filters, vec![3, 7]));
    }

    #[test]
    fn values_the_form_cannot_send_are_left_out() {
        let (filters, compare) =
            Filters::from_query("accessibility=teleport&sort=loudest&compare=x&compare=4&compare=4&product=");
        assert_eq!(filters, Filters::default());
        assert_eq!(compare, vec![4]);
    }
}
