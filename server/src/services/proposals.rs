//! Using the budget flexibly: the client's proposal from the form, what it means by the rules,
//! sending it, taking it back, and the decision-maker's answer. An accepted proposal ends the
//! decision the day before the change and makes a new one from that day, in the decision-maker's
//! name with their reason as grounds, in one transaction.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId};
use app::i18n::msg;
use app::proposals::{
    fields, AnswerPage, EffectLine, ProposalEffect, ProposalPage, ProposalService, ProposalState,
    ProposalView, WaitingProposal, MAX_REASON_CHARS, MAX_WHY_CHARS,
};
use app::role::Role;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::clock::helsinki_day;
use crate::rules::decision::{check_change, plan, ChangeRefusal, LineKind};
use crate::rules::flexible::{self, coming_months, proposable, Effect, Proposal, ProposalRefusal};
use crate::rules::{Product, Unit, YearMonth};
use crate::services::access::Reader;
use crate::services::budget::units_text;
use crate::services::decision_form::units_a_month;
use crate::services::messages;
use crate::services::plans::written;
use crate::store::accounts::Account;
use crate::store::budget::{self, date_text, StoredDecision};
use crate::store::changes::Actor;
use crate::store::decisions::{self, Event};
use crate::store::proposals::{self, NewProposal, StoredProposal};
use crate::store::{Db, StoreError};

/// Why a proposal cannot be sent; each stands beside its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProposalError {
    #[error("the client has no decision to change")]
    NoDecision,
    #[error("the month is not one the change can start in")]
    Month,
    #[error("the units a month are not a number in range")]
    Units(Product),
    #[error("the proposal changes nothing")]
    NoChange,
    #[error("no service would be left")]
    NothingLeft,
    #[error("the why is longer than the form takes")]
    WhyTooLong,
    #[error("a proposal already waits for an answer")]
    AlreadyWaiting,
}

impl ProposalError {
    pub fn field(self) -> String {
        match self {
            ProposalError::Month => fields::MONTH.into(),
            ProposalError::Units(product) => fields::units(product.code()),
            ProposalError::WhyTooLong => fields::WHY.into(),
            ProposalError::NoDecision
            | ProposalError::NoChange
            | ProposalError::NothingLeft
            | ProposalError::AlreadyWaiting => String::new(),
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ProposalError::NoDecision => msg("proposal-error-no-decision"),
            ProposalError::Month => msg("proposal-error-month"),
            ProposalError::Units(p) if p.unit() == Unit::Hour => msg("proposal-error-hours"),
            ProposalError::Units(_) => msg("proposal-error-days"),
            ProposalError::NoChange => msg("proposal-error-no-change"),
            ProposalError::NothingLeft => msg("proposal-error-nothing-left"),
            ProposalError::WhyTooLong => msg("proposal-error-why-long"),
            ProposalError::AlreadyWaiting => msg("proposal-error-waiting"),
        }
    }

    pub fn field_error(self) -> FieldError {
        let error = FieldError::new(self.field(), self.message_id());
        match self {
            ProposalError::WhyTooLong => error.with("most", MAX_WHY_CHARS),
            _ => error,
        }
    }
}

impl From<ProposalRefusal> for ProposalError {
    fn from(refusal: ProposalRefusal) -> ProposalError {
        match refusal {
            ProposalRefusal::MonthNotComing | ProposalRefusal::MonthAfterDecision => ProposalError::Month,
            ProposalRefusal::NoChange => ProposalError::NoChange,
            ProposalRefusal::NothingLeft => ProposalError::NothingLeft,
        }
    }
}

/// Why the decision-maker's answer cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("no reason was given")]
    NoReason,
    #[error("the reason is longer than the form takes")]
    ReasonTooLong,
    #[error("neither accept nor refuse was chosen")]
    NoChoice,
    #[error("the month of the change has begun")]
    MonthBegun,
    #[error("the decision has changed since the proposal was sent")]
    DecisionChanged,
    #[error("records are stored from the change's first day against the decision")]
    RecordsFromTheMonth,
    #[error("the months before the change plan less than is charged already")]
    BelowCharged,
}

impl AnswerError {
    pub fn field_error(self) -> FieldError {
        let (field, id) = match self {
            AnswerError::NoReason => (fields::REASON, msg("proposal-answer-error-no-reason")),
            AnswerError::ReasonTooLong => (fields::REASON, msg("proposal-answer-error-reason-long")),
            AnswerError::NoChoice => (fields::ANSWER, msg("proposal-answer-error-choose")),
            AnswerError::MonthBegun => ("", msg("proposal-answer-error-month-begun")),
            AnswerError::DecisionChanged => ("", msg("proposal-answer-error-decision-changed")),
            AnswerError::RecordsFromTheMonth => ("", msg("proposal-answer-error-records")),
            AnswerError::BelowCharged => ("", msg("proposal-answer-error-below-charged")),
        };
        let error = FieldError::new(field, id);
        match self {
            AnswerError::ReasonTooLong => error.with("most", MAX_REASON_CHARS),
            _ => error,
        }
    }
}

/// Reads the form: the month and every proposable service's units a month ("" or 0 leaves a
/// service out). Every wrong field is named, in the order of the form.
pub fn parse(form: &BTreeMap<String, String>) -> Result<Proposal, Vec<ProposalError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let mut errors = Vec::new();
    let from = YearMonth::parse(value(fields::MONTH));
    if from.is_none() {
        errors.push(ProposalError::Month);
    }
    let mut units = Vec::new();
    for product in Product::ALL.into_iter().filter(|p| proposable(*p)) {
        match parse_units(value(&fields::units(product.code())), product) {
            Some(n) => units.push((product, n)),
            None => errors.push(ProposalError::Units(product)),
        }
    }
    match from {
        Some(from) if errors.is_empty() => Ok(Proposal { from, units }),
        _ => Err(errors),
    }
}

/// Units a month as the decision form reads them; empty is none.
fn parse_units(text: &str, product: Product) -> Option<Decimal> {
    if text.is_empty() {
        return Some(Decimal::ZERO);
    }
    units_a_month(text, product)
}

fn why_of(form: &BTreeMap<String, String>) -> Result<String, ProposalError> {
    let why = form.get(fields::WHY).map(|w| w.trim()).unwrap_or("");
    if why.chars().count() > MAX_WHY_CHARS {
        return Err(ProposalError::WhyTooLong);
    }
    Ok(why.to_string())
}

/// `/my-plan/proposal`: the form from the decision, and once `query` asks for a check, what the
/// change means or what is wrong with it. `flash` is a send that came back.
pub async fn page(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
    query: &BTreeMap<String, String>,
    flash: Option<FormFlash>,
) -> Result<ProposalPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let waiting = proposals::waiting(&mut conn, client_id).await?.map(|p| view(&p)).transpose()?;
    let Some(decision) = budget::decision_for(&mut conn, client_id, today).await? else {
        return Ok(ProposalPage {
            has_decision: false,
            months: Vec::new(),
            services: Vec::new(),
            form: None,
            effect: None,
            waiting,
        });
    };
    let services = Product::ALL
        .into_iter()
        .filter(|p| proposable(*p))
        .filter_map(|product| {
            let line = decision.lines.iter().find(|l| l.product == product);
            let units_now = line.and_then(|l| match l.kind {
                LineKind::Monthly { units_per_month } => Some(units_text(units_per_month)),
                LineKind::Daily => None,
            });
            let unit_value = line.map(|l| l.unit_value).or_else(|| product.voucher_value(None))?;
            Some(ProposalService {
                product: product.code().into(),
                units_now,
                unit_value: unit_value.to_string(),
            })
        })
        .collect();
    let months = coming_months(&decision.period, today).iter().map(ToString::to_string).collect();
    let (form, effect) = match flash {
        // A send that came back: its errors, and what the change means when it still holds.
        Some(flash) => {
            let effect =
                checked(&decision, &flash.values, today).ok().map(|(_, effect)| effect_view(&effect));
            (Some(flash), effect)
        }
        None if query.contains_key(fields::CHECK) => match checked(&decision, query, today) {
            Ok((_, effect)) => (Some(flash_of(query, Vec::new())), Some(effect_view(&effect))),
            Err(errors) => {
                let errors = errors.into_iter().map(ProposalError::field_error).collect();
                (Some(flash_of(query, errors)), None)
            }
        },
        None => (None, None),
    };
    Ok(ProposalPage { has_decision: true, months, services, form, effect, waiting })
}

pub fn flash_of(values: &BTreeMap<String, String>, errors: Vec<FieldError>) -> FormFlash {
    FormFlash { form: FormId::Proposal, values: values.clone(), errors }
}

/// The form checked against the decision: the proposal and what it means.
fn checked(
    decision: &StoredDecision,
    form: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Result<(Proposal, Effect), Vec<ProposalError>> {
    let proposal = parse(form)?;
    let lines = flexible::check(&decision.period, &decision.lines, &proposal, today)
        .map_err(|refusal| vec![ProposalError::from(refusal)])?;
    let effect = flexible::effect(&decision.period, &decision.lines, &lines, proposal.from);
    Ok((proposal, effect))
}

pub fn effect_view(effect: &Effect) -> ProposalEffect {
    ProposalEffect {
        month: effect.month.to_string(),
        lines: effect
            .lines
            .iter()
            .map(|line| EffectLine {
                product: line.product.code().into(),
                units_before: line.units_before.map(units_text),
                units_after: line.units_after.map(units_text),
                before: line.before.to_string(),
                after: line.after.to_string(),
            })
            .collect(),
        month_before: effect.month_before.to_string(),
        month_after: effect.month_after.to_string(),
        rest_from: date_text(effect.rest.from),
        rest_to: date_text(effect.rest.to),
        rest_before: effect.rest_before.to_string(),
        rest_after: effect.rest_after.to_string(),
    }
}

/// Sends the proposal in the name of whoever acts for the client, once it passes every check.
pub async fn send(
    db: &Db,
    client_id: i64,
    form: &BTreeMap<String, String>,
    by: &Actor,
    at: i64,
    today: NaiveDate,
) -> Result<Result<(), Vec<ProposalError>>, StoreError> {
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let Some(decision) = budget::decision_for(&mut tx, client_id, today).await? else {
        return Ok(Err(vec![ProposalError::NoDecision]));
    };
    if proposals::waiting(&mut tx, client_id).await?.is_some() {
        return Ok(Err(vec![ProposalError::AlreadyWaiting]));
    }
    let why = why_of(form);
    let (proposal, effect) = match (checked(&decision, form, today), why.clone()) {
        (Ok(checked), Ok(_)) => checked,
        (checked, why) => {
            return Ok(Err(checked.err().unwrap_or_default().into_iter().chain(why.err()).collect()));
        }
    };
    let effect =
        serde_json::to_string(&effect_view(&effect)).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let why = why.unwrap_or_default();
    let new = NewProposal {
        client_id,
        decision_id: decision.id,
        proposal: &proposal,
        why: &why,
        effect: &effect,
        by,
        at,
    };
    proposals::insert(&mut tx, &new).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Takes back the client's waiting proposal; false when none waits.
pub async fn withdraw(db: &Db, client_id: i64, by: &Actor, at: i64) -> Result<bool, StoreError> {
    let mut tx = db.pool.begin().await?;
    let Some(waiting) = proposals::waiting(&mut tx, client_id).await? else { return Ok(false) };
    let done = proposals::answer(&mut tx, waiting.id, ProposalState::Withdrawn, "", by, at).await?;
    tx.commit().await?;
    Ok(done)
}

/// The client's newest proposal, for My plan.
pub async fn newest(db: &Db, client_id: i64) -> Result<Option<ProposalView>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    proposals::newest(&mut conn, client_id).await?.map(|p| view(&p)).transpose()
}

fn view(stored: &StoredProposal) -> Result<ProposalView, StoreError> {
    let effect = serde_json::from_str(&stored.effect)
        .map_err(|_| StoreError::Corrupt(format!("the effect of budget proposal {}", stored.id)))?;
    Ok(ProposalView {
        state: stored.state,
        effect,
        why: stored.why.clone(),
        proposed: written(&stored.proposed_by, stored.proposed_at),
        answer: stored.answer.as_ref().map(|(reason, by, at)| (reason.clone(), written(by, *at))),
    })
}

/// The decision-maker's list: every proposal waiting, the longest-waiting first.
pub async fn waiting(db: &Db) -> Result<Vec<WaitingProposal>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(proposals::all_waiting(&mut conn)
        .await?
        .into_iter()
        .map(|p| WaitingProposal {
            client_id: p.client_id,
            client_name: p.client_name,
            proposed_by: p.proposed_by.name,
            day: date_text(helsinki_day(p.proposed_at)),
            month: p.proposal.from.to_string(),
        })
        .collect())
}

/// The name of the client whose proposal waits, if one does.
pub async fn waiting_for(db: &Db, client_id: i64) -> Result<Option<String>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(proposals::waiting(&mut conn, client_id).await?.map(|p| p.client_name))
}

/// The decision-maker's page: the waiting proposal as the client sent it.
pub async fn answer_page(db: &Db, client_id: i64) -> Result<Option<AnswerPage>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(stored) = proposals::waiting(&mut conn, client_id).await? else { return Ok(None) };
    Ok(Some(AnswerPage { client_id, client_name: stored.client_name.clone(), proposal: view(&stored)? }))
}

/// Accepts or refuses the client's waiting proposal with the decision-maker's reason. Accepting
/// checks it again against the decision as it is today; the decision then ends the day before
/// the change and a new one runs from it with the proposed lines (or, not yet begun, changes as a
/// whole), each recorded with the reason as grounds. The state it is left in (accepted or
/// refused); `None` when nothing waits.
pub async fn answer(
    db: &Db,
    decision_maker: &Account,
    client_id: i64,
    form: &BTreeMap<String, String>,
    today: NaiveDate,
    at: i64,
) -> Result<Option<Result<ProposalState, Vec<AnswerError>>>, StoreError> {
    debug_assert_eq!(decision_maker.role, Role::DecisionMaker);
    let choice = match form.get(fields::ANSWER).map(String::as_str) {
        Some("accept") => Some(ProposalState::Accepted),
        Some("refuse") => Some(ProposalState::Refused),
        _ => None,
    };
    let reason = form.get(fields::REASON).map(|r| r.trim()).unwrap_or("").to_string();
    let mut errors = Vec::new();
    if choice.is_none() {
        errors.push(AnswerError::NoChoice);
    }
    match reason.chars().count() {
        0 => errors.push(AnswerError::NoReason),
        n if n > MAX_REASON_CHARS => errors.push(AnswerError::ReasonTooLong),
        _ => {}
    }
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let Some(stored) = proposals::waiting(&mut tx, client_id).await? else { return Ok(None) };
    let (Some(choice), true) = (choice, errors.is_empty()) else { return Ok(Some(Err(errors))) };
    let by = Reader::Person(decision_maker).actor();
    if choice == ProposalState::Accepted {
        if let Err(errors) = accept(&mut tx, &stored, &reason, &by, today, at).await? {
            return Ok(Some(Err(errors)));
        }
    }
    proposals::answer(&mut tx, stored.id, choice, &reason, &by, at).await?;
    messages::proposal_answered(&mut tx, client_id, stored.id, choice == ProposalState::Accepted, today)
        .await?;
    tx.commit().await?;
    Ok(Some(Ok(choice)))
}

/// The accepted change, made by the rules of a decision change: what is stored stays.
async fn accept(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    stored: &StoredProposal,
    reason: &str,
    by: &Actor,
    today: NaiveDate,
    at: i64,
) -> Result<Result<(), Vec<AnswerError>>, StoreError> {
    let client_id = stored.client_id;
    let decision = budget::decision_for(tx, client_id, today).await?.filter(|d| d.id == stored.decision_id);
    let Some(decision) = decision else { return Ok(Err(vec![AnswerError::DecisionChanged])) };
    let lines = match flexible::check(&decision.period, &decision.lines, &stored.proposal, today) {
        Ok(lines) => lines,
        Err(ProposalRefusal::MonthNotComing) => return Ok(Err(vec![AnswerError::MonthBegun])),
        Err(_) => return Ok(Err(vec![AnswerError::DecisionChanged])),
    };
    // The decision as the client saw it when they sent the proposal, or a change since.
    let now = effect_view(&flexible::effect(&decision.period, &decision.lines, &lines, stored.proposal.from));
    if serde_json::to_string(&now).ok().as_deref() != Some(stored.effect.as_str()) {
        return Ok(Err(vec![AnswerError::DecisionChanged]));
    }
    let (before, after) = flexible::split(&decision.period, stored.proposal.from);
    let records = budget::records_of_decision(&mut **tx, decision.id, budget::DecisionRecords::All).await?;
    let used: Vec<_> = records.into_iter().map(|r| r.used).collect();
    let (kept_period, kept_lines) = match before {
        Some(before) => (before, decision.lines.clone()),
        None => (after, lines.clone()),
    };
    if let Err(refusals) = check_change(&kept_period, &kept_lines, &used) {
        let errors = refusals.into_iter().map(|refusal| match refusal {
            ChangeRefusal::RecordOutsidePeriod(_) | ChangeRefusal::LineInUse(_) => {
                AnswerError::RecordsFromTheMonth
            }
            ChangeRefusal::BelowCharged(_) => AnswerError::BelowCharged,
        });
        return Ok(Err(errors.collect()));
    }
    let old_total = plan(&decision.period, &decision.lines).total;
    decisions::replace(tx, decision.id, &kept_period, &kept_lines).await?;
    let grounds = Some(reason.to_string());
    let kept = Event {
        decision_id: decision.id,
        client_id,
        period: kept_period,
        total: plan(&kept_period, &kept_lines).total,
        old_total: Some(old_total),
        grounds: grounds.clone(),
    };
    decisions::record(tx, &kept, by, at).await?;
    if before.is_some() {
        let new_id = decisions::make(tx, client_id, &after, &lines).await?;
        let total = plan(&after, &lines).total;
        let made = Event { decision_id: new_id, client_id, period: after, total, old_total: None, grounds };
        decisions::record(tx, &made, by, at).await?;
    }
    Ok(Ok(()))
}
