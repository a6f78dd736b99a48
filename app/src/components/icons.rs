//! Small pictograms beside menu links, key actions and service facts. Decorative: the text next
//! to them says it all.

use leptos::prelude::*;

/// An OpenMoji pictogram by its file name (the emoji's code point), as decoration beside words
/// that say the same: in the menu and on each client page's main action. The files and their
/// licence: public/pictograms/CREDITS.md.
#[component]
pub fn Pictogram(code: &'static str) -> impl IntoView {
    view! {
        <img
            class="pictogram"
            src=format!("/pictograms/openmoji/{code}.svg")
            alt=""
            width="28"
            height="28"
        />
    }
}

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

/// A pictogram for an accessibility feature of a service place.
#[component]
pub fn FeatureIcon(code: String) -> impl IntoView {
    let paths: &'static [&'static str] = match code.as_str() {
        // A ramp and a wheel.
        "step-free-access" => &["M3 20h18L7 10", "M14 7a2 2 0 1 0 0.1 0", "M10 17a3 3 0 1 0 0.1 0"],
        // WC.
        "accessible-toilet" => &["M3 7l2 10 2-7 2 7 2-10", "M21 8a4 4 0 1 0 0 8"],
        // An ear.
        "hearing-loop" => &["M8 9a4 4 0 1 1 8 0c0 3-3 4-3 7a3 3 0 0 1-5 1", "M11 9a1 1 0 1 1 2 0"],
        // A crescent moon.
        "quiet-space" => &["M15 3a8 8 0 1 0 6 11 6 6 0 0 1-6-11z"],
        // P in a square.
        "accessible-parking" => &["M4 3h16v18H4z", "M10 17V7h3a3 3 0 0 1 0 6h-3"],
        // A bus.
        "public-transport" => &["M5 4h14v13H5z", "M5 11h14", "M8 17v3M16 17v3"],
        _ => &["M12 4v16M4 12h16"],
    };
    icon(paths)
}

/// A pictogram for a service: a house for housing, a heart for care, a sun for day
/// activities, a hand for assistance.
#[component]
pub fn ServiceIcon(product: String) -> impl IntoView {
    let paths: &'static [&'static str] = match product.as_str() {
        "supported-housing" | "intensive-housing" | "temporary-housing" => &["M3 11l9-7 9 7", "M6 9v11h12V9", "M10 20v-6h4v6"],
        "one-to-one-care" => &["M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"],
        "day-activities" => &["M12 8a4 4 0 1 0 0.1 0", "M12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5L19 19M5 19l1.5-1.5M17.5 6.5L19 5"],
        _ => &["M7 21v-9l-2-3V5a1 1 0 0 1 2 0v4h1V3a1 1 0 0 1 2 0v6h1V2a1 1 0 0 1 2 0v7h1V4a1 1 0 0 1 2 0v9l-2 3v5"],
    };
    icon(paths)
}

fn icon(paths: &'static [&'static str]) -> impl IntoView {
    let paths = paths
        .iter()
        .map(|d| {
            view! {
                <path d=*d fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            }
        })
        .collect_view();
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            {paths}
        </svg>
    }
}
