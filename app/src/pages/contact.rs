//! Record a guidance contact with a client: the day, the minutes, how it took place and the next
//! contact agreed; and the contacts recorded so far. Guidance time per client is a pilot measure.

use leptos::prelude::*;

use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextField};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::counsellor::{fields, Channel, Contact, ContactPage};
use crate::i18n::format::{day, typed_day};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn ContactView() -> impl IntoView {
    match use_page_context().data {
        PageData::Contact(page) => view! { <ContactForm page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn ContactForm(page: ContactPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("contact-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::Contact);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    // After an error the form shows what was typed; before, today's day.
    let value = |field: &str, first: String| flash.as_ref().map_or(first, |f| f.value(field));
    let error = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    let history = if page.contacts.is_empty() {
        view! { <p>{t.text("contact-none-yet")}</p> }.into_any()
    } else {
        let rows = page.contacts.into_iter().map(|c| view! { <ContactRow t contact=c /> }).collect_view();
        view! { <ul class="contacts">{rows}</ul> }.into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        <p class="lead">{t.text("contact-intro")}</p>
        <form method="post" action=paths::contact(page.client_id) class="form" novalidate=true>
            <FormName form=FormId::Contact />
            <TextField
                name=fields::DAY
                label=t.text("contact-day")
                hint=t.text("contact-day-hint")
                error=error(fields::DAY).unwrap_or_default()
                value=value(fields::DAY, typed_day(&page.today))
            />
            <TextField
                name=fields::MINUTES
                label=t.text("contact-minutes")
                hint=t.text("contact-minutes-hint")
                error=error(fields::MINUTES).unwrap_or_default()
                value=value(fields::MINUTES, String::new())
            />
            <Channels t flash=flash.clone() />
            <TextField
                name=fields::NEXT
                label=t.text("contact-next")
                hint=t.text("contact-next-hint")
                error=error(fields::NEXT).unwrap_or_default()
                value=value(fields::NEXT, String::new())
            />
            <button type="submit" class="button">{t.text("contact-save")}</button>
        </form>
        <h2>{t.text("contact-history")}</h2>
        {history}
    }
}

#[component]
fn Channels(t: I18n, flash: Option<FormFlash>) -> impl IntoView {
    let chosen = flash.as_ref().map(|f| f.value(fields::CHANNEL)).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(fields::CHANNEL)).map(|e| e.text(t));
    let class = if error.is_some() { "field field--error" } else { "field" };
    let choices = Channel::ALL
        .into_iter()
        .enumerate()
        .map(|(n, channel)| {
            // The first radio carries the field's id, so the error summary's link lands on it.
            let id = if n == 0 { field_id(fields::CHANNEL) } else { format!("channel-{}", channel.code()) };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=fields::CHANNEL
                        value=channel.code()
                        checked=channel.code() == chosen
                    />
                    <label for=id>{t.text(channel.label_id())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class=class>
            <legend>{t.text("contact-channel")}</legend>
            {error.map(|e| view! { <FieldErrorMessage id=Some(format!("{}-error", field_id(fields::CHANNEL))) text=e /> })}
            {choices}
        </fieldset>
    }
}

#[component]
fn ContactRow(t: I18n, contact: Contact) -> impl IntoView {
    let said = t.text_with(
        "contact-line",
        &[
            ("day", day(t, &contact.day).into()),
            ("minutes", contact.minutes.into()),
            ("channel", t.text(contact.channel.label_id()).into()),
            ("counsellor", contact.counsellor.into()),
        ],
    );
    let next = contact
        .next_contact
        .map(|next| view! { " " {t.text_with("contact-line-next", &[("day", day(t, &next).into())])} });
    view! { <li>{said}{next}</li> }
}
