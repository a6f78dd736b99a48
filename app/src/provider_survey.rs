//! Working with the organiser: twice a year a provider answers a few questions about how working
//! with the organiser goes (SiVa's "providers' own experience"); the organiser sees the averages.

use serde::{Deserialize, Serialize};

use crate::i18n::msg;
use crate::indicators::ScoreFigure;

/// The form's fields: one per question, and the provider's own words.
pub mod fields {
    pub const WORDS: &str = "words";
}

/// The questions, each a field of 1-5 faces and its text's id, in the order asked. Written for
/// this portal; the codes are stored and must not change.
pub const QUESTIONS: [(&str, &str); 5] = [
    ("working", msg("provider-survey-q-working")),
    ("information", msg("provider-survey-q-information")),
    ("reporting", msg("provider-survey-q-reporting")),
    ("clients", msg("provider-survey-q-clients")),
    ("listening", msg("provider-survey-q-listening")),
];

/// The most characters the provider's own words may have.
pub const MAX_WORDS: usize = 2_000;

/// A half of a year, the time one answer is for: the first is January-June.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HalfYear {
    pub year: i32,
    /// 1 or 2.
    pub half: u8,
}

impl HalfYear {
    /// The stored code, "2018-1".
    pub fn code(self) -> String {
        format!("{}-{}", self.year, self.half)
    }

    /// The half a month (1-12) falls in.
    pub fn of_month(year: i32, month: u32) -> HalfYear {
        HalfYear { year, half: if month <= 6 { 1 } else { 2 } }
    }

    /// The half's first and last days, "YYYY-MM-DD".
    pub fn days(self) -> (String, String) {
        if self.half == 1 {
            (format!("{}-01-01", self.year), format!("{}-06-30", self.year))
        } else {
            (format!("{}-07-01", self.year), format!("{}-12-31", self.year))
        }
    }
}

/// `/provider-survey`: the questions, with the provider's answers for this half if it gave them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSurveyPage {
    pub provider: String,
    pub half: HalfYear,
    /// The day the provider answered this half, "YYYY-MM-DD", and the scores in the order of
    /// [`QUESTIONS`], and its words.
    pub answered: Option<SurveyAnswer>,
    /// Just saved: said once at the top.
    pub saved: bool,
}

/// A provider's answer for one half.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyAnswer {
    pub day: String,
    pub scores: Vec<i64>,
    pub words: String,
}

/// The providers' answers for a half, for the organiser: how many answered, and each question's
/// average (none below [`crate::indicators::FEWEST_ANSWERS`] answers, B19).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProviderExperience {
    pub half: HalfYear,
    pub providers: u32,
    /// Each of [`QUESTIONS`], `asked` its code.
    pub questions: Vec<ScoreFigure>,
    /// The providers' own words, newest first, without names; none below
    /// [`crate::indicators::FEWEST_ANSWERS`] answers, so that no one is picked out by them.
    pub words: Vec<String>,
}
