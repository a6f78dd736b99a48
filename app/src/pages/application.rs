//! The applicant's own page of an application to join the registry: where it stands, what the
//! organiser asked, every step so far, and, when asked for more, the form to change and resend.

use leptos::prelude::*;

use crate::components::form::{ErrorSummary, FormTitle};
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::joining::{ApplicationEvent, ApplicationPage, ApplicationState};
use crate::pages::join::ApplicationForm;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn ApplicationView() -> impl IntoView {
    match use_page_context().data {
        PageData::Application(page) => view! { <Application page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Application(page: ApplicationPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let errors =
        ctx.flash.as_ref().filter(|f| f.form == FormId::Join).map(|f| f.errors.clone()).unwrap_or_default();
    let title = t.text_with("application-title", &[("name", page.name.clone().into())]);
    let sent = page.just_sent.then(|| {
        view! {
            <div class="notice" role="status">
                <p>{t.text("application-sent")}</p>
                <p>{t.text("application-keep-link")}</p>
            </div>
        }
    });
    let state = match page.state {
        ApplicationState::Waiting => t.text("application-waiting"),
        ApplicationState::Asked => t.text("application-asked"),
        ApplicationState::Accepted => t.text("application-accepted"),
    };
    let question = page.question.clone().filter(|_| page.state == ApplicationState::Asked).map(|q| {
        view! { <blockquote class="plan-text">{q}</blockquote> }
    });
    let form = (page.state == ApplicationState::Asked).then(|| {
        view! {
            <h2>{t.text("application-change")}</h2>
            <p>{t.text("application-change-hint")}</p>
            <ApplicationForm action=paths::application(&page.secret) values=page.values.clone() submit=t.text("application-resend") />
        }
    });
    let signing_in = (page.state == ApplicationState::Accepted).then(|| {
        view! {
            <p>
                <a class="button" href=paths::SIGN_IN>{t.text("application-sign-in")}</a>
            </p>
        }
    });
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        {sent}
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{state}</p>
        {question}
        {signing_in}
        <h2>{t.text("application-events")}</h2>
        <Events t events=page.events />
        {form}
    }
}

/// Every step of an application, the first first: who did what on which day.
#[component]
pub fn Events(t: I18n, events: Vec<ApplicationEvent>) -> impl IntoView {
    let items = events
        .into_iter()
        .map(|event| {
            let line = t.text_with(
                event.label_id(),
                &[("day", day(t, &event.day).into()), ("who", event.actor.clone().into())],
            );
            let note = event.note.map(|n| view! { <br /> <span class="hint">{n}</span> });
            view! { <li>{line}{note}</li> }
        })
        .collect_view();
    view! { <ul class="plain-list">{items}</ul> }
}
