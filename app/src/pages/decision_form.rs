//! A client's decision by a form: the period, and for each service its tier (housing, by the day)
//! or its units a month, and its value when it is not the price list's. The counsellor prepares
//! it; the decision-maker opens what was prepared, may change it, and decides with grounds. The
//! server checks it with the same rules as the organiser's API, and a change must keep the
//! records already stored against the decision.

use leptos::prelude::*;

use crate::budget::{is_hourly, product_label_id, Decision};
use crate::components::decision_line::DecisionLineCard;
use crate::components::form::{
    field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextArea, TextField,
};
use crate::context::{use_page_context, FormFlash, FormId, PageData};
use crate::counsellor::{
    decision_fields as fields, line_field, DecisionFormPage, PreparedDecision, ServiceChoice,
};
use crate::i18n::format::{day, euros, number, typed_day};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn DecisionFormView() -> impl IntoView {
    match use_page_context().data {
        PageData::DecisionForm(page) => view! { <DecisionForm page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// What the form shows in each field: what was posted after an error, else what the counsellor
/// prepared, else the decision as it is.
#[derive(Clone)]
struct Values {
    flash: Option<FormFlash>,
    prepared: Option<PreparedDecision>,
    decision: Option<Decision>,
    t: I18n,
}

impl Values {
    fn get(&self, field: &str) -> String {
        if let Some(flash) = &self.flash {
            return flash.value(field);
        }
        if let Some(prepared) = &self.prepared {
            return prepared.fields.get(field).cloned().unwrap_or_default();
        }
        let Some(decision) = &self.decision else { return String::new() };
        if field == fields::FROM {
            return typed_day(&decision.period.from);
        }
        if field == fields::TO {
            return typed_day(&decision.period.to);
        }
        decision
            .lines
            .iter()
            .find_map(|line| {
                let part = field.strip_prefix(&line.product)?.strip_prefix('-')?;
                match part {
                    fields::TIER => line.tier.map(|t| t.to_string()),
                    fields::UNITS => line.units_per_month.as_deref().map(|u| number(self.t.lang, u)),
                    fields::VALUE => Some(number(self.t.lang, &line.unit_value)),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }

    fn error(&self, field: &str) -> Option<String> {
        self.flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(self.t))
    }
}

#[component]
fn DecisionForm(page: DecisionFormPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("decision-form-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::Decision);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let saved =
        page.saved.then(|| view! { <p class="notice" role="status">{t.text("decision-form-prepared")}</p> });
    let waiting = page.prepared.as_ref().map(|prepared| {
        let text = t.text_with(
            "decision-form-waiting",
            &[
                ("name", prepared.by.clone().into()),
                ("day", day(t, &prepared.day).into()),
                ("from", day(t, &prepared.period.from).into()),
                ("to", day(t, &prepared.period.to).into()),
                ("total", euros(t, &prepared.total).into()),
            ],
        );
        view! { <p class="notice">{text}</p> }
    });
    let values = Values { flash, prepared: page.prepared.clone(), decision: page.decision.clone(), t };
    let (back, back_text, intro, button) = if page.deciding {
        (paths::DECISIONS, "decisions-back", "decision-form-intro-decide", "decision-form-decide")
    } else {
        (paths::CLIENTS, "contact-back", "decision-form-intro", "decision-form-prepare")
    };
    let grounds = page.deciding.then(|| {
        view! {
            <TextArea
                name=fields::GROUNDS
                label=t.text("decision-form-grounds")
                hint=t.text("decision-form-grounds-hint")
                error=values.error(fields::GROUNDS).unwrap_or_default()
                value=values.get(fields::GROUNDS)
                rows=6
            />
        }
    });
    let (now, form_title) = match &page.decision {
        Some(d) => {
            let period = t.text_with(
                "decision-form-period",
                &[
                    ("from", day(t, &d.period.from).into()),
                    ("to", day(t, &d.period.to).into()),
                    ("total", euros(t, &d.total).into()),
                ],
            );
            let lines =
                d.lines.iter().map(|line| view! { <DecisionLineCard t line=line.clone() /> }).collect_view();
            let now = view! {
                <p>{period}</p>
                <ul class="cards">{lines}</ul>
            }
            .into_any();
            (now, "decision-form-change")
        }
        None => (view! { <p>{t.text("decision-form-none")}</p> }.into_any(), "decision-form-make"),
    };
    let services = page
        .services
        .into_iter()
        .map(|service| view! { <Service t service values=values.clone() /> })
        .collect_view();
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <p>
            <a class="link-alone" href=back>{t.text(back_text)}</a>
        </p>
        <h1>{title}</h1>
        {saved}
        {waiting}
        <p class="lead">{t.text(intro)}</p>
        <h2>{t.text("decision-form-now")}</h2>
        {now}
        <h2>{t.text(form_title)}</h2>
        <form method="post" action=paths::decision_form(page.client_id) class="form" novalidate=true>
            <FormName form=FormId::Decision />
            <TextField
                name=fields::FROM
                label=t.text("decision-form-from")
                hint=t.text("decision-form-day-hint")
                error=values.error(fields::FROM).unwrap_or_default()
                value=values.get(fields::FROM)
            />
            <TextField
                name=fields::TO
                label=t.text("decision-form-to")
                hint=t.text("decision-form-day-hint")
                error=values.error(fields::TO).unwrap_or_default()
                value=values.get(fields::TO)
            />
            <h3>{t.text("decision-form-services")}</h3>
            <p>{t.text("decision-form-services-hint")}</p>
            {services}
            {grounds}
            <button type="submit" class="button">{t.text(button)}</button>
        </form>
    }
}

/// One service's part of the form: its tier or its units a month, and its value.
#[component]
fn Service(t: I18n, service: ServiceChoice, values: Values) -> impl IntoView {
    let product = service.product.clone();
    let field = |part: &str| line_field(&product, part);
    let (value_field, value_error) = (field(fields::VALUE), values.error(&field(fields::VALUE)));
    let amount = if service.tiered() {
        let tier = field(fields::TIER);
        let chosen = values.get(&tier);
        let error = values.error(&tier);
        let class = if error.is_some() { "field field--error" } else { "field" };
        let none_id = field_id(&tier);
        let choices = service
            .values
            .iter()
            .filter_map(|(level, amount)| level.map(|level| (level, amount.clone())))
            .map(|(level, amount)| {
                let id = format!("{none_id}-{level}");
                let label = t.text_with(
                    "decision-form-tier-value",
                    &[("tier", level.into()), ("amount", euros(t, &amount).into())],
                );
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name=tier.clone() value=level.to_string() checked=chosen == level.to_string() />
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class=class>
                <legend>{t.text("decision-form-tier")}</legend>
                {error.map(|e| view! { <FieldErrorMessage id=Some(format!("{none_id}-error")) text=e /> })}
                <div class="choice">
                    <input type="radio" id=none_id.clone() name=tier.clone() value="" checked=chosen.is_empty() />
                    <label for=none_id>{t.text("decision-form-not-in")}</label>
                </div>
                {choices}
            </fieldset>
        }
        .into_any()
    } else {
        let units = field(fields::UNITS);
        let label = if is_hourly(&product) { "decision-form-hours" } else { "decision-form-days" };
        view! {
            <TextField
                name=units.clone()
                label=t.text(label)
                hint=t.text("decision-form-units-hint")
                error=values.error(&units).unwrap_or_default()
                value=values.get(&units)
            />
        }
        .into_any()
    };
    let value_hint = match service.values.as_slice() {
        [(None, amount)] => t.text_with("decision-form-value-hint", &[("amount", euros(t, amount).into())]),
        _ => t.text("decision-form-value-hint-tiers"),
    };
    view! {
        <fieldset class="field decision-service">
            <legend>{t.text(product_label_id(&product))}</legend>
            {amount}
            <TextField
                name=value_field.clone()
                label=t.text("decision-form-value")
                hint=value_hint
                error=value_error.unwrap_or_default()
                value=values.get(&value_field)
            />
        </fieldset>
    }
}
