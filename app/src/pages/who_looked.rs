//! Who looked at my data: every look at the client's data by someone else, a month a page,
//! newest first, under a heading per day, repeats on one line, in plain words. Only the client
//! sees it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{Look, LookedAt, LooksPage, Purpose};
use crate::components::day_log::{DayLog, Entry};
use crate::components::page_links::PageLinks;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::month_name;
use crate::i18n::{msg, I18n};
use crate::pages::glossary::{HardWord, TermLink};
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
    let never = page.looks.is_empty() && page.earlier.is_none() && page.later.is_none();
    let by_mandate = page.looks.iter().any(|look| look.purpose == Some(Purpose::Mandate));
    let entries = page
        .looks
        .into_iter()
        .map(|look| Entry {
            what: what(t, &look),
            why: look.purpose.map(|purpose| t.text(purpose.message_id())),
            repeated: (look.count > 1).then(|| (look.until.clone(), look.count)),
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
        {(!never).then(|| view! { <h2>{month_name(t, &page.month)}</h2> })}
        <DayLog t entries empty_id=if never { msg("who-looked-none") } else { msg("who-looked-none-month") } />
        {by_mandate.then(|| view! { <TermLink term=HardWord::Mandate /> })}
        {month_links(t, page.earlier, page.later)}
    }
}

/// Links to the nearest earlier and later months with looks: every look is on some page.
fn month_links(t: I18n, earlier: Option<String>, later: Option<String>) -> impl IntoView {
    let link = |id: &'static str, month: String| {
        let href = format!("{}?{}={month}", paths::WHO_LOOKED, paths::MONTH);
        (href, t.text_with(id, &[("month", month_name(t, &month).into())]))
    };
    let links = [earlier.map(|m| link("who-looked-earlier", m)), later.map(|m| link("who-looked-later", m))];
    view! { <PageLinks label=t.text("who-looked-months") links=links.into_iter().flatten().collect() /> }
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
