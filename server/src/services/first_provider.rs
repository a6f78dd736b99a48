//! The first provider of a service: which services of the client's decisions (the one in force
//! and the one that follows it) have no provider, the providers that could give one, and the
//! agreement made from the client's choice, as a change of provider makes one (B15: active,
//! offering the service, serving the client's municipality, inside the decision).

use std::collections::BTreeMap;

use app::first_provider::{fields, Candidate, FirstProviderPage, NeedsProvider};
use app::i18n::msg;
use app::providers::Filters;
use chrono::NaiveDate;

use crate::clock::now_unix;
use crate::rules::{Period, Product};
use crate::services::providers as provider_search;
use crate::store::budget::{self, date_text, StoredDecision};
use crate::store::changes::{self as change_rows, Actor};
use crate::store::provider_choices;
use crate::store::{providers, Db, StoreError};

/// Why a choice cannot be made; said beside the choices.
#[derive(Debug, thiserror::Error)]
pub enum ChoiceError {
    #[error("the service has a provider, or is in no decision")]
    NotNeeded,
    #[error("no provider was chosen")]
    NoProvider,
    #[error(
        "the provider is not active, does not offer the service, or does not serve the client's municipality"
    )]
    CannotGive,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ChoiceError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ChoiceError::NotNeeded => msg("first-provider-error-not-needed"),
            ChoiceError::NoProvider => msg("first-provider-error-choose"),
            ChoiceError::CannotGive | ChoiceError::Store(_) => msg("first-provider-error-cannot"),
        }
    }
}

/// The client's decision in force on `today` (or the nearest to come), and the one that follows.
async fn decisions_ahead(
    conn: &mut sqlx::AnyConnection,
    client_id: i64,
    today: NaiveDate,
) -> Result<Vec<StoredDecision>, StoreError> {
    let Some(current) = budget::decision_for(conn, client_id, today).await?.filter(|d| d.period.to >= today)
    else {
        return Ok(Vec::new());
    };
    let next = budget::decision_after(conn, &current).await?;
    Ok([Some(current), next].into_iter().flatten().collect())
}

/// The first day a provider could start inside the decision: tomorrow, or the decision's first
/// day if it begins later.
fn first_day(period: &Period, today: NaiveDate) -> Option<NaiveDate> {
    let day = today.succ_opt()?.max(period.from);
    (day <= period.to).then_some(day)
}

/// Each service of the decisions ahead that no agreement covers from its first possible day.
async fn needing(
    conn: &mut sqlx::AnyConnection,
    client_id: i64,
    today: NaiveDate,
) -> Result<Vec<(Product, NaiveDate)>, StoreError> {
    let mut needs: Vec<(Product, NaiveDate)> = Vec::new();
    for decision in decisions_ahead(conn, client_id, today).await? {
        let Some(day) = first_day(&decision.period, today) else { continue };
        for line in &decision.lines {
            if needs.iter().any(|(p, _)| *p == line.product) {
                continue;
            }
            if !provider_choices::has_agreement_from(conn, client_id, line.product, day).await? {
                needs.push((line.product, day));
            }
        }
    }
    needs.sort_by_key(|(p, _)| Product::ALL.iter().position(|q| q == p));
    Ok(needs)
}

fn need_view((product, day): &(Product, NaiveDate)) -> NeedsProvider {
    NeedsProvider { product: product.code().into(), first_day: date_text(*day) }
}

/// Providers that could give the service to the client, as the change of provider finds them.
async fn candidates(
    db: &Db,
    client_id: i64,
    product: Product,
    today: NaiveDate,
) -> Result<Vec<Candidate>, StoreError> {
    let client = budget::find_client(&mut db.pool.acquire().await?, client_id).await?;
    let filters = Filters {
        product: Some(product.code().into()),
        municipality: client.map(|c| c.municipality),
        ..Filters::default()
    };
    let found = provider_search::search(db, &filters, Some(client_id), today).await?;
    Ok(found
        .into_iter()
        .filter_map(|f| {
            let offer = f.provider.offers.iter().find(|o| o.product == product.code())?;
            Some(Candidate {
                provider_id: f.provider.id,
                name: f.provider.name.clone(),
                unit_price: offer.unit_price.clone(),
                feedback: f.provider.feedback.clone(),
            })
        })
        .collect())
}

/// One of the client's first choices, as the notice after choosing says it: the service, the
/// provider and the first day.
pub async fn chosen(
    db: &Db,
    client_id: i64,
    choice_id: i64,
) -> Result<Option<(String, String, String)>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    provider_choices::chosen(&mut conn, client_id, choice_id).await
}

/// `/first-provider`, as the query asks: the services, the providers for one, or the choice.
pub async fn page(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
    query: &BTreeMap<String, String>,
) -> Result<FirstProviderPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let needs = needing(&mut conn, client_id, today).await?;
    drop(conn);
    let asked = query.get(fields::PRODUCT).and_then(|code| Product::parse(code));
    let need = asked.and_then(|product| needs.iter().find(|(p, _)| *p == product).copied());
    let mut page = FirstProviderPage {
        needing: needs.iter().map(need_view).collect(),
        product: need.as_ref().map(need_view),
        candidates: Vec::new(),
        confirm: None,
        error: None,
        chosen: None,
    };
    let Some((product, _)) = need else {
        page.error = asked.map(|_| ChoiceError::NotNeeded.message_id().to_string());
        return Ok(page);
    };
    page.candidates = candidates(db, client_id, product, today).await?;
    let asked = query.get(fields::PROVIDER).and_then(|id| id.parse::<i64>().ok());
    match asked.and_then(|id| page.candidates.iter().find(|c| c.provider_id == id)) {
        Some(candidate) => page.confirm = Some(candidate.clone()),
        // Sent without a choice, or with one that cannot give the service.
        None if asked.is_some() || query.contains_key(fields::CHECK) => {
            page.error = Some(ChoiceError::NoProvider.message_id().to_string());
        }
        None => {}
    }
    Ok(page)
}

/// Makes the agreement from the client's choice, from the first possible day, and keeps who
/// chose: the service, the provider's name and the first day.
pub async fn choose(
    db: &Db,
    client_id: i64,
    form: &BTreeMap<String, String>,
    by: &Actor,
    today: NaiveDate,
) -> Result<i64, ChoiceError> {
    let product =
        form.get(fields::PRODUCT).and_then(|code| Product::parse(code)).ok_or(ChoiceError::NotNeeded)?;
    let provider_id =
        form.get(fields::PROVIDER).and_then(|id| id.parse::<i64>().ok()).ok_or(ChoiceError::NoProvider)?;
    let mut tx = db.pool.begin().await.map_err(StoreError::from)?;
    budget::lock_client(&mut *tx, client_id).await?;
    let needs = needing(&mut tx, client_id, today).await?;
    let (_, day) = needs.into_iter().find(|(p, _)| *p == product).ok_or(ChoiceError::NotNeeded)?;
    let client = budget::find_client(&mut *tx, client_id).await?.ok_or(ChoiceError::NotNeeded)?;
    let active = providers::is_active(&mut *tx, provider_id).await?.unwrap_or(false);
    let offers = budget::provider_price(&mut *tx, provider_id, product).await?.is_some();
    let serves = change_rows::serves_area(&mut tx, provider_id, &client.municipality).await?;
    if !(active && offers && serves) {
        return Err(ChoiceError::CannotGive);
    }
    let agreement = budget::insert_agreement(&mut *tx, client_id, provider_id, product, day, None).await?;
    let choice = provider_choices::insert(&mut tx, client_id, agreement, by, now_unix()).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(choice)
}
