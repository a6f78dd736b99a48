//! "Listen": reads the page aloud with the browser's own speech synthesis, for people who read
//! easy-read and understand better by hearing (docs/decisions/0024-listen.md). Shown with
//! easy-read on, where a browser can speak the page's language; nothing is sent anywhere.

use leptos::prelude::*;

use crate::context::use_page_context;
use crate::i18n::Lang;

/// The button beside the easy-read switch in "Language and settings", in easy-read only. An
/// island: without JavaScript, or where the browser cannot speak, it stays hidden.
#[component]
pub fn Listen() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    ctx.prefs.easy_read.then(|| {
        view! {
            <ListenButton
                listen=t.text("listen")
                stop=t.text("listen-stop")
                voice_lang=voice_lang(ctx.prefs.lang).to_string()
            />
        }
    })
}

/// The language tag a voice must speak: Finland's Finnish and Swedish, British English.
fn voice_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "fi-FI",
        Lang::Sv => "sv-FI",
        Lang::En => "en-GB",
    }
}

#[island]
fn ListenButton(listen: String, stop: String, voice_lang: String) -> impl IntoView {
    crate::islands::island_here();
    let (can_speak, set_can_speak) = signal(false);
    let (speaking, set_speaking) = signal(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| set_can_speak.set(live::can_speak()));
    let listen_label = listen.clone();
    #[cfg(not(feature = "hydrate"))]
    let _ = (set_can_speak, set_speaking, &voice_lang, &listen_label);
    let press = move |_| {
        #[cfg(feature = "hydrate")]
        if speaking.get_untracked() {
            live::stop();
            set_speaking.set(false);
        } else if live::speak_main(&voice_lang, &listen_label, move || set_speaking.set(false)) {
            set_speaking.set(true);
        }
    };
    view! {
        <button type="button" class="toggle listen" hidden=move || !can_speak.get() on:click=press>
            {move || if speaking.get() { stop.clone() } else { listen.clone() }}
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, SpeechSynthesis, SpeechSynthesisUtterance};

    fn synthesis() -> Option<SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// Whether the browser speaks at all. Its voices load late in some browsers, so a missing
    /// voice for the language is left to the browser's default rather than hiding the button.
    pub fn can_speak() -> bool {
        synthesis().is_some()
    }

    pub fn stop() {
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
    }

    /// Reads the page's main content aloud, without the button's own `label` at its top; `done`
    /// runs when it has been read or was stopped.
    pub fn speak_main(voice_lang: &str, label: &str, done: impl Fn() + 'static) -> bool {
        let Some(synthesis) = synthesis() else { return false };
        let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main").ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        else {
            return false;
        };
        let text = main.inner_text();
        let text = text.trim_start().strip_prefix(label).unwrap_or(&text);
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else { return false };
        utterance.set_lang(voice_lang);
        // A little slower than the default: easier to follow.
        utterance.set_rate(0.9);
        let finished = Closure::<dyn Fn()>::new(done);
        utterance.set_onend(Some(finished.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(finished.as_ref().unchecked_ref()));
        finished.forget();
        synthesis.cancel();
        synthesis.speak(&utterance);
        true
    }
}
