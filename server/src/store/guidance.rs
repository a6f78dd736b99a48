//! A client's conversation with their counsellor: what each side wrote, and who the counsellor is.

use sqlx::{AnyConnection, Row};

use super::sql::Sql;
use super::StoreError;
use crate::values;

/// Which side wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The client or a relative.
    Client,
    Counsellor,
}

impl Side {
    fn code(self) -> &'static str {
        match self {
            Side::Client => "client",
            Side::Counsellor => "counsellor",
        }
    }
}

/// A message to write.
pub struct NewPost<'a> {
    pub client_id: i64,
    pub author_account_id: i64,
    pub side: Side,
    pub topic: Option<&'a str>,
    pub body: &'a str,
    pub at: i64,
}

/// Writes the message; its id.
pub async fn insert(conn: &mut AnyConnection, post: &NewPost<'_>) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO guidance_messages (client_id, author_account_id, side, topic, body, written_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(post.client_id)
    .bind(post.author_account_id)
    .bind(post.side.code())
    .bind(post.topic)
    .bind(post.body)
    .bind(post.at)
    .fetch_one(conn)
    .await?)
}

/// A message as stored, with its author's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub side: Side,
    pub author: String,
    pub topic: Option<String>,
    pub body: String,
    pub at: i64,
}

/// The client's conversation, oldest first.
pub async fn conversation(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<Stored>, StoreError> {
    let rows = sqlx::query(
        "SELECT g.side, a.display_name, g.topic, g.body, g.written_at FROM guidance_messages g \
         JOIN accounts a ON a.id = g.author_account_id WHERE g.client_id = $1 ORDER BY g.id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let side: String = r.try_get("side")?;
            Ok(Stored {
                side: if side == "counsellor" { Side::Counsellor } else { Side::Client },
                author: r.try_get("display_name")?,
                topic: r.try_get("topic")?,
                body: r.try_get("body")?,
                at: r.try_get("written_at")?,
            })
        })
        .collect()
}

/// The client's counsellor: the sign-in, the name and the work phone.
pub async fn counsellor_of(
    conn: &mut impl Sql,
    client_id: i64,
) -> Result<Option<(i64, String, Option<String>)>, StoreError> {
    let sql = "SELECT a.id, a.display_name, a.phone FROM clients c \
         JOIN accounts a ON a.id = c.counsellor_account_id WHERE c.id = $1";
    conn.optional(sql, values![client_id], |r| {
        Ok((r.int("id")?, r.string("display_name")?, r.maybe_string("phone")?))
    })
    .await
}
