//! Hydrates the page the server rendered. The page context the server used is read back from
//! the page first, so the browser renders exactly what the server did.

use app::context::{PageContext, CONTEXT_ELEMENT_ID};
use app::App;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    let context = document()
        .get_element_by_id(CONTEXT_ELEMENT_ID)
        .and_then(|element| element.text_content())
        .and_then(|json| serde_json::from_str::<PageContext>(&json).ok());
    // Without its context the page stays as the server rendered it: every form and link
    // still works, only the comforts of hydration are missing.
    let Some(context) = context else { return };
    every_link_loads_a_page();
    search_results_follow_the_filters();
    leptos::mount::hydrate_body(move || {
        provide_context(context.clone());
        view! { <App /> }
    });
    // Tells browser tests (and anyone curious) that the page is now interactive.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

/// Every navigation is a page load (docs/decisions/0005-page-loads.md): each page's data comes
/// with the page from the server. The router would otherwise draw the next page in the browser,
/// without its data. It leaves links that have a target to the browser, so links get one on
/// their way out; this listener runs before the router's, in the capture phase.
fn every_link_loads_a_page() {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|event: web_sys::MouseEvent| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(link) = link.filter(|a| a.target().is_empty()) {
            link.set_target("_self");
        }
    });
    let _ =
        window().add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    // The listener lives as long as the page.
    on_click.forget();
}

/// On "Find a provider", a change of filter fetches the results at once, the way the form
/// would post them, and puts them in place; the status line then says how many were found.
/// The compare boxes in the results are left alone, so ticking one never moves the focus.
fn search_results_follow_the_filters() {
    use app::pages::providers::{COUNT_ID, RESULTS_ID, SEARCH_FORM_ID};
    use std::cell::Cell;
    use std::rc::Rc;

    let Some(form) = document().get_element_by_id(SEARCH_FORM_ID) else { return };
    let Ok(form) = form.dyn_into::<web_sys::HtmlFormElement>() else { return };
    // Only the latest answer is shown, whatever order the answers come in.
    let latest = Rc::new(Cell::new(0u32));
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
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
            if latest.get() != request {
                return;
            }
            let Ok(parser) = web_sys::DomParser::new() else { return };
            let Ok(fetched) = parser.parse_from_string(&html, web_sys::SupportedType::TextHtml) else {
                return;
            };
            for id in [RESULTS_ID, COUNT_ID] {
                if let (Some(new), Some(old)) =
                    (fetched.get_element_by_id(id), document().get_element_by_id(id))
                {
                    old.set_inner_html(&new.inner_html());
                }
            }
            // A reload, or the link to this page, then shows the same results.
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        });
    });
    let _ = document()
        .get_element_by_id(SEARCH_FORM_ID)
        .map(|f| f.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref()));
    on_change.forget();
}

/// The address the form would go to if it were sent now.
fn search_url(form: &web_sys::HtmlFormElement) -> Option<String> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let query = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    Some(format!("{}?{}", app::paths::PROVIDERS, String::from(query.to_string())))
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
