//! The WebAssembly: makes the islands of a page live (`app/src/islands.rs`). The page itself is
//! server HTML, and a page without islands never loads this.

// The islands are exported from the app crate; naming it keeps them in the build.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
