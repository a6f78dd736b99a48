//! A provider makes a one-time code for a visit (B20) and prints it with its QR code; the person
//! opens it on a phone or on the tablet at the service place.

use leptos::prelude::*;

use crate::budget::product_label_id;
use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle};
use crate::context::{use_page_context, FormId, PageData};
use crate::feedback::{fields, MadeCode, VisitCodesPage};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn VisitCodesView() -> impl IntoView {
    match use_page_context().data {
        PageData::VisitCodes(page) => view! { <CodesView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn CodesView(page: VisitCodesPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text("visit-codes-title");
    let flash = ctx.flash.filter(|f| f.form == FormId::VisitCode);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(fields::SERVICE)).map(|e| e.text(t));
    let class = if error.is_some() { "field field--error no-print" } else { "field no-print" };
    let options = page
        .services
        .iter()
        .enumerate()
        .map(|(n, code)| {
            // The first radio carries the field's id, so the error summary's link lands on it.
            let id = if n == 0 { field_id(fields::SERVICE) } else { format!("service-{code}") };
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::SERVICE value=code.clone() checked=n == 0 />
                    <label for=id>{t.text(product_label_id(code))}</label>
                </div>
            }
        })
        .collect_view();
    let made = page.made.map(|made| view! { <Made t made /> });
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        {made}
        <div class="no-print">
            <h1>{title}</h1>
            <p class="lead">{t.text_with("visit-codes-intro", &[("provider", page.provider.clone().into())])}</p>
            <form method="post" action=paths::VISIT_CODES class="form" novalidate=true>
                <FormName form=FormId::VisitCode />
                <fieldset class=class>
                    <legend class="faces__legend">{t.text("visit-codes-service")}</legend>
                    {error.map(|e| view! { <FieldErrorMessage id=Some(format!("{}-error", field_id(fields::SERVICE))) text=e /> })}
                    {options}
                </fieldset>
                <button type="submit" class="button">{t.text("visit-codes-make")}</button>
            </form>
        </div>
    }
}

/// The code just made, as it prints: the code in big letters, the address and the QR code.
#[component]
fn Made(t: I18n, made: MadeCode) -> impl IntoView {
    let about = t.text_with(
        "feedback-invitation-title",
        &[
            ("services", t.text(product_label_id(&made.code.product)).into()),
            ("provider", made.code.provider.clone().into()),
        ],
    );
    view! {
        <section class="confirmation" aria-labelledby="made-title">
            <h2 id="made-title">{t.text("visit-codes-made-title")}</h2>
            <p>{about}</p>
            <p class="visit-code">{made.code.grouped()}</p>
            <p>{t.text("visit-codes-how")}</p>
            <p><strong>{made.address.clone()}</strong></p>
            <div class="qr" role="img" aria-label=t.text("visit-codes-qr-label") inner_html=made.qr_svg></div>
            <p>{t.text_with("visit-codes-valid-until", &[("day", day(t, &made.code.valid_until).into())])}</p>
            <p class="no-print">{t.text("visit-codes-print")}</p>
        </section>
    }
}
