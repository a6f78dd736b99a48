//! The counsellor workspace: the counsellor's clients with what needs attention, and the
//! guidance contacts they record.

use serde::{Deserialize, Serialize};

use crate::budget::{DatePeriod, Decision, HeldRecord};
use crate::i18n::msg;

/// How a guidance contact took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Meeting,
    Phone,
    Video,
    Message,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Meeting, Channel::Phone, Channel::Video, Channel::Message];

    /// The code stored in the database and posted by the form.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Meeting => "meeting",
            Channel::Phone => "phone",
            Channel::Video => "video",
            Channel::Message => "message",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Channel::Meeting => msg("contact-channel-meeting"),
            Channel::Phone => msg("contact-channel-phone"),
            Channel::Video => msg("contact-channel-video"),
            Channel::Message => msg("contact-channel-message"),
        }
    }
}

/// Something about a client the counsellor should act on, most urgent first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attention {
    /// Nothing left of the budget.
    UsedUp,
    /// The budget will not last at the present pace (B11).
    AtRisk,
    /// Records held for review because the budget would have run out (B8).
    HeldRecords(u32),
    /// Changes of provider made but not yet in force.
    PendingChanges(u32),
    /// The client or a relative wrote to the counsellor, who has not answered yet.
    MessageWaiting,
    /// The client's proposal to use the budget differently waits for the decision-maker.
    ProposalWaiting,
    /// Feedback answers that ask for contact, since the last recorded contact.
    ContactRequests(u32),
    /// The agreed next contact is past and no contact was recorded after it; the day "YYYY-MM-DD".
    ContactOverdue(String),
    /// No next contact has been agreed.
    NoNextContact,
}

impl Attention {
    /// How urgent, 0 the most: a card lists its matters in this order, and the list puts the
    /// clients whose most urgent matter is the more urgent first.
    pub fn urgency(&self) -> u8 {
        match self {
            Attention::UsedUp => 0,
            Attention::AtRisk => 1,
            Attention::HeldRecords(_) => 2,
            Attention::PendingChanges(_) => 3,
            Attention::MessageWaiting => 4,
            Attention::ProposalWaiting => 5,
            Attention::ContactRequests(_) => 6,
            Attention::ContactOverdue(_) => 7,
            Attention::NoNextContact => 8,
        }
    }
}

/// One of the counsellor's clients in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientRow {
    pub client_id: i64,
    pub name: String,
    pub municipality: String,
    pub attention: Vec<Attention>,
    /// The agreed next contact, "YYYY-MM-DD", when it is today or later.
    pub next_contact: Option<String>,
    /// Guidance contacts recorded this calendar year, and their minutes.
    pub contacts_this_year: u32,
    pub minutes_this_year: u32,
}

/// `/clients`: the counsellor's clients.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientsPage {
    pub clients: Vec<ClientRow>,
    /// The client whose contact was just recorded.
    pub recorded_for: Option<String>,
}

/// A recorded guidance contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub day: String,
    pub minutes: u32,
    pub channel: Channel,
    pub next_contact: Option<String>,
    pub counsellor: String,
}

/// `/clients/{id}/contact`: the form to record a contact, and the contacts so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPage {
    pub client_id: i64,
    pub client_name: String,
    /// Today, "YYYY-MM-DD": the form's first value for the day.
    pub today: String,
    pub contacts: Vec<Contact>,
}

/// The fields of the contact form.
pub mod fields {
    pub const DAY: &str = "day";
    pub const MINUTES: &str = "minutes";
    pub const CHANNEL: &str = "channel";
    pub const NEXT: &str = "next";
}

/// The most minutes one contact can take: a long day's visit.
pub const MAX_MINUTES: u32 = 480;

/// A relative's mandate in force, as the counsellor sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandateRow {
    pub id: i64,
    pub relative: String,
    pub can_act: bool,
    /// Its last day, "YYYY-MM-DD"; `None` when it has no end.
    pub until: Option<String>,
}

/// A relative a mandate can name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relative {
    pub account_id: i64,
    pub name: String,
}

/// `/clients/{id}/mandates`: who may handle the client's matters, and the form to set a mandate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandatesPage {
    pub client_id: i64,
    pub client_name: String,
    pub mandates: Vec<MandateRow>,
    pub relatives: Vec<Relative>,
    /// Just done: "set" or "ended", said once at the top.
    pub done: Option<String>,
}

/// The fields of the mandate form.
pub mod mandate_fields {
    pub const RELATIVE: &str = "relative";
    /// "look" or "act".
    pub const RIGHTS: &str = "rights";
    pub const UNTIL: &str = "until";
}

/// `/clients/{id}/sign-in`: whether the client signs in with strong identification, which of
/// their relatives do, and the forms to let them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientSignInPage {
    pub client_id: i64,
    pub client_name: String,
    pub client_signs_in: bool,
    /// The identity code in the client's details, masked; the form asks for one when there is none.
    pub code_in_details: Option<String>,
    /// The relatives let sign in from this client's page, by name.
    pub relatives: Vec<String>,
    /// Just done: "client" or "relative", said once at the top.
    pub done: Option<String>,
}

/// The fields of the sign-in forms.
pub mod sign_in_fields {
    pub const CODE: &str = "identity-code";
    pub const NAME: &str = "name";
    pub const RELATIVE_CODE: &str = "relative-code";
}

/// `/clients/{id}/held`: the client's records held for review (B8), and what is left of the
/// budget to charge them against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldPage {
    pub client_id: i64,
    pub client_name: String,
    /// What is left of the budget now, euros; `None` when the client has no decision.
    pub left: Option<String>,
    pub held: Vec<HeldRecord>,
    /// Just done, said once at the top.
    pub done: Option<Reviewed>,
}

/// What the counsellor just did with a held record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reviewed {
    Released,
    Refused,
}

impl Reviewed {
    pub fn code(self) -> &'static str {
        match self {
            Reviewed::Released => "released",
            Reviewed::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Option<Reviewed> {
        [Reviewed::Released, Reviewed::Refused].into_iter().find(|r| r.code() == code)
    }
}

/// The fields of the two forms on each held record's card.
pub mod review_fields {
    /// The release button: an error that the record does not fit stands beside it.
    pub const RELEASE: &str = "release";
    pub const REASON: &str = "reason";
}

/// A review field on the card of one record: each card has its own, so each error has one home.
pub fn review_field(field: &str, record_id: i64) -> String {
    format!("{field}-{record_id}")
}

/// The longest reason for refusing a record: a few sentences.
pub const MAX_REASON_CHARS: usize = 500;

/// `/clients/{id}/decision`: the client's decision as it is, and the form to make or change it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionFormPage {
    pub client_id: i64,
    pub client_name: String,
    /// The decision the form changes: the one in force today, else the nearest; `None` when the
    /// client has none yet and the form makes one.
    pub decision: Option<Decision>,
    /// The services a decision can name, with their price-list values.
    pub services: Vec<ServiceChoice>,
    /// What the counsellor prepared and is waiting for the decision-maker, if anything.
    pub prepared: Option<PreparedDecision>,
    /// The viewer decides (the decision-maker, with grounds); otherwise they prepare.
    pub deciding: bool,
    /// Just prepared: said once at the top.
    pub saved: bool,
}

/// A decision the counsellor prepared: the form as they left it, who and when ("YYYY-MM-DD").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreparedDecision {
    pub fields: std::collections::BTreeMap<String, String>,
    pub by: String,
    pub day: String,
    /// What it would be, by the same rules: its period and total (B5).
    pub period: DatePeriod,
    pub total: String,
}

/// `/decisions`: the decision-maker's list of prepared decisions, the longest-waiting first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionsPage {
    pub waiting: Vec<WaitingDecision>,
    /// The clients' proposals to use their budget differently, the longest-waiting first.
    pub proposals: Vec<crate::proposals::WaitingProposal>,
    /// The client whose decision was just made, or whose proposal was just answered, said once
    /// at the top.
    pub decided_for: Option<String>,
    /// The proposal just answered: accepted or refused.
    pub answered: Option<crate::proposals::ProposalState>,
}

/// A prepared decision on the decision-maker's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingDecision {
    pub client_id: i64,
    pub client_name: String,
    pub prepared_by: String,
    /// "YYYY-MM-DD".
    pub day: String,
}

/// A service a decision line can name, with its price-list values: by tier (1-3) for housing
/// paid by the day, one value with no tier for the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceChoice {
    pub product: String,
    pub values: Vec<(Option<u8>, String)>,
}

impl ServiceChoice {
    /// A tiered service's line is daily with a tier; any other's is a number of units a month.
    pub fn tiered(&self) -> bool {
        self.values.iter().any(|(tier, _)| tier.is_some())
    }
}

/// The fields of the decision form: the period, and per service its tier or units and value.
pub mod decision_fields {
    pub const FROM: &str = "from";
    pub const TO: &str = "to";
    pub const TIER: &str = "tier";
    pub const UNITS: &str = "units";
    pub const VALUE: &str = "value";
    /// The decision-maker's grounds; the counsellor's form has none.
    pub const GROUNDS: &str = "grounds";
}

/// A service's field on the decision form: "day-activities-units".
pub fn line_field(product: &str, part: &str) -> String {
    format!("{product}-{part}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_codes_read_back() {
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.code()), Some(channel));
        }
        assert_eq!(Channel::parse("carrier pigeon"), None);
    }
}
