//! Feedback at the service place, without signing in (B20): type the code from the paper (or
//! scan its QR code), choose a face, send. Nothing about the person is asked. After the thank
//! you the page goes back to the start by itself, ready for the next person on a shared tablet.

use std::time::Duration;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::components::form::{ErrorSummary, FormTitle, TextField};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, FormId, PageData};
use crate::feedback::{fields, KioskPage};
use crate::pages::feedback_answer::AnswerForm;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

/// Seconds the thank-you page stays before the start page comes back for the next person.
pub const RESET_SECONDS: u32 = 30;

#[component]
pub fn KioskView() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let PageData::Kiosk(page) = ctx.data else { return view! { <NotFoundPage /> }.into_any() };
    let start_again =
        move || view! { <p><a class="button" href=paths::KIOSK_START>{t.text("kiosk-start-again")}</a></p> };
    match page {
        KioskPage::Start { unknown } => {
            let title = t.text("kiosk-title");
            let error = unknown.then(|| t.text("kiosk-error-unknown"));
            let errors = if unknown {
                vec![crate::context::FieldError::new(fields::CODE, "kiosk-error-unknown")]
            } else {
                Vec::new()
            };
            view! {
                <FormTitle text=title.clone() has_errors=!errors.is_empty() />
                <ErrorSummary errors />
                <h1>{title}</h1>
                <p class="lead">{t.text("kiosk-intro")}</p>
                <form method="get" action=paths::KIOSK_START class="form" novalidate=true>
                    <TextField
                        name=fields::CODE
                        label=t.text("kiosk-code")
                        hint=t.text("kiosk-code-hint")
                        error=error.unwrap_or_default()
                        autocomplete="off"
                        spellcheck_off=true
                    />
                    <button type="submit" class="button">
                        <Pictogram code="27A1" />
                        {t.text("kiosk-continue")}
                    </button>
                </form>
                <p>{t.text("kiosk-no-personal-data")}</p>
            }
            .into_any()
        }
        KioskPage::Form { code, provider, product } => {
            let about = t.text_with(
                "feedback-invitation-title",
                &[("services", t.text(product_label_id(&product)).into()), ("provider", provider.into())],
            );
            let flash = ctx.flash.clone().filter(|f| f.form == FormId::Kiosk);
            view! {
                <AnswerForm t flash about when=t.text("kiosk-no-personal-data") action=paths::kiosk(&code) contact=false form=FormId::Kiosk />
            }
            .into_any()
        }
        KioskPage::Used => view! {
            <Title text=t.text("kiosk-used-title") />
            <h1>{t.text("kiosk-used-title")}</h1>
            <p>{t.text("kiosk-used-text")}</p>
            {start_again()}
        }
        .into_any(),
        KioskPage::Expired => view! {
            <Title text=t.text("kiosk-expired-title") />
            <h1>{t.text("kiosk-expired-title")}</h1>
            <p>{t.text("kiosk-expired-text")}</p>
            {start_again()}
        }
        .into_any(),
        KioskPage::Busy => view! {
            <Title text=t.text("kiosk-busy-title") />
            <h1>{t.text("kiosk-busy-title")}</h1>
            <p>{t.text("kiosk-busy-text")}</p>
            {start_again()}
        }
        .into_any(),
        KioskPage::Thanks => view! { <Thanks /> }.into_any(),
    }
}

/// The thank-you page. Without JavaScript it waits for "Next person". With it, it goes back to
/// the start after [`RESET_SECONDS`] unless the person chooses to stay (WCAG 2.2.1: a time limit
/// can be turned off). A `<meta refresh>` was weighed: it cannot be turned off.
#[component]
fn Thanks() -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("feedback-thanks-title");
    view! {
        <Title text=title.clone() />
        <div class="confirmation">
            <h1>{title}</h1>
        </div>
        <p>{t.text("kiosk-thanks-text")}</p>
        <NextPerson
            start=paths::KIOSK_START.to_string()
            next_label=t.text("kiosk-next-person")
            stay_label=t.text("kiosk-stay")
            counting_text=t.text_with("kiosk-thanks-reset", &[("seconds", RESET_SECONDS.into())])
            staying_text=t.text("kiosk-staying")
        />
    }
}

/// "Next person", and in the browser the count back to the start with the button to stay (an
/// island). Counting starts only in the browser; the server's page makes no promise.
#[island]
fn NextPerson(
    start: String,
    next_label: String,
    stay_label: String,
    counting_text: String,
    staying_text: String,
) -> impl IntoView {
    crate::islands::island_here();
    let (counting, set_counting) = signal(false);
    let (stayed, set_stayed) = signal(false);
    let next = NodeRef::<leptos::html::A>::new();
    let go_to = start.clone();
    Effect::new(move |_| {
        set_counting.set(true);
        let go_to = go_to.clone();
        set_timeout(
            move || {
                if counting.get_untracked() {
                    let _ = window().location().assign(&go_to);
                }
            },
            Duration::from_secs(RESET_SECONDS.into()),
        );
    });
    let stay = move |_| {
        set_counting.set(false);
        set_stayed.set(true);
        if let Some(link) = next.get() {
            let _ = link.focus();
        }
    };
    view! {
        <p role="status">
            {move || {
                if counting.get() {
                    counting_text.clone()
                } else if stayed.get() {
                    staying_text.clone()
                } else {
                    String::new()
                }
            }}
        </p>
        <div class="button-row">
            <a class="button" href=start node_ref=next>{next_label}</a>
            {move || {
                counting
                    .get()
                    .then(|| {
                        view! {
                            <button type="button" class="button button--secondary" on:click=stay>
                                {stay_label.clone()}
                            </button>
                        }
                    })
            }}
        </div>
    }
}
