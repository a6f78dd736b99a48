//! The decision-maker answers a client's proposal to use the budget differently: what the client
//! asked and why, what it means by the rules, and accept or refuse with a reason the client reads.

use leptos::prelude::*;

use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextArea};
use crate::components::proposal_effect::EffectView;
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::{day, month_name};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::proposals::{fields, AnswerPage, MAX_REASON_CHARS};

#[component]
pub fn ProposalAnswerView() -> impl IntoView {
    match use_page_context().data {
        PageData::ProposalAnswer(page) => view! { <Answer page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Answer(page: AnswerPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("proposal-answer-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::ProposalAnswer);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let proposal = page.proposal;
    let month = month_name(t, &proposal.effect.month);
    let sent = t.text_with(
        "proposal-answer-sent",
        &[("who", proposal.proposed.by.clone().into()), ("day", day(t, &proposal.proposed.day).into())],
    );
    let why = if proposal.why.is_empty() {
        view! { <p>{t.text("proposal-answer-no-why")}</p> }.into_any()
    } else {
        view! { <blockquote class="plan-text">{proposal.why.clone()}</blockquote> }.into_any()
    };
    let chosen = flash.as_ref().map(|f| f.value(fields::ANSWER)).unwrap_or_default();
    let choice_error = flash.as_ref().and_then(|f| f.error(fields::ANSWER)).map(|e| e.text(t));
    let reason_error = flash.as_ref().and_then(|f| f.error(fields::REASON)).map(|e| e.text(t));
    let reason = flash.as_ref().map(|f| f.value(fields::REASON)).unwrap_or_default();
    let choice_id = field_id(fields::ANSWER);
    let choice_class = if choice_error.is_some() { "field field--error" } else { "field" };
    let choices = [
        ("accept", t.text_with("proposal-answer-accept", &[("month", month.clone().into())])),
        ("refuse", t.text("proposal-answer-refuse")),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (value, label))| {
        // The first radio carries the field's id, so the error summary's link lands on it.
        let id = if i == 0 { choice_id.clone() } else { format!("{choice_id}-{value}") };
        view! {
            <div class="choice">
                <input type="radio" id=id.clone() name=fields::ANSWER value=value checked=chosen == value />
                <label for=id>{label}</label>
            </div>
        }
    })
    .collect_view();
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=paths::DECISIONS>{t.text("decisions-back")}</a>
        </p>
        <h1>{title}</h1>
        <p class="lead">{sent}</p>
        <EffectView t effect=proposal.effect.clone() />
        <h2>{t.text("proposal-answer-why")}</h2>
        {why}
        <h2>{t.text("proposal-answer-heading")}</h2>
        <p>{t.text_with("proposal-answer-intro", &[("month", month.into())])}</p>
        <form method="post" action=paths::proposal_answer(page.client_id) class="form" novalidate=true>
            <FormName form=FormId::ProposalAnswer />
            <fieldset class=choice_class>
                <legend>{t.text("proposal-answer-choose")}</legend>
                {choice_error.map(|e| view! { <FieldErrorMessage id=Some(format!("{choice_id}-error")) text=e /> })}
                {choices}
            </fieldset>
            <TextArea
                name=fields::REASON
                label=t.text("proposal-answer-reason")
                hint=t.text_with("proposal-answer-reason-hint", &[("most", MAX_REASON_CHARS.into())])
                error=reason_error.unwrap_or_default()
                value=reason
                rows=6
            />
            <button type="submit" class="button">{t.text("proposal-answer-save")}</button>
        </form>
    }
}
