//! One invitation's answer (B18): the five faces, optional words, optional "contact me"; the
//! thank-you page that says what happens to the answer; or, kindly, why it cannot be answered.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::faces::Faces;
use crate::components::form::{field_id, ErrorSummary, FormName, FormTitle, TextArea};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::feedback::{fields, AnswerPage, InvitationState, MAX_WORDS};
use crate::i18n::format::{day, weekday_day};
use crate::i18n::I18n;
use crate::pages::feedback::invitation_title;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn FeedbackAnswerPage() -> impl IntoView {
    match use_page_context().data {
        PageData::FeedbackAnswer(page) => view! { <AnswerView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn AnswerView(page: AnswerPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let about = invitation_title(t, &page.invitation);
    let when = weekday_day(t, &page.invitation.service_day);
    let body = match (page.invitation.state, page.sent) {
        (InvitationState::Answered, true) => view! { <Thanks t /> }.into_any(),
        (InvitationState::Answered, false) => view! {
            <Title text=t.text("feedback-answered-title") />
            <h1>{t.text("feedback-answered-title")}</h1>
            <p>{t.text_with("feedback-answered-text", &[("title", about.clone().into()), ("day", when.clone().into())])}</p>
            <p><a class="link-alone" href=paths::FEEDBACK>{t.text("feedback-back-to-list")}</a></p>
        }
        .into_any(),
        (InvitationState::Expired, _) => view! {
            <Title text=t.text("feedback-expired-title") />
            <h1>{t.text("feedback-expired-title")}</h1>
            <p>{t.text_with("feedback-expired-text", &[("title", about.clone().into()), ("day", day(t, &page.invitation.open_until).into())])}</p>
            <p>{t.text("feedback-expired-help")}</p>
            <p><a class="link-alone" href=paths::FEEDBACK>{t.text("feedback-back-to-list")}</a></p>
        }
        .into_any(),
        (InvitationState::Open, _) => {
            let flash = use_page_context().flash.filter(|f| f.form == FormId::FeedbackAnswer);
            view! {
                <AnswerForm t flash about when action=paths::feedback_answer(page.invitation.id) contact=true form=FormId::FeedbackAnswer />
            }
            .into_any()
        }
    };
    view! {
        {body}
    }
}

#[component]
fn Thanks(t: I18n) -> impl IntoView {
    let title = t.text("feedback-thanks-title");
    view! {
        <Title text=title.clone() />
        <div class="confirmation">
            <h1>{title}</h1>
        </div>
        <h2>{t.text("feedback-what-happens")}</h2>
        <ul class="plain-list">
            <li>{t.text("feedback-what-happens-score")}</li>
            <li>{t.text("feedback-what-happens-words")}</li>
            <li>{t.text("feedback-what-happens-contact")}</li>
        </ul>
        <p><a class="link-alone" href=paths::FEEDBACK>{t.text("feedback-back-to-list")}</a></p>
    }
}

/// The answer form, shared with the service place's page (`contact` false there: no personal
/// data is asked). After an error it comes back filled in.
#[component]
pub fn AnswerForm(
    t: I18n,
    flash: Option<FormFlash>,
    /// What the feedback is about, e.g. "Day activities at Kotipiha Oy".
    about: String,
    /// When, if known: the day of the visit.
    when: String,
    action: String,
    contact: bool,
    /// Which form this is: the client's answer or the service place's.
    form: FormId,
) -> impl IntoView {
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let chosen = flash.as_ref().and_then(|f| f.value(fields::SCORE).parse().ok());
    let score_error = flash.as_ref().and_then(|f| f.error(fields::SCORE)).map(|e| e.text(t));
    let words = flash.as_ref().map(|f| f.value(fields::WORDS)).unwrap_or_default();
    let words_error = flash.as_ref().and_then(|f| f.error(fields::WORDS)).map(|e| e.text(t));
    let contact_checked = flash.as_ref().is_some_and(|f| !f.value(fields::CONTACT).is_empty());
    let heading = t.text("feedback-answer-title");
    let contact_box = contact.then(|| {
        let id = field_id(fields::CONTACT);
        view! {
            <div class="choice">
                <input type="checkbox" id=id.clone() name=fields::CONTACT value="on" checked=contact_checked />
                <label for=id>{t.text("feedback-contact-me")}</label>
            </div>
        }
    });
    view! {
        <FormTitle text=heading.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{heading}</h1>
        <p class="lead">{about}</p>
        {(!when.is_empty()).then(|| view! { <p>{when.clone()}</p> })}
        <form method="post" action=action class="form" novalidate=true>
            <FormName form />
            <Faces name=fields::SCORE legend=t.text("feedback-question") hint=None chosen=chosen error=score_error large=true />
            <TextArea
                name=fields::WORDS
                label=t.text("feedback-words")
                hint=t.text_with("feedback-words-hint", &[("max", (MAX_WORDS as i64).into())])
                error=words_error.unwrap_or_default()
                value=words
                autocomplete="off"
            />
            {contact_box}
            <button type="submit" class="button">
                <Pictogram code="2709" />
                {t.text("feedback-send")}
            </button>
        </form>
    }
}
