//! An experience expert records the hours they helped a client: only for a client who let them
//! in during the last 30 days, on a day not in the future, from a quarter of an hour to 12 hours.

use std::collections::BTreeMap;

use app::help_hours::{fields, Done, HelpHoursPage, HelpHoursRow};
use app::i18n::msg;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::rules::calendar::parse_day;
use crate::services::access::Reader;
use crate::services::decision_form::parse_decimal;
use crate::store::accounts::Account;
use crate::store::budget::date_text;
use crate::store::expert_hours;
use crate::store::{Db, StoreError};

/// How long after being let in an expert may still record their help.
const RECORD_WITHIN_SECONDS: i64 = 30 * 24 * 3600;
/// The most minutes one record holds: a long day's help.
const MAX_MINUTES: i64 = 12 * 60;
/// How many days after the day of the help an expert may still take the hours back.
const REMOVE_WITHIN_DAYS: u64 = 30;
/// The latest records the page shows.
const SHOWN: i64 = 20;

/// Why the hours could not be recorded, one per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HelpHoursError {
    #[error("no client the expert may record help for is chosen")]
    Client,
    #[error("the day is not a date")]
    Day,
    #[error("the day is in the future")]
    DayInFuture,
    #[error("the hours are not a number from 0.25 to 12")]
    Hours,
}

impl HelpHoursError {
    pub fn field(self) -> &'static str {
        match self {
            HelpHoursError::Client => fields::CLIENT,
            HelpHoursError::Day | HelpHoursError::DayInFuture => fields::DAY,
            HelpHoursError::Hours => fields::HOURS,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            HelpHoursError::Client => msg("help-hours-error-client"),
            HelpHoursError::Day => msg("help-hours-error-day"),
            HelpHoursError::DayInFuture => msg("help-hours-error-future"),
            HelpHoursError::Hours => msg("help-hours-error-hours"),
        }
    }
}

/// Hours as the form gave them, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HelpHours {
    pub client_id: i64,
    pub day: NaiveDate,
    pub minutes: i64,
}

/// "1,5", "1.5" or "2" hours as whole minutes, from 15 to [`MAX_MINUTES`].
fn minutes(text: &str) -> Option<i64> {
    let hours = parse_decimal(text)?;
    let minutes = (hours * Decimal::from(60)).round();
    let minutes = i64::try_from(minutes).ok()?;
    (15..=MAX_MINUTES).contains(&minutes).then_some(minutes)
}

/// Minutes as hours for the pages: 90 -> "1.5", 120 -> "2".
pub fn hours_text(minutes: i64) -> String {
    (Decimal::from(minutes) / Decimal::from(60)).round_dp(2).normalize().to_string()
}

/// Checks the posted form against the clients the expert may record for; every wrong field is
/// named, in the order of the form.
pub fn check(
    form: &BTreeMap<String, String>,
    clients: &[(i64, String)],
    today: NaiveDate,
) -> Result<HelpHours, Vec<HelpHoursError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let client = value(fields::CLIENT)
        .parse::<i64>()
        .ok()
        .filter(|id| clients.iter().any(|(c, _)| c == id))
        .ok_or(HelpHoursError::Client);
    let day = match parse_day(value(fields::DAY)) {
        None => Err(HelpHoursError::Day),
        Some(day) if day > today => Err(HelpHoursError::DayInFuture),
        Some(day) => Ok(day),
    };
    let minutes = minutes(value(fields::HOURS)).ok_or(HelpHoursError::Hours);
    match (client, day, minutes) {
        (Ok(client_id), Ok(day), Ok(minutes)) => Ok(HelpHours { client_id, day, minutes }),
        (client, day, minutes) => {
            Err([client.err(), day.err(), minutes.err()].into_iter().flatten().collect())
        }
    }
}

/// The clients who let the expert in during the last 30 days.
pub async fn clients(db: &Db, expert: &Account, now: i64) -> Result<Vec<(i64, String)>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    expert_hours::clients_since(&mut conn, expert.id, now - RECORD_WITHIN_SECONDS).await
}

/// The page: the clients, the latest records.
pub async fn page(
    db: &Db,
    expert: &Account,
    now: i64,
    today: NaiveDate,
    done: Option<Done>,
) -> Result<HelpHoursPage, StoreError> {
    let clients = clients(db, expert, now).await?;
    let mut conn = db.pool.acquire().await?;
    let recorded = expert_hours::recorded_by(&mut conn, expert.id, SHOWN)
        .await?
        .into_iter()
        .map(|row| HelpHoursRow {
            id: row.id,
            removable: row.day >= removable_since(today),
            client_name: row.client_name,
            day: row.day,
            hours: hours_text(row.minutes),
        })
        .collect();
    Ok(HelpHoursPage { clients, recorded, today: date_text(today), done })
}

/// The first help day whose hours may still be taken back, "YYYY-MM-DD".
fn removable_since(today: NaiveDate) -> String {
    date_text(today - chrono::Days::new(REMOVE_WITHIN_DAYS))
}

/// Takes back the expert's own hours, written by mistake, of a help day in the last 30 days;
/// false when there are no such hours.
pub async fn remove(
    db: &Db,
    expert: &Account,
    id: i64,
    today: NaiveDate,
    now: i64,
) -> Result<bool, StoreError> {
    let mut conn = db.pool.acquire().await?;
    expert_hours::set_removed(&mut conn, id, expert.id, &removable_since(today), Some(now)).await
}

/// Puts back hours the expert removed by mistake (the page's "Undo"); false when there are no
/// such hours.
pub async fn restore(db: &Db, expert: &Account, id: i64, today: NaiveDate) -> Result<bool, StoreError> {
    let mut conn = db.pool.acquire().await?;
    expert_hours::set_removed(&mut conn, id, expert.id, &removable_since(today), None).await
}

/// Records checked hours in the expert's name.
pub async fn record(db: &Db, expert: &Account, hours: &HelpHours, now: i64) -> Result<(), StoreError> {
    let mut conn = db.pool.acquire().await?;
    let by = Reader::Person(expert).actor();
    expert_hours::insert(
        &mut conn,
        hours.client_id,
        expert.id,
        &date_text(hours.day),
        hours.minutes,
        &by,
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_checked_against_the_clients_the_expert_helped() {
        let today = NaiveDate::from_ymd_opt(2018, 5, 10).unwrap();
        let clients = vec![(1, "Aino Kettunen".to_string())];
        let form =
            |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let ok = check(&form(&[("client", "1"), ("day", "9.5.2018"), ("hours", "1,5")]), &clients, today);
        assert_eq!(ok, Ok(HelpHours { client_id: 1, day: today.pred_opt().unwrap(), minutes: 90 }));
        let wrong = check(&form(&[("client", "2"), ("day", "11.5.2018"), ("hours", "13")]), &clients, today);
        assert_eq!(
            wrong,
            Err(vec![HelpHoursError::Client, HelpHoursError::DayInFuture, HelpHoursError::Hours])
        );
        assert_eq!(minutes("0.25"), Some(15));
        assert_eq!(minutes("0,1"), None);
        assert_eq!(minutes("kaksi"), None);
    }
}
