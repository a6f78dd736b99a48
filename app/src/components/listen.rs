//! "Listen": reads the page aloud with the device's own voices, for people who read easy-read
//! and understand better by hearing (docs/decisions/0024-listen.md). Shown with easy-read on,
//! where the device has a voice for the page's language, with pause and stop; nothing is sent
//! anywhere.

use leptos::prelude::*;

use crate::context::use_page_context;
use crate::i18n::Lang;

/// The buttons beside the easy-read switch in "Language and settings", in easy-read only. An
/// island: without JavaScript, or where the device has no voice for the page's language, they
/// stay hidden.
#[component]
pub fn Listen() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    ctx.prefs.easy_read.then(|| {
        view! {
            <ListenButtons
                listen=t.text("listen")
                pause=t.text("listen-pause")
                resume=t.text("listen-resume")
                stop=t.text("listen-stop")
                voice_lang=voice_lang(ctx.prefs.lang).to_string()
            />
        }
    })
}

/// The language tag a voice should speak: Finland's Finnish and Swedish, British English. Any
/// voice of the same language will do where the device has no voice for exactly this one.
fn voice_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "fi-FI",
        Lang::Sv => "sv-FI",
        Lang::En => "en-GB",
    }
}

/// Where reading is: the first button says what pressing it does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    NotStarted,
    Speaking,
    Paused,
}

impl Reading {
    /// Where pressing the first button leads.
    fn after_press(self) -> Reading {
        match self {
            Reading::NotStarted | Reading::Paused => Reading::Speaking,
            Reading::Speaking => Reading::Paused,
        }
    }
}

#[island]
fn ListenButtons(
    listen: String,
    pause: String,
    resume: String,
    stop: String,
    voice_lang: String,
) -> impl IntoView {
    crate::islands::island_here();
    let (has_voice, set_has_voice) = signal(false);
    let (reading, set_reading) = signal(Reading::NotStarted);
    let first = NodeRef::<leptos::html::Button>::new();
    #[cfg(feature = "hydrate")]
    {
        let voice_lang = voice_lang.clone();
        Effect::new(move |_| live::watch_voices(&voice_lang, move |found| set_has_voice.set(found)));
    }
    let listen_label = listen.clone();
    #[cfg(not(feature = "hydrate"))]
    let _ = (set_has_voice, &voice_lang, &listen_label, first);
    let press = move |_| {
        let now = reading.get_untracked();
        #[cfg(feature = "hydrate")]
        let done = match now {
            Reading::NotStarted => {
                live::speak_main(&voice_lang, &listen_label, move || set_reading.set(Reading::NotStarted))
            }
            Reading::Speaking => live::pause(),
            Reading::Paused => live::resume(),
        };
        #[cfg(not(feature = "hydrate"))]
        let done = false;
        if done {
            set_reading.set(now.after_press());
        }
    };
    let end = move |_| {
        #[cfg(feature = "hydrate")]
        live::stop();
        set_reading.set(Reading::NotStarted);
        // The stop button goes away with reading: keep the keyboard's place on the first button.
        if let Some(button) = first.get_untracked() {
            let _ = button.focus();
        }
    };
    let first_label = move || match reading.get() {
        Reading::NotStarted => listen.clone(),
        Reading::Speaking => pause.clone(),
        Reading::Paused => resume.clone(),
    };
    view! {
        <span class="listen" hidden=move || !has_voice.get()>
            <button type="button" class="toggle" node_ref=first on:click=press>
                {first_label}
            </button>
            <button
                type="button"
                class="toggle"
                hidden=move || reading.get() == Reading::NotStarted
                on:click=end
            >
                {stop}
            </button>
        </span>
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    fn synthesis() -> Option<SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// The device's voice for `voice_lang` ("sv-FI"), or else one of the same language ("sv-SE").
    fn voice_for(synthesis: &SpeechSynthesis, voice_lang: &str) -> Option<SpeechSynthesisVoice> {
        let language = |tag: &str| tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let wanted = language(voice_lang);
        // The browser's list holds only voices; unchecked, so a test's stand-in voices pass too.
        let voices: Vec<SpeechSynthesisVoice> =
            synthesis.get_voices().iter().map(|v| v.unchecked_into()).collect();
        let exact = voices.iter().find(|v| v.lang().replace('_', "-").eq_ignore_ascii_case(voice_lang));
        exact.or_else(|| voices.iter().find(|v| language(&v.lang()) == wanted)).cloned()
    }

    /// Tells `found` whether the device has a voice for the language, now and whenever its
    /// voices change: browsers load them late, and a phone may get one installed.
    pub fn watch_voices(voice_lang: &str, found: impl Fn(bool) + 'static) {
        let Some(synthesis) = synthesis() else { return };
        found(voice_for(&synthesis, voice_lang).is_some());
        let voice_lang = voice_lang.to_string();
        let watched = synthesis.clone();
        let changed = Closure::<dyn Fn()>::new(move || found(voice_for(&watched, &voice_lang).is_some()));
        synthesis.set_onvoiceschanged(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    }

    pub fn pause() -> bool {
        synthesis().map(|synthesis| synthesis.pause()).is_some()
    }

    pub fn resume() -> bool {
        synthesis().map(|synthesis| synthesis.resume()).is_some()
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
        utterance.set_voice(voice_for(&synthesis, voice_lang).as_ref());
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
