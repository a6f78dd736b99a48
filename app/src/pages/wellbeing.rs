//! "How am I doing?": the client's self-checks over time, as a chart of the average with a table
//! of every answer beside it, when the next check is due, the button to start one, and who may see
//! the answers (only the client decides).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::form::FormName;
use crate::context::{use_page_context, ClientPage, FormId, PageData};
use crate::feedback::face_label_id;
use crate::i18n::format::{day, number};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::wellbeing::{fields, Question, SelfCheck, WellbeingPage};

#[component]
pub fn WellbeingView() -> impl IntoView {
    match use_page_context().data {
        PageData::Wellbeing(page) => view! { <History page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn History(page: ClientPage<WellbeingPage>) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = if page.is_self {
        t.text("wellbeing-title-self")
    } else {
        t.text_with("wellbeing-title-other", &[("name", page.client_name.clone().into())])
    };
    let content = page.content;
    let done = content.done.as_deref().map(|done| {
        let id = match done {
            "saved" => "wellbeing-saved",
            "shared" => "wellbeing-now-shared",
            _ => "wellbeing-now-not-shared",
        };
        view! { <p class="notice" role="status">{t.text(id)}</p> }
    });
    let latest = content.checks.last().map(|check| {
        let score = check.average.parse::<f64>().map_or(3, |a| a.round() as i64);
        t.text_with(
            "wellbeing-latest",
            &[
                ("day", day(t, &check.day).into()),
                ("face", t.text(face_label_id(score)).into()),
                ("average", number(t.lang, &check.average).into()),
            ],
        )
    });
    let history = if content.checks.is_empty() {
        view! { <p>{t.text("wellbeing-none")}</p> }.into_any()
    } else {
        view! {
            <p>{latest}</p>
            <AverageChart t checks=content.checks.clone() />
            <ChecksTable t checks=content.checks.clone() caption=t.text("wellbeing-table-caption") />
        }
        .into_any()
    };
    let next = content.next_due.as_deref().map(|due| {
        view! { <p>{t.text_with("wellbeing-next-due", &[("day", day(t, due).into())])}</p> }
    });
    let start = content.may_answer.then(|| {
        view! {
            <p>
                <a class="button" href=paths::self_check_question(1)>{t.text("wellbeing-start")}</a>
            </p>
        }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {done}
        <p class="lead">{t.text("wellbeing-intro")}</p>
        {next}
        {start}
        <h2>{t.text("wellbeing-history-title")}</h2>
        {history}
        <Sharing t shared=content.shared may_share=content.may_share />
    }
}

/// Who sees the answers, and for the client the form to change it.
#[component]
fn Sharing(t: I18n, shared: bool, may_share: bool) -> impl IntoView {
    let now = t.text(if shared { "wellbeing-shared" } else { "wellbeing-not-shared" });
    let form = may_share.then(|| {
        view! {
            <form method="post" action=paths::WELLBEING_SHARING class="form no-print">
                <FormName form=FormId::WellbeingSharing />
                <ShareChoice t shared />
                <button type="submit" class="button button--secondary">{t.text("wellbeing-sharing-save")}</button>
            </form>
        }
    });
    view! {
        <section aria-labelledby="sharing">
            <h2 id="sharing">{t.text("wellbeing-sharing-title")}</h2>
            <p>{now}</p>
            {form}
        </section>
    }
}

/// Yes or no: may the counsellor see the answers. Also the last step of a check.
#[component]
pub fn ShareChoice(t: I18n, shared: bool) -> impl IntoView {
    let choice = |value: &'static str, label: &'static str, checked: bool| {
        let id = format!("share-{value}");
        view! {
            <div class="choice">
                <input type="radio" id=id.clone() name=fields::SHARE value=value checked=checked />
                <label for=id>{t.text(label)}</label>
            </div>
        }
    };
    view! {
        <fieldset class="field">
            <legend>{t.text("wellbeing-share-question")}</legend>
            {choice("yes", "wellbeing-share-yes", shared)}
            {choice("no", "wellbeing-share-no", !shared)}
        </fieldset>
    }
}

/// Each check's average as a bar, from 1 to 5; the table beside says every answer.
#[component]
fn AverageChart(t: I18n, checks: Vec<SelfCheck>) -> impl IntoView {
    const BAR: f64 = 72.0;
    const GAP: f64 = 40.0;
    const HEIGHT: f64 = 100.0;
    let width = (BAR + GAP) * checks.len() as f64 + GAP;
    let bars = checks
        .iter()
        .enumerate()
        .map(|(i, check)| {
            let average = check.average.parse::<f64>().unwrap_or(0.0).clamp(0.0, 5.0);
            let height = HEIGHT * average / 5.0;
            let x = GAP + i as f64 * (BAR + GAP);
            view! {
                <rect class="chart__bar" x=x y=HEIGHT - height + 20.0 width=BAR height=height />
                <text class="chart__value" x=x + BAR / 2.0 y=HEIGHT - height + 14.0 text-anchor="middle">
                    {number(t.lang, &check.average)}
                </text>
                <text class="chart__label" x=x + BAR / 2.0 y=HEIGHT + 38.0 text-anchor="middle">
                    {day(t, &check.day)}
                </text>
            }
        })
        .collect_view();
    let said = t.text("wellbeing-chart-says");
    view! {
        <figure class="wellbeing-chart">
            <svg
                viewBox=format!("0 0 {width} {}", HEIGHT + 48.0)
                width=width
                role="img"
                aria-label=said.clone()
                focusable="false"
            >
                {bars}
            </svg>
            <figcaption>{said}</figcaption>
        </figure>
    }
}

/// Every answer: the areas down, the checks across, each cell the face's words and its number.
#[component]
pub fn ChecksTable(t: I18n, checks: Vec<SelfCheck>, caption: String) -> impl IntoView {
    let heads = checks.iter().map(|check| view! { <th scope="col">{day(t, &check.day)}</th> }).collect_view();
    let rows = Question::ALL
        .into_iter()
        .map(|question| {
            let cells = checks
                .iter()
                .map(|check| {
                    let score = check.answers.iter().find(|(q, _)| *q == question).map(|(_, s)| *s);
                    let said = score.map_or_else(String::new, |s| {
                        t.text_with(
                            "wellbeing-cell",
                            &[("face", t.text(face_label_id(s)).into()), ("score", s.into())],
                        )
                    });
                    view! { <td>{said}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{t.text(question.area_id())}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let by = checks.iter().map(|check| view! { <td>{check.answered_by.clone()}</td> }).collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby="checks-caption" tabindex="0">
            <table>
                <caption id="checks-caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.text("wellbeing-column-area")}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">{t.text("wellbeing-answered-by")}</th>
                        {by}
                    </tr>
                </tbody>
            </table>
        </div>
    }
}
