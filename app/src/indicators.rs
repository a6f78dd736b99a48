//! The organiser's indicators: what the pilot is judged by, month by month and municipality by
//! municipality. Computed by the server in SQL; the page only shows them.

use serde::{Deserialize, Serialize};

/// One municipality's figures for a month, or all municipalities' together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AreaFigures {
    /// `None` for all municipalities together.
    pub municipality: Option<String>,
    /// Clients whose decision covers at least one day of the month.
    pub clients: u32,
    /// Euros the decisions plan for the month (B5), "1234.50".
    pub decided: String,
    /// Euros charged to the budgets for the month's services, "1234.50".
    pub charged: String,
    /// Euros the clients paid themselves above the voucher values.
    pub own_shares: String,
    /// Records held for review, and their euros.
    pub held_records: u32,
    pub held: String,
    /// Charged euros per client; `None` without clients.
    pub charged_per_client: Option<String>,
    /// Minutes of guidance contacts in the month, and per client, "12.5".
    pub guidance_minutes: u32,
    pub minutes_per_client: Option<String>,
    /// Hours of help experience experts recorded in the month, "3.5", and per client, "0.58".
    pub expert_hours: String,
    pub expert_hours_per_client: Option<String>,
    /// Changes of provider made in the month (cancelled ones left out).
    pub provider_changes: u32,
    /// Clients who gave notice to leave the personal budget in the month.
    pub left: u32,
}

/// `/indicators`: one month's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IndicatorsPage {
    /// "YYYY-MM".
    pub month: String,
    /// The months that can be chosen, newest first.
    pub months: Vec<String>,
    /// By municipality, in alphabetical order.
    pub areas: Vec<AreaFigures>,
    pub total: AreaFigures,
    /// The month's feedback, for all municipalities together: service, process, being heard,
    /// having a choice, in that order.
    pub feedback: Vec<ScoreFigure>,
    /// Why the month's leavers left.
    pub leaving: LeavingFigures,
    /// How the self-checks changed, from the clients who let their answers be seen.
    pub wellbeing: WellbeingFigures,
    /// How providers find working with the organiser, in the half of the year of the month.
    pub providers: crate::provider_survey::ProviderExperience,
    /// The service and provider the budgets and costs are narrowed to, as asked.
    pub filter: Filter,
    /// Budgets and costs of the filter's service or provider, by municipality, and in all;
    /// `None` without a filter (then `areas` and `total` say them).
    pub filtered: Option<FilteredFigures>,
}

/// What the budgets and costs are narrowed to: a service, a provider, or both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Filter {
    /// A product code, as in the price list.
    pub service: Option<String>,
    /// The provider's name as typed (part of it will do).
    pub provider_typed: String,
    /// The one provider the typed name found.
    pub provider: Option<FoundProvider>,
    /// Several providers' names have what was typed: the first ones, to choose from.
    pub provider_choices: Vec<FoundProvider>,
    /// No provider's name has what was typed.
    pub provider_not_found: bool,
}

impl Filter {
    /// Whether the figures are narrowed at all.
    pub fn narrows(&self) -> bool {
        self.service.is_some() || self.provider.is_some()
    }
}

/// A provider of the registry, by its id and name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FoundProvider {
    pub id: i64,
    pub name: String,
}

/// Budgets and costs of one service or provider in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FilteredFigures {
    pub areas: Vec<ServiceFigures>,
    pub total: ServiceFigures,
}

/// One municipality's (or all municipalities') budgets and costs of the filter's service or
/// provider in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ServiceFigures {
    /// `None` for all municipalities together.
    pub municipality: Option<String>,
    /// Clients charged for the service (or by the provider) in the month.
    pub clients: u32,
    /// Euros the decisions plan for the service in the month (B5); `None` under a provider
    /// filter, since a decision plans services, not providers.
    pub decided: Option<String>,
    pub charged: String,
    pub own_shares: String,
    pub held_records: u32,
    pub held: String,
    /// Charged euros per client charged; `None` without clients.
    pub charged_per_client: Option<String>,
}

/// The change between the first and the latest self-check, up to the month's end, of the clients
/// who let their answers be seen and have done two or more: averages of 1-5, "3.4", and the
/// change, "+0.3"; none below [`FEWEST_ANSWERS`] clients, so that no one can be picked out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WellbeingFigures {
    pub clients: u32,
    pub first: Option<String>,
    pub latest: Option<String>,
    pub change: Option<String>,
}

/// The fewest answers an average is shown from (B19): below it, "not enough answers yet".
pub const FEWEST_ANSWERS: u32 = 5;

/// One feedback question's answers in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ScoreFigure {
    /// What was asked: "service", "process", "heard" or "choice".
    pub asked: String,
    pub answers: u32,
    /// The average score of 1-5, "3.8"; `None` below [`FEWEST_ANSWERS`] answers (B19).
    pub average: Option<String>,
}

/// Who left in a month and why, grouped by the reasons offered (a client may give several).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LeavingFigures {
    pub left: u32,
    /// Clients who answered "why" at all.
    pub answered: u32,
    /// Each reason of [`crate::changes::LEAVE_REASONS`] with how many gave it, in that order.
    pub reasons: Vec<ReasonCount>,
}

/// How many clients gave one reason for leaving.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ReasonCount {
    /// A code of [`crate::changes::LEAVE_REASONS`].
    pub reason: String,
    pub clients: u32,
}

/// The month field of the page's form and of the CSV address.
pub const MONTH: &str = "month";
/// The service filter's field: a product code, or empty for all services.
pub const SERVICE: &str = "service";
/// The provider filter's field: part of a provider's name, or empty for all providers.
pub const PROVIDER: &str = "provider";
/// A provider chosen from several whose names matched, by its id.
pub const PROVIDER_ID: &str = "provider_id";
