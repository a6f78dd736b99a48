//! My details: the client's identity code, address, phone, what their services are for, and
//! their counsellor with the next contact agreed. In the helper view the personal ones are
//! hidden, so a screen shared in a video call does not show them; someone helping whose task
//! does not need them never sees them (`server::services::details::NeedToKnow`).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::{use_page_context, ClientPage, PageData};
use crate::details::{Details, Personal};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn MyDetailsPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Details(page) => view! { <DetailsView page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn DetailsView(page: ClientPage<Details>) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = if page.is_self {
        t.text("details-title-self")
    } else {
        t.text_with("details-title-other", &[("name", page.client_name.clone().into())])
    };
    let d = page.content;
    let rows = [
        ("details-identity-code", d.identity_code),
        ("details-address", d.address),
        ("details-phone", d.phone),
        ("details-municipality", Some(Personal::Shown(d.municipality))),
        ("details-health", d.health),
    ]
    .into_iter()
    .map(|(label, value)| {
        let value = match value {
            Some(value) => view! { <PersonalText t value /> }.into_any(),
            None => t.text("details-not-given").into_any(),
        };
        view! {
            <div>
                <dt>{t.text(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    })
    .collect_view();
    let counsellor = match (d.counsellor, d.next_contact) {
        (Some(name), Some(next)) => {
            t.text_with("details-counsellor-next", &[("name", name.into()), ("day", day(t, &next).into())])
        }
        (Some(name), None) => t.text_with("details-counsellor-no-next", &[("name", name.into())]),
        (None, _) => t.text("details-no-counsellor"),
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("details-intro")}</p>
        <dl class="facts">{rows}</dl>
        <h2>{t.text("details-counsellor-title")}</h2>
        <p>{counsellor}</p>
        <p>{t.text("details-wrong")}</p>
    }
}

/// A personal detail, or the words that say why it is hidden: the helper view, or that the
/// reader's task does not need it (an experience expert, a relative who may only look).
#[component]
fn PersonalText(t: I18n, value: Personal) -> impl IntoView {
    let why = if use_page_context().helper_view { "helper-view-hidden" } else { "details-not-needed" };
    match value {
        Personal::Shown(value) => value.into_any(),
        Personal::Hidden => view! { <span class="hidden-detail">{t.text(why)}</span> }.into_any(),
    }
}
