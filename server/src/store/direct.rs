//! SQLite work done straight on a connection, synchronously, on a blocking thread: one
//! hand-over a request however many statements and rows it reads. Through sqlx every statement,
//! and every row it answers, is handed to the connection's own thread and back; for the budget
//! answer's three reads that was two thirds of their time (docs/decisions/0046-direct-reads.md),
//! and for a group of reports most of theirs (0050-reports-written-straight.md).
//!
//! Only on an SQLite file: the hot reads, each in one read transaction so that what it reads is
//! one moment's data, and the groups of reports ([`super::group_commit`]), written on one
//! connection in the process's write turn ([`super::Db::write_turn`]). Every other write goes
//! through sqlx in the same turn, and PostgreSQL is read and written through sqlx.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use tokio::sync::Semaphore;

use super::StoreError;

/// At most this many reads at once, each on its own connection: more would not go faster on a
/// few cores, and each open connection keeps a page cache of its own.
const READERS: usize = 8;

/// Straight connections to one SQLite file, opened when first needed and kept: read-only ones
/// and one that writes.
pub struct Connections {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    readers: Semaphore,
    writer: Mutex<Option<Connection>>,
}

impl std::fmt::Debug for Connections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connections").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Connections {
    /// For the file an `sqlite:` address names; `None` for a database in memory, which no
    /// second connection can open.
    pub fn for_url(url: &str) -> Option<Connections> {
        let file = super::sqlite_file(url);
        (file != ":memory:" && !file.is_empty()).then(|| Connections {
            path: PathBuf::from(file),
            idle: Mutex::new(Vec::new()),
            readers: Semaphore::new(READERS),
            writer: Mutex::new(None),
        })
    }

    /// Runs `write` in a write transaction on a blocking thread, and commits it when it answers
    /// `Ok`; when it answers an error, nothing it did stays. The caller holds the write turn.
    pub async fn write<T, F>(self: &Arc<Self>, write: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        let this = Arc::clone(self);
        let done = tokio::task::spawn_blocking(move || {
            let mut writer = this.writer.lock().unwrap_or_else(PoisonError::into_inner);
            let conn = match writer.as_mut() {
                Some(conn) => conn,
                None => writer.insert(this.open_writer()?),
            };
            // Dropped without a commit, the transaction rolls back.
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let answer = write(&tx)?;
            tx.commit()?;
            Ok(answer)
        })
        .await;
        match done {
            Ok(outcome) => outcome,
            Err(stopped) => std::panic::resume_unwind(stopped.into_panic()),
        }
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

    fn open_writer(&self) -> Result<Connection, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&self.path, flags)?;
        // As the pool's connections (`Db::connect`); the file is already in WAL mode.
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // A report's dozen statements, and room for those whose text names its rows.
        conn.set_prepared_statement_cache_capacity(64);
        Ok(conn)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sql::{now, Sql, Straight};

    #[test]
    fn a_file_is_read_straight_and_a_database_in_memory_is_not() {
        let path = |url: &str| Connections::for_url(url).map(|d| d.path);
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
        let reads = Arc::new(Connections::for_url(&format!("sqlite://{}", file.display())).unwrap());

        let sum = |tx: &Transaction<'_>| {
            now(Straight::new(tx).rows("SELECT SUM(n) AS n FROM t", vec![], |r| r.int("n")))
        };
        assert_eq!(reads.read(move |tx| sum(tx)).await.unwrap(), [3]);
        writer.execute("INSERT INTO t VALUES (4)", []).unwrap();
        assert_eq!(reads.read(move |tx| sum(tx)).await.unwrap(), [7], "a new read sees the new commit");
        assert_eq!(reads.idle.lock().unwrap().len(), 1, "one connection, kept for the next read");

        let failed = reads
            .read(|tx| now(Straight::new(tx).rows("SELECT nothing FROM t", vec![], |r| r.int("nothing"))))
            .await;
        assert!(matches!(failed, Err(StoreError::Sqlite(_))), "{failed:?}");
        let written = reads.read(|tx| Ok(tx.execute("INSERT INTO t VALUES (8)", [])?)).await;
        assert!(written.is_err(), "the connections only read");
    }
}
