//! Leave the personal budget (B17): what leaving means in plain words and the date it ends,
//! the confirmation; then the receipt with the new total, and an optional question why.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::changes::{
    fields, leave_reason_label_id, Departure, LeavePage, LeavePreview, LEAVE_REASONS, LEAVE_REASON_MAX_CHARS,
};
use crate::components::form::{ErrorSummary, FormName, FormTitle, TextArea};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::{day, euros};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn LeavePage() -> impl IntoView {
    match use_page_context().data {
        PageData::Leave(page) => view! { <LeaveView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn LeaveView(page: LeavePage) -> impl IntoView {
    let t = use_page_context().i18n();
    let body = match (page.departure.clone(), page.preview.clone()) {
        (Some(departure), _) => view! { <Left t departure reason_saved=page.reason_saved /> }.into_any(),
        (None, Some(preview)) => view! { <WhatLeavingMeans t preview may_act=page.may_act /> }.into_any(),
        (None, None) => view! {
            <Title text=t.text("leave-title") />
            <h1>{t.text("leave-title")}</h1>
            <p>{t.text("leave-no-budget")}</p>
        }
        .into_any(),
    };
    view! {
        {body}
    }
}

#[component]
fn WhatLeavingMeans(t: I18n, preview: LeavePreview, may_act: bool) -> impl IntoView {
    let title = t.text("leave-title");
    let last_day = day(t, &preview.last_day);
    let confirm = if may_act {
        view! {
            <h2>{t.text("leave-confirm-title")}</h2>
            <form method="post" action=paths::LEAVE class="form">
                <button type="submit" class="button button--warning">
                    <Pictogram code="1F6AA" />
                    {t.text("leave-confirm-button")}
                </button>
            </form>
            <p>
                <a class="link-alone" href=paths::HOME>{t.text("leave-keep")}</a>
            </p>
        }
        .into_any()
    } else {
        view! { <p>{t.text("leave-may-not-act")}</p> }.into_any()
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("leave-intro")}</p>
        <ul class="plain-list">
            <li>{t.text_with("leave-ends-on", &[("day", last_day.clone().into())])}</li>
            <li>{t.text_with("leave-until-then", &[("day", last_day.clone().into())])}</li>
            <li>{t.text("leave-after")}</li>
            <li>
                {t.text_with(
                    "leave-new-total",
                    &[("new", euros(t, &preview.new_total).into()), ("old", euros(t, &preview.old_total).into())],
                )}
            </li>
            <li>{t.text("leave-help")}</li>
        </ul>
        {confirm}
    }
}

#[component]
fn Left(t: I18n, departure: Departure, reason_saved: bool) -> impl IntoView {
    let title = t.text("leave-done-title");
    let answered = reason_saved || !departure.reasons.is_empty() || departure.reason_text.is_some();
    let question = (!answered).then(|| view! { <WhyQuestion t /> });
    let thanks = reason_saved.then(|| view! { <p role="status">{t.text("leave-reason-thanks")}</p> });
    let has_errors =
        use_page_context().flash.is_some_and(|f| f.form == FormId::LeaveReason && !f.errors.is_empty());
    view! {
        <FormTitle text=title.clone() has_errors />
        <div class="confirmation">
            <h1>{title}</h1>
            <p>{t.text_with("leave-done-ends-on", &[("day", day(t, &departure.last_day).into())])}</p>
        </div>
        {thanks}
        <dl class="facts">
            <div>
                <dt>{t.text("leave-notice-given")}</dt>
                <dd>{day(t, &departure.notice_on)}</dd>
            </div>
            <div>
                <dt>{t.text("leave-last-day")}</dt>
                <dd>{day(t, &departure.last_day)}</dd>
            </div>
            <div>
                <dt>{t.text("leave-total-label")}</dt>
                <dd>
                    {t.text_with(
                        "leave-total-value",
                        &[("new", euros(t, &departure.new_total).into()), ("old", euros(t, &departure.old_total).into())],
                    )}
                </dd>
            </div>
        </dl>
        <p>{t.text("leave-after")}</p>
        {question}
        <p>
            <a class="link-alone" href=paths::HOME>{t.text("back-to-budget")}</a>
        </p>
    }
}

/// The optional question: choices and own words, skippable. After an error it comes back
/// filled in.
#[component]
fn WhyQuestion(t: I18n) -> impl IntoView {
    let flash = use_page_context().flash.filter(|f| f.form == FormId::LeaveReason);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let chosen: Vec<String> = flash
        .as_ref()
        .map(|f| f.value(fields::REASON).split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let text = flash.as_ref().map(|f| f.value(fields::REASON_TEXT)).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(fields::REASON_TEXT)).map(|e| e.text(t));
    let boxes = LEAVE_REASONS
        .iter()
        .map(|code| {
            let id = format!("reason-{code}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=fields::REASON value=*code checked=chosen.iter().any(|c| c == code) />
                    <label for=id>{t.text(leave_reason_label_id(code))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <ErrorSummary errors />
        <section aria-labelledby="why-title">
            <h2 id="why-title">{t.text("leave-why-title")}</h2>
            <p>{t.text("leave-why-intro")}</p>
            <form method="post" action=paths::LEAVE_REASON class="form" novalidate=true>
                <FormName form=FormId::LeaveReason />
                <fieldset class="field">
                    <legend>{t.text("leave-why-choices")}</legend>
                    {boxes}
                </fieldset>
                <TextArea
                    name=fields::REASON_TEXT
                    label=t.text("leave-why-own-words")
                    hint=t.text_with("leave-why-own-words-hint", &[("max", LEAVE_REASON_MAX_CHARS.into())])
                    error=error.unwrap_or_default()
                    value=text
                />
                <button type="submit" class="button">
                    <Pictogram code="2709" />
                    {t.text("leave-why-send")}
                </button>
            </form>
            <p>
                <a class="link-alone" href=paths::HOME>{t.text("leave-why-skip")}</a>
            </p>
        </section>
    }
}
