//! Messages: what happened that a person should know, in their inbox ("My messages"), and a
//! client's conversation with their counsellor ("Ask my counsellor").
//!
//! A message is stored as its kind and its facts, not as words: the inbox writes it in the
//! reader's language and register when it is read (docs/decisions/0035-messages.md).

use serde::{Deserialize, Serialize};

use crate::i18n::msg;
use crate::role::Role;

/// What a message tells of. The codes are stored and must not change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// To the client's side: a change of provider was made.
    ChangeMade,
    /// To the client's side: a change of provider was cancelled.
    ChangeCancelled,
    /// To the provider the client leaves.
    ClientLeaving,
    /// To the provider the client comes to.
    ClientComing,
    /// To the provider the client was leaving: the client stays.
    ClientStays,
    /// To the provider the client was coming to: the client does not come.
    ClientNotComing,
    /// To the client's side: notice to leave the personal budget was given.
    LeaveGiven,
    /// To a provider of the client: the client leaves the personal budget.
    ClientLeavesBudget,
    /// To the client's side: a record did not fit in what is left and waits for the counsellor.
    RecordHeld,
    /// To the client's side: the counsellor let a held record be paid.
    RecordReleased,
    /// To the client's side: the counsellor refused a held record.
    RecordRefused,
    /// To the client's side: the decision-maker made or changed the budget's decision.
    DecisionMade,
    /// To the client's side: the decision-maker answered a proposal to use the budget differently.
    ProposalAnswered,
    /// To the client: a relative may now look at or handle their matters.
    MandateSet,
    /// To the client: a relative's mandate ended.
    MandateEnded,
    /// To the relative: they may now look at or handle the client's matters.
    YourMandateSet,
    /// To the relative: their mandate ended.
    YourMandateEnded,
    /// To the counsellor: the client or a relative wrote.
    GuidanceAsked,
    /// To the client's side: the counsellor answered.
    GuidanceAnswered,
    /// To the client's side: 80 % of the budget is used (B12).
    BudgetUsed80,
    /// To the client's side: all of the budget is used (B12).
    BudgetUsedUp,
    /// To the client's side: at this pace the money will not last (B12).
    BudgetAtRisk,
    /// To the counsellor: a client's budget passed a mark of use or turned at risk (B12).
    ClientBudget,
    /// To an experience expert: a client let them help for a while.
    HelpStarted,
    /// To an experience expert: the client ended the help.
    HelpEnded,
    /// To the client: a relative's mandate ends within a week.
    MandateEnding,
    /// To the relative: their mandate ends within a week.
    YourMandateEnding,
    /// To the client's side: the next contact agreed with the counsellor is in a few days.
    ContactComing,
    /// To the client's side: the new provider of a change starts.
    ChangeStarts,
    /// To the client's side: a service can be given feedback on (B18).
    FeedbackOpen,
    /// To the new provider of a change: the client starts with them.
    ClientStarts,
    /// To the old provider of a change: the client has left them.
    ClientLeft,
}

impl Kind {
    pub const ALL: [Kind; 32] = [
        Kind::ChangeMade,
        Kind::ChangeCancelled,
        Kind::ClientLeaving,
        Kind::ClientComing,
        Kind::ClientStays,
        Kind::ClientNotComing,
        Kind::LeaveGiven,
        Kind::ClientLeavesBudget,
        Kind::RecordHeld,
        Kind::RecordReleased,
        Kind::RecordRefused,
        Kind::DecisionMade,
        Kind::ProposalAnswered,
        Kind::MandateSet,
        Kind::MandateEnded,
        Kind::YourMandateSet,
        Kind::YourMandateEnded,
        Kind::GuidanceAsked,
        Kind::GuidanceAnswered,
        Kind::BudgetUsed80,
        Kind::BudgetUsedUp,
        Kind::BudgetAtRisk,
        Kind::ClientBudget,
        Kind::HelpStarted,
        Kind::HelpEnded,
        Kind::MandateEnding,
        Kind::YourMandateEnding,
        Kind::ContactComing,
        Kind::ChangeStarts,
        Kind::FeedbackOpen,
        Kind::ClientStarts,
        Kind::ClientLeft,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::ChangeMade => "change-made",
            Kind::ChangeCancelled => "change-cancelled",
            Kind::ClientLeaving => "client-leaving",
            Kind::ClientComing => "client-coming",
            Kind::ClientStays => "client-stays",
            Kind::ClientNotComing => "client-not-coming",
            Kind::LeaveGiven => "leave-given",
            Kind::ClientLeavesBudget => "client-leaves-budget",
            Kind::RecordHeld => "record-held",
            Kind::RecordReleased => "record-released",
            Kind::RecordRefused => "record-refused",
            Kind::DecisionMade => "decision-made",
            Kind::ProposalAnswered => "proposal-answered",
            Kind::MandateSet => "mandate-set",
            Kind::MandateEnded => "mandate-ended",
            Kind::YourMandateSet => "your-mandate-set",
            Kind::YourMandateEnded => "your-mandate-ended",
            Kind::GuidanceAsked => "guidance-asked",
            Kind::GuidanceAnswered => "guidance-answered",
            Kind::BudgetUsed80 => "budget-used-80",
            Kind::BudgetUsedUp => "budget-used-up",
            Kind::BudgetAtRisk => "budget-at-risk",
            Kind::ClientBudget => "client-budget",
            Kind::HelpStarted => "help-started",
            Kind::HelpEnded => "help-ended",
            Kind::MandateEnding => "mandate-ending",
            Kind::YourMandateEnding => "your-mandate-ending",
            Kind::ContactComing => "contact-coming",
            Kind::ChangeStarts => "change-starts",
            Kind::FeedbackOpen => "feedback-open",
            Kind::ClientStarts => "client-starts",
            Kind::ClientLeft => "client-left",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The message's text id; its facts are the text's arguments.
    pub fn text_id(self) -> &'static str {
        match self {
            Kind::ChangeMade => msg("message-change-made"),
            Kind::ChangeCancelled => msg("message-change-cancelled"),
            Kind::ClientLeaving => msg("message-client-leaving"),
            Kind::ClientComing => msg("message-client-coming"),
            Kind::ClientStays => msg("message-client-stays"),
            Kind::ClientNotComing => msg("message-client-not-coming"),
            Kind::LeaveGiven => msg("message-leave-given"),
            Kind::ClientLeavesBudget => msg("message-client-leaves-budget"),
            Kind::RecordHeld => msg("message-record-held"),
            Kind::RecordReleased => msg("message-record-released"),
            Kind::RecordRefused => msg("message-record-refused"),
            Kind::DecisionMade => msg("message-decision-made"),
            Kind::ProposalAnswered => msg("message-proposal-answered"),
            Kind::MandateSet => msg("message-mandate-set"),
            Kind::MandateEnded => msg("message-mandate-ended"),
            Kind::YourMandateSet => msg("message-your-mandate-set"),
            Kind::YourMandateEnded => msg("message-your-mandate-ended"),
            Kind::GuidanceAsked => msg("message-guidance-asked"),
            Kind::GuidanceAnswered => msg("message-guidance-answered"),
            Kind::BudgetUsed80 => msg("message-budget-used-80"),
            Kind::BudgetUsedUp => msg("message-budget-used-up"),
            Kind::BudgetAtRisk => msg("message-budget-at-risk"),
            Kind::ClientBudget => msg("message-client-budget"),
            Kind::HelpStarted => msg("message-help-started"),
            Kind::HelpEnded => msg("message-help-ended"),
            Kind::MandateEnding => msg("message-mandate-ending"),
            Kind::YourMandateEnding => msg("message-your-mandate-ending"),
            Kind::ContactComing => msg("message-contact-coming"),
            Kind::ChangeStarts => msg("message-change-starts"),
            Kind::FeedbackOpen => msg("message-feedback-open"),
            Kind::ClientStarts => msg("message-client-starts"),
            Kind::ClientLeft => msg("message-client-left"),
        }
    }
}

/// What a message is about, in the few themes a person chooses from when they want messages by
/// e-mail too (fewer choices than kinds: docs/decisions/0037-email.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// The budget's use, and the records held, released or refused.
    Budget,
    /// A change of provider, and leaving the personal budget.
    Provider,
    /// Decisions and answers to proposals.
    Decision,
    /// Who may look at or handle the client's matters.
    Helpers,
    /// The conversation with the counsellor.
    Counsellor,
    /// For staff: their clients coming, leaving, or needing attention.
    Clients,
}

impl Theme {
    pub const ALL: [Theme; 6] =
        [Theme::Budget, Theme::Provider, Theme::Decision, Theme::Helpers, Theme::Counsellor, Theme::Clients];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Budget => "budget",
            Theme::Provider => "provider",
            Theme::Decision => "decision",
            Theme::Helpers => "helpers",
            Theme::Counsellor => "counsellor",
            Theme::Clients => "clients",
        }
    }

    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code() == code)
    }

    /// The choice's label, which is also the e-mail's subject.
    pub fn text_id(self) -> &'static str {
        match self {
            Theme::Budget => msg("theme-budget"),
            Theme::Provider => msg("theme-provider"),
            Theme::Decision => msg("theme-decision"),
            Theme::Helpers => msg("theme-helpers"),
            Theme::Counsellor => msg("theme-counsellor"),
            Theme::Clients => msg("theme-clients"),
        }
    }

    /// The themes of the messages a person in `role` can get.
    pub fn of_role(role: Role) -> &'static [Theme] {
        match role {
            Role::Client | Role::Relative => {
                &[Theme::Budget, Theme::Provider, Theme::Decision, Theme::Helpers, Theme::Counsellor]
            }
            Role::Counsellor => &[Theme::Counsellor, Theme::Clients],
            Role::Provider => &[Theme::Clients],
            _ => &[],
        }
    }
}

impl Kind {
    pub fn theme(self) -> Theme {
        match self {
            Kind::BudgetUsed80
            | Kind::BudgetUsedUp
            | Kind::BudgetAtRisk
            | Kind::RecordHeld
            | Kind::RecordReleased
            | Kind::RecordRefused
            | Kind::FeedbackOpen => Theme::Budget,
            Kind::ChangeMade | Kind::ChangeCancelled | Kind::ChangeStarts | Kind::LeaveGiven => {
                Theme::Provider
            }
            Kind::DecisionMade | Kind::ProposalAnswered => Theme::Decision,
            Kind::MandateSet
            | Kind::MandateEnded
            | Kind::YourMandateSet
            | Kind::YourMandateEnded
            | Kind::MandateEnding
            | Kind::YourMandateEnding
            | Kind::HelpStarted
            | Kind::HelpEnded => Theme::Helpers,
            Kind::GuidanceAsked | Kind::GuidanceAnswered | Kind::ContactComing => Theme::Counsellor,
            Kind::ClientLeaving
            | Kind::ClientComing
            | Kind::ClientStays
            | Kind::ClientNotComing
            | Kind::ClientLeavesBudget
            | Kind::ClientBudget
            | Kind::ClientStarts
            | Kind::ClientLeft => Theme::Clients,
        }
    }
}

/// `/email`: the person's e-mail address for messages, and the themes that come by e-mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailPage {
    pub address: Option<String>,
    pub verified: bool,
    /// The themes the person can choose from, and whether each is chosen.
    pub themes: Vec<(Theme, bool)>,
    /// E-mail is not sent by this portal at all (no mail server is set).
    pub off: bool,
    /// What just happened, said once at the top.
    pub news: Option<EmailNews>,
    /// For the organiser: the e-mails that could not be delivered, newest first.
    pub failures: Vec<EmailFailure>,
}

/// An e-mail the mail server refused, or that could not be sent after every try.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailFailure {
    pub person: String,
    pub address: String,
    pub theme: Theme,
    /// The mail server's answer, as it gave it.
    pub error: String,
    pub tries: i64,
    /// When the message was written: "YYYY-MM-DD" and "HH:MM", Helsinki time.
    pub day: String,
    pub time: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmailNews {
    /// Saved; a link was sent to the new address.
    LinkSent,
    /// Saved: the themes changed.
    Saved,
    /// The link was opened: the address works.
    Verified,
    /// The link was wrong or too old.
    LinkOld,
    /// The address was removed.
    Removed,
}

impl EmailNews {
    pub const ALL: [EmailNews; 5] =
        [EmailNews::LinkSent, EmailNews::Saved, EmailNews::Verified, EmailNews::LinkOld, EmailNews::Removed];

    /// As it stands in the page's address (`/email?news=link-sent`).
    pub fn code(self) -> &'static str {
        match self {
            EmailNews::LinkSent => "link-sent",
            EmailNews::Saved => "saved",
            EmailNews::Verified => "verified",
            EmailNews::LinkOld => "link-old",
            EmailNews::Removed => "removed",
        }
    }

    pub fn parse(code: &str) -> Option<EmailNews> {
        EmailNews::ALL.into_iter().find(|news| news.code() == code)
    }
}

/// The e-mail form's fields.
pub mod email_fields {
    pub const ADDRESS: &str = "address";
    pub const THEME: &str = "theme";
}

/// The longest e-mail address there can be (RFC 5321).
pub const MAX_ADDRESS: usize = 254;

/// One fact a message's text says: words as they are, a day, or a service by its product code,
/// each written in the reader's language when read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "is", content = "value")]
pub enum Fact {
    Text(String),
    /// "YYYY-MM-DD".
    Day(String),
    /// A product code, such as "personal-assistance".
    Service(String),
    /// An amount of money, "1234.56".
    Euros(String),
    /// A time of day, "HH:MM".
    Time(String),
}

/// A message in an inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxMessage {
    pub id: i64,
    pub kind: Kind,
    /// The text's arguments by name.
    pub facts: Vec<(String, Fact)>,
    /// Whose matter it is, when the reader is not that client (a relative, a counsellor, a
    /// provider).
    pub about: Option<String>,
    /// When it was written: "YYYY-MM-DD" and "HH:MM", Helsinki time.
    pub day: String,
    pub time: String,
    /// Not read before this look.
    pub unread: bool,
    /// The page the message is about.
    pub link: String,
}

/// `/messages`: the person's messages, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagesPage {
    pub messages: Vec<InboxMessage>,
    /// How many the person has in all, when more than shown.
    pub total: usize,
}

/// The most messages the inbox shows at once.
pub const INBOX_SIZE: usize = 100;

/// What the client asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// The client's need for help has changed.
    Need,
    Question,
    /// Please call me.
    CallMe,
}

impl Topic {
    pub const ALL: [Topic; 3] = [Topic::Need, Topic::Question, Topic::CallMe];

    pub fn code(self) -> &'static str {
        match self {
            Topic::Need => "need",
            Topic::Question => "question",
            Topic::CallMe => "call-me",
        }
    }

    pub fn parse(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.code() == code)
    }

    pub fn text_id(self) -> &'static str {
        match self {
            Topic::Need => msg("ask-topic-need"),
            Topic::Question => msg("ask-topic-question"),
            Topic::CallMe => msg("ask-topic-call-me"),
        }
    }
}

/// The most characters one message to or from the counsellor may have.
pub const MAX_BODY: usize = 2_000;

/// The form's fields.
pub mod fields {
    pub const TOPIC: &str = "topic";
    pub const BODY: &str = "body";
}

/// One message in a client's conversation with the counsellor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    /// Written by the counsellor (else by the client or a relative).
    pub from_counsellor: bool,
    pub author: String,
    pub topic: Option<Topic>,
    pub body: String,
    /// "YYYY-MM-DD" and "HH:MM", Helsinki time.
    pub day: String,
    pub time: String,
}

/// `/ask-counsellor`: who the counsellor is and how to call them, the conversation, and the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskPage {
    /// None when the client has no named counsellor yet: the page says whom to call instead.
    pub counsellor: Option<Counsellor>,
    /// Oldest first, as a conversation is read.
    pub posts: Vec<Post>,
    /// Just sent: said once at the top.
    pub sent: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counsellor {
    pub name: String,
    /// The work phone, as people dial it.
    pub phone: Option<String>,
}

/// `/clients/{id}/messages`: the counsellor's side of one client's conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationPage {
    pub client_id: i64,
    pub client_name: String,
    pub posts: Vec<Post>,
    pub sent: bool,
}
