//! Hours of help: an experience expert records how long they helped a client who let them in
//! during the last 30 days, and sees what they recorded. The pilot follows the experts' hours per
//! client.

use leptos::prelude::*;

use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextField};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::help_hours::{fields, Done, HelpHoursPage};
use crate::i18n::format::{day, number, typed_day};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn HelpHoursView() -> impl IntoView {
    match use_page_context().data {
        PageData::HelpHours(page) => view! { <HelpHoursForm page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn HelpHoursForm(page: HelpHoursPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text("help-hours-title");
    let flash = ctx.flash.filter(|f| f.form == FormId::HelpHours);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let value = |field: &str, first: String| flash.as_ref().map_or(first, |f| f.value(field));
    let error = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    let saved = page.done.map(|done| match done {
        Done::Saved => view! { <p class="notice" role="status">{t.text("help-hours-saved")}</p> }.into_any(),
        // Removing is undone as easily as it was done (WCAG 3.3.4).
        Done::Removed(id) => view! {
            <div class="notice" role="status">
                <p>{t.text("help-hours-removed")}</p>
                <form method="post" action=paths::help_hours_restore(id)>
                    <button type="submit" class="button button--secondary">{t.text("help-hours-undo")}</button>
                </form>
            </div>
        }
        .into_any(),
        Done::Restored => view! { <p class="notice" role="status">{t.text("help-hours-restored")}</p> }.into_any(),
    });
    let form = if page.clients.is_empty() {
        view! { <p>{t.text("help-hours-no-clients")}</p> }.into_any()
    } else {
        view! {
            <form method="post" action=paths::HELP_HOURS class="form" novalidate=true>
                <FormName form=FormId::HelpHours />
                <Clients t clients=page.clients.clone() flash=flash.clone() />
                <TextField
                    name=fields::DAY
                    label=t.text("help-hours-day")
                    hint=t.text("help-hours-day-hint")
                    error=error(fields::DAY).unwrap_or_default()
                    value=value(fields::DAY, typed_day(&page.today))
                />
                <TextField
                    name=fields::HOURS
                    label=t.text("help-hours-hours")
                    hint=t.text("help-hours-hours-hint")
                    error=error(fields::HOURS).unwrap_or_default()
                    value=value(fields::HOURS, String::new())
                />
                <button type="submit" class="button">{t.text("help-hours-save")}</button>
            </form>
        }
        .into_any()
    };
    let recorded = if page.recorded.is_empty() {
        view! { <p>{t.text("help-hours-none-yet")}</p> }.into_any()
    } else {
        let rows = page
            .recorded
            .into_iter()
            .map(|row| {
                let said = t.text_with(
                    "help-hours-line",
                    &[
                        ("day", day(t, &row.day).into()),
                        ("name", row.client_name.into()),
                        ("hours", number(t.lang, &row.hours).into()),
                    ],
                );
                // The button names the hours it removes, for anyone who hears only the button.
                let remove = row.removable.then(|| {
                    view! {
                        <form method="post" action=paths::help_hours_remove(row.id)>
                            <button type="submit" class="button button--secondary">
                                {t.text("help-hours-remove")}
                                <span class="visually-hidden">{format!(": {said}")}</span>
                            </button>
                        </form>
                    }
                });
                view! { <li>{said.clone()} {remove}</li> }
            })
            .collect_view();
        view! {
            <p>{t.text("help-hours-remove-intro")}</p>
            <ul class="contacts">{rows}</ul>
        }
        .into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{title}</h1>
        {saved}
        <p class="lead">{t.text("help-hours-intro")}</p>
        {form}
        <h2>{t.text("help-hours-recorded")}</h2>
        {recorded}
    }
}

/// The clients to choose from: those who let the expert in lately.
#[component]
fn Clients(t: I18n, clients: Vec<(i64, String)>, flash: Option<FormFlash>) -> impl IntoView {
    let only_one = clients.len() == 1;
    let chosen = flash.as_ref().map(|f| f.value(fields::CLIENT)).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(fields::CLIENT)).map(|e| e.text(t));
    let class = if error.is_some() { "field field--error" } else { "field" };
    let choices = clients
        .into_iter()
        .enumerate()
        .map(|(n, (id, name))| {
            // The first radio carries the field's id, so the error summary's link lands on it.
            let input_id = if n == 0 { field_id(fields::CLIENT) } else { format!("client-{id}") };
            let checked = chosen == id.to_string() || (chosen.is_empty() && only_one);
            view! {
                <div class="choice">
                    <input type="radio" id=input_id.clone() name=fields::CLIENT value=id.to_string() checked=checked />
                    <label for=input_id>{name}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class=class>
            <legend>{t.text("help-hours-client")}</legend>
            {error.map(|e| view! { <FieldErrorMessage id=Some(format!("{}-error", field_id(fields::CLIENT))) text=e /> })}
            {choices}
        </fieldset>
    }
}
