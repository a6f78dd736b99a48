//! The organiser's list of own words and contact requests from feedback (B19: they reach the
//! organiser only), newest first, a page at a time.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::components::page_links::PageLinks;
use crate::context::{use_page_context, PageData};
use crate::feedback::{face_label_id, CommentsPage, PageStart};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn FeedbackCommentsView() -> impl IntoView {
    match use_page_context().data {
        PageData::FeedbackComments(page) => view! { <CommentsView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn CommentsView(page: CommentsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("comments-title");
    let intro = t.text_with("comments-intro", &[("count", page.on_a_page.into())]);
    let list = if page.comments.is_empty() {
        let none = if page.newer.is_some() { "comments-none-older" } else { "comments-none" };
        view! { <p>{t.text(none)}</p> }.into_any()
    } else {
        page.comments
            .into_iter()
            .map(|c| {
                let heading = t.text_with(
                    "feedback-invitation-title",
                    &[("services", t.text(product_label_id(&c.product)).into()), ("provider", c.provider.clone().into())],
                );
                let source = if c.at_service_place { t.text("comments-at-service-place") } else { t.text("comments-invited") };
                view! {
                    <article class="comment">
                        <h2>{heading}</h2>
                        <p>
                            {t.text_with(
                                "comments-meta",
                                &[
                                    ("day", day(t, &c.given_on).into()),
                                    ("face", t.text(face_label_id(c.score)).into()),
                                    ("source", source.into()),
                                ],
                            )}
                        </p>
                        {c.words.map(|w| view! { <blockquote>{w}</blockquote> })}
                        {c.contact.map(|name| view! { <p class="notice">{t.text_with("comments-contact", &[("name", name.into())])}</p> })}
                    </article>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{intro}</p>
        {list}
        {page_links(t, page.newer, page.older)}
    }
}

/// The links to the newer and the older answers, where there are any.
fn page_links(t: I18n, newer: Option<PageStart>, older: Option<PageStart>) -> impl IntoView {
    let link = |id: &'static str, start: PageStart| {
        let href = match start {
            PageStart::Before(before) => format!("{}?{}={before}", paths::FEEDBACK_COMMENTS, paths::BEFORE),
            PageStart::Newest => paths::FEEDBACK_COMMENTS.to_string(),
        };
        (href, t.text(id))
    };
    let links = [newer.map(|s| link("comments-newer", s)), older.map(|s| link("comments-older", s))];
    view! { <PageLinks label=t.text("comments-pages") links=links.into_iter().flatten().collect() /> }
}
