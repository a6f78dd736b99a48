//! Storage: one connection pool over SQLite or PostgreSQL through sqlx's `Any` driver, with
//! portable SQL (integer cents, ISO-date text, 0/1 flags, `$n` placeholders) so every query is
//! written once. See docs/decisions/0002-storage.md. On an SQLite file the hottest reads and the
//! reports are also done straight with rusqlite, by the same functions written over [`sql::Sql`]
//! ([`direct`], docs/decisions/0046, 0050).

pub mod access_log;
pub mod accounts;
pub mod applications;
pub mod budget;
pub mod changes;
pub mod counsellor;
pub mod decisions;
pub mod details;
pub mod direct;
pub mod email;
pub mod expert_hours;
pub mod feedback;
pub mod group_commit;
pub mod guidance;
pub mod help;
pub mod identity_links;
pub mod indicators;
pub mod kind;
pub mod mandates;
pub mod messages;
pub mod month_totals;
pub mod plans;
pub mod proposals;
pub mod provider_choices;
pub mod provider_sessions;
pub mod provider_survey;
pub mod providers;
pub mod record_uploads;
pub mod reminders;
pub mod reviews;
pub mod self_checks;
pub mod sessions;
pub mod settlements;
pub mod sql;
pub mod throttles;
pub mod tokens;

use std::str::FromStr;
use std::sync::Arc;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions};
use tokio::sync::{Mutex, MutexGuard};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The database: a pool and which engine is behind it.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub engine: Engine,
    /// SQLite's one write at a time, taken in this process in turn (see [`Db::write_turn`]).
    writer: Arc<Mutex<()>>,
    /// Service records waiting to be reported together (SQLite only, where writes take turns).
    pub(crate) reports: Arc<group_commit::Queue<crate::services::records::Report>>,
    /// Looks at clients' data waiting to be written to the access log together (SQLite only).
    pub(crate) looks: Arc<group_commit::Queue<crate::services::access::LookToLog>>,
    /// The straight connections to an SQLite file, for the hot reads and the reports (see
    /// [`direct`]); `None` on PostgreSQL and for a database in memory.
    pub(crate) direct: Option<Arc<direct::Connections>>,
}

/// While held, this process's SQLite writes are the caller's alone.
pub type WriteTurn<'a> = Option<MutexGuard<'a, ()>>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    /// From a read done straight on SQLite ([`direct`]).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the folder for the SQLite file {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    /// The task doing a group of writes ended before telling how they went.
    #[error("a group of writes stopped before it ended")]
    GroupStopped,
}

impl StoreError {
    /// Whether the database was too busy to do this now, so trying again later can succeed:
    /// SQLite's write lock held past the wait, no free connection in the pool, or PostgreSQL's
    /// lock, deadlock or serialisation conflicts.
    pub fn is_busy(&self) -> bool {
        match self {
            StoreError::Sqlx(error) => is_busy(error),
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(error, _)) => {
                busy_code(&error.extended_code.to_string())
            }
            _ => false,
        }
    }
}

/// [`StoreError::is_busy`] for an error straight from sqlx.
pub fn is_busy(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(e) => e.code().is_some_and(|code| busy_code(&code)),
        _ => false,
    }
}

/// PostgreSQL's codes are five characters; SQLite's are numbers whose low byte is the primary
/// code (5 busy, 6 locked).
fn busy_code(code: &str) -> bool {
    if code.len() == 5 {
        matches!(code, "40001" | "40P01" | "55P03")
    } else {
        code.parse::<i64>().is_ok_and(|n| matches!(n & 0xff, 5 | 6))
    }
}

impl Db {
    /// Connects, creating an SQLite file (and its folder) when it does not exist yet.
    pub async fn connect(url: &str) -> Result<Db, StoreError> {
        sqlx::any::install_default_drivers();
        let engine = if url.starts_with("sqlite:") { Engine::Sqlite } else { Engine::Postgres };
        let url = match engine {
            Engine::Sqlite => sqlite_url_creating_folder(url)?,
            Engine::Postgres => url.to_string(),
        };
        let direct = match engine {
            Engine::Sqlite => direct::Connections::for_url(&url).map(Arc::new),
            Engine::Postgres => None,
        };
        let options = AnyConnectOptions::from_str(&url)?
            .log_statements(tracing::log::LevelFilter::Trace)
            .log_slow_statements(tracing::log::LevelFilter::Warn, std::time::Duration::from_millis(500));
        let pool = AnyPoolOptions::new()
            .max_connections(if engine == Engine::Sqlite { 4 } else { 10 })
            // A file cannot drop a connection the way a network can, and on SQLite the test is
            // one more trip to the connection's thread on every acquire (docs/decisions/0043).
            .test_before_acquire(engine == Engine::Postgres)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if engine == Engine::Sqlite {
                        // WAL lets pages read while a write is going on; foreign keys are off
                        // in SQLite unless asked for.
                        sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                        sqlx::query("PRAGMA busy_timeout = 5000").execute(&mut *conn).await?;
                        // A write inside a transaction keeps a statement journal, and a sort a
                        // temporary tree: in files, each opened, written and deleted again, on
                        // every look logged and every report (docs/decisions/0044).
                        sqlx::query("PRAGMA temp_store = MEMORY").execute(&mut *conn).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Db {
            pool,
            engine,
            writer: Arc::new(Mutex::new(())),
            reports: Arc::default(),
            looks: Arc::default(),
            direct,
        })
    }

    /// The turn to write, for the writes every request makes (the access log, the session) and
    /// the reports that come in bursts. SQLite lets one connection write at a time; the others
    /// wait in its busy handler, which sleeps 1 to 100 ms between tries, so under load a write
    /// waited long after the lock was free (issue 21, docs/decisions/0026-scale.md). In turn,
    /// first come first served, each starts the moment the last ends. PostgreSQL locks rows,
    /// not the database: no turn. Hold it only around one transaction or statement, never while
    /// waiting for a second turn.
    pub async fn write_turn(&self) -> WriteTurn<'_> {
        match self.engine {
            Engine::Sqlite => Some(self.writer.lock().await),
            Engine::Postgres => None,
        }
    }

    /// Whether the hot reads and the reports are done straight on the database ([`direct`]): on
    /// an SQLite file.
    pub fn works_straight(&self) -> bool {
        self.direct.is_some()
    }

    /// The same database with every read and write through sqlx, as on PostgreSQL: to compare
    /// the two ways of working on SQLite, in the tests and the benchmarks.
    pub fn through_sqlx(&self) -> Db {
        Db { direct: None, ..self.clone() }
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.engine {
            Engine::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&self.pool).await?,
            Engine::Postgres => sqlx::migrate!("./migrations/postgres").run(&self.pool).await?,
        }
        Ok(())
    }

    /// Whether the database answers: for `/readyz`.
    pub async fn is_reachable(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts").fetch_one(&self.pool).await?;
        Ok(count == 0)
    }
}

/// Ids written into the SQL of an `IN (...)` list: numbers only, so nothing can be injected, and
/// one statement serves any count.
pub(crate) fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

/// The file an `sqlite:` address names, without its options: ":memory:" for a database in memory.
pub(crate) fn sqlite_file(url: &str) -> &str {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    path.split('?').next().unwrap_or(path)
}

fn sqlite_url_creating_folder(url: &str) -> Result<String, StoreError> {
    let file = sqlite_file(url);
    if file != ":memory:" {
        if let Some(folder) = std::path::Path::new(file).parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|source| StoreError::Folder { path: folder.display().to_string(), source })?;
        }
    }
    Ok(if url.contains('?') { url.to_string() } else { format!("{url}?mode=rwc") })
}

#[cfg(test)]
mod tests {
    use super::busy_code;

    #[test]
    fn busy_and_locked_are_told_from_other_errors() {
        // SQLite: BUSY, BUSY_SNAPSHOT, LOCKED; PostgreSQL: serialisation, deadlock, lock not available.
        for code in ["5", "517", "6", "40001", "40P01", "55P03"] {
            assert!(busy_code(code), "{code}");
        }
        // SQLite: CONSTRAINT_UNIQUE, CONSTRAINT_FOREIGNKEY; PostgreSQL: unique violation.
        for code in ["2067", "787", "23505", "19"] {
            assert!(!busy_code(code), "{code}");
        }
    }
}
