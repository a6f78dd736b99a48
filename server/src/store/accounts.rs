//! People who can sign in, their roles and preferences, and the throttle on failed sign-ins.

use app::i18n::{Lang, Preferences, TextSize};
use app::role::Role;
use sqlx::{Any, Executor, Row};

use super::{Db, StoreError};

#[derive(Clone, Debug)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: String,
    pub client_id: Option<i64>,
    pub provider_id: Option<i64>,
    /// Saved preferences; `None` where the person has not chosen.
    pub lang: Option<Lang>,
    pub easy_read: Option<bool>,
    pub text_size: Option<TextSize>,
}

pub struct NewAccount<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub client_id: Option<i64>,
    pub provider_id: Option<i64>,
    pub prefs: Option<Preferences>,
    pub demo_situation: Option<&'a str>,
}

const COLUMNS: &str =
    "id, username, display_name, role, password_hash, client_id, provider_id, lang, easy_read, text_size";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Account, StoreError> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("unknown role {role}")))?,
        password_hash: row.try_get("password_hash")?,
        client_id: row.try_get("client_id")?,
        provider_id: row.try_get("provider_id")?,
        lang: row.try_get::<Option<String>, _>("lang")?.as_deref().and_then(Lang::parse),
        easy_read: row.try_get::<Option<i64>, _>("easy_read")?.map(|v| v == 1),
        text_size: row.try_get::<Option<String>, _>("text_size")?.as_deref().and_then(TextSize::parse),
    })
}

/// User names are compared without regard to case or surrounding spaces.
pub fn normalise_username(username: &str) -> String {
    username.trim().to_lowercase()
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    new: &NewAccount<'_>,
) -> Result<i64, StoreError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO accounts (username, display_name, role, password_hash, client_id, provider_id, \
         lang, easy_read, text_size, demo_situation) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(normalise_username(new.username))
    .bind(new.display_name)
    .bind(new.role.code())
    .bind(new.password_hash)
    .bind(new.client_id)
    .bind(new.provider_id)
    .bind(new.prefs.map(|p| p.lang.code()))
    .bind(new.prefs.map(|p| i64::from(p.easy_read)))
    .bind(new.prefs.map(|p| p.text_size.code()))
    .bind(new.demo_situation)
    .fetch_one(ex)
    .await?;
    Ok(id)
}

pub async fn find_by_username(db: &Db, username: &str) -> Result<Option<Account>, StoreError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM accounts WHERE username = $1"))
        .bind(normalise_username(username))
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// The account whose identity code hashes to `hash` (`identity::identity_hash`).
/// Makes the account the sign-in of a provider.
pub async fn set_provider<'e>(
    ex: impl Executor<'e, Database = Any>,
    account_id: i64,
    provider_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE accounts SET provider_id = $1 WHERE id = $2")
        .bind(provider_id)
        .bind(account_id)
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn find_by_identity_hash<'e>(
    ex: impl Executor<'e, Database = Any>,
    hash: &str,
) -> Result<Option<Account>, StoreError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM accounts WHERE identity_hash = $1"))
        .bind(hash)
        .fetch_optional(ex)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Links the account `username` to a person's identity code, by its hash.
pub async fn link_identity<'e>(
    ex: impl Executor<'e, Database = Any>,
    username: &str,
    hash: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE accounts SET identity_hash = $1 WHERE username = $2")
        .bind(hash)
        .bind(normalise_username(username))
        .execute(ex)
        .await?;
    Ok(())
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Account>, StoreError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM accounts WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn save_preferences(db: &Db, id: i64, prefs: Preferences) -> Result<(), StoreError> {
    sqlx::query("UPDATE accounts SET lang = $1, easy_read = $2, text_size = $3 WHERE id = $4")
        .bind(prefs.lang.code())
        .bind(i64::from(prefs.easy_read))
        .bind(prefs.text_size.code())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The clients a person may act for (a relative's mandates valid on `today`): id and name.
/// A client a relative's mandate names, valid today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mandated {
    pub client_id: i64,
    pub client_name: String,
    pub can_act: bool,
}

/// The clients whose matters the person may handle today, in the order the mandates were given.
pub async fn mandated_clients(db: &Db, account_id: i64, today: &str) -> Result<Vec<Mandated>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.id, c.name, m.can_act FROM mandates m JOIN clients c ON c.id = m.client_id \
         WHERE m.account_id = $1 AND (m.valid_until IS NULL OR m.valid_until >= $2) ORDER BY m.id",
    )
    .bind(account_id)
    .bind(today)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Mandated {
                client_id: r.try_get("id")?,
                client_name: r.try_get("name")?,
                can_act: r.try_get::<i64, _>("can_act")? == 1,
            })
        })
        .collect()
}

/// Whether the person has a mandate for the client valid on `today`; with `to_act`, one that
/// lets them act.
pub async fn has_mandate(
    db: &Db,
    account_id: i64,
    client_id: i64,
    today: &str,
    to_act: bool,
) -> Result<bool, StoreError> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM mandates WHERE account_id = $1 AND client_id = $2 \
         AND (valid_until IS NULL OR valid_until >= $3) AND (can_act = 1 OR $4 = 0)",
    )
    .bind(account_id)
    .bind(client_id)
    .bind(today)
    .bind(i64::from(to_act))
    .fetch_one(&db.pool)
    .await?;
    Ok(count > 0)
}

/// The demo sign-ins: user name, name, role and a message id for the situation they show.
pub async fn demo_accounts(db: &Db) -> Result<Vec<(String, String, Role, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT username, display_name, role, demo_situation FROM accounts \
         WHERE demo_situation IS NOT NULL ORDER BY id",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let role: String = row.try_get("role")?;
            Ok((
                row.try_get("username")?,
                row.try_get("display_name")?,
                Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("unknown role {role}")))?,
                row.try_get("demo_situation")?,
            ))
        })
        .collect()
}

pub async fn record_failed_sign_in(db: &Db, username: &str, place: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO sign_in_failures (username, place, failed_at) VALUES ($1, $2, $3)")
        .bind(normalise_username(username))
        .bind(place)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Failed sign-ins since `since`: for the user name, and from the place over all names.
pub async fn failed_sign_ins_since(
    db: &Db,
    username: &str,
    place: &str,
    since: i64,
) -> Result<(i64, i64), StoreError> {
    let row = sqlx::query(
        "SELECT \
         (SELECT COUNT(*) FROM sign_in_failures WHERE username = $1 AND failed_at >= $3) AS by_name, \
         (SELECT COUNT(*) FROM sign_in_failures WHERE place = $2 AND failed_at >= $3) AS by_place",
    )
    .bind(normalise_username(username))
    .bind(place)
    .bind(since)
    .fetch_one(&db.pool)
    .await?;
    Ok((row.try_get("by_name")?, row.try_get("by_place")?))
}

pub async fn clear_failed_sign_ins(db: &Db, username: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sign_in_failures WHERE username = $1")
        .bind(normalise_username(username))
        .execute(&db.pool)
        .await?;
    Ok(())
}
