//! Using the budget flexibly: the client, or a relative who may act for them, proposes other
//! hours or days a month for the services of the decision from a coming month, sees what it
//! means by the budget rules before sending it, and reads the decision-maker's answer.

use serde::{Deserialize, Serialize};

use crate::context::FormFlash;
use crate::plan::Written;

/// A service the client may propose units for: what the decision says now and its value a unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalService {
    pub product: String,
    /// Units a month now; `None` when the service is not in the decision.
    pub units_now: Option<String>,
    /// Euros a unit: the decision's, or the price list's for a service it lacks.
    pub unit_value: String,
}

/// One service before and after in the change's first month (B5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EffectLine {
    pub product: String,
    pub units_before: Option<String>,
    pub units_after: Option<String>,
    pub before: String,
    pub after: String,
}

/// What a change means for the services a client may propose: in its first month, and from it
/// to the decision's last day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalEffect {
    /// "YYYY-MM".
    pub month: String,
    pub lines: Vec<EffectLine>,
    pub month_before: String,
    pub month_after: String,
    /// "YYYY-MM-DD".
    pub rest_from: String,
    pub rest_to: String,
    pub rest_before: String,
    pub rest_after: String,
}

/// Where a proposal stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProposalState {
    Waiting,
    Accepted,
    Refused,
    /// Taken back by the client before it was answered.
    Withdrawn,
}

impl ProposalState {
    const ALL: [ProposalState; 4] =
        [ProposalState::Waiting, ProposalState::Accepted, ProposalState::Refused, ProposalState::Withdrawn];

    /// The code kept in the database and put in addresses.
    pub fn code(self) -> &'static str {
        match self {
            ProposalState::Waiting => "waiting",
            ProposalState::Accepted => "accepted",
            ProposalState::Refused => "refused",
            ProposalState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<ProposalState> {
        ProposalState::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A proposal as the client and the decision-maker read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    pub state: ProposalState,
    pub effect: ProposalEffect,
    /// The client's own words on why; may be empty.
    pub why: String,
    pub proposed: Written,
    /// The decision-maker's reason, and who answered and when.
    pub answer: Option<(String, Written)>,
}

/// `/my-plan/proposal`: the form with the decision's services, the months a change may start
/// in, what the change means once checked, and the proposal that waits, if one does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalPage {
    /// False when the client has no decision in force or coming: nothing to change.
    pub has_decision: bool,
    /// "YYYY-MM", the earliest first.
    pub months: Vec<String>,
    pub services: Vec<ProposalService>,
    /// What was typed, and what is wrong with it, after a check or a refused send.
    pub form: Option<FormFlash>,
    /// What the checked change means; the send button comes with it.
    pub effect: Option<ProposalEffect>,
    pub waiting: Option<ProposalView>,
}

/// `/clients/{id}/proposal`: the decision-maker's page to answer a waiting proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerPage {
    pub client_id: i64,
    pub client_name: String,
    pub proposal: ProposalView,
}

/// A proposal on the decision-maker's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingProposal {
    pub client_id: i64,
    pub client_name: String,
    pub proposed_by: String,
    /// "YYYY-MM-DD".
    pub day: String,
    /// The change's first month, "YYYY-MM".
    pub month: String,
}

/// The fields of the proposal and answer forms.
pub mod fields {
    /// The month the change starts, "YYYY-MM".
    pub const MONTH: &str = "month";
    /// Present once the form was sent to be checked.
    pub const CHECK: &str = "check";
    pub const WHY: &str = "why";
    /// "accept" or "refuse".
    pub const ANSWER: &str = "answer";
    pub const REASON: &str = "reason";

    /// The units a month of one service: "personal-assistance-units".
    pub fn units(product: &str) -> String {
        format!("{product}-units")
    }
}

/// The most characters of the client's why and of the decision-maker's reason.
pub const MAX_WHY_CHARS: usize = 1000;
pub const MAX_REASON_CHARS: usize = 2000;
