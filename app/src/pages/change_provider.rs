//! Change provider, one question per page (GOV.UK's question pages): which service, which new
//! provider, what will change, check your answers and confirm. Every step is a plain form or
//! link; the answers so far travel in the address.

use leptos::prelude::*;

use crate::budget::product_label_id;
use crate::changes::{fields, step_path, ChangeEffects, ChangeFlow, Service, Step};
use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormTitle};
use crate::components::icons::Pictogram;
use crate::components::provider_facts::{cost_text, estimate_for, feedback_text};
use crate::context::{use_page_context, FieldError, PageData};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::glossary::{HardWord, TermLink};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::providers::{CostToYou, PlanOf};

#[component]
pub fn ChangeProviderPage() -> impl IntoView {
    match use_page_context().data {
        PageData::ChangeFlow(flow) => view! { <FlowView flow=*flow /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

fn plan_of(flow: &ChangeFlow) -> PlanOf {
    PlanOf { client_name: flow.client_name.clone(), is_self: flow.is_self, needs: Vec::new() }
}

/// "Day activities – Kotipiha Oy".
fn service_text(t: I18n, s: &Service) -> String {
    t.text_with(
        "change-service-option",
        &[("service", t.text(product_label_id(&s.product)).into()), ("provider", s.provider.clone().into())],
    )
}

/// The question a missing answer belongs to, for the error summary's link.
fn error_field(step: Step) -> &'static str {
    match step {
        Step::Service => fields::AGREEMENT,
        Step::Provider => fields::PROVIDER,
        Step::Effects | Step::Check => "",
    }
}

#[component]
fn FlowView(flow: ChangeFlow) -> impl IntoView {
    let t = use_page_context().i18n();
    let heading = match flow.step {
        Step::Service => t.text("change-service-question"),
        Step::Provider => t.text("change-provider-question"),
        Step::Effects => t.text("change-effects-title"),
        Step::Check => t.text("change-check-title"),
    };
    let errors: Vec<FieldError> =
        flow.error.iter().map(|id| FieldError::new(error_field(flow.step), id.clone())).collect();
    let back = match flow.step {
        Step::Service => paths::HOME.to_string(),
        Step::Provider => step_path(Step::Service, flow.agreement, flow.provider),
        Step::Effects => step_path(Step::Provider, flow.agreement, flow.provider),
        Step::Check => step_path(Step::Effects, flow.agreement, flow.provider),
    };
    let step = t.text_with(
        "change-step",
        &[("number", flow.step.number().into()), ("total", Step::ALL.len().into())],
    );
    let title = heading.clone();
    let body = match flow.step {
        Step::Service => view! { <ServiceQuestion t flow=flow.clone() heading /> }.into_any(),
        Step::Provider => view! { <ProviderQuestion t flow=flow.clone() heading /> }.into_any(),
        Step::Effects => view! { <Effects t flow=flow.clone() heading /> }.into_any(),
        Step::Check => view! { <Check t flow=flow.clone() heading /> }.into_any(),
    };
    view! {
        <FormTitle text=title has_errors=!errors.is_empty() />
        <p>
            <a href=back class="back-link">{t.text("back")}</a>
        </p>
        <ErrorSummary errors />
        <p class="step-count">{step}</p>
        {body}
    }
}

/// The error beside a question, read out with "Error:" first.
fn error_line(t: I18n, flow: &ChangeFlow, id: String) -> Option<impl IntoView> {
    flow.error.clone().map(|message| view! { <FieldErrorMessage id=Some(id) text=t.text(&message) /> })
}

#[component]
fn ServiceQuestion(t: I18n, flow: ChangeFlow, heading: String) -> impl IntoView {
    if flow.services.is_empty() {
        return view! {
            <h1>{heading}</h1>
            <p>{t.text("change-no-services")}</p>
            <p>
                <a class="link-alone" href=paths::FIRST_PROVIDER>{t.text("first-provider-link")}</a>
            </p>
        }
        .into_any();
    }
    let error_id = format!("{}-error", field_id(fields::AGREEMENT));
    let error = error_line(t, &flow, error_id.clone());
    let described_by = flow.error.is_some().then(|| error_id.clone());
    let radios = flow
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let id =
                if i == 0 { field_id(fields::AGREEMENT) } else { format!("agreement-{}", s.agreement_id) };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=fields::AGREEMENT
                        value=s.agreement_id.to_string()
                        checked=flow.agreement == Some(s.agreement_id)
                    />
                    <label for=id>{service_text(t, s)}</label>
                </div>
            }
        })
        .collect_view();
    let class = if flow.error.is_some() { "field field--error" } else { "field" };
    view! {
        <form method="get" action=paths::CHANGE_PROVIDER_PROVIDER class="form" novalidate=true>
            {flow.provider.map(|p| view! { <input type="hidden" name=fields::PROVIDER value=p.to_string() /> })}
            <fieldset class=class aria-describedby=described_by>
                <legend>
                    <h1>{heading}</h1>
                </legend>
                <p class="field__hint">{t.text("change-service-hint")}</p>
                {error}
                {radios}
            </fieldset>
            <button type="submit" class="button">
                <Pictogram code="27A1" />
                {t.text("continue")}
            </button>
        </form>
        <p>
            <a class="link-alone" href=paths::FIRST_PROVIDER>{t.text("first-provider-link")}</a>
        </p>
    }
    .into_any()
}

#[component]
fn ProviderQuestion(t: I18n, flow: ChangeFlow, heading: String) -> impl IntoView {
    let service = flow.services.iter().find(|s| Some(s.agreement_id) == flow.agreement).cloned();
    let product = service.as_ref().map(|s| s.product.clone()).unwrap_or_default();
    let search = format!("{}?{}={product}", paths::PROVIDERS, paths::search::PRODUCT);
    let now = service.as_ref().map(|s| {
        t.text_with(
            "change-provider-now",
            &[
                ("service", t.text(product_label_id(&s.product)).into()),
                ("provider", s.provider.clone().into()),
            ],
        )
    });
    if flow.candidates.is_empty() {
        return view! {
            <h1>{heading}</h1>
            <p>{now}</p>
            <p>{t.text("change-no-candidates")}</p>
            <p>
                <a class="link-alone" href=search>{t.text("change-find-providers")}</a>
            </p>
        }
        .into_any();
    }
    let error_id = format!("{}-error", field_id(fields::PROVIDER));
    let error = error_line(t, &flow, error_id.clone());
    let described_by = flow.error.is_some().then(|| error_id.clone());
    let plan_of = plan_of(&flow);
    let radios = flow
        .candidates
        .iter()
        .enumerate()
        .map(|(i, found)| {
            let p = &found.provider;
            let id = if i == 0 { field_id(fields::PROVIDER) } else { format!("provider-{}", p.id) };
            let hint_id = format!("provider-{}-hint", p.id);
            let cost = estimate_for(found, &product).map(|e| cost_text(t, &e.cost, &plan_of));
            let feedback = t.text_with(
                "change-candidate-feedback",
                &[("feedback", feedback_text(t, &p.feedback).into())],
            );
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=fields::PROVIDER
                        value=p.id.to_string()
                        checked=flow.provider == Some(p.id)
                        aria-describedby=hint_id.clone()
                    />
                    <label for=id>{p.name.clone()}</label>
                    <p class="choice__hint" id=hint_id>
                        {cost}
                        <br />
                        {feedback}
                    </p>
                </div>
            }
        })
        .collect_view();
    let class = if flow.error.is_some() { "field field--error" } else { "field" };
    view! {
        <form method="get" action=paths::CHANGE_PROVIDER_EFFECTS class="form" novalidate=true>
            <input type="hidden" name=fields::AGREEMENT value=flow.agreement.map(|a| a.to_string()) />
            <fieldset class=class aria-describedby=described_by>
                <legend>
                    <h1>{heading}</h1>
                </legend>
                <p class="field__hint">{now}</p>
                {error}
                {radios}
            </fieldset>
            <button type="submit" class="button">
                <Pictogram code="27A1" />
                {t.text("continue")}
            </button>
        </form>
        <p>
            <a class="link-alone" href=search>{t.text("change-find-providers")}</a>
        </p>
    }
    .into_any()
}

/// The facts of a change in the order a person lives them: notice today, the last day with the
/// old provider, the first day with the new one, and what each costs.
#[component]
fn ChangeFacts(t: I18n, effects: ChangeEffects, plan_of: PlanOf) -> impl IntoView {
    let service = t.text(product_label_id(&effects.service.product));
    let old = effects.service.provider.clone();
    let new = effects.new_provider.provider.name.clone();
    let cost = |cost: &CostToYou| cost_text(t, cost, &plan_of);
    view! {
        <ol class="timeline">
            <li>
                <h2>{day(t, &effects.notice_on)}</h2>
                <p>{t.text_with("change-effects-notice", &[("provider", old.clone().into())])}</p>
            </li>
            <li>
                <h2>{day(t, &effects.old_last_day)}</h2>
                <p>
                    {t.text_with(
                        "change-effects-last-day",
                        &[("provider", old.clone().into()), ("service", service.clone().into())],
                    )}
                </p>
                <p>{t.text("change-effects-cost-now")} " " {cost(&effects.cost_now)}</p>
            </li>
            <li>
                <h2>{day(t, &effects.new_first_day)}</h2>
                <p>
                    {t.text_with(
                        "change-effects-first-day",
                        &[("provider", new.into()), ("service", service.into())],
                    )}
                </p>
                <p>{t.text("change-effects-cost-after")} " " {cost(&effects.cost_after)}</p>
            </li>
        </ol>
    }
}

/// A refusal, said where the person can act on it.
#[component]
fn Refused(t: I18n, flow: ChangeFlow) -> impl IntoView {
    let again = step_path(Step::Provider, flow.agreement, None);
    view! {
        <div class="notice notice--warning">
            <p>{flow.error.map(|id| t.text(&id))}</p>
            <p>
                <a class="link-alone" href=again>{t.text("change-choose-another")}</a>
            </p>
            <p>
                <a class="link-alone" href=paths::MY_CHANGES>{t.text("link-my-changes")}</a>
            </p>
        </div>
    }
}

#[component]
fn Effects(t: I18n, flow: ChangeFlow, heading: String) -> impl IntoView {
    let plan_of = plan_of(&flow);
    let next = step_path(Step::Check, flow.agreement, flow.provider);
    let body = match flow.effects.clone() {
        Some(effects) => view! {
            <p class="lead">{t.text("change-effects-intro")}</p>
            <TermLink term=HardWord::NoticePeriod />
            <ChangeFacts t effects plan_of />
            <p>
                <a href=next class="button">
                    <Pictogram code="27A1" />
                    {t.text("continue")}
                </a>
            </p>
        }
        .into_any(),
        None => view! { <Refused t flow=flow.clone() /> }.into_any(),
    };
    view! {
        <h1>{heading}</h1>
        {body}
    }
}

/// One row of "check your answers", with its "Change" link.
fn answer_row(t: I18n, question: String, answer: String, change: Option<(String, String)>) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt>{question}</dt>
            <dd>{answer}</dd>
            <dd class="summary-list__action">
                {change.map(|(href, what)| view! {
                    <a href=href>
                        {t.text("change-link")}
                        <span class="visually-hidden">" " {what}</span>
                    </a>
                })}
            </dd>
        </div>
    }
}

#[component]
fn Check(t: I18n, flow: ChangeFlow, heading: String) -> impl IntoView {
    let Some(effects) = flow.effects.clone() else {
        return view! {
            <h1>{heading}</h1>
            <Refused t flow=flow.clone() />
        }
        .into_any();
    };
    let plan_of = plan_of(&flow);
    let service_question = t.text("change-check-service");
    let provider_question = t.text("change-check-provider");
    let rows = vec![
        answer_row(
            t,
            service_question.clone(),
            service_text(t, &effects.service),
            Some((step_path(Step::Service, flow.agreement, flow.provider), service_question)),
        )
        .into_any(),
        answer_row(
            t,
            provider_question.clone(),
            effects.new_provider.provider.name.clone(),
            Some((step_path(Step::Provider, flow.agreement, flow.provider), provider_question)),
        )
        .into_any(),
        answer_row(
            t,
            t.text_with("change-check-last-day", &[("provider", effects.service.provider.clone().into())]),
            day(t, &effects.old_last_day),
            None,
        )
        .into_any(),
        answer_row(
            t,
            t.text_with(
                "change-check-first-day",
                &[("provider", effects.new_provider.provider.name.clone().into())],
            ),
            day(t, &effects.new_first_day),
            None,
        )
        .into_any(),
        answer_row(t, t.text("change-check-cost-after"), cost_text(t, &effects.cost_after, &plan_of), None)
            .into_any(),
    ];
    view! {
        <h1>{heading}</h1>
        <dl class="summary-list">{rows}</dl>
        <h2>{t.text("change-confirm-title")}</h2>
        <p>{t.text("change-confirm-text")}</p>
        <form method="post" action=paths::CHANGE_PROVIDER_CHECK class="form">
            <input type="hidden" name=fields::AGREEMENT value=flow.agreement.map(|a| a.to_string()) />
            <input type="hidden" name=fields::PROVIDER value=flow.provider.map(|p| p.to_string()) />
            <input type="hidden" name=fields::KEY value=flow.key.clone() />
            <button type="submit" class="button">
                <Pictogram code="1F504" />
                {t.text("change-confirm-button")}
            </button>
        </form>
    }
    .into_any()
}
