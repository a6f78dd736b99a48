//! One line of a decision as a card: the service, how much, the tier, the value per unit and the
//! line's planned total. The client's decision page and the counsellor's decision form show it.

use leptos::prelude::*;

use crate::budget::units_text;
use crate::budget::{is_hourly, product_label_id, DecisionLine};
use crate::components::figure::Figure;
use crate::i18n::format::euros;
use crate::i18n::{msg, I18n};

#[component]
pub fn DecisionLineCard(t: I18n, line: DecisionLine) -> impl IntoView {
    let amount = match &line.units_per_month {
        Some(units) => {
            t.text_with("decision-monthly", &[("units", units_text(t, &line.product, units).into())])
        }
        None => t.text("decision-daily"),
    };
    let per_unit =
        if is_hourly(&line.product) { msg("decision-value-per-hour") } else { msg("decision-value-per-day") };
    let tier = line.tier.map(|tier| {
        view! {
            <Figure label=t.text("decision-tier") value=tier.to_string() />
        }
    });
    view! {
        <li class="card">
            <h3>{t.text(product_label_id(&line.product))}</h3>
            <dl class="figures figures--small">
                <Figure label=t.text("decision-how-much") value=amount />
                {tier}
                <Figure label=t.text("decision-voucher-value") value=t.text_with(per_unit, &[("amount", euros(t, &line.unit_value).into())]) />
                <Figure label=t.text("decision-line-total") value=euros(t, &line.planned_total) />
            </dl>
        </li>
    }
}
