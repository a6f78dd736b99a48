//! What kind of database this is: made for the demo or for a real service (migration 0012).

use sqlx::Row;

use super::{Db, StoreError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatabaseKind {
    Demo,
    Production,
}

impl DatabaseKind {
    fn code(self) -> &'static str {
        match self {
            DatabaseKind::Demo => "demo",
            DatabaseKind::Production => "production",
        }
    }
}

pub async fn get(db: &Db) -> Result<Option<DatabaseKind>, StoreError> {
    let row = sqlx::query("SELECT kind FROM database_kind").fetch_optional(&db.pool).await?;
    let Some(row) = row else { return Ok(None) };
    match row.try_get::<String, _>("kind")?.as_str() {
        "demo" => Ok(Some(DatabaseKind::Demo)),
        "production" => Ok(Some(DatabaseKind::Production)),
        other => Err(StoreError::Corrupt(format!("database kind {other}"))),
    }
}

pub async fn set(db: &Db, kind: DatabaseKind, now: i64) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO database_kind (kind, made_at) VALUES ($1, $2)")
        .bind(kind.code())
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Whether the database holds the demo's sign-ins: how a database made before its kind was
/// written down is told apart.
pub async fn has_demo_accounts(db: &Db) -> Result<bool, StoreError> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE demo_situation IS NOT NULL")
        .fetch_one(&db.pool)
        .await?;
    Ok(count > 0)
}
