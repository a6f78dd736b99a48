//! Ask my counsellor: the client (or a relative who acts for them) writes to the counsellor,
//! reads the answers, and sees how to call. Also the counsellor's side of the same conversation.

use leptos::prelude::*;

use crate::components::form::{field_id, ErrorSummary, FieldErrorMessage, FormName, FormTitle, TextArea};
use crate::context::{use_page_context, ClientPage, FormFlash, FormId, PageData};
use crate::i18n::format::{day, time};
use crate::i18n::I18n;
use crate::messages::{fields, AskPage, ConversationPage, Post, Topic, MAX_BODY};
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn AskCounsellorView() -> impl IntoView {
    match use_page_context().data {
        PageData::Ask(page) => view! { <Ask page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
pub fn ConversationView() -> impl IntoView {
    match use_page_context().data {
        PageData::Conversation(page) => view! { <CounsellorSide page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Ask(page: ClientPage<AskPage>) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let content = page.content;
    let title = if page.is_self {
        t.text("ask-title")
    } else {
        t.text_with("ask-title-for", &[("name", page.client_name.clone().into())])
    };
    let flash = ctx.flash.filter(|f| f.form == FormId::Ask);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let Some(counsellor) = content.counsellor else {
        return view! {
            <FormTitle text=title.clone() has_errors=false />
            <h1>{title}</h1>
            <p class="lead">{t.text("ask-no-counsellor")}</p>
        }
        .into_any();
    };
    let call = match counsellor.phone {
        Some(phone) => {
            let href = format!("tel:{}", phone.replace(' ', ""));
            view! {
                <p>
                    {t.text_with("ask-phone", &[("name", counsellor.name.clone().into())])} " "
                    <a href=href class="phone">{phone}</a>
                </p>
            }
            .into_any()
        }
        None => view! { <p>{t.text("ask-phone-letter")}</p> }.into_any(),
    };
    let intro = if page.is_self {
        t.text_with("ask-intro", &[("name", counsellor.name.clone().into())])
    } else {
        t.text_with(
            "ask-intro-for",
            &[("name", counsellor.name.clone().into()), ("client", page.client_name.clone().into())],
        )
    };
    let sent = content.sent.then(|| {
        view! {
            <p class="notice" role="status" id="sent">
                {t.text_with("ask-sent", &[("name", counsellor.name.clone().into())])}
            </p>
        }
    });
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        {sent}
        <h1>{title}</h1>
        <p class="lead">{intro}</p>
        {call}
        <Conversation t posts=content.posts empty=t.text("ask-none-yet") />
        <h2>{t.text("ask-new")}</h2>
        <form method="post" action=paths::ASK_COUNSELLOR class="form" novalidate=true>
            <FormName form=FormId::Ask />
            <Topics t flash=flash.clone() />
            <TextArea
                name=fields::BODY
                label=t.text("ask-body")
                hint=t.text_with("ask-body-hint", &[("most", MAX_BODY.into())])
                error=flash.as_ref().and_then(|f| f.error(fields::BODY)).map(|e| e.text(t)).unwrap_or_default()
                value=flash.as_ref().map(|f| f.value(fields::BODY)).unwrap_or_default()
                rows=5
            />
            <button type="submit" class="button">{t.text("ask-send")}</button>
        </form>
    }
    .into_any()
}

#[component]
fn Topics(t: I18n, flash: Option<FormFlash>) -> impl IntoView {
    let chosen = flash.as_ref().map(|f| f.value(fields::TOPIC)).unwrap_or_default();
    let error = flash.as_ref().and_then(|f| f.error(fields::TOPIC)).map(|e| e.text(t));
    let class = if error.is_some() { "field field--error" } else { "field" };
    let choices = Topic::ALL
        .into_iter()
        .enumerate()
        .map(|(n, topic)| {
            // The first radio carries the field's id, so the error summary's link lands on it.
            let id = if n == 0 { field_id(fields::TOPIC) } else { format!("topic-{}", topic.code()) };
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=fields::TOPIC value=topic.code() checked=topic.code() == chosen />
                    <label for=id>{t.text(topic.text_id())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class=class>
            <legend>{t.text("ask-topic")}</legend>
            {error.map(|e| view! { <FieldErrorMessage id=Some(format!("{}-error", field_id(fields::TOPIC))) text=e /> })}
            {choices}
        </fieldset>
    }
}

/// The messages so far, oldest first, each with who wrote it and when.
#[component]
fn Conversation(t: I18n, posts: Vec<Post>, empty: String) -> impl IntoView {
    let body = if posts.is_empty() {
        view! { <p>{empty}</p> }.into_any()
    } else {
        let items = posts
            .into_iter()
            .map(|post| {
                let class = if post.from_counsellor { "post post--counsellor" } else { "post" };
                let who = t.text_with(
                    "ask-post-by",
                    &[
                        ("name", post.author.into()),
                        ("day", day(t, &post.day).into()),
                        ("time", time(t.lang, &post.time).into()),
                    ],
                );
                let topic =
                    post.topic.map(|topic| view! { <p class="post__topic">{t.text(topic.text_id())}</p> });
                let body = (!post.body.is_empty()).then(|| view! { <p class="post__body">{post.body}</p> });
                view! {
                    <li class=class>
                        <p class="post__who">{who}</p>
                        {topic}
                        {body}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="posts">{items}</ol> }.into_any()
    };
    view! {
        <h2>{t.text("ask-conversation")}</h2>
        {body}
    }
}

#[component]
fn CounsellorSide(page: ConversationPage) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = t.text_with("conversation-title", &[("name", page.client_name.clone().into())]);
    let flash = ctx.flash.filter(|f| f.form == FormId::Answer);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let sent = page.sent.then(|| {
        view! {
            <p class="notice" role="status" id="sent">
                {t.text("conversation-sent")}
            </p>
        }
    });
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        {sent}
        <p>
            <a class="link-alone" href=paths::CLIENTS>{t.text("contact-back")}</a>
        </p>
        <h1>{title}</h1>
        <Conversation t posts=page.posts empty=t.text("conversation-none-yet") />
        <form method="post" action=paths::conversation(page.client_id) class="form" novalidate=true>
            <FormName form=FormId::Answer />
            <TextArea
                name=fields::BODY
                label=t.text("conversation-answer")
                hint=t.text_with("conversation-answer-hint", &[("most", MAX_BODY.into())])
                error=flash.as_ref().and_then(|f| f.error(fields::BODY)).map(|e| e.text(t)).unwrap_or_default()
                value=flash.as_ref().map(|f| f.value(fields::BODY)).unwrap_or_default()
                rows=5
            />
            <button type="submit" class="button">{t.text("conversation-send")}</button>
        </form>
    }
}
