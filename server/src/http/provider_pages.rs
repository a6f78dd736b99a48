//! Find a provider, one provider's page, and the comparison. Anyone may read the registry;
//! for a client, or a relative acting for one, each result also says what it would cost them
//! against their own plan, and a relative's look at that plan is logged.

use app::access::LookedAt;
use app::context::PageData;
use app::providers::{ComparePage, Filters, FindPage, PlanOf, ProviderPage};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::visit::{acting_scope, PageResult, Scope, Visit};
use super::AppState;
use crate::services::feedback;
use crate::services::providers;
use crate::store::StoreError;

/// Who is looking: anyone, or someone with a client's matters, whose plan results are
/// measured against.
struct Visitor {
    scope: Option<Scope>,
}

impl Visitor {
    fn of(visit: &Visit) -> Visitor {
        Visitor { scope: visit.scope() }
    }

    fn client(&self) -> Option<i64> {
        self.scope.as_ref().map(|s| s.client_id)
    }

    async fn plan_of(&self, state: &AppState) -> Result<Option<PlanOf>, StoreError> {
        let Some(s) = &self.scope else { return Ok(None) };
        Ok(Some(PlanOf {
            client_name: s.client_name.clone(),
            is_self: s.is_self(),
            needs: providers::saved_needs(&state.db, s.client_id).await?,
        }))
    }

    /// A look at results measured against a client's plan, by someone else, is logged.
    async fn log(&self, state: &AppState, what: &LookedAt) -> Result<(), StoreError> {
        match &self.scope {
            Some(scope) => scope.log(state, what).await,
            None => Ok(()),
        }
    }
}

/// `/providers`: the search form and its results. A plain GET form: the filters are the query.
pub async fn find(visit: Visit) -> PageResult {
    let query = visit.query().to_string();
    let (filters, compare) = Filters::from_query(&query);
    let visitor = Visitor::of(&visit);
    let db = &visit.state.db;
    let mut found = providers::search(db, &filters, visitor.client(), visit.today()).await?;
    let total = found.len();
    found.truncate(app::providers::shown_from_query(&query));
    visitor.log(&visit.state, &LookedAt::ProviderSearch).await?;
    let page = FindPage {
        filters,
        compare,
        found,
        total,
        municipalities: providers::municipalities(db).await?,
        plan_of: visitor.plan_of(&visit.state).await?,
        needs_saved: query.split('&').any(|pair| pair == app::paths::NEEDS_SAVED),
    };
    Ok(visit.page(PageData::Providers(Box::new(page))).await)
}

/// `/providers/{id}`: everything about one active provider.
pub async fn provider(Path(id): Path<i64>, visit: Visit) -> PageResult {
    let visitor = Visitor::of(&visit);
    let db = &visit.state.db;
    let Some(found) = providers::several(db, &[id], visitor.client(), visit.today()).await?.pop() else {
        return Ok(visit.not_found().await);
    };
    visitor.log(&visit.state, &LookedAt::ProviderPage).await?;
    let feedback_by_service = feedback::summary(db, id).await?.map(|s| s.by_service).unwrap_or_default();
    let page = ProviderPage { found, plan_of: visitor.plan_of(&visit.state).await?, feedback_by_service };
    Ok(visit.page(PageData::Provider(Box::new(page))).await)
}

/// `/compare?compare=1&compare=2`: the chosen providers side by side. The rest of the query is
/// the search they came from, kept for the way back.
pub async fn compare(visit: Visit) -> PageResult {
    let (filters, ids) = Filters::from_query(visit.query());
    let visitor = Visitor::of(&visit);
    // More than three is not compared at all: the page asks to choose again, keeping all.
    let chosen = if ids.len() <= app::providers::COMPARE_MAX {
        providers::several(&visit.state.db, &ids, visitor.client(), visit.today()).await?
    } else {
        Vec::new()
    };
    visitor.log(&visit.state, &LookedAt::ProviderComparison).await?;
    let back = format!("{}?{}", app::paths::PROVIDERS, filters.to_query(&ids));
    let page = ComparePage { chosen, asked: ids.len(), back, plan_of: visitor.plan_of(&visit.state).await? };
    Ok(visit.page(PageData::Compare(Box::new(page))).await)
}

/// `POST /my-needs`: the search form posted with "Save these needs": the accessibility needs
/// ticked become the client's saved needs, and the person is back at the same search.
pub async fn save_needs(State(state): State<AppState>, session: Session, body: String) -> Response {
    let (filters, compare) = Filters::from_query(&body);
    let back = format!("{}?{}", app::paths::PROVIDERS, filters.to_query(&compare));
    let scope = match acting_scope(&state, &session, &back).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    match providers::save_needs(&state.db, scope.client_id, &filters.accessibility).await {
        Ok(()) => Redirect::to(&format!("{back}&{}", app::paths::NEEDS_SAVED)).into_response(),
        Err(error) => super::pages::internal_error(error),
    }
}
