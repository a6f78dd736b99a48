//! A log read by the client, one plain sentence per entry under a heading per day: "Who looked
//! at my data" and "Done for me" both show theirs this way.

use leptos::prelude::*;

use crate::access::{actor_role_label_id, by_day};
use crate::i18n::format::{time, weekday_day_heading};
use crate::i18n::I18n;

/// One entry's parts: the wire day and time, who, their role code, what they did in words, and
/// a sentence after it (why they could), if any.
pub struct Entry {
    pub day: String,
    pub time: String,
    pub who: String,
    pub role: String,
    pub what: String,
    pub why: Option<String>,
    /// When one line stands for several: the last one's time, and how many.
    pub repeated: Option<(String, i64)>,
}

/// The entries, newest first, or `empty_id`'s text when there are none.
#[component]
pub fn DayLog(t: I18n, entries: Vec<Entry>, empty_id: &'static str) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p>{t.text(empty_id)}</p> }.into_any();
    }
    by_day(entries, |entry| &entry.day)
        .into_iter()
        .map(|(day, entries)| {
            let lines = entries.iter().map(|entry| view! { <li>{line(t, entry)}</li> }).collect_view();
            view! {
                <h2>{weekday_day_heading(t, &day)}</h2>
                <ul class="looks">{lines}</ul>
            }
        })
        .collect_view()
        .into_any()
}

/// "Klo 14.02 Sanna Räsänen (omainen) katsoi budjettiasi. Syy: hän hoitaa asioitasi valtuutuksella."
/// Repeats: "Klo 14.02–16.30 Sanna Räsänen (omainen) katsoi budjettiasi 37 kertaa.", the time once
/// when all were in one minute.
fn line(t: I18n, entry: &Entry) -> String {
    let first = time(t.lang, &entry.time);
    let times = match &entry.repeated {
        Some((until, _)) if *until != entry.time => format!("{first}–{}", time(t.lang, until)),
        _ => first,
    };
    let mut args = vec![
        ("time", times.into()),
        ("who", entry.who.clone().into()),
        ("role", t.text(actor_role_label_id(&entry.role)).into()),
        ("what", entry.what.clone().into()),
    ];
    let id = match entry.repeated {
        Some((_, count)) => {
            args.push(("count", count.into()));
            "who-looked-line-repeated"
        }
        None => "who-looked-line",
    };
    let said = t.text_with(id, &args);
    match &entry.why {
        Some(why) => format!("{said} {why}"),
        None => said,
    }
}
