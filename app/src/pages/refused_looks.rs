//! The organiser's log of refused looks: who asked for a client's data or acts they had no right
//! to, perhaps by changing an id in an address, and what they asked for. For the security review.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{Refusal, RefusalsPage};
use crate::components::day_log::{DayLog, Entry};
use crate::context::{use_page_context, PageData};
use crate::i18n::msg;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn RefusedLooksView() -> impl IntoView {
    match use_page_context().data {
        PageData::Refusals(page) => view! { <RefusedLooks page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn RefusedLooks(page: RefusalsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("refused-title");
    let entries = page
        .refusals
        .into_iter()
        .map(|Refusal { who, role, client_id, what, day, time }| Entry {
            what: t.text_with("refused-what", &[("client", client_id.into()), ("what", what.into())]),
            day,
            time,
            who,
            role,
            why: None,
            repeated: None,
        })
        .collect();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("refused-intro")}</p>
        <DayLog t entries empty_id=msg("refused-none") />
    }
}
