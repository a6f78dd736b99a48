//! One application to join the registry, for the organiser: what the provider told, the checks
//! its business ID and account passed, every step so far, and the two answers: ask for more or
//! accept.

use leptos::prelude::*;

use crate::budget::product_label_id;
use crate::components::form::{ErrorSummary, FormTitle, TextArea};
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::euros;
use crate::joining::{fields, ApplicationState, ReviewPage};
use crate::pages::application::Events;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::providers::{feature_label_id, language_label_id, ACCESSIBILITY_FEATURES, STAFF_LANGUAGES};

#[component]
pub fn ReviewView() -> impl IntoView {
    match use_page_context().data {
        PageData::Review(page) => view! { <Review page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Review(page: ReviewPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let flash = ctx.flash.filter(|f| f.form == FormId::ApplicationReview);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let value = |name: &str| page.values.get(name).cloned().unwrap_or_default();
    let name = value(fields::NAME);
    let title = t.text_with("review-application-title", &[("name", name.clone().into())]);
    let state = match page.state {
        ApplicationState::Waiting => t.text("review-waiting"),
        ApplicationState::Asked => t.text("review-asked"),
        ApplicationState::Accepted => t.text("review-accepted"),
    };
    let row = |label: &'static str, text: String| {
        view! {
            <div>
                <dt>{t.text(label)}</dt>
                <dd>{text}</dd>
            </div>
        }
    };
    let listed = |items: Vec<String>| if items.is_empty() { "-".to_string() } else { items.join(", ") };
    let features = listed(
        ACCESSIBILITY_FEATURES
            .iter()
            .filter(|c| page.values.contains_key(&fields::feature(c)))
            .map(|c| t.text(feature_label_id(c)))
            .collect(),
    );
    let languages = listed(
        STAFF_LANGUAGES
            .iter()
            .filter(|c| page.values.contains_key(&fields::language(c)))
            .map(|c| t.text(language_label_id(c)))
            .collect(),
    );
    let prices = page
        .prices
        .iter()
        .map(|(code, price)| {
            let price = euros(t, price);
            view! { <li>{format!("{}: {price}", t.text(product_label_id(code)))}</li> }
        })
        .collect_view();
    let place = format!(
        "{}, {}, {} {}",
        value(fields::PLACE_NAME),
        value(fields::PLACE_ADDRESS),
        value(fields::PLACE_POSTAL_CODE),
        value(fields::PLACE_MUNICIPALITY)
    );
    let question_error =
        flash.as_ref().and_then(|f| f.error(fields::QUESTION)).map(|e| e.text(t)).unwrap_or_default();
    let question_value = flash.as_ref().map(|f| f.value(fields::QUESTION)).unwrap_or_default();
    let answers = (page.state == ApplicationState::Waiting).then(|| {
        view! {
            <h2>{t.text("review-decide")}</h2>
            <form method="post" action=paths::accept(page.id) class="form">
                <p>{t.text("review-accept-hint")}</p>
                <button type="submit" class="button">{t.text_with("review-accept", &[("name", name.clone().into())])}</button>
            </form>
            <form method="post" action=paths::ask(page.id) class="form" novalidate=true>
                <TextArea name=fields::QUESTION label=t.text("review-question") hint=t.text("review-question-hint") error=question_error value=question_value />
                <button type="submit" class="button button--secondary">{t.text("review-ask")}</button>
            </form>
        }
    });
    let in_registry = page.provider_id.map(|id| {
        view! {
            <p>
                <a class="link-alone" href=paths::provider(id)>{t.text("review-in-registry")}</a>
            </p>
        }
    });
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{state}</p>
        {in_registry}
        {answers}
        <h2>{t.text("review-details")}</h2>
        <dl class="facts">
            {row("join-business-id", format!("{} {}", value(fields::BUSINESS_ID), t.text("review-checked")))}
            {row("join-municipality", value(fields::MUNICIPALITY))}
            {row("join-contact-name", value(fields::CONTACT_NAME))}
            {row("join-email", value(fields::EMAIL))}
            {row("join-phone", value(fields::PHONE))}
            {row("join-place", place)}
            {row("join-features", features)}
            {row("review-areas", value(fields::AREAS))}
            {row("review-languages", languages)}
            {row("review-description", value(fields::DESCRIPTION))}
            {row("join-iban", format!("{} {}", value(fields::IBAN), t.text("review-checked")))}
            {row("join-bic", value(fields::BIC))}
            {row("join-permit", value(fields::PERMIT))}
        </dl>
        <h3>{t.text("join-services")}</h3>
        <ul>{prices}</ul>
        <h2>{t.text("application-events")}</h2>
        <Events t events=page.events />
    }
}
