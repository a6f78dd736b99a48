//! Figures side by side as horizontal bars: a row per thing compared, its name in HTML (so that
//! it follows the reader's text size), a solid bar for what happened and, where there is one, a
//! dashed outline for what was planned, so the two differ by shape as well as colour. The bars
//! are one picture described by the sentence `described_by` names; the table beside carries the
//! same numbers for anyone who needs them.

use leptos::prelude::*;

/// One row: its name, what happened, and what was planned (if anything).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub solid: f64,
    pub outline: Option<f64>,
}

#[component]
pub fn Bars(
    bars: Vec<Bar>,
    /// The full length of a bar; the largest figure when `None`.
    #[prop(optional)]
    scale: Option<f64>,
    /// The id of the sentence that says what the bars show.
    described_by: &'static str,
    /// What the solid bar and the outline stand for; no outline text, no outline in the key.
    solid_label: String,
    outline_label: Option<String>,
) -> impl IntoView {
    let largest = bars.iter().flat_map(|b| [Some(b.solid), b.outline]).flatten().fold(0.0, f64::max);
    let full = scale.unwrap_or(largest).max(f64::EPSILON);
    let width = move |value: f64| format!("width:{:.1}%", (100.0 * value.max(0.0) / full).min(100.0));
    let rows = bars
        .into_iter()
        .map(|bar| {
            view! {
                <li class="bars__row">
                    <span class="bars__label">{bar.label}</span>
                    <span class="bars__track">
                        {bar.outline.map(|o| view! { <span class="bars__outline" style=width(o)></span> })}
                        <span class="bars__solid" style=width(bar.solid)></span>
                    </span>
                </li>
            }
        })
        .collect_view();
    let outline_key = outline_label.map(|label| {
        view! {
            <li>
                <span class="chart__swatch chart__swatch--planned" aria-hidden="true"></span>
                {label}
            </li>
        }
    });
    view! {
        <figure class="bars">
            <div role="img" aria-labelledby=described_by>
                <ul class="bars__rows">{rows}</ul>
            </div>
            <figcaption>
                <ul class="chart__legend">
                    <li>
                        <span class="chart__swatch chart__swatch--used" aria-hidden="true"></span>
                        {solid_label}
                    </li>
                    {outline_key}
                </ul>
            </figcaption>
        </figure>
    }
}
