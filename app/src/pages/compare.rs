//! Two or three providers side by side. On a wide screen one table with a caption and row and
//! column headers; on a narrow one the same facts as cards, one question at a time, so nothing
//! scrolls sideways. The stylesheet shows one of the two; the other is not rendered to anyone.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::provider_facts::{feedback_text, languages_text, FeatureList, Offers};
use crate::context::{use_page_context, PageData};
use crate::i18n::{msg, I18n};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::providers::{inspection_label_id, ComparePage as Page, Found, PlanOf, COMPARE_MAX, COMPARE_MIN};

#[component]
pub fn ComparePage() -> impl IntoView {
    match use_page_context().data {
        PageData::Compare(page) => view! { <CompareView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// The questions the comparison answers for each provider, in order.
#[derive(Clone, Copy)]
enum Question {
    Services,
    Serves,
    Languages,
    Accessibility,
    Feedback,
    QualifiedStaff,
    Turnover,
    Complaints,
    Inspection,
}

const QUESTIONS: [Question; 9] = [
    Question::Services,
    Question::Serves,
    Question::Languages,
    Question::Accessibility,
    Question::Feedback,
    Question::QualifiedStaff,
    Question::Turnover,
    Question::Complaints,
    Question::Inspection,
];

impl Question {
    fn label_id(self) -> &'static str {
        match self {
            Question::Services => msg("provider-services"),
            Question::Serves => msg("fact-serves"),
            Question::Languages => msg("fact-languages"),
            Question::Accessibility => msg("fact-accessibility"),
            Question::Feedback => msg("fact-feedback"),
            Question::QualifiedStaff => msg("quality-qualified-staff"),
            Question::Turnover => msg("quality-turnover"),
            Question::Complaints => msg("quality-complaints"),
            Question::Inspection => msg("quality-inspection"),
        }
    }
}

fn answer(t: I18n, question: Question, found: &Found, plan_of: Option<&PlanOf>) -> AnyView {
    let p = &found.provider;
    let quality = p.quality.as_ref();
    let unknown = || t.text("compare-not-reported");
    let percent =
        |v: Option<i64>| v.map(|v| t.text_with("percent", &[("value", v.into())])).unwrap_or_else(unknown);
    match question {
        Question::Services => view! { <Offers t found=found.clone() plan_of=plan_of.cloned() /> }.into_any(),
        Question::Serves => p.areas.join(", ").into_any(),
        Question::Languages => languages_text(t, &p.languages).into_any(),
        Question::Accessibility => {
            view! { <FeatureList t features=p.features().into_iter().map(str::to_string).collect() /> }
                .into_any()
        }
        Question::Feedback => feedback_text(t, &p.feedback).into_any(),
        Question::QualifiedStaff => percent(quality.and_then(|q| q.qualified_staff_percent)).into_any(),
        Question::Turnover => percent(quality.and_then(|q| q.staff_turnover_percent)).into_any(),
        Question::Complaints => quality
            .and_then(|q| q.complaints_upheld)
            .map(|c| c.to_string())
            .unwrap_or_else(unknown)
            .into_any(),
        Question::Inspection => quality
            .and_then(|q| q.inspection_result.as_deref())
            .map(|r| t.text(inspection_label_id(r)))
            .unwrap_or_else(unknown)
            .into_any(),
    }
}

#[component]
fn CompareView(page: Page) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("compare-title");
    let back = view! {
        <p>
            <a class="link-alone" href=page.back.clone()>{t.text("compare-back")}</a>
        </p>
    };
    let enough = (COMPARE_MIN..=COMPARE_MAX).contains(&page.chosen.len()) && page.asked == page.chosen.len();
    if !enough {
        let problem = if page.asked > COMPARE_MAX {
            t.text_with("compare-too-many", &[("count", page.asked.into()), ("max", COMPARE_MAX.into())])
        } else if page.asked < COMPARE_MIN {
            t.text_with("compare-too-few", &[("count", page.asked.into()), ("min", COMPARE_MIN.into())])
        } else {
            t.text("compare-gone")
        };
        return view! {
            <Title text=title.clone() />
            <h1>{title}</h1>
            <div class="notice notice--warning" role="alert">
                <p>{problem}</p>
            </div>
            {back}
        }
        .into_any();
    }
    let names: Vec<String> = page.chosen.iter().map(|f| f.provider.name.clone()).collect();
    let caption = t.text_with("compare-caption", &[("names", names.join(", ").into())]);
    let plan_of = page.plan_of.clone();
    let header = page
        .chosen
        .iter()
        .map(|f| {
            view! {
                <th scope="col">
                    <a class="link-alone" href=paths::provider(f.provider.id)>{f.provider.name.clone()}</a>
                </th>
            }
        })
        .collect_view();
    let rows = QUESTIONS
        .iter()
        .map(|&q| {
            let cells = page
                .chosen
                .iter()
                .map(|f| view! { <td>{answer(t, q, f, plan_of.as_ref())}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{t.text(q.label_id())}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let cards = QUESTIONS
        .iter()
        .map(|&q| {
            let answers = page
                .chosen
                .iter()
                .map(|f| {
                    view! {
                        <div>
                            <dt>{f.provider.name.clone()}</dt>
                            <dd>{answer(t, q, f, plan_of.as_ref())}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="card">
                    <h2>{t.text(q.label_id())}</h2>
                    <dl class="facts">{answers}</dl>
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{caption.clone()}</p>
        <div class="compare-wide wide-only">
            <table class="compare-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {header}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <div class="compare-narrow narrow-only">{cards}</div>
        {page.plan_of.is_some().then(|| view! { <ChooseOne t chosen=page.chosen.clone() /> })}
        {back}
    }
    .into_any()
}

/// For someone with a plan: each compared provider leads into "Change provider".
#[component]
fn ChooseOne(t: I18n, chosen: Vec<Found>) -> impl IntoView {
    let links = chosen
        .iter()
        .map(|f| {
            let href = format!("{}?{}={}", paths::CHANGE_PROVIDER, crate::changes::fields::PROVIDER, f.provider.id);
            view! {
                <li>
                    <a href=href>{t.text_with("compare-choose", &[("name", f.provider.name.clone().into())])}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t.text("compare-choose-title")}</h2>
        <ul class="link-list">{links}</ul>
    }
}
