//! The provider's own workspace pages.

use app::context::PageData;
use app::paths;
use app::role::Role;

use super::visit::{PageResult, SignedIn};
use crate::rules::YearMonth;
use crate::services::provider_work;

/// `/our-clients`: the provider's clients, who starts and who leaves.
pub async fn our_clients(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let page = provider_work::our_clients(&visit.state.db, &account, provider_id, visit.today()).await?;
    Ok(visit.page(PageData::OurClients(Box::new(page))).await)
}

/// `/our-records?month=YYYY-MM`: the records the provider reported for a month, today's month
/// unless another is asked for.
pub async fn our_records(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let month = match visit.query_value(paths::MONTH) {
        Some(asked) => match YearMonth::parse(&asked) {
            Some(month) => month,
            None => return Ok(visit.not_found().await),
        },
        None => YearMonth::of(visit.today()),
    };
    let page = provider_work::our_records(&visit.state.db, &account, provider_id, month).await?;
    Ok(visit.page(PageData::OurRecords(Box::new(page))).await)
}
