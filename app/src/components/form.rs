//! Form pieces in the GOV.UK pattern: an error summary at the top that takes focus and links to
//! each field, and the same error beside the field. Values come back filled in after an error.

use leptos::prelude::*;

use crate::context::{use_i18n, FieldError, FormId, FORM_FIELD};

/// The id of a field's input, from its name, so summary links and labels agree.
pub fn field_id(name: &str) -> String {
    format!("field-{name}")
}

/// Names the form in a hidden field: a form with typed text says which it is, so that when the
/// sign-in ran out before it was sent, it comes back filled in after signing in again.
#[component]
pub fn FormName(form: FormId) -> impl IntoView {
    view! { <input type="hidden" name=FORM_FIELD value=form.code() /> }
}

/// The page's title, which starts with "Error:" while the form has errors, so that the first
/// thing a screen reader says after sending tells that something needs fixing.
#[component]
pub fn FormTitle(text: String, has_errors: bool) -> impl IntoView {
    let text =
        if has_errors { use_i18n().text_with("title-with-errors", &[("title", text.into())]) } else { text };
    view! { <leptos_meta::Title text /> }
}

#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    let t = use_i18n();
    (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|e| {
                let href =
                    if e.field.is_empty() { "#main".to_string() } else { format!("#{}", field_id(&e.field)) };
                view! {
                    <li>
                        <a href=href rel="external">
                            {e.text(t)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div
                class="error-summary"
                role="alert"
                tabindex="-1"
                autofocus=true
                aria-labelledby="error-summary-title"
            >
                <h2 id="error-summary-title">{t.text("error-summary-title")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// The parts every field shares: label, optional hint, optional error, and the ids that tie
/// them to the input with `aria-describedby`.
struct FieldParts {
    id: String,
    hint_id: Option<String>,
    error_id: Option<String>,
}

impl FieldParts {
    fn new(name: &str, has_hint: bool, has_error: bool) -> Self {
        let id = field_id(name);
        FieldParts {
            hint_id: has_hint.then(|| format!("{id}-hint")),
            error_id: has_error.then(|| format!("{id}-error")),
            id,
        }
    }

    fn described_by(&self) -> Option<String> {
        let ids: Vec<&str> =
            [self.hint_id.as_deref(), self.error_id.as_deref()].into_iter().flatten().collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The error beside a field, read out with "Error:" before it.
#[component]
pub fn FieldErrorMessage(id: Option<String>, text: String) -> impl IntoView {
    view! {
        <p class="field__error" id=id>
            <span class="visually-hidden">{use_i18n().text("error-prefix")}</span>
            {text}
        </p>
    }
}

/// What a field's control needs from its frame: its name and id, what describes it, whether it
/// is wrong.
struct Control {
    name: String,
    id: String,
    described_by: Option<String>,
    invalid: Option<&'static str>,
}

/// The frame every field shares: its label, hint and error above the control, and the field's
/// red edge while there is an error. An empty error is no error: callers pass
/// `unwrap_or_default()` of an optional message.
fn framed<V: IntoView>(
    name: String,
    label: String,
    hint: Option<String>,
    error: Option<String>,
    control: impl FnOnce(Control) -> V,
) -> impl IntoView {
    let error = error.filter(|e| !e.is_empty());
    let parts = FieldParts::new(&name, hint.is_some(), error.is_some());
    let class = if error.is_some() { "field field--error" } else { "field" };
    let control = control(Control {
        name,
        id: parts.id.clone(),
        described_by: parts.described_by(),
        invalid: error.is_some().then_some("true"),
    });
    view! {
        <div class=class>
            <label for=parts.id.clone() class="field__label">
                {label}
            </label>
            {hint.map(|h| view! { <p class="field__hint" id=parts.hint_id.clone()>{h}</p> })}
            {error.map(|e| view! { <FieldErrorMessage id=parts.error_id.clone() text=e /> })}
            {control}
        </div>
    }
}

#[component]
pub fn TextField(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] error: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] spellcheck_off: bool,
) -> impl IntoView {
    framed(name, label, hint, error, move |c| {
        view! {
            <input
                class="field__input"
                id=c.id
                name=c.name
                type=input_type
                value=value
                autocomplete=autocomplete
                spellcheck=spellcheck_off.then_some("false")
                autocapitalize=spellcheck_off.then_some("none")
                aria-describedby=c.described_by
                aria-invalid=c.invalid
            />
        }
    })
}

/// A choice of one from a list, with its label, hint and error as [`TextField`] has them. The
/// first option is chosen unless `value` names another.
#[component]
pub fn SelectField(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] error: Option<String>,
    #[prop(optional)] value: String,
    /// Each option's value and words.
    options: Vec<(String, String)>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(code, words)| view! { <option value=code.clone() selected=code == value>{words}</option> })
        .collect_view();
    framed(name, label, hint, error, move |c| {
        view! {
            <select class="field__input" id=c.id name=c.name aria-describedby=c.described_by aria-invalid=c.invalid>
                {options}
            </select>
        }
    })
}

/// A file to send, with its label, hint and error as [`TextField`] has them. A browser never
/// fills a file in again, so an error asks for the file anew.
#[component]
pub fn FileField(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] error: Option<String>,
    /// The kinds of file the browser offers first, such as ".csv,text/csv".
    accept: &'static str,
) -> impl IntoView {
    framed(name, label, hint, error, move |c| {
        view! {
            <input
                class="field__input field__file"
                id=c.id
                name=c.name
                type="file"
                accept=accept
                aria-describedby=c.described_by
                aria-invalid=c.invalid
            />
        }
    })
}

/// A text box of several lines, with its label, hint and error as [`TextField`] has them.
#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] error: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = 4)] rows: u32,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    framed(name, label, hint, error, move |c| {
        view! {
            <textarea
                class="field__input field__textarea"
                id=c.id
                name=c.name
                rows=rows
                autocomplete=autocomplete
                aria-describedby=c.described_by
                aria-invalid=c.invalid
            >
                {value}
            </textarea>
        }
    })
}

/// A password field that allows paste and password managers, with a "show password" button
/// that appears once the page is interactive (without JavaScript it could not work).
#[component]
pub fn PasswordField(
    name: &'static str,
    label: String,
    #[prop(optional)] error: Option<String>,
    autocomplete: &'static str,
) -> impl IntoView {
    let show_label = use_i18n().text("password-show");
    framed(name.to_string(), label, None, error, move |c| {
        view! {
            <PasswordInput
                id=c.id
                name=c.name
                autocomplete=autocomplete.to_string()
                described_by=c.described_by
                invalid=c.invalid.is_some()
                show_label=show_label
            />
        }
    })
}

/// The input and, in the browser, the button that shows what was typed (an island: the rest of
/// the field is server HTML).
#[island]
fn PasswordInput(
    id: String,
    name: String,
    autocomplete: String,
    described_by: Option<String>,
    invalid: bool,
    show_label: String,
) -> impl IntoView {
    crate::islands::island_here();
    let (shown, set_shown) = signal(false);
    let (interactive, set_interactive) = signal(false);
    Effect::new(move |_| set_interactive.set(true));
    view! {
        <div class="password">
            <input
                class="field__input"
                id=id.clone()
                name=name
                type=move || if shown.get() { "text" } else { "password" }
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="none"
                aria-describedby=described_by
                aria-invalid=invalid.then_some("true")
            />
            <Show when=move || interactive.get()>
                <button
                    type="button"
                    class="button button--secondary password__toggle"
                    aria-controls=id.clone()
                    aria-pressed=move || if shown.get() { "true" } else { "false" }
                    on:click=move |_| set_shown.update(|s| *s = !*s)
                >
                    {show_label.clone()}
                </button>
            </Show>
        </div>
    }
}
