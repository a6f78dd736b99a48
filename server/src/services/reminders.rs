//! The day's reminders: a mandate that ends within a week, the next contact agreed with the
//! counsellor in a few days, a change of provider that has started. Unlike the other messages
//! these come from the calendar, not from an act, so a loop in the server runs them (every hour;
//! each is written once, by its event's name, however often it runs).

use chrono::{Days, NaiveDate};

use crate::clock::Clock;
use crate::services::messages;
use crate::store::budget::{date_text, parse_date};
use crate::store::reminders as rows;
use crate::store::{Db, StoreError};

/// How long before its last day a mandate's end is told.
pub const MANDATE_DAYS: u64 = 7;
/// How long before an agreed contact the client is reminded.
pub const CONTACT_DAYS: u64 = 3;
/// How far back a started change is still told, should the server have been down on the day.
const CHANGE_DAYS: u64 = 7;

/// What one run wrote (new or not: a message already written is not written again).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Told {
    pub mandates: usize,
    pub contacts: usize,
    pub changes: usize,
}

pub async fn run(db: &Db, today: NaiveDate) -> Result<Told, StoreError> {
    let day = |d: Option<NaiveDate>| date_text(d.unwrap_or(today));
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let mandates = rows::mandates_ending(
        &mut tx,
        &date_text(today),
        &day(today.checked_add_days(Days::new(MANDATE_DAYS))),
    )
    .await?;
    for mandate in &mandates {
        messages::mandate_ending(&mut tx, mandate).await?;
    }
    let contacts = rows::contacts_coming(
        &mut tx,
        &date_text(today),
        &day(today.checked_add_days(Days::new(CONTACT_DAYS))),
    )
    .await?;
    for (client_id, contact_day) in &contacts {
        messages::contact_coming(&mut tx, *client_id, parse_date(contact_day)?, today).await?;
    }
    let changes = rows::changes_starting(
        &mut tx,
        &day(today.checked_sub_days(Days::new(CHANGE_DAYS))),
        &date_text(today),
    )
    .await?;
    for change in &changes {
        messages::change_starts(&mut tx, change, today).await?;
    }
    tx.commit().await?;
    Ok(Told { mandates: mandates.len(), contacts: contacts.len(), changes: changes.len() })
}

/// The loop: the reminders of the clock's day, every hour, for as long as the server runs.
pub async fn run_hourly(db: Db, clock: Clock) {
    loop {
        if let Err(error) = run(&db, clock.today()).await {
            tracing::error!(%error, "the day's reminders could not be written");
        }
        tokio::time::sleep(std::time::Duration::from_secs(60 * 60)).await;
    }
}
