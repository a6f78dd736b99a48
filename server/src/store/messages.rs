//! The messages people get (the outbox and the inbox are one table: a row is written in the
//! transaction of what it tells of, and read by its recipient), and whom a message goes to.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};

use super::sql::Sql;
use super::StoreError;
use crate::values;

/// A message to write to each of its recipients.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMessage<'a> {
    pub client_id: Option<i64>,
    pub kind: &'a str,
    /// A JSON object of the text's facts.
    pub facts: &'a str,
    /// What happened, named once: the same event writes no second message to anyone.
    pub event_key: &'a str,
    pub link: &'a str,
    pub at: i64,
}

/// Writes the message to each recipient, once an event: a recipient who already has it for this
/// event gets nothing more.
pub async fn write(
    conn: &mut impl Sql,
    recipients: &[i64],
    message: &NewMessage<'_>,
) -> Result<(), StoreError> {
    for &account_id in recipients {
        let values = values![
            account_id,
            message.client_id,
            message.kind,
            message.facts,
            message.event_key,
            message.link,
            message.at,
        ];
        conn.execute(
            "INSERT INTO messages (account_id, client_id, kind, facts, event_key, link, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (account_id, event_key) DO NOTHING",
            values,
        )
        .await?;
    }
    Ok(())
}

/// A message as its recipient's inbox reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub client_id: Option<i64>,
    pub client_name: Option<String>,
    pub kind: String,
    pub facts: String,
    pub link: String,
    pub created_at: i64,
    pub read: bool,
}

fn stored_from(row: &AnyRow) -> Result<Stored, StoreError> {
    Ok(Stored {
        id: row.try_get("id")?,
        client_id: row.try_get("client_id")?,
        client_name: row.try_get("name")?,
        kind: row.try_get("kind")?,
        facts: row.try_get("facts")?,
        link: row.try_get("link")?,
        created_at: row.try_get("created_at")?,
        read: row.try_get::<Option<i64>, _>("read_at")?.is_some(),
    })
}

/// The person's newest messages, newest first.
pub async fn inbox(
    conn: &mut AnyConnection,
    account_id: i64,
    limit: usize,
) -> Result<Vec<Stored>, StoreError> {
    let rows = sqlx::query(
        "SELECT m.id, m.client_id, c.name, m.kind, m.facts, m.link, m.created_at, m.read_at \
         FROM messages m LEFT JOIN clients c ON c.id = m.client_id \
         WHERE m.account_id = $1 ORDER BY m.id DESC LIMIT $2",
    )
    .bind(account_id)
    .bind(i64::try_from(limit).unwrap_or(i64::MAX))
    .fetch_all(conn)
    .await?;
    rows.iter().map(stored_from).collect()
}

/// How many messages the person has in all.
pub async fn count(conn: &mut AnyConnection, account_id: i64) -> Result<usize, StoreError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(conn)
        .await?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// How many of the person's messages they have not read: the header says it on every page.
pub async fn unread<'e>(ex: impl Executor<'e, Database = Any>, account_id: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE account_id = $1 AND read_at IS NULL")
        .bind(account_id)
        .fetch_one(ex)
        .await?)
}

/// [`client_side`], less those who have a message of `kind` waiting unread: who is told
/// of something that should not pile up in an inbox.
pub async fn client_side_without_unread(
    conn: &mut impl Sql,
    client_id: i64,
    today: &str,
    kind: &str,
) -> Result<Vec<i64>, StoreError> {
    let sql = format!(
        "SELECT side.id FROM ({CLIENT_SIDE}) side WHERE NOT EXISTS (SELECT 1 FROM messages m \
         WHERE m.account_id = side.id AND m.kind = $3 AND m.read_at IS NULL) ORDER BY 1"
    );
    conn.rows(&sql, values![client_id, today, kind], |r| r.int("id")).await
}

/// Marks the person's messages up to `last_id` read, as the inbox has shown them.
pub async fn mark_read(
    conn: &mut AnyConnection,
    account_id: i64,
    last_id: i64,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE messages SET read_at = $1 WHERE account_id = $2 AND id <= $3 AND read_at IS NULL")
        .bind(at)
        .bind(account_id)
        .bind(last_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The client's side of client `$1` on day `$2`, as one column `id`.
const CLIENT_SIDE: &str = "SELECT id FROM accounts WHERE client_id = $1 \
     UNION SELECT account_id FROM mandates WHERE client_id = $1 \
     AND (valid_until IS NULL OR valid_until >= $2)";

/// The people a message about a client's own matters goes to: the client's sign-in, and each
/// relative whose mandate holds on `today`.
pub async fn client_side(conn: &mut impl Sql, client_id: i64, today: &str) -> Result<Vec<i64>, StoreError> {
    conn.rows(&format!("{CLIENT_SIDE} ORDER BY 1"), values![client_id, today], |r| r.int("id")).await
}

/// The sign-ins of a provider's staff.
pub async fn provider_staff(conn: &mut AnyConnection, provider_id: i64) -> Result<Vec<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM accounts WHERE provider_id = $1 AND role = 'provider' ORDER BY id")
        .bind(provider_id)
        .fetch_all(conn)
        .await?)
}

/// The client's own sign-ins (without relatives).
pub async fn client_accounts(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM accounts WHERE client_id = $1 ORDER BY id")
        .bind(client_id)
        .fetch_all(conn)
        .await?)
}

/// A person's name, as their sign-in shows it.
pub async fn person_name(conn: &mut AnyConnection, account_id: i64) -> Result<String, StoreError> {
    let name: Option<String> = sqlx::query_scalar("SELECT display_name FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(conn)
        .await?;
    name.ok_or_else(|| {
        StoreError::Corrupt(format!("a message naming account {account_id}, which is not stored"))
    })
}
