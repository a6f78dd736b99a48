//! Our records, the provider's workspace: a month of the records it reported, how many and what
//! they add up to, the ones held for review or refused first with why, then every record.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{day, euros, month_name, number};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::provider_work::{OurRecord, OurRecordsPage, RecordState};

#[component]
pub fn OurRecordsView() -> impl IntoView {
    match use_page_context().data {
        PageData::OurRecords(page) => view! { <OurRecords page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn OurRecords(page: OurRecordsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let month = month_name(t, &page.month);
    let title = t.text_with("our-records-title", &[("month", month.clone().into())]);
    let summary = t.text_with(
        "our-records-summary",
        &[("count", page.count.into()), ("charged", euros(t, &page.charged).into())],
    );
    let shown = (page.count > page.records.len() as i64).then(|| {
        view! { <p>{t.text_with("our-records-first", &[("shown", page.records.len().into())])}</p> }
    });
    let not_charged = page.not_charged().cloned().map(|r| view! { <RecordItem t record=r /> }).collect_view();
    let has_not_charged = page.not_charged().next().is_some();
    let all = page.records.iter().cloned().map(|r| view! { <RecordItem t record=r /> }).collect_view();
    let around = month_links(t, &page);
    // The record just sent with the form, and what became of it.
    let reported =
        page.reported.as_ref().and_then(|id| page.records.iter().find(|r| &r.provider_record_id == id));
    let reported = reported.map(|record| {
        let text = record_text(t, record);
        view! {
            <div class="notice" role="status">
                <p>{t.text("our-records-reported")}</p>
                <p>{format!("{} {}", text.0, text.1)}</p>
            </div>
        }
    });
    view! {
        <Title text=title.clone() />
        {reported}
        <h1>{title}</h1>
        <p class="lead">{summary}</p>
        <div class="button-row">
            <a class="button" href=paths::REPORT>{t.text("our-records-report")}</a>
            <a class="button button--secondary" href=paths::UPLOAD_RECORDS>{t.text("our-records-upload")}</a>
        </div>
        {around}
        <h2>{t.text("our-records-not-charged")}</h2>
        {if has_not_charged {
            view! { <ul class="plain-list">{not_charged}</ul> }.into_any()
        } else {
            view! { <p>{t.text("our-records-all-charged")}</p> }.into_any()
        }}
        <h2>{t.text("our-records-all")}</h2>
        <p>{t.text("our-records-logged")}</p>
        {shown}
        {if page.records.is_empty() {
            view! { <p>{t.text("our-records-none")}</p> }.into_any()
        } else {
            view! { <ul class="plain-list">{all}</ul> }.into_any()
        }}
    }
}

/// Links to the nearest months before and after that have records.
fn month_links(t: I18n, page: &OurRecordsPage) -> impl IntoView {
    let link = |month: &Option<String>, id: &'static str| {
        month.as_ref().map(|m| {
            let href = format!("{}?{}={m}", paths::OUR_RECORDS, paths::MONTH);
            view! { <li><a class="link-alone" href=href>{t.text_with(id, &[("month", month_name(t, m).into())])}</a></li> }
        })
    };
    let earlier = link(&page.earlier, "our-records-earlier");
    let later = link(&page.later, "our-records-later");
    (page.earlier.is_some() || page.later.is_some()).then(|| {
        view! {
            <nav aria-label=t.text("our-records-months")>
                <ul class="plain-list">{earlier}{later}</ul>
            </nav>
        }
    })
}

/// "7.5.2018, Aino Kettunen, Day activities: 1 x 45.00 € = 45.00 €." and where it stands: "Charged.",
/// or for a refused one the counsellor's reason.
fn record_text(t: I18n, record: &OurRecord) -> (String, String) {
    let line = t.text_with(
        "our-records-line",
        &[
            ("day", day(t, &record.date).into()),
            ("client", record.client.clone().into()),
            ("service", t.text(product_label_id(&record.product)).into()),
            ("units", number(t.lang, &record.units).into()),
            ("price", euros(t, &record.unit_price).into()),
            ("amount", euros(t, &record.amount).into()),
        ],
    );
    let state = match &record.state {
        RecordState::Charged { settlement: None } => t.text("our-records-charged"),
        RecordState::Charged { settlement: Some(month) } => {
            t.text_with("our-records-paid", &[("month", month_name(t, month).into())])
        }
        RecordState::Held => t.text("our-records-held"),
        RecordState::Refused { reason } => {
            t.text_with("our-records-refused", &[("reason", reason.clone().into())])
        }
    };
    (line, state)
}

#[component]
fn RecordItem(t: I18n, record: OurRecord) -> impl IntoView {
    let (line, state) = record_text(t, &record);
    let id = t.text_with("our-records-id", &[("id", record.provider_record_id.into())]);
    view! {
        <li>
            {line} " " <strong>{state}</strong>
            <br />
            <span class="hint">{id}</span>
        </li>
    }
}
