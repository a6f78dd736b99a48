//! The roles a signed-in person can have, in one place for the pages, the access rules and the
//! database.

use serde::{Deserialize, Serialize};

use crate::i18n::msg;

/// The roles a signed-in person can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Client,
    Relative,
    ExperienceExpert,
    Counsellor,
    /// A social worker who makes and changes decisions; the counsellor, who guides, prepares them.
    DecisionMaker,
    Provider,
    Organiser,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Client,
        Role::Relative,
        Role::ExperienceExpert,
        Role::Counsellor,
        Role::DecisionMaker,
        Role::Provider,
        Role::Organiser,
    ];

    /// The code stored in the database and used in the API.
    pub fn code(self) -> &'static str {
        match self {
            Role::Client => "client",
            Role::Relative => "relative",
            Role::ExperienceExpert => "experience-expert",
            Role::Counsellor => "counsellor",
            Role::DecisionMaker => "decision-maker",
            Role::Provider => "provider",
            Role::Organiser => "organiser",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Role::Client => msg("role-client"),
            Role::Relative => msg("role-relative"),
            Role::ExperienceExpert => msg("role-experience-expert"),
            Role::Counsellor => msg("role-counsellor"),
            Role::DecisionMaker => msg("role-decision-maker"),
            Role::Provider => msg("role-provider"),
            Role::Organiser => msg("role-organiser"),
        }
    }
}
