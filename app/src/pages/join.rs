//! Join the registry: a provider's application form, for anyone. The same form comes back
//! filled in on the application's own page when the organiser asks for more.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::budget::{product_label_id, PRODUCTS};
use crate::components::form::{
    field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextArea, TextField,
};
use crate::context::{use_page_context, FormId, PageData};
use crate::joining::fields;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::providers::{feature_label_id, language_label_id, ACCESSIBILITY_FEATURES, STAFF_LANGUAGES};

#[component]
pub fn JoinView() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    match ctx.data {
        PageData::Join(page) => {
            let title = t.text("join-title");
            let errors = ctx.flash.as_ref().filter(|f| f.form == FormId::Join).map(|f| f.errors.clone());
            view! {
                <FormTitle text=title.clone() has_errors=errors.as_ref().is_some_and(|e| !e.is_empty()) />
                <ErrorSummary errors=errors.unwrap_or_default() />
                <h1>{title}</h1>
                <p class="lead">{t.text("join-intro")}</p>
                <p>{t.text("join-steps")}</p>
                <ApplicationForm action=paths::JOIN.to_string() values=page.values submit=t.text("join-send") />
            }
            .into_any()
        }
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// The application's fields, filled in from the flash after an error, else from `values`.
#[component]
pub fn ApplicationForm(action: String, values: BTreeMap<String, String>, submit: String) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let flash = ctx.flash.filter(|f| f.form == FormId::Join);
    let values = flash.as_ref().map(|f| f.values.clone()).unwrap_or(values);
    let errors = flash.map(|f| f.errors).unwrap_or_default();
    let value = |name: &str| values.get(name).cloned().unwrap_or_default();
    let error = |name: &str| errors.iter().find(|e| e.field == name).map(|e| e.text(t)).unwrap_or_default();
    let text = |name: &'static str, label: &'static str, hint: Option<&'static str>| {
        let hint = hint.map(|h| t.text(h));
        match hint {
            Some(hint) => {
                view! { <TextField name label=t.text(label) hint error=error(name) value=value(name) /> }
                    .into_any()
            }
            None => view! { <TextField name label=t.text(label) error=error(name) value=value(name) /> }
                .into_any(),
        }
    };
    let prices = PRODUCTS
        .iter()
        .map(|code| {
            let name = fields::price(code);
            let label = t.text_with("join-price", &[("service", t.text(product_label_id(code)).into())]);
            view! { <TextField name=name.clone() label error=error(&name) value=value(&name) /> }
        })
        .collect_view();
    let features: Vec<(String, String)> =
        ACCESSIBILITY_FEATURES.iter().map(|c| (fields::feature(c), t.text(feature_label_id(c)))).collect();
    let features = choices(&values, features);
    let languages: Vec<(String, String)> =
        STAFF_LANGUAGES.iter().map(|c| (fields::language(c), t.text(language_label_id(c)))).collect();
    let languages = choices(&values, languages);
    let language_error =
        errors.iter().find(|e| e.field == fields::language(STAFF_LANGUAGES[0])).map(|e| e.text(t));
    let languages_class = if language_error.is_some() { "field field--error" } else { "field" };
    view! {
        <form method="post" action=action class="form" novalidate=true>
            <FormName form=FormId::Join />
            <fieldset class="field">
                <legend><h2>{t.text("join-company")}</h2></legend>
                {text(fields::NAME, "join-name", None)}
                {text(fields::BUSINESS_ID, "join-business-id", Some("join-business-id-hint"))}
                {text(fields::MUNICIPALITY, "join-municipality", None)}
            </fieldset>
            <fieldset class="field">
                <legend><h2>{t.text("join-contact")}</h2></legend>
                {text(fields::CONTACT_NAME, "join-contact-name", None)}
                {text(fields::CONTACT_CODE, "join-contact-code", Some("join-contact-code-hint"))}
                <TextField name=fields::EMAIL label=t.text("join-email") error=error(fields::EMAIL) value=value(fields::EMAIL) input_type="email" autocomplete="email" spellcheck_off=true />
                <TextField name=fields::PHONE label=t.text("join-phone") error=error(fields::PHONE) value=value(fields::PHONE) input_type="tel" autocomplete="tel" />
            </fieldset>
            <fieldset class="field">
                <legend><h2>{t.text("join-services")}</h2></legend>
                <p class="field__hint">{t.text("join-services-hint")}</p>
                {prices}
            </fieldset>
            <fieldset class="field">
                <legend><h2>{t.text("join-place")}</h2></legend>
                {text(fields::PLACE_NAME, "join-place-name", None)}
                {text(fields::PLACE_ADDRESS, "join-place-address", None)}
                {text(fields::PLACE_POSTAL_CODE, "join-place-postal-code", None)}
                {text(fields::PLACE_MUNICIPALITY, "join-place-municipality", None)}
                <fieldset class="field">
                    <legend>{t.text("join-features")}</legend>
                    {features}
                </fieldset>
            </fieldset>
            <fieldset class="field">
                <legend><h2>{t.text("join-areas-languages")}</h2></legend>
                {text(fields::AREAS, "join-areas", Some("join-areas-hint"))}
                <fieldset class=languages_class>
                    <legend>{t.text("join-languages")}</legend>
                    {language_error.map(|text| view! { <FieldErrorMessage id=None text /> })}
                    {languages}
                </fieldset>
                <TextArea name=fields::DESCRIPTION label=t.text("join-description") hint=t.text("join-description-hint") error=error(fields::DESCRIPTION) value=value(fields::DESCRIPTION) />
            </fieldset>
            <fieldset class="field">
                <legend><h2>{t.text("join-payments")}</h2></legend>
                {text(fields::IBAN, "join-iban", Some("join-iban-hint"))}
                {text(fields::BIC, "join-bic", Some("join-bic-hint"))}
                {text(fields::PERMIT, "join-permit", Some("join-permit-hint"))}
            </fieldset>
            <button type="submit" class="button">{submit}</button>
        </form>
    }
}

/// Checkboxes, each a field of its own, checked as `values` has them.
fn choices(values: &BTreeMap<String, String>, items: Vec<(String, String)>) -> impl IntoView {
    items
        .into_iter()
        .map(|(name, label)| {
            let id = field_id(&name);
            let checked = values.contains_key(&name);
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=name value="on" checked=checked />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view()
}
