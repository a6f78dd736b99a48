//! The organiser's list of own words and contact requests from feedback (B19: they reach the
//! organiser only), newest first, a page at a time.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::context::{use_page_context, PageData};
use crate::feedback::{face_label_id, CommentsPage};
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
        <PageLinks t newer=page.newer older=page.older />
    }
}

/// The links to the newer and the older answers, where there are any.
#[component]
fn PageLinks(t: I18n, newer: Option<Option<i64>>, older: Option<i64>) -> impl IntoView {
    let link = |id: &'static str, before: Option<i64>| {
        let href = match before {
            Some(before) => format!("{}?{}={before}", paths::FEEDBACK_COMMENTS, paths::BEFORE),
            None => paths::FEEDBACK_COMMENTS.to_string(),
        };
        view! {
            <li>
                <a class="link-alone" href=href>{t.text(id)}</a>
            </li>
        }
    };
    let links = [
        newer.map(|before| link("comments-newer", before)),
        older.map(|before| link("comments-older", Some(before))),
    ];
    links.iter().any(Option::is_some).then(|| {
        view! {
            <nav aria-label=t.text("comments-pages")>
                <ul class="link-list">{links.into_iter().flatten().collect_view()}</ul>
            </nav>
        }
    })
}
