//! E-mail: a person's address and the themes they want by e-mail (`email_addresses`,
//! `email_topics`), and the deliveries the worker sends (`email_deliveries`).
//! Why: docs/decisions/0037-email.md.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::sql::Sql;
use super::StoreError;
use crate::values;

/// A person's e-mail address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub address: String,
    pub verified: bool,
}

pub async fn address_of(conn: &mut AnyConnection, account_id: i64) -> Result<Option<Address>, StoreError> {
    let row = sqlx::query("SELECT address, verified_at FROM email_addresses WHERE account_id = $1")
        .bind(account_id)
        .fetch_optional(conn)
        .await?;
    row.map(|r| {
        let verified: Option<i64> = r.try_get("verified_at")?;
        Ok(Address { address: r.try_get("address")?, verified: verified.is_some() })
    })
    .transpose()
}

/// A new address, not verified until the link with `token_hash` is opened.
pub async fn set_address(
    conn: &mut AnyConnection,
    account_id: i64,
    address: &str,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO email_addresses (account_id, address, verified_at, token_hash, token_expires_at) \
         VALUES ($1, $2, NULL, $3, $4) ON CONFLICT (account_id) DO UPDATE SET address = $2, \
         verified_at = NULL, token_hash = $3, token_expires_at = $4",
    )
    .bind(account_id)
    .bind(address)
    .bind(token_hash)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks the address whose link this is verified; the person's account, or `None` when the
/// link is unknown, used or too old.
pub async fn verify(conn: &mut AnyConnection, token_hash: &str, now: i64) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "UPDATE email_addresses SET verified_at = $2, token_hash = NULL, token_expires_at = NULL \
         WHERE token_hash = $1 AND token_expires_at >= $2 RETURNING account_id",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| r.try_get("account_id")).transpose()?)
}

/// Removes the address and the choices; what waits to be sent to it is not sent.
pub async fn remove(conn: &mut AnyConnection, account_id: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE email_deliveries SET status = 'failed', last_error = 'address removed' \
         WHERE status IN ('waiting', 'sending') AND message_id IN \
         (SELECT id FROM messages WHERE account_id = $1)",
    )
    .bind(account_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM email_topics WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM email_addresses WHERE account_id = $1").bind(account_id).execute(conn).await?;
    Ok(())
}

pub async fn themes_of(conn: &mut AnyConnection, account_id: i64) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar("SELECT topic FROM email_topics WHERE account_id = $1 ORDER BY topic")
        .bind(account_id)
        .fetch_all(conn)
        .await?)
}

pub async fn set_themes(
    conn: &mut AnyConnection,
    account_id: i64,
    themes: &[&str],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM email_topics WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *conn)
        .await?;
    for theme in themes {
        sqlx::query("INSERT INTO email_topics (account_id, topic) VALUES ($1, $2)")
            .bind(account_id)
            .bind(*theme)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Queues an e-mail for each message of the event to `recipients` whose person has a verified
/// address and chose `theme`; a message queued before is not queued again.
pub async fn queue(
    conn: &mut impl Sql,
    event_key: &str,
    recipients: &[i64],
    theme: &str,
    now: i64,
) -> Result<(), StoreError> {
    if recipients.is_empty() {
        return Ok(());
    }
    let ids = super::id_list(recipients);
    let sql = format!(
        "INSERT INTO email_deliveries (message_id, address, status, attempts, next_attempt_at) \
         SELECT m.id, e.address, 'waiting', 0, $3 FROM messages m \
         JOIN email_addresses e ON e.account_id = m.account_id AND e.verified_at IS NOT NULL \
         JOIN email_topics t ON t.account_id = m.account_id AND t.topic = $2 \
         WHERE m.event_key = $1 AND m.account_id IN ({ids}) \
         ON CONFLICT (message_id) DO NOTHING"
    );
    conn.execute_once(&sql, values![event_key, theme, now]).await?;
    Ok(())
}

/// An e-mail to send: where, and the message it tells of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub id: i64,
    pub address: String,
    pub attempts: i64,
    pub message_id: i64,
    pub account_id: i64,
    pub kind: String,
}

/// Takes up to `limit` deliveries that are due: each is marked 'sending' until `lease_until`,
/// so that a second worker does not take it, and one whose worker stopped is taken again then.
pub async fn take_due(
    conn: &mut AnyConnection,
    now: i64,
    lease_until: i64,
    limit: i64,
) -> Result<Vec<Due>, StoreError> {
    let rows = sqlx::query(
        "SELECT d.id, d.address, d.attempts, d.message_id, m.account_id, m.kind FROM email_deliveries d \
         JOIN messages m ON m.id = d.message_id \
         WHERE d.status IN ('waiting', 'sending') AND d.next_attempt_at <= $1 ORDER BY d.id LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    let mut taken = Vec::new();
    for row in rows {
        let due = due_of(&row)?;
        // Another worker may have taken it between the two statements: only a changed row is ours.
        let claimed = sqlx::query(
            "UPDATE email_deliveries SET status = 'sending', next_attempt_at = $3 \
             WHERE id = $1 AND attempts = $2 AND status IN ('waiting', 'sending') AND next_attempt_at <= $4",
        )
        .bind(due.id)
        .bind(due.attempts)
        .bind(lease_until)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if claimed.rows_affected() == 1 {
            taken.push(due);
        }
    }
    Ok(taken)
}

fn due_of(r: &AnyRow) -> Result<Due, StoreError> {
    Ok(Due {
        id: r.try_get("id")?,
        address: r.try_get("address")?,
        attempts: r.try_get("attempts")?,
        message_id: r.try_get("message_id")?,
        account_id: r.try_get("account_id")?,
        kind: r.try_get("kind")?,
    })
}

pub async fn mark_sent(conn: &mut AnyConnection, id: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE email_deliveries SET status = 'sent', sent_at = $2, attempts = attempts + 1, \
         last_error = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Tried and not sent: tried again at `retry_at`, or never again when `None`.
pub async fn mark_not_sent(
    conn: &mut AnyConnection,
    id: i64,
    error: &str,
    retry_at: Option<i64>,
) -> Result<(), StoreError> {
    let (status, next) = match retry_at {
        Some(at) => ("waiting", at),
        // Never tried again: the time no longer matters.
        None => ("failed", 0),
    };
    sqlx::query(
        "UPDATE email_deliveries SET status = $2, attempts = attempts + 1, last_error = $3, \
         next_attempt_at = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(status)
    .bind(error)
    .bind(next)
    .execute(conn)
    .await?;
    Ok(())
}

/// An e-mail that could not be delivered, for the organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub address: String,
    pub person: String,
    pub kind: String,
    pub error: String,
    pub attempts: i64,
    pub created_at: i64,
}

/// The newest failed e-mails first.
pub async fn failures(conn: &mut AnyConnection, limit: i64) -> Result<Vec<Failure>, StoreError> {
    let rows = sqlx::query(
        "SELECT d.address, a.display_name, m.kind, COALESCE(d.last_error, '') AS error, d.attempts, \
         m.created_at FROM email_deliveries d JOIN messages m ON m.id = d.message_id \
         JOIN accounts a ON a.id = m.account_id WHERE d.status = 'failed' ORDER BY d.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Failure {
                address: r.try_get("address")?,
                person: r.try_get("display_name")?,
                kind: r.try_get("kind")?,
                error: r.try_get("error")?,
                attempts: r.try_get("attempts")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}
