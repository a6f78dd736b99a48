//! The provider's own workspace pages.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId, PageData};
use app::paths;
use app::role::Role;
use axum::response::{IntoResponse, Redirect};

use super::session;
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
    let reported = visit.query_value("reported");
    let page = provider_work::our_records(&visit.state.db, &account, provider_id, month, reported).await?;
    Ok(visit.page(PageData::OurRecords(Box::new(page))).await)
}

/// `/our-records/new`: the form to report one service.
pub async fn report_form(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let page = provider_work::report_page(&visit.state.db, provider_id, visit.today()).await?;
    Ok(visit.page(PageData::Report(Box::new(page))).await)
}

/// POST `/our-records/new`: stores the record and shows it in its month, or brings the form back
/// filled in with the error beside its field.
pub async fn report(signed_in: SignedIn, body: String) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let errors = match provider_work::check_report(&form) {
        Ok(record) => {
            match provider_work::report(&visit.state.db, provider_id, &record, visit.today()).await? {
                Ok(()) => {
                    let month = YearMonth::of(record.date);
                    let id: String =
                        form_urlencoded::byte_serialize(record.provider_record_id.as_bytes()).collect();
                    let done = format!("{}?{}={month}&reported={id}", paths::OUR_RECORDS, paths::MONTH);
                    return Ok(Redirect::to(&done).into_response());
                }
                Err(error) => vec![error],
            }
        }
        Err(errors) => errors,
    };
    let errors = errors.iter().map(|e| FieldError::new(e.field(), e.message_id())).collect();
    session::set_flash(&visit.session, FormFlash { form: FormId::Report, values: form, errors }).await;
    Ok(Redirect::to(paths::REPORT).into_response())
}
