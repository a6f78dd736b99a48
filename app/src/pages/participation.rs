//! How did it go, and were you heard: two or three short questions after a change of provider
//! and once a month, each on the face scale and each skippable.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::faces::Faces;
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, PageData};
use crate::feedback::{fields, Occasion, ParticipationPage, PARTICIPATION_QUESTIONS};
use crate::i18n::format::month_name;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn ParticipationQuestionsPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Participation(page) => view! { <ParticipationView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn ParticipationView(page: ParticipationPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("participation-title");
    let body = match page.occasion {
        None => view! {
            <p>{t.text("participation-nothing-due")}</p>
            <p><a class="link-alone" href=paths::FEEDBACK>{t.text("feedback-back-to-list")}</a></p>
        }
        .into_any(),
        Some(occasion) => {
            let intro = match &occasion {
                Occasion::AfterChange { new_provider, .. } => {
                    t.text_with("participation-intro-change", &[("provider", new_provider.clone().into())])
                }
                Occasion::Month { month, .. } => {
                    t.text_with("participation-intro-month", &[("month", month_name(t, month).into())])
                }
            };
            let questions = PARTICIPATION_QUESTIONS
                .iter()
                .map(|&(name, question_id)| {
                    view! { <Faces name=name legend=t.text(question_id) hint=None chosen=None error=None /> }
                })
                .collect_view();
            view! {
                <p class="lead">{intro}</p>
                <p>{t.text("participation-skippable")}</p>
                <form method="post" action=paths::PARTICIPATION class="form">
                    <input type="hidden" name=fields::OCCASION value=occasion.code().to_string() />
                    {questions}
                    <div class="button-row">
                        <button type="submit" class="button">
                            <Pictogram code="2709" />
                            {t.text("participation-send")}
                        </button>
                        <button type="submit" class="button button--secondary" name=fields::SKIP value="1">
                            {t.text("participation-skip")}
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {body}
    }
}
