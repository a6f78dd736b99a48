//! Form posts from the pages. Each answers with a redirect (post/redirect/get): on success to
//! where the person was going, on error back to the form with the values and errors kept in
//! the session for one page view. Works the same with and without JavaScript.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId};
use app::i18n::{msg, Lang, Preferences, TextSize};
use app::pages::sign_in::{PASSWORD, USERNAME};
use app::paths;
use axum::extract::State;
use axum::http::{Extensions, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;
use tower_sessions::Session;

use super::pages::{internal_error, signed_in_account};
use super::{limits, preferences, session, AppState};
use crate::services::sign_in::{sign_in as check_sign_in, SignInError};
use crate::store::accounts::{self, Account};

fn safe_return(path: Option<&str>) -> &str {
    path.filter(|p| paths::is_safe_return_path(p)).unwrap_or(paths::HOME)
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    return_to: Option<String>,
}

pub async fn sign_in(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    headers: HeaderMap,
    extensions: Extensions,
    Form(form): Form<SignInForm>,
) -> Response {
    // Outside the demo, only where explicitly allowed (PORTAL_PASSWORD_SIGN_IN=allow).
    if !state.config.identification.passwords {
        return axum::http::StatusCode::FORBIDDEN.into_response();
    }
    let return_to = safe_return(form.return_to.as_deref()).to_string();
    let mut errors = Vec::new();
    if form.username.trim().is_empty() {
        errors.push(FieldError::new(USERNAME, msg("sign-in-error-username-missing")));
    }
    if form.password.is_empty() {
        errors.push(FieldError::new(PASSWORD, msg("sign-in-error-password-missing")));
    }
    if errors.is_empty() {
        let place = limits::place(&extensions).to_string();
        match check_sign_in(&state.db, &form.username, &form.password, &place).await {
            Ok(account) => {
                if let Err(error) = session::begin(&session, account.id).await {
                    return internal_error(error);
                }
                tracing::info!(
                    account_id = account.id,
                    role = account.role.code(),
                    "signed in with a password"
                );
                return welcome(&state, &account, jar, &headers, &return_to).await;
            }
            Err(SignInError::WrongCredentials) => {
                errors.push(FieldError::new(PASSWORD, msg("sign-in-error-wrong")))
            }
            Err(SignInError::Throttled) => {
                tracing::warn!("sign-in throttled after repeated failures");
                errors.push(FieldError::new("", msg("sign-in-error-throttled")))
            }
            Err(SignInError::Store(error)) => return internal_error(error),
        }
    }
    // The password is never sent back; the user name is.
    let values = BTreeMap::from([(USERNAME.to_string(), form.username)]);
    session::set_flash(&session, FormFlash { form: FormId::SignIn, values, errors }).await;
    Redirect::to(&paths::sign_in_then(&return_to)).into_response()
}

/// After a sign-in: the person's own preferences where they have them, today's where they have
/// none yet, and on to where they were going.
pub(super) async fn welcome(
    state: &AppState,
    account: &Account,
    jar: CookieJar,
    headers: &HeaderMap,
    return_to: &str,
) -> Response {
    let prefs = preferences::resolve(Some(account), &jar, headers);
    if account.lang.is_none() || account.easy_read.is_none() || account.text_size.is_none() {
        if let Err(error) = accounts::save_preferences(&state.db, account.id, prefs).await {
            return internal_error(error);
        }
    }
    let jar = preferences::remember(jar, prefs, state.config.secure_cookies);
    (jar, Redirect::to(return_to)).into_response()
}

pub async fn sign_out(State(state): State<AppState>, session: Session) -> Response {
    let by = session::identified_by(&session).await;
    session::end(&session).await;
    super::identify::after_sign_out(&state, by).await
}

#[derive(Deserialize)]
pub struct PreferencesForm {
    lang: Option<String>,
    easy_read: Option<String>,
    text_size: Option<String>,
    helper_view: Option<String>,
    return_to: Option<String>,
}

pub async fn preferences(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    headers: HeaderMap,
    Form(form): Form<PreferencesForm>,
) -> Response {
    let account = match signed_in_account(&state, &session).await {
        Ok(account) => account,
        Err(error) => return internal_error(error),
    };
    let current = preferences::resolve(account.as_ref(), &jar, &headers);
    let prefs = Preferences {
        lang: form.lang.as_deref().and_then(Lang::parse).unwrap_or(current.lang),
        easy_read: match form.easy_read.as_deref() {
            Some("on") => true,
            Some("off") => false,
            _ => current.easy_read,
        },
        text_size: form.text_size.as_deref().and_then(TextSize::parse).unwrap_or(current.text_size),
    };
    if let Some(account) = account {
        if let Err(error) = accounts::save_preferences(&state.db, account.id, prefs).await {
            return internal_error(error);
        }
    }
    match form.helper_view.as_deref() {
        Some("on") => session::set_helper_view(&session, true).await,
        Some("off") => session::set_helper_view(&session, false).await,
        _ => {}
    }
    let jar = preferences::remember(jar, prefs, state.config.secure_cookies);
    (jar, Redirect::to(safe_return(form.return_to.as_deref()))).into_response()
}
