//! The web face of the portal: pages, form posts, health checks, and the layers around them.

mod api;
mod change_pages;
mod client_pages;
mod counsellor_pages;
mod csrf;
mod email_pages;
mod feedback_pages;
mod first_provider_pages;
mod forms;
mod health;
mod help_pages;
mod identify;
mod indicator_pages;
mod joining_pages;
pub mod limits;
mod message_pages;
pub(crate) mod pages;
mod preferences;
mod proposal_pages;
mod provider_pages;
mod provider_survey_pages;
mod provider_work_pages;
pub mod session;
mod session_time;
mod settlement_pages;
pub(crate) mod site_files;
mod upload_pages;
mod visit;
mod wellbeing_pages;
mod whose_pages;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::FromRef;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use leptos::config::LeptosOptions;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::clock::Clock;
use crate::config::Config;
use crate::store::sessions::DbSessionStore;
use crate::store::Db;

/// Everything a request handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub clock: Clock,
    pub leptos: LeptosOptions,
    /// The version of the built site files, in their addresses.
    pub site_version: app::assets::SiteVersion,
    /// Strong identification: the OpenID Connect providers and the portal's keys.
    pub identity: Arc<crate::identity::Identity>,
    /// E-mail, when `PORTAL_SMTP_URL` is set.
    pub mailer: Option<Arc<crate::services::email::Mailer>>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos.clone()
    }
}

/// The session cookie's name. Over HTTPS it carries the `__Host-` prefix: the browser then keeps
/// it only from this host, over HTTPS, for every path, so no neighbour on a shared domain can
/// set or shadow it.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-portal_session"
    } else {
        "portal_session"
    }
}

/// The Content-Security-Policy: only the portal's own files, WebAssembly allowed to compile,
/// inline scripts only with this page's `nonce`. Style attributes stay allowed: the charts'
/// bars are sized by them, and a style cannot run script. Forms post only to the portal, and to
/// the identity providers in `form_targets` (signing out redirects there to end their session).
pub fn content_security_policy(nonce: Option<&str>, form_targets: &[String]) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "'self' 'wasm-unsafe-eval'".to_string(),
    };
    let forms: String = form_targets.iter().map(|t| format!(" {t}")).collect();
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; style-src-attr 'unsafe-inline'; \
         img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'{forms}; \
         frame-ancestors 'none'"
    )
}

pub fn router(state: AppState) -> Router {
    use app::paths;

    // Leptos renders on tokio's tasks. Setting it twice (tests build many routers) is harmless.
    let _ = any_spawner::Executor::init_tokio();

    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(session_cookie_name(state.config.secure_cookies))
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies)
        // The sign-in's own limits are kept in the session (`session::standing`); the record lives
        // on after them, so a form sent too late can wait for the same person to sign in again.
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(state.config.session.absolute_seconds)));

    let hsts = state.config.secure_cookies.then(|| HeaderValue::from_static("max-age=31536000"));

    Router::new()
        .route(paths::HOME, get(client_pages::home))
        .route(paths::STATEMENT, get(client_pages::statement))
        .route(paths::DECISION, get(client_pages::decision))
        .route(paths::GLOSSARY, get(pages::render))
        .route(paths::PROVIDERS, get(provider_pages::find))
        .route(paths::PROVIDER, get(provider_pages::provider))
        .route(paths::COMPARE, get(provider_pages::compare))
        .route(paths::MY_NEEDS, post(provider_pages::save_needs))
        .route(paths::CHANGE_PROVIDER, get(change_pages::service_step))
        .route(paths::CHANGE_PROVIDER_PROVIDER, get(change_pages::provider_step))
        .route(paths::CHANGE_PROVIDER_EFFECTS, get(change_pages::effects_step))
        .route(paths::CHANGE_PROVIDER_CHECK, get(change_pages::check_step).post(change_pages::confirm))
        .route(paths::MY_CHANGES, get(change_pages::my_changes))
        .route(paths::MY_CHANGE, get(change_pages::my_change))
        .route(paths::CANCEL_CHANGE, get(change_pages::cancel_question).post(change_pages::cancel))
        .route(paths::LEAVE, get(change_pages::leave_page).post(change_pages::leave))
        .route(paths::LEAVE_REASON, post(change_pages::leave_reason))
        .route(paths::FEEDBACK, get(feedback_pages::list))
        .route(
            paths::PARTICIPATION,
            get(feedback_pages::participation).post(feedback_pages::save_participation),
        )
        .route(paths::FEEDBACK_ANSWER, get(feedback_pages::answer_page).post(feedback_pages::answer))
        .route(paths::KIOSK_START, get(feedback_pages::kiosk_start))
        .route(paths::KIOSK_THANKS, get(feedback_pages::kiosk_thanks))
        .route(paths::KIOSK, get(feedback_pages::kiosk).post(feedback_pages::kiosk_answer))
        .route(paths::VISIT_CODES, get(feedback_pages::visit_codes).post(feedback_pages::make_visit_code))
        .route(paths::OUR_CLIENTS, get(provider_work_pages::our_clients))
        .route(paths::OUR_RECORDS, get(provider_work_pages::our_records))
        .route(paths::REPORT, get(provider_work_pages::report_form).post(provider_work_pages::report))
        .route(paths::UPLOAD_RECORDS, get(upload_pages::upload_form).post(upload_pages::upload))
        .route(paths::UPLOAD_TEMPLATE, get(upload_pages::template))
        .route(paths::RECORD_UPLOAD, get(upload_pages::upload_page))
        .route(paths::STORE_UPLOAD, post(upload_pages::store))
        .route(paths::PROVIDER_SURVEY, get(provider_survey_pages::page).post(provider_survey_pages::answer))
        .route(paths::MESSAGES, get(message_pages::inbox))
        .route(paths::EMAIL, get(email_pages::page).post(email_pages::save))
        .route(paths::EMAIL_REMOVE, post(email_pages::remove))
        .route(paths::EMAIL_VERIFY, get(email_pages::verify))
        .route(paths::ASK_COUNSELLOR, get(message_pages::ask_page).post(message_pages::ask))
        .route(paths::CONVERSATION, get(message_pages::conversation_page).post(message_pages::answer))
        .route(paths::FEEDBACK_COMMENTS, get(feedback_pages::comments))
        .route(paths::MY_DETAILS, get(client_pages::my_details))
        .route(paths::MY_PLAN, get(client_pages::my_plan))
        .route(paths::PLAN_COMMENTS, post(client_pages::comment_on_plan))
        .route(paths::MY_PROPOSAL, get(proposal_pages::proposal_page).post(proposal_pages::send))
        .route(paths::WITHDRAW_PROPOSAL, post(proposal_pages::withdraw))
        .route(paths::FIRST_PROVIDER, get(first_provider_pages::page).post(first_provider_pages::choose))
        .route(paths::WELLBEING, get(wellbeing_pages::wellbeing))
        .route(paths::SELF_CHECK_SHARE, get(wellbeing_pages::share_page).post(wellbeing_pages::save))
        .route(paths::WELLBEING_SHARING, post(wellbeing_pages::set_sharing))
        .route(paths::SELF_CHECK_QUESTION, get(wellbeing_pages::question_page).post(wellbeing_pages::answer))
        .route(paths::CLIENT_WELLBEING, get(wellbeing_pages::client_wellbeing))
        .route(paths::WHO_LOOKED, get(client_pages::who_looked))
        .route(paths::REFUSED_LOOKS, get(client_pages::refused_looks))
        .route(paths::INDICATORS, get(indicator_pages::indicators))
        .route(paths::INDICATORS_CSV, get(indicator_pages::indicators_csv))
        .route(paths::JOIN, get(joining_pages::join_form).post(joining_pages::apply))
        .route(paths::APPLICATION, get(joining_pages::application).post(joining_pages::answer))
        .route(paths::APPLICATIONS, get(joining_pages::applications))
        .route(paths::REVIEW, get(joining_pages::review))
        .route(paths::ASK, post(joining_pages::ask))
        .route(paths::ACCEPT, post(joining_pages::accept))
        .route(paths::SETTLEMENTS, get(settlement_pages::settlements))
        .route(paths::SETTLEMENT, get(settlement_pages::settlement))
        .route(paths::SETTLEMENT_CSV, get(settlement_pages::settlement_csv))
        .route(paths::SETTLEMENT_PAYMENTS, get(settlement_pages::settlement_payments))
        .route(paths::APPROVE_SETTLEMENT, post(settlement_pages::approve))
        .route(paths::DONE_FOR_ME, get(client_pages::done_for_me))
        .route(paths::WHOSE, get(whose_pages::whose).post(whose_pages::choose))
        .route(paths::HELPERS, get(help_pages::helpers).post(help_pages::let_help))
        .route(paths::END_HELP, post(help_pages::end_help))
        .route(paths::HELP_HOURS, get(help_pages::help_hours).post(help_pages::record_help_hours))
        .route(paths::HELP_HOURS_REMOVE, post(help_pages::remove_help_hours))
        .route(paths::HELP_HOURS_RESTORE, post(help_pages::restore_help_hours))
        .route(paths::CLIENTS, get(counsellor_pages::clients))
        .route(paths::DECISIONS, get(counsellor_pages::decisions))
        .route(paths::OPEN_CLIENT, post(counsellor_pages::open_client))
        .route(paths::CONTACT, get(counsellor_pages::contact_page).post(counsellor_pages::record_contact))
        .route(paths::PLAN_FORM, get(counsellor_pages::plan_page).post(counsellor_pages::save_plan))
        .route(paths::MANDATES, get(counsellor_pages::mandates_page).post(counsellor_pages::set_mandate))
        .route(
            paths::DECISION_FORM,
            get(counsellor_pages::decision_page).post(counsellor_pages::save_decision),
        )
        .route(
            paths::PROPOSAL_ANSWER,
            get(counsellor_pages::proposal_page).post(counsellor_pages::answer_proposal),
        )
        .route(paths::HELD, get(counsellor_pages::held_page))
        .route(paths::RELEASE_RECORD, post(counsellor_pages::release_record))
        .route(paths::REFUSE_RECORD, post(counsellor_pages::refuse_record))
        .route(paths::END_MANDATE, post(counsellor_pages::end_mandate))
        .route(
            paths::CLIENT_SIGN_IN,
            get(counsellor_pages::sign_in_page).post(counsellor_pages::let_client_sign_in),
        )
        .route(paths::RELATIVE_SIGN_IN, post(counsellor_pages::let_relative_sign_in))
        .route(paths::SIGN_IN, get(pages::render).post(forms::sign_in))
        .route(paths::ACCESSIBILITY, get(pages::render))
        .route(paths::SIGN_OUT, post(forms::sign_out))
        .route(paths::IDENTIFY, get(identify::identify))
        .route(paths::IDENTIFIED, get(identify::identified))
        .route(paths::NOT_KNOWN, get(pages::render))
        .route(paths::JWKS, get(identify::public_keys))
        .route(paths::BACK_CHANNEL_LOGOUT, post(identify::back_channel_logout))
        .route(paths::PREFERENCES, post(forms::preferences))
        .route(paths::SESSION, get(session_time::how_long).post(session_time::stay))
        .nest("/api", api::routes())
        .route("/healthz", get(health::alive))
        .route("/readyz", get(health::ready))
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), session_time::keep_late_forms))
        .layer(sessions)
        .layer(axum::middleware::from_fn_with_state(state.clone(), site_files::serve))
        .layer(axum::middleware::from_fn(csrf::same_origin_only))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        // Pages set their own policy, with the nonce of their scripts (`pages::render_with`);
        // everything else (files, the API, plain answers) runs no inline script at all.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&content_security_policy(None, &[])).expect("a valid header"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        // Where cookies are sent only over HTTPS, the browser is told to use nothing else.
        .layer(SetResponseHeaderLayer::overriding(header::STRICT_TRANSPORT_SECURITY, move |_: &Response| {
            hsts.clone()
        }))
        // Pages and API answers carry personal data: no copy stays in a shared computer's cache
        // (the back button after signing out asks the server again). The site's files say
        // otherwise themselves (`site_files`).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
