//! E-mail: the person's address for messages, verified by a link, and which themes of messages
//! also come by e-mail. The e-mail only says that a message waits and what it is about; the
//! message is read in the portal. For the organiser: the e-mails that could not be delivered.

use leptos::prelude::*;

use crate::components::form::{ErrorSummary, FormName, FormTitle, TextField};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::i18n::format::{day, time};
use crate::i18n::I18n;
use crate::messages::{email_fields as fields, EmailFailure, EmailNews, EmailPage, MAX_ADDRESS};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn EmailView() -> impl IntoView {
    match use_page_context().data {
        PageData::Email(page) => view! { <Email page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Email(page: EmailPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    // The organiser gets no messages: their page is the e-mails that did not arrive.
    let title =
        t.text(if page.themes.is_empty() && !page.off { "email-failures-title" } else { "email-title" });
    let flash = ctx.flash.filter(|f| f.form == FormId::Email);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let news = page.news.map(|news| {
        view! {
            <p class="notice" role="status" id="news">
                {t.text(news_id(news))}
            </p>
        }
    });
    let body = if page.off {
        view! { <p class="lead">{t.text("email-off")}</p> }.into_any()
    } else if page.themes.is_empty() {
        view! { <Failures t failures=page.failures /> }.into_any()
    } else {
        view! { <Choices t page flash /> }.into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        {news}
        <h1>{title}</h1>
        {body}
    }
}

fn news_id(news: EmailNews) -> &'static str {
    match news {
        EmailNews::LinkSent => "email-news-link-sent",
        EmailNews::Saved => "email-news-saved",
        EmailNews::Verified => "email-news-verified",
        EmailNews::LinkOld => "email-news-link-old",
        EmailNews::Removed => "email-news-removed",
    }
}

/// The address, where it stands, and the themes to choose.
#[component]
fn Choices(t: I18n, page: EmailPage, flash: Option<FormFlash>) -> impl IntoView {
    let address = match &flash {
        Some(f) => f.value(fields::ADDRESS),
        None => page.address.clone().unwrap_or_default(),
    };
    let chosen: Vec<String> = match &flash {
        Some(f) => f.value(fields::THEME).split(',').map(str::to_string).collect(),
        None => page.themes.iter().filter(|(_, on)| *on).map(|(theme, _)| theme.code().to_string()).collect(),
    };
    let standing = page.address.as_ref().map(|address| {
        let id = if page.verified { "email-verified" } else { "email-not-verified" };
        view! { <p>{t.text_with(id, &[("address", address.clone().into())])}</p> }
    });
    let boxes = page
        .themes
        .iter()
        .map(|(theme, _)| {
            let id = format!("theme-{}", theme.code());
            let checked = chosen.iter().any(|c| c == theme.code());
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=fields::THEME value=theme.code() checked=checked />
                    <label for=id>{t.text(theme.text_id())}</label>
                </div>
            }
        })
        .collect_view();
    let remove = page.address.is_some().then(|| {
        view! {
            <form method="post" action=paths::EMAIL_REMOVE class="form">
                <button type="submit" class="button button--secondary">{t.text("email-remove")}</button>
            </form>
        }
    });
    view! {
        <p class="lead">{t.text("email-intro")}</p>
        {standing}
        <form method="post" action=paths::EMAIL class="form" novalidate=true>
            <FormName form=FormId::Email />
            <TextField
                name=fields::ADDRESS
                label=t.text("email-address")
                hint=t.text_with("email-address-hint", &[("most", MAX_ADDRESS.into())])
                error=flash.as_ref().and_then(|f| f.error(fields::ADDRESS)).map(|e| e.text(t)).unwrap_or_default()
                value=address
                input_type="email"
                autocomplete="email"
                spellcheck_off=true
            />
            <fieldset class="field">
                <legend>{t.text("email-themes")}</legend>
                {boxes}
            </fieldset>
            <button type="submit" class="button">{t.text("email-save")}</button>
        </form>
        {remove}
        <p>
            <a class="link-alone" href=paths::MESSAGES>{t.text("email-back")}</a>
        </p>
    }
}

/// For the organiser: what did not arrive, and why, so someone can call the person.
#[component]
fn Failures(t: I18n, failures: Vec<EmailFailure>) -> impl IntoView {
    if failures.is_empty() {
        return view! { <p class="lead">{t.text("email-failures-none")}</p> }.into_any();
    }
    let items = failures
        .into_iter()
        .map(|f| {
            let when = t.text_with(
                "messages-when",
                &[("day", day(t, &f.day).into()), ("time", time(t.lang, &f.time).into())],
            );
            let about = t.text_with(
                "email-failure-about",
                &[
                    ("theme", t.text(f.theme.text_id()).into()),
                    ("when", when.into()),
                    ("tries", f.tries.into()),
                ],
            );
            view! {
                <li class="card">
                    <h2 class="card__title">{f.person}</h2>
                    <p>{f.address}</p>
                    <p>{about}</p>
                    <p>{t.text_with("email-failure-answer", &[("answer", f.error.into())])}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{t.text("email-failures-intro")}</p>
        <ol class="cards cards--wide">{items}</ol>
    }
    .into_any()
}
