//! Server rendering of the Leptos pages, each with the [`PageContext`] of its request.

use app::context::{DemoAccount, Helping, PageContext, SignInEnd, SignInWays, Viewer};
use app::i18n::{I18n, Lang};
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use leptos::prelude::provide_context;
use tower_sessions::Session;

use super::visit::Visit;
use super::{preferences, session, AppState};
use crate::clock::{helsinki_day_and_time, now_unix};
use crate::identity::Door;
use crate::services::access::{self, Matters};
use crate::store::accounts::{self, Account};
use crate::store::budget::date_text;
use crate::store::provider_sessions;
use crate::store::StoreError;

/// The signed-in person's account, if any.
pub async fn signed_in_account(state: &AppState, session: &Session) -> Result<Option<Account>, StoreError> {
    let Some(id) = session::account_id(session, state.config.session).await else { return Ok(None) };
    if ended_at_provider(state, session).await? {
        return Ok(None);
    }
    accounts::find(&state.db, id).await
}

/// Whether the sign-in came from a provider's session that the provider has since ended
/// (back-channel logout); if so, the sign-in ends here, as a sign-out would.
pub async fn ended_at_provider(state: &AppState, session: &Session) -> Result<bool, StoreError> {
    let Some((issuer, sid)) = session::identified_by(session).await.and_then(|by| by.provider_session) else {
        return Ok(false);
    };
    let ended = provider_sessions::has_ended(&state.db, &issuer, &sid).await?;
    if ended {
        tracing::info!("the provider's session ended; so does this sign-in");
        session.clear().await;
    }
    Ok(ended)
}

/// Whose matters the signed-in person's pages show now: their own, a mandated client's or the
/// client a counsellor opened; none for nobody.
pub async fn matters_of(
    state: &AppState,
    session: &Session,
    account: Option<&Account>,
) -> Result<Option<Matters>, StoreError> {
    let Some(account) = account else { return Ok(None) };
    let chosen = session::chosen_client(session).await;
    access::whose_matters(&state.db, account, state.clock.today(), chosen).await
}

/// Builds what every page needs to know about this request, for the account signed in and the
/// matters its pages show.
/// When the sign-in of this request ends if nothing more is done.
async fn sign_in_end(state: &AppState, session: &Session) -> SignInEnd {
    let limits = state.config.session;
    let ends_at = session::standing(session, limits).await.ends_at().unwrap_or_else(now_unix);
    SignInEnd {
        time: helsinki_day_and_time(ends_at).1,
        seconds_left: (ends_at - now_unix()).max(0),
        warn_seconds: limits.warn_seconds(),
    }
}

pub async fn page_context(
    state: &AppState,
    session: &Session,
    jar: &CookieJar,
    (path, headers): (&str, &HeaderMap),
    (account, matters): (Option<&Account>, Option<&Matters>),
) -> Result<PageContext, StoreError> {
    let prefs = preferences::resolve(account, jar, headers);
    let viewer = match account {
        Some(a) => {
            let today = state.clock.today();
            let helping = matters.filter(|m| a.client_id != Some(m.client_id)).map(|m| Helping {
                client_name: m.client_name.clone(),
                read_only: m.read_only,
                until: m.until.map(|at| helsinki_day_and_time(at).1),
            });
            Some(Viewer {
                name: a.display_name.clone(),
                role: a.role,
                acts_for: accounts::mandated_clients(&state.db, a.id, &date_text(today))
                    .await?
                    .into_iter()
                    .map(|m| m.client_name)
                    .collect(),
                helping,
                signed_in_until: sign_in_end(state, session).await,
                unread_messages: crate::services::messages::unread(&state.db, a.id).await?,
            })
        }
        None => None,
    };
    let passwords = state.config.identification.passwords;
    let demo_accounts = if state.config.demo && passwords && path == app::paths::SIGN_IN {
        accounts::demo_accounts(&state.db)
            .await?
            .into_iter()
            .map(|(username, name, role, situation_id)| DemoAccount { username, name, role, situation_id })
            .collect()
    } else {
        Vec::new()
    };
    let flash = session::take_flash(session).await;
    let helper_view = session::helper_view(session).await;
    let form_waits = path == app::paths::SIGN_IN && session::has_kept_form(session).await;
    Ok(PageContext {
        prefs,
        viewer,
        demo: state.config.demo,
        helper_view,
        demo_accounts,
        flash,
        form_waits,
        sign_in_ways: SignInWays {
            identify: state.identity.client(Door::Citizens).is_some(),
            staff: state.identity.client(Door::Staff).is_some(),
            passwords,
        },
        data: Default::default(),
    })
}

/// Renders a page that shows nothing beyond its context (sign-in, the glossary).
pub(super) async fn render(visit: Visit) -> Response {
    visit.render().await
}

pub async fn render_with(state: AppState, context: PageContext, request: Request<Body>) -> Response {
    let options = state.leptos.clone();
    let version = state.site_version.clone();
    // The page's scripts carry this nonce, and the policy lets only them run.
    let nonce = leptos::nonce::Nonce::new();
    let policy = super::content_security_policy(Some(&nonce), &state.identity.provider_origins());
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(context.clone());
            provide_context(version.clone());
            provide_context(nonce.clone());
        },
        move || app::shell(options.clone()),
    );
    let (mut head, body) = handler(request).await.into_response().into_parts();
    if let Ok(policy) = HeaderValue::from_str(&policy) {
        head.headers.insert(axum::http::header::CONTENT_SECURITY_POLICY, policy);
    }
    // The pages are small and made whole on the server; buffering one costs nothing a reader notices.
    let html = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => valid_html(&String::from_utf8_lossy(&bytes)),
        Err(error) => return internal_error(error),
    };
    head.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(head, Body::from(html))
}

/// Leptos writes an empty comment as `<!>` and its resource scripts after `</html>`. Browsers
/// build the same page either way, but both are errors in HTML, which the Nu checker reports
/// and some assistive technology trips on. Written as `<!---->` and before `</body>`, the page
/// is valid and its DOM unchanged, islands' hydration markers included.
fn valid_html(html: &str) -> String {
    const END: &str = "</body></html>";
    let html = html.replace("<!>", "<!---->");
    match html.find(END) {
        Some(end) => format!("{}{}{END}", &html[..end], &html[end + END.len()..]),
        None => html,
    }
}

/// The "page not found" page, status 404, for every address nothing else answers (the site's
/// files are answered before this, by `site_files::serve`).
pub async fn not_found(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let (path, headers) = (request.uri().path(), request.headers());
    let loaded = async {
        let account = signed_in_account(&state, &session).await?;
        let matters = matters_of(&state, &session, account.as_ref()).await?;
        page_context(&state, &session, &jar, (path, headers), (account.as_ref(), matters.as_ref())).await
    };
    let context = match loaded.await {
        Ok(context) => context,
        Err(error) => return internal_error(error),
    };
    let mut response = render_with(state, context, request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}

/// The answer when a page cannot be made: "busy, try again" when the database was only busy
/// (a 503 with Retry-After, nothing was changed), otherwise "something went wrong".
pub fn internal_error(error: impl std::error::Error + 'static) -> Response {
    if is_busy(&error) {
        tracing::warn!(%error, "a page found the database busy");
        let retry = (axum::http::header::RETRY_AFTER, super::api::error::RETRY_AFTER_SECONDS.to_string());
        return (StatusCode::SERVICE_UNAVAILABLE, [retry], in_every_language("error-busy")).into_response();
    }
    // The detail goes to the log, never to the browser.
    tracing::error!(%error, "a page could not be made");
    (StatusCode::INTERNAL_SERVER_ERROR, in_every_language("error-internal")).into_response()
}

/// Whether a database that was busy is behind the error, however it was wrapped.
fn is_busy(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(error) = cause {
        if error.downcast_ref::<StoreError>().is_some_and(StoreError::is_busy)
            || error.downcast_ref::<sqlx::Error>().is_some_and(crate::store::is_busy)
        {
            return true;
        }
        cause = error.source();
    }
    false
}

/// A short answer for when the person's language cannot be known (the database is down, or the
/// request is refused before it is read): the text in every language, one paragraph each.
pub fn in_every_language(id: &str) -> String {
    Lang::ALL.iter().map(|&lang| I18n { lang, easy_read: false }.text(id)).collect::<Vec<_>>().join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::valid_html;

    #[test]
    fn a_page_that_finds_the_database_busy_says_try_again_with_a_503() {
        use crate::services::records::ReportError;
        use crate::store::StoreError;
        use axum::http::{header, StatusCode};
        // However the error is wrapped: a store error, or one inside a service's error.
        let wrapped = ReportError::Store(StoreError::Sqlx(sqlx::Error::PoolTimedOut));
        let busy = super::internal_error(wrapped);
        assert_eq!(busy.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(busy.headers()[header::RETRY_AFTER], "1");
        let broken = super::internal_error(StoreError::Corrupt("a bad date".into()));
        assert_eq!(broken.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn empty_comments_and_late_scripts_become_valid_html() {
        let leptos = "<html><body><p>a<!>b</p></body></html><script>x=[];</script>";
        assert_eq!(valid_html(leptos), "<html><body><p>a<!---->b</p><script>x=[];</script></body></html>");
        assert_eq!(valid_html("<p>no page</p>"), "<p>no page</p>");
    }
}
