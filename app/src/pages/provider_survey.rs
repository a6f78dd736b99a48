//! Working with the organiser: a provider answers five questions with faces, twice a year, and
//! may say in its own words what the organiser should do better. Answering again in the same
//! half of the year replaces the earlier answer.

use leptos::prelude::*;

use crate::components::faces::Faces;
use crate::components::form::{ErrorSummary, FormName, FormTitle, TextArea};
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::provider_survey::{fields, HalfYear, ProviderSurveyPage, QUESTIONS};

#[component]
pub fn ProviderSurveyView() -> impl IntoView {
    match use_page_context().data {
        PageData::ProviderSurvey(page) => view! { <SurveyForm page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// "January-June 2018" or "July-December 2018".
pub fn half_name(t: I18n, half: HalfYear) -> String {
    let id = if half.half == 1 { "provider-survey-half-1" } else { "provider-survey-half-2" };
    t.text_with(id, &[("year", half.year.to_string().into())])
}

#[component]
fn SurveyForm(page: ProviderSurveyPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text("provider-survey-title");
    let flash = ctx.flash.filter(|f| f.form == FormId::ProviderSurvey);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let half = half_name(t, page.half);
    let (last_day, saved_scores, saved_words) = match &page.answered {
        Some(answer) => (Some(answer.day.clone()), answer.scores.clone(), answer.words.clone()),
        None => (None, Vec::new(), String::new()),
    };
    let status = match (page.saved, last_day) {
        (true, _) => {
            view! { <p class="notice" role="status">{t.text("provider-survey-saved")}</p> }.into_any()
        }
        (false, Some(answered)) => view! {
            <p>
                {t.text_with(
                    "provider-survey-answered",
                    &[("day", day(t, &answered).into()), ("until", day(t, &page.half.days().1).into())],
                )}
            </p>
        }
        .into_any(),
        (false, None) => ().into_any(),
    };
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(n, &(name, question_id))| {
            // What was sent and refused comes back; else what was saved earlier this half.
            let chosen = match &flash {
                Some(f) => f.value(name).parse().ok(),
                None => saved_scores.get(n).copied(),
            };
            let error = flash.as_ref().and_then(|f| f.error(name)).map(|e| e.text(t));
            view! { <Faces name=name legend=t.text(question_id) hint=None chosen=chosen error=error /> }
        })
        .collect_view();
    let words = flash.as_ref().map_or(saved_words, |f| f.value(fields::WORDS));
    let words_error = flash.as_ref().and_then(|f| f.error(fields::WORDS)).map(|e| e.text(t));
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{title}</h1>
        {status}
        <p class="lead">{t.text_with("provider-survey-intro", &[("half", half.into()), ("provider", page.provider.into())])}</p>
        <p>{t.text("provider-survey-who-sees")}</p>
        <form method="post" action=paths::PROVIDER_SURVEY class="form" novalidate=true>
            <FormName form=FormId::ProviderSurvey />
            {questions}
            <TextArea
                name=fields::WORDS
                label=t.text("provider-survey-words")
                hint=t.text("provider-survey-words-hint")
                error=words_error.unwrap_or_default()
                value=words
            />
            <button type="submit" class="button">{t.text("provider-survey-send")}</button>
        </form>
    }
}
