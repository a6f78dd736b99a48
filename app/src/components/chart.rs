//! Month-by-month use as an SVG bar chart: the plan as a dashed outline, the use as a solid
//! bar, so the two differ by shape as well as colour. The chart is an image described by the
//! sentence beside it; the table after it carries the same numbers for anyone who needs them.
//! The month numbers under the bars are HTML, not SVG text, so that they follow the reader's
//! text size instead of shrinking with the picture (11 px on a phone).

use leptos::prelude::*;

use crate::budget::BudgetMonth;
use crate::i18n::I18n;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 202.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 200.0;

#[component]
pub fn MonthChart(t: I18n, months: Vec<BudgetMonth>, described_by: &'static str) -> impl IntoView {
    let amount = |s: &str| s.parse::<f64>().unwrap_or(0.0).max(0.0);
    let highest = months.iter().flat_map(|m| [amount(&m.planned), amount(&m.used)]).fold(1.0, f64::max);
    let slot = WIDTH / months.len().max(1) as f64;
    let height = move |value: f64| (BOTTOM - TOP) * value / highest;
    let bars = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = i as f64 * slot;
            let (planned, used) = (height(amount(&m.planned)), height(amount(&m.used)));
            view! {
                <g>
                    <rect
                        class="chart__planned"
                        x=format!("{:.1}", x + slot * 0.12)
                        y=format!("{:.1}", BOTTOM - planned)
                        width=format!("{:.1}", slot * 0.76)
                        height=format!("{planned:.1}")
                    />
                    <rect
                        class="chart__used"
                        x=format!("{:.1}", x + slot * 0.28)
                        y=format!("{:.1}", BOTTOM - used)
                        width=format!("{:.1}", slot * 0.44)
                        height=format!("{used:.1}")
                    />
                </g>
            }
        })
        .collect_view();
    let month_numbers = months
        .iter()
        .map(|m| view! { <li>{m.month.get(5..7).unwrap_or("").trim_start_matches('0').to_string()}</li> })
        .collect_view();
    let columns = format!("--months:{}", months.len().max(1));
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby=described_by
                focusable="false"
                preserveAspectRatio="xMidYMid meet"
            >
                <line class="chart__axis" x1="0" y1=BOTTOM x2=WIDTH y2=BOTTOM />
                {bars}
            </svg>
            // The picture's own description says which months these are; a screen reader would
            // only hear twelve bare numbers.
            <ol class="chart__months" style=columns aria-hidden="true">
                {month_numbers}
            </ol>
            <figcaption>
                <ul class="chart__legend">
                    <li>
                        <span class="chart__swatch chart__swatch--planned" aria-hidden="true"></span>
                        {t.text("chart-planned")}
                    </li>
                    <li>
                        <span class="chart__swatch chart__swatch--used" aria-hidden="true"></span>
                        {t.text("chart-used")}
                    </li>
                    <li>{t.text("chart-months")}</li>
                </ul>
            </figcaption>
        </figure>
    }
}
