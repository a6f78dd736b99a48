//! The feedback pages: "Tell us how it went" with its answer forms and the process and
//! participation questions; feedback at the service place without signing in (`/f`); the
//! provider's visit codes; the organiser's list of words and contact requests.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::context::{FieldError, FormFlash, FormId, PageData};
use app::feedback::{
    fields, AnswerPage, FeedbackListPage, KioskPage, MadeCode, ParticipationPage, VisitCode, VisitCodesPage,
};
use app::i18n::msg;
use app::paths;
use app::role::Role;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, Request, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use qrcode::render::svg;
use qrcode::QrCode;
use tower_sessions::Session;

use super::pages::{internal_error, signed_in_account};
use super::visit::{
    acting_scope, acting_scope_on, not_found_answer, sign_in_then, Matters, Named, PageResult, SignedIn,
    Visit,
};
use super::{limits, session, AppState};
use crate::rules::feedback::{
    normalise_code, Answer, FeedbackRefusal, ParticipationAnswer, Score, MAX_WORDS,
};
use crate::rules::Product;
use crate::services::access::{self, Act, Reader};
use crate::services::feedback::{self, FeedbackError};
use crate::store::accounts::Account;
use crate::store::StoreError;

/// `/feedback`: the open invitations as cards, and the questions when they are due.
pub async fn list(Matters { visit, scope }: Matters) -> PageResult {
    let db = &visit.state.db;
    let today = visit.today();
    let invitations = feedback::open_invitations(db, scope.client_id, today).await?;
    let may_answer = scope.may_act(&visit.state).await?;
    let participation = match may_answer {
        true => feedback::participation_due(db, scope.client_id, today).await?,
        false => None,
    };
    scope.log(&visit.state, &LookedAt::FeedbackInvitations).await?;
    let page = FeedbackListPage {
        client_name: scope.client_name.clone(),
        is_self: scope.is_self(),
        invitations,
        may_answer,
        participation,
        participation_saved: visit.query_value("saved").is_some(),
    };
    Ok(visit.page(PageData::FeedbackList(Box::new(page))).await)
}

/// `/feedback/{id}`: the faces for one invitation, the thank-you page after answering, or why
/// it cannot be answered. Someone else's invitation is "not found", and the asking is logged.
pub async fn answer_page(Path(id): Path<i64>, visit: Visit) -> PageResult {
    let Some(scope) = visit.scope() else {
        if let Some(account) = &visit.account {
            log_if_another_clients(&visit.state, account, id).await?;
            return Ok(visit.not_found().await);
        }
        return Ok(visit.to_sign_in());
    };
    let found = feedback::invitation(&visit.state.db, scope.client_id, id, visit.today()).await?;
    let Some(invitation) = found else {
        log_if_another_clients(&visit.state, &scope.account, id).await?;
        return Ok(visit.not_found().await);
    };
    if !scope.may_act(&visit.state).await? {
        let reader = Reader::Person(&scope.account);
        access::log_refusal(&visit.state.db, reader, scope.client_id, Act::AnswerFeedback.code()).await?;
        return Ok(visit.not_found().await);
    }
    scope.log(&visit.state, &LookedAt::FeedbackInvitation).await?;
    let sent = visit.query_value("sent").is_some();
    let page =
        AnswerPage { client_name: scope.client_name.clone(), is_self: scope.is_self(), invitation, sent };
    Ok(visit.page(PageData::FeedbackAnswer(Box::new(page))).await)
}

/// An invitation that is not the asker's: if it is another client's, perhaps reached by changing
/// the number in the address, the refusal is logged.
async fn log_if_another_clients(state: &AppState, account: &Account, id: i64) -> Result<(), StoreError> {
    match feedback::owner_of_invitation(&state.db, id).await? {
        Some(owner) => {
            let what = LookedAt::FeedbackInvitation.code();
            access::log_refusal(&state.db, Reader::Person(account), owner, &what).await
        }
        None => Ok(()),
    }
}

/// The fields of an answer form.
fn read_answer(body: &str) -> Answer {
    let mut answer = Answer::default();
    for (name, value) in form_urlencoded::parse(body.as_bytes()) {
        match name.as_ref() {
            fields::SCORE => answer.score = value.parse().ok(),
            fields::WORDS => answer.words = value.into_owned(),
            fields::CONTACT => answer.contact_me = true,
            _ => {}
        }
    }
    answer
}

/// Keeps what was given and says what is wrong, for the form to show once.
async fn flash_refusal(session: &Session, form: FormId, answer: &Answer, refusal: FeedbackRefusal) {
    let error = match refusal {
        FeedbackRefusal::WordsTooLong => {
            FieldError::new(fields::WORDS, msg("feedback-error-words-too-long")).with("max", MAX_WORDS)
        }
        _ => FieldError::new(fields::SCORE, msg("feedback-error-score-missing")),
    };
    let mut values = BTreeMap::from([(fields::WORDS.to_string(), answer.words.clone())]);
    if let Some(score) = answer.score {
        values.insert(fields::SCORE.to_string(), score.to_string());
    }
    if answer.contact_me {
        values.insert(fields::CONTACT.to_string(), "on".to_string());
    }
    let errors = vec![error];
    session::set_flash(session, FormFlash { form, values, errors }).await;
}

/// POST `/feedback/{id}`: the one answer to an invitation.
pub async fn answer(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    session: Session,
    body: String,
) -> Response {
    let given = read_answer(&body);
    let back = paths::feedback_answer(id);
    let owner = match feedback::owner_of_invitation(&state.db, id).await {
        Ok(owner) => owner,
        Err(error) => return internal_error(error),
    };
    let scope = match acting_scope_on(&state, &session, &back, Named(owner)).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    match feedback::answer(&state.db, scope.client_id, id, &given, &by, state.clock.today()).await {
        Ok(()) => Redirect::to(&format!("{back}?sent")).into_response(),
        Err(FeedbackError::Refused(
            refusal @ (FeedbackRefusal::ScoreMissing | FeedbackRefusal::WordsTooLong),
        )) => {
            flash_refusal(&session, FormId::FeedbackAnswer, &given, refusal).await;
            Redirect::to(&back).into_response()
        }
        // Answered or closed meanwhile, or not this person's: the page says which.
        Err(FeedbackError::Refused(_) | FeedbackError::NotFound | FeedbackError::ServiceNotOffered) => {
            Redirect::to(&back).into_response()
        }
        Err(FeedbackError::Store(error)) => internal_error(error),
    }
}

/// `/feedback/questions`: the process and participation questions, when due.
pub async fn participation(Matters { visit, scope }: Matters) -> PageResult {
    if !scope.may_act(&visit.state).await? {
        return Ok(visit.not_found().await);
    }
    let occasion = feedback::participation_due(&visit.state.db, scope.client_id, visit.today()).await?;
    let page =
        ParticipationPage { client_name: scope.client_name.clone(), is_self: scope.is_self(), occasion };
    Ok(visit.page(PageData::Participation(Box::new(page))).await)
}

/// POST `/feedback/questions`: the answers, any of them left out, or "skip" for all.
pub async fn save_participation(State(state): State<AppState>, session: Session, body: String) -> Response {
    let mut occasion = String::new();
    let mut answer = ParticipationAnswer::default();
    let mut skip = false;
    for (name, value) in form_urlencoded::parse(body.as_bytes()) {
        let score = value.parse().ok().and_then(Score::new);
        match name.as_ref() {
            fields::OCCASION => occasion = value.into_owned(),
            fields::PROCESS => answer.process = score,
            fields::HEARD => answer.heard = score,
            fields::CHOICE => answer.choice = score,
            fields::SKIP => skip = true,
            _ => {}
        }
    }
    if skip {
        answer = ParticipationAnswer::default();
    }
    let scope = match acting_scope(&state, &session, paths::PARTICIPATION).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let by = Reader::Person(&scope.account).actor();
    let today = state.clock.today();
    match feedback::answer_participation(&state.db, scope.client_id, &occasion, answer, &by, today).await {
        Ok(_) => Redirect::to(&format!("{}?saved", paths::FEEDBACK)).into_response(),
        Err(error) => internal_error(error),
    }
}

/// A kiosk page, never kept by the browser: nothing of one person's answer may stay for the
/// next on a shared tablet.
async fn kiosk_page(visit: Visit, page: KioskPage) -> Response {
    let status = match page {
        KioskPage::Start { unknown: true } => StatusCode::NOT_FOUND,
        KioskPage::Busy => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::OK,
    };
    let mut response = visit.page(PageData::Kiosk(page)).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    response
}

/// `/f`: type the code from the paper. `?code=` comes from that form.
pub async fn kiosk_start(visit: Visit) -> Response {
    let typed = visit.query_value(fields::CODE);
    match typed.map(|typed| normalise_code(&typed)) {
        Some(Some(code)) => Redirect::to(&paths::kiosk(&code)).into_response(),
        Some(None) => kiosk_page(visit, KioskPage::Start { unknown: true }).await,
        None => kiosk_page(visit, KioskPage::Start { unknown: false }).await,
    }
}

/// `/f/{code}`: the faces for this visit, or why they cannot be given.
pub async fn kiosk(Path(code): Path<String>, visit: Visit, request: Request<Body>) -> Response {
    match limits::allow_lookup(&visit.state.db, limits::place(request.extensions())).await {
        Ok(true) => {}
        Ok(false) => return kiosk_page(visit, KioskPage::Busy).await,
        Err(error) => return internal_error(error),
    }
    let page = match feedback::visit(&visit.state.db, &code, visit.today()).await {
        Ok(found) => KioskPage::Form {
            code: found.code,
            provider: found.provider,
            product: found.service.code().to_string(),
        },
        Err(FeedbackError::Refused(FeedbackRefusal::CodeExpired)) => KioskPage::Expired,
        Err(FeedbackError::Refused(_)) => KioskPage::Used,
        Err(FeedbackError::NotFound | FeedbackError::ServiceNotOffered) => KioskPage::Start { unknown: true },
        Err(FeedbackError::Store(error)) => return internal_error(error),
    };
    kiosk_page(visit, page).await
}

/// POST `/f/{code}`: the one answer for this visit.
pub async fn kiosk_answer(Path(code): Path<String>, visit: Visit, request: Request<Body>) -> Response {
    match limits::allow_answer(&visit.state.db, limits::place(request.extensions()), &code).await {
        Ok(true) => {}
        Ok(false) => return kiosk_page(visit, KioskPage::Busy).await,
        Err(error) => return internal_error(error),
    }
    let back = paths::kiosk(&code);
    let body = match axum::body::to_bytes(request.into_body(), 64 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let given = read_answer(&body);
    match feedback::answer_visit(&visit.state.db, &code, &given, visit.today()).await {
        Ok(()) => Redirect::to(paths::KIOSK_THANKS).into_response(),
        Err(FeedbackError::Refused(
            refusal @ (FeedbackRefusal::ScoreMissing | FeedbackRefusal::WordsTooLong),
        )) => {
            flash_refusal(&visit.session, FormId::Kiosk, &given, refusal).await;
            Redirect::to(&back).into_response()
        }
        Err(FeedbackError::Store(error)) => internal_error(error),
        Err(_) => Redirect::to(&back).into_response(),
    }
}

/// `/f/thanks`: says what happens to the answer, then goes back to the start by itself.
pub async fn kiosk_thanks(visit: Visit) -> Response {
    kiosk_page(visit, KioskPage::Thanks).await
}

/// The full address of a visit code's page, for the paper and its QR code.
fn full_address(state: &AppState, host: &str, path: &str) -> String {
    let scheme = if state.config.secure_cookies { "https" } else { "http" };
    format!("{scheme}://{host}{path}")
}

fn qr_svg(address: &str) -> String {
    match QrCode::new(address.as_bytes()) {
        Ok(code) => {
            let svg = code.render::<svg::Color>().min_dimensions(200, 200).quiet_zone(true).build();
            // Inline in the page: without the XML declaration.
            svg.find("<svg").map_or(String::new(), |start| svg[start..].to_string())
        }
        Err(_) => String::new(),
    }
}

/// `/visit-codes`: a provider's page for making a code for a visit, printable with a QR code.
pub async fn visit_codes(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let db = &visit.state.db;
    let (provider, services) = feedback::offered(db, provider_id).await?;
    let made = match visit.query_value("made") {
        Some(code) => feedback::own_visit_code(db, provider_id, &code).await?.map(|code: VisitCode| {
            let address = full_address(&visit.state, visit.host(), &code.path);
            MadeCode { qr_svg: qr_svg(&address), address, code }
        }),
        None => None,
    };
    let page =
        VisitCodesPage { provider, services: services.iter().map(|p| p.code().to_string()).collect(), made };
    Ok(visit.page(PageData::VisitCodes(Box::new(page))).await)
}

/// POST `/visit-codes`: makes a code for the chosen service.
pub async fn make_visit_code(State(state): State<AppState>, session: Session, body: String) -> Response {
    let service = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == fields::SERVICE)
        .and_then(|(_, value)| Product::parse(&value));
    let made = async {
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(None) };
        let Some(provider_id) = account.provider_id.filter(|_| account.role == Role::Provider) else {
            return Ok(Some(Err(FeedbackError::NotFound)));
        };
        let Some(service) = service else { return Ok(Some(Err(FeedbackError::ServiceNotOffered))) };
        let today = state.clock.today();
        Ok::<_, StoreError>(Some(
            feedback::make_visit_code(&state.db, provider_id, service, &account.display_name, today).await,
        ))
    }
    .await;
    match made {
        Ok(None) => sign_in_then(paths::VISIT_CODES),
        Ok(Some(Ok(code))) => {
            Redirect::to(&format!("{}?made={}", paths::VISIT_CODES, code.code)).into_response()
        }
        Ok(Some(Err(FeedbackError::Store(error)))) | Err(error) => internal_error(error),
        // Not a provider: the page does not exist for them.
        Ok(Some(Err(FeedbackError::NotFound))) => not_found_answer(),
        Ok(Some(Err(_))) => {
            let errors = vec![FieldError::new(fields::SERVICE, msg("visit-codes-error-service"))];
            session::set_flash(
                &session,
                FormFlash { form: FormId::VisitCode, values: BTreeMap::new(), errors },
            )
            .await;
            Redirect::to(paths::VISIT_CODES).into_response()
        }
    }
}

/// `/feedback-comments?before=ID`: the organiser's list of own words and contact requests, a
/// page at a time. Each client named on the page has the look in their access log.
pub async fn comments(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Organiser).await?;
    let before = match visit.query_value(paths::BEFORE) {
        Some(asked) => match asked.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => return Ok(visit.not_found().await),
        },
        None => None,
    };
    let (page, mut named) = feedback::comments(&visit.state.db, before).await?;
    named.sort_unstable();
    named.dedup();
    access::log_reads(&visit.state.db, Reader::Person(&account), &named, &LookedAt::FeedbackContactRequest)
        .await?;
    Ok(visit.page(PageData::FeedbackComments(Box::new(page))).await)
}
