//! SQLite reads done straight on a connection, synchronously, on a blocking thread: one
//! hand-over a request however many statements and rows it reads. Through sqlx every statement,
//! and every row it answers, is handed to the connection's own thread and back; for the budget
//! answer's three reads that was two thirds of their time (docs/decisions/0046-direct-reads.md).
//!
//! Only reads, and only on SQLite: writes keep their turn and their groups in sqlx
//! ([`super::Db::write_turn`], [`super::group_commit`]), and PostgreSQL is read through sqlx as
//! before. A read runs in one read transaction, so what it reads is one moment's data.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction};
use sqlx::any::AnyRow;
use sqlx::Row;
use tokio::sync::Semaphore;

use super::StoreError;

/// At most this many reads at once, each on its own connection: more would not go faster on a
/// few cores, and each open connection keeps a page cache of its own.
const READERS: usize = 8;

/// Read-only connections to one SQLite file, opened when first needed and kept.
pub struct DirectReads {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    readers: Semaphore,
}

impl std::fmt::Debug for DirectReads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DirectReads").field("path", &self.path).finish_non_exhaustive()
    }
}

impl DirectReads {
    /// For the file an `sqlite:` address names; `None` for a database in memory, which no
    /// second connection can open.
    pub fn for_url(url: &str) -> Option<DirectReads> {
        let file = super::sqlite_file(url);
        (file != ":memory:" && !file.is_empty()).then(|| DirectReads {
            path: PathBuf::from(file),
            idle: Mutex::new(Vec::new()),
            readers: Semaphore::new(READERS),
        })
    }

    /// Runs `read` in a read transaction on a blocking thread and hands back what it answers.
    pub async fn read<T, F>(self: &Arc<Self>, read: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        let _reader = self.readers.acquire().await.expect("the readers' semaphore is never closed");
        let this = Arc::clone(self);
        let done = tokio::task::spawn_blocking(move || {
            let mut conn = match this.idle.lock().unwrap_or_else(PoisonError::into_inner).pop() {
                Some(conn) => conn,
                None => this.open()?,
            };
            let outcome = read_in_transaction(&mut conn, read);
            this.idle.lock().unwrap_or_else(PoisonError::into_inner).push(conn);
            outcome
        })
        .await;
        match done {
            Ok(outcome) => outcome,
            Err(stopped) => std::panic::resume_unwind(stopped.into_panic()),
        }
    }

    fn open(&self) -> Result<Connection, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&self.path, flags)?;
        // The same waits and temporary storage as the pool's connections (`Db::connect`).
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        Ok(conn)
    }
}

fn read_in_transaction<T>(
    conn: &mut Connection,
    read: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let tx = conn.transaction()?;
    let answer = read(&tx)?;
    // Nothing was written: ending the transaction only lets go of the moment it read.
    tx.rollback()?;
    Ok(answer)
}

/// A row's columns by name, read through sqlx or straight: one decoder serves both ways.
pub trait Columns {
    fn int(&self, name: &str) -> Result<i64, StoreError>;
    fn maybe_int(&self, name: &str) -> Result<Option<i64>, StoreError>;
    fn string(&self, name: &str) -> Result<String, StoreError>;
    fn maybe_string(&self, name: &str) -> Result<Option<String>, StoreError>;
}

impl Columns for AnyRow {
    fn int(&self, name: &str) -> Result<i64, StoreError> {
        Ok(self.try_get(name)?)
    }
    fn maybe_int(&self, name: &str) -> Result<Option<i64>, StoreError> {
        Ok(self.try_get(name)?)
    }
    fn string(&self, name: &str) -> Result<String, StoreError> {
        Ok(self.try_get(name)?)
    }
    fn maybe_string(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self.try_get(name)?)
    }
}

impl Columns for rusqlite::Row<'_> {
    fn int(&self, name: &str) -> Result<i64, StoreError> {
        Ok(self.get(name)?)
    }
    fn maybe_int(&self, name: &str) -> Result<Option<i64>, StoreError> {
        Ok(self.get(name)?)
    }
    fn string(&self, name: &str) -> Result<String, StoreError> {
        Ok(self.get(name)?)
    }
    fn maybe_string(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self.get(name)?)
    }
}

/// Every row `sql` answers for `values`, each made by `make`.
pub fn rows<T>(
    tx: &Transaction<'_>,
    sql: &str,
    values: impl rusqlite::Params,
    make: impl Fn(&rusqlite::Row<'_>) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut statement = tx.prepare_cached(sql)?;
    let mut found = statement.query(values)?;
    let mut all = Vec::new();
    while let Some(row) = found.next()? {
        all.push(make(row)?);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_straight_and_a_database_in_memory_is_not() {
        let path = |url: &str| DirectReads::for_url(url).map(|d| d.path);
        assert_eq!(path("sqlite:///tmp/p/portal.db?mode=rwc"), Some(PathBuf::from("/tmp/p/portal.db")));
        assert_eq!(path("sqlite:data/portal.db"), Some(PathBuf::from("data/portal.db")));
        assert_eq!(path("sqlite::memory:"), None);
        assert_eq!(path("sqlite://:memory:?cache=shared"), None);
    }

    #[test]
    fn a_busy_straight_read_is_busy_like_one_through_sqlx() {
        let failure = |code: rusqlite::ErrorCode, extended_code| {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error { code, extended_code },
                None,
            ))
        };
        assert!(failure(rusqlite::ErrorCode::DatabaseBusy, 5).is_busy());
        assert!(failure(rusqlite::ErrorCode::DatabaseLocked, 6).is_busy());
        assert!(!failure(rusqlite::ErrorCode::ConstraintViolation, 2067).is_busy());
    }

    #[tokio::test]
    async fn a_read_sees_one_moment_and_gives_its_connection_back() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("direct.db");
        let writer = Connection::open(&file).unwrap();
        writer
            .execute_batch(
                "PRAGMA journal_mode = WAL; CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2);",
            )
            .unwrap();
        let reads = Arc::new(DirectReads::for_url(&format!("sqlite://{}", file.display())).unwrap());

        let sum = |tx: &Transaction<'_>| rows(tx, "SELECT SUM(n) AS n FROM t", [], |r| r.int("n"));
        assert_eq!(reads.read(move |tx| sum(tx)).await.unwrap(), [3]);
        writer.execute("INSERT INTO t VALUES (4)", []).unwrap();
        assert_eq!(reads.read(move |tx| sum(tx)).await.unwrap(), [7], "a new read sees the new commit");
        assert_eq!(reads.idle.lock().unwrap().len(), 1, "one connection, kept for the next read");

        let failed = reads.read(|tx| rows(tx, "SELECT nothing FROM t", [], |r| r.int("nothing"))).await;
        assert!(matches!(failed, Err(StoreError::Sqlite(_))), "{failed:?}");
        let written = reads.read(|tx| Ok(tx.execute("INSERT INTO t VALUES (8)", [])?)).await;
        assert!(written.is_err(), "the connections only read");
    }
}
