//! My decision: the period, each service line with its unit value and planned total, and the
//! total, with the hard words linked to the glossary.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::{is_hourly, product_label_id, Decision, DecisionLine};
use crate::components::figure::Figure;
use crate::context::{use_page_context, ClientPage, PageData};
use crate::i18n::format::{day, euros, units_text};
use crate::i18n::{msg, I18n};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn DecisionPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Decision(page) => view! { <DecisionView page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn DecisionView(page: ClientPage<Option<Decision>>) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = if page.is_self {
        t.text("decision-title-self")
    } else {
        t.text_with("decision-title-other", &[("name", page.client_name.clone().into())])
    };
    let body = match page.content {
        None => view! { <p class="lead">{t.text("budget-no-decision")}</p> }.into_any(),
        Some(d) => {
            let period = t.text_with(
                "period-value",
                &[("from", day(t, &d.period.from).into()), ("to", day(t, &d.period.to).into())],
            );
            let lines = d.lines.iter().map(|line| view! { <Line t line=line.clone() /> }).collect_view();
            view! {
                <p class="lead">{t.text("decision-intro")}</p>
                <dl class="figures">
                    <Figure label=t.text("figure-period") value=period />
                    <Figure label=t.text("figure-total") value=euros(t, &d.total) />
                </dl>
                <h2>{t.text("decision-lines-title")}</h2>
                <ul class="cards">{lines}</ul>
                <p>
                    {t.text("decision-voucher-explained")} " "
                    <a href=paths::glossary_term("voucher-value")>{t.text("decision-voucher-more")}</a>
                </p>
            }
            .into_any()
        }
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {body}
        <p>
            <a href=paths::HOME>{t.text("back-to-budget")}</a>
        </p>
    }
}

#[component]
fn Line(t: I18n, line: DecisionLine) -> impl IntoView {
    let amount = match &line.units_per_month {
        Some(units) => {
            t.text_with("decision-monthly", &[("units", units_text(t, &line.product, units).into())])
        }
        None => t.text("decision-daily"),
    };
    let per_unit =
        if is_hourly(&line.product) { msg("decision-value-per-hour") } else { msg("decision-value-per-day") };
    let tier = line.tier.map(|tier| {
        view! {
            <Figure label=t.text("decision-tier") value=tier.to_string() />
        }
    });
    view! {
        <li class="card">
            <h3>{t.text(product_label_id(&line.product))}</h3>
            <dl class="figures figures--small">
                <Figure label=t.text("decision-how-much") value=amount />
                {tier}
                <Figure label=t.text("decision-voucher-value") value=t.text_with(per_unit, &[("amount", euros(t, &line.unit_value).into())]) />
                <Figure label=t.text("decision-line-total") value=euros(t, &line.planned_total) />
            </dl>
        </li>
    }
}
