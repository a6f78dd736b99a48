//! My messages: what happened that the person should know, newest first, each linking to the
//! page it is about. What was unread before this look is marked "New", in words.

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::{day, euros, time};
use crate::i18n::I18n;
use crate::messages::{Fact, InboxMessage, MessagesPage, Theme, INBOX_SIZE};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::role::Role;

#[component]
pub fn MessagesView() -> impl IntoView {
    match use_page_context().data {
        PageData::Messages(page) => view! { <Inbox page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Inbox(page: MessagesPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let role = ctx.viewer.as_ref().map(|v| v.role);
    let title = t.text("messages-title");
    let new = page.messages.iter().filter(|m| m.unread).count();
    let lead = if page.messages.is_empty() {
        t.text("messages-none")
    } else {
        t.text_with("messages-count", &[("count", page.messages.len().into()), ("new", new.into())])
    };
    let ask = matches!(role, Some(Role::Client | Role::Relative)).then(|| {
        view! {
            <p>
                <a class="link-alone" href=paths::ASK_COUNSELLOR>{t.text("messages-ask")}</a>
            </p>
        }
    });
    let email = role.and_then(email_link_id).map(|id| {
        view! {
            <p>
                <a class="link-alone" href=paths::EMAIL>{t.text(id)}</a>
            </p>
        }
    });
    let more = (page.total > page.messages.len())
        .then(|| view! { <p>{t.text_with("messages-more", &[("count", page.total.into()), ("shown", INBOX_SIZE.into())])}</p> });
    let list = (!page.messages.is_empty()).then(|| {
        let items = page.messages.into_iter().map(|m| view! { <MessageItem t message=m /> }).collect_view();
        view! { <ol class="messages">{items}</ol> }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        {ask}
        {email}
        {list}
        {more}
    }
}

/// The link to `/email`: the choice of messages by e-mail, or for the organiser (who gets none)
/// the e-mails that did not arrive.
fn email_link_id(role: Role) -> Option<&'static str> {
    match role {
        Role::Organiser => Some("email-failures-title"),
        role if !Theme::of_role(role).is_empty() => Some("messages-email"),
        _ => None,
    }
}

/// The message's text in the reader's language: days and services written out.
pub fn message_text(t: I18n, message: &InboxMessage) -> String {
    let args: Vec<(&str, FluentValue)> = message
        .facts
        .iter()
        .map(|(name, fact)| {
            let value = match fact {
                Fact::Text(text) => text.clone(),
                Fact::Day(text) => day(t, text),
                Fact::Service(code) => t.text(product_label_id(code)),
                Fact::Euros(amount) => euros(t, amount),
                Fact::Time(text) => time(t.lang, text),
            };
            (name.as_str(), value.into())
        })
        .collect();
    t.text_with(message.kind.text_id(), &args)
}

#[component]
fn MessageItem(t: I18n, message: InboxMessage) -> impl IntoView {
    let text = message_text(t, &message);
    let when = t.text_with(
        "messages-when",
        &[("day", day(t, &message.day).into()), ("time", time(t.lang, &message.time).into())],
    );
    let class = if message.unread { "messages__item messages__item--new" } else { "messages__item" };
    view! {
        <li class=class>
            {message.unread.then(|| view! { <p class="messages__new">{t.text("messages-new")}</p> })}
            {message
                .about
                .map(|name| view! { <p class="messages__about">{t.text_with("messages-about", &[("name", name.into())])}</p> })}
            <p class="messages__text">
                <a class="link-alone" href=message.link>{text}</a>
            </p>
            <p class="messages__when">{when}</p>
        </li>
    }
}
