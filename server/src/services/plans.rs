//! The support plan: checking what the counsellor wrote and saving it as a new version, reading
//! a version with the history and comments, and the comments of the client and their relatives.

use std::collections::BTreeMap;

use app::i18n::msg;
use app::plan::{fields, Plan, PlanComment, PlanPage, Written, MAX_COMMENT_CHARS, MAX_PART_CHARS};
use chrono::NaiveDate;

use crate::clock::helsinki_day_and_time;
use crate::rules::calendar::parse_day;
use crate::store::budget::date_text;
use crate::store::changes::Actor;
use crate::store::plans::{self, PlanRow, PlanText};
use crate::store::{Db, StoreError};

/// Why a plan could not be saved, one per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("what matters to the client is empty")]
    WhatMattersMissing,
    #[error("a part of the plan is longer than {MAX_PART_CHARS} characters")]
    TooLong(&'static str),
    #[error("the next meeting is not a date")]
    NextNotADate,
    #[error("the next meeting is in the past")]
    NextInPast,
}

impl PlanError {
    /// The form field the error belongs beside.
    pub fn field(self) -> &'static str {
        match self {
            PlanError::WhatMattersMissing => fields::WHAT_MATTERS,
            PlanError::TooLong(field) => field,
            PlanError::NextNotADate | PlanError::NextInPast => fields::NEXT_MEETING,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            PlanError::WhatMattersMissing => msg("plan-form-error-what-matters"),
            PlanError::TooLong(_) => msg("plan-form-error-too-long"),
            PlanError::NextNotADate => msg("plan-form-error-next-not-a-date"),
            PlanError::NextInPast => msg("plan-form-error-next-in-past"),
        }
    }

    /// The numbers the message says.
    pub fn numbers(self) -> Vec<(&'static str, usize)> {
        match self {
            PlanError::TooLong(_) => vec![("max", MAX_PART_CHARS)],
            _ => Vec::new(),
        }
    }
}

/// Checks the posted plan: "what matters" must be said (a plan starts from the person), the other
/// parts may wait for a later version; every wrong field is named, in the order of the form.
pub fn check(form: &BTreeMap<String, String>, today: NaiveDate) -> Result<PlanText, Vec<PlanError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim().to_string()).unwrap_or_default();
    let mut errors = Vec::new();
    let parts = [fields::WHAT_MATTERS, fields::GOALS, fields::BUDGET_USE, fields::HELPERS];
    for field in parts {
        let text = value(field);
        if field == fields::WHAT_MATTERS && text.is_empty() {
            errors.push(PlanError::WhatMattersMissing);
        } else if text.chars().count() > MAX_PART_CHARS {
            errors.push(PlanError::TooLong(field));
        }
    }
    let next_meeting = match value(fields::NEXT_MEETING).as_str() {
        "" => None,
        text => match parse_day(text) {
            None => {
                errors.push(PlanError::NextNotADate);
                None
            }
            Some(day) if day < today => {
                errors.push(PlanError::NextInPast);
                None
            }
            Some(day) => Some(date_text(day)),
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(PlanText {
        what_matters: value(fields::WHAT_MATTERS),
        goals: value(fields::GOALS),
        budget_use: value(fields::BUDGET_USE),
        helpers: value(fields::HELPERS),
        next_meeting,
    })
}

/// Saves a checked plan as the client's next version.
pub async fn save(db: &Db, client_id: i64, text: &PlanText, by: &Actor, now: i64) -> Result<i64, StoreError> {
    plans::save(db, client_id, text, by, now).await
}

/// The newest version of the client's plan, for the counsellor's form.
pub async fn newest(db: &Db, client_id: i64) -> Result<Option<Plan>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(plans::versions(&mut conn, client_id).await?.into_iter().next().map(plan))
}

/// `/my-plan`: the version asked for (the newest when none is, or when there is no such one),
/// every version's who and when, and the comments.
pub async fn page(
    db: &Db,
    client_id: i64,
    version: Option<u32>,
    may_comment: bool,
) -> Result<PlanPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let rows = plans::versions(&mut conn, client_id).await?;
    let comments = plans::comments(&mut conn, client_id).await?;
    let newest = rows.first().map_or(0, |row| version_number(row.version));
    let versions = rows.iter().map(|row| (version_number(row.version), written(&row.by, row.at))).collect();
    let shown = version
        .and_then(|asked| rows.iter().find(|row| version_number(row.version) == asked))
        .or(rows.first())
        .cloned()
        .map(plan);
    let comments = comments
        .into_iter()
        .map(|row| PlanComment {
            version: version_number(row.version),
            text: row.body,
            written: written(&row.by, row.at),
        })
        .collect();
    Ok(PlanPage {
        plan: shown,
        newest,
        versions,
        comments,
        may_comment,
        commented: false,
        proposal: None,
        proposal_done: None,
    })
}

/// Why a comment was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CommentError {
    #[error("the comment is empty")]
    Empty,
    #[error("the comment is longer than {MAX_COMMENT_CHARS} characters")]
    TooLong,
    #[error("there is no plan to comment on yet")]
    NoPlan,
}

impl CommentError {
    pub fn message_id(self) -> &'static str {
        match self {
            CommentError::Empty => msg("plan-comment-error-empty"),
            CommentError::TooLong => msg("plan-comment-error-too-long"),
            CommentError::NoPlan => msg("plan-comment-error-no-plan"),
        }
    }
}

/// Adds the comment on the newest version of the client's plan.
pub async fn comment(
    db: &Db,
    client_id: i64,
    text: &str,
    by: &Actor,
    now: i64,
) -> Result<Result<(), CommentError>, StoreError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Err(CommentError::Empty));
    }
    if text.chars().count() > MAX_COMMENT_CHARS {
        return Ok(Err(CommentError::TooLong));
    }
    let Some(newest) = newest(db, client_id).await? else { return Ok(Err(CommentError::NoPlan)) };
    plans::comment(db, client_id, i64::from(newest.version), text, by, now).await?;
    Ok(Ok(()))
}

fn plan(row: PlanRow) -> Plan {
    Plan {
        version: version_number(row.version),
        what_matters: row.text.what_matters,
        goals: row.text.goals,
        budget_use: row.text.budget_use,
        helpers: row.text.helpers,
        next_meeting: row.text.next_meeting,
        written: written(&row.by, row.at),
    }
}

pub(crate) fn written(by: &Actor, at: i64) -> Written {
    let (day, time) = helsinki_day_and_time(at);
    Written { by: by.name.clone(), role: by.role.clone(), day, time }
}

fn version_number(version: i64) -> u32 {
    u32::try_from(version).unwrap_or(u32::MAX)
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
    fn a_plan_needs_only_what_matters_and_takes_either_date_form() {
        let checked =
            check(&form(&[("what-matters", "  My home  "), ("next-meeting", "12.6.2018")]), d(2018, 5, 10))
                .unwrap();
        assert_eq!(checked.what_matters, "My home");
        assert_eq!(checked.goals, "");
        assert_eq!(checked.next_meeting.as_deref(), Some("2018-06-12"));
    }

    #[test]
    fn every_wrong_field_is_named_in_the_order_of_the_form() {
        let long = "a".repeat(MAX_PART_CHARS + 1);
        let errors = check(&form(&[("goals", &long), ("next-meeting", "soon")]), d(2018, 5, 10)).unwrap_err();
        assert_eq!(
            errors,
            vec![PlanError::WhatMattersMissing, PlanError::TooLong(fields::GOALS), PlanError::NextNotADate]
        );
        let errors = check(&form(&[("what-matters", "x"), ("next-meeting", "2018-05-09")]), d(2018, 5, 10))
            .unwrap_err();
        assert_eq!(errors, vec![PlanError::NextInPast]);
        assert_eq!(PlanError::TooLong(fields::HELPERS).field(), fields::HELPERS);
    }

    #[test]
    fn a_plan_of_exactly_the_most_characters_is_taken() {
        let most = "ä".repeat(MAX_PART_CHARS);
        assert!(check(&form(&[("what-matters", &most)]), d(2018, 5, 10)).is_ok());
    }
}
