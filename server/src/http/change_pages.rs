//! Change provider (one question per page), My changes with cancelling, and leaving the
//! personal budget. The answers so far travel in the address, so the back button, a reload and
//! signing in again keep them; each post answers with a redirect.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::changes::{fields, ChangeFlow, ChangePage, ChangesPage, LeavePage, Step};
use app::context::{FieldError, FormFlash, FormId, PageContext, PageData};
use app::i18n::msg;
use app::paths::{self, change_step};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Request};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use tower_sessions::Session;

use super::client_pages::{open, parts, respond, scope, sign_in_then, Loaded, Scope};
use super::pages::internal_error;
use super::{session, AppState};
use crate::services::access::{self, Reader, Right};
use crate::services::changes::{self, ChangeError, LeaveError};
use crate::store::StoreError;

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

async fn may_act(state: &AppState, scope: &Scope) -> Result<bool, StoreError> {
    access::may(&state.db, Reader::Person(&scope.account), scope.client_id, state.clock.today(), Right::Act)
        .await
}

/// Opens a page of a flow that acts for the client: someone who may only look gets "not found".
async fn open_acting(
    state: &AppState,
    session: &Session,
    jar: &CookieJar,
    parts: &(String, HeaderMap),
) -> Result<Result<(PageContext, Scope), Loaded>, StoreError> {
    Ok(match open(state, session, jar, parts).await? {
        Ok((ctx, scope)) if may_act(state, &scope).await? => Ok((ctx, scope)),
        Ok((ctx, _)) => Err(Loaded::NotFound(ctx)),
        Err(elsewhere) => Err(elsewhere),
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

fn page(ctx: PageContext, flow: ChangeFlow) -> Loaded {
    Loaded::Page(PageContext { data: PageData::ChangeFlow(Box::new(flow)), ..ctx })
}

/// An address with a message code added to its query.
fn with_error(to: &str, code: &str) -> String {
    let mark = if to.contains('?') { '&' } else { '?' };
    format!("{to}{mark}{}={code}", fields::ERROR)
}

/// Where a step goes when an earlier answer is missing: back to that question, saying so.
fn back_to(step: Step, answers: &Answers, error: &str) -> Loaded {
    Loaded::Redirect(with_error(&change_step(step, answers.agreement, answers.provider), error))
}

/// Step 1, `/change-provider`: which service to change.
pub async fn service_step(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let answers = Answers::parse(request.uri().query().unwrap_or(""));
    let outcome = async {
        let (ctx, scope) = match open_acting(&state, &session, &jar, &parts).await? {
            Ok(opened) => opened,
            Err(elsewhere) => return Ok(elsewhere),
        };
        let mut flow = flow(&scope, Step::Service, &answers);
        flow.services = changes::services(&state.db, scope.client_id, state.clock.today()).await?;
        scope.log(&state, &LookedAt::ChangeServices).await?;
        Ok(page(ctx, flow))
    }
    .await;
    respond(state, outcome, request).await
}

/// Step 2, `/change-provider/provider`: which provider takes the service over.
pub async fn provider_step(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let answers = Answers::parse(request.uri().query().unwrap_or(""));
    let outcome = async {
        let (ctx, scope) = match open_acting(&state, &session, &jar, &parts).await? {
            Ok(opened) => opened,
            Err(elsewhere) => return Ok(elsewhere),
        };
        let Some(agreement) = answers.agreement else {
            return Ok(back_to(Step::Service, &answers, "choose-service"));
        };
        let today = state.clock.today();
        let mut flow = flow(&scope, Step::Provider, &answers);
        flow.services = changes::services(&state.db, scope.client_id, today).await?;
        match changes::candidates(&state.db, scope.client_id, agreement, today).await {
            Ok(candidates) => flow.candidates = candidates,
            Err(ChangeError::Store(error)) => return Err(error),
            Err(_) => return Ok(back_to(Step::Service, &answers, "choose-service")),
        }
        scope.log(&state, &LookedAt::ChangeProviders).await?;
        Ok(page(ctx, flow))
    }
    .await;
    respond(state, outcome, request).await
}

/// Steps 3 and 4, `/change-provider/effects` and `/change-provider/check`: what will change,
/// and the answers to check before confirming.
async fn effects_or_check(
    state: &AppState,
    session: &Session,
    jar: &CookieJar,
    (parts, answers): (&(String, HeaderMap), &Answers),
    step: Step,
) -> Result<Loaded, StoreError> {
    let (ctx, scope) = match open_acting(state, session, jar, parts).await? {
        Ok(opened) => opened,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let (Some(agreement), Some(provider)) = (answers.agreement, answers.provider) else {
        let (to, error) = match answers.agreement {
            None => (Step::Service, "choose-service"),
            Some(_) => (Step::Provider, "choose-provider"),
        };
        return Ok(back_to(to, answers, error));
    };
    let mut flow = flow(&scope, step, answers);
    match changes::effects(&state.db, scope.client_id, agreement, provider, state.clock.today()).await {
        Ok(effects) => flow.effects = Some(effects),
        Err(ChangeError::Store(error)) => return Err(error),
        Err(ChangeError::UnknownAgreement | ChangeError::UnknownClient) => {
            return Ok(back_to(Step::Service, answers, "choose-service"))
        }
        Err(ChangeError::UnknownProvider) => return Ok(back_to(Step::Provider, answers, "choose-provider")),
        Err(refused) => flow.error = message_id(refused.code()).map(str::to_string),
    }
    if step == Step::Check {
        flow.key = format!("{:032x}", rand::random::<u128>());
    }
    scope.log(state, &LookedAt::ChangeEffects).await?;
    Ok(page(ctx, flow))
}

pub async fn effects_step(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let (parts, answers) = (parts(&request), Answers::parse(request.uri().query().unwrap_or("")));
    let outcome = effects_or_check(&state, &session, &jar, (&parts, &answers), Step::Effects).await;
    respond(state, outcome, request).await
}

pub async fn check_step(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let (parts, answers) = (parts(&request), Answers::parse(request.uri().query().unwrap_or("")));
    let outcome = effects_or_check(&state, &session, &jar, (&parts, &answers), Step::Check).await;
    respond(state, outcome, request).await
}

/// `POST /change-provider/check`: makes the change, and shows its receipt.
pub async fn confirm(State(state): State<AppState>, session: Session, body: String) -> Response {
    let answers = Answers::parse(&body);
    let key = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == fields::KEY)
        .map(|(_, value)| value.into_owned())
        .filter(|k| !k.is_empty() && k.len() <= 64);
    let check = change_step(Step::Check, answers.agreement, answers.provider);
    let made = async {
        let Some(scope) = scope(&state, &session).await? else { return Ok(None) };
        if !may_act(&state, &scope).await? {
            return Ok(Some(Err(ChangeError::UnknownClient)));
        }
        let (Some(agreement), Some(provider)) = (answers.agreement, answers.provider) else {
            return Ok(Some(Err(ChangeError::UnknownAgreement)));
        };
        let by = Reader::Person(&scope.account).actor();
        let today = state.clock.today();
        Ok::<_, StoreError>(Some(
            changes::make(&state.db, &by, scope.client_id, agreement, provider, key.as_deref(), today).await,
        ))
    }
    .await;
    match made {
        Ok(None) => sign_in_then(&check),
        Ok(Some(Ok(made))) => {
            Redirect::to(&format!("{}?made", paths::my_change(made.change.id))).into_response()
        }
        Ok(Some(Err(ChangeError::Store(error)))) | Err(error) => internal_error(error),
        // Refused now though it was not when the page was made: the page says why.
        Ok(Some(Err(error))) => Redirect::to(&with_error(&check, error.code())).into_response(),
    }
}

/// `/my-changes`: every change of provider and where it stands.
pub async fn my_changes(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let loaded = async {
        let (ctx, scope) = match open(&state, &session, &jar, &parts).await? {
            Ok(opened) => opened,
            Err(elsewhere) => return Ok(elsewhere),
        };
        let page = ChangesPage {
            client_name: scope.client_name.clone(),
            is_self: scope.is_self(),
            changes: changes::list(&state.db, scope.client_id, state.clock.today()).await?,
            may_act: may_act(&state, &scope).await?,
        };
        scope.log(&state, &LookedAt::Changes).await?;
        Ok(Loaded::Page(PageContext { data: PageData::Changes(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

async fn change_page(
    state: &AppState,
    session: &Session,
    jar: &CookieJar,
    (parts, answers): (&(String, HeaderMap), &Answers),
    id: i64,
    confirm_cancel: bool,
) -> Result<Loaded, StoreError> {
    let (ctx, scope) = match open(state, session, jar, parts).await? {
        Ok(opened) => opened,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let Some(change) = changes::find(&state.db, scope.client_id, id, state.clock.today()).await? else {
        return Ok(Loaded::NotFound(ctx));
    };
    let may_act = may_act(state, &scope).await?;
    if confirm_cancel && !may_act {
        return Ok(Loaded::NotFound(ctx));
    }
    let message = if answers.flag("made") {
        Some(msg("change-made-title"))
    } else if answers.flag("cancelled") {
        Some(msg("change-cancelled-title"))
    } else {
        answers.error.as_deref().and_then(message_id)
    };
    scope.log(state, &LookedAt::Change(id)).await?;
    let page = ChangePage {
        client_name: scope.client_name.clone(),
        is_self: scope.is_self(),
        change,
        may_act,
        confirm_cancel,
        message: message.map(str::to_string),
    };
    Ok(Loaded::Page(PageContext { data: PageData::Change(Box::new(page)), ..ctx }))
}

/// `/my-changes/{id}`: the receipt of one change.
pub async fn my_change(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let (parts, answers) = (parts(&request), Answers::parse(request.uri().query().unwrap_or("")));
    let loaded = change_page(&state, &session, &jar, (&parts, &answers), id, false).await;
    respond(state, loaded, request).await
}

/// `/my-changes/{id}/cancel`: "Are you sure you want to cancel this change?"
pub async fn cancel_question(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let (parts, answers) = (parts(&request), Answers::parse(request.uri().query().unwrap_or("")));
    let loaded = change_page(&state, &session, &jar, (&parts, &answers), id, true).await;
    respond(state, loaded, request).await
}

/// `POST /my-changes/{id}/cancel`: cancels the change; the receipt says so.
pub async fn cancel(State(state): State<AppState>, Path(id): Path<i64>, session: Session) -> Response {
    let cancelled = async {
        let Some(scope) = scope(&state, &session).await? else { return Ok(None) };
        if !may_act(&state, &scope).await? {
            return Ok(Some(Err(ChangeError::UnknownChange)));
        }
        let by = Reader::Person(&scope.account).actor();
        Ok::<_, StoreError>(Some(
            changes::cancel(&state.db, &by, scope.client_id, id, state.clock.today()).await,
        ))
    }
    .await;
    let receipt = paths::my_change(id);
    match cancelled {
        Ok(None) => sign_in_then(&paths::cancel_change(id)),
        Ok(Some(Ok(_))) => Redirect::to(&format!("{receipt}?cancelled")).into_response(),
        Ok(Some(Err(ChangeError::Store(error)))) | Err(error) => internal_error(error),
        Ok(Some(Err(ChangeError::UnknownChange | ChangeError::UnknownClient))) => {
            Redirect::to(paths::MY_CHANGES).into_response()
        }
        Ok(Some(Err(error))) => Redirect::to(&with_error(&receipt, error.code())).into_response(),
    }
}

/// `/leave`: what leaving means and the confirmation; once left, the receipt and the optional
/// question why.
pub async fn leave_page(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let answers = Answers::parse(request.uri().query().unwrap_or(""));
    let loaded = async {
        let (ctx, scope) = match open(&state, &session, &jar, &parts).await? {
            Ok(opened) => opened,
            Err(elsewhere) => return Ok(elsewhere),
        };
        let page = LeavePage {
            client_name: scope.client_name.clone(),
            is_self: scope.is_self(),
            may_act: may_act(&state, &scope).await?,
            preview: changes::leave_preview(&state.db, scope.client_id, state.clock.today()).await?,
            departure: changes::departure(&state.db, scope.client_id).await?,
            reason_saved: answers.flag("saved"),
        };
        scope.log(&state, &LookedAt::Leaving).await?;
        Ok(Loaded::Page(PageContext { data: PageData::Leave(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// `POST /leave`: gives notice; the page then shows the receipt.
pub async fn leave(State(state): State<AppState>, session: Session) -> Response {
    let left = async {
        let Some(scope) = scope(&state, &session).await? else { return Ok(None) };
        if !may_act(&state, &scope).await? {
            return Ok(Some(Err(LeaveError::UnknownClient)));
        }
        let by = Reader::Person(&scope.account).actor();
        Ok::<_, StoreError>(Some(changes::leave(&state.db, &by, scope.client_id, state.clock.today()).await))
    }
    .await;
    match left {
        Ok(None) => sign_in_then(paths::LEAVE),
        Ok(Some(Err(LeaveError::Store(error)))) | Err(error) => internal_error(error),
        // Done, done before, or refused: the page shows which.
        Ok(Some(_)) => Redirect::to(paths::LEAVE).into_response(),
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
    let saved = async {
        let Some(scope) = scope(&state, &session).await? else { return Ok(None) };
        Ok::<_, StoreError>(Some(
            changes::save_leave_reasons(&state.db, scope.client_id, &reasons, &text).await,
        ))
    }
    .await;
    match saved {
        Ok(None) => sign_in_then(paths::LEAVE),
        Ok(Some(Ok(()))) => Redirect::to(&format!("{}?saved", paths::LEAVE)).into_response(),
        Ok(Some(Err(LeaveError::Store(error)))) | Err(error) => internal_error(error),
        Ok(Some(Err(error))) => {
            let message_id = match error {
                LeaveError::ReasonTooLong => msg("leave-reason-error-too-long"),
                _ => msg("leave-reason-error-unknown"),
            };
            let values = BTreeMap::from([
                (fields::REASON.to_string(), reasons.join(",")),
                (fields::REASON_TEXT.to_string(), text),
            ]);
            let errors =
                vec![FieldError { field: fields::REASON_TEXT.into(), message_id: message_id.into() }];
            session::set_flash(&session, FormFlash { form: FormId::LeaveReason, values, errors }).await;
            Redirect::to(paths::LEAVE).into_response()
        }
    }
}
