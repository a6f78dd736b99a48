//! The append-only log of who looked at a client's data (the database refuses changes to it).

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

pub async fn record<'e>(
    ex: impl Executor<'e, Database = Any>,
    access: &Access<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO access_log (client_id, actor, actor_role, what, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(access.client_id)
    .bind(access.actor)
    .bind(access.actor_role)
    .bind(access.what)
    .bind(access.at)
    .execute(ex)
    .await?;
    Ok(())
}
