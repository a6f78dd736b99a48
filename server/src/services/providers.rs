//! Finding and comparing providers: the registry's search with what each provider would cost
//! one client and how well it fits them (rules::choice), and a provider keeping its own data.

use app::feedback::Feedback;
use app::providers::{
    CostToYou, Estimate, Filters, Fit as FitView, Found, Provider, Sort, ACCESSIBILITY_FEATURES,
    STAFF_LANGUAGES,
};
use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::rules::choice::{self, Candidate, CostToClient, Fit, Order};
use crate::rules::decision::DecisionLine;
use crate::rules::{Money, Product, Unit};
use crate::services::registry::RegistryError;
use crate::store::budget;
use crate::store::providers::{self, ProviderData, Query, Registered};
use crate::store::{Db, StoreError};

/// One client's plan and needs, which results are measured against.
pub struct ClientPlan {
    lines: Vec<DecisionLine>,
    needs: Vec<String>,
    languages: Vec<String>,
}

/// The plan in force on `today` (or the client's nearest decision) and the saved needs.
pub async fn client_plan(
    conn: &mut AnyConnection,
    client_id: i64,
    today: NaiveDate,
) -> Result<ClientPlan, StoreError> {
    let lines = budget::decision_for(conn, client_id, today).await?.map(|d| d.lines).unwrap_or_default();
    let (needs, languages) = providers::client_needs(conn, client_id).await?;
    Ok(ClientPlan { lines, needs, languages })
}

fn query(filters: &Filters) -> Query<'_> {
    Query {
        product: filters.product.as_deref(),
        municipality: filters.municipality.as_deref(),
        language: filters.language.as_deref(),
        accessibility: &filters.accessibility,
        free_places: filters.free_places,
    }
}

/// B19: the feedback others may see.
pub(crate) fn public_feedback(distribution: [i64; 5]) -> Feedback {
    match choice::feedback_aggregate(distribution) {
        Some(a) => Feedback {
            enough_answers: true,
            answers: Some(a.answers),
            average: Some(a.average.to_string()),
            distribution: Some(a.distribution.to_vec()),
        },
        None => Feedback::default(),
    }
}

fn public(registered: Registered) -> Provider {
    Provider { feedback: public_feedback(registered.distribution), ..registered.provider }
}

/// The last provider of a page of the registry, where the next page starts after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct After {
    pub name: String,
    pub id: i64,
}

/// One page of registry data as anyone may read it (the API's search), and where the next
/// page starts when there is one.
pub async fn registry_search(
    db: &Db,
    filters: &Filters,
    after: Option<&After>,
    limit: u32,
) -> Result<(Vec<Provider>, Option<After>), StoreError> {
    let mut conn = db.pool.acquire().await?;
    // One more than asked tells whether a next page exists.
    let window =
        providers::Window { after: after.map(|a| (a.name.as_str(), a.id)), limit: i64::from(limit) + 1 };
    let mut ids = providers::search_ids_in(&mut conn, &query(filters), &window).await?;
    let more = ids.len() > limit as usize;
    ids.truncate(limit as usize);
    let found: Vec<Provider> = providers::load(&mut conn, &ids).await?.into_iter().map(public).collect();
    let next = if more { found.last().map(|p| After { name: p.name.clone(), id: p.id }) } else { None };
    Ok((found, next))
}

/// One active provider's registry data; `None` for a deactivated or unknown one.
pub async fn registry_entry(db: &Db, id: i64) -> Result<Option<Provider>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    if providers::is_active(&mut *conn, id).await? != Some(true) {
        return Ok(None);
    }
    Ok(providers::load(&mut conn, &[id]).await?.into_iter().next().map(public))
}

/// A result and what ranking needs to know of it.
struct Ranked {
    found: Found,
    cost: Option<CostToClient>,
    feedback: Option<choice::FeedbackAggregate>,
    fit: Option<Fit>,
}

/// An estimate as pages and the API show it.
pub fn cost_view(cost: CostToClient) -> CostToYou {
    match cost {
        CostToClient::NothingExtra => CostToYou::NothingExtra,
        CostToClient::ExtraPerMonth(amount) => CostToYou::ExtraPerMonth(amount.to_string()),
        CostToClient::NotInPlan => CostToYou::NotInPlan,
    }
}

fn estimate(cost: CostToClient, product: &str) -> Estimate {
    Estimate { product: product.to_string(), cost: cost_view(cost) }
}

/// The provider as one client's helper sees it: estimates against the plan, fit to the needs.
fn measure(registered: Registered, plan: Option<&ClientPlan>, product: Option<&str>) -> Ranked {
    let aggregate = choice::feedback_aggregate(registered.distribution);
    let provider = public(registered);
    let mut estimates = Vec::new();
    let mut costs = Vec::new();
    if let Some(plan) = plan {
        for offer in &provider.offers {
            let (Some(code), Some(price)) = (Product::parse(&offer.product), Money::parse(&offer.unit_price))
            else {
                continue;
            };
            let cost = choice::cost_to_client(price, plan.lines.iter().find(|l| l.product == code));
            if product.is_none_or(|p| p == offer.product) {
                costs.push((cost, offer.product.clone()));
            }
            estimates.push(estimate(cost, &offer.product));
        }
    }
    let fit = plan.map(|plan| {
        let has_free_places = provider
            .offers
            .iter()
            .any(|o| product.is_none_or(|p| p == o.product) && o.free_places.is_some_and(|n| n > 0));
        // The needs must be met at one place: the client goes to one, not to all.
        let fits = provider.locations.iter().map(|location| {
            let features: Vec<&str> = location.accessibility.iter().map(String::as_str).collect();
            choice::fit(&plan.needs, &plan.languages, &features, &provider.languages, has_free_places)
        });
        fits.min_by_key(|f| f.needs_missing.len()).unwrap_or_else(|| {
            choice::fit(&plan.needs, &plan.languages, &[], &provider.languages, has_free_places)
        })
    });
    let cheapest = costs.into_iter().min_by_key(|(c, _)| c.order_key());
    Ranked {
        found: Found {
            provider,
            estimates,
            lowest_cost: cheapest.as_ref().map(|(cost, product)| estimate(*cost, product)),
            fit: fit.as_ref().map(|f| FitView {
                needs_met: f.needs_met.clone(),
                needs_missing: f.needs_missing.clone(),
                speaks: f.speaks.clone(),
                has_free_places: f.has_free_places,
            }),
        },
        cost: cheapest.map(|(cost, _)| cost),
        feedback: aggregate,
        fit,
    }
}

/// The search page's results, ranked as the person asked.
pub async fn search(
    db: &Db,
    filters: &Filters,
    client: Option<i64>,
    today: NaiveDate,
) -> Result<Vec<Found>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let ids = providers::search_ids(&mut conn, &query(filters)).await?;
    let plan = match client {
        Some(id) => Some(client_plan(&mut conn, id, today).await?),
        None => None,
    };
    let registered = providers::load(&mut conn, &ids).await?;
    let mut ranked: Vec<Ranked> =
        registered.into_iter().map(|r| measure(r, plan.as_ref(), filters.product.as_deref())).collect();
    let order = match filters.sort {
        Sort::Suitable => Order::MostSuitable,
        Sort::Cost => Order::Cost,
        Sort::Feedback => Order::Feedback,
    };
    choice::rank(&mut ranked, order, |r| Candidate {
        name: &r.found.provider.name,
        cost: r.cost,
        feedback: r.feedback.as_ref(),
        fit: r.fit.as_ref(),
    });
    Ok(ranked.into_iter().map(|r| r.found).collect())
}

/// These active providers, in the order given, measured against the client's plan.
pub async fn several(
    db: &Db,
    ids: &[i64],
    client: Option<i64>,
    today: NaiveDate,
) -> Result<Vec<Found>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let mut active = Vec::new();
    for &id in ids {
        if providers::is_active(&mut *conn, id).await? == Some(true) {
            active.push(id);
        }
    }
    let plan = match client {
        Some(id) => Some(client_plan(&mut conn, id, today).await?),
        None => None,
    };
    let registered = providers::load(&mut conn, &active).await?;
    Ok(registered.into_iter().map(|r| measure(r, plan.as_ref(), None).found).collect())
}

/// The accessibility needs saved for the client.
pub async fn saved_needs(db: &Db, client_id: i64) -> Result<Vec<String>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(providers::client_needs(&mut conn, client_id).await?.0)
}

/// Saves needs as the client's own; features the portal does not know are left out.
pub async fn save_needs(db: &Db, client_id: i64, needs: &[String]) -> Result<(), StoreError> {
    let known: Vec<String> =
        needs.iter().filter(|n| ACCESSIBILITY_FEATURES.contains(&n.as_str())).cloned().collect();
    let mut tx = db.pool.begin().await?;
    providers::replace_client_needs(&mut tx, client_id, &known).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn municipalities(db: &Db) -> Result<Vec<String>, StoreError> {
    providers::served_municipalities(&db.pool).await
}

/// A provider's own data, checked: every code known, every figure in range, and no product
/// dropped while an agreement for it still runs (its records would have nowhere to go).
/// Answers with the data as stored. A deactivated provider may still keep its data.
pub async fn update_own(
    db: &Db,
    id: i64,
    data: &ProviderData,
    today: NaiveDate,
) -> Result<Provider, RegistryError> {
    check(data)?;
    let mut tx = db.pool.begin().await?;
    if providers::is_active(&mut *tx, id).await?.is_none() {
        return Err(RegistryError::UnknownProvider);
    }
    for product in Product::ALL {
        let dropped = !data.offers.iter().any(|(p, _, _)| *p == product);
        if dropped && providers::product_in_use(&mut *tx, id, product, today).await? {
            return Err(RegistryError::ProductInUse);
        }
    }
    providers::replace(&mut tx, id, data, today).await?;
    let stored = providers::load(&mut tx, &[id]).await?;
    tx.commit().await?;
    stored.into_iter().next().map(public).ok_or(RegistryError::UnknownProvider)
}

fn check(data: &ProviderData) -> Result<(), RegistryError> {
    let filled = |field: &'static str, text: &str| {
        if text.trim().is_empty() {
            Err(RegistryError::MissingField(field))
        } else {
            Ok(())
        }
    };
    filled("name", &data.name)?;
    for (language, text) in &data.descriptions {
        if app::i18n::Lang::parse(language).is_none() {
            return Err(RegistryError::InvalidLanguage);
        }
        filled("descriptions", text)?;
        if text.chars().count() > 2000 {
            return Err(RegistryError::TooLong("descriptions"));
        }
    }
    for area in &data.areas {
        filled("areas", area)?;
    }
    for location in &data.locations {
        for (field, text) in [
            ("locations.name", &location.name),
            ("locations.address", &location.address),
            ("locations.postal_code", &location.postal_code),
            ("locations.municipality", &location.municipality),
        ] {
            filled(field, text)?;
        }
        if let Some(unknown) =
            location.accessibility.iter().find(|f| !ACCESSIBILITY_FEATURES.contains(&f.as_str()))
        {
            return Err(RegistryError::UnknownFeature(unknown.clone()));
        }
    }
    if data.languages.iter().any(|l| !STAFF_LANGUAGES.contains(&l.as_str())) {
        return Err(RegistryError::InvalidLanguage);
    }
    for (i, (product, _, free_places)) in data.offers.iter().enumerate() {
        if data.offers[..i].iter().any(|(p, _, _)| p == product) {
            return Err(RegistryError::DuplicateLine);
        }
        if let Some(free) = free_places {
            if *free < 0 || product.unit() != Unit::Day {
                return Err(RegistryError::InvalidCapacity);
            }
        }
    }
    if let Some(q) = &data.quality {
        let percent = |v: Option<i64>| v.is_none_or(|v| (0..=100).contains(&v));
        let valid = percent(q.qualified_staff_percent)
            && percent(q.staff_turnover_percent)
            && q.complaints_upheld.is_none_or(|c| c >= 0)
            && q.inspection_date.as_deref().is_none_or(|d| budget::parse_date(d).is_ok())
            && q.inspection_result
                .as_deref()
                .is_none_or(|r| ["no-remarks", "remarks", "serious-remarks"].contains(&r));
        if !valid {
            return Err(RegistryError::InvalidQuality);
        }
    }
    Ok(())
}

/// The organiser takes a provider out of the registry, or back: a deactivated provider is
/// never offered.
pub async fn set_active(db: &Db, id: i64, active: bool) -> Result<(), RegistryError> {
    if providers::set_active(&db.pool, id, active).await? {
        Ok(())
    } else {
        Err(RegistryError::UnknownProvider)
    }
}
