//! Signing in with strong identification: the link to the provider, the way back, the portal's
//! public keys, and ending the provider's session at sign-out. The protocol is in
//! `identity::oidc`; which account a person is, in `identity`.

use app::context::{FieldError, FormFlash, FormId};
use app::i18n::msg;
use app::paths;
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;
use tower_sessions::Session;

use super::forms::welcome;
use super::pages::internal_error;
use super::{preferences, session, AppState};
use crate::clock::now_unix;
use crate::identity::oidc::Refusal;
use crate::identity::{jwe, Door, Found};
use crate::store::provider_sessions;

#[derive(Deserialize)]
pub struct IdentifyQuery {
    door: Option<String>,
    return_to: Option<String>,
}

/// Sends the person to the provider of their door, with a signed request.
pub async fn identify(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    headers: HeaderMap,
    Query(query): Query<IdentifyQuery>,
) -> Response {
    let door = query.door.as_deref().map_or(Some(Door::Citizens), Door::parse);
    let Some((door, client)) = door.and_then(|d| Some((d, state.identity.client(d)?))) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let return_to =
        query.return_to.filter(|p| paths::is_safe_return_path(p)).unwrap_or_else(|| paths::HOME.to_string());
    let (Some(keys), Some(redirect_uri)) =
        (state.identity.keys(), state.identity.public_address(paths::IDENTIFIED))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lang = preferences::resolve(None, &jar, &headers).lang.code();
    let begun = match keys {
        Ok(keys) => client.begin(&keys, &redirect_uri, return_to.clone(), lang, now_unix()).await,
        Err(error) => Err(error.into()),
    };
    match begun {
        Ok((address, pending)) => {
            let identifying = session::Identifying { door, pending };
            if let Err(error) = session::set_identifying(&session, identifying).await {
                return internal_error(error);
            }
            Redirect::to(address.as_str()).into_response()
        }
        Err(refusal) => refused(&session, door, refusal, &return_to).await,
    }
}

#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// The provider sends the person back here: with a code to trade for who they are, or an error.
pub async fn identified(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    headers: HeaderMap,
    Query(callback): Query<Callback>,
) -> Response {
    // Taken out at once: a code or a state comes back once, and a replay finds nothing.
    let Some(identifying) = session::take_identifying(&session).await else {
        return refused(&session, Door::Citizens, Refusal::UnknownState, paths::HOME).await;
    };
    let door = identifying.door;
    let return_to = identifying.pending.return_to.clone();
    if callback.state.as_deref() != Some(identifying.pending.state.as_str()) {
        return refused(&session, door, Refusal::UnknownState, &return_to).await;
    }
    let code = match (callback.code, callback.error) {
        (_, Some(error)) if error == "access_denied" => {
            return refused(&session, door, Refusal::Cancelled, &return_to).await
        }
        (_, Some(error)) => return refused(&session, door, Refusal::ProviderError(error), &return_to).await,
        (Some(code), None) => code,
        (None, None) => {
            return refused(&session, door, Refusal::ProviderError("no code".into()), &return_to).await
        }
    };
    let (Some(client), Some(keys), Some(redirect_uri)) = (
        state.identity.client(door),
        state.identity.keys(),
        state.identity.public_address(paths::IDENTIFIED),
    ) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let finished = match keys {
        Ok(keys) => client.finish(&keys, &identifying.pending, &code, &redirect_uri, now_unix()).await,
        Err(error) => Err(error.into()),
    };
    let who = match finished {
        Ok(who) => who,
        Err(refusal) => return refused(&session, door, refusal, &return_to).await,
    };
    let account = match state.identity.account_of(&state.db, door, &who).await {
        Ok(Found::Account(account)) => account,
        Ok(Found::Unknown) => {
            tracing::info!(door = door.code(), "identified someone the portal does not know");
            return Redirect::to(paths::NOT_KNOWN).into_response();
        }
        Ok(Found::NoRole) => {
            tracing::warn!(door = door.code(), "identified someone with no role here at this door");
            return back_to_sign_in(&session, msg("identify-error-no-role"), &return_to).await;
        }
        Err(error) => return internal_error(error),
    };
    if let Err(error) = session::begin(&session, account.id).await {
        return internal_error(error);
    }
    let provider_session = who.provider_session();
    let by = session::IdentifiedBy { door, id_token: who.id_token, provider_session };
    if let Err(error) = session::set_identified_by(&session, by).await {
        return internal_error(error);
    }
    tracing::info!(account_id = account.id, role = account.role.code(), door = door.code(), "signed in");
    welcome(&state, &account, jar, &headers, &return_to).await
}

/// Back to the sign-in page with a sentence that says what happened and what to do; the log
/// gets the detail.
async fn refused(session: &Session, door: Door, refusal: Refusal, return_to: &str) -> Response {
    tracing::warn!(door = door.code(), %refusal, "an identification was refused");
    let text = match refusal {
        Refusal::Cancelled => msg("identify-error-cancelled"),
        Refusal::WeakAssurance(_) => msg("identify-error-weak"),
        Refusal::UnknownState => msg("identify-error-again"),
        Refusal::Unreachable(_) | Refusal::Keys(_) => msg("identify-error-unavailable"),
        Refusal::ProviderError(_)
        | Refusal::CodeRefused(_)
        | Refusal::BadToken(_)
        | Refusal::WrongNonce
        | Refusal::NoPersonClaim(_) => msg("identify-error-failed"),
    };
    back_to_sign_in(session, text, return_to).await
}

async fn back_to_sign_in(session: &Session, text: &'static str, return_to: &str) -> Response {
    let flash = FormFlash {
        form: FormId::SignIn,
        values: Default::default(),
        errors: vec![FieldError::new("", text)],
    };
    session::set_flash(session, flash).await;
    Redirect::to(&paths::sign_in_then(return_to)).into_response()
}

#[derive(Deserialize)]
pub struct LogoutNotice {
    logout_token: Option<String>,
}

/// POST `/sign-in/back-channel-logout`: a provider says that a person's session with it has
/// ended (OpenID Connect Back-Channel Logout 1.0). The portal's sign-in from that session ends at
/// its next request, wherever the browser is. The provider is told 200 when the token holds,
/// 400 when it does not; nothing here needs a browser.
pub async fn back_channel_logout(
    State(state): State<AppState>,
    Form(notice): Form<LogoutNotice>,
) -> Response {
    let refuse = |description: &str| {
        let body = serde_json::json!({ "error": "invalid_request", "error_description": description });
        (StatusCode::BAD_REQUEST, [(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
    };
    let Some(token) = notice.logout_token else { return refuse("no logout_token") };
    // Encrypted to the portal as its ID tokens are, when the provider encrypts those.
    let token = if jwe::is_encrypted(&token) {
        match state.identity.keys().map(|keys| keys.and_then(|keys| keys.decrypt(&token))) {
            Some(Ok(signed)) => signed,
            _ => return refuse("the logout token cannot be opened"),
        }
    } else {
        token
    };
    let mut from = None;
    for door in [Door::Citizens, Door::Staff] {
        if let Some(client) = state.identity.client(door) {
            if client.issued(&token).await {
                from = Some(client);
                break;
            }
        }
    }
    let Some(client) = from else { return refuse("the token is from no provider of this service") };
    let sid = match client.logout_of(&token).await {
        Ok(sid) => sid,
        Err(refusal) => {
            tracing::warn!(%refusal, "a back-channel logout was refused");
            return refuse("the logout token is not valid");
        }
    };
    let issuer = match client.metadata().await {
        Ok(meta) => meta.issuer,
        Err(refusal) => return refuse(&refusal.to_string()),
    };
    if let Err(error) = provider_sessions::end(&state.db, &issuer, &sid, now_unix()).await {
        return internal_error(error);
    }
    tracing::info!("a provider ended a session; the sign-in from it ends");
    (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")]).into_response()
}

/// The portal's public keys, for the providers to check its requests and assertions.
pub async fn public_keys(State(state): State<AppState>) -> Response {
    match state.identity.keys() {
        None => StatusCode::NOT_FOUND.into_response(),
        Some(Ok(keys)) => Json(keys.public_keys()).into_response(),
        Some(Err(error)) => {
            tracing::error!(%error, "cannot read the portal's keys");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Where sign-out goes after the portal's session has ended: to the provider that vouched for
/// the person, so its session ends too and the next person at this browser is asked again.
pub async fn after_sign_out(state: &AppState, by: Option<session::IdentifiedBy>) -> Response {
    if let Some(by) = by {
        if let (Some(client), Some(home)) =
            (state.identity.client(by.door), state.identity.public_address(paths::HOME))
        {
            if let Some(address) = client.logout_address(&by.id_token, &home).await {
                return Redirect::to(address.as_str()).into_response();
            }
        }
    }
    Redirect::to(paths::HOME).into_response()
}
