//! My changes: every change of provider, newest first, with where it stands and a way to its
//! receipt; and the ways to change provider or leave.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::changes::{Change, ChangeStatus, ChangesPage};
use crate::context::{use_page_context, PageData};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn MyChangesPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Changes(page) => view! { <ChangesView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// The status as a tag with words, never colour alone.
#[component]
pub fn StatusTag(t: I18n, status: ChangeStatus) -> impl IntoView {
    let class = match status {
        ChangeStatus::Pending => "tag tag--pending",
        ChangeStatus::Done => "tag tag--done",
        ChangeStatus::Cancelled => "tag tag--cancelled",
    };
    view! { <strong class=class>{t.text(status.label_id())}</strong> }
}

/// "Day activities: from Kotipiha Oy to Taidetalo Tuike".
pub fn change_summary(t: I18n, c: &Change) -> String {
    t.text_with(
        "change-summary",
        &[
            ("service", t.text(product_label_id(&c.product)).into()),
            ("old", c.old_provider.clone().into()),
            ("new", c.new_provider.clone().into()),
        ],
    )
}

#[component]
fn ChangesView(page: ChangesPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = if page.is_self {
        t.text("my-changes-title")
    } else {
        t.text_with("my-changes-title-other", &[("name", page.client_name.clone().into())])
    };
    let list = if page.changes.is_empty() {
        view! { <p>{t.text("my-changes-none")}</p> }.into_any()
    } else {
        let items = page
            .changes
            .iter()
            .map(|c| {
                let dates = t.text_with(
                    "change-dates",
                    &[("last", day(t, &c.old_last_day).into()), ("first", day(t, &c.new_first_day).into())],
                );
                view! {
                    <li class="card">
                        <h2>
                            <a href=paths::my_change(c.id)>{change_summary(t, c)}</a>
                        </h2>
                        <p>
                            <StatusTag t status=c.status />
                        </p>
                        <p>{dates}</p>
                        <p>{t.text_with("change-reference", &[("reference", c.reference.clone().into())])}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards cards--wide">{items}</ul> }.into_any()
    };
    let actions = page.may_act.then(|| {
        view! {
            <ul class="link-list">
                <li>
                    <a href=paths::CHANGE_PROVIDER>{t.text("link-change-provider")}</a>
                </li>
                <li>
                    <a href=paths::LEAVE>{t.text("link-leave")}</a>
                </li>
            </ul>
        }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t.text("my-changes-intro")}</p>
        {list}
        {actions}
    }
}
