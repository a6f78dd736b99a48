//! How a client and their relatives sign in: the counsellor sees whether the client signs in by
//! identifying (Suomi.fi), lets them with their identity code, and lets a relative do the same.

use leptos::prelude::*;

use crate::components::form::{ErrorSummary, FormName, FormTitle, TextField};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::counsellor::{sign_in_fields as fields, ClientSignInPage};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn ClientSignInView() -> impl IntoView {
    match use_page_context().data {
        PageData::ClientSignIn(page) => view! { <ClientSignIn page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn ClientSignIn(page: ClientSignInPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let name = page.client_name.clone();
    let title = t.text_with("sign-in-of-title", &[("name", name.clone().into())]);
    let flash = ctx.flash.filter(|f| matches!(f.form, FormId::ClientSignIn | FormId::RelativeSignIn));
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let flash_of = |form: FormId| flash.clone().filter(|f| f.form == form);
    let done = page.done.as_deref().map(|done| {
        let id = if done == "relative" { "sign-in-of-relative-done" } else { "sign-in-of-client-done" };
        view! { <p class="notice" role="status">{t.text(id)}</p> }
    });
    let status = if page.client_signs_in { "sign-in-of-client-yes" } else { "sign-in-of-client-no" };
    let in_details = page.code_in_details.as_ref().map(|code| {
        view! { <p>{t.text_with("sign-in-of-code-in-details", &[("code", code.clone().into())])}</p> }
    });
    let relatives = if page.relatives.is_empty() {
        view! { <p>{t.text("sign-in-of-relatives-none")}</p> }.into_any()
    } else {
        let names = page.relatives.into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
        view! { <ul>{names}</ul> }.into_any()
    };
    let client_id = page.client_id;
    // The answer first: whether the client signs in; the form only where they do not yet.
    let client_part = if page.client_signs_in {
        None
    } else {
        Some(view! {
            <h2>{t.text("sign-in-of-client")}</h2>
            {in_details}
            <ClientForm t client_id name=name.clone() flash=flash_of(FormId::ClientSignIn) />
        })
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        {done}
        <p class="lead">{t.text_with(status, &[("name", name.clone().into())])}</p>
        {client_part}
        <h2>{t.text("sign-in-of-relatives")}</h2>
        {relatives}
        <p>
            {t.text("sign-in-of-relatives-then")} " "
            <a href=paths::mandates(client_id)>{t.text_with("mandates-title", &[("name", name.into())])}</a>
        </p>
        <RelativeForm t client_id flash=flash_of(FormId::RelativeSignIn) />
        <h2>{t.text("sign-in-of-how")}</h2>
        <p>{t.text("sign-in-of-intro")}</p>
    }
}

#[component]
fn ClientForm(t: I18n, client_id: i64, name: String, flash: Option<FormFlash>) -> impl IntoView {
    let value = |field: &str| flash.as_ref().map(|f| f.value(field)).unwrap_or_default();
    let error = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    view! {
        <form method="post" action=paths::sign_in_of(client_id) class="form" novalidate=true>
            <FormName form=FormId::ClientSignIn />
            <TextField
                name=fields::CODE
                label=t.text("sign-in-of-code")
                hint=t.text("sign-in-of-code-hint")
                error=error(fields::CODE).unwrap_or_default()
                value=value(fields::CODE)
                autocomplete="off"
                spellcheck_off=true
            />
            <button type="submit" class="button">
                {t.text_with("sign-in-of-client-save", &[("name", name.into())])}
            </button>
        </form>
    }
}

#[component]
fn RelativeForm(t: I18n, client_id: i64, flash: Option<FormFlash>) -> impl IntoView {
    let value = |field: &str| flash.as_ref().map(|f| f.value(field)).unwrap_or_default();
    let error = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    view! {
        <form method="post" action=paths::relative_sign_in(client_id) class="form" novalidate=true>
            <FormName form=FormId::RelativeSignIn />
            <TextField
                name=fields::NAME
                label=t.text("sign-in-of-relative-name")
                error=error(fields::NAME).unwrap_or_default()
                value=value(fields::NAME)
                autocomplete="off"
            />
            <TextField
                name=fields::RELATIVE_CODE
                label=t.text("sign-in-of-relative-code")
                hint=t.text("sign-in-of-code-hint")
                error=error(fields::RELATIVE_CODE).unwrap_or_default()
                value=value(fields::RELATIVE_CODE)
                autocomplete="off"
                spellcheck_off=true
            />
            <button type="submit" class="button">{t.text("sign-in-of-relative-save")}</button>
        </form>
    }
}
