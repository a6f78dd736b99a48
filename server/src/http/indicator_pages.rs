//! The organiser's indicators: the page, and the same figures as CSV.

use app::context::PageData;
use app::indicators::{MONTH, PROVIDER, PROVIDER_ID, SERVICE};
use app::role::Role;
use axum::http::header;
use axum::response::IntoResponse;

use super::visit::{PageResult, SignedIn, Visit};
use crate::rules::YearMonth;
use crate::services::indicators::{self, FilterAsked};

/// `/indicators?month=YYYY-MM`: the month's figures by municipality (the last whole month when
/// none is asked for).
pub async fn indicators(signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let Some(month) = month_asked(&visit) else { return Ok(visit.not_found().await) };
    let page = indicators::page(&visit.state.db, month, visit.today(), &filter_asked(&visit)).await?;
    Ok(visit.page(PageData::Indicators(Box::new(page))).await)
}

/// `/indicators.csv?month=YYYY-MM`: the same figures for a spreadsheet.
pub async fn indicators_csv(signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let Some(month) = month_asked(&visit) else { return Ok(visit.not_found().await) };
    let page = indicators::page(&visit.state.db, month, visit.today(), &filter_asked(&visit)).await?;
    let file = format!("attachment; filename=\"indicators-{month}.csv\"");
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, file)],
        indicators::csv(&page),
    )
        .into_response())
}

/// The service and provider asked for; empty fields ask for all.
fn filter_asked(visit: &Visit) -> FilterAsked {
    FilterAsked {
        service: visit.query_value(SERVICE).filter(|code| !code.is_empty()),
        provider_typed: visit.query_value(PROVIDER).unwrap_or_default(),
        provider_id: visit.query_value(PROVIDER_ID).and_then(|id| id.parse().ok()),
    }
}

/// The month asked for; the default when none is; `None` for one that is not a month.
fn month_asked(visit: &Visit) -> Option<YearMonth> {
    match visit.query_value(MONTH) {
        None => Some(indicators::default_month(visit.today())),
        Some(text) => YearMonth::parse(&text),
    }
}
