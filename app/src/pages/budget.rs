//! My budget: the front page of a client (or a relative acting for one). First one sentence and
//! one number (what is left, and whether it will last), then the alerts, the services, the
//! months as a chart and a table, and held records in plain words.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::record_args;
use crate::budget::{product_label_id, Budget, BudgetAlert, BudgetStatus};
use crate::components::chart::MonthChart;
use crate::components::figure::Figure;
use crate::context::{use_i18n, ClientPage};
use crate::i18n::format::{day, euros, month_name};
use crate::i18n::{msg, I18n};
use crate::pages::glossary::Term;
use crate::paths;

#[component]
pub fn BudgetPage(page: ClientPage<Option<Budget>>) -> impl IntoView {
    let t = use_i18n();
    let title = if page.is_self {
        t.text("budget-title-self")
    } else {
        t.text_with("budget-title-other", &[("name", page.client_name.clone().into())])
    };
    let body = match page.content {
        Some(budget) => view! { <BudgetBody t budget is_self=page.is_self /> }.into_any(),
        None => view! {
            <p class="lead">{t.text("budget-no-decision")}</p>
            <p>{t.text("budget-no-decision-help")}</p>
        }
        .into_any(),
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {body}
    }
}

#[component]
fn BudgetBody(t: I18n, budget: Budget, is_self: bool) -> impl IntoView {
    let left = euros(t, &budget.left);
    let headline = if is_self {
        t.text_with("budget-left-self", &[("amount", left.into())])
    } else {
        t.text_with("budget-left-other", &[("amount", left.into())])
    };
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" class="visually-hidden">
                {t.text("budget-summary-title")}
            </h2>
            <p class="summary__headline">{headline}</p>
            <Outlook t status=budget.status end=day(t, &budget.period.to) />
        </section>
        <Alerts t alerts=budget.alerts.clone() />
        <KeyFigures t budget=budget.clone() />
        <Services t budget=budget.clone() />
        <Months t budget=budget.clone() />
        <Held t budget=budget.clone() />
        <Refused t budget=budget.clone() />
        <h2>{t.text("budget-more-title")}</h2>
        <ul class="link-list">
            <li>
                <a href=paths::DECISION>{t.text("link-decision")}</a>
            </li>
            <li>
                <a href=paths::MY_PLAN>{t.text("link-my-plan")}</a>
            </li>
            <li>
                <a href=paths::WELLBEING>{t.text("link-wellbeing")}</a>
            </li>
            <li>
                <a href=paths::GLOSSARY>{t.text("link-glossary")}</a>
            </li>
            <li>
                <a href=paths::CHANGE_PROVIDER>{t.text("link-change-provider")}</a>
            </li>
            <li>
                <a href=paths::MY_CHANGES>{t.text("link-my-changes")}</a>
            </li>
            <li>
                <a href=paths::LEAVE>{t.text("link-leave")}</a>
            </li>
        </ul>
    }
}

/// Whether the money will last (B11), and when it will not, what that means and what to do.
#[component]
fn Outlook(t: I18n, status: BudgetStatus, end: String) -> impl IntoView {
    let end_arg = || [("end", end.clone().into())];
    match status {
        BudgetStatus::OnTrack => view! { <p>{t.text_with("outlook-on-track", &end_arg())}</p> }.into_any(),
        BudgetStatus::TooEarly => view! { <p>{t.text("outlook-too-early")}</p> }.into_any(),
        BudgetStatus::AtRisk => view! {
            <p class="summary__warning">{t.text_with("outlook-at-risk", &end_arg())}</p>
            <p>{t.text("outlook-at-risk-means")}</p>
            <p>{t.text("outlook-at-risk-todo")}</p>
            <p>{t.text("outlook-contact")}</p>
        }
        .into_any(),
        BudgetStatus::UsedUp => view! {
            <p class="summary__warning">{t.text("outlook-used-up")}</p>
            <p>{t.text("outlook-used-up-means")}</p>
            <p>{t.text("outlook-used-up-todo")}</p>
            <p>{t.text("outlook-contact")}</p>
        }
        .into_any(),
    }
}

/// B12: use past 80 % or 100 %, and a turn to at-risk, each in its own notice.
#[component]
fn Alerts(t: I18n, alerts: Vec<BudgetAlert>) -> impl IntoView {
    if alerts.is_empty() {
        return ().into_any();
    }
    let items = alerts
        .into_iter()
        .map(|alert| {
            let id = match alert {
                BudgetAlert::Passed80Percent => msg("alert-passed-80"),
                BudgetAlert::Passed100Percent => msg("alert-passed-100"),
                BudgetAlert::AtRisk => msg("alert-at-risk"),
            };
            view! { <li>{t.text(id)}</li> }
        })
        .collect_view();
    view! {
        <section class="notice notice--warning" aria-labelledby="alerts-title">
            <h2 id="alerts-title">{t.text("alerts-title")}</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn KeyFigures(t: I18n, budget: Budget) -> impl IntoView {
    let period = t.text_with(
        "period-value",
        &[("from", day(t, &budget.period.from).into()), ("to", day(t, &budget.period.to).into())],
    );
    view! {
        <h2>{t.text("figures-title")}</h2>
        <dl class="figures">
            <Figure label=t.text("figure-total") value=euros(t, &budget.total) />
            <Figure label=t.text("figure-used") value=euros(t, &budget.used) />
            <Figure label=t.text("figure-left") value=euros(t, &budget.left) />
            <Figure label=t.text("figure-own-share") value=euros(t, &budget.own_share) />
            <Figure label=t.text("figure-period") value=period />
        </dl>
        <p>
            {t.text("own-share-explained")} " "
            <a href=Term::OwnShare.href()>{t.text("own-share-more")}</a>
        </p>
        <p class="hint">
            {t.text_with("counted-up-to", &[("date", day(t, &budget.as_of).into())])}
        </p>
    }
}

/// Each service line: planned, used, left. Cards rather than a table, so a phone reads them
/// top to bottom.
#[component]
fn Services(t: I18n, budget: Budget) -> impl IntoView {
    let cards = budget
        .lines
        .into_iter()
        .map(|line| {
            view! {
                <li class="card">
                    <h3>{t.text(product_label_id(&line.product))}</h3>
                    <dl class="figures figures--small">
                        <Figure label=t.text("line-planned") value=euros(t, &line.planned) />
                        <Figure label=t.text("line-used") value=euros(t, &line.used) />
                        <Figure label=t.text("line-left") value=euros(t, &line.left) />
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t.text("services-title")}</h2>
        <ul class="cards">{cards}</ul>
    }
}

/// Month by month: a sentence, the chart, and a table with the same numbers.
#[component]
fn Months(t: I18n, budget: Budget) -> impl IntoView {
    let as_of_month = budget.as_of[..7].to_string();
    let past: Vec<_> = budget.months.iter().filter(|m| m.month <= as_of_month).cloned().collect();
    let summary = match (past.first(), past.last()) {
        (Some(first), Some(last)) => t.text_with(
            "months-summary",
            &[
                ("first", month_name(t, &first.month).into()),
                ("last", month_name(t, &last.month).into()),
                ("used", euros(t, &budget.used).into()),
                ("busiest", month_name(t, &busiest(&past)).into()),
            ],
        ),
        _ => t.text("months-summary-none"),
    };
    let rows = budget
        .months
        .iter()
        .map(|m| {
            let name = month_name(t, &m.month);
            let cell = if m.month <= as_of_month {
                view! { <a class="link-alone" href=paths::statement(&m.month)>{name}</a> }.into_any()
            } else {
                name.into_any()
            };
            view! {
                <tr>
                    <th scope="row">{cell}</th>
                    <td class="number">{euros(t, &m.planned)}</td>
                    <td class="number">{euros(t, &m.used)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{t.text("months-title")}</h2>
        <p id="months-summary">{summary}</p>
        <MonthChart t months=budget.months.clone() described_by="months-summary" />
        <div class="table-wrap" role="region" aria-labelledby="months-caption" tabindex="0">
            <table>
                <caption id="months-caption">{t.text("months-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.text("column-month")}</th>
                        <th scope="col" class="number">
                            {t.text("line-planned")}
                        </th>
                        <th scope="col" class="number">
                            {t.text("line-used")}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="hint">{t.text("months-statement-hint")}</p>
    }
}

/// The month with the most use; the first of equals.
fn busiest(months: &[crate::budget::BudgetMonth]) -> String {
    let amount = |m: &crate::budget::BudgetMonth| m.used.parse::<f64>().unwrap_or(0.0);
    months
        .iter()
        .fold(None::<&crate::budget::BudgetMonth>, |best, m| match best {
            Some(b) if amount(b) >= amount(m) => Some(b),
            _ => Some(m),
        })
        .map(|m| m.month.clone())
        .unwrap_or_default()
}

/// Held records the counsellor refused: never charged, each with the reason.
#[component]
fn Refused(t: I18n, budget: Budget) -> impl IntoView {
    if budget.refused.is_empty() {
        return ().into_any();
    }
    let items = budget
        .refused
        .into_iter()
        .map(|r| {
            let text = t.text_with("refused-records-item", &record_args(t, &r.record));
            let why = t.text_with("refused-records-reason", &[("reason", r.reason.into())]);
            view! {
                <li>
                    {text}
                    <br />
                    {why}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="refused-records-title">
            <h2 id="refused-records-title">{t.text("refused-records-title")}</h2>
            <p>{t.text("refused-records-explained")}</p>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

/// Records held because the budget would have run out (B8), in plain words.
#[component]
fn Held(t: I18n, budget: Budget) -> impl IntoView {
    if budget.held.is_empty() {
        return ().into_any();
    }
    let items = budget
        .held
        .into_iter()
        .map(|h| {
            let text = t.text_with("held-item", &record_args(t, &h));
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <section class="notice" aria-labelledby="held-title">
            <h2 id="held-title">{t.text("held-title")}</h2>
            <p>{t.text("held-explained")}</p>
            <ul>{items}</ul>
            <p>
                <a class="link-alone" href=Term::HeldRecord.href()>{t.text("held-more")}</a>
            </p>
        </section>
    }
    .into_any()
}
