//! A provider's own workspace: its clients and their agreements. A provider sees a client here
//! because it serves them; each look is logged for the client to see, as every look is.

use chrono::NaiveDate;

use app::access::LookedAt;
use app::provider_work::{
    Arrival, Ending, OurAgreement, OurClient, OurClientsPage, OurRecord, OurRecordsPage, RecordState,
    RECORDS_SHOWN,
};

use crate::rules::records::RecordStatus;
use crate::rules::YearMonth;
use crate::services::access::{self, Reader};
use crate::services::budget::units_text;
use crate::store::accounts::Account;
use crate::store::budget::{self, date_text, ProviderRecord};
use crate::store::changes::{self, ProviderAgreement};
use crate::store::providers;
use crate::store::{Db, StoreError};

/// `/our-clients`: the provider's agreements running today or still to begin, by client.
pub async fn our_clients(
    db: &Db,
    account: &Account,
    provider_id: i64,
    today: NaiveDate,
) -> Result<OurClientsPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let provider = providers::name_of(&mut conn, provider_id).await?.unwrap_or_default();
    let rows = changes::provider_agreements(&mut conn, provider_id, today).await?;
    drop(conn);
    let clients = by_client(&rows, today);
    let mut ids: Vec<i64> = rows.iter().map(|r| r.client_id).collect();
    ids.dedup();
    access::log_reads(db, Reader::Person(account), &ids, &LookedAt::ProviderClients).await?;
    Ok(OurClientsPage { provider, clients })
}

/// `/our-records`: the records the provider reported for `month`, with the months around it
/// that have records.
pub async fn our_records(
    db: &Db,
    account: &Account,
    provider_id: i64,
    month: YearMonth,
) -> Result<OurRecordsPage, StoreError> {
    let days = (month.first_day(), month.last_day());
    let mut conn = db.pool.acquire().await?;
    let rows = budget::records_of_provider(&mut conn, provider_id, days, RECORDS_SHOWN).await?;
    let (count, charged) = budget::provider_sums(&mut conn, provider_id, days).await?;
    let (before, after) = budget::provider_record_neighbours(&mut conn, provider_id, days).await?;
    drop(conn);
    let mut ids: Vec<i64> = rows.iter().map(|r| r.record.client_id).collect();
    ids.sort_unstable();
    ids.dedup();
    access::log_reads(db, Reader::Person(account), &ids, &LookedAt::ProviderRecords).await?;
    Ok(OurRecordsPage {
        month: month.to_string(),
        earlier: before.map(|d| YearMonth::of(d).to_string()),
        later: after.map(|d| YearMonth::of(d).to_string()),
        records: rows.iter().map(our_record).collect(),
        count,
        charged: charged.to_string(),
    })
}

fn our_record(row: &ProviderRecord) -> OurRecord {
    let used = &row.record.used;
    OurRecord {
        provider_record_id: row.provider_record_id.clone(),
        client: row.client_name.clone(),
        product: used.product.code().to_string(),
        date: date_text(used.date),
        units: units_text(used.units),
        unit_price: row.record.unit_price.to_string(),
        amount: used.charged.to_string(),
        state: match used.status {
            RecordStatus::Charged => RecordState::Charged,
            RecordStatus::Held => RecordState::Held,
            RecordStatus::Refused => {
                RecordState::Refused { reason: row.record.refusal_reason.clone().unwrap_or_default() }
            }
        },
    }
}

/// The rows, in client order, gathered into one entry a client.
fn by_client(rows: &[ProviderAgreement], today: NaiveDate) -> Vec<OurClient> {
    rows.chunk_by(|a, b| a.client_id == b.client_id)
        .map(|same| OurClient {
            name: same[0].client_name.clone(),
            agreements: same.iter().map(|row| agreement(row, today)).collect(),
        })
        .collect()
}

fn agreement(row: &ProviderAgreement, today: NaiveDate) -> OurAgreement {
    OurAgreement {
        product: row.product.code().to_string(),
        first_day: date_text(row.start),
        last_day: row.end.map(date_text),
        starts: (row.start > today).then_some(if row.by_change_in {
            Arrival::FromAnotherProvider
        } else {
            Arrival::New
        }),
        ends: row.end.map(|_| match (row.by_change_out, row.by_departure) {
            (true, _) => Ending::ToAnotherProvider,
            (false, true) => Ending::LeavesBudget,
            (false, false) => Ending::AgreedEnd,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Product;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 5, d).unwrap()
    }

    fn row(client_id: i64, start: u32, end: Option<u32>) -> ProviderAgreement {
        ProviderAgreement {
            client_id,
            client_name: format!("client {client_id}"),
            product: Product::DayActivities,
            start: day(start),
            end: end.map(day),
            by_change_in: false,
            by_change_out: false,
            by_departure: false,
        }
    }

    #[test]
    fn a_client_with_two_agreements_is_one_entry() {
        let rows = [row(1, 1, None), row(1, 2, None), row(2, 1, None)];
        let clients = by_client(&rows, day(10));
        assert_eq!(clients.iter().map(|c| c.agreements.len()).collect::<Vec<_>>(), [2, 1]);
    }

    #[test]
    fn what_moves_the_days_is_named() {
        let today = day(10);
        let running = agreement(&row(1, 1, None), today);
        assert_eq!((running.starts, running.ends), (None, None));
        let coming = agreement(&ProviderAgreement { by_change_in: true, ..row(1, 15, None) }, today);
        assert_eq!(coming.starts, Some(Arrival::FromAnotherProvider));
        assert_eq!(agreement(&row(1, 10, None), today).starts, None, "starting today is running");
        assert_eq!(agreement(&row(1, 11, None), today).starts, Some(Arrival::New));
        let leaving = agreement(&ProviderAgreement { by_change_out: true, ..row(1, 1, Some(31)) }, today);
        assert_eq!(leaving.ends, Some(Ending::ToAnotherProvider));
        let departing = agreement(&ProviderAgreement { by_departure: true, ..row(1, 1, Some(31)) }, today);
        assert_eq!(departing.ends, Some(Ending::LeavesBudget));
        assert_eq!(agreement(&row(1, 1, Some(31)), today).ends, Some(Ending::AgreedEnd));
    }
}
