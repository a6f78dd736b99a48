//! The frame around every page: skip link, header, main, footer.

use leptos::prelude::*;

use crate::components::header::SiteHeader;
use crate::components::session_clock::SessionTimeNotice;
use crate::context::{use_page_context, PageData};
use crate::paths;
use crate::role::Role;

/// The id of the main content, the skip link's target.
pub const MAIN_ID: &str = "main";

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    // The kiosk's footer keeps only the accessibility statement: no way off the kiosk but that.
    let kiosk = matches!(ctx.data, PageData::Kiosk(_));
    // From any page, the client or a relative can write to the counsellor.
    let may_ask = ctx.viewer.as_ref().is_some_and(|v| matches!(v.role, Role::Client | Role::Relative));
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") rel="external">
            {t.text("skip-to-content")}
        </a>
        <SiteHeader />
        <main id=MAIN_ID tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <SessionTimeNotice />
            <p>{t.text("footer-organiser")}</p>
            <ul>
                {(may_ask && !kiosk)
                    .then(|| {
                        view! {
                            <li>
                                <a href=paths::ASK_COUNSELLOR>{t.text("footer-ask-counsellor")}</a>
                            </li>
                        }
                    })}
                {(!kiosk)
                    .then(|| {
                        view! {
                            <li>
                                <a href=paths::GLOSSARY>{t.text("nav-glossary")}</a>
                            </li>
                        }
                    })}
                <li>
                    <a href=paths::ACCESSIBILITY>{t.text("nav-accessibility")}</a>
                </li>
            </ul>
        </footer>
    }
}
