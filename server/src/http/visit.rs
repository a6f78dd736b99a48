//! What every page handler starts with, said once as axum extractors: the page's context
//! ([`Visit`]), and whose matters it may show: a client's own, or what a relative or a counsellor
//! may see of them ([`Matters`], [`Acting`]), a counsellor's own client ([`Counselled`]), or a
//! signed-in person's own role ([`SignedIn`]). Each answers by itself when the page is not for
//! this person: nobody signed in goes to sign in and comes back after, someone signed in without
//! the right gets "not found", as if the page did not exist. A handler then holds only what its
//! page loads, and `?` turns a store error into the error page.

use app::access::LookedAt;
use app::context::{ClientPage, PageContext, PageData};
use app::role::Role;
use axum::body::Body;
use axum::extract::{FromRequestParts, MatchedPath, Path};
use axum::http::request::Parts;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::NaiveDate;
use tower_sessions::Session;

use super::pages::{internal_error, matters_of, page_context, render_with, signed_in_account};
use super::AppState;
use crate::services::access::{self, Matters as WhoseMatters, Reader, Right};
use crate::store::accounts::Account;
use crate::store::counsellor as counsellor_store;
use crate::store::decisions;
use crate::store::StoreError;

/// What a page handler answers: the page, or an answer made on the way.
pub(super) type PageResult = Result<Response, PageError>;

/// A page that was not made: the store failed (the error page, the detail in the log only), or
/// the person was answered otherwise on the way, as by "not found".
pub(super) enum PageError {
    Store(StoreError),
    Answered(Box<Response>),
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        PageError::Store(error)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::Store(error) => internal_error(error),
            PageError::Answered(response) => *response,
        }
    }
}

/// A request for a page: what every page needs to know about it, and who is signed in.
pub(super) struct Visit {
    pub state: AppState,
    pub session: Session,
    pub ctx: PageContext,
    pub account: Option<Account>,
    /// Whose matters this person's pages show now, if any.
    matters: Option<WhoseMatters>,
    /// The request without its body, which rendering needs.
    head: Parts,
}

impl FromRequestParts<AppState> for Visit {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let session = Session::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let jar = CookieJar::from_request_parts(parts, state).await.map_err(|never| match never {})?;
        let loaded = async {
            let account = signed_in_account(state, &session).await?;
            let matters = matters_of(state, &session, account.as_ref()).await?;
            let whose = (account.as_ref(), matters.as_ref());
            let ctx = page_context(state, &session, &jar, (parts.uri.path(), &parts.headers), whose).await?;
            Ok::<_, StoreError>((account, matters, ctx))
        };
        let (account, matters, ctx) = loaded.await.map_err(internal_error)?;
        Ok(Visit { state: state.clone(), session, ctx, account, matters, head: parts.clone() })
    }
}

impl Visit {
    pub fn today(&self) -> NaiveDate {
        self.state.clock.today()
    }

    /// One value of the address's query, such as what a post that went through says to the page
    /// it leads to.
    pub fn query_value(&self, name: &str) -> Option<String> {
        form_urlencoded::parse(self.query().as_bytes())
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.into_owned())
    }

    pub fn query(&self) -> &str {
        self.head.uri.query().unwrap_or("")
    }

    pub fn host(&self) -> &str {
        self.head.headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost")
    }

    /// The page, showing `data`.
    pub async fn page(mut self, data: PageData) -> Response {
        self.ctx.data = data;
        self.render().await
    }

    /// The page with the context as it is.
    pub async fn render(self) -> Response {
        render_with(self.state, self.ctx, Request::from_parts(self.head, Body::empty())).await
    }

    /// "Not found", with status 404: what anyone gets who asks for what is not theirs.
    pub async fn not_found(mut self) -> Response {
        self.ctx.data = PageData::None;
        let mut response = self.render().await;
        *response.status_mut() = StatusCode::NOT_FOUND;
        response
    }

    /// To the sign-in page, and back to this page after: the query too, as it may carry a flow's
    /// answers so far.
    pub fn to_sign_in(&self) -> Response {
        sign_in_then(self.head.uri.path_and_query().map_or("/", |p| p.as_str()))
    }

    /// Sign-in for nobody, "not found" for anyone else.
    async fn turned_away(self) -> Response {
        match self.account {
            Some(_) => self.not_found().await,
            None => self.to_sign_in(),
        }
    }

    /// Whose matters this person's pages show now, and who is looking; none for nobody.
    pub fn scope(&self) -> Option<Scope> {
        Some(Scope::of(self.account.clone()?, self.matters.clone()?))
    }
}

/// To the sign-in page, and back to `path` after.
pub(super) fn sign_in_then(path: &str) -> Response {
    Redirect::to(&app::paths::sign_in_then(path)).into_response()
}

/// Whose matters a page shows, and who is looking.
pub(super) struct Scope {
    pub account: Account,
    pub client_id: i64,
    pub client_name: String,
}

impl Scope {
    fn of(account: Account, matters: WhoseMatters) -> Scope {
        Scope { account, client_id: matters.client_id, client_name: matters.client_name }
    }

    pub fn is_self(&self) -> bool {
        self.account.client_id == Some(self.client_id)
    }

    pub fn page<T>(&self, content: T) -> ClientPage<T> {
        ClientPage { client_name: self.client_name.clone(), is_self: self.is_self(), content }
    }

    /// Writes the look in the client's log when someone other than the client takes it.
    pub async fn log(&self, state: &AppState, what: &LookedAt) -> Result<(), StoreError> {
        access::log_read(&state.db, Reader::Person(&self.account), self.client_id, what).await
    }

    /// Whether this person may act for the client, not only look.
    pub async fn may_act(&self, state: &AppState) -> Result<bool, StoreError> {
        access::may(&state.db, Reader::Person(&self.account), self.client_id, state.clock.today(), Right::Act)
            .await
    }
}

/// Whose matters a post acts on, when the signed-in person may act for them. Otherwise the
/// answer instead, and nothing changes: nobody goes to sign in and back to `form`; someone who
/// may only look (a look-only mandate, an expert let in) gets "not found", as on the act's pages.
pub(super) async fn acting_scope(state: &AppState, session: &Session, form: &str) -> Result<Scope, Response> {
    post_scope(state, session, form, Right::Act, None).await
}

/// The client a post names by an id in its address (an invitation, a change of provider); `None`
/// when there is no such thing.
pub(super) struct Named(pub Option<i64>);

/// As [`acting_scope`], for a post about a thing of `named`'s: anyone whose matters are not that
/// client's gets "not found", and the asking is logged as a refusal on the client.
pub(super) async fn acting_scope_on(
    state: &AppState,
    session: &Session,
    form: &str,
    named: Named,
) -> Result<Scope, Response> {
    post_scope(state, session, form, Right::Act, Some(named)).await
}

/// The client's own matters, for a post only the client may send (letting a helper in):
/// "not found" for anyone acting for them.
pub(super) async fn own_scope(state: &AppState, session: &Session, form: &str) -> Result<Scope, Response> {
    let scope = post_scope(state, session, form, Right::Read, None).await?;
    if scope.is_self() {
        Ok(scope)
    } else {
        Err(not_found_answer())
    }
}

async fn post_scope(
    state: &AppState,
    session: &Session,
    form: &str,
    right: Right,
    named: Option<Named>,
) -> Result<Scope, Response> {
    let decided = async {
        let Some(account) = signed_in_account(state, session).await? else {
            return Ok(Err(sign_in_then(form)));
        };
        let matters = matters_of(state, session, Some(&account)).await?;
        let scope = match (matters, named) {
            (Some(matters), None) => Scope::of(account, matters),
            (Some(matters), Some(Named(Some(owner)))) if owner == matters.client_id => {
                Scope::of(account, matters)
            }
            (_, Some(Named(Some(owner)))) => {
                let what = format!("act: {form}");
                access::log_refusal(&state.db, Reader::Person(&account), owner, &what).await?;
                return Ok(Err(not_found_answer()));
            }
            (_, Some(Named(None))) | (None, None) => return Ok(Err(not_found_answer())),
        };
        if right == Right::Act && !scope.may_act(state).await? {
            let what = format!("act: {form}");
            access::log_refusal(&state.db, Reader::Person(&scope.account), scope.client_id, &what).await?;
            return Ok(Err(not_found_answer()));
        }
        Ok::<_, StoreError>(Ok(scope))
    };
    match decided.await {
        Ok(answer) => answer,
        Err(error) => Err(internal_error(error)),
    }
}

/// "Not found" for a post, which has no page of its own to show it on.
pub(super) fn not_found_answer() -> Response {
    (StatusCode::NOT_FOUND, super::pages::in_every_language("not-found-text")).into_response()
}

/// A page about a client's matters, for whoever may see them.
pub(super) struct Matters {
    pub visit: Visit,
    pub scope: Scope,
}

impl FromRequestParts<AppState> for Matters {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let visit = Visit::from_request_parts(parts, state).await?;
        match visit.scope() {
            Some(scope) => Ok(Matters { visit, scope }),
            None => Err(visit.turned_away().await),
        }
    }
}

/// A page that acts for a client (the steps of changing provider): for whoever may act, and
/// "not found" for someone who may only look.
pub(super) struct Acting(pub Matters);

impl FromRequestParts<AppState> for Acting {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let matters = Matters::from_request_parts(parts, state).await?;
        match matters.scope.may_act(state).await {
            Ok(true) => Ok(Acting(matters)),
            Ok(false) => Err(matters.visit.not_found().await),
            Err(error) => Err(internal_error(error)),
        }
    }
}

/// A signed-in person, for pages of their own role (the organiser's logs, a provider's visit
/// codes). The handler checks the role with [`SignedIn::only`].
pub(super) struct SignedIn {
    pub visit: Visit,
    pub account: Account,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let visit = Visit::from_request_parts(parts, state).await?;
        match visit.account.clone() {
            Some(account) => Ok(SignedIn { visit, account }),
            None => Err(visit.to_sign_in()),
        }
    }
}

impl SignedIn {
    /// The person when they have `role`; "not found" for anyone else.
    pub async fn only(self, role: Role) -> Result<(Visit, Account), PageError> {
        if self.account.role == role {
            Ok((self.visit, self.account))
        } else {
            Err(PageError::Answered(Box::new(self.visit.not_found().await)))
        }
    }
}

/// A page of the counsellor workspace about one client (`/clients/{id}/…`): only the client's own
/// counsellor gets it. Anyone else's asking is logged as a refusal, under the page's route.
pub(super) struct Counselled {
    pub visit: Visit,
    pub account: Account,
    pub client_id: i64,
    pub client_name: String,
}

impl FromRequestParts<AppState> for Counselled {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Path(client_id) =
            Path::<i64>::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let route = MatchedPath::from_request_parts(parts, state)
            .await
            .map_or_else(|_| parts.uri.path().to_string(), |p| p.as_str().to_string());
        let SignedIn { visit, account } = SignedIn::from_request_parts(parts, state).await?;
        match counselled_name(state, &account, client_id, &route).await {
            Ok(Some(client_name)) => Ok(Counselled { visit, account, client_id, client_name }),
            Ok(None) => Err(visit.not_found().await),
            Err(error) => Err(internal_error(error)),
        }
    }
}

impl Counselled {
    /// Writes the counsellor's look in the client's log.
    pub async fn log(&self, what: &LookedAt) -> Result<(), StoreError> {
        access::log_read(&self.visit.state.db, Reader::Person(&self.account), self.client_id, what).await
    }
}

/// The client's name when the account works on the client's decision: their counsellor, who
/// prepares it, or a decision-maker while a prepared decision waits; otherwise, whoever asked, the
/// asking is logged as a refusal and there is nothing.
pub(super) async fn decision_desk_name(
    state: &AppState,
    account: &Account,
    client_id: i64,
    what: &str,
) -> Result<Option<String>, StoreError> {
    if account.role != Role::DecisionMaker {
        return counselled_name(state, account, client_id, what).await;
    }
    let mut conn = state.db.pool.acquire().await?;
    let name = decisions::prepared(&mut conn, client_id).await?.map(|p| p.client_name);
    refused_unless(state, account, client_id, what, name).await
}

/// The client's name when the account is a decision-maker and a proposal of the client's waits
/// for an answer; otherwise, whoever asked, the asking is logged as a refusal and there is nothing.
pub(super) async fn proposal_desk_name(
    state: &AppState,
    account: &Account,
    client_id: i64,
    what: &str,
) -> Result<Option<String>, StoreError> {
    let name = match account.role {
        Role::DecisionMaker => crate::services::proposals::waiting_for(&state.db, client_id).await?,
        _ => None,
    };
    refused_unless(state, account, client_id, what, name).await
}

/// The client's name when the account is their counsellor; otherwise, whoever asked, the asking
/// is logged as a refusal and there is nothing.
pub(super) async fn counselled_name(
    state: &AppState,
    account: &Account,
    client_id: i64,
    what: &str,
) -> Result<Option<String>, StoreError> {
    let name = match account.role {
        Role::Counsellor => counsellor_store::counselled_name(&state.db, account.id, client_id).await?,
        _ => None,
    };
    refused_unless(state, account, client_id, what, name).await
}

/// `name` as it is; no name means the asking was refused, and the refusal is logged.
async fn refused_unless(
    state: &AppState,
    account: &Account,
    client_id: i64,
    what: &str,
    name: Option<String>,
) -> Result<Option<String>, StoreError> {
    if name.is_none() {
        access::log_refusal(&state.db, Reader::Person(account), client_id, what).await?;
    }
    Ok(name)
}
