//! The organiser's indicators for a month: a sentence that says the month in a few figures, the
//! figures by municipality in a table, a month to choose (a GET form, no script), and the same
//! figures as CSV.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::{product_label_id, PRODUCTS};
use crate::changes::leave_reason_label_id;
use crate::components::bars::{Bar, Bars};
use crate::components::form::TextField;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{euros, month_name, number};
use crate::i18n::I18n;
use crate::indicators::{
    AreaFigures, Filter, FilteredFigures, IndicatorsPage, LeavingFigures, ScoreFigure, ServiceFigures,
    WellbeingFigures, FEWEST_ANSWERS, MONTH, PROVIDER, PROVIDER_ID, SERVICE,
};
use crate::pages::not_found::NotFoundPage;
use crate::pages::provider_survey::half_name;
use crate::paths;
use crate::provider_survey::{ProviderExperience, QUESTIONS};

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
    let csv = format!("{}?{}", paths::INDICATORS_CSV, filter_query(&page.month, &page.filter));
    let money = match page.filtered.clone() {
        Some(filtered) => {
            view! { <FilteredMoney t filtered filter=page.filter.clone() month=month.clone() /> }.into_any()
        }
        None => view! {
            <p id="indicators-money-says">{t.text("indicators-money-says")}</p>
            <Bars
                bars=money_bars(t, &page.areas, true)
                described_by="indicators-money-says"
                solid_label=t.text("indicators-col-charged")
                outline_label=Some(t.text("indicators-col-decided"))
            />
            <FiguresTable t page=page.clone() part=Part::Money month=month.clone() />
        }
        .into_any(),
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{summary}</p>
        <FilterForm t page=page.clone() />
        <h2>{t.text("indicators-money-title")}</h2>
        {money}
        <p class="hint">{t.text("indicators-voucher-share")}</p>
        <h2>{t.text("indicators-guidance-title")}</h2>
        <p>{t.text("indicators-guidance-says")}</p>
        <FiguresTable t page=page.clone() part=Part::Guidance month=month.clone() />
        <FeedbackTable
            t
            feedback=page.feedback.clone()
            month=month.clone()
            narrowed_to=page.filter.narrows().then(|| narrowed_to(t, &page.filter))
        />
        <LeavingTable t leaving=page.leaving.clone() month=month.clone() />
        <WellbeingTable t wellbeing=page.wellbeing.clone() month=month.clone() />
        <ProvidersTable t experience=page.providers.clone() />
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
                <caption id=id>
                    <span class="caption__text">{t.text_with(caption, &[("month", month.into())])}</span>
                </caption>
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
fn FeedbackTable(
    t: I18n,
    feedback: Vec<ScoreFigure>,
    month: String,
    /// The service or provider the service answers are narrowed to, in words.
    narrowed_to: Option<String>,
) -> impl IntoView {
    let asked_label = move |asked: &str| {
        if let (Some(what), "service") = (&narrowed_to, asked) {
            return t.text_with("indicators-feedback-service-narrowed", &[("what", what.clone().into())]);
        }
        t.text(match asked {
            "service" => "indicators-feedback-service",
            "process" => "indicators-feedback-process",
            "heard" => "indicators-feedback-heard",
            _ => "indicators-feedback-choice",
        })
    };
    // Only the averages that may be shown (B19) get a bar.
    let bars: Vec<Bar> = feedback
        .iter()
        .filter_map(|f| {
            let average = f.average.as_deref()?.parse::<f64>().ok()?;
            Some(Bar { label: asked_label(&f.asked), solid: average, outline: None })
        })
        .collect();
    let chart = (!bars.is_empty()).then(|| {
        view! {
            <Bars bars scale=5.0 described_by="indicators-feedback-says" solid_label=t.text("indicators-col-average") outline_label=None />
        }
    });
    let rows = feedback
        .into_iter()
        .map(|figure| {
            vec![asked_label(&figure.asked), figure.answers.to_string(), average_text(t, figure.average)]
        })
        .collect();
    view! {
        <h2>{t.text("indicators-feedback-title")}</h2>
        <p id="indicators-feedback-says">{t.text_with("indicators-feedback-says", &[("fewest", FEWEST_ANSWERS.into())])}</p>
        {chart}
        <SmallTable
            id="indicators-feedback"
            caption=t.text_with("indicators-feedback-caption", &[("month", month.into())])
            heads=vec![t.text("indicators-col-asked"), t.text("indicators-col-answers"), t.text("indicators-col-average")]
            rows
        />
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
        .map(|count| vec![t.text(leave_reason_label_id(&count.reason)), count.clients.to_string()])
        .collect();
    view! {
        <h2>{t.text("indicators-leaving-title")}</h2>
        <p>{says}</p>
        <SmallTable
            id="indicators-leaving"
            caption=t.text_with("indicators-leaving-caption", &[("month", month.into())])
            heads=vec![t.text("indicators-col-reason"), t.text("indicators-col-reason-clients")]
            rows
        />
    }
}

/// How the self-checks changed, from the clients who let their answers be seen; nothing below
/// five clients.
#[component]
fn WellbeingTable(t: I18n, wellbeing: WellbeingFigures, month: String) -> impl IntoView {
    let table = match (wellbeing.first, wellbeing.latest, wellbeing.change) {
        (Some(first), Some(latest), Some(change)) => {
            let rows = [
                ("indicators-wellbeing-first", first),
                ("indicators-wellbeing-latest", latest),
                ("indicators-wellbeing-change", change),
            ]
            .into_iter()
            .map(|(label, value)| vec![t.text(label), number(t.lang, &value)])
            .collect();
            view! {
                <SmallTable
                    id="indicators-wellbeing"
                    caption=t.text_with("indicators-wellbeing-caption", &[("month", month.into())])
                    heads=vec![t.text("indicators-col-check"), t.text("indicators-col-average")]
                    rows
                />
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

/// How providers find working with the organiser in the month's half of the year: the averages
/// and the words without names, from five answers up.
#[component]
fn ProvidersTable(t: I18n, experience: ProviderExperience) -> impl IntoView {
    let half = half_name(t, experience.half);
    let says = t.text_with(
        "indicators-providers-says",
        &[("providers", experience.providers.into()), ("half", half.clone().into())],
    );
    let rows = experience
        .questions
        .into_iter()
        .zip(QUESTIONS)
        .map(|(figure, (_, question_id))| vec![t.text(question_id), average_text(t, figure.average)])
        .collect();
    let words = (!experience.words.is_empty()).then(|| {
        let items = experience.words.into_iter().map(|w| view! { <li>{w}</li> }).collect_view();
        view! {
            <h3>{t.text("indicators-providers-words")}</h3>
            <ul class="contacts">{items}</ul>
        }
    });
    view! {
        <h2>{t.text("indicators-providers-title")}</h2>
        <p>{says}</p>
        <SmallTable
            id="indicators-providers"
            caption=t.text_with("indicators-providers-caption", &[("half", half.into())])
            heads=vec![t.text("indicators-col-asked"), t.text("indicators-col-average")]
            rows
        />
        {words}
    }
}

/// The month, the service and the provider: a GET form, so that every choice is an address.
#[component]
fn FilterForm(t: I18n, page: IndicatorsPage) -> impl IntoView {
    let months = page
        .months
        .iter()
        .map(|m| view! { <option value=m.clone() selected=*m == page.month>{month_name(t, m)}</option> })
        .collect_view();
    let chosen = page.filter.service.clone().unwrap_or_default();
    let services = PRODUCTS
        .iter()
        .map(|code| view! { <option value=*code selected=chosen == *code>{t.text(product_label_id(code))}</option> })
        .collect_view();
    let typed = page.filter.provider.as_ref().map_or(page.filter.provider_typed.clone(), |p| p.name.clone());
    let not_found = page.filter.provider_not_found.then(|| {
        t.text_with("indicators-provider-not-found", &[("typed", page.filter.provider_typed.clone().into())])
    });
    let choices = (!page.filter.provider_choices.is_empty()).then(|| {
        let links = page
            .filter
            .provider_choices
            .iter()
            .map(|p| {
                let mut one = page.filter.clone();
                one.provider = Some(p.clone());
                let href = format!("{}?{}", paths::INDICATORS, filter_query(&page.month, &one));
                view! { <li><a href=href>{p.name.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <div class="notice" role="status">
                <p>{t.text_with("indicators-provider-choose", &[("typed", page.filter.provider_typed.clone().into())])}</p>
                <ul class="link-list">{links}</ul>
            </div>
        }
    });
    let clear = page.filter.narrows().then(|| {
        let href = format!("{}?{MONTH}={}", paths::INDICATORS, page.month);
        view! { <p><a class="link-alone" href=href>{t.text("indicators-clear-filters")}</a></p> }
    });
    view! {
        {choices}
        <form method="get" action=paths::INDICATORS class="form no-print">
            <div class="field">
                <label for="indicators-month" class="field__label">{t.text("indicators-month")}</label>
                <select id="indicators-month" name=MONTH>{months}</select>
            </div>
            <div class="field">
                <label for="indicators-service" class="field__label">{t.text("indicators-service")}</label>
                <select id="indicators-service" name=SERVICE>
                    <option value="" selected=chosen.is_empty()>{t.text("indicators-all-services")}</option>
                    {services}
                </select>
            </div>
            <TextField
                name=PROVIDER
                label=t.text("indicators-provider")
                hint=t.text("indicators-provider-hint")
                error=not_found.unwrap_or_default()
                value=typed
            />
            <button type="submit" class="button button--secondary">{t.text("indicators-show")}</button>
        </form>
        {clear}
    }
}

/// The address's query for a month and a filter: the provider by its id once it is known.
fn filter_query(month: &str, filter: &Filter) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair(MONTH, month);
    if let Some(service) = &filter.service {
        query.append_pair(SERVICE, service);
    }
    match &filter.provider {
        Some(provider) => {
            query.append_pair(PROVIDER_ID, &provider.id.to_string());
        }
        None if !filter.provider_typed.is_empty() => {
            query.append_pair(PROVIDER, &filter.provider_typed);
        }
        None => {}
    }
    query.finish()
}

/// What the filter narrows to, in words: "Personal assistance", "Kotipiha Oy" or "Personal
/// assistance at Kotipiha Oy".
fn narrowed_to(t: I18n, filter: &Filter) -> String {
    let service = filter.service.as_deref().map(|code| t.text(product_label_id(code)));
    match (service, &filter.provider) {
        (Some(service), Some(provider)) => t.text_with(
            "indicators-service-at-provider",
            &[("service", service.into()), ("provider", provider.name.clone().into())],
        ),
        (Some(service), None) => service,
        (None, Some(provider)) => provider.name.clone(),
        (None, None) => String::new(),
    }
}

/// Each municipality's charged euros as a solid bar, and what was decided as an outline where
/// it is known.
fn money_bars<'a>(
    t: I18n,
    areas: impl IntoIterator<Item = &'a AreaFigures>,
    decided_known: bool,
) -> Vec<Bar> {
    let amount = |text: &str| text.parse::<f64>().unwrap_or(0.0);
    areas
        .into_iter()
        .map(|area| Bar {
            label: area.municipality.clone().unwrap_or_else(|| t.text("indicators-all")),
            solid: amount(&area.charged),
            // Nothing decided draws no outline, not an empty box.
            outline: decided_known.then(|| amount(&area.decided)).filter(|decided| *decided > 0.0),
        })
        .collect()
}

/// The budgets and costs of one service or provider: a sentence, the bars and the table.
#[component]
fn FilteredMoney(t: I18n, filtered: FilteredFigures, filter: Filter, month: String) -> impl IntoView {
    let what = narrowed_to(t, &filter);
    let decided_known = filtered.total.decided.is_some();
    let says = t.text_with(
        if decided_known { "indicators-filtered-says" } else { "indicators-filtered-says-provider" },
        &[("what", what.clone().into())],
    );
    // The bars read the same figures as the unfiltered table's; what was not decided reads 0.
    let as_area = |f: &ServiceFigures| AreaFigures {
        municipality: f.municipality.clone(),
        charged: f.charged.clone(),
        decided: f.decided.clone().unwrap_or_default(),
        ..AreaFigures::default()
    };
    let areas: Vec<AreaFigures> = filtered.areas.iter().map(as_area).collect();
    let columns = [
        "indicators-col-clients-charged",
        "indicators-col-decided",
        "indicators-col-charged",
        "indicators-col-per-client",
        "indicators-col-own-shares",
        "indicators-col-held",
    ];
    let heads =
        columns.into_iter().map(|c| view! { <th scope="col" class="number">{t.text(c)}</th> }).collect_view();
    let row = move |f: ServiceFigures| {
        let name = f.municipality.clone().unwrap_or_else(|| t.text("indicators-all"));
        let cells = [
            f.clients.to_string(),
            f.decided.as_deref().map_or_else(|| t.text("indicators-not-decided"), |a| euros(t, a)),
            euros(t, &f.charged),
            f.charged_per_client.as_deref().map(|a| euros(t, a)).unwrap_or_default(),
            euros(t, &f.own_shares),
            t.text_with(
                "indicators-held-value",
                &[("count", f.held_records.into()), ("amount", euros(t, &f.held).into())],
            ),
        ]
        .into_iter()
        .map(|c| view! { <td class="number">{c}</td> })
        .collect_view();
        view! {
            <tr>
                <th scope="row">{name}</th>
                {cells}
            </tr>
        }
    };
    let rows = filtered.areas.clone().into_iter().map(row).collect_view();
    let caption =
        t.text_with("indicators-filtered-caption", &[("what", what.into()), ("month", month.into())]);
    view! {
        <p id="indicators-filtered-says">{says}</p>
        <Bars
            bars=money_bars(t, &areas, decided_known)
            described_by="indicators-filtered-says"
            solid_label=t.text("indicators-col-charged")
            outline_label=decided_known.then(|| t.text("indicators-col-decided"))
        />
        <div class="table-wrap" role="region" aria-labelledby="indicators-filtered" tabindex="0">
            <table>
                <caption id="indicators-filtered">
                    <span class="caption__text">{caption}</span>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t.text("indicators-col-municipality")}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>{row(filtered.total)}</tfoot>
            </table>
        </div>
    }
}

/// "3.8 of 5", or "not enough answers yet" where B19 hides the average.
fn average_text(t: I18n, average: Option<String>) -> String {
    match average {
        Some(average) => t.text_with("indicators-average", &[("average", number(t.lang, &average).into())]),
        None => t.text("indicators-too-few"),
    }
}

/// A small table of figures for all municipalities: a row header and numbers, in a region that
/// scrolls sideways on a narrow screen.
#[component]
fn SmallTable(
    id: &'static str,
    caption: String,
    heads: Vec<String>,
    rows: Vec<Vec<String>>,
) -> impl IntoView {
    let heads = heads
        .into_iter()
        .enumerate()
        .map(|(n, head)| {
            let class = (n > 0).then_some("number");
            view! { <th scope="col" class=class>{head}</th> }
        })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let name = cells.next().unwrap_or_default();
            let numbers = cells.map(|c| view! { <td class="number">{c}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    {numbers}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby=id tabindex="0">
            <table>
                <caption id=id>{caption}</caption>
                <thead>
                    <tr>{heads}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
