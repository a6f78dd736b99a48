//! The accessibility statement a public service must publish: what works, what does not yet,
//! and how to ask for help or give feedback.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::use_i18n;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Title text=t.text("accessibility-title") />
        <h1>{t.text("accessibility-title")}</h1>
        <p class="lead">{t.text("accessibility-intro")}</p>
        <h2>{t.text("accessibility-works-title")}</h2>
        <ul>
            <li>{t.text("accessibility-works-keyboard")}</li>
            <li>{t.text("accessibility-works-screen-reader")}</li>
            <li>{t.text("accessibility-works-zoom")}</li>
            <li>{t.text("accessibility-works-easy-read")}</li>
            <li>{t.text("accessibility-works-no-js")}</li>
        </ul>
        <h2>{t.text("accessibility-limits-title")}</h2>
        <ul>
            <li>{t.text("accessibility-limit-easy-read")}</li>
            <li>{t.text("accessibility-limit-staff")}</li>
            <li>{t.text("accessibility-limit-listen")}</li>
        </ul>
        <p>{t.text("accessibility-limit-tell")}</p>
        <h2>{t.text("accessibility-feedback-title")}</h2>
        <p>{t.text("accessibility-feedback-text")}</p>
    }
}
