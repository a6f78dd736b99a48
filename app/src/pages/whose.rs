//! Whose matters: a relative with mandates for several people chooses whose matters the pages
//! show. One button per person, each in its own form, so it works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::access::{WhosePage, CLIENT_FIELD};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, PageData};
use crate::pages::glossary::{HardWord, TermLink};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn WhosePageView() -> impl IntoView {
    match use_page_context().data {
        PageData::Whose(page) => view! { <Whose page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Whose(page: WhosePage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("whose-title");
    let people = page
        .mandates
        .into_iter()
        .map(|m| {
            let name = m.client_name.clone();
            let may = if m.can_act { t.text("whose-may-act") } else { t.text("whose-may-look") };
            // The person handled now needs no button, only the words that say so.
            let action = if m.current {
                view! { <p><strong>{t.text("whose-current")}</strong></p> }.into_any()
            } else {
                view! {
                    <form method="post" action=paths::WHOSE>
                        <input type="hidden" name=CLIENT_FIELD value=m.client_id.to_string() />
                        <button type="submit" class="button">
                            <Pictogram code="1F464" />
                            {t.text_with("whose-choose", &[("name", name.clone().into())])}
                        </button>
                    </form>
                }
                .into_any()
            };
            view! {
                <li class="card">
                    <h2>{name}</h2>
                    <p>{may}</p>
                    {action}
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("whose-intro")}</p>
        <TermLink term=HardWord::Mandate />
        <ul class="cards">{people}</ul>
    }
}
