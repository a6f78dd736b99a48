//! What a proposal to use the budget differently means, in sentences rather than a table so that
//! it reads the same at 320 px, zoomed, and aloud: each service before and after in the first
//! month of the change, the month's sum, and the sum to the decision's last day.

use leptos::prelude::*;

use crate::budget::{product_label_id, units_text};
use crate::i18n::format::{day, euros, month_name};
use crate::i18n::I18n;
use crate::proposals::ProposalEffect;

#[component]
pub fn EffectView(t: I18n, effect: ProposalEffect) -> impl IntoView {
    let month = month_name(t, &effect.month);
    let units = |product: &str, units: &Option<String>| match units {
        Some(units) => units_text(t, product, units),
        None => t.text("proposal-not-in-use"),
    };
    let lines = effect
        .lines
        .iter()
        .map(|line| {
            let said = t.text_with(
                "proposal-effect-line",
                &[
                    ("service", t.text(product_label_id(&line.product)).into()),
                    ("before", units(&line.product, &line.units_before).into()),
                    ("after", units(&line.product, &line.units_after).into()),
                    ("amount_before", euros(t, &line.before).into()),
                    ("amount_after", euros(t, &line.after).into()),
                ],
            );
            view! { <li>{said}</li> }
        })
        .collect_view();
    let month_total = t.text_with(
        "proposal-effect-month-total",
        &[
            ("month", month.clone().into()),
            ("before", euros(t, &effect.month_before).into()),
            ("after", euros(t, &effect.month_after).into()),
        ],
    );
    let rest = t.text_with(
        "proposal-effect-rest",
        &[
            ("from", day(t, &effect.rest_from).into()),
            ("to", day(t, &effect.rest_to).into()),
            ("before", euros(t, &effect.rest_before).into()),
            ("after", euros(t, &effect.rest_after).into()),
        ],
    );
    view! {
        <p>{t.text_with("proposal-effect-month", &[("month", month.into())])}</p>
        <ul class="effect-lines">{lines}</ul>
        <p>{month_total}</p>
        <p>{rest}</p>
    }
}
