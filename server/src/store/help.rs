//! Time-limited, read-only help from an experience expert, granted by the client.

use sqlx::{Any, AnyConnection, Executor, Row};

use super::{Db, StoreError};

/// A grant that is running: not ended by the client and not past its end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub id: i64,
    pub client_id: i64,
    pub client_name: String,
    pub helper_account_id: i64,
    pub helper_name: String,
    pub ends_at: i64,
}

const RUNNING: &str = "SELECT g.id, g.client_id, c.name AS client_name, g.helper_account_id, \
     a.display_name AS helper_name, g.ends_at \
     FROM help_grants g JOIN clients c ON c.id = g.client_id JOIN accounts a ON a.id = g.helper_account_id \
     WHERE g.ended_at IS NULL AND g.ends_at > $1";

fn grant(row: &sqlx::any::AnyRow) -> Result<Grant, StoreError> {
    Ok(Grant {
        id: row.try_get("id")?,
        client_id: row.try_get("client_id")?,
        client_name: row.try_get("client_name")?,
        helper_account_id: row.try_get("helper_account_id")?,
        helper_name: row.try_get("helper_name")?,
        ends_at: row.try_get("ends_at")?,
    })
}

pub async fn insert(
    conn: &mut AnyConnection,
    client_id: i64,
    helper_account_id: i64,
    starts_at: i64,
    ends_at: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO help_grants (client_id, helper_account_id, starts_at, ends_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(client_id)
    .bind(helper_account_id)
    .bind(starts_at)
    .bind(ends_at)
    .fetch_one(conn)
    .await?)
}

/// The client's running grants, the one ending first first.
pub async fn running_for_client<'e>(
    ex: impl Executor<'e, Database = Any>,
    client_id: i64,
    now: i64,
) -> Result<Vec<Grant>, StoreError> {
    let rows = sqlx::query(&format!("{RUNNING} AND g.client_id = $2 ORDER BY g.ends_at, g.id"))
        .bind(now)
        .bind(client_id)
        .fetch_all(ex)
        .await?;
    rows.iter().map(grant).collect()
}

/// The helper's running grants, the newest first.
pub async fn running_for_helper(db: &Db, helper_account_id: i64, now: i64) -> Result<Vec<Grant>, StoreError> {
    let rows =
        sqlx::query(&format!("{RUNNING} AND g.helper_account_id = $2 ORDER BY g.starts_at DESC, g.id DESC"))
            .bind(now)
            .bind(helper_account_id)
            .fetch_all(&db.pool)
            .await?;
    rows.iter().map(grant).collect()
}

/// Ends one of the client's grants now: the expert whose help it was, or `None` if there was no
/// such running grant.
pub async fn end(
    conn: &mut AnyConnection,
    client_id: i64,
    grant_id: i64,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let helper = sqlx::query_scalar(
        "UPDATE help_grants SET ended_at = $1 WHERE id = $2 AND client_id = $3 AND ended_at IS NULL \
         AND ends_at > $1 RETURNING helper_account_id",
    )
    .bind(now)
    .bind(grant_id)
    .bind(client_id)
    .fetch_optional(conn)
    .await?;
    Ok(helper)
}

/// The experience experts a client can choose from: id and name.
pub async fn experts(db: &Db) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, display_name FROM accounts WHERE role = 'experience-expert' ORDER BY display_name, id",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?))).collect()
}
