//! The facts about a provider that the search results, the provider's page and the comparison
//! all show, said the same way everywhere.

use leptos::prelude::*;

use crate::budget::{is_hourly, product_label_id};
use crate::components::icons::{FeatureIcon, ServiceIcon};
use crate::feedback::Feedback;
use crate::i18n::format::{day, euros, number};
use crate::i18n::{msg, I18n};
use crate::providers::{
    feature_label_id, inspection_label_id, language_label_id, CostToYou, Estimate, Found, Offer, PlanOf,
    Quality,
};

/// "Costs you nothing extra", "Costs Matti about 48,00 € extra a month", ...
pub fn cost_text(t: I18n, cost: &CostToYou, plan_of: &PlanOf) -> String {
    let who = if plan_of.is_self { "self" } else { "other" };
    let args = |amount: Option<&str>| {
        let mut args = vec![("who", who.into()), ("name", plan_of.client_name.clone().into())];
        if let Some(amount) = amount {
            args.push(("amount", euros(t, amount).into()));
        }
        args
    };
    match cost {
        CostToYou::NothingExtra => t.text_with("cost-nothing-extra", &args(None)),
        CostToYou::ExtraPerMonth(amount) => t.text_with("cost-extra-per-month", &args(Some(amount))),
        CostToYou::NotInPlan => t.text_with("cost-not-in-plan", &args(None)),
    }
}

/// "79,00 € a day", "24,50 € an hour".
pub fn price_text(t: I18n, product: &str, price: &str) -> String {
    let id = if is_hourly(product) { msg("price-per-hour") } else { msg("price-per-day") };
    t.text_with(id, &[("price", euros(t, price).into())])
}

/// "4,3 of 5 from 26 answers", or "Not enough answers yet" below five (B19).
pub fn feedback_text(t: I18n, feedback: &Feedback) -> String {
    match (&feedback.average, feedback.answers) {
        (Some(average), Some(answers)) if feedback.enough_answers => t.text_with(
            "feedback-average",
            &[("average", number(t.lang, average).into()), ("answers", answers.into())],
        ),
        _ => t.text("feedback-not-enough"),
    }
}

pub fn languages_text(t: I18n, codes: &[String]) -> String {
    codes.iter().map(|c| t.text(language_label_id(c))).collect::<Vec<_>>().join(", ")
}

/// The estimate for one service, if there is a plan to measure it against.
pub fn estimate_for<'a>(found: &'a Found, product: &str) -> Option<&'a Estimate> {
    found.estimates.iter().find(|e| e.product == product)
}

/// Accessibility features, each with its pictogram.
#[component]
pub fn FeatureList(t: I18n, features: Vec<String>) -> impl IntoView {
    if features.is_empty() {
        return view! { <p>{t.text("features-none")}</p> }.into_any();
    }
    let items = features
        .into_iter()
        .map(|code| {
            let label = t.text(feature_label_id(&code));
            view! {
                <li>
                    <FeatureIcon code />
                    <span>{label}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="with-icons">{items}</ul> }.into_any()
}

/// A service's name with its pictogram.
#[component]
pub fn ServiceName(t: I18n, product: String) -> impl IntoView {
    let label = t.text(product_label_id(&product));
    view! {
        <span class="service-name">
            <ServiceIcon product />
            <span>{label}</span>
        </span>
    }
}

/// Each service offered: its price, what it would cost the client, and free places.
#[component]
pub fn Offers(t: I18n, found: Found, plan_of: Option<PlanOf>) -> impl IntoView {
    let items = found
        .provider
        .offers
        .iter()
        .map(|offer: &Offer| {
            let cost = plan_of
                .as_ref()
                .zip(estimate_for(&found, &offer.product))
                .map(|(plan_of, e)| view! { <p class="cost">{cost_text(t, &e.cost, plan_of)}</p> });
            let free = offer.free_places.map(|n| {
                let text = t.text_with("free-places-count", &[("count", n.into())]);
                view! { <p>{text}</p> }
            });
            view! {
                <li>
                    <p class="offer__name">
                        <ServiceName t product=offer.product.clone() />
                        " "
                        <span class="offer__price">{price_text(t, &offer.product, &offer.unit_price)}</span>
                    </p>
                    {cost}
                    {free}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="offers">{items}</ul> }
}

/// The quality figures the provider reports, each with what it means.
#[component]
pub fn QualityFacts(t: I18n, quality: Option<Quality>) -> impl IntoView {
    let Some(q) = quality else {
        return view! { <p>{t.text("quality-none")}</p> }.into_any();
    };
    let percent = |v: i64| t.text_with("percent", &[("value", v.into())]);
    let mut rows: Vec<(&'static str, String, &'static str)> = Vec::new();
    if let Some(v) = q.qualified_staff_percent {
        rows.push((msg("quality-qualified-staff"), percent(v), msg("quality-qualified-staff-explained")));
    }
    if let Some(v) = q.staff_turnover_percent {
        rows.push((msg("quality-turnover"), percent(v), msg("quality-turnover-explained")));
    }
    if let Some(v) = q.complaints_upheld {
        rows.push((msg("quality-complaints"), v.to_string(), msg("quality-complaints-explained")));
    }
    if let Some(date) = &q.inspection_date {
        let result =
            q.inspection_result.as_deref().map(|r| t.text(inspection_label_id(r))).unwrap_or_default();
        let value = t.text_with(
            "quality-inspection-value",
            &[("date", day(t, date).into()), ("result", result.into())],
        );
        rows.push((msg("quality-inspection"), value, msg("quality-inspection-explained")));
    }
    let rows = rows
        .into_iter()
        .map(|(label, value, explained)| {
            view! {
                <div>
                    <dt>{t.text(label)}</dt>
                    <dd>
                        <span class="quality__value">{value}</span>
                        <span class="hint">{t.text(explained)}</span>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let reported = t.text_with("quality-reported-on", &[("date", day(t, &q.reported_on).into())]);
    view! {
        <dl class="quality">{rows}</dl>
        <p class="hint">{reported}</p>
    }
    .into_any()
}

/// Other clients' feedback: the average, how many answered, and how the answers spread; or
/// "not enough answers yet" (B19).
#[component]
pub fn FeedbackFacts(t: I18n, feedback: Feedback) -> impl IntoView {
    let Some(distribution) = feedback.distribution.clone().filter(|_| feedback.enough_answers) else {
        return view! { <p>{t.text("feedback-not-enough")}</p> }.into_any();
    };
    let answers = feedback.answers.unwrap_or(0).max(1);
    let rows = distribution
        .iter()
        .enumerate()
        .rev()
        .map(|(i, &count)| {
            let score = i as i64 + 1;
            let width = format!("width: {}%", count * 100 / answers);
            view! {
                <tr>
                    <th scope="row">{t.text_with("feedback-score", &[("score", score.into())])}</th>
                    <td class="number">{count}</td>
                    <td class="bar-cell" aria-hidden="true">
                        <span class="bar" style=width></span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="feedback__average">{feedback_text(t, &feedback)}</p>
        <table class="feedback__spread">
            <caption>{t.text("feedback-spread-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.text("feedback-column-score")}</th>
                    <th scope="col" class="number">{t.text("feedback-column-answers")}</th>
                    <td aria-hidden="true"></td>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
