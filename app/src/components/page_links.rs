//! The links from one page of a long list to its neighbours: earlier and later months, newer
//! and older answers. Nothing when there are none.

use leptos::prelude::*;

/// `links` are (address, text) pairs, in the order they are shown; `label` names the `nav`.
#[component]
pub fn PageLinks(label: String, links: Vec<(String, String)>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(href, text)| {
                view! {
                    <li>
                        <a class="link-alone" href=href>{text}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav aria-label=label>
                <ul class="link-list">{items}</ul>
            </nav>
        }
    })
}
