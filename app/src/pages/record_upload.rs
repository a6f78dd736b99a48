//! One file of records a provider sent: what storing it would do, row by row, and the button
//! that stores it; while storing, how far it got; afterwards, what became of every row.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::{use_page_context, PageData};
use crate::i18n::format::{month_name, number};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::record_upload::{RowCounts, RowOutcome, UploadPage, UploadRow, UploadState};

#[component]
pub fn RecordUploadView() -> impl IntoView {
    match use_page_context().data {
        PageData::RecordUpload(page) => view! { <RecordUpload page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn RecordUpload(page: UploadPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let file = ("file", page.file_name.clone().into());
    let (title, lead) = match page.state {
        UploadState::Checked => ("upload-checked-title", "upload-checked-lead"),
        UploadState::Storing => ("upload-storing-title", "upload-storing-lead"),
        UploadState::Stored => ("upload-stored-title", "upload-stored-lead"),
        UploadState::Interrupted => ("upload-interrupted-title", "upload-interrupted-lead"),
    };
    let title = t.text_with(title, &[file]);
    let counted = |n: i64| number(t.lang, &n.to_string());
    let lead = t.text_with(
        lead,
        &[("rows", page.rows.into()), ("done", page.done.into()), ("stored", page.counts.stored().into())],
    );
    let action = match page.state {
        UploadState::Checked if page.counts.stored() > 0 => Some(
            view! {
                <form method="post" action=paths::store_upload(page.id) class="form">
                    <p>{t.text("upload-store-hint")}</p>
                    <button type="submit" class="button">
                        {t.text_with("upload-store", &[("count", page.counts.stored().into())])}
                    </button>
                </form>
            }
            .into_any(),
        ),
        UploadState::Checked => Some(view! { <p>{t.text("upload-nothing")}</p> }.into_any()),
        UploadState::Storing => Some(
            view! {
                <p>
                    <label for="upload-progress">{t.text("upload-progress")}</label>
                    " "
                    <progress id="upload-progress" max=page.rows value=page.done>
                        {format!("{} / {}", counted(page.done), counted(page.rows))}
                    </progress>
                </p>
                <p>
                    <a class="link-alone" href=paths::record_upload(page.id)>{t.text("upload-refresh")}</a>
                </p>
            }
            .into_any(),
        ),
        UploadState::Interrupted => Some(
            view! {
                <form method="post" action=paths::store_upload(page.id) class="form">
                    <button type="submit" class="button">{t.text("upload-go-on")}</button>
                </form>
            }
            .into_any(),
        ),
        UploadState::Stored => page.month.as_ref().map(|month| {
            let href = format!("{}?{}={month}", paths::OUR_RECORDS, paths::MONTH);
            view! {
                <p>
                    <a class="link-alone" href=href>
                        {t.text_with("upload-see-month", &[("month", month_name(t, month).into())])}
                    </a>
                </p>
            }
            .into_any()
        }),
    };
    let counts = (page.state != UploadState::Storing).then(|| counts(t, page.state, page.counts));
    let rows = (page.state != UploadState::Storing && !page.listed.is_empty()).then(|| {
        let more = (page.listed.len() as i64) < page.rows - page.counts.charged;
        let items = page.listed.iter().map(|row| view! { <li>{row_text(t, row)}</li> }).collect_view();
        view! {
            <h2>{t.text("upload-rows-title")}</h2>
            {more.then(|| view! { <p>{t.text_with("upload-rows-first", &[("shown", page.listed.len().into())])}</p> })}
            <ul class="plain-list">{items}</ul>
        }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        {counts}
        {action}
        {rows}
        <p>
            <a class="link-alone" href=paths::UPLOAD_RECORDS>{t.text("upload-another")}</a>
        </p>
    }
}

/// How many rows would come (checked) or came (stored) to each end.
fn counts(t: I18n, state: UploadState, counts: RowCounts) -> impl IntoView {
    let will = state == UploadState::Checked;
    let line = |count: i64, will_id: &'static str, did_id: &'static str| {
        (count > 0).then(|| {
            view! { <li>{t.text_with(if will { will_id } else { did_id }, &[("count", count.into())])}</li> }
        })
    };
    view! {
        <ul>
            {line(counts.charged, "upload-will-charge", "upload-did-charge")}
            {line(counts.held, "upload-will-hold", "upload-did-hold")}
            {line(counts.repeated, "upload-will-repeat", "upload-did-repeat")}
            {line(counts.refused, "upload-will-refuse", "upload-did-refuse")}
        </ul>
    }
}

/// "Line 5 (your id abc-1): refused. The date is outside the client's decision."
fn row_text(t: I18n, row: &UploadRow) -> String {
    let head = t.text_with(
        "upload-row",
        &[("line", i64::from(row.line).into()), ("id", row.record_id.clone().into())],
    );
    let outcome = match &row.outcome {
        RowOutcome::Charged => t.text("upload-row-charged"),
        RowOutcome::Held => t.text("upload-row-held"),
        RowOutcome::Repeated => t.text("upload-row-repeated"),
        RowOutcome::Refused { reasons } => {
            let why: Vec<String> = reasons.iter().map(|id| t.text(id)).collect();
            format!("{} {}", t.text("upload-row-refused"), why.join(" "))
        }
    };
    format!("{head} {outcome}")
}
