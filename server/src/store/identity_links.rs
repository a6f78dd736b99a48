//! Who signs in with strong identification: the keyed hash of an identity code on an account,
//! set by a counsellor for a client or a client's relative, and the history of each link.

use app::role::Role;
use sqlx::{AnyConnection, Row};

use super::accounts::{self, NewAccount};
use super::changes::Actor;
use super::StoreError;

/// The client's own account, and whether it signs in with an identity code.
pub async fn client_account(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Option<(i64, bool)>, StoreError> {
    let row = sqlx::query(
        "SELECT id, identity_hash FROM accounts WHERE client_id = $1 AND role = 'client' ORDER BY id LIMIT 1",
    )
    .bind(client_id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| Ok((r.try_get("id")?, r.try_get::<Option<String>, _>("identity_hash")?.is_some())))
        .transpose()
}

/// An account for someone who signs in only by identifying: no password opens it (an empty hash
/// never verifies), and its user name is made from the role and a number no one types.
pub async fn insert_identified(
    conn: &mut AnyConnection,
    role: Role,
    name: &str,
    client_id: Option<i64>,
    hash: &str,
) -> Result<i64, StoreError> {
    // The hash's first 16 characters are unique enough for a name and say nothing of the code.
    let username = format!("{}-{}", role.code(), &hash[..16.min(hash.len())]);
    let new = NewAccount {
        username: &username,
        display_name: name,
        role,
        password_hash: "",
        client_id,
        provider_id: None,
        prefs: None,
        demo_situation: None,
    };
    let id = accounts::insert(&mut *conn, &new).await?;
    set_hash(conn, id, hash).await?;
    Ok(id)
}

/// The identity code in the client's details, as it was stored.
pub async fn identity_code_of(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Option<String>, StoreError> {
    let code: Option<Option<String>> = sqlx::query_scalar("SELECT identity_code FROM clients WHERE id = $1")
        .bind(client_id)
        .fetch_optional(conn)
        .await?;
    Ok(code.flatten().filter(|c| !c.trim().is_empty()))
}

/// Writes the identity code into the client's details, which had none.
pub async fn set_identity_code(
    conn: &mut AnyConnection,
    client_id: i64,
    code: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE clients SET identity_code = $1 WHERE id = $2")
        .bind(code)
        .bind(client_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn client_name(conn: &mut AnyConnection, client_id: i64) -> Result<String, StoreError> {
    Ok(sqlx::query_scalar("SELECT name FROM clients WHERE id = $1").bind(client_id).fetch_one(conn).await?)
}

/// Puts the identity code's hash on an existing account.
pub async fn set_hash(conn: &mut AnyConnection, account_id: i64, hash: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE accounts SET identity_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Keeps that `by` let the account sign in, in the client's history.
pub async fn record(
    conn: &mut AnyConnection,
    client_id: i64,
    account_id: i64,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO identity_links (client_id, account_id, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(client_id)
    .bind(account_id)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A link as the client's history shows it: who was let sign in (the client themselves when
/// `own`), by whom and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    pub by: Actor,
    pub at: i64,
    pub name: String,
    pub own: bool,
}

pub async fn history(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<Linked>, StoreError> {
    let rows = sqlx::query(
        "SELECT l.done_by, l.done_by_role, l.done_at, a.display_name, a.client_id \
         FROM identity_links l JOIN accounts a ON a.id = l.account_id \
         WHERE l.client_id = $1 ORDER BY l.id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Linked {
                by: Actor::from_row(r)?,
                at: r.try_get("done_at")?,
                name: r.try_get("display_name")?,
                own: r.try_get::<Option<i64>, _>("client_id")? == Some(client_id),
            })
        })
        .collect()
}

/// The relatives of the client who sign in by identifying: those the client's history names.
pub async fn relatives_linked(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT a.display_name FROM identity_links l JOIN accounts a ON a.id = l.account_id \
         WHERE l.client_id = $1 AND a.role = 'relative' AND a.identity_hash IS NOT NULL \
         ORDER BY a.display_name",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("display_name")?)).collect()
}
