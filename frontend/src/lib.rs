//! Hydrates the page the server rendered. The page context the server used is read back from
//! the page first, so the browser renders exactly what the server did.

use app::context::{PageContext, CONTEXT_ELEMENT_ID};
use app::App;
use leptos::prelude::*;

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
    leptos::mount::hydrate_body(move || {
        provide_context(context.clone());
        view! { <App /> }
    });
    // Tells browser tests (and anyone curious) that the page is now interactive.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
