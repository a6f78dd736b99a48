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
