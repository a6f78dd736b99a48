//! Relatives' mandates, set and ended by the client's counsellor in the workspace: which
//! relative, whether they may only look or also act, and until when.

use std::collections::BTreeMap;

use app::counsellor::{mandate_fields as fields, MandateRow, Relative};
use app::i18n::msg;
use chrono::{Days, NaiveDate};

use crate::clock::now_unix;
use crate::rules::calendar::parse_day;
use crate::services::access::Reader;
use crate::services::messages::{self, MandateNews};
use crate::store::accounts::Account;
use crate::store::budget::date_text;
use crate::store::mandates::{self, NewMandate};
use crate::store::messages as messages_store;
use crate::store::{Db, StoreError};

/// Why a mandate could not be set, one per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MandateError {
    #[error("no relative is chosen")]
    Relative,
    #[error("whether the relative may act is not chosen")]
    Rights,
    #[error("the last day is not a date")]
    UntilNotADate,
    #[error("the last day is before today")]
    UntilPast,
}

impl MandateError {
    pub fn field(self) -> &'static str {
        match self {
            MandateError::Relative => fields::RELATIVE,
            MandateError::Rights => fields::RIGHTS,
            MandateError::UntilNotADate | MandateError::UntilPast => fields::UNTIL,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            MandateError::Relative => msg("mandates-error-relative"),
            MandateError::Rights => msg("mandates-error-rights"),
            MandateError::UntilNotADate => msg("mandates-error-until-not-a-date"),
            MandateError::UntilPast => msg("mandates-error-until-past"),
        }
    }
}

/// A mandate as the form gave it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MandateForm {
    pub relative_account_id: i64,
    pub can_act: bool,
    pub until: Option<NaiveDate>,
}

/// Checks the posted form against the relatives there are; every wrong field is named, in the
/// order of the form.
pub fn check(
    form: &BTreeMap<String, String>,
    relatives: &[Relative],
    today: NaiveDate,
) -> Result<MandateForm, Vec<MandateError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let relative = value(fields::RELATIVE)
        .parse::<i64>()
        .ok()
        .filter(|id| relatives.iter().any(|r| r.account_id == *id))
        .ok_or(MandateError::Relative);
    let can_act = match value(fields::RIGHTS) {
        "act" => Ok(true),
        "look" => Ok(false),
        _ => Err(MandateError::Rights),
    };
    let until = match value(fields::UNTIL) {
        "" => Ok(None),
        text => match parse_day(text) {
            None => Err(MandateError::UntilNotADate),
            Some(day) if day < today => Err(MandateError::UntilPast),
            Some(day) => Ok(Some(day)),
        },
    };
    match (relative, can_act, until) {
        (Ok(relative_account_id), Ok(can_act), Ok(until)) => {
            Ok(MandateForm { relative_account_id, can_act, until })
        }
        (relative, can_act, until) => {
            Err([relative.err(), can_act.err(), until.err()].into_iter().flatten().collect())
        }
    }
}

pub async fn relatives(db: &Db) -> Result<Vec<Relative>, StoreError> {
    Ok(mandates::relatives(db)
        .await?
        .into_iter()
        .map(|(account_id, name)| Relative { account_id, name })
        .collect())
}

/// The client's mandates in force today.
pub async fn in_force(db: &Db, client_id: i64, today: NaiveDate) -> Result<Vec<MandateRow>, StoreError> {
    Ok(mandates::in_force(db, client_id, &date_text(today))
        .await?
        .into_iter()
        .map(|m| MandateRow { id: m.id, relative: m.relative, can_act: m.can_act, until: m.valid_until })
        .collect())
}

/// Sets the checked mandate in the counsellor's name; it replaces the relative's earlier one.
pub async fn set(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    form: &MandateForm,
) -> Result<(), StoreError> {
    let until = form.until.map(date_text);
    let mandate = NewMandate {
        client_id,
        relative_account_id: form.relative_account_id,
        can_act: form.can_act,
        valid_until: until.as_deref(),
    };
    let mut tx = db.pool.begin().await?;
    let event_id = mandates::set(&mut tx, &mandate, &Reader::Person(counsellor).actor(), now_unix()).await?;
    let relative = messages_store::person_name(&mut tx, form.relative_account_id).await?;
    let news = MandateNews {
        client_id,
        relative_account_id: form.relative_account_id,
        relative: &relative,
        can_act: form.can_act,
        until: until.as_deref(),
        set: true,
        event_id,
    };
    messages::mandate(&mut tx, &news).await?;
    tx.commit().await?;
    Ok(())
}

/// Ends a mandate now: yesterday becomes its last day. False when there was none in force.
pub async fn end(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    mandate_id: i64,
    today: NaiveDate,
) -> Result<bool, StoreError> {
    let yesterday = today.checked_sub_days(Days::new(1)).unwrap_or(today);
    let by = Reader::Person(counsellor).actor();
    let last_day = date_text(yesterday);
    let mut tx = db.pool.begin().await?;
    let Some(ended) = mandates::end(&mut tx, client_id, mandate_id, &last_day, &by, now_unix()).await? else {
        return Ok(false);
    };
    let relative = messages_store::person_name(&mut tx, ended.relative_account_id).await?;
    let news = MandateNews {
        client_id,
        relative_account_id: ended.relative_account_id,
        relative: &relative,
        can_act: ended.can_act,
        until: Some(&last_day),
        set: false,
        event_id: ended.event_id,
    };
    messages::mandate(&mut tx, &news).await?;
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn only_a_listed_relative_and_a_day_from_today_on_are_taken() {
        let today = NaiveDate::from_ymd_opt(2018, 5, 10).unwrap();
        let sanna = [Relative { account_id: 9, name: "Sanna".into() }];
        let good =
            check(&form(&[("relative", "9"), ("rights", "look"), ("until", "10.5.2018")]), &sanna, today);
        assert_eq!(good, Ok(MandateForm { relative_account_id: 9, can_act: false, until: Some(today) }));
        let open = check(&form(&[("relative", "9"), ("rights", "act")]), &sanna, today);
        assert_eq!(open, Ok(MandateForm { relative_account_id: 9, can_act: true, until: None }));
        let wrong =
            check(&form(&[("relative", "3"), ("rights", "own"), ("until", "9.5.2018")]), &sanna, today);
        assert_eq!(wrong, Err(vec![MandateError::Relative, MandateError::Rights, MandateError::UntilPast]));
        let not_a_day =
            check(&form(&[("relative", "9"), ("rights", "act"), ("until", "ensi vuonna")]), &sanna, today);
        assert_eq!(not_a_day, Err(vec![MandateError::UntilNotADate]));
    }
}
