//! Working with the organiser: a provider's answers twice a year, checked and kept, and the
//! averages the organiser sees (B19: none below five answers).

use std::collections::BTreeMap;

use app::i18n::msg;
use app::indicators::{ScoreFigure, FEWEST_ANSWERS};
use app::provider_survey::{
    fields, HalfYear, ProviderExperience, ProviderSurveyPage, SurveyAnswer, MAX_WORDS, QUESTIONS,
};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use sqlx::AnyConnection;

use crate::store::budget::date_text;
use crate::store::provider_survey::{self, Answer};
use crate::store::{providers, Db, StoreError};

/// Why an answer could not be kept, one per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SurveyError {
    #[error("the question {0} has no score of 1-5")]
    NoScore(&'static str),
    #[error("the words are longer than {MAX_WORDS} characters")]
    TooLong,
}

impl SurveyError {
    pub fn field(self) -> &'static str {
        match self {
            SurveyError::NoScore(field) => field,
            SurveyError::TooLong => fields::WORDS,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            SurveyError::NoScore(_) => msg("provider-survey-error-score"),
            SurveyError::TooLong => msg("provider-survey-error-words"),
        }
    }
}

/// The half of the year a day falls in.
pub fn half_of(day: NaiveDate) -> HalfYear {
    HalfYear::of_month(day.year(), day.month())
}

/// Checks the posted form; every wrong field is named, in the order of the form.
pub fn check(form: &BTreeMap<String, String>, today: NaiveDate) -> Result<Answer, Vec<SurveyError>> {
    let mut errors = Vec::new();
    let mut scores = [0; 5];
    for (score, (name, _)) in scores.iter_mut().zip(QUESTIONS) {
        match form.get(name).and_then(|v| v.trim().parse::<i64>().ok()).filter(|s| (1..=5).contains(s)) {
            Some(given) => *score = given,
            None => errors.push(SurveyError::NoScore(name)),
        }
    }
    let words = form.get(fields::WORDS).map(|w| w.trim()).unwrap_or("");
    if words.chars().count() > MAX_WORDS {
        errors.push(SurveyError::TooLong);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let words = (!words.is_empty()).then(|| words.to_string());
    Ok(Answer { answered_on: date_text(today), scores, words })
}

/// Keeps the provider's answer for the half of `today`, the day it was given.
pub async fn save(
    db: &Db,
    provider_id: i64,
    answer: &Answer,
    today: NaiveDate,
    by: &str,
    at: i64,
) -> Result<(), StoreError> {
    let half = half_of(today);
    let mut conn = db.pool.acquire().await?;
    provider_survey::save(&mut conn, provider_id, &half.code(), answer, by, at).await
}

/// The page: this half's questions, with the answer already given this half.
pub async fn page(
    db: &Db,
    provider_id: i64,
    today: NaiveDate,
    saved: bool,
) -> Result<ProviderSurveyPage, StoreError> {
    let half = half_of(today);
    let mut conn = db.pool.acquire().await?;
    let provider = providers::name_of(&mut conn, provider_id).await?.unwrap_or_default();
    let answered = provider_survey::own(&mut conn, provider_id, &half.code()).await?.map(|a| SurveyAnswer {
        day: a.answered_on,
        scores: a.scores.to_vec(),
        words: a.words.unwrap_or_default(),
    });
    Ok(ProviderSurveyPage { provider, half, answered, saved })
}

/// The half's answers as the organiser sees them.
pub async fn experience(conn: &mut AnyConnection, half: HalfYear) -> Result<ProviderExperience, StoreError> {
    let answers = provider_survey::for_half(conn, &half.code()).await?;
    Ok(summary(half, &answers))
}

/// How many answered, each question's average to one decimal, and the words: the averages and
/// the words only from [`FEWEST_ANSWERS`] answers up (B19).
pub fn summary(half: HalfYear, answers: &[Answer]) -> ProviderExperience {
    let providers = u32::try_from(answers.len()).unwrap_or(u32::MAX);
    let enough = providers >= FEWEST_ANSWERS;
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(n, (code, _))| {
            let sum: i64 = answers.iter().map(|a| a.scores[n]).sum();
            let average = enough
                .then(|| format!("{:.1}", (Decimal::from(sum) / Decimal::from(answers.len())).round_dp(1)));
            ScoreFigure { asked: (*code).to_string(), answers: providers, average }
        })
        .collect();
    let words = if enough { answers.iter().filter_map(|a| a.words.clone()).collect() } else { Vec::new() };
    ProviderExperience { half, providers, questions, words }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(scores: [i64; 5], words: Option<&str>) -> Answer {
        Answer { answered_on: "2018-05-02".into(), scores, words: words.map(str::to_string) }
    }

    #[test]
    fn averages_and_words_show_from_five_answers() {
        let half = HalfYear { year: 2018, half: 1 };
        let mut answers = vec![
            answer([4, 3, 2, 5, 4], Some("Maksut viipyvät.")),
            answer([5, 4, 3, 4, 4], None),
            answer([3, 3, 2, 4, 3], None),
            answer([4, 5, 3, 5, 5], None),
        ];
        let four = summary(half, &answers);
        assert_eq!(four.providers, 4);
        assert!(four.questions.iter().all(|q| q.average.is_none()));
        assert!(four.words.is_empty());
        answers.push(answer([4, 4, 1, 3, 4], Some("Hyvä yhteistyö.")));
        let five = summary(half, &answers);
        // By hand: working (4+5+3+4+4)/5 = 4.0, information 19/5 = 3.8, reporting 11/5 = 2.2,
        // clients 21/5 = 4.2, listening 20/5 = 4.0.
        let averages: Vec<_> = five.questions.iter().map(|q| q.average.clone().unwrap()).collect();
        assert_eq!(averages, ["4.0", "3.8", "2.2", "4.2", "4.0"]);
        assert_eq!(five.words, ["Maksut viipyvät.", "Hyvä yhteistyö."]);
    }

    #[test]
    fn every_missing_score_and_long_words_are_named() {
        let today = NaiveDate::from_ymd_opt(2018, 5, 10).unwrap();
        let mut form: BTreeMap<String, String> =
            [("working", "4"), ("information", "6"), ("clients", "x"), ("listening", "1")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
        form.insert(fields::WORDS.into(), "a".repeat(MAX_WORDS + 1));
        let errors = check(&form, today).unwrap_err();
        assert_eq!(
            errors,
            [
                SurveyError::NoScore("information"),
                SurveyError::NoScore("reporting"),
                SurveyError::NoScore("clients"),
                SurveyError::TooLong
            ]
        );
    }

    #[test]
    fn the_halves_are_january_to_june_and_july_to_december() {
        let day = |m, d| NaiveDate::from_ymd_opt(2018, m, d).unwrap();
        assert_eq!(half_of(day(6, 30)).code(), "2018-1");
        assert_eq!(half_of(day(7, 1)).code(), "2018-2");
        assert_eq!(HalfYear { year: 2018, half: 2 }.days().1, "2018-12-31");
    }
}
