//! Change provider (one question per page), My changes with cancelling, and leaving the
//! personal budget. The answers so far travel in the address, so the back button, a reload and
//! signing in again keep them; each post answers with a redirect.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::changes::{
    fields, step_path, ChangeFlow, ChangePage, ChangesPage, LeavePage, Step, LEAVE_REASON_MAX_CHARS,
};
use app::context::{FieldError, FormFlash, FormId, PageData};
use app::i18n::msg;
use app::paths;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::internal_error;
use super::visit::{acting_scope, acting_scope_on, Acting, Matters, Named, PageResult, Scope, Visit};
use super::{session, AppState};
use crate::services::access::Reader;
use crate::services::changes::{self, ChangeError, LeaveError};

/// The answers in a query: `agreement` and `provider` as numbers, and a message code.
#[derive(Default)]
struct Answers {
    agreement: Option<i64>,
    provider: Option<i64>,
    error: Option<String>,
    flags: Vec<String>,
}

impl Answers {
    fn parse(query: &str) -> Answers {
        let mut answers = Answers::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            match name.as_ref() {
                fields::AGREEMENT => answers.agreement = value.parse().ok(),
                fields::PROVIDER => answers.provider = value.parse().ok(),
                fields::ERROR => answers.error = Some(value.into_owned()),
                _ if value.is_empty() => answers.flags.push(name.into_owned()),
                _ => {}
            }
        }
        answers
    }

    fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }
}

/// The message id of a refusal or a missing answer, for the page to show.
fn message_id(code: &str) -> Option<&'static str> {
    Some(match code {
        "choose-service" => msg("change-error-choose-service"),
        "choose-provider" => msg("change-error-choose-provider"),
        "change-pending" => msg("change-refused-change-pending"),
        "same-provider" => msg("change-refused-same-provider"),
        "provider-inactive" => msg("change-refused-provider-inactive"),
        "product-not-offered" => msg("change-refused-product-not-offered"),
        "area-not-served" => msg("change-refused-area-not-served"),
        "change-after-period-end" => msg("change-refused-after-period-end"),
        "agreement-ends-first" => msg("change-refused-agreement-ends-first"),
        "no-budget-running" => msg("change-refused-no-budget"),
        "too-late-to-cancel" => msg("change-refused-too-late-to-cancel"),
        "already-cancelled" => msg("change-refused-already-cancelled"),
        _ => return None,
    })
}

fn flow(scope: &Scope, step: Step, answers: &Answers) -> ChangeFlow {
    ChangeFlow {
        step,
        client_name: scope.client_name.clone(),
        is_self: scope.is_self(),
        agreement: answers.agreement,
        provider: answers.provider,
        services: Vec::new(),
        candidates: Vec::new(),
        effects: None,
        key: String::new(),
        error: answers.error.as_deref().and_then(message_id).map(str::to_string),
    }
}

async fn page(visit: Visit, flow: ChangeFlow) -> PageResult {
    Ok(visit.page(PageData::ChangeFlow(Box::new(flow))).await)
}

/// An address with a message code added to its query.
fn with_error(to: &str, code: &str) -> String {
    let mark = if to.contains('?') { '&' } else { '?' };
    format!("{to}{mark}{}={code}", fields::ERROR)
}

/// Where a step goes when an earlier answer is missing: back to that question, saying so.
fn back_to(step: Step, answers: &Answers, error: &str) -> PageResult {
    Ok(Redirect::to(&with_error(&step_path(step, answers.agreement, answers.provider), error))
        .into_response())
}

/// Step 1, `/change-provider`: which service to change.
pub async fn service_step(Acting(Matters { visit, scope }): Acting) -> PageResult {
    let answers = Answers::parse(visit.query());
    let mut flow = flow(&scope, Step::Service, &answers);
    flow.services = changes::services(&visit.state.db, scope.client_id, visit.today()).await?;
    scope.log(&visit.state, &LookedAt::ChangeServices).await?;
    page(visit, flow).await
}

/// Step 2, `/change-provider/provider`: which provider takes the service over.
pub async fn provider_step(Acting(Matters { visit, scope }): Acting) -> PageResult {
    let answers = Answers::parse(visit.query());
    let Some(agreement) = answers.agreement else {
        return back_to(Step::Service, &answers, "choose-service");
    };
    let today = visit.today();
    let mut flow = flow(&scope, Step::Provider, &answers);
    flow.services = changes::services(&visit.state.db, scope.client_id, today).await?;
    match changes::candidates(&visit.state.db, scope.client_id, agreement, today).await {
        Ok(candidates) => flow.candidates = candidates,
        Err(ChangeError::Store(error)) => return Err(error.into()),
        Err(_) => return back_to(Step::Service, &answers, "choose-service"),
    }
    scope.log(&visit.state, &LookedAt::ChangeProviders).await?;
    page(visit, flow).await
}

/// Steps 3 and 4, `/change-provider/effects` and `/change-provider/check`: what will change,
/// and the answers to check before confirming.
async fn effects_or_check(Matters { visit, scope }: Matters, step: Step) -> PageResult {
    let answers = Answers::parse(visit.query());
    let (Some(agreement), Some(provider)) = (answers.agreement, answers.provider) else {
        let (to, error) = match answers.agreement {
            None => (Step::Service, "choose-service"),
            Some(_) => (Step::Provider, "choose-provider"),
        };
        return back_to(to, &answers, error);
    };
    let mut flow = flow(&scope, step, &answers);
    match changes::effects(&visit.state.db, scope.client_id, agreement, provider, visit.today()).await {
        Ok(effects) => flow.effects = Some(effects),
        Err(ChangeError::Store(error)) => return Err(error.into()),
        Err(ChangeError::UnknownAgreement | ChangeError::UnknownClient) => {
            return back_to(Step::Service, &answers, "choose-service")
        }
        Err(ChangeError::UnknownProvider) => return back_to(Step::Provider, &answers, "choose-provider"),
        Err(refused) => flow.error = message_id(refused.code()).map(str::to_string),
    }
    if step == Step::Check {
        flow.key = format!("{:032x}", rand::random::<u128>());
    }
    scope.log(&visit.state, &LookedAt::ChangeEffects).await?;
    page(visit, flow).await
}

pub async fn effects_step(Acting(matters): Acting) -> PageResult {
    effects_or_check(matters, Step::Effects).await
}

pub async fn check_step(Acting(matters): Acting) -> PageResult {
    effects_or_check(matters, Step::Check).await
}

/// `POST /change-provider/check`: makes the change, and shows its receipt.
pub async fn confirm(State(state): State<AppState>, session: Session, body: String) -> Response {
    let answers = Answers::parse(&body);
    let key = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == fields::KEY)
        .map(|(_, value)| value.into_owned())
        .filter(|k| !k.is_empty() && k.len() <= 64);
    let check = step_path(Step::Check, answers.agreement, answers.provider);
    let scope = match acting_scope(&state, &session, &check).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let (Some(agreement), Some(provider)) = (answers.agreement, answers.provider) else {
        return Redirect::to(&with_error(&check, ChangeError::UnknownAgreement.code())).into_response();
    };
    let by = Reader::Person(&scope.account).actor();
    let today = state.clock.today();
    match changes::make(&state.db, &by, scope.client_id, agreement, provider, key.as_deref(), today).await {
        Ok(made) => Redirect::to(&format!("{}?made", paths::my_change(made.change.id))).into_response(),
        Err(ChangeError::Store(error)) => internal_error(error),
        // Refused now though it was not when the page was made: the page says why.
        Err(error) => Redirect::to(&with_error(&check, error.code())).into_response(),
    }
}

/// `/my-changes`: every change of provider and where it stands.
pub async fn my_changes(Matters { visit, scope }: Matters) -> PageResult {
    let page = ChangesPage {
        client_name: scope.client_name.clone(),
        is_self: scope.is_self(),
        changes: changes::list(&visit.state.db, scope.client_id, visit.today()).await?,
        may_act: scope.may_act(&visit.state).await?,
    };
    scope.log(&visit.state, &LookedAt::Changes).await?;
    Ok(visit.page(PageData::Changes(Box::new(page))).await)
}

async fn change_page(Matters { visit, scope }: Matters, id: i64, confirm_cancel: bool) -> PageResult {
    let answers = Answers::parse(visit.query());
    let Some(change) = changes::find(&visit.state.db, scope.client_id, id, visit.today()).await? else {
        return Ok(visit.not_found().await);
    };
    let may_act = scope.may_act(&visit.state).await?;
    if confirm_cancel && !may_act {
        return Ok(visit.not_found().await);
    }
    let message = if answers.flag("made") {
        Some(msg("change-made-title"))
    } else if answers.flag("cancelled") {
        Some(msg("change-cancelled-title"))
    } else {
        answers.error.as_deref().and_then(message_id)
    };
    scope.log(&visit.state, &LookedAt::Change(id)).await?;
    let page = ChangePage {
        client_name: scope.client_name.clone(),
        is_self: scope.is_self(),
        change,
        may_act,
        confirm_cancel,
        message: message.map(str::to_string),
    };
    Ok(visit.page(PageData::Change(Box::new(page))).await)
}

/// `/my-changes/{id}`: the receipt of one change.
pub async fn my_change(Path(id): Path<i64>, matters: Matters) -> PageResult {
    change_page(matters, id, false).await
}

/// `/my-changes/{id}/cancel`: "Are you sure you want to cancel this change?"
pub async fn cancel_question(Path(id): Path<i64>, matters: Matters) -> PageResult {
    change_page(matters, id, true).await
}

/// `POST /my-changes/{id}/cancel`: cancels the change; the receipt says so.
pub async fn cancel(State(state): State<AppState>, Path(id): Path<i64>, session: Session) -> Response {
    let owner = match changes::owner_of_change(&state.db, id).await {
        Ok(owner) => owner,
        Err(error) => return internal_error(error),
    };
    let scope = match acting_scope_on(&state, &session, &paths::cancel_change(id), Named(owner)).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    let receipt = paths::my_change(id);
    match changes::cancel(&state.db, &by, scope.client_id, id, state.clock.today()).await {
        Ok(_) => Redirect::to(&format!("{receipt}?cancelled")).into_response(),
        Err(ChangeError::Store(error)) => internal_error(error),
        Err(ChangeError::UnknownChange | ChangeError::UnknownClient) => {
            Redirect::to(paths::MY_CHANGES).into_response()
        }
        Err(error) => Redirect::to(&with_error(&receipt, error.code())).into_response(),
    }
}

/// `/leave`: what leaving means and the confirmation; once left, the receipt and the optional
/// question why.
pub async fn leave_page(Matters { visit, scope }: Matters) -> PageResult {
    let answers = Answers::parse(visit.query());
    let db = &visit.state.db;
    let page = LeavePage {
        client_name: scope.client_name.clone(),
        is_self: scope.is_self(),
        may_act: scope.may_act(&visit.state).await?,
        preview: changes::leave_preview(db, scope.client_id, visit.today()).await?,
        departure: changes::departure(db, scope.client_id).await?,
        reason_saved: answers.flag("saved"),
    };
    scope.log(&visit.state, &LookedAt::Leaving).await?;
    Ok(visit.page(PageData::Leave(Box::new(page))).await)
}

/// `POST /leave`: gives notice; the page then shows the receipt.
pub async fn leave(State(state): State<AppState>, session: Session) -> Response {
    let scope = match acting_scope(&state, &session, paths::LEAVE).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    match changes::leave(&state.db, &by, scope.client_id, state.clock.today()).await {
        Err(LeaveError::Store(error)) => internal_error(error),
        // Done, done before, or refused: the page shows which.
        _ => Redirect::to(paths::LEAVE).into_response(),
    }
}

/// `POST /leave/reason`: the optional answer to "why". A refused answer comes back filled in.
pub async fn leave_reason(State(state): State<AppState>, session: Session, body: String) -> Response {
    let mut reasons = Vec::new();
    let mut text = String::new();
    for (name, value) in form_urlencoded::parse(body.as_bytes()) {
        match name.as_ref() {
            fields::REASON => reasons.push(value.into_owned()),
            fields::REASON_TEXT => text = value.into_owned(),
            _ => {}
        }
    }
    let scope = match acting_scope(&state, &session, paths::LEAVE).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    match changes::save_leave_reasons(&state.db, scope.client_id, &reasons, &text).await {
        Ok(()) => Redirect::to(&format!("{}?saved", paths::LEAVE)).into_response(),
        Err(LeaveError::Store(error)) => internal_error(error),
        Err(error) => {
            let error = match error {
                LeaveError::ReasonTooLong => {
                    FieldError::new(fields::REASON_TEXT, msg("leave-reason-error-too-long"))
                        .with("max", LEAVE_REASON_MAX_CHARS)
                }
                _ => FieldError::new(fields::REASON_TEXT, msg("leave-reason-error-unknown")),
            };
            let values = BTreeMap::from([
                (fields::REASON.to_string(), reasons.join(",")),
                (fields::REASON_TEXT.to_string(), text),
            ]);
            let errors = vec![error];
            session::set_flash(&session, FormFlash { form: FormId::LeaveReason, values, errors }).await;
            Redirect::to(paths::LEAVE).into_response()
        }
    }
}
