//! "Ask my counsellor": a client or a relative writes to the client's counsellor, who answers in
//! the portal. Each message tells the other side in their inbox, in the same transaction.

use std::collections::BTreeMap;

use app::i18n::msg;
use app::messages::{fields, AskPage, ConversationPage, Counsellor, Post, Topic, MAX_BODY};
use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::clock::{helsinki_day_and_time, now_unix};
use crate::services::messages::{self, Written};
use crate::store::accounts::Account;
use crate::store::guidance::{self, NewPost, Side, Stored};
use crate::store::{budget, Db, StoreError};

/// Why a message could not be sent, each beside its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    #[error("what the message is about is not chosen")]
    NoTopic,
    #[error("the message says nothing")]
    Empty,
    #[error("the message is longer than {MAX_BODY} characters")]
    TooLong,
}

impl WriteError {
    pub fn field(self) -> &'static str {
        match self {
            WriteError::NoTopic => fields::TOPIC,
            WriteError::Empty | WriteError::TooLong => fields::BODY,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            WriteError::NoTopic => msg("ask-error-topic"),
            WriteError::Empty => msg("ask-error-empty"),
            WriteError::TooLong => msg("ask-error-too-long"),
        }
    }
}

/// Why a message could not go to the counsellor.
#[derive(Debug, thiserror::Error)]
pub enum AskError {
    #[error("the client has no named counsellor")]
    NoCounsellor,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for AskError {
    fn from(error: sqlx::Error) -> Self {
        AskError::Store(error.into())
    }
}

/// A message from the client's side, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub topic: Topic,
    /// May be empty when the client asks to be called.
    pub body: String,
}

fn check_body(form: &BTreeMap<String, String>, may_be_empty: bool) -> Result<String, WriteError> {
    let body = form.get(fields::BODY).map_or("", |b| b.trim());
    match body.chars().count() {
        0 if !may_be_empty => Err(WriteError::Empty),
        n if n > MAX_BODY => Err(WriteError::TooLong),
        _ => Ok(body.to_string()),
    }
}

/// Checks the client's side's form: a topic, and words unless they only ask to be called.
pub fn check_question(form: &BTreeMap<String, String>) -> Result<Question, Vec<WriteError>> {
    let topic = form.get(fields::TOPIC).and_then(|t| Topic::parse(t));
    let body = check_body(form, topic == Some(Topic::CallMe));
    match (topic, body) {
        (Some(topic), Ok(body)) => Ok(Question { topic, body }),
        (topic, body) => {
            Err(topic.is_none().then_some(WriteError::NoTopic).into_iter().chain(body.err()).collect())
        }
    }
}

/// Checks the counsellor's answer: it must say something.
pub fn check_answer(form: &BTreeMap<String, String>) -> Result<String, Vec<WriteError>> {
    check_body(form, false).map_err(|e| vec![e])
}

/// Sends the client's side's message to the client's counsellor.
pub async fn ask(db: &Db, by: &Account, client_id: i64, question: &Question) -> Result<(), AskError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let (counsellor_id, _, _) =
        guidance::counsellor_of(&mut tx, client_id).await?.ok_or(AskError::NoCounsellor)?;
    let post = NewPost {
        client_id,
        author_account_id: by.id,
        side: Side::Client,
        topic: Some(question.topic.code()),
        body: &question.body,
        at: now_unix(),
    };
    write_asked(&mut tx, &post, counsellor_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Writes the client's side's message and tells the counsellor, in the caller's transaction
/// (the demo's conversations are written so too).
pub async fn write_asked(
    conn: &mut AnyConnection,
    post: &NewPost<'_>,
    counsellor_id: i64,
) -> Result<(), StoreError> {
    let post_id = guidance::insert(conn, post).await?;
    let written = Written { client_id: post.client_id, post_id, at: post.at };
    messages::guidance_asked(conn, &written, counsellor_id, post.topic.unwrap_or_default()).await
}

/// Writes the counsellor's answer and tells the client's side, in the caller's transaction.
pub async fn write_answer(
    conn: &mut AnyConnection,
    post: &NewPost<'_>,
    counsellor: &str,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let post_id = guidance::insert(conn, post).await?;
    let written = Written { client_id: post.client_id, post_id, at: post.at };
    messages::guidance_answered(conn, &written, counsellor, today).await
}

/// The counsellor's answer; the client's side hears of it.
pub async fn answer(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    body: &str,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let post = NewPost {
        client_id,
        author_account_id: counsellor.id,
        side: Side::Counsellor,
        topic: None,
        body,
        at: now_unix(),
    };
    write_answer(&mut tx, &post, &counsellor.display_name, today).await?;
    tx.commit().await?;
    Ok(())
}

fn post_view(stored: Stored) -> Post {
    let (day, time) = helsinki_day_and_time(stored.at);
    Post {
        from_counsellor: stored.side == Side::Counsellor,
        author: stored.author,
        topic: stored.topic.as_deref().and_then(Topic::parse),
        body: stored.body,
        day,
        time,
    }
}

/// The client's side's page: the counsellor and their phone, and the conversation.
pub async fn ask_page(db: &Db, client_id: i64, sent: bool) -> Result<AskPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let counsellor = guidance::counsellor_of(&mut conn, client_id)
        .await?
        .map(|(_, name, phone)| Counsellor { name, phone });
    let posts = guidance::conversation(&mut conn, client_id).await?.into_iter().map(post_view).collect();
    Ok(AskPage { counsellor, posts, sent })
}

/// The counsellor's page of one client's conversation.
pub async fn conversation_page(
    db: &Db,
    client_id: i64,
    client_name: String,
    sent: bool,
) -> Result<ConversationPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let posts = guidance::conversation(&mut conn, client_id).await?.into_iter().map(post_view).collect();
    Ok(ConversationPage { client_id, client_name, posts, sent })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_question_needs_a_topic_and_words_unless_it_asks_for_a_call() {
        let asked =
            check_question(&form(&[("topic", "need"), ("body", "  I need more help in the mornings. ")]));
        assert_eq!(
            asked,
            Ok(Question { topic: Topic::Need, body: "I need more help in the mornings.".into() })
        );
        let call = check_question(&form(&[("topic", "call-me"), ("body", " ")]));
        assert_eq!(call, Ok(Question { topic: Topic::CallMe, body: String::new() }));
        assert_eq!(check_question(&form(&[("body", "")])), Err(vec![WriteError::NoTopic, WriteError::Empty]));
        assert_eq!(check_question(&form(&[("topic", "question")])), Err(vec![WriteError::Empty]));
        assert_eq!(
            check_question(&form(&[("topic", "gossip"), ("body", "Hi")])),
            Err(vec![WriteError::NoTopic])
        );
        let long = "ä".repeat(MAX_BODY + 1);
        assert_eq!(
            check_question(&form(&[("topic", "question"), ("body", &long)])),
            Err(vec![WriteError::TooLong])
        );
        assert!(check_question(&form(&[("topic", "question"), ("body", &long[2..])])).is_ok());
    }

    #[test]
    fn an_answer_must_say_something() {
        assert_eq!(check_answer(&form(&[("body", "\n ")])), Err(vec![WriteError::Empty]));
        assert_eq!(check_answer(&form(&[("body", " Soitan huomenna. ")])), Ok("Soitan huomenna.".into()));
    }
}
