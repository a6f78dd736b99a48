//! The counsellor workspace: which clients need what, and the guidance contacts recorded.

use std::collections::{BTreeMap, HashMap};

use app::access::LookedAt;
use app::budget::BudgetStatus;
use app::counsellor::{fields, Attention, Channel, ClientRow, Contact, MAX_MINUTES};
use app::i18n::msg;
use chrono::{Datelike, NaiveDate};

use crate::rules::calendar::parse_day;
use crate::services::access::{self, Reader};
use crate::services::budget;
use crate::store::accounts::Account;
use crate::store::budget::date_text;
use crate::store::counsellor::{self, CounselledClient, NewContact};
use crate::store::sql::{self, Sql, Straight};
use crate::store::{Db, StoreError};

/// The counsellor's clients, those with the most urgent matters first, with what needs attention.
/// Each client shown is a look at their data, and logged as one.
pub async fn workspace(
    db: &Db,
    counsellor: &Account,
    today: NaiveDate,
) -> Result<Vec<ClientRow>, StoreError> {
    let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).expect("the first of January");
    let (counsellor_id, day, year_start) = (counsellor.id, date_text(today), date_text(year_start));
    let (clients, statuses) = match &db.direct {
        // The clients and their budgets in one read, one moment's data (docs/decisions/0046).
        Some(direct) => {
            let day = day.clone();
            direct
                .read(move |tx| {
                    sql::now(clients_and_statuses(
                        &mut Straight::new(tx),
                        counsellor_id,
                        &day,
                        &year_start,
                        today,
                    ))
                })
                .await?
        }
        None => {
            let mut conn = db.pool.acquire().await?;
            clients_and_statuses(&mut conn, counsellor_id, &day, &year_start, today).await?
        }
    };
    let ids = client_ids(&clients);
    access::log_reads(db, Reader::Person(counsellor), &ids, &LookedAt::ClientList).await?;
    let mut rows: Vec<ClientRow> = clients
        .into_iter()
        .map(|client| {
            let status = statuses.get(&client.client_id).copied();
            client_row(client, status, &day)
        })
        .collect();
    // What needs attention first, as the page says; by name among equals (the sort is stable).
    rows.sort_by_key(|row| row.attention.first().map_or(u8::MAX, Attention::urgency));
    Ok(rows)
}

/// The counsellor's clients and their budgets' statuses.
async fn clients_and_statuses(
    conn: &mut impl Sql,
    counsellor_id: i64,
    day: &str,
    year_start: &str,
    today: NaiveDate,
) -> Result<(Vec<CounselledClient>, HashMap<i64, BudgetStatus>), StoreError> {
    let clients = counsellor::clients_of(conn, counsellor_id, day, year_start).await?;
    let statuses = budget::statuses(conn, &client_ids(&clients), today).await?;
    Ok((clients, statuses))
}

fn client_ids(clients: &[CounselledClient]) -> Vec<i64> {
    clients.iter().map(|c| c.client_id).collect()
}

/// What needs attention, most urgent first; `today` is "YYYY-MM-DD".
fn client_row(client: CounselledClient, status: Option<BudgetStatus>, today: &str) -> ClientRow {
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    let mut attention = Vec::new();
    match status {
        Some(BudgetStatus::UsedUp) => attention.push(Attention::UsedUp),
        Some(BudgetStatus::AtRisk) => attention.push(Attention::AtRisk),
        _ => {}
    }
    if client.held_records > 0 {
        attention.push(Attention::HeldRecords(count(client.held_records)));
    }
    if client.pending_changes > 0 {
        attention.push(Attention::PendingChanges(count(client.pending_changes)));
    }
    if client.message_waiting {
        attention.push(Attention::MessageWaiting);
    }
    if client.proposal_waiting {
        attention.push(Attention::ProposalWaiting);
    }
    if client.contact_requests > 0 {
        attention.push(Attention::ContactRequests(count(client.contact_requests)));
    }
    let next_contact = match client.next_contact_day {
        Some(next) if next.as_str() < today => {
            attention.push(Attention::ContactOverdue(next));
            None
        }
        Some(next) => Some(next),
        None => {
            attention.push(Attention::NoNextContact);
            None
        }
    };
    attention.sort_by_key(Attention::urgency);
    ClientRow {
        client_id: client.client_id,
        name: client.name,
        municipality: client.municipality,
        attention,
        next_contact,
        contacts_this_year: count(client.contacts_this_year),
        minutes_this_year: count(client.minutes_this_year),
    }
}

/// Why a contact could not be recorded, one per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    #[error("the day of the contact is missing")]
    DayMissing,
    #[error("the day of the contact is not a date")]
    DayNotADate,
    #[error("the day of the contact is in the future")]
    DayInFuture,
    #[error("the minutes are not a whole number from 1 to 480")]
    Minutes,
    #[error("how the contact took place is not chosen")]
    Channel,
    #[error("the next contact is not a date")]
    NextNotADate,
    #[error("the next contact is not after the contact")]
    NextNotAfter,
}

impl ContactError {
    /// The form field the error belongs beside.
    pub fn field(self) -> &'static str {
        match self {
            ContactError::DayMissing | ContactError::DayNotADate | ContactError::DayInFuture => fields::DAY,
            ContactError::Minutes => fields::MINUTES,
            ContactError::Channel => fields::CHANNEL,
            ContactError::NextNotADate | ContactError::NextNotAfter => fields::NEXT,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ContactError::DayMissing => msg("contact-error-day-missing"),
            ContactError::DayNotADate => msg("contact-error-day-not-a-date"),
            ContactError::DayInFuture => msg("contact-error-day-in-future"),
            ContactError::Minutes => msg("contact-error-minutes"),
            ContactError::Channel => msg("contact-error-channel"),
            ContactError::NextNotADate => msg("contact-error-next-not-a-date"),
            ContactError::NextNotAfter => msg("contact-error-next-not-after"),
        }
    }
}

/// A contact as the form gave it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactForm {
    pub day: NaiveDate,
    pub minutes: u32,
    pub channel: Channel,
    pub next: Option<NaiveDate>,
}

/// Checks the posted form; every wrong field is named, in the order of the form.
pub fn check_contact(
    form: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Result<ContactForm, Vec<ContactError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let mut errors = Vec::new();
    let day = match value(fields::DAY) {
        "" => Err(ContactError::DayMissing),
        text => match parse_day(text) {
            None => Err(ContactError::DayNotADate),
            Some(day) if day > today => Err(ContactError::DayInFuture),
            Some(day) => Ok(day),
        },
    };
    let minutes = value(fields::MINUTES)
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=MAX_MINUTES).contains(m))
        .ok_or(ContactError::Minutes);
    let channel = Channel::parse(value(fields::CHANNEL)).ok_or(ContactError::Channel);
    let next = match value(fields::NEXT) {
        "" => Ok(None),
        text => match (parse_day(text), &day) {
            (None, _) => Err(ContactError::NextNotADate),
            (Some(next), Ok(day)) if next <= *day => Err(ContactError::NextNotAfter),
            (Some(next), _) => Ok(Some(next)),
        },
    };
    for result in [day.err(), minutes.err(), channel.err(), next.err()] {
        errors.extend(result);
    }
    match (day, minutes, channel, next) {
        (Ok(day), Ok(minutes), Ok(channel), Ok(next)) => Ok(ContactForm { day, minutes, channel, next }),
        _ => Err(errors),
    }
}

/// Records a checked contact with one of the counsellor's clients.
pub async fn record_contact(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    contact: &ContactForm,
    now: i64,
) -> Result<i64, StoreError> {
    let day = date_text(contact.day);
    let next = contact.next.map(date_text);
    counsellor::insert_contact(
        &db.pool,
        &NewContact {
            client_id,
            counsellor_id: counsellor.id,
            day: &day,
            minutes: i64::from(contact.minutes),
            channel: contact.channel.code(),
            next_contact_day: next.as_deref(),
            recorded_at: now,
        },
    )
    .await
}

/// The client's recorded contacts, the latest first.
pub async fn contacts(db: &Db, client_id: i64) -> Result<Vec<Contact>, StoreError> {
    Ok(counsellor::contacts_of(db, client_id)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(Contact {
                day: row.day,
                minutes: u32::try_from(row.minutes).ok()?,
                channel: Channel::parse(&row.channel)?,
                next_contact: row.next_contact_day,
                counsellor: row.counsellor,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_contact_in_either_date_form_is_accepted() {
        let today = d(2018, 5, 10);
        let checked = check_contact(
            &form(&[("day", "10.5.2018"), ("minutes", "45"), ("channel", "phone"), ("next", "2018-06-01")]),
            today,
        )
        .unwrap();
        assert_eq!(
            checked,
            ContactForm { day: today, minutes: 45, channel: Channel::Phone, next: Some(d(2018, 6, 1)) }
        );
    }

    #[test]
    fn every_wrong_field_is_named_in_the_order_of_the_form() {
        let today = d(2018, 5, 10);
        let errors = check_contact(
            &form(&[("day", "11.5.2018"), ("minutes", "0"), ("channel", "fax"), ("next", "soon")]),
            today,
        )
        .unwrap_err();
        assert_eq!(
            errors,
            vec![
                ContactError::DayInFuture,
                ContactError::Minutes,
                ContactError::Channel,
                ContactError::NextNotADate
            ]
        );
        let errors = check_contact(&form(&[("minutes", "481"), ("channel", "video")]), today).unwrap_err();
        assert_eq!(errors, vec![ContactError::DayMissing, ContactError::Minutes]);
    }

    #[test]
    fn the_next_contact_comes_after_the_contact() {
        let today = d(2018, 5, 10);
        let same_day =
            form(&[("day", "2018-05-02"), ("minutes", "30"), ("channel", "meeting"), ("next", "2.5.2018")]);
        assert_eq!(check_contact(&same_day, today).unwrap_err(), vec![ContactError::NextNotAfter]);
    }

    #[test]
    fn attention_lists_the_most_urgent_first_and_an_overdue_contact() {
        let client = CounselledClient {
            client_id: 1,
            name: "Veikko".into(),
            municipality: "Liperi".into(),
            held_records: 2,
            pending_changes: 1,
            contact_requests: 1,
            proposal_waiting: true,
            message_waiting: true,
            last_contact_day: Some("2018-03-20".into()),
            next_contact_day: Some("2018-05-02".into()),
            contacts_this_year: 1,
            minutes_this_year: 30,
        };
        let row = client_row(client, Some(BudgetStatus::AtRisk), "2018-05-10");
        assert_eq!(
            row.attention,
            vec![
                Attention::AtRisk,
                Attention::HeldRecords(2),
                Attention::PendingChanges(1),
                Attention::MessageWaiting,
                Attention::ProposalWaiting,
                Attention::ContactRequests(1),
                Attention::ContactOverdue("2018-05-02".into()),
            ]
        );
        assert_eq!(row.next_contact, None);
    }
}
