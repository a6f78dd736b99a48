//! The five faces from very bad to very good: radio buttons shown as big pictograms with a text
//! label each, so a tap, the keyboard (arrow keys) and a switch all choose one, and the choice
//! shows by a thick frame and a tick as well as by colour.

use leptos::prelude::*;

use crate::components::form::FieldErrorMessage;
use crate::context::use_i18n;
use crate::feedback::FACES;

#[component]
pub fn Faces(
    /// The radio group's field name.
    name: &'static str,
    legend: String,
    hint: Option<String>,
    chosen: Option<i64>,
    error: Option<String>,
    /// A heading-sized legend when the question is the page's main one.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let t = use_i18n();
    let group = crate::components::form::field_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{group}-hint"));
    let error_id = error.as_ref().map(|_| format!("{group}-error"));
    let described_by: Vec<String> = [hint_id.clone(), error_id.clone()].into_iter().flatten().collect();
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    let class = if error.is_some() { "field field--error faces" } else { "field faces" };
    let legend_class = if large { "faces__legend faces__legend--large" } else { "faces__legend" };
    let options = FACES
        .iter()
        .map(|&(score, label_id, picture)| {
            // The first radio carries the field's id, so the error summary's link lands on it.
            let id = if score == 1 { group.clone() } else { format!("{group}-{score}") };
            view! {
                <div class="face">
                    <input
                        type="radio"
                        class="face__input"
                        id=id.clone()
                        name=name
                        value=score.to_string()
                        checked=chosen == Some(score)
                    />
                    <label class="face__label" for=id>
                        <img src=picture alt="" width="56" height="56" />
                        <span>{t.text(label_id)}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class=class aria-describedby=described_by>
            <legend class=legend_class>{legend}</legend>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            {error.map(|e| view! { <FieldErrorMessage id=error_id.clone() text=e /> })}
            <div class="faces__options">{options}</div>
        </fieldset>
    }
}
