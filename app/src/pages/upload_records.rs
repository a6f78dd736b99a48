//! Send records as a file: a provider's form for a month's records in one CSV file, with what
//! the file's columns are and a file to fill in with its clients.

use leptos::prelude::*;

use crate::components::form::{ErrorSummary, FileField, FormTitle};
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::number;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::record_upload::{columns, UploadFormPage, UploadState, FILE_FIELD};

#[component]
pub fn UploadRecordsView() -> impl IntoView {
    match use_page_context().data {
        PageData::UploadRecords(page) => view! { <UploadRecords page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn UploadRecords(page: UploadFormPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text("upload-title");
    let flash = ctx.flash.filter(|f| f.form == FormId::Upload);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(FILE_FIELD)).map(|e| e.text(t)).unwrap_or_default();
    let has_errors = !errors.is_empty();
    if !page.has_clients {
        return view! {
            <FormTitle text=title.clone() has_errors=false />
            <h1>{title}</h1>
            <p class="lead">{t.text("report-none")}</p>
        }
        .into_any();
    }
    let column = |name: &'static str, id: &'static str| {
        view! {
            <li>
                <code>{name}</code>
                ": "
                {t.text(id)}
            </li>
        }
    };
    let earlier = (!page.earlier.is_empty()).then(|| {
        let items = page
            .earlier
            .iter()
            .map(|file| {
                let state = match file.state {
                    UploadState::Checked => "upload-state-checked",
                    UploadState::Storing => "upload-state-storing",
                    UploadState::Stored => "upload-state-stored",
                    UploadState::Interrupted => "upload-state-interrupted",
                };
                let rows = t.text_with("upload-rows", &[("count", file.rows.into())]);
                view! {
                    <li>
                        <a class="link-alone" href=paths::record_upload(file.id)>
                            {file.file_name.clone()}
                        </a>
                        {format!(" {rows} {}", t.text(state))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{t.text("upload-earlier")}</h2>
            <ul class="plain-list">{items}</ul>
        }
    });
    view! {
        <FormTitle text=title.clone() has_errors />
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{t.text("upload-intro")}</p>
        <form method="post" action=paths::UPLOAD_RECORDS enctype="multipart/form-data" class="form">
            <FileField
                name=FILE_FIELD
                label=t.text("upload-file")
                hint=t.text_with("upload-file-hint", &[("most", number(t.lang, &crate::record_upload::MAX_ROWS.to_string()).into())])
                error
                accept=".csv,text/csv"
            />
            <button type="submit" class="button">{t.text("upload-check")}</button>
        </form>
        <h2>{t.text("upload-columns")}</h2>
        <p>{t.text("upload-columns-intro")}</p>
        <ul>
            {column(columns::RECORD_ID, "upload-column-record-id")}
            {column(columns::CLIENT_ID, "upload-column-client-id")}
            {column(columns::PRODUCT, "upload-column-product")}
            {column(columns::DATE, "upload-column-date")}
            {column(columns::UNITS, "upload-column-units")}
            {column(columns::UNIT_PRICE, "upload-column-unit-price")}
        </ul>
        <p>
            <a class="link-alone" href=paths::UPLOAD_TEMPLATE download=true>
                {t.text("upload-template")}
            </a>
        </p>
        {earlier}
    }
    .into_any()
}
