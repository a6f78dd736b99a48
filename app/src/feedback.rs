//! Feedback after each service (B18-B20) and the process and participation questions, as the
//! API sends them and the pages show them. Dates are "YYYY-MM-DD".

use serde::{Deserialize, Serialize};

use crate::i18n::msg;

/// The form fields of the feedback pages.
pub mod fields {
    pub const SCORE: &str = "score";
    pub const WORDS: &str = "words";
    pub const CONTACT: &str = "contact";
    pub const CODE: &str = "code";
    pub const SERVICE: &str = "service";
    pub const OCCASION: &str = "occasion";
    pub const PROCESS: &str = "process";
    pub const HEARD: &str = "heard";
    pub const CHOICE: &str = "choice";
    pub const SKIP: &str = "skip";
}

/// The most characters of own words (B18).
pub const MAX_WORDS: usize = 2000;

/// The five faces, from very bad (1) to very good (5): the message id of each label and its
/// pictogram (OpenMoji, CC BY-SA 4.0; see public/pictograms/CREDITS.md).
pub const FACES: [(i64, &str, &str); 5] = [
    (1, msg("face-1"), "/pictograms/openmoji/1F61E.svg"),
    (2, msg("face-2"), "/pictograms/openmoji/1F641.svg"),
    (3, msg("face-3"), "/pictograms/openmoji/1F610.svg"),
    (4, msg("face-4"), "/pictograms/openmoji/1F642.svg"),
    (5, msg("face-5"), "/pictograms/openmoji/1F604.svg"),
];

/// The label of a score from 1 to 5.
pub fn face_label_id(score: i64) -> &'static str {
    FACES.iter().find(|(s, _, _)| *s == score).map_or(msg("face-3"), |(_, id, _)| id)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum InvitationState {
    Open,
    Answered,
    /// Open for 14 days, and those have passed.
    Expired,
}

/// An invitation to tell how one provider-day of services went (B18).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Invitation {
    pub id: i64,
    pub provider_id: i64,
    pub provider: String,
    /// Product codes of the services that day.
    pub services: Vec<String>,
    pub service_day: String,
    /// The last day it can be answered.
    pub open_until: String,
    pub state: InvitationState,
}

/// Other clients' feedback, as aggregates only and only from five answers up (B19): below
/// that, `enough_answers` is false and nothing else is sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Feedback {
    pub enough_answers: bool,
    pub answers: Option<i64>,
    /// The mean score on the 1-5 scale, with one decimal.
    pub average: Option<String>,
    /// How many answers gave 1, 2, 3, 4 and 5.
    pub distribution: Option<Vec<i64>>,
}

/// One service's share of a provider's feedback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ServiceFeedback {
    pub product: String,
    pub feedback: Feedback,
}

/// What anyone may see of a provider's feedback (B19): nothing below five answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FeedbackSummary {
    pub provider_id: i64,
    pub overall: Feedback,
    pub by_service: Vec<ServiceFeedback>,
}

/// A one-time code for feedback at the service place (B20).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VisitCode {
    /// Eight letters and digits, shown as two groups of four.
    #[cfg_attr(feature = "ssr", schema(example = "KP7X3MHA"))]
    pub code: String,
    /// The page to open, relative to the portal's address: `/f/{code}`.
    pub path: String,
    pub product: String,
    pub provider: String,
    /// The last day the code works.
    pub valid_until: String,
}

impl VisitCode {
    /// "KP7X 3MHA": easier to read aloud and to type.
    pub fn grouped(&self) -> String {
        let (a, b) = self.code.split_at(self.code.len() / 2);
        format!("{a} {b}")
    }
}

/// When the process and participation questions are asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Occasion {
    /// After a change of provider: the new provider's name.
    AfterChange { code: String, new_provider: String },
    /// The monthly questions; `month` is "YYYY-MM".
    Month { code: String, month: String },
}

impl Occasion {
    pub fn code(&self) -> &str {
        match self {
            Occasion::AfterChange { code, .. } | Occasion::Month { code, .. } => code,
        }
    }
}

/// The three questions, each on the 1-5 scale and each skippable: field name and message id.
pub const PARTICIPATION_QUESTIONS: [(&str, &str); 3] = [
    (fields::PROCESS, msg("participation-process")),
    (fields::HEARD, msg("participation-heard")),
    (fields::CHOICE, msg("participation-choice")),
];

/// "Tell us how it went": the open invitations and the questions due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackListPage {
    pub client_name: String,
    pub is_self: bool,
    pub invitations: Vec<Invitation>,
    /// Whether this person may answer: the client, or a relative who may act for them.
    pub may_answer: bool,
    pub participation: Option<Occasion>,
    /// The questions were just answered or skipped.
    pub participation_saved: bool,
}

/// One invitation's answer form, or what became of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerPage {
    pub client_name: String,
    pub is_self: bool,
    pub invitation: Invitation,
    /// Just answered: the thank-you page.
    pub sent: bool,
}

/// The process and participation questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipationPage {
    pub client_name: String,
    pub is_self: bool,
    /// `None` when nothing is due.
    pub occasion: Option<Occasion>,
}

/// Feedback at the service place, without signing in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KioskPage {
    /// Type the code; after a code that is not one, `unknown` says so.
    Start {
        unknown: bool,
    },
    /// The faces for this visit.
    Form {
        code: String,
        provider: String,
        product: String,
    },
    Used,
    Expired,
    /// Thank you; the page goes back to the start by itself.
    Thanks,
    /// Too many tries from this place: wait a minute.
    Busy,
}

/// The provider's page for making visit codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitCodesPage {
    pub provider: String,
    /// Product codes the provider offers.
    pub services: Vec<String>,
    /// The code just made, with the full address and its QR code as SVG markup.
    pub made: Option<MadeCode>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MadeCode {
    pub code: VisitCode,
    pub address: String,
    pub qr_svg: String,
}

/// An answer with own words or a contact request, as the organiser sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub given_on: String,
    pub provider: String,
    pub product: String,
    pub score: i64,
    pub words: Option<String>,
    /// The client's name, only when they asked to be contacted.
    pub contact: Option<String>,
    pub at_service_place: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentsPage {
    pub comments: Vec<Comment>,
    /// How many a page holds.
    pub on_a_page: i64,
    /// Where the page of newer answers starts, when this is not the newest page.
    pub newer: Option<PageStart>,
    /// Where the page of older answers starts, when there are any.
    pub older: Option<PageStart>,
}

/// Where a page of the organiser's list starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PageStart {
    /// The newest answers.
    Newest,
    /// The answers older than this one (`?before=`).
    Before(i64),
}
