//! The frame around every page: skip link, header with the preference switches, main, footer.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use crate::components::icons::EasyReadIcon;
use crate::context::use_page_context;
use crate::i18n::{msg, Lang, TextSize};
use crate::paths;

/// The id of the main content, the skip link's target.
pub const MAIN_ID: &str = "main";

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let signed_in = ctx.viewer.is_some();
    move_focus_on_navigation();
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") rel="external">
            {t.text("skip-to-content")}
        </a>
        <header class="site-header">
            {ctx
                .demo
                .then(|| {
                    view! {
                        <p class="demo-banner">
                            <strong>{t.text("demo-banner-title")}</strong>
                            " "
                            {t.text("demo-banner-text")}
                        </p>
                    }
                })}
            <div class="site-header__top">
                <A href=paths::HOME attr:class="site-name">
                    {t.text("portal-name")}
                </A>
                {signed_in.then(SignOutButton)}
            </div>
            <PreferenceSwitches />
            <nav aria-label=t.text("nav-main-label") class="site-nav">
                <ul>
                    <li>
                        <A href=paths::HOME>{t.text("nav-home")}</A>
                    </li>
                    {(!signed_in)
                        .then(|| {
                            view! {
                                <li>
                                    <A href=paths::SIGN_IN>{t.text("nav-sign-in")}</A>
                                </li>
                            }
                        })}
                </ul>
            </nav>
        </header>
        <main id=MAIN_ID tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{t.text("footer-organiser")}</p>
            <ul>
                <li>
                    <A href=paths::ACCESSIBILITY>{t.text("nav-accessibility")}</A>
                </li>
            </ul>
        </footer>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="route-announcer"></div>
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
    let pressed = |on: bool| if on { "true" } else { "false" };
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
            </div>
            <div role="group" aria-labelledby="pref-text-size" class="preferences__group">
                <span id="pref-text-size" class="preferences__label">
                    {t.text("pref-text-size")}
                </span>
                {size_buttons}
            </div>
        </form>
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

/// After a client-side navigation, moves focus to the new page's heading and announces its
/// title, as a full page load would. The first render is left alone.
fn move_focus_on_navigation() {
    let location = use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _path = location.pathname.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        focus_heading_and_announce();
    });
}

#[cfg(feature = "hydrate")]
fn focus_heading_and_announce() {
    use leptos::wasm_bindgen::JsCast;
    // Let the new page render before looking for its heading.
    request_animation_frame(|| {
        let document = document();
        if let Some(h1) = document
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = h1.set_attribute("tabindex", "-1");
            let _ = h1.focus();
        }
        if let Some(announcer) = document.get_element_by_id("route-announcer") {
            announcer.set_text_content(Some(&document.title()));
        }
    });
}

#[cfg(not(feature = "hydrate"))]
fn focus_heading_and_announce() {}
