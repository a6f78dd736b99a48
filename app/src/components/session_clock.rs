//! How long the sign-in lasts (WCAG 2.2.1, docs/decisions/0021). The footer of every signed-in
//! page says until when, so a page read without JavaScript says it too. In the browser an island
//! asks the person, before the time runs out, whether to stay signed in: one button does it,
//! without leaving the page or losing what was typed on it.

use leptos::prelude::*;

use crate::context::{use_page_context, SignInEnd};
use crate::i18n::format;

const TITLE_ID: &str = "session-warning-title";
const TEXT_ID: &str = "session-warning-text";

/// The footer's line about the sign-in, made live by [`SessionClock`].
#[component]
pub fn SessionTimeNotice() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    ctx.viewer.map(|viewer| {
        let SignInEnd { time, seconds_left, warn_seconds } = viewer.signed_in_until;
        let time = format::time(ctx.prefs.lang, &time);
        view! {
            <SessionClock
                until=t.text_with("session-until", &[("time", time.clone().into())])
                seconds_left
                warn_seconds
                title=t.text("session-warning-title")
                warning=t.text_with("session-warning-text", &[("time", time.into())])
                stay_label=t.text("session-extend")
                ended=t.text("session-ended")
                close_label=t.text("session-ended-close")
            />
        }
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Quiet,
    Warning,
    Ended,
    /// Ended, and the message closed: the footer's line still says so.
    EndedClosed,
}

/// The line "signed in until …" and the warning that takes its place in view when the time is
/// nearly up. The server's page makes no promise beyond the line: the warning needs the browser.
#[island]
fn SessionClock(
    until: String,
    seconds_left: i64,
    warn_seconds: i64,
    title: String,
    warning: String,
    stay_label: String,
    ended: String,
    close_label: String,
) -> impl IntoView {
    crate::islands::island_here();
    let phase = RwSignal::new(Phase::Quiet);
    let until = RwSignal::new(until);
    let warning = RwSignal::new(warning);
    let stay_button = NodeRef::<leptos::html::Button>::new();
    #[cfg(feature = "hydrate")]
    let clock = live::Clock::new(phase, until, warning, warn_seconds, stay_button);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| clock.wait(seconds_left - warn_seconds));
    #[cfg(not(feature = "hydrate"))]
    let _ = (seconds_left, warn_seconds);
    let stay = move |_| {
        #[cfg(feature = "hydrate")]
        clock.stay();
    };
    let ended_line = ended.clone();
    let warning_view = move || {
        match phase.get() {
        Phase::Quiet | Phase::EndedClosed => None,
        Phase::Warning => Some(
            view! {
                <div class="session-warning" role="alertdialog" aria-labelledby=TITLE_ID aria-describedby=TEXT_ID>
                    <h2 id=TITLE_ID>{title.clone()}</h2>
                    <p id=TEXT_ID>{move || warning.get()}</p>
                    <button type="button" class="button" node_ref=stay_button on:click=stay>
                        {stay_label.clone()}
                    </button>
                </div>
            }
            .into_any(),
        ),
        Phase::Ended => Some(
            view! {
                <div class="session-warning" role="alert">
                    <p>{ended.clone()}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| phase.set(Phase::EndedClosed)>
                        {close_label.clone()}
                    </button>
                </div>
            }
            .into_any(),
        ),
    }
    };
    view! {
        // A live region, not a "status": the page's own status messages stay the only ones.
        <p class="session-until" aria-live="polite">
            {move || match phase.get() {
                Phase::Ended | Phase::EndedClosed => ended_line.clone(),
                Phase::Quiet | Phase::Warning => until.get(),
            }}
        </p>
        {warning_view}
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use std::time::Duration;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    use super::Phase;
    use crate::context::SessionTime;
    use crate::paths;

    /// The island's state and its one pending timer: a newer wait makes older ones do nothing.
    #[derive(Clone, Copy)]
    pub struct Clock {
        phase: RwSignal<Phase>,
        until: RwSignal<String>,
        warning: RwSignal<String>,
        warn_seconds: i64,
        stay_button: NodeRef<leptos::html::Button>,
        waits: StoredValue<u32>,
        /// Where the focus was when the warning took it, to give it back.
        focus_before: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    }

    impl Clock {
        pub fn new(
            phase: RwSignal<Phase>,
            until: RwSignal<String>,
            warning: RwSignal<String>,
            warn_seconds: i64,
            stay_button: NodeRef<leptos::html::Button>,
        ) -> Clock {
            Clock {
                phase,
                until,
                warning,
                warn_seconds,
                stay_button,
                waits: StoredValue::new(0),
                focus_before: StoredValue::new_local(None),
            }
        }

        /// Asks the server again after `seconds`: another tab may have kept the sign-in going.
        pub fn wait(self, seconds: i64) {
            let this_wait = self.waits.get_value().wrapping_add(1);
            self.waits.set_value(this_wait);
            let delay = Duration::from_secs(seconds.max(0).unsigned_abs());
            set_timeout(
                move || {
                    if self.waits.get_value() == this_wait {
                        leptos::task::spawn_local(async move {
                            if let Some(time) = session_time("GET").await {
                                self.show(time);
                            }
                        });
                    }
                },
                delay,
            );
        }

        /// The button: stay signed in.
        pub fn stay(self) {
            leptos::task::spawn_local(async move {
                if let Some(time) = session_time("POST").await {
                    self.show(time);
                }
            });
        }

        fn show(self, time: SessionTime) {
            self.until.set(time.until);
            self.warning.set(time.warning);
            if !time.signed_in || time.ends_in <= 0 {
                self.phase.set(Phase::Ended);
            } else if time.ends_in > self.warn_seconds {
                if self.phase.get_untracked() == Phase::Warning {
                    self.phase.set(Phase::Quiet);
                    if let Some(before) = self.focus_before.get_value() {
                        let _ = before.focus();
                    }
                }
                self.wait(time.ends_in - self.warn_seconds);
            } else {
                if self.phase.get_untracked() != Phase::Warning {
                    let active =
                        document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    self.focus_before.set_value(active);
                    self.phase.set(Phase::Warning);
                    // The button exists once the warning is drawn.
                    let button = self.stay_button;
                    request_animation_frame(move || {
                        if let Some(button) = button.get_untracked() {
                            let _ = button.focus();
                        }
                    });
                }
                self.wait(time.ends_in);
            }
        }
    }

    async fn session_time(method: &str) -> Option<SessionTime> {
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        let response = JsFuture::from(window().fetch_with_str_and_init(paths::SESSION, &init)).await.ok()?;
        let response = response.dyn_into::<web_sys::Response>().ok()?;
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
        serde_json::from_str(&text).ok()
    }
}
