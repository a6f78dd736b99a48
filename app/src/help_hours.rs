//! Hours of help: an experience expert records the hours they helped a client, for a client who
//! let them in during the last 30 days. The organiser's indicators sum them.

use serde::{Deserialize, Serialize};

/// The form's fields.
pub mod fields {
    pub const CLIENT: &str = "client";
    pub const DAY: &str = "day";
    pub const HOURS: &str = "hours";
}

/// `/help-hours`: the clients the expert may record help for, the form, and what was recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpHoursPage {
    /// (client id, name), by name.
    pub clients: Vec<(i64, String)>,
    /// The latest records, newest first.
    pub recorded: Vec<HelpHoursRow>,
    /// "YYYY-MM-DD", the form's day when nothing was typed.
    pub today: String,
    /// Just recorded: said once at the top.
    pub saved: bool,
}

/// Hours recorded: whose, the day ("YYYY-MM-DD") and the hours ("1.5").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpHoursRow {
    pub client_name: String,
    pub day: String,
    pub hours: String,
}
