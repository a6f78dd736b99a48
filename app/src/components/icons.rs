//! Small pictograms drawn beside key actions. Decorative: the text next to them says it all.

use leptos::prelude::*;

/// An open book with a smile: the easy-read sign.
#[component]
pub fn EasyReadIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M2 5c3-1.5 6-1.5 10 1 4-2.5 7-2.5 10-1v14c-3-1.5-6-1.5-10 1-4-2.5-7-2.5-10-1z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
            <path d="M12 6v14" stroke="currentColor" stroke-width="2" />
            <path d="M5 12c1 1.5 3 1.5 4 0M15 12c1 1.5 3 1.5 4 0" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
    }
}
