//! The pages about a client's own matters: My budget (the front page of a client or a relative
//! with a mandate), the monthly statements and the decision. Each loads its data here, with
//! the page, and logs the look when someone other than the client takes it. The client's own
//! logs are here too, and the organiser's log of refused looks beside them.

use app::access::{DonePage, LookedAt, LooksPage, RefusalsPage};
use app::context::{ClientPage, PageContext, PageData, Role};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use tower_sessions::Session;

use super::pages::{internal_error, page_context, render_with, signed_in_account};
use super::AppState;
use crate::rules::YearMonth;
use crate::services::access::{self, Reader};
use crate::services::{budget, details, done_for_me};
use crate::store::accounts::Account;
use crate::store::StoreError;

/// Whose matters a page shows, and who is looking.
pub(super) struct Scope {
    pub account: Account,
    pub client_id: i64,
    pub client_name: String,
}

impl Scope {
    pub fn is_self(&self) -> bool {
        self.account.client_id == Some(self.client_id)
    }

    fn page<T>(&self, content: T) -> ClientPage<T> {
        ClientPage { client_name: self.client_name.clone(), is_self: self.is_self(), content }
    }

    pub async fn log(&self, state: &AppState, what: &LookedAt) -> Result<(), StoreError> {
        access::log_read(&state.db, Reader::Person(&self.account), self.client_id, what).await
    }
}

pub(super) async fn scope(state: &AppState, session: &Session) -> Result<Option<Scope>, StoreError> {
    let Some(account) = signed_in_account(state, session).await? else { return Ok(None) };
    let chosen = super::session::chosen_client(session).await;
    let Some(matters) = access::whose_matters(&state.db, &account, state.clock.today(), chosen).await? else {
        return Ok(None);
    };
    Ok(Some(Scope { account, client_id: matters.client_id, client_name: matters.client_name }))
}

/// What a client page's loader found.
pub(super) enum Loaded {
    Page(PageContext),
    /// Nobody signed in: to the sign-in page, and back here after.
    SignIn,
    /// Signed in, but there is nothing here for this person.
    NotFound(PageContext),
    /// Somewhere else first: an earlier question of a flow that is not answered yet.
    Redirect(String),
}

/// The page context of a request. Taken apart first: a request body cannot be shared between
/// threads, so a handler's future must not hold a reference to the request.
pub(super) async fn context(
    state: &AppState,
    session: &Session,
    jar: &CookieJar,
    (path, headers): &(String, HeaderMap),
) -> Result<PageContext, StoreError> {
    page_context(state, session, jar, path, headers).await
}

pub(super) fn parts(request: &Request<Body>) -> (String, HeaderMap) {
    (request.uri().path().to_string(), request.headers().clone())
}

/// The context of a page that needs a client's matters, and whose they are; or, for someone
/// with no such matters, where they go instead.
pub(super) async fn open(
    state: &AppState,
    session: &Session,
    jar: &CookieJar,
    parts: &(String, HeaderMap),
) -> Result<Result<(PageContext, Scope), Loaded>, StoreError> {
    let ctx = context(state, session, jar, parts).await?;
    Ok(match scope(state, session).await? {
        Some(scope) => Ok((ctx, scope)),
        None if ctx.viewer.is_some() => Err(Loaded::NotFound(ctx)),
        None => Err(Loaded::SignIn),
    })
}

/// To the sign-in page, and back to `path` after.
pub(super) fn sign_in_then(path: &str) -> Response {
    let back = super::forms::urlencode(path);
    Redirect::to(&format!("{}?{}={back}", app::paths::SIGN_IN, app::paths::RETURN_TO)).into_response()
}

pub(super) async fn respond(
    state: AppState,
    loaded: Result<Loaded, StoreError>,
    request: Request<Body>,
) -> Response {
    match loaded {
        Ok(Loaded::Page(ctx)) => render_with(state, ctx, request).await,
        // The query too: it may carry a flow's answers so far.
        Ok(Loaded::SignIn) => sign_in_then(request.uri().path_and_query().map_or("/", |p| p.as_str())),
        Ok(Loaded::Redirect(to)) => Redirect::to(&to).into_response(),
        Ok(Loaded::NotFound(ctx)) => {
            let mut response = render_with(state, PageContext { data: PageData::None, ..ctx }, request).await;
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
        Err(error) => internal_error(error),
    }
}

/// `/`: the welcome page; for a client, or a relative acting for one, My budget.
pub async fn home(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let loaded = async {
        let mut ctx = context(&state, &session, &jar, &parts).await?;
        if let Some(scope) = scope(&state, &session).await? {
            let content = budget::budget(&state.db, scope.client_id, state.clock.today()).await?;
            scope.log(&state, &LookedAt::Budget).await?;
            ctx.data = PageData::Budget(scope.page(content));
        }
        Ok(Loaded::Page(ctx))
    }
    .await;
    respond(state, loaded, request).await
}

/// `/statements/{YYYY-MM}`: one month's statement.
pub async fn statement(
    State(state): State<AppState>,
    Path(month): Path<String>,
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
        let Some(month) = YearMonth::parse(&month) else { return Ok(Loaded::NotFound(ctx)) };
        let Some(content) = budget::statement(&state.db, scope.client_id, month).await? else {
            return Ok(Loaded::NotFound(ctx));
        };
        scope.log(&state, &LookedAt::Statement(month.to_string())).await?;
        Ok(Loaded::Page(PageContext { data: PageData::Statement(scope.page(content)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// `/decision`: the decision in force, with its plan.
pub async fn decision(
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
        let content = budget::decision(&state.db, scope.client_id, state.clock.today()).await?;
        scope.log(&state, &LookedAt::Decision).await?;
        Ok(Loaded::Page(PageContext { data: PageData::Decision(scope.page(content)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// `/who-looked`: the client's own access log. Only the client sees it: a relative's look at it
/// would itself be a look, and the log is the client's check on their helpers.
pub async fn who_looked(
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
        if !scope.is_self() {
            return Ok(Loaded::NotFound(ctx));
        }
        let looks = access::looks_at(&state.db, scope.client_id).await?;
        Ok(Loaded::Page(PageContext { data: PageData::WhoLooked(Box::new(LooksPage { looks })), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// `/done-for-me`: what others have done for the client. Only the client sees it, like the log.
pub async fn done_for_me(
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
        if !scope.is_self() {
            return Ok(Loaded::NotFound(ctx));
        }
        let done = done_for_me::done_for(&state.db, scope.client_id).await?;
        Ok(Loaded::Page(PageContext { data: PageData::DoneForMe(Box::new(DonePage { done })), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// `/my-details`: the client's personal details and their counsellor. In the helper view the
/// personal ones are not sent at all.
pub async fn my_details(
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
        let today = state.clock.today();
        let Some(content) = details::details(&state.db, scope.client_id, today, ctx.helper_view).await?
        else {
            return Ok(Loaded::NotFound(ctx));
        };
        scope.log(&state, &LookedAt::Details).await?;
        Ok(Loaded::Page(PageContext { data: PageData::Details(scope.page(content)), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}

/// `/refused-looks`: the organiser's log of refused looks, for the security review.
pub async fn refused_looks(
    State(state): State<AppState>,
    session: Session,
    jar: CookieJar,
    request: Request<Body>,
) -> Response {
    let parts = parts(&request);
    let loaded = async {
        let ctx = context(&state, &session, &jar, &parts).await?;
        let Some(account) = signed_in_account(&state, &session).await? else { return Ok(Loaded::SignIn) };
        if account.role != Role::Organiser {
            return Ok(Loaded::NotFound(ctx));
        }
        let refusals = access::refusals(&state.db).await?;
        Ok(Loaded::Page(PageContext { data: PageData::Refusals(Box::new(RefusalsPage { refusals })), ..ctx }))
    }
    .await;
    respond(state, loaded, request).await
}
