//! The access log as the client reads it: who looked at which of their data, and when.

use serde::{Deserialize, Serialize};

use crate::budget::HeldRecord;
use crate::i18n::msg;
use crate::role::Role;

/// What someone other than the client looked at. The code of each is what the access log
/// stores, so older rows keep their meaning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LookedAt {
    Budget,
    /// One month's statement, "YYYY-MM".
    Statement(String),
    Decision,
    /// A provider search with the client's estimates.
    ProviderSearch,
    ProviderPage,
    ProviderComparison,
    ChangeServices,
    ChangeProviders,
    ChangeEffects,
    Changes,
    /// One change of provider, by its id.
    Change(i64),
    Leaving,
    FeedbackInvitations,
    FeedbackInvitation,
    /// The organiser's list of feedback that asks for contact.
    FeedbackContactRequest,
    /// The counsellor's list of clients, with what needs attention.
    ClientList,
    /// The guidance contacts a counsellor recorded.
    Contacts,
    /// Who may handle the client's matters.
    Mandates,
    /// The client's personal details.
    Details,
    /// The client's records held for review.
    HeldRecords,
    /// How the client and their relatives sign in.
    SignIn,
    /// The support plan, its versions and comments.
    Plan,
    /// The answers of the wellbeing self-checks.
    SelfChecks,
    /// The decision-maker's list of prepared decisions.
    DecisionsToMake,
    /// The decision-maker's list of proposals to use the budget differently.
    ProposalsToAnswer,
    /// A proposal to use the budget differently, and the form to answer it.
    Proposal,
    /// Messages about the client: the conversation with the counsellor, or a relative's inbox.
    Messages,
    /// A provider's list of its clients and their agreements.
    ProviderClients,
    /// A provider's list of the service records it reported.
    ProviderRecords,
}

const STATEMENT_PREFIX: &str = "statement ";
const CHANGE_PREFIX: &str = "provider change ";

/// Every look but a statement, with its stored code and the message that names it.
const PLAIN: [(LookedAt, &str, &str); 27] = [
    (LookedAt::Budget, "budget", msg("looked-at-budget")),
    (LookedAt::Decision, "decision", msg("looked-at-decision")),
    (LookedAt::ProviderSearch, "provider search", msg("looked-at-provider-search")),
    (LookedAt::ProviderPage, "provider page", msg("looked-at-provider-page")),
    (LookedAt::ProviderComparison, "provider comparison", msg("looked-at-provider-comparison")),
    (LookedAt::ChangeServices, "change provider: services", msg("looked-at-change")),
    (LookedAt::ChangeProviders, "change provider: providers", msg("looked-at-change")),
    (LookedAt::ChangeEffects, "change provider: what will change", msg("looked-at-change")),
    (LookedAt::Changes, "provider changes", msg("looked-at-changes")),
    (LookedAt::Leaving, "leaving the personal budget", msg("looked-at-leaving")),
    (LookedAt::FeedbackInvitations, "feedback invitations", msg("looked-at-feedback")),
    (LookedAt::FeedbackInvitation, "feedback invitation", msg("looked-at-feedback")),
    (LookedAt::FeedbackContactRequest, "feedback contact request", msg("looked-at-contact-request")),
    (LookedAt::ClientList, "counsellor's list of clients", msg("looked-at-client-list")),
    (LookedAt::Contacts, "guidance contacts", msg("looked-at-contacts")),
    (LookedAt::Mandates, "mandates", msg("looked-at-mandates")),
    (LookedAt::Details, "personal details", msg("looked-at-details")),
    (LookedAt::HeldRecords, "held records", msg("looked-at-held-records")),
    (LookedAt::SignIn, "sign-in", msg("looked-at-sign-in")),
    (LookedAt::Plan, "support plan", msg("looked-at-plan")),
    (LookedAt::SelfChecks, "self-checks", msg("looked-at-self-checks")),
    (LookedAt::DecisionsToMake, "decisions to make", msg("looked-at-decisions-to-make")),
    (LookedAt::ProposalsToAnswer, "proposals to answer", msg("looked-at-proposals-to-answer")),
    (LookedAt::Proposal, "budget proposal", msg("looked-at-proposal")),
    (LookedAt::Messages, "messages", msg("looked-at-messages")),
    (LookedAt::ProviderClients, "provider's list of clients", msg("looked-at-provider-clients")),
    (LookedAt::ProviderRecords, "provider's list of records", msg("looked-at-provider-records")),
];

impl LookedAt {
    /// The code written to the access log.
    pub fn code(&self) -> String {
        match self {
            LookedAt::Statement(month) => format!("{STATEMENT_PREFIX}{month}"),
            LookedAt::Change(id) => format!("{CHANGE_PREFIX}{id}"),
            other => {
                PLAIN.iter().find(|(l, _, _)| l == other).map_or_else(String::new, |(_, c, _)| c.to_string())
            }
        }
    }

    pub fn parse(code: &str) -> Option<LookedAt> {
        if let Some(month) = code.strip_prefix(STATEMENT_PREFIX) {
            return Some(LookedAt::Statement(month.to_string()));
        }
        if let Some(id) = code.strip_prefix(CHANGE_PREFIX) {
            return id.parse().ok().map(LookedAt::Change);
        }
        PLAIN.iter().find(|(_, c, _)| *c == code).map(|(l, _, _)| l.clone())
    }

    /// The words for "looked at …"; a statement's takes the month as `$month`.
    pub fn message_id(&self) -> &'static str {
        match self {
            LookedAt::Statement(_) => msg("looked-at-statement"),
            LookedAt::Change(_) => msg("looked-at-changes"),
            other => {
                PLAIN.iter().find(|(l, _, _)| l == other).map_or(msg("looked-at-something"), |(_, _, m)| m)
            }
        }
    }
}

/// How long a client can let an experience expert see their portal, in hours.
pub const HELP_HOURS: [i64; 3] = [1, 2, 4];

/// The form fields of "Who helps me".
pub mod fields {
    pub const HELPER: &str = "helper";
    pub const HOURS: &str = "hours";
}

/// An experience expert the client can let in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expert {
    pub account_id: i64,
    pub name: String,
}

/// A running grant of read-only help, as the client sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpGrant {
    pub id: i64,
    pub helper: String,
    /// When it ends by itself: "YYYY-MM-DD" and "HH:MM", Helsinki time.
    pub ends_day: String,
    pub ends_time: String,
}

/// "Who helps me": the running grants, and the experts the client can let in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpersPage {
    pub grants: Vec<HelpGrant>,
    pub experts: Vec<Expert>,
    /// Just done: "granted" or "ended", said once at the top.
    pub done: Option<String>,
}

/// A client whose matters a relative may handle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mandate {
    pub client_id: i64,
    pub client_name: String,
    /// The mandate lets the relative act, not only look.
    pub can_act: bool,
    /// The relative handles this client's matters now.
    pub current: bool,
}

/// "Whose matters": a relative with mandates chooses the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhosePage {
    pub mandates: Vec<Mandate>,
}

/// The form field of "Whose matters".
pub const CLIENT_FIELD: &str = "client";

/// One look, in the client's time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Look {
    /// The person's name, or the label of the API token.
    pub who: String,
    /// A [`Role`] code, or "staff" for the organiser's API.
    pub role: String,
    /// `None` for a code this version does not know: the look is still shown.
    pub what: Option<LookedAt>,
    /// Why they could look; `None` for looks logged before purposes were kept.
    pub purpose: Option<Purpose>,
    /// "YYYY-MM-DD" and "HH:MM", Helsinki time: the day, and the first look's time.
    pub day: String,
    pub time: String,
    /// The last look's time: looks of one kind on one day are one line.
    pub until: String,
    /// How many looks the line stands for.
    pub count: i64,
}

/// Why someone other than the client may look at the client's data: the right they look by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// A relative, by the mandate the counsellor set.
    Mandate,
    /// An experience expert, by the help the client let in.
    Help,
    /// The client's counsellor, guiding them.
    Guidance,
    /// The decision-maker, deciding on what the counsellor prepared.
    Decision,
    /// The service area's administration: the organiser and its API.
    Administration,
    /// A provider giving the client a service.
    Service,
}

impl Purpose {
    const ALL: [Purpose; 6] = [
        Purpose::Mandate,
        Purpose::Help,
        Purpose::Guidance,
        Purpose::Decision,
        Purpose::Administration,
        Purpose::Service,
    ];

    /// The code kept in the access log.
    pub fn code(self) -> &'static str {
        match self {
            Purpose::Mandate => "mandate",
            Purpose::Help => "help",
            Purpose::Guidance => "guidance",
            Purpose::Decision => "decision",
            Purpose::Administration => "administration",
            Purpose::Service => "service",
        }
    }

    pub fn parse(code: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Purpose::Mandate => msg("looked-purpose-mandate"),
            Purpose::Help => msg("looked-purpose-help"),
            Purpose::Guidance => msg("looked-purpose-guidance"),
            Purpose::Decision => msg("looked-purpose-decision"),
            Purpose::Administration => msg("looked-purpose-administration"),
            Purpose::Service => msg("looked-purpose-service"),
        }
    }
}

/// The words for someone's role in the logs: a [`Role`], or "staff" for the organiser's API.
pub fn actor_role_label_id(role: &str) -> &'static str {
    Role::parse(role).map_or(msg("role-staff"), Role::label_id)
}

/// "Who looked at my data": the client's own access log, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LooksPage {
    /// The month shown, "YYYY-MM".
    pub month: String,
    pub looks: Vec<Look>,
    /// The nearest months before and after with looks in them, "YYYY-MM".
    pub earlier: Option<String>,
    pub later: Option<String>,
}

/// What someone else did for the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Deed {
    /// Changed the provider of a service: product code, old and new provider.
    ChangedProvider {
        product: String,
        from: String,
        to: String,
    },
    CancelledChange {
        product: String,
        from: String,
        to: String,
    },
    /// Gave notice to leave the personal budget.
    Left,
    /// Told how a day of services at this provider went.
    AnsweredFeedback {
        provider: String,
    },
    /// Answered the process and participation questions.
    AnsweredQuestions,
    /// Let a relative look at the client's matters, or also act, until a day ("YYYY-MM-DD") or
    /// with no end.
    GaveMandate {
        relative: String,
        can_act: bool,
        until: Option<String>,
    },
    /// Ended a relative's mandate.
    EndedMandate {
        relative: String,
    },
    /// Made the client's decision, or changed it: its period ("YYYY-MM-DD") and total now, and
    /// for a change the total before.
    MadeDecision {
        from: String,
        to: String,
        total: String,
        old_total: Option<String>,
    },
    /// Released a record held for review: it is charged now.
    ReleasedRecord {
        record: HeldRecord,
    },
    /// Refused a record held for review, with this reason: it is never charged.
    RefusedRecord {
        record: HeldRecord,
        reason: String,
    },
    /// Let the client sign in with strong identification, or, when `relative` names one, that
    /// relative.
    LetSignIn {
        relative: Option<String>,
    },
    /// Wrote a version of the support plan: its number (1 for the first).
    WrotePlan {
        version: u32,
    },
    /// Commented on the support plan for the client.
    CommentedPlan,
    /// Answered the wellbeing self-check for the client.
    AnsweredSelfCheck,
    /// Wrote down hours of help given to the client on a day ("YYYY-MM-DD"), hours as "1.5".
    WroteHelpHours {
        day: String,
        hours: String,
    },
    /// Took back hours of help written down by mistake: the day and hours as written.
    RemovedHelpHours {
        day: String,
        hours: String,
    },
    /// Proposed to use the budget differently from a month ("YYYY-MM").
    ProposedChange {
        month: String,
    },
    /// Took back a proposal that waited.
    WithdrewProposal {
        month: String,
    },
    /// Answered a proposal: accepted (the decision changed) or refused.
    AnsweredProposal {
        month: String,
        accepted: bool,
    },
    /// Chose the first provider of a service (product code).
    ChoseProvider {
        product: String,
        provider: String,
    },
}

/// One thing done for the client by someone else, in Helsinki time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoneForMe {
    pub who: String,
    /// A [`Role`] code, or "staff" for the organiser's API.
    pub role: String,
    pub deed: Deed,
    pub day: String,
    pub time: String,
}

/// Entries in runs of one day ("YYYY-MM-DD"), keeping their order: a heading per day.
pub fn by_day<T>(entries: Vec<T>, day: impl Fn(&T) -> &str) -> Vec<(String, Vec<T>)> {
    let mut days: Vec<(String, Vec<T>)> = Vec::new();
    for entry in entries {
        match days.last_mut() {
            Some((this, same)) if this.as_str() == day(&entry) => same.push(entry),
            _ => days.push((day(&entry).to_string(), vec![entry])),
        }
    }
    days
}

/// "Done for me": what others have done for the client, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DonePage {
    pub done: Vec<DoneForMe>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_purpose_reads_back_from_its_code() {
        for purpose in Purpose::ALL {
            assert_eq!(Purpose::parse(purpose.code()), Some(purpose));
        }
        assert_eq!(Purpose::parse("curiosity"), None);
    }

    #[test]
    fn every_look_reads_back_from_its_code() {
        let mut all: Vec<LookedAt> = PLAIN.iter().map(|(l, _, _)| l.clone()).collect();
        all.push(LookedAt::Statement("2018-03".into()));
        all.push(LookedAt::Change(7));
        for look in all {
            assert_eq!(LookedAt::parse(&look.code()), Some(look.clone()), "{look:?}");
        }
        assert_eq!(LookedAt::Statement("2018-03".into()).code(), "statement 2018-03");
        assert_eq!(LookedAt::parse("something new"), None);
    }

    #[test]
    fn entries_of_one_day_go_under_one_heading_in_their_order() {
        let days = by_day(vec!["2018-05-10 b", "2018-05-10 a", "2018-05-09 c"], |e| &e[..10]);
        assert_eq!(
            days,
            vec![
                ("2018-05-10".to_string(), vec!["2018-05-10 b", "2018-05-10 a"]),
                ("2018-05-09".to_string(), vec!["2018-05-09 c"]),
            ]
        );
    }

    #[test]
    fn a_token_of_the_organisers_api_is_named_as_staff() {
        assert_eq!(actor_role_label_id("staff"), "role-staff");
        assert_eq!(actor_role_label_id("relative"), "role-relative");
    }
}

/// A refused look or act, as the organiser's security review reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub who: String,
    /// The role code, or "staff" / "provider" for an API token.
    pub role: String,
    /// The client id asked for; it may belong to nobody.
    pub client_id: i64,
    /// What was asked, as the log's code: "budget", "act: change provider".
    pub what: String,
    /// "YYYY-MM-DD" and "HH:MM", Helsinki time.
    pub day: String,
    pub time: String,
}

/// `/refused-looks`: the newest refused looks, for the organiser.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalsPage {
    pub refusals: Vec<Refusal>,
}
