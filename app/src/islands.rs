//! Islands: the only parts of a page that run in the browser (docs/decisions/0017-islands.md).
//! Every page is server HTML; an `#[island]` is rendered on the server like the rest and then
//! made live by the WebAssembly. A page that renders no island loads no WebAssembly at all.
//!
//! An island gets what it shows as props, already in the person's language, so the WebAssembly
//! carries no texts and no page data. The islands: "show password" (`components/form.rs`), the
//! kiosk's return to the start (`pages/kiosk.rs`), the search that follows its filters
//! (`pages/providers.rs`), the warning before a sign-in ends (`components/session_clock.rs`) and,
//! in easy-read, "Listen to the page" (`components/listen.rs`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::assets::versioned;

/// Whether the page being rendered has an island; [`crate::shell`] provides it.
#[derive(Clone, Default)]
pub struct IslandsOnPage(Arc<AtomicBool>);

/// The first call of every island: on the server it tells the page to load the WebAssembly.
pub fn island_here() {
    if let Some(on_page) = use_context::<IslandsOnPage>() {
        on_page.0.store(true, Ordering::Relaxed);
    }
}

/// Loads the WebAssembly and makes each island live, then marks the page `data-hydrated` (the
/// browser tests wait for it). At the end of the body, after every island, and only when the
/// page has one.
#[component]
pub fn IslandScript(options: LeptosOptions) -> impl IntoView {
    let on_page = expect_context::<IslandsOnPage>();
    let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let (js, wasm) = (versioned(&format!("{pkg}.js")), versioned(&format!("{pkg}.wasm")));
    // The page's Content-Security-Policy runs only scripts with its nonce.
    let nonce = leptos::nonce::use_nonce();
    move || {
        on_page.0.load(Ordering::Relaxed).then(|| {
            let script = format!(
                "import('{js}').then(async (module) => {{\
                   await module.default({{ module_or_path: '{wasm}' }});\
                   module.hydrate();\
                   for (const island of document.querySelectorAll('leptos-island')) {{\
                     const live = module[island.dataset.component];\
                     if (live) live(island);\
                   }}\
                   document.documentElement.dataset.hydrated = 'true';\
                 }});"
            );
            view! { <script type="module" nonce=nonce.clone() inner_html=script></script> }
        })
    }
}
