//! Changing provider and leaving the personal budget: the facts B14-B17 need, gathered from
//! storage, the rules applied, and the result written in one transaction.

use app::changes::{
    Change, ChangeEffects, ChangeStatus as StatusView, Departure, DoneBy, LeavePreview, Service,
    LEAVE_REASONS, LEAVE_REASON_MAX_CHARS,
};
use app::providers::Filters;
use chrono::{Datelike, NaiveDate};
use sqlx::AnyConnection;

use crate::clock::now_unix;
use crate::rules::change::{
    self, change_status, check_cancel, check_change, last_day_to_cancel, ChangeFacts, ChangeRefusal,
    ChangeStatus, LeaveRefusal,
};
use crate::rules::choice::cost_to_client;
use crate::rules::decision::DecisionLine;
use crate::rules::Money;
use crate::services::messages;
use crate::services::providers::{self as provider_search, cost_view};
use crate::store::budget::{self, date_text, StoredDecision};
use crate::store::changes::{self as rows, Actor, AgreementRow, ChangeRow, NewChange, NewDeparture};
use crate::store::providers;
use crate::store::{Db, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("no such client")]
    UnknownClient,
    #[error("no such running agreement for this client")]
    UnknownAgreement,
    #[error("no such provider")]
    UnknownProvider,
    #[error("no such change for this client")]
    UnknownChange,
    #[error("no personal budget is running today")]
    NoBudget,
    #[error("this idempotency key was used for another change")]
    KeyReused,
    #[error("{0}")]
    Refused(ChangeRefusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ChangeError {
    fn from(error: sqlx::Error) -> Self {
        ChangeError::Store(error.into())
    }
}

impl ChangeError {
    pub fn code(&self) -> &'static str {
        match self {
            ChangeError::UnknownClient
            | ChangeError::UnknownAgreement
            | ChangeError::UnknownProvider
            | ChangeError::UnknownChange => "not-found",
            ChangeError::NoBudget => "no-budget-running",
            ChangeError::KeyReused => "key-reused",
            ChangeError::Refused(refusal) => refusal.code(),
            ChangeError::Store(_) => "internal",
        }
    }
}

fn is_unique_violation(error: &ChangeError) -> bool {
    matches!(error, ChangeError::Store(StoreError::Sqlx(sqlx::Error::Database(e))) if e.is_unique_violation())
}

/// The receipt's reference: the year of the notice and the change's number.
fn reference(row: &ChangeRow) -> String {
    format!("{}-{:04}", row.notice_on.year(), row.id)
}

fn done_by((actor, at): &(Actor, i64)) -> DoneBy {
    DoneBy { name: actor.name.clone(), role: actor.role.clone(), at: *at }
}

fn change_view(row: &ChangeRow, today: NaiveDate) -> Change {
    let status = change_status(today, row.new_first_day, row.cancelled);
    Change {
        id: row.id,
        reference: reference(row),
        agreement_id: row.agreement_id,
        product: row.product.code().to_string(),
        old_provider_id: row.old_provider_id,
        old_provider: row.old_provider.clone(),
        new_provider_id: row.new_provider_id,
        new_provider: row.new_provider.clone(),
        notice_on: date_text(row.notice_on),
        old_last_day: date_text(row.old_last_day),
        new_first_day: date_text(row.new_first_day),
        status: match status {
            ChangeStatus::Pending => StatusView::Pending,
            ChangeStatus::Done => StatusView::Done,
            ChangeStatus::Cancelled => StatusView::Cancelled,
        },
        cancel_until: (status == ChangeStatus::Pending)
            .then(|| date_text(last_day_to_cancel(row.new_first_day))),
        made: done_by(&row.made_by),
        cancelled: row.cancelled_by.as_ref().map(done_by),
    }
}

fn service_view(a: &AgreementRow) -> Service {
    Service {
        agreement_id: a.id,
        product: a.product.code().to_string(),
        provider_id: a.provider_id,
        provider: a.provider_name.clone(),
        ends: a.end.map(date_text),
    }
}

/// The client's services running today, each with its provider.
pub async fn services(db: &Db, client_id: i64, today: NaiveDate) -> Result<Vec<Service>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(rows::running_agreements(&mut conn, client_id, today).await?.iter().map(service_view).collect())
}

/// What a change needs to know, read in one place for the preview and the change itself.
struct Gathered {
    agreement: AgreementRow,
    decision: StoredDecision,
    facts: ChangeFacts,
}

async fn gather(
    conn: &mut AnyConnection,
    client_id: i64,
    agreement_id: i64,
    new_provider_id: i64,
    today: NaiveDate,
) -> Result<Gathered, ChangeError> {
    let client = budget::find_client(&mut *conn, client_id).await?.ok_or(ChangeError::UnknownClient)?;
    let agreement = rows::find_agreement(conn, client_id, agreement_id)
        .await?
        .filter(|a| a.start <= today && a.end.is_none_or(|end| end >= today))
        .ok_or(ChangeError::UnknownAgreement)?;
    let decision = budget::decision_for(conn, client_id, today)
        .await?
        .filter(|d| d.period.contains(today))
        .ok_or(ChangeError::NoBudget)?;
    let active =
        providers::is_active(&mut *conn, new_provider_id).await?.ok_or(ChangeError::UnknownProvider)?;
    let facts = ChangeFacts {
        notice_on: today,
        budget: decision.period,
        agreement_ends: agreement.end,
        has_pending_change: rows::has_change(conn, agreement.id).await?,
        same_provider: agreement.provider_id == new_provider_id,
        new_provider_active: active,
        new_provider_offers_product: budget::provider_price(&mut *conn, new_provider_id, agreement.product)
            .await?
            .is_some(),
        new_provider_serves_area: rows::serves_area(conn, new_provider_id, &client.municipality).await?,
    };
    Ok(Gathered { agreement, decision, facts })
}

fn line_of<'a>(decision: &'a StoredDecision, agreement: &AgreementRow) -> Option<&'a DecisionLine> {
    decision.lines.iter().find(|l| l.product == agreement.product)
}

/// Providers that could take over the service: active, offering it, serving the client's
/// municipality; the current provider left out. Ranked as "most suitable" for the client.
pub async fn candidates(
    db: &Db,
    client_id: i64,
    agreement_id: i64,
    today: NaiveDate,
) -> Result<Vec<app::providers::Found>, ChangeError> {
    let mut conn = db.pool.acquire().await?;
    let client = budget::find_client(&mut *conn, client_id).await?.ok_or(ChangeError::UnknownClient)?;
    let agreement = rows::find_agreement(&mut conn, client_id, agreement_id)
        .await?
        .ok_or(ChangeError::UnknownAgreement)?;
    drop(conn);
    let filters = Filters {
        product: Some(agreement.product.code().to_string()),
        municipality: Some(client.municipality),
        ..Filters::default()
    };
    let found = provider_search::search(db, &filters, Some(client_id), today).await?;
    Ok(found.into_iter().filter(|f| f.provider.id != agreement.provider_id).collect())
}

/// What the change would do: the dates and the own share before and after. Refused as the
/// change itself would be, so the person learns it before the last step.
pub async fn effects(
    db: &Db,
    client_id: i64,
    agreement_id: i64,
    new_provider_id: i64,
    today: NaiveDate,
) -> Result<ChangeEffects, ChangeError> {
    let mut conn = db.pool.acquire().await?;
    let g = gather(&mut conn, client_id, agreement_id, new_provider_id, today).await?;
    let dates = check_change(&g.facts).map_err(ChangeError::Refused)?;
    let line = line_of(&g.decision, &g.agreement);
    let old_price = budget::provider_price(&mut *conn, g.agreement.provider_id, g.agreement.product).await?;
    let new_price = budget::provider_price(&mut *conn, new_provider_id, g.agreement.product).await?;
    drop(conn);
    let cost = |price: Option<Money>| cost_view(cost_to_client(price.unwrap_or(Money::ZERO), line));
    let new_provider = provider_search::several(db, &[new_provider_id], Some(client_id), today)
        .await?
        .pop()
        .ok_or(ChangeError::UnknownProvider)?;
    Ok(ChangeEffects {
        service: service_view(&g.agreement),
        new_provider,
        notice_on: date_text(today),
        old_last_day: date_text(dates.old_last_day),
        new_first_day: date_text(dates.new_first_day),
        cost_now: cost(old_price),
        cost_after: cost(new_price),
    })
}

/// A change made, or the one this idempotency key made before.
#[derive(Debug)]
pub struct Made {
    pub change: Change,
    pub created: bool,
}

/// B14-B16: gives notice to the old provider and begins the agreement with the new one, all or
/// nothing. The client's row lock makes requests for one client take turns; the database's
/// unique index is the last word on "one pending change per agreement".
pub async fn make(
    db: &Db,
    by: &Actor,
    client_id: i64,
    agreement_id: i64,
    new_provider_id: i64,
    key: Option<&str>,
    today: NaiveDate,
) -> Result<Made, ChangeError> {
    let mut tx = db.pool.begin().await?;
    let made = make_in(&mut tx, by, client_id, agreement_id, new_provider_id, key, today).await;
    match made {
        Ok(made) => {
            tx.commit().await?;
            Ok(made)
        }
        Err(error) if is_unique_violation(&error) => {
            tx.rollback().await?;
            Err(ChangeError::Refused(ChangeRefusal::ChangePending))
        }
        Err(error) => Err(error),
    }
}

async fn make_in(
    conn: &mut AnyConnection,
    by: &Actor,
    client_id: i64,
    agreement_id: i64,
    new_provider_id: i64,
    key: Option<&str>,
    today: NaiveDate,
) -> Result<Made, ChangeError> {
    budget::lock_client(&mut *conn, client_id).await?;
    if let Some(key) = key {
        if let Some(id) = rows::change_with_key(conn, client_id, key).await? {
            let first = rows::find_change(conn, client_id, id).await?.ok_or(ChangeError::UnknownChange)?;
            if first.agreement_id != agreement_id || first.new_provider_id != new_provider_id {
                return Err(ChangeError::KeyReused);
            }
            return Ok(Made { change: change_view(&first, today), created: false });
        }
    }
    let g = gather(conn, client_id, agreement_id, new_provider_id, today).await?;
    let dates = check_change(&g.facts).map_err(ChangeError::Refused)?;
    let new_agreement_id = budget::insert_agreement(
        &mut *conn,
        client_id,
        new_provider_id,
        g.agreement.product,
        dates.new_first_day,
        g.agreement.end,
    )
    .await?;
    rows::set_agreement_end(conn, g.agreement.id, Some(dates.old_last_day)).await?;
    let id = rows::insert_change(
        conn,
        &NewChange {
            client_id,
            agreement: &g.agreement,
            new_agreement_id,
            new_provider_id,
            notice_on: today,
            old_last_day: dates.old_last_day,
            new_first_day: dates.new_first_day,
            by,
            at: now_unix(),
            key,
        },
    )
    .await?;
    let row = rows::find_change(conn, client_id, id).await?.ok_or(ChangeError::UnknownChange)?;
    messages::change_made(conn, client_id, &row, today).await?;
    Ok(Made { change: change_view(&row, today), created: true })
}

/// The client's changes, newest first.
pub async fn list(db: &Db, client_id: i64, today: NaiveDate) -> Result<Vec<Change>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(rows::changes_of(&mut conn, client_id).await?.iter().map(|r| change_view(r, today)).collect())
}

pub async fn find(db: &Db, client_id: i64, id: i64, today: NaiveDate) -> Result<Option<Change>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(rows::find_change(&mut conn, client_id, id).await?.map(|r| change_view(&r, today)))
}

/// B16: cancels a pending change; the old provider goes on as before.
/// Whose a change of provider is; `None` when there is no such change.
pub async fn owner_of_change(db: &Db, id: i64) -> Result<Option<i64>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    rows::client_of_change(&mut conn, id).await
}

pub async fn cancel(
    db: &Db,
    by: &Actor,
    client_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<Change, ChangeError> {
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let row = rows::find_change(&mut tx, client_id, id).await?.ok_or(ChangeError::UnknownChange)?;
    check_cancel(today, row.new_first_day, row.cancelled).map_err(ChangeError::Refused)?;
    rows::cancel_change(&mut tx, &row, by, now_unix()).await?;
    let row = rows::find_change(&mut tx, client_id, id).await?.ok_or(ChangeError::UnknownChange)?;
    messages::change_cancelled(&mut tx, client_id, &row, today).await?;
    tx.commit().await?;
    Ok(change_view(&row, today))
}

#[derive(Debug, thiserror::Error)]
pub enum LeaveError {
    #[error("no such client")]
    UnknownClient,
    #[error("{0}")]
    Refused(LeaveRefusal),
    #[error("the client has not left the personal budget")]
    NotLeaving,
    #[error("unknown reason code {0}")]
    UnknownReason(String),
    #[error("the answer in own words is longer than {LEAVE_REASON_MAX_CHARS} characters")]
    ReasonTooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for LeaveError {
    fn from(error: sqlx::Error) -> Self {
        LeaveError::Store(error.into())
    }
}

impl LeaveError {
    pub fn code(&self) -> &'static str {
        match self {
            LeaveError::UnknownClient => "not-found",
            LeaveError::Refused(refusal) => refusal.code(),
            LeaveError::NotLeaving => "not-leaving",
            LeaveError::UnknownReason(_) => "unknown-reason",
            LeaveError::ReasonTooLong => "too-long",
            LeaveError::Store(_) => "internal",
        }
    }
}

/// The client's departure, if they have given notice, with the totals before and after.
pub async fn departure(db: &Db, client_id: i64) -> Result<Option<Departure>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    departure_in(&mut conn, client_id).await
}

async fn departure_in(conn: &mut AnyConnection, client_id: i64) -> Result<Option<Departure>, StoreError> {
    let Some(row) = rows::departure_of(conn, client_id).await? else { return Ok(None) };
    let lines = budget::decision_lines(&mut *conn, row.decision_id).await?;
    // B17 again over the stored notice: the same rule that shortened the decision gives both totals.
    let leaving = change::leave(row.notice_on, row.original, &lines)
        .map_err(|_| StoreError::Corrupt("a departure outside its decision".into()))?;
    Ok(Some(Departure {
        notice_on: date_text(row.notice_on),
        last_day: date_text(row.last_day),
        old_total: leaving.old_total.to_string(),
        new_total: leaving.new_total.to_string(),
        done: done_by(&row.done_by),
        reasons: row.reasons,
        reason_text: row.reason_text,
    }))
}

/// What leaving today would do (B17); `None` when no budget is running.
pub async fn leave_preview(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
) -> Result<Option<LeavePreview>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(decision) = budget::decision_for(&mut conn, client_id, today).await? else { return Ok(None) };
    let Ok(leaving) = change::leave(today, decision.period, &decision.lines) else { return Ok(None) };
    Ok(Some(LeavePreview {
        last_day: date_text(leaving.last_day),
        old_total: leaving.old_total.to_string(),
        new_total: leaving.new_total.to_string(),
    }))
}

/// B17: the client leaves; giving notice again returns the first departure (`created` false).
pub async fn leave(
    db: &Db,
    by: &Actor,
    client_id: i64,
    today: NaiveDate,
) -> Result<(Departure, bool), LeaveError> {
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    budget::find_client(&mut *tx, client_id).await?.ok_or(LeaveError::UnknownClient)?;
    if let Some(first) = departure_in(&mut tx, client_id).await? {
        return Ok((first, false));
    }
    let decision = budget::decision_for(&mut tx, client_id, today)
        .await?
        .ok_or(LeaveError::Refused(LeaveRefusal::NoBudgetRunning))?;
    let leaving = change::leave(today, decision.period, &decision.lines).map_err(LeaveError::Refused)?;
    rows::leave(
        &mut tx,
        &NewDeparture {
            client_id,
            decision_id: decision.id,
            notice_on: today,
            last_day: leaving.last_day,
            original_valid_to: decision.period.to,
            by,
            at: now_unix(),
        },
    )
    .await?;
    let departure = departure_in(&mut tx, client_id).await?.ok_or(LeaveError::NotLeaving)?;
    let agreements = rows::agreements_from(&mut tx, client_id, today).await?;
    messages::leaving(&mut tx, client_id, decision.id, leaving.last_day, &agreements, today).await?;
    tx.commit().await?;
    Ok((departure, true))
}

/// The optional answer to "why do you leave": known reason codes and up to 1000 characters.
pub async fn save_leave_reasons(
    db: &Db,
    client_id: i64,
    reasons: &[String],
    text: &str,
) -> Result<(), LeaveError> {
    if let Some(unknown) = reasons.iter().find(|r| !LEAVE_REASONS.contains(&r.as_str())) {
        return Err(LeaveError::UnknownReason(unknown.clone()));
    }
    let text = text.trim();
    if text.chars().count() > LEAVE_REASON_MAX_CHARS {
        return Err(LeaveError::ReasonTooLong);
    }
    let mut conn = db.pool.acquire().await?;
    let row = rows::departure_of(&mut conn, client_id).await?.ok_or(LeaveError::NotLeaving)?;
    let text = (!text.is_empty()).then_some(text);
    rows::save_reasons(&mut conn, client_id, row.decision_id, reasons, text).await?;
    Ok(())
}
