//! A client's personal details, and the helper view for screen-share that hides them.

use serde::{Deserialize, Serialize};

/// A personal detail: shown, or hidden because the helper view is on. A hidden detail is never
/// sent to the browser, so neither the page nor its data carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Personal {
    Shown(String),
    Hidden,
}

impl Personal {
    pub fn new(value: String, helper_view: bool) -> Personal {
        if helper_view {
            Personal::Hidden
        } else {
            Personal::Shown(value)
        }
    }
}

/// "My details": who the client is, where they live, what their services are for, and their
/// counsellor with the next contact agreed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub identity_code: Option<Personal>,
    pub address: Option<Personal>,
    pub phone: Option<Personal>,
    pub municipality: String,
    /// What the services are for.
    pub health: Option<Personal>,
    pub counsellor: Option<String>,
    /// The next contact agreed with the counsellor, "YYYY-MM-DD", when it is today or later.
    pub next_contact: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_helper_view_keeps_nothing_of_a_detail() {
        let hidden = Personal::new("120385-9015".into(), true);
        assert_eq!(hidden, Personal::Hidden);
        assert!(!serde_json::to_string(&hidden).unwrap().contains("120385"));
        assert_eq!(Personal::new("120385-9015".into(), false), Personal::Shown("120385-9015".into()));
    }
}
