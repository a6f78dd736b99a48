//! The append-only logs of who looked at a client's data, and of the looks that were refused
//! (the database refuses changes to both).

use sqlx::{Any, Executor};

use super::StoreError;

/// One look at a client's data by someone other than the client.
pub struct Access<'a> {
    pub client_id: i64,
    /// The person's name, or the API token's label.
    pub actor: &'a str,
    pub actor_role: &'a str,
    /// What was looked at, as a short code: "budget", "statement 2018-03", "decision".
    pub what: &'a str,
    pub at: i64,
}

/// Writes a look with its purpose: the code of the right the reader looked by.
pub async fn record<'e>(
    ex: impl Executor<'e, Database = Any>,
    access: &Access<'_>,
    purpose: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO access_log (client_id, actor, actor_role, what, at, purpose) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(access.client_id)
    .bind(access.actor)
    .bind(access.actor_role)
    .bind(access.what)
    .bind(access.at)
    .bind(purpose)
    .execute(ex)
    .await?;
    Ok(())
}

/// A refused look: `client_id` is the id that was asked for, which may belong to nobody.
pub async fn record_refusal<'e>(
    ex: impl Executor<'e, Database = Any>,
    refusal: &Access<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO access_refusals (asked_client_id, actor, actor_role, what, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(refusal.client_id)
    .bind(refusal.actor)
    .bind(refusal.actor_role)
    .bind(refusal.what)
    .bind(refusal.at)
    .execute(ex)
    .await?;
    Ok(())
}

/// One row of the log as stored.
pub struct AccessRow {
    pub actor: String,
    pub actor_role: String,
    pub what: String,
    pub at: i64,
    /// `None` for looks logged before purposes were kept.
    pub purpose: Option<String>,
}

/// The newest looks at one client's data, at most `limit`.
pub async fn for_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    limit: i64,
) -> Result<Vec<AccessRow>, StoreError> {
    let rows: Vec<(String, String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT actor, actor_role, what, at, purpose FROM access_log WHERE client_id = $1 \
         ORDER BY at DESC, id DESC LIMIT $2",
    )
    .bind(client_id)
    .bind(limit)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(actor, actor_role, what, at, purpose)| AccessRow { actor, actor_role, what, at, purpose })
        .collect())
}

/// One refused look as stored.
pub struct RefusalRow {
    pub asked_client_id: i64,
    pub actor: String,
    pub actor_role: String,
    pub what: String,
    pub at: i64,
}

/// The newest refused looks, at most `limit`.
pub async fn refusals<'e>(
    ex: impl Executor<'e, Database = Any>,
    limit: i64,
) -> Result<Vec<RefusalRow>, StoreError> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT asked_client_id, actor, actor_role, what, at FROM access_refusals ORDER BY at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(asked_client_id, actor, actor_role, what, at)| RefusalRow {
            asked_client_id,
            actor,
            actor_role,
            what,
            at,
        })
        .collect())
}
