//! The organiser's applications to join the registry: the ones waiting first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::{use_page_context, PageData};
use crate::i18n::format::day;
use crate::joining::{ApplicationState, ApplicationsPage};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn ApplicationsView() -> impl IntoView {
    match use_page_context().data {
        PageData::Applications(page) => view! { <Applications page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Applications(page: ApplicationsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("applications-title");
    let waiting = page.applications.iter().filter(|a| a.state == ApplicationState::Waiting).count();
    let items = page
        .applications
        .iter()
        .map(|a| {
            let sent = t.text_with("applications-sent", &[("day", day(t, &a.sent_on).into())]);
            view! {
                <li>
                    <a class="link-alone" href=paths::review(a.id)>{a.name.clone()}</a>
                    {format!(" {sent} {}", t.text(a.state.label_id()))}
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text_with("applications-waiting", &[("count", waiting.into())])}</p>
        {if page.applications.is_empty() {
            view! { <p>{t.text("applications-none")}</p> }.into_any()
        } else {
            view! { <ul class="plain-list">{items}</ul> }.into_any()
        }}
    }
}
