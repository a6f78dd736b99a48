//! The organiser's way in: clients, providers with their prices, agreements and decisions.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use app::budget::Decision;

use crate::rules::decision::{DecisionLine, LineKind};
use crate::rules::{Money, Period, Product, Unit};
use crate::services::budget::decision_of;
use crate::store::budget::{self, StoredDecision};
use crate::store::{decisions, providers};
use crate::store::{Db, StoreError};

/// Why the organiser's request was refused. Each has a stable code the API sends.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("no such client")]
    UnknownClient,
    #[error("no such provider")]
    UnknownProvider,
    #[error("the provider does not offer this service")]
    ProductNotOffered,
    #[error("the period ends before it starts")]
    InvalidPeriod,
    #[error("{0}")]
    InvalidLine(&'static str),
    #[error("the tier must be 1, 2 or 3 for housing, and absent for other services")]
    InvalidTier,
    #[error("the decision has two lines for the same service")]
    DuplicateLine,
    #[error("the client already has a decision for some of these days")]
    DecisionOverlaps,
    #[error("a name must not be empty")]
    EmptyName,
    #[error("language must be fi, sv or en (staff languages: fi, sv, en, se, ru, et, ar, fse)")]
    InvalidLanguage,
    #[error("{0} must not be empty")]
    MissingField(&'static str),
    #[error("{0} is longer than 2000 characters")]
    TooLong(&'static str),
    #[error("unknown accessibility feature {0}; known: step-free-access, accessible-toilet, hearing-loop, quiet-space, accessible-parking, public-transport")]
    UnknownFeature(String),
    #[error("free places are counted for housing and day activities only, and never below zero")]
    InvalidCapacity,
    #[error("quality figures: percentages 0-100, complaints 0 or more, a date YYYY-MM-DD, result no-remarks, remarks or serious-remarks")]
    InvalidQuality,
    #[error("a service cannot be dropped while an agreement for it still runs")]
    ProductInUse,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for RegistryError {
    fn from(error: sqlx::Error) -> Self {
        RegistryError::Store(error.into())
    }
}

impl RegistryError {
    pub fn code(&self) -> &'static str {
        match self {
            RegistryError::UnknownClient => "not-found",
            RegistryError::UnknownProvider => "unknown-provider",
            RegistryError::ProductNotOffered => "product-not-offered",
            RegistryError::InvalidPeriod => "invalid-period",
            RegistryError::InvalidLine(_) => "invalid-line",
            RegistryError::InvalidTier => "invalid-tier",
            RegistryError::DuplicateLine => "duplicate-line",
            RegistryError::DecisionOverlaps => "decision-overlaps",
            RegistryError::EmptyName => "invalid-name",
            RegistryError::InvalidLanguage => "invalid-language",
            RegistryError::MissingField(_) => "missing-field",
            RegistryError::TooLong(_) => "too-long",
            RegistryError::UnknownFeature(_) => "unknown-feature",
            RegistryError::InvalidCapacity => "invalid-capacity",
            RegistryError::InvalidQuality => "invalid-quality",
            RegistryError::ProductInUse => "product-in-use",
            RegistryError::Store(_) => "internal",
        }
    }
}

fn non_empty(text: &str) -> Result<&str, RegistryError> {
    let text = text.trim();
    if text.is_empty() {
        Err(RegistryError::EmptyName)
    } else {
        Ok(text)
    }
}

pub async fn create_client(
    db: &Db,
    name: &str,
    municipality: &str,
    language: &str,
) -> Result<i64, RegistryError> {
    if app::i18n::Lang::parse(language).is_none() {
        return Err(RegistryError::InvalidLanguage);
    }
    Ok(budget::insert_client(&db.pool, non_empty(name)?, non_empty(municipality)?, language).await?)
}

/// A provider serving its home municipality, offering the products at their prices from `today`.
pub async fn create_provider(
    db: &Db,
    name: &str,
    municipality: &str,
    prices: &[(Product, Money)],
    today: NaiveDate,
) -> Result<i64, RegistryError> {
    let (name, municipality) = (non_empty(name)?, non_empty(municipality)?);
    for (i, (product, _)) in prices.iter().enumerate() {
        if prices[..i].iter().any(|(p, _)| p == product) {
            return Err(RegistryError::DuplicateLine);
        }
    }
    let mut tx = db.pool.begin().await?;
    let id = providers::insert(&mut tx, name, municipality).await?;
    for &(product, price) in prices {
        providers::insert_offer(&mut tx, id, product, price, Some(today)).await?;
    }
    tx.commit().await?;
    Ok(id)
}

pub async fn create_agreement(
    db: &Db,
    client_id: i64,
    provider_id: i64,
    product: Product,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<i64, RegistryError> {
    if end.is_some_and(|end| end < start) {
        return Err(RegistryError::InvalidPeriod);
    }
    let mut tx = db.pool.begin().await?;
    if budget::find_client(&mut *tx, client_id).await?.is_none() {
        return Err(RegistryError::UnknownClient);
    }
    if !budget::provider_exists(&mut *tx, provider_id).await? {
        return Err(RegistryError::UnknownProvider);
    }
    if budget::provider_price(&mut *tx, provider_id, product).await?.is_none() {
        return Err(RegistryError::ProductNotOffered);
    }
    let id = budget::insert_agreement(&mut *tx, client_id, provider_id, product, start, end).await?;
    tx.commit().await?;
    Ok(id)
}

/// A decision line as the organiser asks for it; the unit value defaults from the price list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineRequest {
    pub product: Product,
    pub tier: Option<u8>,
    /// `None` for a daily line.
    pub units_per_month: Option<Decimal>,
    pub daily: bool,
    pub unit_value: Option<Money>,
}

/// Checks a requested line against the price list and B4.
pub fn decision_line(request: &LineRequest) -> Result<DecisionLine, RegistryError> {
    let product = request.product;
    let tier_ok = match request.tier {
        Some(t) => product.has_tiers() && (1..=3).contains(&t),
        None => !product.has_tiers(),
    };
    if !tier_ok {
        return Err(RegistryError::InvalidTier);
    }
    let kind = match (request.daily, request.units_per_month) {
        (true, None) if product.unit() == Unit::Day => LineKind::Daily,
        (true, None) => {
            return Err(RegistryError::InvalidLine("only a service paid by the day can be daily"))
        }
        (true, Some(_)) => return Err(RegistryError::InvalidLine("a daily line has no units_per_month")),
        (false, Some(units)) if units > Decimal::ZERO => LineKind::Monthly { units_per_month: units },
        (false, _) => {
            return Err(RegistryError::InvalidLine("a monthly line needs units_per_month above zero"));
        }
    };
    let unit_value = match request.unit_value {
        Some(v) if v < Money::ZERO => {
            return Err(RegistryError::InvalidLine("unit_value must not be negative"))
        }
        Some(v) => v,
        None => product.voucher_value(request.tier).ok_or(RegistryError::InvalidTier)?,
    };
    Ok(DecisionLine { product, tier: request.tier, kind, unit_value })
}

pub async fn create_decision(
    db: &Db,
    client_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    lines: &[LineRequest],
) -> Result<Decision, RegistryError> {
    let period = Period::new(from, to).map_err(|_| RegistryError::InvalidPeriod)?;
    if lines.is_empty() {
        return Err(RegistryError::InvalidLine("a decision needs at least one line"));
    }
    let lines = lines.iter().map(decision_line).collect::<Result<Vec<_>, _>>()?;
    for (i, line) in lines.iter().enumerate() {
        if lines[..i].iter().any(|l| l.product == line.product) {
            return Err(RegistryError::DuplicateLine);
        }
    }
    let mut tx = db.pool.begin().await?;
    if budget::find_client(&mut *tx, client_id).await?.is_none() {
        return Err(RegistryError::UnknownClient);
    }
    if decisions::overlaps_another(&mut tx, client_id, &period, None).await? {
        return Err(RegistryError::DecisionOverlaps);
    }
    let id = decisions::make(&mut tx, client_id, &period, &lines).await?;
    tx.commit().await?;
    Ok(decision_of(&StoredDecision { id, client_id, period, lines }))
}
