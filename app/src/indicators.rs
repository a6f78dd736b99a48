//! The organiser's indicators: what the pilot is judged by, month by month and municipality by
//! municipality. Computed by the server in SQL; the page only shows them.

use serde::{Deserialize, Serialize};

/// One municipality's figures for a month, or all municipalities' together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AreaFigures {
    /// `None` for all municipalities together.
    pub municipality: Option<String>,
    /// Clients whose decision covers at least one day of the month.
    pub clients: u32,
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
    /// Changes of provider made in the month (cancelled ones left out).
    pub provider_changes: u32,
    /// Clients who gave notice to leave the personal budget in the month.
    pub left: u32,
}

/// `/indicators`: one month's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorsPage {
    /// "YYYY-MM".
    pub month: String,
    /// The months that can be chosen, newest first.
    pub months: Vec<String>,
    /// By municipality, in alphabetical order.
    pub areas: Vec<AreaFigures>,
    pub total: AreaFigures,
}

/// The month field of the page's form and of the CSV address.
pub const MONTH: &str = "month";
