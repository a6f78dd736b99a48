//! The wellbeing self-checks: each finished check with its answers, and whether the client lets
//! their counsellor see them.

use sqlx::{AnyConnection, Row};

use super::changes::Actor;
use super::StoreError;

/// A stored check: who answered and when, and each question's code with its score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckRow {
    /// "YYYY-MM-DD".
    pub day: String,
    pub by: Actor,
    pub at: i64,
    pub answers: Vec<(String, i64)>,
}

/// Writes a finished check with all its answers, inside the caller's transaction.
pub async fn write(
    conn: &mut AnyConnection,
    client_id: i64,
    day: &str,
    answers: &[(&str, i64)],
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    let check_id: i64 = sqlx::query_scalar(
        "INSERT INTO self_checks (client_id, check_day, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(client_id)
    .bind(day)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    for (question, score) in answers {
        sqlx::query("INSERT INTO self_check_answers (check_id, question, score) VALUES ($1, $2, $3)")
            .bind(check_id)
            .bind(*question)
            .bind(*score)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The client's checks, the oldest first.
pub async fn checks_of(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<CheckRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.id, c.check_day, c.done_by, c.done_by_role, c.done_at, a.question, a.score FROM self_checks c \
         JOIN self_check_answers a ON a.check_id = c.id WHERE c.client_id = $1 ORDER BY c.check_day, c.id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    let mut checks: Vec<(i64, CheckRow)> = Vec::new();
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        let answer = (r.try_get("question")?, r.try_get("score")?);
        match checks.last_mut() {
            Some((last, check)) if *last == id => check.answers.push(answer),
            _ => checks.push((
                id,
                CheckRow {
                    day: r.try_get("check_day")?,
                    by: Actor::from_row(r)?,
                    at: r.try_get("done_at")?,
                    answers: vec![answer],
                },
            )),
        }
    }
    Ok(checks.into_iter().map(|(_, check)| check).collect())
}

/// Whether the client lets their counsellor see the answers.
pub async fn shared(conn: &mut AnyConnection, client_id: i64) -> Result<bool, StoreError> {
    let shared: Option<i64> =
        sqlx::query_scalar("SELECT shared FROM self_check_sharing WHERE client_id = $1")
            .bind(client_id)
            .fetch_optional(conn)
            .await?;
    Ok(shared == Some(1))
}

pub async fn set_shared(
    conn: &mut AnyConnection,
    client_id: i64,
    shared: bool,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO self_check_sharing (client_id, shared, changed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (client_id) DO UPDATE SET shared = excluded.shared, changed_at = excluded.changed_at",
    )
    .bind(client_id)
    .bind(i64::from(shared))
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}
