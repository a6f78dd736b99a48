//! A counsellor's clients, what needs attention in their matters, and the guidance contacts.

use sqlx::Row;

use super::sql::{Columns, Sql};
use super::{Db, StoreError};
use crate::values;

/// One of the counsellor's clients, with the counts the workspace shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CounselledClient {
    pub client_id: i64,
    pub name: String,
    pub municipality: String,
    pub held_records: i64,
    /// Changes of provider made whose new provider starts after `today`.
    pub pending_changes: i64,
    /// Feedback answers asking for contact given after the last recorded contact.
    pub contact_requests: i64,
    /// A proposal to use the budget differently waits for the decision-maker.
    pub proposal_waiting: bool,
    /// The client or a relative wrote last: the counsellor has not answered yet.
    pub message_waiting: bool,
    pub last_contact_day: Option<String>,
    /// The next contact agreed at the last recorded one.
    pub next_contact_day: Option<String>,
    pub contacts_this_year: i64,
    pub minutes_this_year: i64,
}

/// The counsellor's clients by name, with what the workspace counts; days are "YYYY-MM-DD", and
/// contacts from `year_start` on count as this year's.
pub async fn clients_of(
    conn: &mut impl Sql,
    counsellor_id: i64,
    today: &str,
    year_start: &str,
) -> Result<Vec<CounselledClient>, StoreError> {
    conn.rows(CLIENTS_OF, values![counsellor_id, today, year_start], client_from_row).await
}

// The last contact of each client is the one with the latest day (and, within a day, the latest
// recorded); its "next" is the agreement in force. An answer to an invitation carries the
// invitation's client: found by the answers' client index, not through the invitations, which
// PostgreSQL joined by reading every answer for each client (docs/decisions/0047).
const CLIENTS_OF: &str = "SELECT c.id, c.name, c.municipality, \
       (SELECT COUNT(*) FROM service_records r WHERE r.client_id = c.id AND r.status = 'held') AS held, \
       (SELECT COUNT(*) FROM provider_changes p WHERE p.client_id = c.id AND p.status = 'made' \
          AND p.new_first_day > $2) AS pending, \
       last.contact_day AS last_day, last.next_contact_day AS next_day, \
       (SELECT COUNT(*) FROM guidance_contacts y WHERE y.client_id = c.id AND y.contact_day >= $3) \
          AS year_contacts, \
       CAST((SELECT COALESCE(SUM(y.minutes), 0) FROM guidance_contacts y \
          WHERE y.client_id = c.id AND y.contact_day >= $3) AS BIGINT) AS year_minutes, \
       (SELECT COUNT(*) FROM feedback_answers a WHERE a.client_id = c.id AND a.invitation_id IS NOT NULL \
          AND a.contact_me = 1 AND (last.contact_day IS NULL OR a.given_on > last.contact_day)) AS requests, \
       (SELECT COUNT(*) FROM budget_proposals b WHERE b.client_id = c.id AND b.state = 'waiting') \
          AS proposals, \
       (SELECT m.side FROM guidance_messages m WHERE m.client_id = c.id ORDER BY m.id DESC LIMIT 1) \
          AS last_side \
     FROM clients c \
     LEFT JOIN guidance_contacts last ON last.id = ( \
       SELECT g.id FROM guidance_contacts g WHERE g.client_id = c.id \
       ORDER BY g.contact_day DESC, g.id DESC LIMIT 1) \
     WHERE c.counsellor_account_id = $1 ORDER BY c.name, c.id";

fn client_from_row(r: &dyn Columns) -> Result<CounselledClient, StoreError> {
    Ok(CounselledClient {
        client_id: r.int("id")?,
        name: r.string("name")?,
        municipality: r.string("municipality")?,
        held_records: r.int("held")?,
        pending_changes: r.int("pending")?,
        contact_requests: r.int("requests")?,
        proposal_waiting: r.int("proposals")? > 0,
        message_waiting: r.maybe_string("last_side")?.as_deref() == Some("client"),
        last_contact_day: r.maybe_string("last_day")?,
        next_contact_day: r.maybe_string("next_day")?,
        contacts_this_year: r.int("year_contacts")?,
        minutes_this_year: r.int("year_minutes")?,
    })
}

/// The client's name, when the account is their counsellor.
pub async fn counselled_name(
    db: &Db,
    counsellor_id: i64,
    client_id: i64,
) -> Result<Option<String>, StoreError> {
    Ok(sqlx::query_scalar("SELECT name FROM clients WHERE id = $1 AND counsellor_account_id = $2")
        .bind(client_id)
        .bind(counsellor_id)
        .fetch_optional(&db.pool)
        .await?)
}

/// Names the client's counsellor.
pub async fn assign<'e>(
    ex: impl sqlx::Executor<'e, Database = sqlx::Any>,
    client_id: i64,
    counsellor_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE clients SET counsellor_account_id = $1 WHERE id = $2")
        .bind(counsellor_id)
        .bind(client_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// A guidance contact to record; days are "YYYY-MM-DD".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewContact<'a> {
    pub client_id: i64,
    pub counsellor_id: i64,
    pub day: &'a str,
    pub minutes: i64,
    pub channel: &'a str,
    pub next_contact_day: Option<&'a str>,
    pub recorded_at: i64,
}

pub async fn insert_contact<'e>(
    ex: impl sqlx::Executor<'e, Database = sqlx::Any>,
    contact: &NewContact<'_>,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO guidance_contacts \
         (client_id, counsellor_account_id, contact_day, minutes, channel, next_contact_day, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(contact.client_id)
    .bind(contact.counsellor_id)
    .bind(contact.day)
    .bind(contact.minutes)
    .bind(contact.channel)
    .bind(contact.next_contact_day)
    .bind(contact.recorded_at)
    .fetch_one(ex)
    .await?)
}

/// A recorded contact, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactRow {
    pub day: String,
    pub minutes: i64,
    pub channel: String,
    pub next_contact_day: Option<String>,
    pub counsellor: String,
}

/// The client's contacts, the latest first.
pub async fn contacts_of(db: &Db, client_id: i64) -> Result<Vec<ContactRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT g.contact_day, g.minutes, g.channel, g.next_contact_day, a.display_name \
         FROM guidance_contacts g JOIN accounts a ON a.id = g.counsellor_account_id \
         WHERE g.client_id = $1 ORDER BY g.contact_day DESC, g.id DESC",
    )
    .bind(client_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(ContactRow {
                day: r.try_get("contact_day")?,
                minutes: r.try_get("minutes")?,
                channel: r.try_get("channel")?,
                next_contact_day: r.try_get("next_contact_day")?,
                counsellor: r.try_get("display_name")?,
            })
        })
        .collect()
}
