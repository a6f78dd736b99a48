//! Find a provider: a plain GET form of filters, the results it finds, and boxes to tick for
//! the comparison. Without WebAssembly the form is sent as any form is; with it, an island
//! fetches the results as the filters change and the status line says how many were found.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::{product_label_id, PRODUCTS};
use crate::components::icons::{FeatureIcon, Pictogram};
use crate::components::provider_facts::{cost_text, feedback_text, languages_text, FeatureList, Offers};
use crate::context::{use_page_context, PageData};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths::{self, search};
use crate::providers::{
    feature_label_id, language_label_id, FindPage, Found, PlanOf, Sort, ACCESSIBILITY_FEATURES, COMPARE_MAX,
    COMPARE_MIN, RESULTS_PAGE, STAFF_LANGUAGES,
};

/// The ids the search island uses to update the results in place.
pub const SEARCH_FORM_ID: &str = "provider-search";
pub const RESULTS_ID: &str = "search-results";
pub const COUNT_ID: &str = "search-count";
pub const MORE_ID: &str = "search-more";

#[component]
pub fn ProvidersPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Providers(page) => view! { <FindView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

fn option(value: &str, label: String, selected: bool) -> impl IntoView {
    view! {
        <option value=value.to_string() selected=selected>
            {label}
        </option>
    }
}

#[component]
fn FindView(page: FindPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("find-title");
    let f = page.filters.clone();
    let lead = match &page.plan_of {
        Some(p) if p.is_self => t.text("find-lead-self"),
        Some(p) => t.text_with("find-lead-other", &[("name", p.client_name.clone().into())]),
        None => t.text("find-lead-public"),
    };
    let products = PRODUCTS
        .iter()
        .map(|p| option(p, t.text(product_label_id(p)), f.product.as_deref() == Some(*p)))
        .collect_view();
    let municipalities = page
        .municipalities
        .iter()
        .map(|m| option(m, m.clone(), f.municipality.as_deref() == Some(m.as_str())))
        .collect_view();
    let languages = STAFF_LANGUAGES
        .iter()
        .map(|l| option(l, t.text(language_label_id(l)), f.language.as_deref() == Some(*l)))
        .collect_view();
    let features = ACCESSIBILITY_FEATURES
        .iter()
        .map(|code| {
            let id = format!("need-{code}");
            let checked = f.accessibility.iter().any(|a| a == code);
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=search::ACCESSIBILITY value=*code checked=checked />
                    <label for=id>
                        <FeatureIcon code=code.to_string() />
                        {t.text(feature_label_id(code))}
                    </label>
                </div>
            }
        })
        .collect_view();
    let sorts = Sort::ALL
        .iter()
        .map(|s| {
            let id = format!("sort-{}", s.code());
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=search::SORT value=s.code() checked=f.sort == *s />
                    <label for=id>{t.text(s.label_id())}</label>
                </div>
            }
        })
        .collect_view();
    let shown = page.found.len();
    let mut count = t.text_with("find-count", &[("count", page.total.into())]);
    if shown < page.total {
        count = format!("{count} {}", t.text_with("find-shown", &[("shown", shown.into())]));
    }
    let results = page
        .found
        .iter()
        .enumerate()
        .map(|(i, found)| {
            let chosen = page.compare.contains(&found.provider.id);
            view! { <ResultCard t number=i + 1 found=found.clone() plan_of=page.plan_of.clone() sort=f.sort chosen /> }
        })
        .collect_view();
    // A button of the search form rather than a link, so that the filters and the boxes ticked
    // for comparison come along; the address's fragment then brings the first new result to view.
    let more = (shown < page.total).then(|| {
        view! {
            <button
                type="submit"
                class="button button--secondary"
                name=search::SHOWN
                value=(shown + RESULTS_PAGE).to_string()
                formaction=format!("{}#result-{}", paths::PROVIDERS, shown + 1)
            >
                {t.text("find-show-more")}
            </button>
        }
    });
    let compare_hint =
        t.text_with("compare-hint", &[("min", COMPARE_MIN.into()), ("max", COMPARE_MAX.into())]);
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        {page
            .needs_saved
            .then(|| {
                view! {
                    <div class="notice" role="status">
                        <p>{t.text("needs-saved")}</p>
                    </div>
                }
            })}
        <form method="get" action=paths::PROVIDERS id=SEARCH_FORM_ID class="search">
            <ResultsFollowFilters />
            <div class="search__filters">
                <h2>{t.text("find-filters")}</h2>
                <div class="field">
                    <label for="filter-product">{t.text("filter-service")}</label>
                    <select id="filter-product" name=search::PRODUCT>
                        {option("", t.text("filter-any-service"), f.product.is_none())}
                        {products}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-municipality">{t.text("filter-municipality")}</label>
                    <select id="filter-municipality" name=search::MUNICIPALITY>
                        {option("", t.text("filter-any-municipality"), f.municipality.is_none())}
                        {municipalities}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-language">{t.text("filter-language")}</label>
                    <select id="filter-language" name=search::LANGUAGE>
                        {option("", t.text("filter-any-language"), f.language.is_none())}
                        {languages}
                    </select>
                </div>
                <fieldset class="field">
                    <legend>{t.text("filter-accessibility")}</legend>
                    {features}
                    {page.plan_of.clone().map(|plan_of| view! { <SavedNeeds t plan_of /> })}
                </fieldset>
                <div class="choice">
                    <input type="checkbox" id="filter-free-places" name=search::FREE_PLACES value="1" checked=f.free_places />
                    <label for="filter-free-places">{t.text("filter-free-places")}</label>
                </div>
                <fieldset class="field">
                    <legend>{t.text("filter-sort")}</legend>
                    {sorts}
                </fieldset>
                <button type="submit" class="button">
                    <Pictogram code="1F50D" />
                    {t.text("find-submit")}
                </button>
            </div>
            <div class="search__results">
                <h2 id="results-heading">{t.text("find-results")}</h2>
                <p id=COUNT_ID role="status">{count}</p>
                <p class="hint">{compare_hint.clone()}</p>
                <ul id=RESULTS_ID class="results" aria-labelledby="results-heading">{results}</ul>
                <div class="button-row">
                    <button type="submit" class="button" formaction=paths::COMPARE>
                        <Pictogram code="2696" />
                        {t.text("compare-submit")}
                    </button>
                    <div id=MORE_ID>{more}</div>
                </div>
            </div>
        </form>
    }
}

/// The needs saved for the client, and a button that saves the ones ticked above instead. It
/// posts the search form, so the person comes back to the same search.
#[component]
fn SavedNeeds(t: I18n, plan_of: PlanOf) -> impl IntoView {
    let who = if plan_of.is_self { "self" } else { "other" };
    let args = |list: String| {
        vec![("who", who.into()), ("name", plan_of.client_name.clone().into()), ("list", list.into())]
    };
    let saved = if plan_of.needs.is_empty() {
        t.text_with("needs-none-saved", &args(String::new()))
    } else {
        let list = plan_of.needs.iter().map(|n| t.text(feature_label_id(n))).collect::<Vec<_>>().join(", ");
        t.text_with("needs-saved-list", &args(list))
    };
    view! {
        <p class="hint">{saved}</p>
        <button type="submit" class="button button--secondary" formmethod="post" formaction=paths::MY_NEEDS>
            {t.text_with("needs-save", &args(String::new()))}
        </button>
    }
}

/// Why a result is where it is, in the order the person asked for.
fn reason(t: I18n, found: &Found, plan_of: Option<&PlanOf>, sort: Sort) -> Option<String> {
    match sort {
        Sort::Feedback => Some(feedback_text(t, &found.provider.feedback)),
        Sort::Cost => {
            let plan_of = plan_of?;
            let cheapest = found.lowest_cost.as_ref()?;
            Some(format!(
                "{}: {}",
                t.text(product_label_id(&cheapest.product)),
                cost_text(t, &cheapest.cost, plan_of)
            ))
        }
        Sort::Suitable => {
            let fit = found.fit.as_ref()?;
            let mut parts = Vec::new();
            if !fit.needs_met.is_empty() || !fit.needs_missing.is_empty() {
                let met =
                    fit.needs_met.iter().map(|n| t.text(feature_label_id(n))).collect::<Vec<_>>().join(", ");
                parts.push(t.text_with(
                    "fit-needs",
                    &[
                        ("met", fit.needs_met.len().into()),
                        ("all", (fit.needs_met.len() + fit.needs_missing.len()).into()),
                        ("list", met.into()),
                    ],
                ));
            }
            if fit.speaks.is_empty() {
                parts.push(t.text("fit-no-language"));
            } else {
                parts
                    .push(t.text_with("fit-speaks", &[("languages", languages_text(t, &fit.speaks).into())]));
            }
            if fit.has_free_places {
                parts.push(t.text("fit-free-places"));
            }
            Some(parts.join(" "))
        }
    }
}

#[component]
fn ResultCard(
    t: I18n,
    number: usize,
    found: Found,
    plan_of: Option<PlanOf>,
    sort: Sort,
    chosen: bool,
) -> impl IntoView {
    let p = &found.provider;
    let heading_id = format!("provider-{}", p.id);
    let compare_id = format!("compare-{}", p.id);
    let description = p.description(t.lang.code()).map(str::to_string);
    let reason = reason(t, &found, plan_of.as_ref(), sort).map(|text| {
        view! {
            <p class="reason">
                <strong>{t.text("reason-label")}</strong>
                " "
                {text}
            </p>
        }
    });
    let compare_label = t.text_with("compare-this", &[("name", p.name.clone().into())]);
    view! {
        <li class="card result" id=format!("result-{number}")>
            <h3 id=heading_id>
                <a class="link-alone" href=paths::provider(p.id)>{p.name.clone()}</a>
            </h3>
            {reason}
            <p>{description}</p>
            <Offers t found=found.clone() plan_of=plan_of.clone() />
            <dl class="facts">
                <div>
                    <dt>{t.text("fact-serves")}</dt>
                    <dd>{p.areas.join(", ")}</dd>
                </div>
                <div>
                    <dt>{t.text("fact-languages")}</dt>
                    <dd>{languages_text(t, &p.languages)}</dd>
                </div>
                <div>
                    <dt>{t.text("fact-feedback")}</dt>
                    <dd>{feedback_text(t, &p.feedback)}</dd>
                </div>
                <div>
                    <dt>{t.text("fact-accessibility")}</dt>
                    <dd>
                        <FeatureList t features=p.features().into_iter().map(str::to_string).collect() />
                    </dd>
                </div>
            </dl>
            <div class="choice">
                <input type="checkbox" id=compare_id.clone() name=search::COMPARE value=p.id.to_string() checked=chosen />
                <label for=compare_id>{compare_label}</label>
            </div>
        </li>
    }
}

/// Makes the results follow the filters (an island): a change of filter fetches the results the
/// form would bring and puts them in place; the status line then says how many were found. The
/// compare boxes in the results are left alone, so ticking one never moves the focus.
#[island]
fn ResultsFollowFilters() -> impl IntoView {
    crate::islands::island_here();
    #[cfg(feature = "hydrate")]
    Effect::new(|_| live::follow_the_filters());
}

#[cfg(feature = "hydrate")]
mod live {
    use std::cell::Cell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};

    use super::{COUNT_ID, MORE_ID, RESULTS_ID, SEARCH_FORM_ID};
    use crate::paths;

    pub fn follow_the_filters() {
        let Some(form) = document().get_element_by_id(SEARCH_FORM_ID) else { return };
        let Ok(form) = form.dyn_into::<web_sys::HtmlFormElement>() else { return };
        // Only the latest answer is shown, whatever order the answers come in.
        let latest = Rc::new(Cell::new(0u32));
        let on_change = {
            let form = form.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                let in_filters = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.closest(".search__filters").ok().flatten())
                    .is_some();
                if !in_filters {
                    return;
                }
                let Some(url) = search_url(&form) else { return };
                let request = latest.get().wrapping_add(1);
                latest.set(request);
                let latest = latest.clone();
                leptos::task::spawn_local(async move {
                    let Some(html) = fetch_text(&url).await else { return };
                    if latest.get() == request {
                        show_results(&html, &url);
                    }
                });
            })
        };
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_change.forget();
    }

    /// Puts the fetched page's results and count in place of the shown ones.
    fn show_results(html: &str, url: &str) {
        let Ok(parser) = web_sys::DomParser::new() else { return };
        let Ok(fetched) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else { return };
        for id in [RESULTS_ID, COUNT_ID, MORE_ID] {
            if let (Some(new), Some(old)) = (fetched.get_element_by_id(id), document().get_element_by_id(id))
            {
                old.set_inner_html(&new.inner_html());
            }
        }
        // A reload, or the link to this page, then shows the same results.
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
        }
    }

    /// The address the form would go to if it were sent now.
    fn search_url(form: &web_sys::HtmlFormElement) -> Option<String> {
        let data = web_sys::FormData::new_with_form(form).ok()?;
        let query = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
        Some(format!("{}?{}", paths::PROVIDERS, String::from(query.to_string())))
    }

    async fn fetch_text(url: &str) -> Option<String> {
        use wasm_bindgen_futures::JsFuture;
        let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
        let response = response.dyn_into::<web_sys::Response>().ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?).await.ok()?.as_string()
    }
}
