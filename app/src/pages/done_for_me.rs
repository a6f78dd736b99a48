//! Done for me: what relatives, staff and others have done for the client (changed or cancelled
//! a change of provider, gave notice to leave, answered feedback, set a mandate, reviewed a held
//! record), newest first, grouped by day. Only the client
//! sees it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{Deed, DonePage};
use crate::budget::product_label_id;
use crate::budget::record_args;
use crate::components::day_log::{DayLog, Entry};
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{day, euros, month_name, number};
use crate::i18n::{msg, I18n};
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
    let entries = page
        .done
        .into_iter()
        .map(|done| Entry {
            what: what(t, &done.deed),
            why: None,
            repeated: None,
            day: done.day,
            time: done.time,
            who: done.who,
            role: done.role,
        })
        .collect();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("done-intro")}</p>
        <DayLog t entries empty_id=msg("done-none") />
        <p>
            <a class="link-alone" href=paths::WHO_LOOKED>{t.text("done-see-looks")}</a>
        </p>
    }
}

/// What was done, in words: "vaihtoi palveluntuottajaa (Tuettu asuminen): Kotipiha Oy → Tuike".
fn what(t: I18n, deed: &Deed) -> String {
    match deed {
        Deed::ChangedProvider { product, from, to } | Deed::CancelledChange { product, from, to } => {
            let id =
                if matches!(deed, Deed::ChangedProvider { .. }) { "done-changed" } else { "done-cancelled" };
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
        Deed::GaveMandate { relative, can_act, until } => {
            let id = match (can_act, until) {
                (true, Some(_)) => "done-mandate-act-until",
                (true, None) => "done-mandate-act",
                (false, Some(_)) => "done-mandate-look-until",
                (false, None) => "done-mandate-look",
            };
            let until = until.as_deref().map(|u| day(t, u)).unwrap_or_default();
            t.text_with(id, &[("relative", relative.clone().into()), ("until", until.into())])
        }
        Deed::EndedMandate { relative } => {
            t.text_with("done-mandate-ended", &[("relative", relative.clone().into())])
        }
        Deed::LetSignIn { relative: None } => t.text("done-sign-in-own"),
        Deed::LetSignIn { relative: Some(relative) } => {
            t.text_with("done-sign-in-relative", &[("relative", relative.clone().into())])
        }
        Deed::MadeDecision { from, to, total, old_total } => {
            let mut args = vec![
                ("from", day(t, from).into()),
                ("to", day(t, to).into()),
                ("total", euros(t, total).into()),
            ];
            let id = match old_total {
                Some(old) => {
                    args.push(("old", euros(t, old).into()));
                    "done-decision-changed"
                }
                None => "done-decision-made",
            };
            t.text_with(id, &args)
        }
        Deed::WrotePlan { version: 1 } => t.text("done-plan-written"),
        Deed::WrotePlan { .. } => t.text("done-plan-changed"),
        Deed::CommentedPlan => t.text("done-plan-commented"),
        Deed::AnsweredSelfCheck => t.text("done-self-check"),
        Deed::WroteHelpHours { day: on, hours } => t.text_with(
            "done-help-hours",
            &[("hours", number(t.lang, hours).into()), ("day", day(t, on).into())],
        ),
        Deed::RemovedHelpHours { day: on, hours } => t.text_with(
            "done-help-hours-removed",
            &[("hours", number(t.lang, hours).into()), ("day", day(t, on).into())],
        ),
        Deed::ProposedChange { month } => {
            t.text_with("done-proposal-sent", &[("month", month_name(t, month).into())])
        }
        Deed::WithdrewProposal { month } => {
            t.text_with("done-proposal-withdrawn", &[("month", month_name(t, month).into())])
        }
        Deed::AnsweredProposal { month, accepted } => {
            let id = if *accepted { "done-proposal-accepted" } else { "done-proposal-refused" };
            t.text_with(id, &[("month", month_name(t, month).into())])
        }
        Deed::ChoseProvider { product, provider } => t.text_with(
            "done-chose-provider",
            &[("service", t.text(product_label_id(product)).into()), ("provider", provider.clone().into())],
        ),
        Deed::ReleasedRecord { record } => t.text_with("done-record-released", &record_args(t, record)),
        Deed::RefusedRecord { record, reason } => {
            let mut args = record_args(t, record);
            // The line ends with a full stop of its own; the counsellor's would make two.
            args.push(("reason", reason.trim_end_matches('.').to_string().into()));
            t.text_with("done-record-refused", &args)
        }
    }
}
