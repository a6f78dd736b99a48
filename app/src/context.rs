//! What the server knows about a request that every page needs: the person's preferences, who is
//! signed in, the demo sign-ins, and a form's values and errors after a failed post.
//!
//! The server provides a [`PageContext`] when it renders a page. Pages are rendered only on the
//! server; the islands that run in the browser get what they need as props.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::access::{DonePage, HelpersPage, LooksPage, RefusalsPage, WhosePage};
use crate::budget::{Budget, DecisionPage, Statement};
use crate::changes::{ChangeFlow, ChangePage, ChangesPage, LeavePage};
use crate::counsellor::{
    ClientSignInPage, ClientsPage, ContactPage, DecisionFormPage, DecisionsPage, HeldPage, MandatesPage,
};
use crate::details::Details;
use crate::feedback::{
    AnswerPage, CommentsPage, FeedbackListPage, KioskPage, ParticipationPage, VisitCodesPage,
};
use crate::i18n::{I18n, Preferences};
use crate::indicators::IndicatorsPage;
use crate::plan::{PlanFormPage, PlanPage};
use crate::providers::{ComparePage, FindPage, ProviderPage};
use crate::role::Role;
use crate::wellbeing::{CounsellorWellbeingPage, QuestionPage, SharePage, WellbeingPage};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct PageContext {
    pub prefs: Preferences,
    pub viewer: Option<Viewer>,
    /// Demo mode: invented data, a banner on every page.
    pub demo: bool,
    /// The helper view for screen-share, switched on for this session: personal details hidden,
    /// larger focus and buttons, a banner.
    pub helper_view: bool,
    /// The demo sign-ins, sent only with the sign-in page in demo mode.
    pub demo_accounts: Vec<DemoAccount>,
    pub flash: Option<FormFlash>,
    /// A form sent after the sign-in ran out waits for its sender: the sign-in page says so.
    pub form_waits: bool,
    /// Which ways of signing in this portal offers.
    pub sign_in_ways: SignInWays,
    /// What this page shows beyond the frame, loaded by the server for the page's address.
    pub data: PageData,
}

/// The ways of signing in: strong identification (Suomi.fi), staff's own organisation's
/// sign-in, and the password form (the demo, or where allowed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SignInWays {
    pub identify: bool,
    pub staff: bool,
    pub passwords: bool,
}

impl PageContext {
    pub fn i18n(&self) -> I18n {
        self.prefs.i18n()
    }
}

/// Gives a component the page context. Every page is rendered inside one.
pub fn use_page_context() -> PageContext {
    leptos::prelude::expect_context::<PageContext>()
}

/// Gives a component the texts in the person's language and register.
pub fn use_i18n() -> I18n {
    use_page_context().i18n()
}

/// The signed-in person, as far as pages need to know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub name: String,
    pub role: Role,
    /// The clients this person may act for (a relative's mandates); empty for others.
    pub acts_for: Vec<String>,
    /// Whose matters the pages show, when they are someone else's: said in a banner on every page.
    pub helping: Option<Helping>,
    /// When the sign-in ends if the person does nothing more.
    pub signed_in_until: SignInEnd,
    /// How many of the person's messages are unread: the header says it.
    pub unread_messages: i64,
}

/// How long the sign-in lasts, as `GET`/`POST` [`crate::paths::SESSION`] answer it, with the
/// texts the warning shows, in the person's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionTime {
    pub signed_in: bool,
    /// Seconds left; 0 once signed out.
    pub ends_in: i64,
    /// "You stay signed in until 10.45 …"
    pub until: String,
    /// "You will be signed out at 10.45 …"
    pub warning: String,
}

/// When a sign-in ends unless the person uses the portal before (docs/decisions/0021).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInEnd {
    /// "HH:MM", Helsinki time.
    pub time: String,
    /// Seconds from the page's making.
    pub seconds_left: i64,
    /// How long before the end the person is asked whether to stay signed in.
    pub warn_seconds: i64,
}

/// Someone else's matters on the screen: a relative's with a mandate, or an experience expert's
/// time-limited, read-only look.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helping {
    pub client_name: String,
    /// Only looking: nothing can be changed or sent.
    pub read_only: bool,
    /// When the look ends by itself, "HH:MM" Helsinki time; `None` for a mandate.
    pub until: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoAccount {
    pub username: String,
    pub name: String,
    pub role: Role,
    /// A message id that says in a few words what this account shows.
    pub situation_id: String,
}

/// Which form a flash belongs to, so a page shows only its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormId {
    SignIn,
    LeaveReason,
    FeedbackAnswer,
    Kiosk,
    VisitCode,
    Help,
    Contact,
    Mandate,
    Review,
    Decision,
    ClientSignIn,
    RelativeSignIn,
    Plan,
    PlanComment,
    SelfCheck,
    WellbeingSharing,
    HelpHours,
    Proposal,
    ProposalAnswer,
    ProviderSurvey,
    Ask,
    Answer,
    Email,
    Report,
    Settlement,
    Upload,
    Join,
    ApplicationReview,
}

impl FormId {
    const ALL: [FormId; 28] = [
        FormId::SignIn,
        FormId::LeaveReason,
        FormId::FeedbackAnswer,
        FormId::Kiosk,
        FormId::VisitCode,
        FormId::Help,
        FormId::Contact,
        FormId::Mandate,
        FormId::Review,
        FormId::Decision,
        FormId::ClientSignIn,
        FormId::RelativeSignIn,
        FormId::Plan,
        FormId::PlanComment,
        FormId::SelfCheck,
        FormId::WellbeingSharing,
        FormId::HelpHours,
        FormId::Proposal,
        FormId::ProposalAnswer,
        FormId::ProviderSurvey,
        FormId::Ask,
        FormId::Answer,
        FormId::Email,
        FormId::Report,
        FormId::Settlement,
        FormId::Upload,
        FormId::Join,
        FormId::ApplicationReview,
    ];

    pub fn code(self) -> &'static str {
        match self {
            FormId::SignIn => "sign-in",
            FormId::LeaveReason => "leave-reason",
            FormId::FeedbackAnswer => "feedback-answer",
            FormId::Kiosk => "kiosk",
            FormId::VisitCode => "visit-code",
            FormId::Help => "help",
            FormId::Contact => "contact",
            FormId::Mandate => "mandate",
            FormId::Review => "review",
            FormId::Decision => "decision",
            FormId::ClientSignIn => "client-sign-in",
            FormId::RelativeSignIn => "relative-sign-in",
            FormId::Plan => "plan",
            FormId::PlanComment => "plan-comment",
            FormId::SelfCheck => "self-check",
            FormId::WellbeingSharing => "wellbeing-sharing",
            FormId::HelpHours => "help-hours",
            FormId::Proposal => "proposal",
            FormId::ProposalAnswer => "proposal-answer",
            FormId::ProviderSurvey => "provider-survey",
            FormId::Ask => "ask",
            FormId::Answer => "answer",
            FormId::Email => "email",
            FormId::Report => "report",
            FormId::Settlement => "settlement",
            FormId::Upload => "upload",
            FormId::Join => "join",
            FormId::ApplicationReview => "application-review",
        }
    }

    pub fn parse(code: &str) -> Option<FormId> {
        FormId::ALL.into_iter().find(|form| form.code() == code)
    }
}

/// The hidden field in which a form with typed text names itself ([`crate::components::form::FormName`]),
/// so that what was typed can come back when the sign-in ran out before it was sent.
pub const FORM_FIELD: &str = "form";

/// A form's values and errors after a post that did not go through, shown once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFlash {
    pub form: FormId,
    pub values: BTreeMap<String, String>,
    /// Field name (or "" for the form as a whole) and a message id, in the order of the form.
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message_id: String,
    /// Numbers the message says, such as the most characters allowed: passed in, never typed
    /// into a text.
    #[serde(default)]
    pub numbers: Vec<(String, i64)>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message_id: impl Into<String>) -> FieldError {
        FieldError { field: field.into(), message_id: message_id.into(), numbers: Vec::new() }
    }

    pub fn with(mut self, name: &str, number: usize) -> FieldError {
        self.numbers.push((name.to_string(), i64::try_from(number).unwrap_or(i64::MAX)));
        self
    }

    /// The message in the person's language and register.
    pub fn text(&self, t: crate::i18n::I18n) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue)> =
            self.numbers.iter().map(|(name, n)| (name.as_str(), (*n).into())).collect();
        t.text_with(&self.message_id, &args)
    }
}

impl FormFlash {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}

/// The data of one page. Every navigation is a page load (docs/decisions/0005), so the server
/// loads it with the page and the browser reads it back for hydration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PageData {
    #[default]
    None,
    Budget(ClientPage<Option<Budget>>),
    Statement(ClientPage<Statement>),
    Decision(ClientPage<DecisionPage>),
    Providers(Box<FindPage>),
    Provider(Box<ProviderPage>),
    Compare(Box<ComparePage>),
    ChangeFlow(Box<ChangeFlow>),
    Changes(Box<ChangesPage>),
    Change(Box<ChangePage>),
    Leave(Box<LeavePage>),
    FeedbackList(Box<FeedbackListPage>),
    FeedbackAnswer(Box<AnswerPage>),
    Participation(Box<ParticipationPage>),
    Kiosk(KioskPage),
    VisitCodes(Box<VisitCodesPage>),
    FeedbackComments(Box<CommentsPage>),
    WhoLooked(Box<LooksPage>),
    Helpers(Box<HelpersPage>),
    DoneForMe(Box<DonePage>),
    Whose(Box<WhosePage>),
    Clients(Box<ClientsPage>),
    Contact(Box<ContactPage>),
    Mandates(Box<MandatesPage>),
    ClientSignIn(Box<ClientSignInPage>),
    Held(Box<HeldPage>),
    DecisionForm(Box<DecisionFormPage>),
    Decisions(Box<DecisionsPage>),
    Details(ClientPage<Details>),
    Refusals(Box<RefusalsPage>),
    Plan(ClientPage<PlanPage>),
    PlanForm(Box<PlanFormPage>),
    Wellbeing(ClientPage<WellbeingPage>),
    SelfCheckQuestion(QuestionPage),
    SelfCheckShare(SharePage),
    ClientWellbeing(Box<CounsellorWellbeingPage>),
    Indicators(Box<IndicatorsPage>),
    HelpHours(Box<crate::help_hours::HelpHoursPage>),
    Proposal(ClientPage<crate::proposals::ProposalPage>),
    ProposalAnswer(Box<crate::proposals::AnswerPage>),
    FirstProvider(ClientPage<crate::first_provider::FirstProviderPage>),
    ProviderSurvey(Box<crate::provider_survey::ProviderSurveyPage>),
    Messages(Box<crate::messages::MessagesPage>),
    Ask(ClientPage<crate::messages::AskPage>),
    Conversation(Box<crate::messages::ConversationPage>),
    Email(Box<crate::messages::EmailPage>),
    OurClients(Box<crate::provider_work::OurClientsPage>),
    OurRecords(Box<crate::provider_work::OurRecordsPage>),
    Settlements(Box<crate::settlements::SettlementsPage>),
    Settlement(Box<crate::settlements::SettlementPage>),
    Report(Box<crate::provider_work::ReportPage>),
    UploadRecords(Box<crate::record_upload::UploadFormPage>),
    RecordUpload(Box<crate::record_upload::UploadPage>),
    Join(Box<crate::joining::JoinPage>),
    Application(Box<crate::joining::ApplicationPage>),
    Applications(Box<crate::joining::ApplicationsPage>),
    Review(Box<crate::joining::ReviewPage>),
}

/// A page about one client's matters: whose they are, and what to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientPage<T> {
    pub client_name: String,
    /// Whether the signed-in person is the client (pages say "you") or helps them.
    pub is_self: bool,
    pub content: T,
}
