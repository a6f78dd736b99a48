//! The words of the budget pages in plain words. Each term has an anchor the pages link to.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::use_i18n;
use crate::i18n::msg;
use crate::paths;

/// A word of the budget pages with its explanation in the glossary, in the order the glossary
/// lists them. Pages link to a term by its variant, so no link can name an anchor that is not there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// henkilökohtainen budjetti
    PersonalBudget,
    /// päätös
    Decision,
    /// palvelusetelin arvo
    VoucherValue,
    /// omavastuu
    OwnShare,
    /// tarkistusta odottava kirjaus
    HeldRecord,
    /// kuukausiselvitys
    Statement,
    /// kokemusasiantuntija
    ExperienceExpert,
    /// valtuutus
    Mandate,
    /// irtisanomisaika
    NoticePeriod,
}

impl Term {
    pub const ALL: [Term; 9] = [
        Term::PersonalBudget,
        Term::Decision,
        Term::VoucherValue,
        Term::OwnShare,
        Term::HeldRecord,
        Term::Statement,
        Term::ExperienceExpert,
        Term::Mandate,
        Term::NoticePeriod,
    ];

    /// Where the term is explained: `/glossary#anchor`.
    pub fn href(self) -> String {
        paths::glossary_term(self.anchor())
    }

    const fn anchor(self) -> &'static str {
        match self {
            Term::PersonalBudget => "personal-budget",
            Term::Decision => "decision",
            Term::VoucherValue => "voucher-value",
            Term::OwnShare => "own-share",
            Term::HeldRecord => "held-record",
            Term::Statement => "statement",
            Term::ExperienceExpert => "experience-expert",
            Term::Mandate => "mandate",
            Term::NoticePeriod => "notice-period",
        }
    }

    /// The term and its explanation.
    const fn texts(self) -> (&'static str, &'static str) {
        match self {
            Term::PersonalBudget => (msg("term-personal-budget"), msg("term-personal-budget-text")),
            Term::Decision => (msg("term-decision"), msg("term-decision-text")),
            Term::VoucherValue => (msg("term-voucher-value"), msg("term-voucher-value-text")),
            Term::OwnShare => (msg("term-own-share"), msg("term-own-share-text")),
            Term::HeldRecord => (msg("term-held-record"), msg("term-held-record-text")),
            Term::Statement => (msg("term-statement"), msg("term-statement-text")),
            Term::ExperienceExpert => (msg("term-experience-expert"), msg("term-experience-expert-text")),
            Term::Mandate => (msg("term-mandate"), msg("term-mandate-text")),
            Term::NoticePeriod => (msg("term-notice-period"), msg("term-notice-period-text")),
        }
    }
}

/// A word that no plain one replaces (it is in the decision letter and the contracts too), so the
/// pages that use it link to its explanation where it first appears, with this question.
#[derive(Clone, Copy, Debug)]
pub enum HardWord {
    ExperienceExpert,
    Mandate,
    NoticePeriod,
}

impl HardWord {
    const fn term(self) -> Term {
        match self {
            HardWord::ExperienceExpert => Term::ExperienceExpert,
            HardWord::Mandate => Term::Mandate,
            HardWord::NoticePeriod => Term::NoticePeriod,
        }
    }

    const fn question(self) -> &'static str {
        match self {
            HardWord::ExperienceExpert => msg("term-link-experience-expert"),
            HardWord::Mandate => msg("term-link-mandate"),
            HardWord::NoticePeriod => msg("term-link-notice-period"),
        }
    }
}

/// "What is the notice period?", linking to the term's explanation.
#[component]
pub fn TermLink(term: HardWord) -> impl IntoView {
    let t = use_i18n();
    view! {
        <p>
            <a class="link-alone" href=term.term().href()>{t.text(term.question())}</a>
        </p>
    }
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let t = use_i18n();
    let terms = Term::ALL
        .iter()
        .map(|term| {
            let (name, text) = term.texts();
            view! {
                <dt id=term.anchor()>{t.text(name)}</dt>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_term_has_its_own_anchor_and_words() {
        let mut anchors: Vec<&str> = Term::ALL.iter().map(|t| t.anchor()).collect();
        let mut names: Vec<&str> = Term::ALL.iter().map(|t| t.texts().0).collect();
        anchors.sort();
        anchors.dedup();
        names.sort();
        names.dedup();
        assert_eq!(anchors.len(), Term::ALL.len());
        assert_eq!(names.len(), Term::ALL.len());
        assert_eq!(Term::Mandate.href(), "/glossary#mandate");
    }
}
