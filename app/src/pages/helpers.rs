//! Who helps me: the client lets an experience expert see their portal, read-only, for a few
//! hours, sees who can see it now, and ends it at any time.

use leptos::prelude::*;

use crate::access::{fields, Expert, HelpGrant, HelpersPage, HELP_HOURS};
use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::i18n::format::{day, time};
use crate::i18n::I18n;
use crate::pages::glossary::{HardWord, TermLink};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

/// The length chosen for the client until they choose another.
const DEFAULT_HOURS: i64 = 2;

#[component]
pub fn HelpersView() -> impl IntoView {
    match use_page_context().data {
        PageData::Helpers(page) => view! { <Helpers page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Helpers(page: HelpersPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text("helpers-title");
    let flash = ctx.flash.filter(|f| f.form == FormId::Help);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let done = page.done.as_deref().map(|done| {
        let id = if done == "ended" { "helpers-ended" } else { "helpers-granted" };
        view! { <p class="notice" role="status">{t.text(id)}</p> }
    });
    let running = if page.grants.is_empty() {
        view! { <p>{t.text("helpers-none")}</p> }.into_any()
    } else {
        let items = page.grants.into_iter().map(|grant| view! { <Running t grant /> }).collect_view();
        view! { <ul class="cards">{items}</ul> }.into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{t.text("helpers-intro")}</p>
        <TermLink term=HardWord::ExperienceExpert />
        {done}
        <h2>{t.text("helpers-now-title")}</h2>
        {running}
        <h2>{t.text("helpers-let-title")}</h2>
        <p>{t.text("helpers-let-what")}</p>
        <LetForm t experts=page.experts flash />
    }
}

/// One running grant, with the button that ends it.
#[component]
fn Running(t: I18n, grant: HelpGrant) -> impl IntoView {
    let until = t.text_with(
        "helpers-until",
        &[
            ("name", grant.helper.clone().into()),
            ("day", day(t, &grant.ends_day).into()),
            ("time", time(t.lang, &grant.ends_time).into()),
        ],
    );
    view! {
        <li class="card">
            <p>{until}</p>
            <form method="post" action=paths::end_help(grant.id)>
                <button type="submit" class="button button--secondary">
                    {t.text_with("helpers-end", &[("name", grant.helper.into())])}
                </button>
            </form>
        </li>
    }
}

#[component]
fn LetForm(t: I18n, experts: Vec<Expert>, flash: Option<FormFlash>) -> impl IntoView {
    let chosen = flash.as_ref().map(|f| f.value(fields::HELPER)).unwrap_or_default();
    let hours = flash
        .as_ref()
        .and_then(|f| f.value(fields::HOURS).parse().ok())
        .filter(|h| HELP_HOURS.contains(h))
        .unwrap_or(DEFAULT_HOURS);
    let helper_error = flash.as_ref().and_then(|f| f.error(fields::HELPER)).map(|e| e.text(t));
    let helper_class = if helper_error.is_some() { "field field--error" } else { "field" };
    let people = experts
        .into_iter()
        .enumerate()
        .map(|(n, expert)| {
            // The first radio carries the field's id, so the error summary's link lands on it.
            let id = if n == 0 { field_id(fields::HELPER) } else { format!("helper-{}", expert.account_id) };
            let value = expert.account_id.to_string();
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::HELPER value=value.clone() checked=value == chosen />
                    <label for=id>{expert.name}</label>
                </div>
            }
        })
        .collect_view();
    let lengths = HELP_HOURS
        .into_iter()
        .map(|h| {
            let id = format!("hours-{h}");
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::HOURS value=h.to_string() checked=h == hours />
                    <label for=id>{t.text_with("helpers-hours", &[("hours", h.into())])}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=paths::HELPERS class="form" novalidate=true>
            <FormName form=FormId::Help />
            <fieldset class=helper_class>
                <legend>{t.text("helpers-who")}</legend>
                {helper_error.map(|e| view! { <FieldErrorMessage id=Some(format!("{}-error", field_id(fields::HELPER))) text=e /> })}
                {people}
            </fieldset>
            <fieldset class="field">
                <legend>{t.text("helpers-how-long")}</legend>
                {lengths}
            </fieldset>
            <button type="submit" class="button">
                <Pictogram code="1F91D" />
                {t.text("helpers-let")}
            </button>
        </form>
    }
}
