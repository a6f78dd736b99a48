//! Feedback after each service (B18), at the service place with a one-time visit code (B20), and
//! when the process and participation questions are due. The aggregates of B19 are in
//! [`super::choice::feedback_aggregate`], beside the comparison that uses them.

use chrono::{Days, NaiveDate};

use super::YearMonth;

/// B18: an invitation is open this many days, the day it opens included.
pub const OPEN_DAYS: u64 = 14;

/// B18: the most characters of own words an answer may carry.
pub use app::feedback::MAX_WORDS;

/// A visit code works this many days, the day it is made included.
pub const VISIT_CODE_DAYS: u64 = 7;

/// The last day an invitation opened on `opened_on` can be answered.
pub fn last_day_open(opened_on: NaiveDate) -> NaiveDate {
    opened_on + Days::new(OPEN_DAYS - 1)
}

/// The last day a visit code made on `made_on` works.
pub fn visit_code_valid_until(made_on: NaiveDate) -> NaiveDate {
    made_on + Days::new(VISIT_CODE_DAYS - 1)
}

/// A score on the face scale, from 1 (very bad) to 5 (very good).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score(u8);

impl Score {
    pub fn new(value: i64) -> Option<Score> {
        u8::try_from(value).ok().filter(|v| (1..=5).contains(v)).map(Score)
    }

    pub fn value(self) -> i64 {
        i64::from(self.0)
    }
}

/// An answer as given: the face may be missing, which the rules refuse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub score: Option<i64>,
    pub words: String,
    pub contact_me: bool,
}

/// An answer the rules accept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedAnswer {
    pub score: Score,
    /// Own words, trimmed; `None` when there were none.
    pub words: Option<String>,
    pub contact_me: bool,
}

/// Why an answer or a visit code is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FeedbackRefusal {
    #[error("choose a face from 1 (very bad) to 5 (very good)")]
    ScoreMissing,
    #[error("the words are longer than {MAX_WORDS} characters")]
    WordsTooLong,
    #[error("this invitation was open for {OPEN_DAYS} days and has closed")]
    Expired,
    #[error("this has been answered already; each visit gets one answer")]
    AlreadyAnswered,
    #[error("this visit code is no longer valid")]
    CodeExpired,
}

impl FeedbackRefusal {
    /// The stable code of the API and the pages.
    pub fn code(self) -> &'static str {
        match self {
            FeedbackRefusal::ScoreMissing => "score-missing",
            FeedbackRefusal::WordsTooLong => "words-too-long",
            FeedbackRefusal::Expired => "invitation-expired",
            FeedbackRefusal::AlreadyAnswered => "already-answered",
            FeedbackRefusal::CodeExpired => "code-expired",
        }
    }
}

/// Where an invitation stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvitationState {
    Open { until: NaiveDate },
    Answered,
    Expired,
}

/// B18: open from the day it opens for [`OPEN_DAYS`] days, until it is answered.
pub fn invitation_state(opened_on: NaiveDate, answered: bool, today: NaiveDate) -> InvitationState {
    let until = last_day_open(opened_on);
    match () {
        _ if answered => InvitationState::Answered,
        _ if today > until => InvitationState::Expired,
        _ => InvitationState::Open { until },
    }
}

/// The face and the words, whoever gives them.
pub fn check_answer(answer: &Answer) -> Result<CheckedAnswer, FeedbackRefusal> {
    let score = answer.score.and_then(Score::new).ok_or(FeedbackRefusal::ScoreMissing)?;
    let words = answer.words.trim();
    if words.chars().count() > MAX_WORDS {
        return Err(FeedbackRefusal::WordsTooLong);
    }
    Ok(CheckedAnswer {
        score,
        words: (!words.is_empty()).then(|| words.to_string()),
        contact_me: answer.contact_me,
    })
}

/// B18: an answer to an invitation, which must be open.
pub fn check_invitation_answer(
    state: InvitationState,
    answer: &Answer,
) -> Result<CheckedAnswer, FeedbackRefusal> {
    match state {
        InvitationState::Answered => Err(FeedbackRefusal::AlreadyAnswered),
        InvitationState::Expired => Err(FeedbackRefusal::Expired),
        InvitationState::Open { .. } => check_answer(answer),
    }
}

/// B20: an answer with a visit code. No personal data is asked, so a contact request cannot
/// be made here; it is dropped rather than refused.
pub fn check_visit_answer(
    valid_until: NaiveDate,
    used: bool,
    today: NaiveDate,
    answer: &Answer,
) -> Result<CheckedAnswer, FeedbackRefusal> {
    if used {
        return Err(FeedbackRefusal::AlreadyAnswered);
    }
    if today > valid_until {
        return Err(FeedbackRefusal::CodeExpired);
    }
    let checked = check_answer(answer)?;
    Ok(CheckedAnswer { contact_me: false, ..checked })
}

/// The letters of a visit code: no 0/O, 1/I/L or 5/S to mix up when typing it from paper.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRTUVWXYZ2346789";
pub const CODE_LENGTH: usize = 8;

/// A code as typed (any case, spaces or dashes between) in its stored form, if it can be one.
pub fn normalise_code(typed: &str) -> Option<String> {
    let code: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    (code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// When the process and participation questions are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occasion {
    /// After a change of provider, by the change's id.
    AfterChange(i64),
    /// Once a month.
    Month(YearMonth),
}

impl Occasion {
    /// The stored form, one answer per client and occasion.
    pub fn code(self) -> String {
        match self {
            Occasion::AfterChange(id) => format!("change-{id}"),
            Occasion::Month(month) => format!("month-{month}"),
        }
    }

    pub fn parse(code: &str) -> Option<Occasion> {
        if let Some(id) = code.strip_prefix("change-") {
            return id.parse().ok().map(Occasion::AfterChange);
        }
        code.strip_prefix("month-").and_then(YearMonth::parse).map(Occasion::Month)
    }
}

/// A change is asked about for this many days after it was made.
pub const ASK_AFTER_CHANGE_DAYS: u64 = 30;

/// What is due today, if anything: a recent change not yet asked about comes first; otherwise
/// the month, unless anything was answered (or skipped) this month already. `changes` are the
/// client's changes still in force with the day each was made; `answered` the occasions answered
/// with the day of the answer.
pub fn participation_due(
    today: NaiveDate,
    changes: &[(i64, NaiveDate)],
    answered: &[(Occasion, NaiveDate)],
) -> Option<Occasion> {
    let asked = |occasion: Occasion| answered.iter().any(|(o, _)| *o == occasion);
    let recent_change = changes
        .iter()
        .filter(|(_, made_on)| today <= *made_on + Days::new(ASK_AFTER_CHANGE_DAYS))
        .map(|(id, _)| Occasion::AfterChange(*id))
        .find(|o| !asked(*o));
    if recent_change.is_some() {
        return recent_change;
    }
    let month = YearMonth::of(today);
    let answered_this_month = answered.iter().any(|(_, on)| YearMonth::of(*on) == month);
    (!answered_this_month).then_some(Occasion::Month(month))
}

/// The participation answers as given: each score optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParticipationAnswer {
    pub process: Option<Score>,
    pub heard: Option<Score>,
    pub choice: Option<Score>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn answer(score: Option<i64>, words: &str) -> Answer {
        Answer { score, words: words.to_string(), contact_me: true }
    }

    #[test]
    fn an_invitation_is_open_fourteen_days_then_closes() {
        let opened = d(2018, 5, 7);
        assert_eq!(
            invitation_state(opened, false, d(2018, 5, 7)),
            InvitationState::Open { until: d(2018, 5, 20) }
        );
        assert_eq!(
            invitation_state(opened, false, d(2018, 5, 20)),
            InvitationState::Open { until: d(2018, 5, 20) }
        );
        assert_eq!(invitation_state(opened, false, d(2018, 5, 21)), InvitationState::Expired);
        let late =
            check_invitation_answer(invitation_state(opened, false, d(2018, 5, 21)), &answer(Some(4), ""));
        assert_eq!(late, Err(FeedbackRefusal::Expired));
    }

    #[test]
    fn an_invitation_takes_one_answer() {
        let state = invitation_state(d(2018, 5, 7), true, d(2018, 5, 8));
        assert_eq!(state, InvitationState::Answered);
        assert_eq!(
            check_invitation_answer(state, &answer(Some(5), "")),
            Err(FeedbackRefusal::AlreadyAnswered)
        );
    }

    #[test]
    fn an_answer_needs_a_face_and_at_most_2000_characters() {
        assert_eq!(check_answer(&answer(None, "hyvä")), Err(FeedbackRefusal::ScoreMissing));
        assert_eq!(check_answer(&answer(Some(0), "")), Err(FeedbackRefusal::ScoreMissing));
        assert_eq!(check_answer(&answer(Some(6), "")), Err(FeedbackRefusal::ScoreMissing));
        // Characters, not bytes: 2000 "ä" are 4000 bytes and still fit.
        let fits = check_answer(&answer(Some(3), &"ä".repeat(2000))).unwrap();
        assert_eq!(fits.words.unwrap().chars().count(), 2000);
        assert_eq!(check_answer(&answer(Some(3), &"ä".repeat(2001))), Err(FeedbackRefusal::WordsTooLong));
        let blank = check_answer(&answer(Some(2), "   \n")).unwrap();
        assert_eq!((blank.score.value(), blank.words, blank.contact_me), (2, None, true));
    }

    #[test]
    fn a_visit_code_works_once_for_seven_days_and_asks_for_no_contact() {
        let until = visit_code_valid_until(d(2018, 5, 7));
        assert_eq!(until, d(2018, 5, 13));
        let given = check_visit_answer(until, false, d(2018, 5, 13), &answer(Some(5), "kiva")).unwrap();
        assert!(!given.contact_me);
        assert_eq!(
            check_visit_answer(until, true, d(2018, 5, 8), &answer(Some(5), "")),
            Err(FeedbackRefusal::AlreadyAnswered)
        );
        assert_eq!(
            check_visit_answer(until, false, d(2018, 5, 14), &answer(Some(5), "")),
            Err(FeedbackRefusal::CodeExpired)
        );
    }

    #[test]
    fn a_typed_code_is_read_in_any_case_with_spaces() {
        assert_eq!(normalise_code("kp7x 3mha").as_deref(), Some("KP7X3MHA"));
        assert_eq!(normalise_code("KP7X-3MHA").as_deref(), Some("KP7X3MHA"));
        assert_eq!(normalise_code("KP7X3MH"), None);
        assert_eq!(normalise_code("KP7X3MH0"), None);
        assert_eq!(normalise_code("../../x"), None);
    }

    #[test]
    fn the_questions_come_after_a_change_then_once_a_month() {
        let today = d(2018, 5, 10);
        let may = Occasion::Month(YearMonth { year: 2018, month: 5 });
        assert_eq!(participation_due(today, &[], &[]), Some(may));
        assert_eq!(participation_due(today, &[], &[(may, d(2018, 5, 2))]), None);
        // A change made last week is asked about first, even when the month was answered.
        let change = Occasion::AfterChange(7);
        assert_eq!(participation_due(today, &[(7, d(2018, 5, 3))], &[(may, d(2018, 5, 2))]), Some(change));
        // Answering about the change counts for the month too.
        assert_eq!(participation_due(today, &[(7, d(2018, 5, 3))], &[(change, d(2018, 5, 9))]), None);
        // A change made long ago is not asked about.
        assert_eq!(participation_due(today, &[(7, d(2018, 3, 1))], &[(may, d(2018, 5, 2))]), None);
        assert_eq!(Occasion::parse(&change.code()), Some(change));
        assert_eq!(Occasion::parse(&may.code()), Some(may));
    }
}
