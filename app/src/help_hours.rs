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
    /// What was just done, said once at the top.
    pub done: Option<Done>,
}

/// Hours recorded: whose, the day ("YYYY-MM-DD") and the hours ("1.5").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpHoursRow {
    pub id: i64,
    /// Whether the expert may still take the hours back (a help day in the last 30 days).
    pub removable: bool,
    pub client_name: String,
    pub day: String,
    pub hours: String,
}

/// What the expert just did on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Done {
    Saved,
    /// Removed the hours of this id: the notice offers to undo it.
    Removed(i64),
    Restored,
}
