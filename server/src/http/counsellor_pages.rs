//! The counsellor workspace: the counsellor's clients with what needs attention, opening a
//! client's pages as the client sees them, recording a guidance contact, setting mandates, making
//! or changing the decision, and reviewing records held for review. Only the client's
//! own counsellor gets anything; any other id answers 404 and is logged as a refused look.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::context::{FieldError, FormFlash, FormId, PageContext, PageData, Role};
use app::counsellor::{
    review_fields, ClientsPage, ContactPage, DecisionFormPage, HeldPage, MandatesPage, Reviewed,
};
use app::paths;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use tower_sessions::Session;

use super::client_pages::{context, parts, respond, sign_in_then, Loaded};
use super::pages::{internal_error, signed_in_account};
use super::{session, AppState};
use crate::clock::now_unix;
use crate::services::access::{self, Reader};
use crate::services::reviews::{self, ReviewError};
use crate::services::{budget, counsellor, decision_form, mandates};
use crate::store::accounts::Account;
use crate::store::budget::date_text;
use crate::store::counsellor as store;
use crate::store::StoreError;

/// `/clients`: the counsellor's clients, what needs attention, and the next agreed contacts.
pub async fn clients(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let recorded = query_value(&request, "recorded").and_then(|value| value.parse::<i64>().ok());
    let loaded = async {
        let account = signed_in_account(&state, &session).await?;
        // The workspace is no client's page: coming back to it closes the client opened.
        if account.as_ref().is_some_and(|a| a.role == Role::Counsellor) {
            session::forget_client(&session).await;
        }
        let ctx = context(&state, &session, &jar, &parts).await?;
        let account = match account {
            Some(account) if account.role == Role::Counsellor => account,
            Some(_) => return Ok(Loaded::NotFound(ctx)),
            None => return Ok(Loaded::SignIn),
        };
        let clients = counsellor::workspace(&state.db, &account, state.clock.today()).await?;
        let recorded_for =
            recorded.and_then(|id| clients.iter().find(|c| c.client_id == id)).map(|c| c.name.clone());
        let page = ClientsPage { clients, recorded_for };
        Ok(Loaded::Page(PageContext { data: PageData::Clients(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// POST `/clients/{id}/open`: the client's pages from now on show this client's matters, read
/// only, each look logged. Another counsellor's client changes nothing, and is logged.
pub async fn open_client(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let opened = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else {
            return Ok(Err(Loaded::SignIn));
        };
        if counselled(&state, &account, client_id, "open a client's pages").await?.is_none() {
            return Ok(Err(Loaded::NotFound(ctx)));
        }
        session::choose_client(&session, client_id).await;
        Ok::<_, StoreError>(Ok(()))
    }
    .await;
    match opened {
        Ok(Ok(())) => Redirect::to(paths::HOME).into_response(),
        Ok(Err(Loaded::SignIn)) => sign_in_then(paths::CLIENTS),
        Ok(Err(elsewhere)) => respond(state, Ok(elsewhere), request).await,
        Err(error) => internal_error(error),
    }
}

/// `/clients/{id}/contact`: the form to record a guidance contact, and the contacts so far.
pub async fn contact_page(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let loaded = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(Loaded::SignIn) };
        let Some(client_name) = counselled(&state, &account, client_id, "guidance contacts").await? else {
            return Ok(Loaded::NotFound(ctx));
        };
        let contacts = counsellor::contacts(&state.db, client_id).await?;
        access::log_read(&state.db, Reader::Person(&account), client_id, &LookedAt::Contacts).await?;
        let today = date_text(state.clock.today());
        let page = ContactPage { client_id, client_name, today, contacts };
        Ok(Loaded::Page(PageContext { data: PageData::Contact(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// POST `/clients/{id}/contact`: records the contact, or brings the form back filled in with
/// each error beside its field.
pub async fn record_contact(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let post = ClientPost { client_id, what: "record a guidance contact", back: paths::contact(client_id) };
    post.answer(state, session, jar, request, async |state, account, form| {
        match counsellor::check_contact(form, state.clock.today()) {
            Ok(contact) => {
                counsellor::record_contact(&state.db, account, client_id, &contact, now_unix()).await?;
                Ok(Outcome::Go(format!("{}?recorded={client_id}", paths::CLIENTS)))
            }
            Err(errors) => {
                Ok(Outcome::back(FormId::Contact, errors.iter().map(|e| (e.field(), e.message_id()))))
            }
        }
    })
    .await
}

/// `/clients/{id}/mandates`: the relatives who may handle the client's matters, and the form to
/// let one look, or also act, until a day or with no end.
pub async fn mandates_page(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let done = query_value(&request, "done").filter(|value| value == "set" || value == "ended");
    let loaded = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(Loaded::SignIn) };
        let Some(client_name) = counselled(&state, &account, client_id, "mandates").await? else {
            return Ok(Loaded::NotFound(ctx));
        };
        let today = state.clock.today();
        let mandates = mandates::in_force(&state.db, client_id, today).await?;
        let relatives = mandates::relatives(&state.db).await?;
        access::log_read(&state.db, Reader::Person(&account), client_id, &LookedAt::Mandates).await?;
        let page = MandatesPage { client_id, client_name, mandates, relatives, done };
        Ok(Loaded::Page(PageContext { data: PageData::Mandates(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// POST `/clients/{id}/mandates`: sets the mandate in the counsellor's name, or brings the form
/// back filled in with each error beside its field.
pub async fn set_mandate(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let back = paths::mandates(client_id);
    let post = ClientPost { client_id, what: "set a mandate", back: back.clone() };
    post.answer(state, session, jar, request, async |state, account, form| {
        let relatives = mandates::relatives(&state.db).await?;
        match mandates::check(form, &relatives, state.clock.today()) {
            Ok(mandate) => {
                mandates::set(&state.db, account, client_id, &mandate).await?;
                Ok(Outcome::Go(format!("{back}?done=set")))
            }
            Err(errors) => {
                Ok(Outcome::back(FormId::Mandate, errors.iter().map(|e| (e.field(), e.message_id()))))
            }
        }
    })
    .await
}

/// POST `/clients/{id}/mandates/{mandate}/end`: the mandate no longer holds from today.
pub async fn end_mandate(
    State(state): State<AppState>,
    Path((client_id, mandate_id)): Path<(i64, i64)>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let back = paths::mandates(client_id);
    let post = ClientPost { client_id, what: "end a mandate", back: back.clone() };
    post.answer(state, session, jar, request, async |state, account, _| {
        let ended = mandates::end(&state.db, account, client_id, mandate_id, state.clock.today()).await?;
        Ok(Outcome::Go(if ended { format!("{back}?done=ended") } else { back }))
    })
    .await
}

/// `/clients/{id}/decision`: the client's decision, and the form to make or change it.
pub async fn decision_page(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let saved = query_value(&request, "saved").is_some();
    let loaded = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(Loaded::SignIn) };
        let Some(client_name) = counselled(&state, &account, client_id, "decision form").await? else {
            return Ok(Loaded::NotFound(ctx));
        };
        let decision = budget::decision(&state.db, client_id, state.clock.today()).await?;
        access::log_read(&state.db, Reader::Person(&account), client_id, &LookedAt::Decision).await?;
        let services = decision_form::services();
        let page = DecisionFormPage { client_id, client_name, decision, services, saved };
        Ok(Loaded::Page(PageContext { data: PageData::DecisionForm(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// POST `/clients/{id}/decision`: saves the decision in the counsellor's name, or brings the
/// form back filled in with each error beside its field.
pub async fn save_decision(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let back = paths::decision_form(client_id);
    let post = ClientPost { client_id, what: "make or change a decision", back: back.clone() };
    post.answer(state, session, jar, request, async |state, account, form| {
        let saved = match decision_form::check(form) {
            Ok(decision) => {
                decision_form::save(&state.db, account, client_id, &decision, state.clock.today()).await?
            }
            Err(errors) => Err(errors),
        };
        Ok(match saved {
            Ok(()) => Outcome::Go(format!("{back}?saved")),
            Err(errors) => {
                Outcome::back(FormId::Decision, errors.iter().map(|e| (e.field(), e.message_id())))
            }
        })
    })
    .await
}

/// `/clients/{id}/held`: the client's records held for review, and what is left to charge them.
pub async fn held_page(
    State(state): State<AppState>,
    Path(client_id): Path<i64>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let done = query_value(&request, "done").and_then(|value| Reviewed::parse(&value));
    let loaded = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(Loaded::SignIn) };
        let Some(client_name) = counselled(&state, &account, client_id, "held records").await? else {
            return Ok(Loaded::NotFound(ctx));
        };
        let budget = budget::budget(&state.db, client_id, state.clock.today()).await?;
        access::log_read(&state.db, Reader::Person(&account), client_id, &LookedAt::HeldRecords).await?;
        let (left, held) = match budget {
            Some(budget) => (Some(budget.left), budget.held),
            None => (None, Vec::new()),
        };
        let page = HeldPage { client_id, client_name, left, held, done };
        Ok(Loaded::Page(PageContext { data: PageData::Held(Box::new(page)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// POST `/clients/{id}/held/{record}/release`: charges the record if it fits in what is left.
pub async fn release_record(
    State(state): State<AppState>,
    Path((client_id, record_id)): Path<(i64, i64)>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let back = paths::held(client_id);
    let post = ClientPost { client_id, what: "release a held record", back: back.clone() };
    post.answer(state, session, jar, request, async |state, account, _| {
        let released = reviews::release(&state.db, account, client_id, record_id, state.clock.today()).await;
        reviewed(released, record_id, &back, Reviewed::Released)
    })
    .await
}

/// POST `/clients/{id}/held/{record}/refuse`: refuses the record with the reason given.
pub async fn refuse_record(
    State(state): State<AppState>,
    Path((client_id, record_id)): Path<(i64, i64)>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let back = paths::held(client_id);
    let post = ClientPost { client_id, what: "refuse a held record", back: back.clone() };
    post.answer(state, session, jar, request, async |state, account, form| {
        let reason = form.get(review_fields::REASON).map(String::as_str).unwrap_or("");
        let refused = reviews::refuse(&state.db, account, client_id, record_id, reason).await;
        reviewed(refused, record_id, &back, Reviewed::Refused)
    })
    .await
}

/// A review done goes back to the list saying so; one that was not comes back with its error on
/// the record's card, or for the page as a whole when the record is no longer held.
fn reviewed(
    result: Result<(), ReviewError>,
    record_id: i64,
    back: &str,
    done: Reviewed,
) -> Result<Outcome, StoreError> {
    let error = match result {
        Ok(()) => return Ok(Outcome::Go(format!("{back}?done={}", done.code()))),
        Err(ReviewError::Store(error)) => return Err(error),
        Err(error) => error,
    };
    let field = match error {
        ReviewError::NotHeld => String::new(),
        _ => error.field(record_id),
    };
    Ok(Outcome::back(FormId::Review, [(field, error.message_id())]))
}

/// A post about one client in the workspace: only their counsellor gets it done.
struct ClientPost {
    client_id: i64,
    /// What was asked, for the log of refusals.
    what: &'static str,
    /// The form's page, where the form comes back with its errors.
    back: String,
}

/// What a workspace post came to.
enum Outcome {
    /// Done; go on to this address.
    Go(String),
    /// The form back, filled in, with these errors.
    Back { form: FormId, errors: Vec<FieldError> },
}

impl Outcome {
    fn back<F: Into<String>>(form: FormId, errors: impl IntoIterator<Item = (F, &'static str)>) -> Outcome {
        let errors = errors
            .into_iter()
            .map(|(field, id)| FieldError { field: field.into(), message_id: id.into() })
            .collect();
        Outcome::Back { form, errors }
    }
}

impl ClientPost {
    /// Reads the form, lets the client's counsellor `act` on it, and answers: anyone else is
    /// sent to sign in, or gets 404 with the asking logged.
    async fn answer(
        self,
        state: AppState,
        session: Session,
        jar: CookieJar,
        request: Request<Body>,
        act: impl AsyncFnOnce(&AppState, &Account, &BTreeMap<String, String>) -> Result<Outcome, StoreError>,
    ) -> Response {
        let (request, form) = match read_form(request).await {
            Ok(read) => read,
            Err(too_large) => return too_large,
        };
        let parts = parts(&request);
        let done = async {
            let ctx = context(&state, &session, &jar, &parts).await?;
            let Some(account) = signed_in_account(&state, &session).await? else {
                return Ok(Err(Loaded::SignIn));
            };
            if counselled(&state, &account, self.client_id, self.what).await?.is_none() {
                return Ok(Err(Loaded::NotFound(ctx)));
            }
            Ok::<_, StoreError>(Ok(act(&state, &account, &form).await?))
        }
        .await;
        match done {
            Ok(Ok(Outcome::Go(to))) => Redirect::to(&to).into_response(),
            Ok(Ok(Outcome::Back { form: id, errors })) => {
                session::set_flash(&session, FormFlash { form: id, values: form, errors }).await;
                Redirect::to(&self.back).into_response()
            }
            Ok(Err(Loaded::SignIn)) => sign_in_then(&self.back),
            Ok(Err(elsewhere)) => respond(state, Ok(elsewhere), request).await,
            Err(error) => internal_error(error),
        }
    }
}

/// One value of the address's query: what a post that went through says to the page it leads to.
fn query_value(request: &Request<Body>, name: &str) -> Option<String> {
    form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// A posted form, read whole, and the request without its body for rendering an answer.
async fn read_form(request: Request<Body>) -> Result<(Request<Body>, BTreeMap<String, String>), Response> {
    let (head, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    let form = form_urlencoded::parse(&body).into_owned().collect();
    Ok((Request::from_parts(head, Body::empty()), form))
}

/// The client's name when the account is their counsellor; otherwise, whoever asked, the asking
/// is logged as a refusal and there is nothing.
async fn counselled(
    state: &AppState,
    account: &Account,
    client_id: i64,
    what: &str,
) -> Result<Option<String>, StoreError> {
    let name = match account.role {
        Role::Counsellor => store::counselled_name(&state.db, account.id, client_id).await?,
        _ => None,
    };
    if name.is_none() {
        access::log_refusal(&state.db, Reader::Person(account), client_id, what).await?;
    }
    Ok(name)
}
