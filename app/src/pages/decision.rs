//! My decision, the decision document: who decided and when, the period, each service line with
//! its unit value and planned total, and the total, with the hard words linked to the glossary;
//! on what grounds; and how to ask for a review. Printable.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::actor_role_label_id;
use crate::budget::DecisionPage;
use crate::components::decision_line::DecisionLineCard;
use crate::components::figure::Figure;
use crate::context::{use_page_context, ClientPage, PageData};
use crate::i18n::format::{day, euros};
use crate::pages::glossary::Term;
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
fn DecisionView(page: ClientPage<DecisionPage>) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = if page.is_self {
        t.text("decision-title-self")
    } else {
        t.text_with("decision-title-other", &[("name", page.client_name.clone().into())])
    };
    let grounds = page.content.decided.as_ref().and_then(|d| d.grounds.clone()).map(|grounds| {
        view! {
            <section aria-labelledby="grounds">
                <h2 id="grounds">{t.text("decision-grounds-title")}</h2>
                <p>{t.text("decision-grounds-intro")}</p>
                <p class="plan-text">{grounds}</p>
            </section>
        }
    });
    let decided = page.content.decided.map(|decided| {
        let role = t.text(actor_role_label_id(&decided.role));
        let said = t.text_with(
            "decision-decided",
            &[("who", decided.by.into()), ("role", role.into()), ("day", day(t, &decided.day).into())],
        );
        view! { <p>{said}</p> }
    });
    let next = page.content.next.map(|(period, total)| {
        let said = t.text_with(
            "decision-next",
            &[
                ("from", day(t, &period.from).into()),
                ("to", day(t, &period.to).into()),
                ("total", euros(t, &total).into()),
            ],
        );
        view! { <p class="notice">{said}</p> }
    });
    let body = match page.content.decision {
        None => view! { <p class="lead">{t.text("budget-no-decision")}</p> }.into_any(),
        Some(d) => {
            let period = t.text_with(
                "period-value",
                &[("from", day(t, &d.period.from).into()), ("to", day(t, &d.period.to).into())],
            );
            let lines =
                d.lines.iter().map(|line| view! { <DecisionLineCard t line=line.clone() /> }).collect_view();
            view! {
                <p class="lead">{t.text("decision-intro")}</p>
                {decided}
                <dl class="figures">
                    <Figure label=t.text("figure-period") value=period />
                    <Figure label=t.text("figure-total") value=euros(t, &d.total) />
                </dl>
                {next}
                <p class="no-print">
                    <a class="link-alone" href=paths::MY_PLAN>{t.text("decision-plan-link")}</a>
                </p>
                <h2>{t.text("decision-lines-title")}</h2>
                <ul class="cards">{lines}</ul>
                <p>
                    {t.text("decision-voucher-explained")} " "
                    <a class="no-print" href=Term::VoucherValue.href()>{t.text("decision-voucher-more")}</a>
                </p>
                {grounds}
                // A decision comes with how to have it reviewed: the client should not need to ask.
                <section aria-labelledby="review">
                    <h2 id="review">{t.text("decision-review-title")}</h2>
                    <p>{t.text("decision-review-text")}</p>
                    <p>{t.text("decision-review-when")}</p>
                    <p>{t.text("decision-review-help")}</p>
                </section>
                <p class="hint no-print">{t.text("print-hint")}</p>
            }
            .into_any()
        }
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {body}
        <p class="no-print">
            <a class="link-alone" href=paths::HOME>{t.text("back-to-budget")}</a>
        </p>
    }
}
