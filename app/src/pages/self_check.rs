//! The self-check, one question per page: the five faces for each of the ten questions, then
//! whether the counsellor may see the answers. Nothing is stored until the last step is sent.

use leptos::prelude::*;

use crate::components::faces::Faces;
use crate::components::form::{ErrorSummary, FormName, FormTitle};
use crate::context::{use_page_context, FormId, PageData};
use crate::pages::not_found::NotFoundPage;
use crate::pages::wellbeing::ShareChoice;
use crate::paths;
use crate::wellbeing::{fields, Question, QuestionPage, SharePage};

#[component]
pub fn SelfCheckView() -> impl IntoView {
    match use_page_context().data {
        PageData::SelfCheckQuestion(page) => view! { <QuestionView page /> }.into_any(),
        PageData::SelfCheckShare(page) => view! { <ShareView page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn QuestionView(page: QuestionPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let flash = ctx.flash.filter(|f| f.form == FormId::SelfCheck);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(fields::SCORE)).map(|e| e.text(t));
    let number = page.question.number();
    let back = match number {
        1 => paths::WELLBEING.to_string(),
        n => paths::self_check_question(n - 1),
    };
    let step =
        t.text_with("wellbeing-step", &[("number", number.into()), ("total", Question::ALL.len().into())]);
    let question = t.text(page.question.text_id());
    let title = format!("{question} ({step})");
    view! {
        <FormTitle text=title has_errors=!errors.is_empty() />
        <p>
            <a href=back class="back-link">{t.text("back")}</a>
        </p>
        <ErrorSummary errors />
        <p class="step-count">{step}</p>
        <h1>{t.text("wellbeing-check-title")}</h1>
        <form method="post" action=paths::self_check_question(number) class="form" novalidate=true>
            <FormName form=FormId::SelfCheck />
            <Faces name=fields::SCORE legend=question hint=None chosen=page.chosen error large=true />
            <button type="submit" class="button">{t.text("wellbeing-next")}</button>
        </form>
    }
}

#[component]
fn ShareView(page: SharePage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("wellbeing-share-title");
    let choice = if page.may_share {
        view! { <ShareChoice t shared=page.shared /> }.into_any()
    } else {
        let kept = if page.shared { "wellbeing-share-kept-yes" } else { "wellbeing-share-kept-no" };
        view! { <p>{t.text(kept)}</p> }.into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=false />
        <p>
            <a href=paths::self_check_question(Question::ALL.len()) class="back-link">{t.text("back")}</a>
        </p>
        <h1>{title}</h1>
        <p class="lead">{t.text("wellbeing-share-intro")}</p>
        <form method="post" action=paths::SELF_CHECK_SHARE class="form">
            <FormName form=FormId::SelfCheck />
            {choice}
            <button type="submit" class="button">{t.text("wellbeing-save")}</button>
        </form>
    }
}
