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
