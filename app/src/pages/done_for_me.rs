//! Done for me: what relatives, staff and others have done for the client (changed or cancelled
//! a change of provider, gave notice to leave, answered feedback), newest first, grouped by day. Only the client
//! sees it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{actor_role_label_id, by_day, Deed, DoneForMe, DonePage};
use crate::budget::product_label_id;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{time, weekday_day_heading};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn DoneForMePage() -> impl IntoView {
    match use_page_context().data {
        PageData::DoneForMe(page) => view! { <DoneView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn DoneView(page: DonePage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("done-title");
    let days = if page.done.is_empty() {
        view! { <p>{t.text("done-none")}</p> }.into_any()
    } else {
        by_day(page.done, |done| &done.day)
            .into_iter()
            .map(|(day, deeds)| {
                let lines = deeds.iter().map(|done| view! { <li>{line(t, done)}</li> }).collect_view();
                view! {
                    <h2>{weekday_day_heading(t, &day)}</h2>
                    <ul class="looks">{lines}</ul>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("done-intro")}</p>
        {days}
        <p>
            <a href=paths::WHO_LOOKED>{t.text("done-see-looks")}</a>
        </p>
    }
}

/// "At 14.02 Sanna Räsänen (relative) changed the provider of housing: Kotipiha Oy → Tuike."
fn line(t: I18n, done: &DoneForMe) -> String {
    let what = match &done.deed {
        Deed::ChangedProvider { product, from, to } | Deed::CancelledChange { product, from, to } => {
            let id = if matches!(done.deed, Deed::ChangedProvider { .. }) {
                "done-changed"
            } else {
                "done-cancelled"
            };
            t.text_with(
                id,
                &[
                    ("service", t.text(product_label_id(product)).into()),
                    ("from", from.clone().into()),
                    ("to", to.clone().into()),
                ],
            )
        }
        Deed::Left => t.text("done-left"),
        Deed::AnsweredFeedback { provider } => {
            t.text_with("done-answered-feedback", &[("provider", provider.clone().into())])
        }
        Deed::AnsweredQuestions => t.text("done-answered-questions"),
    };
    t.text_with(
        "who-looked-line",
        &[
            ("time", time(t.lang, &done.time).into()),
            ("who", done.who.clone().into()),
            ("role", t.text(actor_role_label_id(&done.role)).into()),
            ("what", what.into()),
        ],
    )
}
