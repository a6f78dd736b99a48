//! The organiser's indicators for a month: a sentence that says the month in a few figures, the
//! figures by municipality in a table, a month to choose (a GET form, no script), and the same
//! figures as CSV.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::changes::leave_reason_label_id;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{euros, month_name, number};
use crate::i18n::I18n;
use crate::indicators::{
    AreaFigures, IndicatorsPage, LeavingFigures, ScoreFigure, WellbeingFigures, FEWEST_ANSWERS, MONTH,
};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn IndicatorsView() -> impl IntoView {
    match use_page_context().data {
        PageData::Indicators(page) => view! { <Indicators page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Indicators(page: IndicatorsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("indicators-title");
    let month = month_name(t, &page.month);
    let total = &page.total;
    let summary = if total.clients == 0 {
        t.text_with("indicators-none", &[("month", month.clone().into())])
    } else {
        t.text_with(
            "indicators-summary",
            &[
                ("month", month.clone().into()),
                ("clients", total.clients.into()),
                ("charged", euros(t, &total.charged).into()),
                (
                    "per_client",
                    total.charged_per_client.as_deref().map(|a| euros(t, a)).unwrap_or_default().into(),
                ),
            ],
        )
    };
    let options = page
        .months
        .iter()
        .map(|m| view! { <option value=m.clone() selected=*m == page.month>{month_name(t, m)}</option> })
        .collect_view();
    let csv = format!("{}?{MONTH}={}", paths::INDICATORS_CSV, page.month);
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{summary}</p>
        <form method="get" action=paths::INDICATORS class="form no-print">
            <div class="field">
                <label for="indicators-month" class="field__label">{t.text("indicators-month")}</label>
                <select id="indicators-month" name=MONTH>{options}</select>
            </div>
            <button type="submit" class="button button--secondary">{t.text("indicators-show")}</button>
        </form>
        <h2>{t.text("indicators-money-title")}</h2>
        <p>{t.text("indicators-money-says")}</p>
        <FiguresTable t page=page.clone() part=Part::Money month=month.clone() />
        <h2>{t.text("indicators-guidance-title")}</h2>
        <p>{t.text("indicators-guidance-says")}</p>
        <FiguresTable t page=page.clone() part=Part::Guidance month=month.clone() />
        <FeedbackTable t feedback=page.feedback.clone() month=month.clone() />
        <LeavingTable t leaving=page.leaving.clone() month=month.clone() />
        <WellbeingTable t wellbeing=page.wellbeing.clone() month=month.clone() />
        <p class="hint">{t.text("indicators-explained")}</p>
        <p class="no-print">
            <a class="link-alone" href=csv download=true>{t.text("indicators-csv")}</a>
        </p>
    }
}

/// Which of the two tables: money, or guidance and changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Money,
    Guidance,
}

/// One table: a row per municipality and the row for all, with the month in its caption.
#[component]
fn FiguresTable(t: I18n, page: IndicatorsPage, part: Part, month: String) -> impl IntoView {
    let (id, caption, columns) = match part {
        Part::Money => (
            "indicators-money",
            "indicators-money-caption",
            vec![
                "indicators-col-clients",
                "indicators-col-decided",
                "indicators-col-charged",
                "indicators-col-per-client",
                "indicators-col-own-shares",
                "indicators-col-held",
            ],
        ),
        Part::Guidance => (
            "indicators-guidance",
            "indicators-guidance-caption",
            vec![
                "indicators-col-clients",
                "indicators-col-minutes",
                "indicators-col-minutes-per-client",
                "indicators-col-expert-hours",
                "indicators-col-expert-hours-per-client",
                "indicators-col-changes",
                "indicators-col-left",
            ],
        ),
    };
    let heads =
        columns.into_iter().map(|c| view! { <th scope="col" class="number">{t.text(c)}</th> }).collect_view();
    let rows = page.areas.iter().map(|area| view! { <AreaRow t area=area.clone() part /> }).collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby=id tabindex="0">
            <table>
                <caption id=id>{t.text_with(caption, &[("month", month.into())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.text("indicators-col-municipality")}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <AreaRow t area=page.total part />
                </tfoot>
            </table>
        </div>
    }
}

#[component]
fn AreaRow(t: I18n, area: AreaFigures, part: Part) -> impl IntoView {
    let name = area.municipality.clone().unwrap_or_else(|| t.text("indicators-all"));
    let cells: Vec<String> = match part {
        Part::Money => vec![
            area.clients.to_string(),
            euros(t, &area.decided),
            euros(t, &area.charged),
            area.charged_per_client.as_deref().map(|a| euros(t, a)).unwrap_or_default(),
            euros(t, &area.own_shares),
            t.text_with(
                "indicators-held-value",
                &[("count", area.held_records.into()), ("amount", euros(t, &area.held).into())],
            ),
        ],
        Part::Guidance => vec![
            area.clients.to_string(),
            area.guidance_minutes.to_string(),
            area.minutes_per_client.as_deref().map(|m| number(t.lang, m)).unwrap_or_default(),
            number(t.lang, &area.expert_hours),
            area.expert_hours_per_client.as_deref().map(|h| number(t.lang, h)).unwrap_or_default(),
            area.provider_changes.to_string(),
            area.left.to_string(),
        ],
    };
    let cells = cells.into_iter().map(|c| view! { <td class="number">{c}</td> }).collect_view();
    view! {
        <tr>
            <th scope="row">{name}</th>
            {cells}
        </tr>
    }
}

/// The month's feedback averages for all municipalities, each with its number of answers; an
/// average only from five answers up (B19).
#[component]
fn FeedbackTable(t: I18n, feedback: Vec<ScoreFigure>, month: String) -> impl IntoView {
    let rows = feedback
        .into_iter()
        .map(|figure| {
            let asked = t.text(match figure.asked.as_str() {
                "service" => "indicators-feedback-service",
                "process" => "indicators-feedback-process",
                "heard" => "indicators-feedback-heard",
                _ => "indicators-feedback-choice",
            });
            let average = match figure.average {
                Some(average) => {
                    t.text_with("indicators-average", &[("average", number(t.lang, &average).into())])
                }
                None => t.text("indicators-too-few"),
            };
            view! {
                <tr>
                    <th scope="row">{asked}</th>
                    <td class="number">{figure.answers}</td>
                    <td class="number">{average}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{t.text("indicators-feedback-title")}</h2>
        <p>{t.text_with("indicators-feedback-says", &[("fewest", FEWEST_ANSWERS.into())])}</p>
        <div class="table-wrap" role="region" aria-labelledby="indicators-feedback" tabindex="0">
            <table>
                <caption id="indicators-feedback">
                    {t.text_with("indicators-feedback-caption", &[("month", month.into())])}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t.text("indicators-col-asked")}</th>
                        <th scope="col" class="number">{t.text("indicators-col-answers")}</th>
                        <th scope="col" class="number">{t.text("indicators-col-average")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Why the month's leavers left, by the reasons offered; the clients' own words stay on the
/// organiser's feedback words page.
#[component]
fn LeavingTable(t: I18n, leaving: LeavingFigures, month: String) -> impl IntoView {
    let says = t.text_with(
        "indicators-leaving-says",
        &[("left", leaving.left.into()), ("answered", leaving.answered.into())],
    );
    let rows = leaving
        .reasons
        .into_iter()
        .map(|count| {
            view! {
                <tr>
                    <th scope="row">{t.text(leave_reason_label_id(&count.reason))}</th>
                    <td class="number">{count.clients}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{t.text("indicators-leaving-title")}</h2>
        <p>{says}</p>
        <div class="table-wrap" role="region" aria-labelledby="indicators-leaving" tabindex="0">
            <table>
                <caption id="indicators-leaving">
                    {t.text_with("indicators-leaving-caption", &[("month", month.into())])}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t.text("indicators-col-reason")}</th>
                        <th scope="col" class="number">{t.text("indicators-col-reason-clients")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// How the self-checks changed, from the clients who let their answers be seen; nothing below
/// five clients.
#[component]
fn WellbeingTable(t: I18n, wellbeing: WellbeingFigures, month: String) -> impl IntoView {
    let table = match (wellbeing.first, wellbeing.latest, wellbeing.change) {
        (Some(first), Some(latest), Some(change)) => {
            let rows = [
                ("indicators-wellbeing-first", number(t.lang, &first)),
                ("indicators-wellbeing-latest", number(t.lang, &latest)),
                ("indicators-wellbeing-change", number(t.lang, &change)),
            ]
            .into_iter()
            .map(|(label, value)| {
                view! {
                    <tr>
                        <th scope="row">{t.text(label)}</th>
                        <td class="number">{value}</td>
                    </tr>
                }
            })
            .collect_view();
            view! {
                <div class="table-wrap" role="region" aria-labelledby="indicators-wellbeing" tabindex="0">
                    <table>
                        <caption id="indicators-wellbeing">
                            {t.text_with("indicators-wellbeing-caption", &[("month", month.into())])}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.text("indicators-col-check")}</th>
                                <th scope="col" class="number">{t.text("indicators-col-average")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        _ => view! { <p>{t.text_with("indicators-wellbeing-too-few", &[("fewest", FEWEST_ANSWERS.into())])}</p> }
            .into_any(),
    };
    view! {
        <h2>{t.text("indicators-wellbeing-title")}</h2>
        <p>{t.text_with("indicators-wellbeing-says", &[("clients", wellbeing.clients.into())])}</p>
        {table}
    }
}
