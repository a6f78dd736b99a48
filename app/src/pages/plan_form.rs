//! The counsellor writes the client's support plan with them: what matters, goals, what the
//! budget is used for and why, who helps, and the next meeting. Each save is a new version; the
//! earlier ones stay for the client to read.

use leptos::prelude::*;

use crate::components::form::{ErrorSummary, FormName, FormTitle, TextArea, TextField};
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::{day, typed_day};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::plan::{fields, PlanFormPage, MAX_PART_CHARS};

#[component]
pub fn PlanFormView() -> impl IntoView {
    match use_page_context().data {
        PageData::PlanForm(page) => view! { <PlanForm page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn PlanForm(page: PlanFormPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("plan-form-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::Plan);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let plan = page.plan;
    // After an error the form shows what was typed; before, the newest version as it is.
    let value = |field: &str| match (&flash, &plan) {
        (Some(flash), _) => flash.value(field),
        (None, None) => String::new(),
        (None, Some(plan)) => match field {
            fields::WHAT_MATTERS => plan.what_matters.clone(),
            fields::GOALS => plan.goals.clone(),
            fields::BUDGET_USE => plan.budget_use.clone(),
            fields::HELPERS => plan.helpers.clone(),
            _ => plan.next_meeting.as_deref().map(typed_day).unwrap_or_default(),
        },
    };
    let error =
        |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t)).unwrap_or_default();
    let hint = t.text_with("plan-form-part-hint", &[("max", MAX_PART_CHARS.into())]);
    let state = match &plan {
        None => t.text("plan-form-first"),
        Some(plan) => t.text_with(
            "plan-form-newest",
            &[
                ("version", plan.version.into()),
                ("day", day(t, &plan.written.day).into()),
                ("who", plan.written.by.clone().into()),
            ],
        ),
    };
    let saved = page.saved.then(|| view! { <p class="notice" role="status">{t.text("plan-form-saved")}</p> });
    let part = |field: &'static str, label: &'static str| {
        view! {
            <TextArea
                name=field
                label=t.text(label)
                hint=hint.clone()
                error=error(field)
                value=value(field)
                rows=5
            />
        }
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        {saved}
        <p class="lead">{t.text("plan-form-intro")}</p>
        <p>{state}</p>
        <form method="post" action=paths::plan_form(page.client_id) class="form" novalidate=true>
            <FormName form=FormId::Plan />
            {part(fields::WHAT_MATTERS, "plan-form-what-matters")}
            {part(fields::GOALS, "plan-form-goals")}
            {part(fields::BUDGET_USE, "plan-form-budget-use")}
            {part(fields::HELPERS, "plan-form-helpers")}
            <TextField
                name=fields::NEXT_MEETING
                label=t.text("plan-form-next-meeting")
                hint=t.text("plan-form-next-meeting-hint")
                error=error(fields::NEXT_MEETING)
                value=value(fields::NEXT_MEETING)
            />
            <button type="submit" class="button">{t.text("plan-form-save")}</button>
        </form>
    }
}
