//! The page header, phone first: the portal's name and who is signed in, one "Menu" and one
//! "Language and settings" control. Both open without JavaScript (docs/decisions/0018).
//!
//! Each control is a `<details>` holding only its `<summary>`; what it opens is the panel right
//! after it, shown by CSS while the control is open. Kept beside rather than inside, a panel
//! takes the full width of the header below its row, and on wide screens the menu's panel (the
//! links and "Sign out") is simply always shown, with no second copy of the links.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::icons::{EasyReadIcon, Pictogram};
use crate::components::listen::Listen;
use crate::context::{use_page_context, Helping, PageData};
use crate::i18n::{format, msg, I18n, Lang, TextSize};
use crate::paths;
use crate::role::Role;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    // A shared tablet at the service place shows only the feedback kiosk: no links away from it.
    let kiosk = matches!(ctx.data, PageData::Kiosk(_));
    let role = ctx.viewer.as_ref().map(|v| v.role);
    let helping = ctx.viewer.as_ref().and_then(|v| v.helping.clone());
    let acts_for_several = ctx.viewer.as_ref().is_some_and(|v| v.acts_for.len() > 1);
    let name = if kiosk {
        view! { <p class="site-name">{t.text("portal-name")}</p> }.into_any()
    } else {
        view! {
            <a href=paths::HOME class="site-name">
                {t.text("portal-name")}
            </a>
        }
        .into_any()
    };
    let who = ctx.viewer.as_ref().map(|v| {
        // New messages are said on every page in words, on a phone too, not only as a number.
        // On a wide screen the menu's "Messages (2 new)" is always shown instead.
        let unread = (v.unread_messages > 0 && !kiosk).then(|| {
            view! {
                <span class="signed-in__new">
                    <br />
                    <a href=paths::MESSAGES>
                        {t.text_with("header-new-messages", &[("count", v.unread_messages.into())])}
                    </a>
                </span>
            }
        });
        view! { <p class="signed-in">{t.text_with("signed-in-as", &[("name", v.name.clone().into())])}{unread}</p> }
    });
    let menu = (!kiosk).then(|| {
        view! {
            <details class="disclosure disclosure--menu">
                <summary>{t.text("header-menu")}</summary>
            </details>
            <div class="header-panel header-panel--menu">
                <MainNav />
                {ctx.viewer.is_some().then(SignOutButton)}
            </div>
        }
    });
    view! {
        <header class="site-header">
            {ctx
                .demo
                .then(|| {
                    view! {
                        <div class="demo-banner">
                            <p>
                                <strong>{t.text("demo-banner-title")}</strong>
                                " "
                                {t.text("demo-banner-text")}
                            </p>
                        </div>
                    }
                })}
            {ctx
                .helper_view
                .then(|| {
                    view! {
                        <div class="helper-view-banner">
                            <p>{t.text("helper-view-on")}</p>
                        </div>
                    }
                })}
            <div class="site-header__bar">
                {name}
                {who}
                {menu}
                <details class="disclosure disclosure--settings">
                    <summary>{t.text("header-settings")}</summary>
                </details>
                <div class="header-panel header-panel--settings">
                    <PreferenceSwitches />
                </div>
            </div>
            {helping
                .map(|h| {
                    let counsellor = role == Some(Role::Counsellor);
                    view! { <HelpingBanner helping=h may_switch=acts_for_several counsellor /> }
                })}
        </header>
    }
}

/// The links to the pages this person has: the same list on a phone (behind "Menu") and on a
/// wide screen (always shown).
#[component]
fn MainNav() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let signed_in = ctx.viewer.is_some();
    let role = ctx.viewer.as_ref().map(|v| v.role);
    let helping = ctx.viewer.as_ref().is_some_and(|v| v.helping.is_some());
    let has_budget = matches!(role, Some(Role::Client | Role::Relative)) || helping;
    let unread = ctx.viewer.as_ref().map_or(0, |v| v.unread_messages);
    let messages = if unread > 0 {
        t.text_with("nav-messages-new", &[("count", unread.into())])
    } else {
        t.text("nav-messages")
    };
    view! {
        <nav aria-label=t.text("nav-main-label") class="site-nav">
            <ul>
                <NavLink href=paths::HOME pictogram=if has_budget { "1F4B6" } else { "1F3E0" }>
                    {t.text(if has_budget { msg("nav-my-budget") } else { msg("nav-home") })}
                </NavLink>
                {has_budget
                    .then(|| {
                        view! {
                            <NavLink href=paths::DECISION pictogram="1F4C4">{t.text("nav-decision")}</NavLink>
                            <NavLink href=paths::MY_DETAILS pictogram="1FAAA">{t.text("nav-my-details")}</NavLink>
                            <NavLink href=paths::FEEDBACK pictogram="1F4AC">{t.text("nav-feedback")}</NavLink>
                            <NavLink href=paths::GLOSSARY pictogram="1F4D6">{t.text("nav-glossary")}</NavLink>
                        }
                    })}
                {signed_in.then(|| view! { <NavLink href=paths::MESSAGES pictogram="2709">{messages}</NavLink> })}
                <NavLink href=paths::PROVIDERS pictogram="1F50D">{t.text("nav-providers")}</NavLink>
                {(role == Some(Role::Client))
                    .then(|| {
                        view! {
                            <NavLink href=paths::HELPERS pictogram="1F91D">{t.text("nav-helpers")}</NavLink>
                            <NavLink href=paths::WHO_LOOKED pictogram="1F440">{t.text("nav-who-looked")}</NavLink>
                        }
                    })}
                {(role == Some(Role::Counsellor))
                    .then(|| view! { <NavLink href=paths::CLIENTS pictogram="1F465">{t.text("nav-clients")}</NavLink> })}
                {(role == Some(Role::ExperienceExpert))
                    .then(|| view! { <NavLink href=paths::HELP_HOURS pictogram="1F4DD">{t.text("nav-help-hours")}</NavLink> })}
                {(role == Some(Role::DecisionMaker))
                    .then(|| view! { <NavLink href=paths::DECISIONS pictogram="2696">{t.text("nav-decisions")}</NavLink> })}
                {(role == Some(Role::Provider))
                    .then(|| {
                        view! {
                            <NavLink href=paths::OUR_CLIENTS pictogram="1F465">{t.text("nav-our-clients")}</NavLink>
                            <NavLink href=paths::OUR_RECORDS pictogram="1F4DD">{t.text("nav-our-records")}</NavLink>
                            <NavLink href=paths::VISIT_CODES pictogram="1F522">{t.text("nav-visit-codes")}</NavLink>
                            <NavLink href=paths::PROVIDER_SURVEY pictogram="1F91D">{t.text("nav-provider-survey")}</NavLink>
                        }
                    })}
                {(role == Some(Role::Organiser))
                    .then(|| {
                        view! {
                            <NavLink href=paths::INDICATORS pictogram="1F522">{t.text("nav-indicators")}</NavLink>
                            <NavLink href=paths::SETTLEMENTS pictogram="1F4B6">{t.text("nav-settlements")}</NavLink>
                            <NavLink href=paths::APPLICATIONS pictogram="1F4DD">{t.text("nav-applications")}</NavLink>
                            <NavLink href=paths::FEEDBACK_COMMENTS pictogram="1F5E8">{t.text("nav-feedback-comments")}</NavLink>
                            <NavLink href=paths::REFUSED_LOOKS pictogram="1F6AB">{t.text("nav-refused-looks")}</NavLink>
                        }
                    })}
                {(!signed_in)
                    .then(|| {
                        view! { <NavLink href=paths::SIGN_IN pictogram="1F511">{t.text("nav-sign-in")}</NavLink> }
                    })}
            </ul>
        </nav>
    }
}

/// Whose matters are on the screen when they are not the viewer's own: on every page, so that
/// neither the helper nor anyone watching a shared screen can mistake them.
#[component]
fn HelpingBanner(helping: Helping, may_switch: bool, counsellor: bool) -> impl IntoView {
    let t = use_page_context().i18n();
    let name = helping.client_name.clone();
    let text = match (&helping.until, helping.read_only) {
        _ if counsellor => t.text_with("helping-counsellor", &[("name", name.into())]),
        (Some(until), _) => t.text_with(
            "helping-looking-until",
            &[("name", name.into()), ("until", format::time(t.lang, until).into())],
        ),
        (None, true) => t.text_with("helping-looking", &[("name", name.into())]),
        (None, false) => t.text_with("acting-for-short", &[("name", name.into())]),
    };
    let switch = may_switch.then(|| {
        view! {
            " "
            <a href=paths::WHOSE>{t.text("helping-switch")}</a>
        }
    });
    let back = counsellor.then(|| {
        view! {
            " "
            <a href=paths::CLIENTS>{t.text("helping-back-to-clients")}</a>
        }
    });
    view! { <p class="helping-banner">{text}{switch}{back}</p> }
}

/// A link in the main navigation with its pictogram (an OpenMoji file name; decoration beside the
/// words, public/pictograms/CREDITS.md); the current page's link says so to screen readers.
#[component]
fn NavLink(href: &'static str, pictogram: &'static str, children: Children) -> impl IntoView {
    let location = use_location();
    let current = move || (location.pathname.get() == href).then_some("page");
    view! {
        <li>
            <a href=href aria-current=current>
                <Pictogram code=pictogram />
                {children()}
            </a>
        </li>
    }
}

#[component]
fn SignOutButton() -> impl IntoView {
    let t = use_page_context().i18n();
    view! {
        <form method="post" action=paths::SIGN_OUT class="sign-out">
            <button type="submit" class="button button--secondary">
                {t.text("sign-out")}
            </button>
        </form>
    }
}

/// Language, easy-read and text size: one small form, so each choice is one press and
/// works without JavaScript. The server remembers the choice and sends the person back.
#[component]
fn PreferenceSwitches() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let prefs = ctx.prefs;
    let location = use_location();
    let return_to = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    let lang_buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <button
                    type="submit"
                    name="lang"
                    value=lang.code()
                    lang=lang.code()
                    aria-pressed=pressed(lang == prefs.lang)
                    class="toggle"
                >
                    {t.text(language_name_id(lang))}
                </button>
            }
        })
        .collect_view();
    let size_buttons = TextSize::ALL
        .into_iter()
        .map(|size| {
            view! {
                <button
                    type="submit"
                    name="text_size"
                    value=size.code()
                    aria-pressed=pressed(size == prefs.text_size)
                    class=format!("toggle toggle--size-{}", size.code())
                >
                    {t.text(size.label_id())}
                </button>
            }
        })
        .collect_view();
    let easy_next = if prefs.easy_read { "off" } else { "on" };
    // Only a signed-in person's pages carry personal details to hide.
    let helper_view = ctx.viewer.is_some().then(|| helper_view_switch(t, ctx.helper_view));
    view! {
        <form method="post" action=paths::PREFERENCES class="preferences">
            <input type="hidden" name=paths::RETURN_TO value=return_to />
            <div role="group" aria-labelledby="pref-language" class="preferences__group">
                <span id="pref-language" class="preferences__label">
                    {t.text("pref-language")}
                </span>
                {lang_buttons}
            </div>
            <div class="preferences__group">
                <button
                    type="submit"
                    name="easy_read"
                    value=easy_next
                    aria-pressed=pressed(prefs.easy_read)
                    class="toggle toggle--easy-read"
                >
                    <EasyReadIcon />
                    {t.text("pref-easy-read")}
                </button>
                <Listen />
            </div>
            <div role="group" aria-labelledby="pref-text-size" class="preferences__group">
                <span id="pref-text-size" class="preferences__label">
                    {t.text("pref-text-size")}
                </span>
                {size_buttons}
            </div>
            {helper_view}
        </form>
    }
}

fn helper_view_switch(t: I18n, on: bool) -> impl IntoView {
    let next = if on { "off" } else { "on" };
    view! {
        <div class="preferences__group">
            <button
                type="submit"
                name="helper_view"
                value=next
                aria-pressed=pressed(on)
                class="toggle toggle--helper-view"
            >
                {t.text("pref-helper-view")}
            </button>
        </div>
    }
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// Each language names itself in its own language, whatever the page's language.
fn language_name_id(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => msg("language-name-fi"),
        Lang::Sv => msg("language-name-sv"),
        Lang::En => msg("language-name-en"),
    }
}
