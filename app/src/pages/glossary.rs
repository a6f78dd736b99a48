//! The words of the budget pages in plain words. Each term has an anchor the pages link to.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::use_i18n;
use crate::i18n::msg;
use crate::paths;

/// Anchor, term and explanation.
const TERMS: [(&str, &str, &str); 9] = [
    ("personal-budget", msg("term-personal-budget"), msg("term-personal-budget-text")),
    ("decision", msg("term-decision"), msg("term-decision-text")),
    ("voucher-value", msg("term-voucher-value"), msg("term-voucher-value-text")),
    ("own-share", msg("term-own-share"), msg("term-own-share-text")),
    ("held-record", msg("term-held-record"), msg("term-held-record-text")),
    ("statement", msg("term-statement"), msg("term-statement-text")),
    (Term::ExperienceExpert.anchor(), msg("term-experience-expert"), msg("term-experience-expert-text")),
    (Term::Mandate.anchor(), msg("term-mandate"), msg("term-mandate-text")),
    (Term::NoticePeriod.anchor(), msg("term-notice-period"), msg("term-notice-period-text")),
];

/// A word that no plain one replaces (it is in the decision letter and the contracts too), so the
/// pages that use it link to its explanation where it first appears.
#[derive(Clone, Copy, Debug)]
pub enum Term {
    /// kokemusasiantuntija
    ExperienceExpert,
    /// valtuutus
    Mandate,
    /// irtisanomisaika
    NoticePeriod,
}

impl Term {
    const fn anchor(self) -> &'static str {
        match self {
            Term::ExperienceExpert => "experience-expert",
            Term::Mandate => "mandate",
            Term::NoticePeriod => "notice-period",
        }
    }

    const fn question(self) -> &'static str {
        match self {
            Term::ExperienceExpert => msg("term-link-experience-expert"),
            Term::Mandate => msg("term-link-mandate"),
            Term::NoticePeriod => msg("term-link-notice-period"),
        }
    }
}

/// "What is the notice period?", linking to the term's explanation.
#[component]
pub fn TermLink(term: Term) -> impl IntoView {
    let t = use_i18n();
    view! {
        <p>
            <a class="link-alone" href=paths::glossary_term(term.anchor())>{t.text(term.question())}</a>
        </p>
    }
}

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
