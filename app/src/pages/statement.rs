//! One month's statement (B13): per provider and service the units, what the budget paid and
//! the client's own share; the month's totals; what is left after. Prints on one sheet.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::{product_label_id, units_text, Statement};
use crate::components::figure::Figure;
use crate::context::{use_page_context, ClientPage, PageData};
use crate::i18n::format::{euros, month_name};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn StatementPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Statement(page) => view! { <StatementView page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn StatementView(page: ClientPage<Statement>) -> impl IntoView {
    let t = use_page_context().i18n();
    let s = page.content;
    let month = month_name(t, &s.month);
    let title = t.text_with("statement-title", &[("month", month.clone().into())]);
    let rows = s
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.provider.clone()}</td>
                    <td>{t.text(product_label_id(&r.product))}</td>
                    <td class="number">{units_text(t, &r.product, &r.units)}</td>
                    <td class="number">{euros(t, &r.charged)}</td>
                    <td class="number">{euros(t, &r.own_share)}</td>
                </tr>
            }
        })
        .collect_view();
    let cards = s
        .rows
        .iter()
        .map(|r| {
            view! {
                <li class="card">
                    <p class="card__title">
                        <strong>{r.provider.clone()}</strong>
                        <br />
                        {t.text(product_label_id(&r.product))}
                    </p>
                    <dl class="figures figures--small">
                        <Figure label=t.text("column-units") value=units_text(t, &r.product, &r.units) />
                        <Figure label=t.text("column-charged") value=euros(t, &r.charged) />
                        <Figure label=t.text("column-own-share") value=euros(t, &r.own_share) />
                    </dl>
                </li>
            }
        })
        .collect_view();
    let table = if s.rows.is_empty() {
        view! { <p>{t.text_with("statement-empty", &[("month", month.clone().into())])}</p> }.into_any()
    } else {
        view! {
            <section class="narrow-only" aria-labelledby="statement-cards-caption">
                <p id="statement-cards-caption" class="caption">
                    {t.text_with("statement-caption", &[("month", month.clone().into())])}
                </p>
                <ul class="cards cards--wide">
                    {cards}
                    <li class="card">
                        <p class="card__title">
                            <strong>{t.text("column-total")}</strong>
                        </p>
                        <dl class="figures figures--small">
                            <Figure label=t.text("column-charged") value=euros(t, &s.charged) />
                            <Figure label=t.text("column-own-share") value=euros(t, &s.own_share) />
                        </dl>
                    </li>
                </ul>
            </section>
            <div class="table-wrap wide-only" role="region" aria-labelledby="statement-caption" tabindex="0">
                <table>
                    <caption id="statement-caption">
                        {t.text_with("statement-caption", &[("month", month.clone().into())])}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.text("column-provider")}</th>
                            <th scope="col">{t.text("column-service")}</th>
                            <th scope="col" class="number">{t.text("column-units")}</th>
                            <th scope="col" class="number">{t.text("column-charged")}</th>
                            <th scope="col" class="number">{t.text("column-own-share")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{t.text("column-total")}</th>
                            <td class="number" data-total="charged">{euros(t, &s.charged)}</td>
                            <td class="number" data-total="own-share">{euros(t, &s.own_share)}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        }
        .into_any()
    };
    let left_after = t.text_with(
        "statement-left-after",
        &[
            ("month", month.clone().into()),
            ("amount", euros(t, &s.left_after).into()),
            ("total", euros(t, &s.total).into()),
        ],
    );
    let payments = (!s.payments.is_empty()).then(|| {
        let items = s
            .payments
            .iter()
            .map(|p| {
                let args = |month: Option<&String>| {
                    let mut args = vec![("provider", p.provider.clone().into()), ("count", p.records.into())];
                    args.extend(month.map(|m| ("month", month_name(t, m).into())));
                    args
                };
                let text = match &p.settlement {
                    Some(month) => t.text_with("statement-paid", &args(Some(month))),
                    None => t.text_with("statement-not-paid", &args(None)),
                };
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <h2>{t.text("statement-payments")}</h2>
            <p>{t.text("statement-payments-intro")}</p>
            <ul class="plain-list">{items}</ul>
        }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="print-only">
            {t.text_with("statement-client", &[("name", page.client_name.clone().into())])}
        </p>
        <p class="lead">{t.text_with("statement-intro", &[("month", month.clone().into())])}</p>
        {table}
        <p class="statement__left">{left_after}</p>
        {payments}
        <p class="hint no-print">{t.text("statement-print-hint")}</p>
        <p class="no-print">
            <a class="link-alone" href=paths::HOME>{t.text("back-to-budget")}</a>
        </p>
    }
}
