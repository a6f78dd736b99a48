//! Who looked at my data: every look at the client's data by someone else, newest first,
//! grouped by day, in plain words. Only the client sees it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{actor_role_label_id, by_day, Look, LookedAt, LooksPage};
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{month_name, time, weekday_day_heading};
use crate::i18n::I18n;
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
    let days = if page.looks.is_empty() {
        view! { <p>{t.text("who-looked-none")}</p> }.into_any()
    } else {
        by_day(page.looks, |look| &look.day)
            .into_iter()
            .map(|(day, looks)| {
                let lines = looks.iter().map(|look| view! { <li>{line(t, look)}</li> }).collect_view();
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
        <p class="lead">{t.text("who-looked-intro")}</p>
        <p>{t.text("who-looked-kept")}</p>
        <p>
            <a href=paths::DONE_FOR_ME>{t.text("who-looked-see-done")}</a>
        </p>
        {days}
    }
}

/// "At 14.02 Sanna Räsänen, relative, looked at your budget."
fn line(t: I18n, look: &Look) -> String {
    let what = match &look.what {
        Some(what) => {
            let month = match what {
                LookedAt::Statement(month) => month_name(t, month),
                _ => String::new(),
            };
            t.text_with(what.message_id(), &[("month", month.into())])
        }
        None => t.text("looked-at-something"),
    };
    t.text_with(
        "who-looked-line",
        &[
            ("time", time(t.lang, &look.time).into()),
            ("who", look.who.clone().into()),
            ("role", t.text(actor_role_label_id(&look.role)).into()),
            ("what", what.into()),
        ],
    )
}
