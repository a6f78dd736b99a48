//! A sign-in's time limits as a person meets them (WCAG 2.2.1, docs/decisions/0021): the warning
//! island asks how long is left and stays signed in with one button, and a form sent after the
//! sign-in ran out is kept until its sender signs in again.

use std::collections::BTreeMap;

use app::context::{FormFlash, FormId, SessionTime, FORM_FIELD};
use app::i18n::format;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum_extra::extract::cookie::CookieJar;
use tower_sessions::Session;

use super::pages::{ended_at_provider, internal_error};
use super::session::{self, KeptForm, Standing};
use super::{preferences, AppState};
use crate::clock::{helsinki_day_and_time, now_unix};
use crate::store::accounts;

/// The most of a form kept: the longest form, the decision, is well under this.
const KEPT_FORM_LIMIT: usize = 64 * 1024;

/// GET: how long the sign-in lasts, without counting the asking as use.
pub async fn how_long(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    headers: HeaderMap,
) -> Response {
    answer(&state, &session, &jar, &headers).await
}

/// POST: stay signed in. The button in the warning sends it.
pub async fn stay(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    headers: HeaderMap,
) -> Response {
    session::account_id(&session, state.config.session).await;
    answer(&state, &session, &jar, &headers).await
}

async fn answer(state: &AppState, session: &Session, jar: &CookieJar, headers: &HeaderMap) -> Response {
    // A sign-in its provider has ended is over, though its own time has not run out.
    let standing = match ended_at_provider(state, session).await {
        Ok(false) => session::standing(session, state.config.session).await,
        Ok(true) => Standing::NotSignedIn,
        Err(error) => return internal_error(error),
    };
    let now = now_unix();
    let ends_at = standing.ends_at().unwrap_or(now);
    let account = match standing {
        Standing::SignedIn { account_id, .. } => match accounts::find(&state.db, account_id).await {
            Ok(account) => account,
            Err(error) => return internal_error(error),
        },
        Standing::Lapsed { .. } | Standing::NotSignedIn => None,
    };
    let prefs = preferences::resolve(account.as_ref(), jar, headers);
    let t = prefs.i18n();
    let time = format::time(prefs.lang, &helsinki_day_and_time(ends_at).1);
    Json(SessionTime {
        signed_in: account.is_some(),
        ends_in: (ends_at - now).max(0),
        until: t.text_with("session-until", &[("time", time.clone().into())]),
        warning: t.text_with("session-warning-text", &[("time", time.into())]),
    })
    .into_response()
}

/// Keeps what a form said when it arrives after its sender's sign-in ran out, if the form names
/// itself ([`app::components::form::FormName`]). The post then goes on as any post without a
/// sign-in does: to the sign-in page, and back to the form's page after, where it is filled in.
pub async fn keep_late_forms(
    State(state): State<AppState>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if request.method() != Method::POST || !is_form {
        return next.run(request).await;
    }
    // Asking for the account ends a sign-in that ran out, before the form is kept beside it.
    if session::account_id(&session, state.config.session).await.is_some() {
        return next.run(request).await;
    }
    let Standing::Lapsed { account_id } = session::standing(&session, state.config.session).await else {
        return next.run(request).await;
    };
    let (head, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, KEPT_FORM_LIMIT).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let mut values: BTreeMap<String, String> = form_urlencoded::parse(&bytes).into_owned().collect();
    if let Some(form) = values.remove(FORM_FIELD).as_deref().and_then(FormId::parse) {
        let flash = FormFlash { form, values, errors: Vec::new() };
        session::keep_form(&session, KeptForm { account_id, flash }).await;
    }
    next.run(Request::from_parts(head, Body::from(bytes))).await
}
