//! Settlements, the organiser's: the month to settle next and what it would pay now, then every
//! month settled, the latest first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::{use_page_context, PageData};
use crate::i18n::format::{day, euros, month_name};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::settlements::{MonthSum, SettlementsPage};

#[component]
pub fn SettlementsView() -> impl IntoView {
    match use_page_context().data {
        PageData::Settlements(page) => view! { <Settlements page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Settlements(page: SettlementsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("settlements-title");
    let next = match (&page.next, &page.next_from) {
        (Some(next), None) => {
            let month = month_name(t, &next.month);
            view! {
                <p class="lead">{t.text_with("settlements-ready", &sum_args(t, next))}</p>
                <p>
                    <a class="button" href=paths::settlement(&next.month)>
                        {t.text_with("settlements-check", &[("month", month.into())])}
                    </a>
                </p>
            }
            .into_any()
        }
        (Some(next), Some(from)) => {
            let mut args = sum_args(t, next);
            args.push(("day", day(t, from).into()));
            let month = month_name(t, &next.month);
            view! {
                <p class="lead">{t.text_with("settlements-not-over", &args)}</p>
                <p>
                    <a class="link-alone" href=paths::settlement(&next.month)>
                        {t.text_with("settlements-look", &[("month", month.into())])}
                    </a>
                </p>
            }
            .into_any()
        }
        (None, _) => view! { <p class="lead">{t.text("settlements-nothing")}</p> }.into_any(),
    };
    let settled = page
        .settled
        .iter()
        .map(|s| {
            let mut args = sum_args(t, &s.sum);
            args.push(("day", day(t, &s.approved_on).into()));
            args.push(("name", s.approved_by.clone().into()));
            view! {
                <li>
                    <a href=paths::settlement(&s.sum.month)>{month_name(t, &s.sum.month)}</a>
                    ": "
                    {t.text_with("settlements-settled-line", &args)}
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {next}
        <p>{t.text("settlements-intro")}</p>
        <h2>{t.text("settlements-settled")}</h2>
        {if page.settled.is_empty() {
            view! { <p>{t.text("settlements-none-settled")}</p> }.into_any()
        } else {
            view! { <ul class="plain-list">{settled}</ul> }.into_any()
        }}
    }
}

/// The figures every sentence about a month's sum takes: month, providers, records, amount.
pub fn sum_args(t: I18n, sum: &MonthSum) -> Vec<(&'static str, fluent_bundle::FluentValue<'static>)> {
    vec![
        ("month", month_name(t, &sum.month).into()),
        ("providers", sum.providers.into()),
        ("records", sum.records.into()),
        ("amount", euros(t, &sum.amount).into()),
    ]
}
