//! Where someone lands whom the identity provider vouched for but the portal does not know: not
//! an error, but what to do next, for a client and for a relative.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::use_i18n;
use crate::paths;

#[component]
pub fn NotKnownPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Title text=t.text("not-known-title") />
        <h1>{t.text("not-known-title")}</h1>
        <p>{t.text("not-known-text")}</p>
        <p>{t.text("not-known-client")}</p>
        <p>{t.text("not-known-relative")}</p>
        <p>
            <a class="link-alone" href=paths::HOME>{t.text("not-known-home")}</a>
        </p>
    }
}
