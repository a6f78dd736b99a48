//! "How am I doing?": a short self-check of wellbeing and everyday functioning, one question per
//! page with the five faces, asked at the start of a budget, every six months and at the end. The
//! client sees their answers over time and decides whether their counsellor may see them.
//! The questions are the portal's own, not a licensed instrument's.

use serde::{Deserialize, Serialize};

use crate::i18n::msg;

/// One question of the self-check. The code is what is stored, so it never changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    Everyday,
    GettingAround,
    Health,
    Mood,
    Sleep,
    People,
    Activities,
    Safe,
    Heard,
    Help,
}

impl Question {
    pub const ALL: [Question; 10] = [
        Question::Everyday,
        Question::GettingAround,
        Question::Health,
        Question::Mood,
        Question::Sleep,
        Question::People,
        Question::Activities,
        Question::Safe,
        Question::Heard,
        Question::Help,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Question::Everyday => "everyday",
            Question::GettingAround => "getting-around",
            Question::Health => "health",
            Question::Mood => "mood",
            Question::Sleep => "sleep",
            Question::People => "people",
            Question::Activities => "activities",
            Question::Safe => "safe",
            Question::Heard => "heard",
            Question::Help => "help",
        }
    }

    pub fn parse(code: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.code() == code)
    }

    /// The question as asked: "How do you manage everyday tasks at home?"
    pub fn text_id(self) -> &'static str {
        match self {
            Question::Everyday => msg("wellbeing-q-everyday"),
            Question::GettingAround => msg("wellbeing-q-getting-around"),
            Question::Health => msg("wellbeing-q-health"),
            Question::Mood => msg("wellbeing-q-mood"),
            Question::Sleep => msg("wellbeing-q-sleep"),
            Question::People => msg("wellbeing-q-people"),
            Question::Activities => msg("wellbeing-q-activities"),
            Question::Safe => msg("wellbeing-q-safe"),
            Question::Heard => msg("wellbeing-q-heard"),
            Question::Help => msg("wellbeing-q-help"),
        }
    }

    /// The area in a few words, for the table's rows: "Everyday tasks".
    pub fn area_id(self) -> &'static str {
        match self {
            Question::Everyday => msg("wellbeing-area-everyday"),
            Question::GettingAround => msg("wellbeing-area-getting-around"),
            Question::Health => msg("wellbeing-area-health"),
            Question::Mood => msg("wellbeing-area-mood"),
            Question::Sleep => msg("wellbeing-area-sleep"),
            Question::People => msg("wellbeing-area-people"),
            Question::Activities => msg("wellbeing-area-activities"),
            Question::Safe => msg("wellbeing-area-safe"),
            Question::Heard => msg("wellbeing-area-heard"),
            Question::Help => msg("wellbeing-area-help"),
        }
    }

    /// 1 for the first question.
    pub fn number(self) -> usize {
        Question::ALL.iter().position(|q| *q == self).map_or(1, |i| i + 1)
    }

    pub fn by_number(number: usize) -> Option<Question> {
        number.checked_sub(1).and_then(|i| Question::ALL.get(i).copied())
    }
}

/// One finished self-check: when, who answered (the client, or a relative for them), each
/// question's face from 1 (very bad) to 5 (very good), and their average "3.4".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheck {
    /// "YYYY-MM-DD".
    pub day: String,
    pub answered_by: String,
    /// A [`crate::role::Role`] code.
    pub answered_by_role: String,
    pub answers: Vec<(Question, i64)>,
    pub average: String,
}

/// `/how-am-i-doing`: the self-checks so far, oldest first, and what this person may do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WellbeingPage {
    pub checks: Vec<SelfCheck>,
    /// Whether the client lets their counsellor see the answers.
    pub shared: bool,
    /// The client or a relative who acts may answer a new check.
    pub may_answer: bool,
    /// Only the client decides who sees the answers.
    pub may_share: bool,
    /// When the next check is due, "YYYY-MM-DD"; none after the budget's end.
    pub next_due: Option<String>,
    /// "saved" after a check, "shared" or "not-shared" after a change of mind.
    pub done: Option<String>,
}

/// `/how-am-i-doing/{n}`: one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionPage {
    pub question: Question,
    /// The face chosen before, when coming back to the question.
    pub chosen: Option<i64>,
}

/// `/how-am-i-doing/share`: the last step, whether the counsellor may see the answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePage {
    pub shared: bool,
    /// Only the client decides; a relative answering sees the client's choice kept as it is.
    pub may_share: bool,
}

/// `/clients/{id}/wellbeing`: the counsellor sees the checks only when the client allows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounsellorWellbeingPage {
    pub client_id: i64,
    pub client_name: String,
    /// `None` when the client has not let the counsellor see them.
    pub checks: Option<Vec<SelfCheck>>,
}

/// The form fields.
pub mod fields {
    pub const SCORE: &str = "score";
    pub const SHARE: &str = "share";
}
