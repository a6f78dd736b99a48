//! Choose a provider for a service that has none: which services need one, then the providers
//! that could give it (each with its price and feedback), then the choice to confirm. The steps
//! are links and GET forms; only the last posts.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::components::form::{field_id, FieldErrorMessage};
use crate::components::provider_facts::{feedback_text, price_text};
use crate::context::{use_page_context, ClientPage, PageData};
use crate::first_provider::{fields, Candidate, FirstProviderPage, NeedsProvider};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn FirstProviderView() -> impl IntoView {
    match use_page_context().data {
        PageData::FirstProvider(page) => view! { <FirstProvider page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

fn choose_href(product: &str) -> String {
    format!("{}?{}={product}", paths::FIRST_PROVIDER, fields::PRODUCT)
}

#[component]
fn FirstProvider(page: ClientPage<FirstProviderPage>) -> impl IntoView {
    let t = use_page_context().i18n();
    let content = page.content;
    let title = t.text("first-provider-title");
    let chosen = content.chosen.map(|(product, provider, from)| {
        let said = t.text_with(
            "first-provider-chosen",
            &[
                ("provider", provider.into()),
                ("service", t.text(product_label_id(&product)).into()),
                ("day", day(t, &from).into()),
            ],
        );
        view! { <p class="notice" role="status">{said}</p> }
    });
    let error = content.error.map(|id| t.text(&id));
    let body = match (content.product, content.confirm) {
        (Some(need), Some(candidate)) => view! { <Confirm t need candidate /> }.into_any(),
        (Some(need), None) => view! { <Candidates t need candidates=content.candidates error /> }.into_any(),
        (None, _) => view! { <Services t needing=content.needing error /> }.into_any(),
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {chosen}
        {body}
        <p>
            <a class="link-alone" href=paths::HOME>{t.text("back-to-budget")}</a>
        </p>
    }
}

/// The services with no provider, each a link to its providers.
#[component]
fn Services(t: I18n, needing: Vec<NeedsProvider>, error: Option<String>) -> impl IntoView {
    let error = error.map(|e| view! { <p class="notice">{e}</p> });
    if needing.is_empty() {
        return view! {
            {error}
            <p class="lead">{t.text("first-provider-none")}</p>
        }
        .into_any();
    }
    let items = needing
        .into_iter()
        .map(|need| {
            let service = t.text(product_label_id(&need.product));
            let link = t.text_with("first-provider-choose-for", &[("service", service.into())]);
            let from = t.text_with("first-provider-from", &[("day", day(t, &need.first_day).into())]);
            view! {
                <li>
                    <a class="link-alone" href=choose_href(&need.product)>{link}</a>
                    <p class="hint">{from}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        {error}
        <p class="lead">{t.text("first-provider-intro")}</p>
        <ul class="link-list">{items}</ul>
    }
    .into_any()
}

/// The providers that could give the service, to choose one.
#[component]
fn Candidates(
    t: I18n,
    need: NeedsProvider,
    candidates: Vec<Candidate>,
    error: Option<String>,
) -> impl IntoView {
    let service = t.text(product_label_id(&need.product));
    let legend = t.text_with("first-provider-which", &[("service", service.into())]);
    if candidates.is_empty() {
        return view! {
            <p class="lead">{legend}</p>
            <p>{t.text("first-provider-no-candidates")}</p>
        }
        .into_any();
    }
    let first_id = field_id(fields::PROVIDER);
    let error_id = format!("{first_id}-error");
    let class = if error.is_some() { "field field--error" } else { "field" };
    let described_by = error.is_some().then(|| error_id.clone());
    let radios = candidates
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = if i == 0 { first_id.clone() } else { format!("provider-{}", c.provider_id) };
            let hint_id = format!("provider-{}-hint", c.provider_id);
            let facts = format!("{}. {}", price_text(t, &need.product, &c.unit_price), feedback_text(t, &c.feedback));
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::PROVIDER value=c.provider_id.to_string() aria-describedby=hint_id.clone() />
                    <label for=id>{c.name}</label>
                    <p class="choice__hint" id=hint_id>{facts}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="get" action=paths::FIRST_PROVIDER class="form" novalidate=true>
            <input type="hidden" name=fields::PRODUCT value=need.product.clone() />
            <input type="hidden" name=fields::CHECK value="1" />
            <fieldset class=class aria-describedby=described_by>
                <legend>{legend}</legend>
                <p class="field__hint">{t.text_with("first-provider-from", &[("day", day(t, &need.first_day).into())])}</p>
                {error.map(|e| view! { <FieldErrorMessage id=Some(error_id.clone()) text=e /> })}
                {radios}
            </fieldset>
            <button type="submit" class="button">{t.text("continue")}</button>
        </form>
    }
    .into_any()
}

/// The choice in one sentence, and the button that makes it.
#[component]
fn Confirm(t: I18n, need: NeedsProvider, candidate: Candidate) -> impl IntoView {
    let service = t.text(product_label_id(&need.product));
    let said = t.text_with(
        "first-provider-confirm",
        &[
            ("provider", candidate.name.clone().into()),
            ("service", service.into()),
            ("day", day(t, &need.first_day).into()),
            ("price", price_text(t, &need.product, &candidate.unit_price).into()),
        ],
    );
    let back = choose_href(&need.product);
    view! {
        <p class="lead">{said}</p>
        <form method="post" action=paths::FIRST_PROVIDER class="form">
            <input type="hidden" name=fields::PRODUCT value=need.product.clone() />
            <input type="hidden" name=fields::PROVIDER value=candidate.provider_id.to_string() />
            <button type="submit" class="button">
                {t.text_with("first-provider-make", &[("provider", candidate.name.into())])}
            </button>
        </form>
        <p>
            <a class="link-alone" href=back>{t.text("first-provider-other")}</a>
        </p>
    }
}
