//! Support plans, each saved version kept as written, and the comments on them.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::changes::Actor;
use super::{Db, StoreError};

/// The parts of a plan as the counsellor wrote them; `next_meeting` is "YYYY-MM-DD".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanText {
    pub what_matters: String,
    pub goals: String,
    pub budget_use: String,
    pub helpers: String,
    pub next_meeting: Option<String>,
}

/// One stored version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub version: i64,
    pub text: PlanText,
    pub by: Actor,
    pub at: i64,
}

/// A stored comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentRow {
    pub version: i64,
    pub body: String,
    pub by: Actor,
    pub at: i64,
}

/// Saves the plan as the client's next version and returns its number. The version is counted
/// in the same transaction, and two saves at once cannot both take it (the unique key).
pub async fn save(db: &Db, client_id: i64, text: &PlanText, by: &Actor, at: i64) -> Result<i64, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let version = write(&mut tx, client_id, text, by, at).await?;
    tx.commit().await?;
    Ok(version)
}

/// Writes the next version inside the caller's transaction: what [`save`] does, and how demo
/// data begins.
pub async fn write(
    conn: &mut AnyConnection,
    client_id: i64,
    text: &PlanText,
    by: &Actor,
    at: i64,
) -> Result<i64, StoreError> {
    let newest: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM support_plans WHERE client_id = $1")
            .bind(client_id)
            .fetch_one(&mut *conn)
            .await?;
    let version = newest.unwrap_or(0) + 1;
    sqlx::query(
        "INSERT INTO support_plans (client_id, version, what_matters, goals, budget_use, helpers, \
         next_meeting, done_by, done_by_role, done_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(client_id)
    .bind(version)
    .bind(&text.what_matters)
    .bind(&text.goals)
    .bind(&text.budget_use)
    .bind(&text.helpers)
    .bind(text.next_meeting.as_deref())
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(version)
}

/// Every version of the client's plan, the newest first.
pub async fn versions(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<PlanRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT version, what_matters, goals, budget_use, helpers, next_meeting, done_by, done_by_role, \
         done_at FROM support_plans WHERE client_id = $1 ORDER BY version DESC",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(plan_row).collect::<Result<_, sqlx::Error>>().map_err(StoreError::from)
}

fn plan_row(r: &AnyRow) -> Result<PlanRow, sqlx::Error> {
    Ok(PlanRow {
        version: r.try_get("version")?,
        text: PlanText {
            what_matters: r.try_get("what_matters")?,
            goals: r.try_get("goals")?,
            budget_use: r.try_get("budget_use")?,
            helpers: r.try_get("helpers")?,
            next_meeting: r.try_get("next_meeting")?,
        },
        by: Actor::from_row(r)?,
        at: r.try_get("done_at")?,
    })
}

/// Adds a comment on the version the commenter read.
pub async fn comment(
    db: &Db,
    client_id: i64,
    version: i64,
    body: &str,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    let _turn = db.write_turn().await;
    let mut conn = db.pool.acquire().await?;
    comment_in(&mut conn, client_id, version, body, by, at).await
}

/// Writes a comment on the connection or transaction given: what [`comment`] does, and how demo
/// data begins.
pub async fn comment_in(
    conn: &mut AnyConnection,
    client_id: i64,
    version: i64,
    body: &str,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO plan_comments (client_id, plan_version, body, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(client_id)
    .bind(version)
    .bind(body)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The comments on the client's plan, the newest first.
pub async fn comments(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<CommentRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT plan_version, body, done_by, done_by_role, done_at FROM plan_comments \
         WHERE client_id = $1 ORDER BY done_at DESC, id DESC",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(CommentRow {
                version: r.try_get("plan_version")?,
                body: r.try_get("body")?,
                by: Actor::from_row(r)?,
                at: r.try_get("done_at")?,
            })
        })
        .collect()
}
