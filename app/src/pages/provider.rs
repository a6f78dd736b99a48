//! One provider: its services and prices against the client's plan, its places and their
//! accessibility, staff languages, contact, quality data explained, feedback (B19) and prices
//! over time.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::components::icons::Pictogram;
use crate::components::provider_facts::{
    feedback_text, languages_text, price_text, FeatureList, FeedbackFacts, Offers, QualityFacts,
};
use crate::context::{use_page_context, PageData};
use crate::i18n::format::day;
use crate::pages::glossary::Term;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::providers::ProviderPage as Page;

#[component]
pub fn ProviderPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Provider(page) => view! { <ProviderView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn ProviderView(page: Page) -> impl IntoView {
    let t = use_page_context().i18n();
    let p = page.found.provider.clone();
    let places = p
        .locations
        .iter()
        .map(|l| {
            view! {
                <li class="card">
                    <h3>{l.name.clone()}</h3>
                    <p>{format!("{}, {} {}", l.address, l.postal_code, l.municipality)}</p>
                    <FeatureList t features=l.accessibility.clone() />
                </li>
            }
        })
        .collect_view();
    let contact = [
        p.phone.clone().map(|v| (t.text("contact-phone"), format!("tel:{}", v.replace(' ', "")), v)),
        p.email.clone().map(|v| (t.text("contact-email"), format!("mailto:{v}"), v)),
        // The server checks addresses as they come in; this keeps any older one from being a link
        // that runs script.
        p.website.clone().filter(|v| is_web_link(v)).map(|v| (t.text("contact-website"), v.clone(), v)),
    ]
    .into_iter()
    .flatten()
    .map(|(label, href, text)| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>
                    <a class="link-alone" href=href>{text}</a>
                </dd>
            </div>
        }
    })
    .collect_view();
    let history = p
        .price_history
        .iter()
        .map(|h| {
            view! {
                <tr>
                    <td>{t.text(product_label_id(&h.product))}</td>
                    <td class="number">{price_text(t, &h.product, &h.unit_price)}</td>
                    <td>{day(t, &h.valid_from)}</td>
                </tr>
            }
        })
        .collect_view();
    let description = p.description(t.lang.code()).map(str::to_string);
    view! {
        <Title text=p.name.clone() />
        <h1>{p.name.clone()}</h1>
        <p class="lead">{description}</p>
        {page.plan_of.is_some().then(|| {
            let choose = format!("{}?{}={}", paths::CHANGE_PROVIDER, crate::changes::fields::PROVIDER, p.id);
            view! {
                <p>
                    <a href=choose class="button">
                        <Pictogram code="1F504" />
                        {t.text("provider-choose")}
                    </a>
                </p>
            }
        })}
        <section aria-labelledby="services-heading">
            <h2 id="services-heading">{t.text("provider-services")}</h2>
            <Offers t found=page.found.clone() plan_of=page.plan_of.clone() />
            <p class="hint">
                <a class="link-alone" href=Term::OwnShare.href()>{t.text("provider-own-share-link")}</a>
            </p>
        </section>
        <section aria-labelledby="places-heading">
            <h2 id="places-heading">{t.text("provider-places")}</h2>
            <p>{t.text_with("provider-serves", &[("areas", p.areas.join(", ").into())])}</p>
            <ul class="cards">{places}</ul>
        </section>
        <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t.text("fact-languages")}</h2>
            <p>{languages_text(t, &p.languages)}</p>
        </section>
        <section aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{t.text("provider-feedback")}</h2>
            <FeedbackFacts t feedback=p.feedback.clone() />
            {(!page.feedback_by_service.is_empty())
                .then(|| {
                    let rows = page
                        .feedback_by_service
                        .iter()
                        .map(|s| {
                            view! {
                                <li>
                                    {t.text_with(
                                        "feedback-for-service",
                                        &[
                                            ("service", t.text(product_label_id(&s.product)).into()),
                                            ("feedback", feedback_text(t, &s.feedback).into()),
                                        ],
                                    )}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{t.text("feedback-by-service")}</h3>
                        <ul>{rows}</ul>
                    }
                })}
        </section>
        <section aria-labelledby="quality-heading">
            <h2 id="quality-heading">{t.text("provider-quality")}</h2>
            <QualityFacts t quality=p.quality.clone() />
        </section>
        <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t.text("provider-contact")}</h2>
            <dl class="facts">{contact}</dl>
        </section>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t.text("provider-price-history")}</h2>
            <div class="table-wrap" role="region" aria-labelledby="history-caption" tabindex="0">
                <table>
                    <caption id="history-caption">{t.text("provider-price-history-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.text("column-service")}</th>
                            <th scope="col" class="number">{t.text("column-price")}</th>
                            <th scope="col">{t.text("column-valid-from")}</th>
                        </tr>
                    </thead>
                    <tbody>{history}</tbody>
                </table>
            </div>
        </section>
        <p>
            <a class="link-alone" href=paths::PROVIDERS>{t.text("back-to-search")}</a>
        </p>
    }
}

/// Whether an address opens a web page, and nothing else, when followed.
fn is_web_link(address: &str) -> bool {
    let lower = address.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
