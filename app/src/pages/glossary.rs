//! The words of the budget pages in plain words. Each term has an anchor the pages link to.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::use_i18n;
use crate::i18n::msg;

/// Anchor, term and explanation.
const TERMS: [(&str, &str, &str); 6] = [
    ("personal-budget", msg("term-personal-budget"), msg("term-personal-budget-text")),
    ("decision", msg("term-decision"), msg("term-decision-text")),
    ("voucher-value", msg("term-voucher-value"), msg("term-voucher-value-text")),
    ("own-share", msg("term-own-share"), msg("term-own-share-text")),
    ("held-record", msg("term-held-record"), msg("term-held-record-text")),
    ("statement", msg("term-statement"), msg("term-statement-text")),
];

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let t = use_i18n();
    let terms = TERMS
        .iter()
        .map(|&(anchor, term, text)| {
            view! {
                <dt id=anchor>{t.text(term)}</dt>
                <dd>{t.text(text)}</dd>
            }
        })
        .collect_view();
    view! {
        <Title text=t.text("glossary-title") />
        <h1>{t.text("glossary-title")}</h1>
        <p class="lead">{t.text("glossary-intro")}</p>
        <dl class="glossary">{terms}</dl>
    }
}
