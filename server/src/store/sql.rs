//! One way for a store function to run its statements on either kind of connection: sqlx's
//! (`Any`, both engines) or a straight SQLite one ([`Straight`], rusqlite). A function written
//! over [`Sql`] is written once and runs both ways, with the same SQL and the same decoder.
//!
//! Straight, a statement is SQLite's work alone; through sqlx each one is handed to the
//! connection's own thread and back, which for a report's dozen statements was most of its time
//! (docs/decisions/0050-reports-written-straight.md). A straight statement never waits: its
//! future is ready when made, so [`now`] finishes a whole chain of them without a runtime.

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

use sqlx::any::{AnyArguments, AnyRow};
use sqlx::pool::PoolConnection;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, Row};

use super::StoreError;

/// A value bound to a statement's `$n`. A missing value keeps its type: PostgreSQL wants to
/// know what kind of NULL it is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Int(Option<i64>),
    Text(Option<String>),
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(Some(n))
    }
}

impl From<Option<i64>> for Value {
    fn from(n: Option<i64>) -> Value {
        Value::Int(n)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(Some(text.to_string()))
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(Some(text))
    }
}

impl From<Option<&str>> for Value {
    fn from(text: Option<&str>) -> Value {
        Value::Text(text.map(str::to_string))
    }
}

/// The values of a statement, `$1` first.
#[macro_export]
macro_rules! values {
    ($($value:expr),* $(,)?) => {
        vec![$($crate::store::sql::Value::from($value)),*]
    };
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

/// What a statement answers, when it is done. Boxed and said to be `Send`, so that a request's
/// future is `Send` whatever its statements run on: the compiler cannot yet prove that of a
/// trait's `impl Future` under the lifetimes a spawned task asks for (rust-lang/rust#100013).
pub type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// A connection a store function can run statements on.
pub trait Sql {
    /// Every row `sql` answers for `values`, each made by `make`.
    fn rows<'a, T, F>(&'a mut self, sql: &'a str, values: Vec<Value>, make: F) -> Answer<'a, Vec<T>>
    where
        T: Send + 'a,
        F: Fn(&dyn Columns) -> Result<T, StoreError> + Send + 'a;

    /// Runs `sql` for `values`: how many rows it changed.
    fn execute<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64>;

    /// [`Sql::execute`] for a text made for this one call (ids written into it): not kept among
    /// the connection's prepared statements, where it would push out the ones used again.
    fn execute_once<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64>;

    /// The first row `sql` answers, if any.
    fn optional<'a, T, F>(&'a mut self, sql: &'a str, values: Vec<Value>, make: F) -> Answer<'a, Option<T>>
    where
        T: Send + 'a,
        F: Fn(&dyn Columns) -> Result<T, StoreError> + Send + 'a,
    {
        let rows = self.rows(sql, values, make);
        Box::pin(async move { Ok(rows.await?.into_iter().next()) })
    }

    /// The row `sql` always answers.
    fn one<'a, T, F>(&'a mut self, sql: &'a str, values: Vec<Value>, make: F) -> Answer<'a, T>
    where
        T: Send + 'a,
        F: Fn(&dyn Columns) -> Result<T, StoreError> + Send + 'a,
    {
        let first = self.optional(sql, values, make);
        Box::pin(
            async move { first.await?.ok_or_else(|| StoreError::Corrupt(format!("no row from: {sql}"))) },
        )
    }
}

fn bound<'q>(
    mut query: Query<'q, Any, AnyArguments<'q>>,
    values: Vec<Value>,
) -> Query<'q, Any, AnyArguments<'q>> {
    for value in values {
        query = match value {
            Value::Int(n) => query.bind(n),
            Value::Text(text) => query.bind(text),
        };
    }
    query
}

impl Sql for AnyConnection {
    fn rows<'a, T, F>(&'a mut self, sql: &'a str, values: Vec<Value>, make: F) -> Answer<'a, Vec<T>>
    where
        T: Send + 'a,
        F: Fn(&dyn Columns) -> Result<T, StoreError> + Send + 'a,
    {
        Box::pin(async move {
            let rows = bound(sqlx::query(sql), values).fetch_all(self).await?;
            rows.iter().map(|row| make(row)).collect()
        })
    }

    fn execute<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64> {
        Box::pin(async move { Ok(bound(sqlx::query(sql), values).execute(self).await?.rows_affected()) })
    }

    fn execute_once<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64> {
        Box::pin(async move {
            Ok(bound(sqlx::query(sql), values).persistent(false).execute(self).await?.rows_affected())
        })
    }
}

/// `Sql` for a type that holds an `AnyConnection` and derefs to it: run on as that connection.
macro_rules! sql_as_its_connection {
    ($($holder:ty),*) => {$(
        impl Sql for $holder {
            fn rows<'a, T, F>(&'a mut self, sql: &'a str, values: Vec<Value>, make: F) -> Answer<'a, Vec<T>>
            where
                T: Send + 'a,
                F: Fn(&dyn Columns) -> Result<T, StoreError> + Send + 'a,
            {
                (**self).rows(sql, values, make)
            }

            fn execute<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64> {
                (**self).execute(sql, values)
            }

            fn execute_once<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64> {
                (**self).execute_once(sql, values)
            }
        }
    )*};
}

// A connection taken from the pool, and a transaction.
sql_as_its_connection!(PoolConnection<Any>, sqlx::Transaction<'_, Any>);

/// A straight SQLite connection, in a transaction its owner began. Each statement runs when its
/// future is made, on the caller's thread.
pub struct Straight<'c>(&'c rusqlite::Connection);

impl<'c> Straight<'c> {
    pub fn new(conn: &'c rusqlite::Connection) -> Straight<'c> {
        Straight(conn)
    }

    /// The statement, cached on the connection, with `values` bound.
    fn prepared(&self, sql: &str, values: Vec<Value>) -> Result<rusqlite::CachedStatement<'c>, StoreError> {
        let mut statement = self.0.prepare_cached(sql)?;
        bind_by_name(&mut statement, values)?;
        Ok(statement)
    }

    fn rows_now<T>(
        &self,
        sql: &str,
        values: Vec<Value>,
        make: impl Fn(&dyn Columns) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut statement = self.prepared(sql, values)?;
        let mut found = statement.raw_query();
        let mut all = Vec::new();
        while let Some(row) = found.next()? {
            all.push(make(row)?);
        }
        Ok(all)
    }
}

impl Sql for Straight<'_> {
    fn rows<'a, T, F>(&'a mut self, sql: &'a str, values: Vec<Value>, make: F) -> Answer<'a, Vec<T>>
    where
        T: Send + 'a,
        F: Fn(&dyn Columns) -> Result<T, StoreError> + Send + 'a,
    {
        Box::pin(std::future::ready(self.rows_now(sql, values, make)))
    }

    fn execute<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64> {
        let changed = self.prepared(sql, values).and_then(|mut statement| Ok(statement.raw_execute()?));
        Box::pin(std::future::ready(changed.map(|n| n as u64)))
    }

    fn execute_once<'a>(&'a mut self, sql: &'a str, values: Vec<Value>) -> Answer<'a, u64> {
        let changed = self.0.prepare(sql).map_err(StoreError::from).and_then(|mut statement| {
            bind_by_name(&mut statement, values)?;
            Ok(statement.raw_execute()?)
        });
        Box::pin(std::future::ready(changed.map(|n| n as u64)))
    }
}

/// Binds `values` to their `$n` by name: SQLite numbers named parameters by their first use in
/// the text, not by their names.
fn bind_by_name(statement: &mut rusqlite::Statement<'_>, values: Vec<Value>) -> Result<(), StoreError> {
    for (n, value) in values.into_iter().enumerate() {
        let Some(index) = statement.parameter_index(&format!("${}", n + 1))? else { continue };
        match value {
            Value::Int(n) => statement.raw_bind_parameter(index, n)?,
            Value::Text(text) => statement.raw_bind_parameter(index, text)?,
        }
    }
    Ok(())
}

/// What `work`, run on a [`Straight`] connection, answers. Its statements ran as it was made,
/// so it is done at the first look; a future that still waits was given something that is not
/// straight, which is a mistake in the code.
pub fn now<T>(work: impl Future<Output = T>) -> T {
    let mut work = pin!(work);
    match work.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(answer) => answer,
        Poll::Pending => panic!("straight SQLite work waited for something that is not straight"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(r: &dyn Columns) -> Result<String, StoreError> {
        r.string("t")
    }

    #[test]
    fn values_go_to_their_numbered_marks_whatever_order_the_text_uses_them_in() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let mut straight = Straight::new(&conn);
        let sql = "SELECT $2 || '-' || $1 || '-' || $2 AS t";
        assert_eq!(now(straight.rows(sql, values!["a", "b"], text)).unwrap(), ["b-a-b"]);
        let none = now(straight.optional("SELECT $1 AS t WHERE $2 = 1", values!["x", 0], text)).unwrap();
        assert_eq!(none, None);
    }

    #[test]
    fn a_straight_write_is_done_when_asked_and_counts_its_rows() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (n INTEGER, t TEXT)").unwrap();
        let mut straight = Straight::new(&conn);
        let insert = "INSERT INTO t (n, t) VALUES ($1, $2), ($1, $3)";
        assert_eq!(now(straight.execute(insert, values![7, "a", None::<&str>])).unwrap(), 2);
        let once = "INSERT INTO t (n, t) VALUES (1, $2), (2, $1)";
        assert_eq!(now(straight.execute_once(once, values!["x", "y"])).unwrap(), 2);
        let sum = now(straight.one("SELECT SUM(n) AS n FROM t", vec![], |r| r.int("n"))).unwrap();
        assert_eq!(sum, 17);
        let y = now(straight.one("SELECT t FROM t WHERE n = 1", vec![], |r| r.string("t"))).unwrap();
        assert_eq!(y, "y", "a text used once binds by name too");
        let missing = now(straight.rows("SELECT t FROM t ORDER BY t", vec![], |r| r.maybe_string("t")));
        let texts = ["a", "x", "y"].map(|t| Some(t.to_string()));
        assert_eq!(missing.unwrap(), [vec![None], texts.to_vec()].concat());
    }
}
