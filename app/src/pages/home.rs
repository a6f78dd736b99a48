//! The front page: what the portal is for; for a client (or a relative acting for one) My budget;
//! for anyone else signed in, what they can do here.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::icons::Pictogram;
use crate::context::{use_page_context, PageData, Viewer};
use crate::i18n::{msg, I18n};
use crate::pages::budget::BudgetPage;
use crate::pages::glossary::{HardWord, TermLink};
use crate::paths;
use crate::role::Role;

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    match (ctx.data, ctx.viewer) {
        (PageData::Budget(page), _) => view! { <BudgetPage page /> }.into_any(),
        (_, Some(viewer)) => view! { <SignedInHome t viewer /> }.into_any(),
        (_, None) => view! { <Welcome t /> }.into_any(),
    }
}

#[component]
fn Welcome(t: I18n) -> impl IntoView {
    view! {
        <Title text=t.text("welcome-title") />
        <h1>{t.text("welcome-title")}</h1>
        <p class="lead">{t.text("welcome-intro")}</p>
        <p>{t.text("welcome-who")}</p>
        <TermLink term=HardWord::ExperienceExpert />
        <p>
            <a href=paths::SIGN_IN class="button">
                <Pictogram code="1F511" />
                {t.text("nav-sign-in")}
            </a>
        </p>
    }
}

#[component]
fn SignedInHome(t: I18n, viewer: Viewer) -> impl IntoView {
    let greeting = t.text_with("home-greeting", &[("name", viewer.name.clone().into())]);
    let tasks = tasks_for(viewer.role).into_iter().map(|id| view! { <li>{t.text(id)}</li> }).collect_view();
    let acts_for = (!viewer.acts_for.is_empty()).then(|| {
        let names = viewer.acts_for.join(", ");
        view! { <p>{t.text_with("home-acts-for", &[("names", names.into())])}</p> }
    });
    view! {
        <Title text=greeting.clone() />
        <h1>{greeting}</h1>
        <p class="lead">{t.text("home-intro")}</p>
        {acts_for}
        <h2>{t.text("home-what-you-can-do")}</h2>
        <ul class="task-list">{tasks}</ul>
        {match viewer.role {
            Role::Counsellor => Some((paths::CLIENTS, "nav-clients")),
            Role::DecisionMaker => Some((paths::DECISIONS, "nav-decisions")),
            Role::Provider => Some((paths::PROVIDER_SURVEY, "nav-provider-survey")),
            Role::Organiser => Some((paths::INDICATORS, "nav-indicators")),
            _ => None,
        }
            .map(|(href, label)| {
                view! {
                    <p>
                        <a href=href class="button">{t.text(label)}</a>
                    </p>
                }
            })}
        <h2>{t.text("home-help-title")}</h2>
        <p>{t.text("home-help-text")}</p>
        <TermLink term=HardWord::ExperienceExpert />
    }
}

/// What each role will do in the portal, in the person's own words. Links appear here as the
/// pages are built; none points to a page that does not exist yet.
fn tasks_for(role: Role) -> Vec<&'static str> {
    match role {
        Role::Client => vec![
            msg("task-client-budget"),
            msg("task-client-providers"),
            msg("task-client-change"),
            msg("task-client-feedback"),
            msg("task-settings"),
        ],
        Role::Relative => vec![msg("task-relative-help"), msg("task-relative-budget"), msg("task-settings")],
        Role::ExperienceExpert => vec![msg("task-expert-help"), msg("task-settings")],
        Role::Counsellor => {
            vec![msg("task-counsellor-clients"), msg("task-counsellor-decisions"), msg("task-settings")]
        }
        Role::DecisionMaker => vec![msg("task-decision-maker-decisions"), msg("task-settings")],
        Role::Provider => {
            vec![
                msg("task-provider-report"),
                msg("task-provider-registry"),
                msg("task-provider-survey"),
                msg("task-settings"),
            ]
        }
        Role::Organiser => {
            vec![msg("task-organiser-follow"), msg("task-organiser-registry"), msg("task-settings")]
        }
    }
}
