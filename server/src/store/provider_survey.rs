//! Providers' answers about working with the organiser, one a provider a half of the year.

use sqlx::{AnyConnection, Row};

use super::StoreError;

/// One provider's answer: the scores in the order of `app::provider_survey::QUESTIONS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub answered_on: String,
    pub scores: [i64; 5],
    pub words: Option<String>,
}

const COLUMNS: &str = "answered_on, working, information, reporting, clients, listening, words";

fn answer_from(row: &sqlx::any::AnyRow) -> Result<Answer, StoreError> {
    Ok(Answer {
        answered_on: row.try_get("answered_on")?,
        scores: [
            row.try_get("working")?,
            row.try_get("information")?,
            row.try_get("reporting")?,
            row.try_get("clients")?,
            row.try_get("listening")?,
        ],
        words: row.try_get("words")?,
    })
}

/// Keeps the provider's answer for the half, in place of one it gave earlier in the same half.
pub async fn save(
    conn: &mut AnyConnection,
    provider_id: i64,
    half_year: &str,
    answer: &Answer,
    by: &str,
    at: i64,
) -> Result<(), StoreError> {
    let [working, information, reporting, clients, listening] = answer.scores;
    sqlx::query(&format!(
        "INSERT INTO provider_survey_answers (provider_id, half_year, {COLUMNS}, done_by, done_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (provider_id, half_year) DO UPDATE SET answered_on = excluded.answered_on, \
         working = excluded.working, information = excluded.information, reporting = excluded.reporting, \
         clients = excluded.clients, listening = excluded.listening, words = excluded.words, \
         done_by = excluded.done_by, done_at = excluded.done_at"
    ))
    .bind(provider_id)
    .bind(half_year)
    .bind(&answer.answered_on)
    .bind(working)
    .bind(information)
    .bind(reporting)
    .bind(clients)
    .bind(listening)
    .bind(answer.words.as_deref())
    .bind(by)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The provider's answer for the half, if it gave one.
pub async fn own(
    conn: &mut AnyConnection,
    provider_id: i64,
    half_year: &str,
) -> Result<Option<Answer>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM provider_survey_answers WHERE provider_id = $1 AND half_year = $2"
    ))
    .bind(provider_id)
    .bind(half_year)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(answer_from).transpose()
}

/// Every provider's answer for the half, newest first, without saying whose.
pub async fn for_half(conn: &mut AnyConnection, half_year: &str) -> Result<Vec<Answer>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM provider_survey_answers WHERE half_year = $1 ORDER BY done_at DESC, id DESC"
    ))
    .bind(half_year)
    .fetch_all(conn)
    .await?;
    rows.iter().map(answer_from).collect()
}
