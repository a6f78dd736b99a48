//! Providers' applications to join the registry, and each step of them.

use std::collections::BTreeMap;

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::StoreError;
use app::joining::{ApplicationEvent, ApplicationState};

/// An application as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    pub id: i64,
    pub state: ApplicationState,
    pub values: BTreeMap<String, String>,
    pub identity_hash: String,
    pub question: Option<String>,
    pub provider_id: Option<i64>,
    pub sent_on: chrono::NaiveDate,
}

pub async fn insert(
    conn: &mut AnyConnection,
    secret_hash: &str,
    values: &BTreeMap<String, String>,
    identity_hash: &str,
    sent_on: chrono::NaiveDate,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO provider_applications (secret_hash, state, form, identity_hash, sent_on) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(secret_hash)
    .bind(ApplicationState::Waiting.code())
    .bind(to_json(values))
    .bind(identity_hash)
    .bind(sent_on.to_string())
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

const COLUMNS: &str = "id, state, form, identity_hash, question, provider_id, sent_on";

pub async fn by_secret(
    conn: &mut AnyConnection,
    secret_hash: &str,
) -> Result<Option<Application>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM provider_applications WHERE secret_hash = $1");
    let row = sqlx::query(&sql).bind(secret_hash).fetch_optional(&mut *conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn by_id(conn: &mut AnyConnection, id: i64) -> Result<Option<Application>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM provider_applications WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(&mut *conn).await?;
    row.as_ref().map(from_row).transpose()
}

/// Every application, the latest first.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<Application>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM provider_applications ORDER BY id DESC");
    let rows = sqlx::query(&sql).fetch_all(&mut *conn).await?;
    rows.iter().map(from_row).collect()
}

/// Moves the application from `from` to `to`, with the question asked (or none); false when it
/// was not in `from`, so two people acting at once cannot both move it.
pub async fn move_state(
    conn: &mut AnyConnection,
    id: i64,
    from: ApplicationState,
    to: ApplicationState,
    question: Option<&str>,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE provider_applications SET state = $1, question = $2 WHERE id = $3 AND state = $4",
    )
    .bind(to.code())
    .bind(question)
    .bind(id)
    .bind(from.code())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The applicant's changed form, and the identity hash when a new code was given.
pub async fn replace_form(
    conn: &mut AnyConnection,
    id: i64,
    values: &BTreeMap<String, String>,
    identity_hash: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE provider_applications SET form = $1, identity_hash = $2 WHERE id = $3")
        .bind(to_json(values))
        .bind(identity_hash)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_provider(conn: &mut AnyConnection, id: i64, provider_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE provider_applications SET provider_id = $1 WHERE id = $2")
        .bind(provider_id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn log(
    conn: &mut AnyConnection,
    id: i64,
    day: chrono::NaiveDate,
    actor: &str,
    what: &str,
    note: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO application_events (application_id, day, actor, what, note) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(day.to_string())
    .bind(actor)
    .bind(what)
    .bind(note)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The application's steps, the first first.
pub async fn events(conn: &mut AnyConnection, id: i64) -> Result<Vec<ApplicationEvent>, StoreError> {
    let rows = sqlx::query(
        "SELECT day, actor, what, note FROM application_events WHERE application_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ApplicationEvent {
                day: row.try_get("day")?,
                actor: row.try_get("actor")?,
                what: row.try_get("what")?,
                note: row.try_get("note")?,
            })
        })
        .collect()
}

fn to_json(values: &BTreeMap<String, String>) -> String {
    serde_json::to_string(values).expect("a form serialises")
}

fn from_row(row: &AnyRow) -> Result<Application, StoreError> {
    let state: String = row.try_get("state")?;
    let form: String = row.try_get("form")?;
    Ok(Application {
        id: row.try_get("id")?,
        state: ApplicationState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("an application's state: {state}")))?,
        values: serde_json::from_str(&form)
            .map_err(|e| StoreError::Corrupt(format!("an application: {e}")))?,
        identity_hash: row.try_get("identity_hash")?,
        question: row.try_get("question")?,
        provider_id: row.try_get("provider_id")?,
        sent_on: super::budget::parse_date(&row.try_get::<String, _>("sent_on")?)?,
    })
}
