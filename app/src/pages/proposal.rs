//! Use your budget differently: the client, or a relative who may act for them, chooses the month
//! a change starts and the hours or days a month of each service; "Show what it means" asks the
//! server (a GET: nothing is kept) and the page answers with the effect by the budget rules above
//! the form, where "Send the proposal" posts it. A proposal that waits is shown instead, with the
//! button to take it back.

use leptos::prelude::*;

use crate::budget::{is_hourly, product_label_id};
use crate::components::form::{
    field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextArea, TextField,
};
use crate::components::proposal_effect::EffectView;
use crate::context::{use_page_context, ClientPage, FormFlash, FormId, PageData};
use crate::i18n::format::{day, euros, month_name, number};
use crate::i18n::{msg, I18n};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::proposals::{fields, ProposalPage, ProposalService, ProposalView, MAX_WHY_CHARS};

#[component]
pub fn ProposalView() -> impl IntoView {
    match use_page_context().data {
        PageData::Proposal(page) => view! { <Proposal page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Proposal(page: ClientPage<ProposalPage>) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = if page.is_self {
        t.text("proposal-title-self")
    } else {
        t.text_with("proposal-title-other", &[("name", page.client_name.clone().into())])
    };
    let content = page.content;
    // A send that came back wins over the check in the address.
    let form = ctx.flash.filter(|f| f.form == FormId::Proposal).or(content.form);
    let errors = form.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let body = if let Some(waiting) = content.waiting {
        view! { <Waiting t waiting /> }.into_any()
    } else if !content.has_decision {
        view! { <p class="lead">{t.text("proposal-none")}</p> }.into_any()
    } else if content.months.is_empty() {
        view! { <p class="lead">{t.text("proposal-no-months")}</p> }.into_any()
    } else {
        let checked = content.effect.map(|effect| {
            let values = form.clone().map(|f| f.values).unwrap_or_default();
            let hidden = values
                .into_iter()
                .filter(|(name, _)| name == fields::MONTH || name.ends_with("-units"))
                .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                .collect_view();
            let why_error = form.as_ref().and_then(|f| f.error(fields::WHY)).map(|e| e.text(t));
            let why = form.as_ref().map(|f| f.value(fields::WHY)).unwrap_or_default();
            view! {
                <section aria-labelledby="effect-title" class="notice">
                    <h2 id="effect-title">{t.text("proposal-effect-title")}</h2>
                    <EffectView t effect />
                    <form method="post" action=paths::MY_PROPOSAL class="form" novalidate=true>
                        <FormName form=FormId::Proposal />
                        {hidden}
                        <TextArea
                            name=fields::WHY
                            label=t.text("proposal-why")
                            hint=t.text_with("proposal-why-hint", &[("most", MAX_WHY_CHARS.into())])
                            error=why_error.unwrap_or_default()
                            value=why
                        />
                        <p>{t.text("proposal-send-intro")}</p>
                        <button type="submit" class="button">{t.text("proposal-send")}</button>
                    </form>
                </section>
            }
        });
        let heading = if checked.is_some() { "proposal-change-title" } else { "proposal-form-title" };
        view! {
            {checked}
            <h2>{t.text(heading)}</h2>
            <ChangeForm t months=content.months services=content.services form />
        }
        .into_any()
    };
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{title}</h1>
        <p class="lead">{t.text("proposal-intro")}</p>
        {body}
        <p>
            <a class="link-alone" href=paths::MY_PLAN>{t.text("proposal-back")}</a>
        </p>
    }
}

/// The month and each service's hours or days: sent with GET, so checking keeps nothing.
#[component]
fn ChangeForm(
    t: I18n,
    months: Vec<String>,
    services: Vec<ProposalService>,
    form: Option<FormFlash>,
) -> impl IntoView {
    let chosen = form.as_ref().map(|f| f.value(fields::MONTH)).unwrap_or_default();
    let month_error = form.as_ref().and_then(|f| f.error(fields::MONTH)).map(|e| e.text(t));
    let month_id = field_id(fields::MONTH);
    let options = months
        .iter()
        .map(|m| view! { <option value=m.clone() selected=*m == chosen>{month_name(t, m)}</option> })
        .collect_view();
    let services = services
        .into_iter()
        .map(|service| {
            let name = fields::units(&service.product);
            let value = match &form {
                Some(form) => form.value(&name),
                None => service.units_now.as_deref().map(|u| number(t.lang, u)).unwrap_or_default(),
            };
            let error = form.as_ref().and_then(|f| f.error(&name)).map(|e| e.text(t)).unwrap_or_default();
            let service_name = t.text(product_label_id(&service.product));
            let label_id =
                if is_hourly(&service.product) { "proposal-units-hours" } else { "proposal-units-days" };
            let per_unit = if is_hourly(&service.product) {
                msg("decision-value-per-hour")
            } else {
                msg("decision-value-per-day")
            };
            let value_text = t.text_with(per_unit, &[("amount", euros(t, &service.unit_value).into())]);
            let hint = match &service.units_now {
                Some(units) => t.text_with(
                    "proposal-units-now",
                    &[
                        ("units", crate::budget::units_text(t, &service.product, units).into()),
                        ("value", value_text.into()),
                    ],
                ),
                None => t.text_with("proposal-units-none", &[("value", value_text.into())]),
            };
            view! {
                <TextField
                    name=name
                    label=t.text_with(label_id, &[("service", service_name.into())])
                    hint=hint
                    error=error
                    value=value
                />
            }
        })
        .collect_view();
    let month_class = if month_error.is_some() { "field field--error" } else { "field" };
    let described = if month_error.is_some() {
        format!("{month_id}-hint {month_id}-error")
    } else {
        format!("{month_id}-hint")
    };
    view! {
        <form method="get" action=paths::MY_PROPOSAL class="form" novalidate=true>
            <input type="hidden" name=fields::CHECK value="1" />
            <div class=month_class>
                <label for=month_id.clone() class="field__label">{t.text("proposal-month")}</label>
                <p class="field__hint" id=format!("{month_id}-hint")>{t.text("proposal-month-hint")}</p>
                {month_error.map(|e| view! { <FieldErrorMessage id=Some(format!("{month_id}-error")) text=e /> })}
                <select id=month_id name=fields::MONTH aria-describedby=described>{options}</select>
            </div>
            {services}
            <button type="submit" class="button">{t.text("proposal-check")}</button>
        </form>
    }
}

/// The proposal that waits: who sent it and when, what it means, and taking it back.
#[component]
fn Waiting(t: I18n, waiting: ProposalView) -> impl IntoView {
    let said = t.text_with(
        "proposal-waiting",
        &[("who", waiting.proposed.by.clone().into()), ("day", day(t, &waiting.proposed.day).into())],
    );
    view! {
        <section aria-labelledby="waiting-title" class="notice">
            <h2 id="waiting-title">{t.text("proposal-waiting-title")}</h2>
            <p>{said}</p>
            <EffectView t effect=waiting.effect />
            <form method="post" action=paths::WITHDRAW_PROPOSAL>
                <button type="submit" class="button button--secondary">{t.text("proposal-withdraw")}</button>
            </form>
        </section>
    }
}
