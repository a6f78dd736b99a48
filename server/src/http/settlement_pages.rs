//! The organiser's monthly settlements: the list, one month, its approval, and its files.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId, PageData};
use app::paths;
use app::role::Role;
use app::settlements::fields;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Redirect};

use super::session;
use super::visit::{PageResult, SignedIn};
use crate::rules::{Money, YearMonth};
use crate::services::settlements::{self, NotApproved};

/// `/settlements`: the month to settle next and the months settled.
pub async fn settlements(signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let page = settlements::settlements_page(&visit.state.db, visit.today()).await?;
    Ok(visit.page(PageData::Settlements(Box::new(page))).await)
}

/// `/settlements/{month}`: one month's settlement.
pub async fn settlement(Path(month): Path<String>, signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let Some(month) = YearMonth::parse(&month) else { return Ok(visit.not_found().await) };
    let payer = visit.state.config.payer.as_ref();
    let page = settlements::settlement_page(&visit.state.db, month, visit.today(), payer).await?;
    Ok(visit.page(PageData::Settlement(Box::new(page))).await)
}

/// `/settlements/{month}/csv`: the month per provider for a spreadsheet.
pub async fn settlement_csv(Path(month): Path<String>, signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let Some(month) = YearMonth::parse(&month) else { return Ok(visit.not_found().await) };
    let payer = visit.state.config.payer.as_ref();
    let page = settlements::settlement_page(&visit.state.db, month, visit.today(), payer).await?;
    let file = format!("attachment; filename=\"settlement-{month}.csv\"");
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, file)],
        settlements::csv(&page),
    )
        .into_response())
}

/// `/settlements/{month}/payments`: the approved month's bank payment file (pain.001.001.03).
pub async fn settlement_payments(Path(month): Path<String>, signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let Some(month) = YearMonth::parse(&month) else { return Ok(visit.not_found().await) };
    let payer = visit.state.config.payer.as_ref();
    // The month's page says why there is no file; asked for here anyway, there is none.
    let Ok(xml) = settlements::payment_file(&visit.state.db, month, payer).await? else {
        return Ok(visit.not_found().await);
    };
    let file = format!("attachment; filename=\"payments-{month}.xml\"");
    Ok(([(header::CONTENT_TYPE, "application/xml".to_string()), (header::CONTENT_DISPOSITION, file)], xml)
        .into_response())
}

/// POST `/settlements/{month}/approve`: approves and locks the month when it pays what the
/// organiser saw; otherwise back to the month with why.
pub async fn approve(Path(month): Path<String>, signed_in: SignedIn, body: String) -> PageResult {
    let (visit, account) = signed_in.only(Role::Organiser).await?;
    let Some(month) = YearMonth::parse(&month) else { return Ok(visit.not_found().await) };
    let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let seen = form
        .get(fields::RECORDS)
        .and_then(|r| r.parse::<i64>().ok())
        .zip(form.get(fields::AMOUNT).and_then(|a| Money::parse(a)));
    let outcome = match seen {
        Some(seen) => {
            settlements::approve(&visit.state.db, month, &account.display_name, visit.today(), seen).await?
        }
        // Only a form changed by hand sends no figures: as if they had changed.
        None => Err(NotApproved::FiguresChanged),
    };
    if let Err(why) = outcome {
        let message = match why {
            NotApproved::FiguresChanged => "settlement-error-changed",
            NotApproved::NotNow(_) => "settlement-error-not-now",
        };
        let errors = vec![FieldError::new("", message)];
        session::set_flash(&visit.session, FormFlash { form: FormId::Settlement, values: form, errors })
            .await;
    }
    Ok(Redirect::to(&paths::settlement(&month.to_string())).into_response())
}
