//! A provider's own workspace: its clients and their agreements. A provider sees a client here
//! because it serves them; each look is logged for the client to see, as every look is.

use chrono::NaiveDate;

use app::access::LookedAt;
use std::collections::BTreeMap;

use app::i18n::msg;
use app::provider_work::{
    fields, Arrival, Ending, OurAgreement, OurClient, OurClientsPage, OurRecord, OurRecordsPage, RecordState,
    ReportPage, RECORDS_SHOWN,
};
use rust_decimal::Decimal;

use crate::rules::calendar::parse_day;
use crate::rules::records::{RecordStatus, Refusal};
use crate::rules::{Money, Product, YearMonth};
use crate::services::access::{self, Reader};
use crate::services::api_tokens::random_secret;
use crate::services::budget::units_text;
use crate::services::decision_form::{parse_decimal, parse_euros};
use crate::services::records::{self, NewRecord, Outcome, ReportError};
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
    reported: Option<String>,
) -> Result<OurRecordsPage, StoreError> {
    let reader = Reader::Person(account);
    let (count, charged, rows) = month_of_records(db, reader, provider_id, month, RECORDS_SHOWN).await?;
    let days = (month.first_day(), month.last_day());
    let mut conn = db.pool.acquire().await?;
    let (before, after) = budget::provider_record_neighbours(&mut conn, provider_id, days).await?;
    Ok(OurRecordsPage {
        month: month.to_string(),
        reported,
        earlier: before.map(|d| YearMonth::of(d).to_string()),
        later: after.map(|d| YearMonth::of(d).to_string()),
        records: rows.iter().map(our_record).collect(),
        count,
        charged: charged.to_string(),
    })
}

/// The most records the API lists for one month; its count says how many there are.
pub const RECORDS_LISTED: i64 = 10_000;

/// A month of the provider's records, at most `limit`, with how many there are and what the
/// charged ones add up to; the look is logged for each client listed.
pub async fn month_of_records(
    db: &Db,
    reader: Reader<'_>,
    provider_id: i64,
    month: YearMonth,
    limit: i64,
) -> Result<(i64, Money, Vec<ProviderRecord>), StoreError> {
    let days = (month.first_day(), month.last_day());
    let mut conn = db.pool.acquire().await?;
    let rows = budget::records_of_provider(&mut conn, provider_id, days, limit).await?;
    let (count, charged) = budget::provider_sums(&mut conn, provider_id, days).await?;
    drop(conn);
    let mut ids: Vec<i64> = rows.iter().map(|r| r.record.client_id).collect();
    ids.sort_unstable();
    ids.dedup();
    access::log_reads(db, reader, &ids, &LookedAt::ProviderRecords).await?;
    Ok((count, charged, rows))
}

/// `/our-records/new`: the clients and services the provider may report for, and a new record
/// id for the form.
pub async fn report_page(db: &Db, provider_id: i64, today: NaiveDate) -> Result<ReportPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let rows = changes::provider_agreements(&mut conn, provider_id, today).await?;
    let mut clients: Vec<(i64, String)> = rows.iter().map(|r| (r.client_id, r.client_name.clone())).collect();
    clients.dedup();
    let mut services: Vec<Product> = rows.iter().map(|r| r.product).collect();
    services.sort();
    services.dedup();
    Ok(ReportPage {
        clients,
        services: services.iter().map(|p| p.code().to_string()).collect(),
        record_id: format!("portal-{}", &random_secret()[..16]),
    })
}

/// What is wrong with a reported service, each beside its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormError {
    Client,
    /// The provider has no agreement with the client, or there is no such client (B7).
    UnknownClient,
    Service,
    NotInPlan,
    Date,
    OutsidePeriod,
    OutsideAgreement,
    Units,
    Price,
    /// The form's record id was sent before with other values (B9).
    Again,
    /// The form came without its record id (only a form changed by hand does).
    NoRecordId,
}

impl ReportFormError {
    pub fn field(self) -> &'static str {
        match self {
            ReportFormError::Client | ReportFormError::UnknownClient => fields::CLIENT,
            ReportFormError::Service | ReportFormError::NotInPlan => fields::SERVICE,
            ReportFormError::Date | ReportFormError::OutsidePeriod | ReportFormError::OutsideAgreement => {
                fields::DATE
            }
            ReportFormError::Units => fields::UNITS,
            ReportFormError::Price => fields::PRICE,
            ReportFormError::Again | ReportFormError::NoRecordId => "",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ReportFormError::Client => msg("report-error-client"),
            ReportFormError::UnknownClient => msg("report-error-unknown-client"),
            ReportFormError::Service => msg("report-error-service"),
            ReportFormError::NotInPlan => msg("report-error-not-in-plan"),
            ReportFormError::Date => msg("report-error-date"),
            ReportFormError::OutsidePeriod => msg("report-error-outside-period"),
            ReportFormError::OutsideAgreement => msg("report-error-outside-agreement"),
            ReportFormError::Units => msg("report-error-units"),
            ReportFormError::Price => msg("report-error-price"),
            ReportFormError::Again => msg("report-error-again"),
            ReportFormError::NoRecordId => msg("report-error-no-id"),
        }
    }

    /// The rules' refusal of a record (B7), told beside the field it is about: the API's codes.
    fn of_refusal(refusal: Refusal) -> ReportFormError {
        match refusal {
            Refusal::NotInPlan => ReportFormError::NotInPlan,
            Refusal::OutsidePeriod => ReportFormError::OutsidePeriod,
            Refusal::OutsideAgreement => ReportFormError::OutsideAgreement,
            Refusal::InvalidUnits => ReportFormError::Units,
            Refusal::InvalidPrice => ReportFormError::Price,
        }
    }
}

/// Checks the form's fields; every wrong one is named, in the order of the form.
pub fn check_report(form: &BTreeMap<String, String>) -> Result<NewRecord, Vec<ReportFormError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let client = value(fields::CLIENT).parse::<i64>().ok();
    let product = Product::parse(value(fields::SERVICE));
    let date = parse_day(value(fields::DATE));
    let units = parse_decimal(value(fields::UNITS)).filter(|u| *u > Decimal::ZERO);
    let price = parse_euros(value(fields::PRICE));
    let record = value(fields::RECORD);
    match (client, product, date, units, price) {
        (Some(client_id), Some(product), Some(date), Some(units), Some(unit_price)) if !record.is_empty() => {
            Ok(NewRecord {
                provider_record_id: record.to_string(),
                client_id,
                product,
                date,
                units,
                unit_price,
            })
        }
        _ => Err([
            (client.is_none(), ReportFormError::Client),
            (product.is_none(), ReportFormError::Service),
            (date.is_none(), ReportFormError::Date),
            (units.is_none(), ReportFormError::Units),
            (price.is_none(), ReportFormError::Price),
            (record.is_empty(), ReportFormError::NoRecordId),
        ]
        .into_iter()
        .filter_map(|(wrong, error)| wrong.then_some(error))
        .collect()),
    }
}

/// Reports the service from the form for the provider, by the same rules as its own system's
/// reports (B6-B9). Sent twice, the form stores its record once.
pub async fn report(
    db: &Db,
    provider_id: i64,
    record: &NewRecord,
    today: NaiveDate,
) -> Result<Result<(), ReportFormError>, StoreError> {
    match records::report(db, provider_id, record, today).await {
        Ok(Outcome::Created(_) | Outcome::Repeated(_)) => Ok(Ok(())),
        Err(error) => report_error(error).map(Err),
    }
}

/// What a report's refusal says beside the field it is about; a database error stays one.
pub fn report_error(error: ReportError) -> Result<ReportFormError, StoreError> {
    match error {
        ReportError::UnknownClient => Ok(ReportFormError::UnknownClient),
        ReportError::Refused(refusal) => Ok(ReportFormError::of_refusal(refusal)),
        ReportError::Conflict => Ok(ReportFormError::Again),
        ReportError::Store(error) => Err(error),
    }
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
            RecordStatus::Charged => {
                RecordState::Charged { settlement: row.record.settlement.map(|m| m.to_string()) }
            }
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
    fn a_form_without_its_record_id_is_told_so_and_nothing_else() {
        let form: BTreeMap<String, String> = [
            (fields::CLIENT, "1"),
            (fields::SERVICE, "day-activities"),
            (fields::DATE, "9.5.2018"),
            (fields::UNITS, "1"),
            (fields::PRICE, "75,00"),
            (fields::RECORD, " "),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(check_report(&form), Err(vec![ReportFormError::NoRecordId]));
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
