//! Shown for an address the portal does not have. The server sends it with status 404.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::use_i18n;
use crate::paths;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Title text=t.text("not-found-title") />
        <h1>{t.text("not-found-title")}</h1>
        <p>{t.text("not-found-text")}</p>
        <p>
            <a class="link-alone" href=paths::HOME>{t.text("not-found-home")}</a>
        </p>
    }
}
