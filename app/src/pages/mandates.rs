//! Who may handle a client's matters: the counsellor sees the relatives' mandates in force, ends
//! one, or lets a relative look, or also act, until a day or with no end.

use leptos::prelude::*;

use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextField};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::counsellor::{mandate_fields as fields, MandateRow, MandatesPage, Relative};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

/// The rights a mandate can give, with their form value and words.
const RIGHTS: [(&str, &str); 2] = [("look", "mandates-rights-look"), ("act", "mandates-rights-act")];

#[component]
pub fn MandatesView() -> impl IntoView {
    match use_page_context().data {
        PageData::Mandates(page) => view! { <Mandates page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Mandates(page: MandatesPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("mandates-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::Mandate);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let done = page.done.as_deref().map(|done| {
        let id = if done == "ended" { "mandates-ended" } else { "mandates-set" };
        view! { <p class="notice" role="status">{t.text(id)}</p> }
    });
    let client_id = page.client_id;
    let in_force = if page.mandates.is_empty() {
        view! { <p>{t.text("mandates-none")}</p> }.into_any()
    } else {
        let cards =
            page.mandates.into_iter().map(|m| view! { <InForce t client_id mandate=m /> }).collect_view();
        view! { <ul class="cards">{cards}</ul> }.into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        {done}
        <p class="lead">{t.text("mandates-intro")}</p>
        <h2>{t.text("mandates-in-force")}</h2>
        {in_force}
        <h2>{t.text("mandates-give")}</h2>
        <p>{t.text("mandates-give-what")}</p>
        <MandateForm t client_id relatives=page.relatives flash />
    }
}

#[component]
fn InForce(t: I18n, client_id: i64, mandate: MandateRow) -> impl IntoView {
    let name = mandate.relative.clone();
    let id = match (mandate.can_act, mandate.until.is_some()) {
        (true, true) => "mandates-may-act-until",
        (true, false) => "mandates-may-act",
        (false, true) => "mandates-may-look-until",
        (false, false) => "mandates-may-look",
    };
    let until = mandate.until.as_deref().map(|u| day(t, u)).unwrap_or_default();
    let said = t.text_with(id, &[("name", name.clone().into()), ("until", until.into())]);
    view! {
        <li class="card">
            <p>{said}</p>
            <form method="post" action=paths::end_mandate(client_id, mandate.id)>
                <button type="submit" class="button button--secondary">
                    {t.text_with("mandates-end", &[("name", name.into())])}
                </button>
            </form>
        </li>
    }
}

#[component]
fn MandateForm(t: I18n, client_id: i64, relatives: Vec<Relative>, flash: Option<FormFlash>) -> impl IntoView {
    let value = |field: &str| flash.as_ref().map(|f| f.value(field)).unwrap_or_default();
    let error = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    let (chosen, rights) = (value(fields::RELATIVE), value(fields::RIGHTS));
    let people = relatives
        .into_iter()
        .enumerate()
        .map(|(n, r)| {
            // The first radio of a group carries the field's id, for the error summary's link.
            let id = if n == 0 { field_id(fields::RELATIVE) } else { format!("relative-{}", r.account_id) };
            let value = r.account_id.to_string();
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::RELATIVE value=value.clone() checked=value == chosen />
                    <label for=id>{r.name}</label>
                </div>
            }
        })
        .collect_view();
    let choices = RIGHTS
        .into_iter()
        .enumerate()
        .map(|(n, (code, label))| {
            let id = if n == 0 { field_id(fields::RIGHTS) } else { format!("rights-{code}") };
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::RIGHTS value=code checked=code == rights />
                    <label for=id>{t.text(label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=paths::mandates(client_id) class="form" novalidate=true>
            <FormName form=FormId::Mandate />
            <RadioGroup t field=fields::RELATIVE legend="mandates-who" error=error(fields::RELATIVE)>
                {people}
            </RadioGroup>
            <RadioGroup t field=fields::RIGHTS legend="mandates-rights" error=error(fields::RIGHTS)>
                {choices}
            </RadioGroup>
            <TextField
                name=fields::UNTIL
                label=t.text("mandates-until")
                hint=t.text("mandates-until-hint")
                error=error(fields::UNTIL).unwrap_or_default()
                value=value(fields::UNTIL)
            />
            <button type="submit" class="button">{t.text("mandates-save")}</button>
        </form>
    }
}

/// A group of radio buttons with its question and, after a failed post, its error.
#[component]
fn RadioGroup(
    t: I18n,
    field: &'static str,
    legend: &'static str,
    error: Option<String>,
    children: Children,
) -> impl IntoView {
    let class = if error.is_some() { "field field--error" } else { "field" };
    view! {
        <fieldset class=class>
            <legend>{t.text(legend)}</legend>
            {error.map(|e| view! { <FieldErrorMessage id=Some(format!("{}-error", field_id(field))) text=e /> })}
            {children()}
        </fieldset>
    }
}
