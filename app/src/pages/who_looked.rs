//! Who looked at my data: every look at the client's data by someone else, newest first,
//! grouped by day, in plain words. Only the client sees it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{Look, LookedAt, LooksPage};
use crate::components::day_log::{DayLog, Entry};
use crate::context::{use_page_context, PageData};
use crate::i18n::format::month_name;
use crate::i18n::{msg, I18n};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn WhoLookedPage() -> impl IntoView {
    match use_page_context().data {
        PageData::WhoLooked(page) => view! { <WhoLookedView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn WhoLookedView(page: LooksPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("who-looked-title");
    let entries = page
        .looks
        .into_iter()
        .map(|look| Entry {
            what: what(t, &look),
            why: look.purpose.map(|purpose| t.text(purpose.message_id())),
            day: look.day,
            time: look.time,
            who: look.who,
            role: look.role,
        })
        .collect();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("who-looked-intro")}</p>
        <p>{t.text("who-looked-kept")}</p>
        <p>
            <a class="link-alone" href=paths::DONE_FOR_ME>{t.text("who-looked-see-done")}</a>
        </p>
        <DayLog t entries empty_id=msg("who-looked-none") />
    }
}

/// What was looked at, in words: "katsoi budjettiasi".
fn what(t: I18n, look: &Look) -> String {
    match &look.what {
        Some(what) => {
            let month = match what {
                LookedAt::Statement(month) => month_name(t, month),
                _ => String::new(),
            };
            t.text_with(what.message_id(), &[("month", month.into())])
        }
        None => t.text("looked-at-something"),
    }
}
