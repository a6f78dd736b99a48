//! "How am I doing?": when a self-check is due, the checks over time, saving a finished one, and
//! whether the counsellor may see the answers (the client's own choice).

use app::wellbeing::{Question, SelfCheck, WellbeingPage};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use crate::rules::calendar::parse_day;
use crate::rules::Period;
use crate::store::budget::{self as budget_rows, date_text};
use crate::store::changes::Actor;
use crate::store::self_checks::{self, CheckRow};
use crate::store::{Db, StoreError};

/// How often the check is asked during a budget.
const EVERY_MONTHS: u32 = 6;

/// When the next check is due: at the start of the budget, six months after the last one, and at
/// its end; none when there is no budget, or the check at the end is done.
pub fn next_due(period: Option<&Period>, last: Option<NaiveDate>) -> Option<NaiveDate> {
    let period = period?;
    let Some(last) = last else { return Some(period.from) };
    // A check in the budget's last month is the one at the end.
    let end_month = period.to.checked_sub_months(Months::new(1)).unwrap_or(period.to);
    if last >= end_month {
        return None;
    }
    let six_months = last.checked_add_months(Months::new(EVERY_MONTHS)).unwrap_or(period.to);
    Some(six_months.min(period.to))
}

/// The answers in order of the questions, when every question has one from 1 to 5.
pub fn complete(answers: &[(Question, i64)]) -> Option<Vec<(Question, i64)>> {
    Question::ALL
        .into_iter()
        .map(|q| answers.iter().find(|(a, s)| *a == q && (1..=5).contains(s)).map(|(_, s)| (q, *s)))
        .collect()
}

/// The first question without an answer yet.
pub fn first_unanswered(answers: &[(Question, i64)]) -> Option<Question> {
    Question::ALL.into_iter().find(|q| !answers.iter().any(|(a, _)| a == q))
}

/// `/how-am-i-doing` for the client.
pub async fn page(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
    may_answer: bool,
    may_share: bool,
) -> Result<WellbeingPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let checks = self_checks::checks_of(&mut conn, client_id).await?;
    let shared = self_checks::shared(&mut conn, client_id).await?;
    let decision = budget_rows::decision_for(&mut conn, client_id, today).await?;
    let last = checks.last().and_then(|check| parse_day(&check.day));
    let next_due = next_due(decision.as_ref().map(|d| &d.period), last).map(date_text);
    Ok(WellbeingPage {
        checks: checks.into_iter().map(self_check).collect(),
        shared,
        may_answer,
        may_share,
        next_due,
        done: None,
    })
}

/// The client's checks for their counsellor: `None` unless the client lets them see.
pub async fn for_counsellor(db: &Db, client_id: i64) -> Result<Option<Vec<SelfCheck>>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    if !self_checks::shared(&mut conn, client_id).await? {
        return Ok(None);
    }
    Ok(Some(self_checks::checks_of(&mut conn, client_id).await?.into_iter().map(self_check).collect()))
}

/// Whether the client lets their counsellor see the answers.
pub async fn shared(db: &Db, client_id: i64) -> Result<bool, StoreError> {
    let mut conn = db.pool.acquire().await?;
    self_checks::shared(&mut conn, client_id).await
}

/// Saves a finished check; with `share` (only the client's own choice), who may see it too, in
/// the same transaction.
pub async fn save(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
    answers: &[(Question, i64)],
    share: Option<bool>,
    by: &Actor,
    now: i64,
) -> Result<(), StoreError> {
    let answers: Vec<(&str, i64)> = answers.iter().map(|(q, s)| (q.code(), *s)).collect();
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    self_checks::write(&mut tx, client_id, &date_text(today), &answers, by, now).await?;
    if let Some(share) = share {
        self_checks::set_shared(&mut tx, client_id, share, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The client changes whether their counsellor may see the answers.
pub async fn set_shared(db: &Db, client_id: i64, share: bool, now: i64) -> Result<(), StoreError> {
    let _turn = db.write_turn().await;
    let mut conn = db.pool.acquire().await?;
    self_checks::set_shared(&mut conn, client_id, share, now).await
}

fn self_check(row: CheckRow) -> SelfCheck {
    let answers: Vec<(Question, i64)> =
        row.answers.iter().filter_map(|(code, score)| Some((Question::parse(code)?, *score))).collect();
    let sum: i64 = answers.iter().map(|(_, s)| s).sum();
    let count = i64::try_from(answers.len()).unwrap_or(1).max(1);
    let average = (Decimal::from(sum) / Decimal::from(count)).round_dp(1);
    SelfCheck {
        day: row.day,
        answered_by: row.by.name,
        answered_by_role: row.by.role,
        answers,
        average: format!("{average:.1}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn year_2018() -> Period {
        Period { from: d(2018, 1, 15), to: d(2018, 12, 31) }
    }

    #[test]
    fn the_check_is_due_at_the_start_every_six_months_and_at_the_end() {
        assert_eq!(next_due(None, None), None, "no budget, no check");
        assert_eq!(next_due(Some(&year_2018()), None), Some(d(2018, 1, 15)));
        assert_eq!(next_due(Some(&year_2018()), Some(d(2018, 1, 20))), Some(d(2018, 7, 20)));
        assert_eq!(next_due(Some(&year_2018()), Some(d(2018, 7, 20))), Some(d(2018, 12, 31)), "the end");
        assert_eq!(next_due(Some(&year_2018()), Some(d(2018, 12, 5))), None, "the end is done");
    }

    #[test]
    fn a_check_is_complete_only_with_every_answer_from_one_to_five() {
        let all: Vec<(Question, i64)> = Question::ALL.iter().rev().map(|q| (*q, 4)).collect();
        let complete_answers = complete(&all).unwrap();
        assert_eq!(complete_answers.first(), Some(&(Question::Everyday, 4)), "in the order of the questions");
        assert_eq!(complete(&all[1..]), None);
        let mut wrong = all.clone();
        wrong[0].1 = 6;
        assert_eq!(complete(&wrong), None);
        assert_eq!(first_unanswered(&all[..3]), Some(Question::Everyday));
        assert_eq!(first_unanswered(&all), None);
    }

    #[test]
    fn the_average_has_one_decimal() {
        let answers = Question::ALL
            .iter()
            .enumerate()
            .map(|(i, q)| (q.code().to_string(), 1 + (i as i64 % 5)))
            .collect();
        let row = CheckRow {
            day: "2018-05-10".into(),
            by: Actor { name: "Aino".into(), role: "client".into() },
            at: 0,
            answers,
        };
        assert_eq!(self_check(row).average, "3.0");
    }
}
