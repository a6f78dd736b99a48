//! The counsellor's view of a client's self-checks: the answers only when the client lets the
//! counsellor see them.

use leptos::prelude::*;

use crate::components::form::FormTitle;
use crate::context::{use_page_context, PageData};
use crate::pages::not_found::NotFoundPage;
use crate::pages::wellbeing::ChecksTable;
use crate::paths;
use crate::wellbeing::CounsellorWellbeingPage;

#[component]
pub fn ClientWellbeingView() -> impl IntoView {
    match use_page_context().data {
        PageData::ClientWellbeing(page) => view! { <ClientWellbeing page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn ClientWellbeing(page: CounsellorWellbeingPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let name = page.client_name.clone();
    let title = t.text_with("client-wellbeing-title", &[("name", name.clone().into())]);
    let body = match page.checks {
        None => view! { <p class="lead">{t.text_with("client-wellbeing-not-shared", &[("name", name.into())])}</p> }
            .into_any(),
        Some(checks) if checks.is_empty() => {
            view! { <p class="lead">{t.text_with("client-wellbeing-none", &[("name", name.into())])}</p> }.into_any()
        }
        Some(checks) => view! {
            <p class="lead">{t.text_with("client-wellbeing-shared", &[("name", name.into())])}</p>
            <ChecksTable t checks caption=t.text("client-wellbeing-caption") />
        }
        .into_any(),
    };
    view! {
        <FormTitle text=title.clone() has_errors=false />
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        {body}
    }
}
