//! Report a service: a provider's form for one record, checked by the same rules as the records
//! its own system sends (B6-B9). It comes back filled in with each error beside its field.

use leptos::prelude::*;

use crate::budget::product_label_id;
use crate::components::form::{ErrorSummary, FormName, FormTitle, SelectField, TextField};
use crate::context::{use_page_context, FormId, PageData};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::provider_work::{fields, ReportPage};

#[component]
pub fn ReportView() -> impl IntoView {
    match use_page_context().data {
        PageData::Report(page) => view! { <ReportForm page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn ReportForm(page: ReportPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text("report-title");
    let flash = ctx.flash.filter(|f| f.form == FormId::Report);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let value = |name: &str| flash.as_ref().and_then(|f| f.values.get(name).cloned()).unwrap_or_default();
    let error =
        |name: &str| flash.as_ref().and_then(|f| f.error(name)).map(|e| e.text(t)).unwrap_or_default();
    // The form sent again keeps its record id, so that a second send stores nothing twice.
    let record_id = Some(value(fields::RECORD)).filter(|v| !v.is_empty()).unwrap_or(page.record_id);
    let has_errors = !errors.is_empty();
    if page.clients.is_empty() {
        return view! {
            <FormTitle text=title.clone() has_errors=false />
            <h1>{title}</h1>
            <p class="lead">{t.text("report-none")}</p>
        }
        .into_any();
    }
    let clients = page.clients.into_iter().map(|(id, name)| (id.to_string(), name)).collect::<Vec<_>>();
    let services = page
        .services
        .into_iter()
        .map(|code| (code.clone(), t.text(product_label_id(&code))))
        .collect::<Vec<_>>();
    view! {
        <FormTitle text=title.clone() has_errors />
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{t.text("report-intro")}</p>
        <form method="post" action=paths::REPORT class="form" novalidate=true>
            <FormName form=FormId::Report />
            <input type="hidden" name=fields::RECORD value=record_id />
            <SelectField
                name=fields::CLIENT
                label=t.text("report-client")
                error=error(fields::CLIENT)
                value=value(fields::CLIENT)
                options=clients
            />
            <SelectField
                name=fields::SERVICE
                label=t.text("report-service")
                error=error(fields::SERVICE)
                value=value(fields::SERVICE)
                options=services
            />
            <TextField
                name=fields::DATE
                label=t.text("report-date")
                hint=t.text("report-date-hint")
                error=error(fields::DATE)
                value=value(fields::DATE)
            />
            <TextField
                name=fields::UNITS
                label=t.text("report-units")
                hint=t.text("report-units-hint")
                error=error(fields::UNITS)
                value=value(fields::UNITS)
                input_type="text"
            />
            <TextField
                name=fields::PRICE
                label=t.text("report-price")
                hint=t.text("report-price-hint")
                error=error(fields::PRICE)
                value=value(fields::PRICE)
            />
            <button type="submit" class="button">{t.text("report-send")}</button>
        </form>
    }
    .into_any()
}
