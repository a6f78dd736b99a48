//! Tell us how it went: the open invitations as cards, one per provider-day (B18), and the
//! process and participation questions when they are due.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, PageData};
use crate::feedback::{FeedbackListPage, Invitation, Occasion};
use crate::i18n::format::{day, month_name, weekday_day};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn FeedbackPage() -> impl IntoView {
    match use_page_context().data {
        PageData::FeedbackList(page) => view! { <FeedbackListView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// "Day activities and supported housing at Kotipiha Oy".
pub fn invitation_title(t: I18n, invitation: &Invitation) -> String {
    let services: Vec<String> = invitation.services.iter().map(|p| t.text(product_label_id(p))).collect();
    let services = match services.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => t.text_with(
            "feedback-services-and",
            &[("first", rest.join(", ").into()), ("last", last.clone().into())],
        ),
        None => String::new(),
    };
    t.text_with(
        "feedback-invitation-title",
        &[("services", services.into()), ("provider", invitation.provider.clone().into())],
    )
}

#[component]
fn FeedbackListView(page: FeedbackListPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("feedback-title");
    let saved = page
        .participation_saved
        .then(|| view! { <p role="status" class="notice">{t.text("participation-saved")}</p> });
    let questions = page.participation.clone().map(|occasion| {
        let text = match &occasion {
            Occasion::AfterChange { new_provider, .. } => {
                t.text_with("participation-card-change", &[("provider", new_provider.clone().into())])
            }
            Occasion::Month { month, .. } => {
                t.text_with("participation-card-month", &[("month", month_name(t, month).into())])
            }
        };
        view! {
            <section aria-labelledby="questions-title" class="invitation">
                <h2 id="questions-title">{t.text("participation-card-title")}</h2>
                <p>{text}</p>
                <a class="button" href=paths::PARTICIPATION>
                    <Pictogram code="1F4DD" />
                    {t.text("participation-card-open")}
                </a>
            </section>
        }
    });
    let cards = if page.invitations.is_empty() {
        view! { <p>{t.text("feedback-none")}</p> }.into_any()
    } else {
        let items = page
            .invitations
            .iter()
            .map(|invitation| {
                let heading = invitation_title(t, invitation);
                let action = page.may_answer.then(|| {
                    let label = t.text_with("feedback-answer-link", &[("title", heading.clone().into())]);
                    view! {
                        <a class="button" href=paths::feedback_answer(invitation.id) aria-label=label>
                            <Pictogram code="1F4AC" />
                            {t.text("feedback-answer")}
                        </a>
                    }
                });
                view! {
                    <li class="invitation">
                        <h3>{heading.clone()}</h3>
                        <p>{weekday_day(t, &invitation.service_day)}</p>
                        <p>{t.text_with("feedback-open-until", &[("day", day(t, &invitation.open_until).into())])}</p>
                        {action}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{t.text("feedback-services-title")}</h2>
            <ul class="invitations">{items}</ul>
        }
        .into_any()
    };
    let may_not = (!page.may_answer).then(|| view! { <p>{t.text("feedback-may-not-answer")}</p> });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("feedback-intro")}</p>
        {saved}
        {questions}
        {may_not}
        {cards}
        <p>{t.text("feedback-who-reads")}</p>
    }
}
