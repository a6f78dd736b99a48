//! One labelled figure ("Left: 29 919,85 €") in a `<dl class="figures">`.

use leptos::prelude::*;

#[component]
pub fn Figure(label: String, value: String) -> impl IntoView {
    view! {
        <div>
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}
