//! One month's settlement, the organiser's: whether it is approved, what it pays in all and per
//! provider, the form that approves it, and the month as a CSV file and a bank payment file.

use leptos::prelude::*;

use crate::components::figure::Figure;
use crate::components::form::{ErrorSummary, FormTitle};
use crate::context::{use_page_context, FormId, PageData};
use crate::i18n::format::{day, euros, month_name, number};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::pages::settlements::sum_args;
use crate::paths;
use crate::settlements::{fields, PaymentFile, SettlementLine, SettlementPage, SettlementState};

#[component]
pub fn SettlementView() -> impl IntoView {
    match use_page_context().data {
        PageData::Settlement(page) => view! { <Settlement page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Settlement(page: SettlementPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let errors = ctx.flash.filter(|f| f.form == FormId::Settlement).map(|f| f.errors).unwrap_or_default();
    let has_errors = !errors.is_empty();
    let month = page.sum.month.clone();
    let title = t.text_with("settlement-title", &[("month", month_name(t, &month).into())]);
    let args = sum_args(t, &page.sum);
    let state = match &page.state {
        SettlementState::Settled { approved_on, approved_by, pay_on } => {
            let mut args = args.clone();
            args.push(("day", day(t, approved_on).into()));
            args.push(("name", approved_by.clone().into()));
            args.push(("payday", day(t, pay_on).into()));
            t.text_with("settlement-settled", &args)
        }
        SettlementState::Ready => t.text_with("settlement-ready", &args),
        SettlementState::NotOver { from } => {
            let mut args = args.clone();
            args.push(("day", day(t, from).into()));
            t.text_with("settlement-not-over", &args)
        }
        SettlementState::NotNext { next } => {
            t.text_with("settlement-not-next", &[("next", month_name(t, next).into())])
        }
    };
    let approve = (page.state == SettlementState::Ready).then(|| {
        view! {
            <form method="post" action=paths::approve_settlement(&month) class="form">
                <input type="hidden" name=fields::RECORDS value=page.sum.records.to_string() />
                <input type="hidden" name=fields::AMOUNT value=page.sum.amount.clone() />
                <p>{t.text("settlement-approve-hint")}</p>
                <button type="submit" class="button">
                    {t.text_with("settlement-approve", &[("month", month_name(t, &month).into())])}
                </button>
            </form>
        }
    });
    let payment_file = payment_file(t, &month, &page.payment_file);
    let lines = page.lines.iter().map(|line| view! { <LineCard t line=line.clone() /> }).collect_view();
    view! {
        <FormTitle text=title.clone() has_errors />
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{state}</p>
        {approve}
        <p>{t.text_with("settlement-own-shares", &[("amount", euros(t, &page.own_shares).into())])}</p>
        <h2>{t.text("settlement-files")}</h2>
        <ul class="plain-list">
            <li>
                <a class="link-alone" href=paths::settlement_csv(&month) download=true>
                    {t.text("settlement-csv")}
                </a>
            </li>
            <li>{payment_file}</li>
        </ul>
        <h2>{t.text("settlement-providers")}</h2>
        {if page.lines.is_empty() {
            view! { <p>{t.text("settlement-no-records")}</p> }.into_any()
        } else {
            view! { <ul class="cards">{lines}</ul> }.into_any()
        }}
        <p>
            <a class="link-alone" href=paths::SETTLEMENTS>{t.text("settlement-back")}</a>
        </p>
    }
}

/// The bank payment file's link, or why there is none yet.
fn payment_file(t: I18n, month: &str, file: &PaymentFile) -> AnyView {
    match file {
        PaymentFile::Ready => view! {
            <a class="link-alone" href=paths::settlement_payments(month) download=true>
                {t.text("settlement-payment-file")}
            </a>
        }
        .into_any(),
        PaymentFile::NotApproved => t.text("settlement-file-not-approved").into_any(),
        PaymentFile::NothingToPay => t.text("settlement-file-nothing").into_any(),
        PaymentFile::NoPayer => t.text("settlement-file-no-payer").into_any(),
        PaymentFile::BankDetailsMissing { providers } => {
            t.text_with("settlement-file-missing", &[("providers", providers.join(", ").into())]).into_any()
        }
    }
}

#[component]
fn LineCard(t: I18n, line: SettlementLine) -> impl IntoView {
    view! {
        <li class="card">
            <p class="card__title">
                <strong>{line.provider.clone()}</strong>
                {line.business_id.clone().map(|id| view! { <br />{t.text_with("settlement-business-id", &[("id", id.into())])} })}
            </p>
            <dl class="figures figures--small">
                <Figure label=t.text("settlement-records") value=number(t.lang, &line.records.to_string()) />
                <Figure label=t.text("settlement-paid") value=euros(t, &line.amount) />
                <Figure label=t.text("settlement-line-own-shares") value=euros(t, &line.own_shares) />
                <Figure label=t.text("settlement-reference") value=line.reference.clone() />
            </dl>
        </li>
    }
}
