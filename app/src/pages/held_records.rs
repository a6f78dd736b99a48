//! The counsellor reviews a client's records held because the budget would have run out (B8):
//! releases one, charged now if it fits in what is left, or refuses it with a reason the client
//! reads on "Done for me" and their budget page.

use leptos::prelude::*;

use crate::budget::units_text;
use crate::budget::{product_label_id, HeldRecord};
use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormTitle};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::counsellor::{review_field, review_fields as fields, HeldPage, Reviewed};
use crate::i18n::format::{day, euros};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn HeldRecordsView() -> impl IntoView {
    match use_page_context().data {
        PageData::Held(page) => view! { <HeldRecords page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn HeldRecords(page: HeldPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("review-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::Review);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let done = page.done.map(|done| {
        let id = match done {
            Reviewed::Released => "review-released",
            Reviewed::Refused => "review-refused",
        };
        view! { <p class="notice" role="status">{t.text(id)}</p> }
    });
    let left = page
        .left
        .map(|left| view! { <p>{t.text_with("review-left", &[("amount", euros(t, &left).into())])}</p> });
    let client_id = page.client_id;
    let records = if page.held.is_empty() {
        view! { <p>{t.text("review-none")}</p> }.into_any()
    } else {
        let cards = page
            .held
            .into_iter()
            .map(|record| view! { <HeldCard t client_id record flash=flash.clone() /> })
            .collect_view();
        view! { <ul class="cards">{cards}</ul> }.into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        {done}
        <p class="lead">{t.text("review-intro")}</p>
        {left}
        {records}
    }
}

/// One held record with its two forms: release it, or refuse it with a reason.
#[component]
fn HeldCard(t: I18n, client_id: i64, record: HeldRecord, flash: Option<FormFlash>) -> impl IntoView {
    let heading_id = format!("held-{}", record.id);
    let heading = t.text_with(
        "review-record",
        &[
            ("date", day(t, &record.date).into()),
            ("service", t.text(product_label_id(&record.product)).into()),
        ],
    );
    let detail = t.text_with(
        "review-record-detail",
        &[
            ("units", units_text(t, &record.product, &record.units).into()),
            ("provider", record.provider.clone().into()),
            ("amount", euros(t, &record.amount).into()),
        ],
    );
    let (release, reason) =
        (review_field(fields::RELEASE, record.id), review_field(fields::REASON, record.id));
    let error = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    let (release_error, reason_error) = (error(&release), error(&reason));
    // The reason typed comes back only on the card it was typed on.
    let typed = flash
        .as_ref()
        .filter(|_| reason_error.is_some())
        .map(|f| f.value(fields::REASON))
        .unwrap_or_default();
    let (release_id, reason_id) = (field_id(&release), field_id(&reason));
    let release_error_id = format!("{release_id}-error");
    let (hint_id, reason_error_id) = (format!("{reason_id}-hint"), format!("{reason_id}-error"));
    let release_described = match release_error {
        Some(_) => format!("{heading_id} {release_error_id}"),
        None => heading_id.clone(),
    };
    let reason_described = match reason_error {
        Some(_) => format!("{hint_id} {reason_error_id}"),
        None => hint_id.clone(),
    };
    let invalid = reason_error.is_some().then_some("true");
    let reason_class = if reason_error.is_some() { "field field--error" } else { "field" };
    view! {
        <li class="card">
            <h2 id=heading_id.clone()>{heading}</h2>
            <p>{detail}</p>
            <form method="post" action=paths::release_record(client_id, record.id)>
                {release_error.map(|e| view! { <FieldErrorMessage id=Some(release_error_id) text=e /> })}
                <button type="submit" class="button" id=release_id aria-describedby=release_described>
                    {t.text("review-release")}
                </button>
            </form>
            <form method="post" action=paths::refuse_record(client_id, record.id) class="form" novalidate=true>
                <div class=reason_class>
                    <label for=reason_id.clone() class="field__label">{t.text("review-reason")}</label>
                    <p class="field__hint" id=hint_id>{t.text("review-reason-hint")}</p>
                    {reason_error.map(|e| view! { <FieldErrorMessage id=Some(reason_error_id) text=e /> })}
                    <textarea
                        class="field__input field__textarea"
                        id=reason_id
                        name=fields::REASON
                        rows="3"
                        aria-describedby=reason_described
                        aria-invalid=invalid
                    >
                        {typed}
                    </textarea>
                </div>
                <button type="submit" class="button button--secondary" aria-describedby=heading_id>
                    {t.text("review-refuse")}
                </button>
            </form>
        </li>
    }
}
