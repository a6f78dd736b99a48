//! Messages to people: for each event, who is told and what the text needs, written in the
//! transaction of the event itself (so a message is sent exactly when the thing happened); and
//! the inbox that reads them back (docs/decisions/0035-messages.md).

use std::collections::BTreeMap;

use app::messages::{Fact, InboxMessage, Kind, MessagesPage, INBOX_SIZE};
use app::paths;
use app::role::Role;
use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::clock::{helsinki_day_and_time, now_unix};
use crate::rules::products::Product;
use crate::rules::usage::Alert;
use crate::rules::{Money, Period};
use crate::store::accounts::Account;
use crate::store::budget::{self, date_text, parse_date};
use crate::store::changes::{AgreementRow, ChangeRow};
use crate::store::messages::{self as rows, NewMessage};
use crate::store::reminders::{EndingMandate, StartingChange};
use crate::store::sql::Sql;
use crate::store::{email, guidance};
use crate::store::{Db, StoreError};

/// The name a provider's or the counsellor's message calls the client by.
async fn client_name(conn: &mut impl Sql, client_id: i64) -> Result<String, StoreError> {
    let client = budget::find_client(&mut *conn, client_id).await?;
    client
        .map(|c| c.name)
        .ok_or_else(|| StoreError::Corrupt(format!("a message about client {client_id}, who is not stored")))
}

/// One message, before it is written to its recipients.
struct Message {
    kind: Kind,
    /// The client the message is about.
    client_id: i64,
    facts: BTreeMap<&'static str, Fact>,
    /// The event's name, unique with the recipient.
    event: String,
    link: String,
    /// When it happened, unix seconds.
    at: i64,
}

impl Message {
    fn new(kind: Kind, client_id: i64, event: String, link: String) -> Message {
        Message { kind, client_id, facts: BTreeMap::new(), event, link, at: now_unix() }
    }

    /// Written at another moment than now: when what it tells of was written.
    fn at(mut self, at: i64) -> Message {
        self.at = at;
        self
    }

    fn says(mut self, name: &'static str, value: &str) -> Message {
        self.facts.insert(name, Fact::Text(value.to_string()));
        self
    }

    /// A day already written "YYYY-MM-DD".
    fn day_written(mut self, name: &'static str, day: &str) -> Message {
        self.facts.insert(name, Fact::Day(day.to_string()));
        self
    }

    fn day(mut self, name: &'static str, day: NaiveDate) -> Message {
        self.facts.insert(name, Fact::Day(date_text(day)));
        self
    }

    /// A moment, as its day (`day`) and time of day (`time`) in Helsinki.
    fn moment(mut self, unix: i64) -> Message {
        let (day, time) = helsinki_day_and_time(unix);
        self.facts.insert("day", Fact::Day(day));
        self.facts.insert("time", Fact::Time(time));
        self
    }

    fn euros(mut self, name: &'static str, amount: Money) -> Message {
        self.facts.insert(name, Fact::Euros(amount.to_string()));
        self
    }

    fn service(mut self, product: Product) -> Message {
        self.facts.insert("service", Fact::Service(product.code().to_string()));
        self
    }

    async fn send(&self, conn: &mut impl Sql, recipients: &[i64]) -> Result<(), StoreError> {
        let facts = serde_json::to_string(&self.facts)
            .map_err(|e| StoreError::Corrupt(format!("a message's facts: {e}")))?;
        let message = NewMessage {
            client_id: Some(self.client_id),
            kind: self.kind.code(),
            facts: &facts,
            event_key: &self.event,
            link: &self.link,
            at: self.at,
        };
        rows::write(&mut *conn, recipients, &message).await?;
        email::queue(conn, &self.event, recipients, self.kind.theme().code(), now_unix()).await
    }
}

/// A change of provider made: the client's side, the provider the client leaves and the one
/// they come to each hear of it.
pub async fn change_made(
    conn: &mut AnyConnection,
    client_id: i64,
    change: &ChangeRow,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let event = format!("change-made:{}", change.id);
    let client = client_name(conn, client_id).await?;
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    Message::new(Kind::ChangeMade, client_id, event.clone(), paths::my_change(change.id))
        .service(change.product)
        .says("old", &change.old_provider)
        .says("new", &change.new_provider)
        .day("old-last", change.old_last_day)
        .day("new-first", change.new_first_day)
        .send(conn, &own)
        .await?;
    let leaving = rows::provider_staff(conn, change.old_provider_id).await?;
    Message::new(Kind::ClientLeaving, client_id, event.clone(), paths::HOME.to_string())
        .service(change.product)
        .says("client", &client)
        .day("last", change.old_last_day)
        .send(conn, &leaving)
        .await?;
    let coming = rows::provider_staff(conn, change.new_provider_id).await?;
    Message::new(Kind::ClientComing, client_id, event, paths::HOME.to_string())
        .service(change.product)
        .says("client", &client)
        .day("first", change.new_first_day)
        .send(conn, &coming)
        .await
}

/// A change of provider cancelled: the same three hear that everything stays as it was.
pub async fn change_cancelled(
    conn: &mut AnyConnection,
    client_id: i64,
    change: &ChangeRow,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let event = format!("change-cancelled:{}", change.id);
    let client = client_name(conn, client_id).await?;
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    Message::new(Kind::ChangeCancelled, client_id, event.clone(), paths::my_change(change.id))
        .service(change.product)
        .says("old", &change.old_provider)
        .says("new", &change.new_provider)
        .send(conn, &own)
        .await?;
    let staying = rows::provider_staff(conn, change.old_provider_id).await?;
    Message::new(Kind::ClientStays, client_id, event.clone(), paths::HOME.to_string())
        .service(change.product)
        .says("client", &client)
        .send(conn, &staying)
        .await?;
    let not_coming = rows::provider_staff(conn, change.new_provider_id).await?;
    Message::new(Kind::ClientNotComing, client_id, event, paths::HOME.to_string())
        .service(change.product)
        .says("client", &client)
        .send(conn, &not_coming)
        .await
}

/// Notice to leave the personal budget (B17): the client's side hears the last day, and each
/// provider with an agreement that runs or is still to begin hears it for its service.
pub async fn leaving(
    conn: &mut AnyConnection,
    client_id: i64,
    decision_id: i64,
    last_day: NaiveDate,
    agreements: &[AgreementRow],
    today: NaiveDate,
) -> Result<(), StoreError> {
    let client = client_name(conn, client_id).await?;
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    Message::new(Kind::LeaveGiven, client_id, format!("leave:{decision_id}"), paths::LEAVE.to_string())
        .day("last", last_day)
        .send(conn, &own)
        .await?;
    for agreement in agreements {
        let staff = rows::provider_staff(conn, agreement.provider_id).await?;
        let event = format!("leave:{decision_id}:{}", agreement.id);
        Message::new(Kind::ClientLeavesBudget, client_id, event, paths::HOME.to_string())
            .service(agreement.product)
            .says("client", &client)
            .day("last", last_day)
            .send(conn, &staff)
            .await?;
    }
    Ok(())
}

/// A reported record that did not fit in what is left, or the counsellor's word on it.
pub struct RecordNews<'a> {
    pub client_id: i64,
    pub record_id: i64,
    pub provider: &'a str,
    pub product: Product,
    pub date: NaiveDate,
}

/// A record held for the counsellor (B9), released or refused: the client's side hears of it,
/// with a link to the month's statement where the record is.
pub async fn record_news(
    conn: &mut impl Sql,
    kind: Kind,
    record: &RecordNews<'_>,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let own = rows::client_side(conn, record.client_id, &date_text(today)).await?;
    let month = date_text(record.date)[..7].to_string();
    let event = format!("{}:{}", kind.code(), record.record_id);
    Message::new(kind, record.client_id, event, paths::statement(&month))
        .service(record.product)
        .says("provider", record.provider)
        .day("day", record.date)
        .send(conn, &own)
        .await
}

/// B18: a feedback invitation opened. The client's side hears that they can tell how a service
/// went, but not of every provider-day: while one such message waits unread, no other comes.
pub async fn feedback_open(
    conn: &mut impl Sql,
    client_id: i64,
    provider_id: i64,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let kind = Kind::FeedbackOpen;
    let waiting_none =
        rows::client_side_without_unread(conn, client_id, &date_text(today), kind.code()).await?;
    let event = format!("feedback:{provider_id}:{}", date_text(day));
    Message::new(kind, client_id, event, paths::FEEDBACK.to_string()).send(conn, &waiting_none).await
}

/// A decision made or changed by the decision-maker: the client's side hears of it.
pub async fn decided(
    conn: &mut AnyConnection,
    client_id: i64,
    event_id: i64,
    period: &Period,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    Message::new(Kind::DecisionMade, client_id, format!("decision:{event_id}"), paths::DECISION.to_string())
        .day("from", period.from)
        .day("to", period.to)
        .send(conn, &own)
        .await
}

/// The decision-maker answered a proposal to use the budget differently: the client's side
/// hears whether it was accepted.
pub async fn proposal_answered(
    conn: &mut AnyConnection,
    client_id: i64,
    proposal_id: i64,
    accepted: bool,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    Message::new(
        Kind::ProposalAnswered,
        client_id,
        format!("proposal:{proposal_id}"),
        paths::MY_PLAN.to_string(),
    )
    .says("answer", if accepted { "accepted" } else { "refused" })
    .send(conn, &own)
    .await
}

/// A mandate set or ended: the client and the relative each hear of it, in their own words.
pub struct MandateNews<'a> {
    pub client_id: i64,
    pub relative_account_id: i64,
    pub relative: &'a str,
    pub can_act: bool,
    /// The last day it holds, if it ends.
    pub until: Option<&'a str>,
    pub set: bool,
    /// The mandate event's id: one message each an event.
    pub event_id: i64,
}

pub async fn mandate(conn: &mut AnyConnection, news: &MandateNews<'_>) -> Result<(), StoreError> {
    let client = client_name(conn, news.client_id).await?;
    let own = rows::client_accounts(conn, news.client_id).await?;
    let (to_client, to_relative) = if news.set {
        (Kind::MandateSet, Kind::YourMandateSet)
    } else {
        (Kind::MandateEnded, Kind::YourMandateEnded)
    };
    let event = format!("mandate:{}", news.event_id);
    let facts = |m: Message| {
        let m = m.says("rights", if news.can_act { "act" } else { "look" });
        match news.until {
            Some(day) => m.says("has-until", "yes").day_written("until", day),
            None => m.says("has-until", "no"),
        }
    };
    facts(Message::new(to_client, news.client_id, event.clone(), paths::HELPERS.to_string()))
        .says("relative", news.relative)
        .send(conn, &own)
        .await?;
    facts(Message::new(to_relative, news.client_id, event, paths::WHOSE.to_string()))
        .says("client", &client)
        .send(conn, &[news.relative_account_id])
        .await
}

/// A mandate ends within the week: the client and the relative each hear of it, once.
pub async fn mandate_ending(conn: &mut AnyConnection, mandate: &EndingMandate) -> Result<(), StoreError> {
    let client = client_name(conn, mandate.client_id).await?;
    let own = rows::client_accounts(conn, mandate.client_id).await?;
    let until = parse_date(&mandate.until)?;
    let event = format!("mandate-ending:{}:{}", mandate.id, mandate.until);
    Message::new(Kind::MandateEnding, mandate.client_id, event.clone(), paths::HELPERS.to_string())
        .says("relative", &mandate.relative)
        .day("until", until)
        .send(conn, &own)
        .await?;
    Message::new(Kind::YourMandateEnding, mandate.client_id, event, paths::WHOSE.to_string())
        .says("client", &client)
        .day("until", until)
        .send(conn, &[mandate.relative_account_id])
        .await
}

/// The next contact agreed with the counsellor is in a few days: the client's side hears of it.
pub async fn contact_coming(
    conn: &mut AnyConnection,
    client_id: i64,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    let event = format!("contact-coming:{client_id}:{}", date_text(day));
    Message::new(Kind::ContactComing, client_id, event, paths::ASK_COUNSELLOR.to_string())
        .day("day", day)
        .send(conn, &own)
        .await
}

/// The new provider of a change starts: the client's side hears that it is in force, the new
/// provider that the client starts with them, the old one that the client has left.
pub async fn change_starts(
    conn: &mut AnyConnection,
    change: &StartingChange,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let own = rows::client_side(conn, change.client_id, &date_text(today)).await?;
    let client = client_name(conn, change.client_id).await?;
    let first = parse_date(&change.first_day)?;
    let event = format!("change-starts:{}", change.id);
    Message::new(Kind::ChangeStarts, change.client_id, event.clone(), paths::my_change(change.id))
        .service(change.product)
        .says("new", &change.new_provider)
        .day("first", first)
        .send(conn, &own)
        .await?;
    let new_staff = rows::provider_staff(conn, change.new_provider_id).await?;
    Message::new(Kind::ClientStarts, change.client_id, event.clone(), paths::HOME.to_string())
        .service(change.product)
        .says("client", &client)
        .day("first", first)
        .send(conn, &new_staff)
        .await?;
    let old_staff = rows::provider_staff(conn, change.old_provider_id).await?;
    Message::new(Kind::ClientLeft, change.client_id, event, paths::HOME.to_string())
        .service(change.product)
        .says("client", &client)
        .day("last", parse_date(&change.old_last_day)?)
        .send(conn, &old_staff)
        .await
}

/// A client let an experience expert help, or ended the help.
pub struct HelpNews {
    pub client_id: i64,
    pub grant_id: i64,
    pub helper_id: i64,
    /// When the help ends by itself, unix seconds; `None` when the client ended it now.
    pub until: Option<i64>,
}

/// The expert hears that the help started, and until when, or that the client ended it.
pub async fn help_news(conn: &mut AnyConnection, news: &HelpNews) -> Result<(), StoreError> {
    let client = client_name(conn, news.client_id).await?;
    let message = match news.until {
        Some(until) => Message::new(
            Kind::HelpStarted,
            news.client_id,
            format!("help:{}", news.grant_id),
            paths::HOME.to_string(),
        )
        .says("client", &client)
        .moment(until),
        None => Message::new(
            Kind::HelpEnded,
            news.client_id,
            format!("help-ended:{}", news.grant_id),
            paths::HELP_HOURS.to_string(),
        )
        .says("client", &client),
    };
    message.send(conn, &[news.helper_id]).await
}

/// A message written in a client's conversation with the counsellor.
pub struct Written {
    pub client_id: i64,
    pub post_id: i64,
    pub at: i64,
}

/// The client or a relative wrote to the counsellor: the counsellor hears of it.
pub async fn guidance_asked(
    conn: &mut AnyConnection,
    written: &Written,
    counsellor_account_id: i64,
    topic: &str,
) -> Result<(), StoreError> {
    let Written { client_id, post_id, at } = *written;
    let client = client_name(conn, client_id).await?;
    Message::new(
        Kind::GuidanceAsked,
        client_id,
        format!("guidance:{post_id}"),
        paths::conversation(client_id),
    )
    .at(at)
    .says("client", &client)
    .says("topic", topic)
    .send(conn, &[counsellor_account_id])
    .await
}

/// The counsellor answered: the client's side hears of it.
pub async fn guidance_answered(
    conn: &mut AnyConnection,
    written: &Written,
    counsellor: &str,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let Written { client_id, post_id, at } = *written;
    let own = rows::client_side(conn, client_id, &date_text(today)).await?;
    let link = paths::ASK_COUNSELLOR.to_string();
    Message::new(Kind::GuidanceAnswered, client_id, format!("guidance:{post_id}"), link)
        .at(at)
        .says("counsellor", counsellor)
        .send(conn, &own)
        .await
}

/// What a charge did to the budget's use (B12).
pub struct UseNews {
    pub client_id: i64,
    pub decision_id: i64,
    /// Each an alert to tell of: a mark of use passed, the outlook turned at risk.
    pub alerts: Vec<Alert>,
    /// What is left of the total after the charge.
    pub left: Money,
    /// The budget's last day.
    pub last_day: NaiveDate,
}

/// B12: the client's side hears what they can do, and the counsellor hears which client; each
/// alert once a decision.
pub async fn budget_use(conn: &mut impl Sql, news: &UseNews, today: NaiveDate) -> Result<(), StoreError> {
    if news.alerts.is_empty() {
        return Ok(());
    }
    let own = rows::client_side(conn, news.client_id, &date_text(today)).await?;
    let counsellor = guidance::counsellor_of(conn, news.client_id).await?.map(|(id, _, _)| id);
    let client = client_name(conn, news.client_id).await?;
    for alert in &news.alerts {
        let (kind, mark) = match alert {
            Alert::Passed80Percent => (Kind::BudgetUsed80, "used-80"),
            Alert::Passed100Percent => (Kind::BudgetUsedUp, "used-up"),
            Alert::AtRisk => (Kind::BudgetAtRisk, "at-risk"),
        };
        let event = format!("{mark}:{}", news.decision_id);
        Message::new(kind, news.client_id, event.clone(), paths::HOME.to_string())
            .euros("left", news.left)
            .day("last", news.last_day)
            .send(conn, &own)
            .await?;
        Message::new(Kind::ClientBudget, news.client_id, event, paths::CLIENTS.to_string())
            .says("client", &client)
            .says("mark", mark)
            .send(conn, counsellor.as_slice())
            .await?;
    }
    Ok(())
}

/// How many messages the person has not read yet.
pub async fn unread(db: &Db, account_id: i64) -> Result<i64, StoreError> {
    rows::unread(&db.pool, account_id).await
}

/// The person's inbox, newest first, with what was unread marked; all shown are read after.
/// A relative's look at messages about a client is a look at the client's data, and logged.
pub async fn inbox(db: &Db, account: &Account) -> Result<(MessagesPage, Vec<i64>), StoreError> {
    let mut conn = db.pool.acquire().await?;
    let stored = rows::inbox(&mut conn, account.id, INBOX_SIZE).await?;
    let total = rows::count(&mut conn, account.id).await?;
    if let Some(newest) = stored.first() {
        if stored.iter().any(|m| !m.read) {
            let _turn = db.write_turn().await;
            rows::mark_read(&mut conn, account.id, newest.id, now_unix()).await?;
        }
    }
    let mut clients: Vec<i64> = Vec::new();
    let messages = stored
        .into_iter()
        .filter_map(|m| {
            let kind = Kind::parse(&m.kind)?;
            let facts: BTreeMap<String, Fact> = serde_json::from_str(&m.facts).ok()?;
            let (day, time) = helsinki_day_and_time(m.created_at);
            let about = match (account.role, m.client_id) {
                (Role::Relative, Some(id)) if account.client_id != Some(id) => {
                    if !clients.contains(&id) {
                        clients.push(id);
                    }
                    m.client_name
                }
                _ => None,
            };
            Some(InboxMessage {
                id: m.id,
                kind,
                facts: facts.into_iter().collect(),
                about,
                day,
                time,
                unread: !m.read,
                link: m.link,
            })
        })
        .collect();
    Ok((MessagesPage { messages, total }, clients))
}
