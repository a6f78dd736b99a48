//! The organiser's indicators for a month: clients with a budget, what was charged and paid as
//! own shares, what is held, guidance time, changes of provider and who left, by municipality
//! and in all; the same figures as CSV. For all municipalities together: the feedback averages
//! (from five answers up, B19) and why clients left.

use std::collections::BTreeMap;

use app::changes::LEAVE_REASONS;
use app::indicators::{
    AreaFigures, Filter, FilteredFigures, FoundProvider, IndicatorsPage, LeavingFigures, ReasonCount,
    ScoreFigure, ServiceFigures, WellbeingFigures, FEWEST_ANSWERS,
};
use app::provider_survey::HalfYear;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::AnyConnection;

use crate::rules::decision::planned_for_month;
use crate::rules::{Money, Product, YearMonth};
use crate::services::{csv, provider_survey};
use crate::store::budget::date_text;
use crate::store::indicators::{self, AreaSums, Narrowed, ScoreSums, SharedCheck};
use crate::store::{providers, Db, StoreError};

/// The most months offered to choose from.
const MONTHS_SHOWN: usize = 36;

/// The month shown when none is asked for: the last whole month before today's.
pub fn default_month(today: NaiveDate) -> YearMonth {
    let this = YearMonth::of(today);
    let previous = this.first_day().pred_opt().expect("a day before the first of a month");
    YearMonth::of(previous)
}

/// The filters as asked in the address: a product code, part of a provider's name, or a
/// provider's id (chosen from several names that matched).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterAsked {
    pub service: Option<String>,
    pub provider_typed: String,
    pub provider_id: Option<i64>,
}

/// The most providers offered to choose from when several names have what was typed.
const PROVIDER_CHOICES: usize = 20;

/// Finds the provider the filter names: by id, by a whole name, or by the one name that has
/// what was typed; several such names are offered to choose from.
async fn resolve(conn: &mut AnyConnection, asked: &FilterAsked) -> Result<Filter, StoreError> {
    let service = asked.service.as_deref().and_then(Product::parse).map(|p| p.code().to_string());
    let mut filter =
        Filter { service, provider_typed: asked.provider_typed.trim().to_string(), ..Filter::default() };
    if let Some(id) = asked.provider_id {
        let name = providers::name_of(conn, id).await?;
        filter.provider = name.map(|name| FoundProvider { id, name });
        filter.provider_not_found = filter.provider.is_none();
        return Ok(filter);
    }
    if filter.provider_typed.is_empty() {
        return Ok(filter);
    }
    let typed = filter.provider_typed.to_lowercase();
    let found: Vec<FoundProvider> = providers::names(conn)
        .await?
        .into_iter()
        .filter(|(_, name)| name.to_lowercase().contains(&typed))
        .map(|(id, name)| FoundProvider { id, name })
        .collect();
    let exact: Vec<&FoundProvider> = found.iter().filter(|p| p.name.to_lowercase() == typed).collect();
    match (found.len(), exact.as_slice()) {
        (0, _) => filter.provider_not_found = true,
        (1, _) => filter.provider = found.into_iter().next(),
        (_, [only]) => filter.provider = Some((*only).clone()),
        _ => filter.provider_choices = found.into_iter().take(PROVIDER_CHOICES).collect(),
    }
    Ok(filter)
}

/// The month's figures; the budgets and costs also narrowed to a service or provider, when
/// the filter names one.
pub async fn page(
    db: &Db,
    month: YearMonth,
    today: NaiveDate,
    asked: &FilterAsked,
) -> Result<IndicatorsPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let (first_day, last_day) = (date_text(month.first_day()), date_text(month.last_day()));
    let mut sums = indicators::by_municipality(&mut conn, &first_day, &last_day, &month.to_string()).await?;
    add_decided(&mut conn, &mut sums, month, None).await?;
    let filter = resolve(&mut conn, asked).await?;
    let narrowed =
        Narrowed { product: filter.service.as_deref(), provider_id: filter.provider.as_ref().map(|p| p.id) };
    let filtered = if filter.narrows() {
        let mut sums =
            indicators::narrowed_sums(&mut conn, &first_day, &last_day, &month.to_string(), narrowed).await?;
        // A decision plans services, not providers: what was decided is known for a service alone.
        let decided_known = narrowed.provider_id.is_none();
        if decided_known {
            add_decided(&mut conn, &mut sums, month, narrowed.product).await?;
        }
        Some(filtered_figures(sums, decided_known))
    } else {
        None
    };
    let scores = indicators::feedback(&mut conn, &first_day, &last_day, narrowed).await?;
    let reasons = indicators::leaving_reasons(&mut conn, &first_day, &last_day).await?;
    let checks = indicators::shared_checks(&mut conn, &last_day).await?;
    let first =
        indicators::first_day(&mut conn).await?.and_then(|day| YearMonth::parse(&day[..7.min(day.len())]));
    let mut total = AreaSums::default();
    let areas = sums
        .into_iter()
        .map(|(municipality, sums)| {
            add(&mut total, &sums);
            figures(Some(municipality), &sums)
        })
        .collect();
    Ok(IndicatorsPage {
        month: month.to_string(),
        months: months(first, YearMonth::of(today)),
        areas,
        total: figures(None, &total),
        feedback: ["service", "process", "heard", "choice"]
            .into_iter()
            .zip(scores)
            .map(|(asked, sums)| score_figure(asked, sums))
            .collect(),
        leaving: leaving(&reasons),
        wellbeing: wellbeing(&checks),
        providers: provider_survey::experience(&mut conn, HalfYear::of_month(month.year, month.month))
            .await?,
        filter,
        filtered,
    })
}

/// Adds what the decisions plan for the month (B5) to each municipality's sums: the days of the
/// month a decision covers plan its lines as its whole period would; only `product`'s lines when
/// one is given.
async fn add_decided(
    conn: &mut AnyConnection,
    sums: &mut BTreeMap<String, AreaSums>,
    month: YearMonth,
    product: Option<&str>,
) -> Result<(), StoreError> {
    let (first_day, last_day) = (date_text(month.first_day()), date_text(month.last_day()));
    for (municipality, covered, line, lines) in
        indicators::decided_lines(conn, &first_day, &last_day, product).await?
    {
        sums.entry(municipality).or_default().decided_cents +=
            planned_for_month(&covered, &line, month).cents() * lines;
    }
    Ok(())
}

/// The narrowed sums as the page shows them, by municipality and in all.
fn filtered_figures(sums: BTreeMap<String, AreaSums>, decided_known: bool) -> FilteredFigures {
    let mut total = AreaSums::default();
    let areas = sums
        .into_iter()
        .map(|(municipality, sums)| {
            add(&mut total, &sums);
            service_figures(Some(municipality), &sums, decided_known)
        })
        .collect();
    FilteredFigures { areas, total: service_figures(None, &total, decided_known) }
}

fn service_figures(municipality: Option<String>, sums: &AreaSums, decided_known: bool) -> ServiceFigures {
    let all = figures(municipality, sums);
    ServiceFigures {
        municipality: all.municipality,
        clients: all.clients,
        decided: decided_known.then_some(all.decided),
        charged: all.charged,
        own_shares: all.own_shares,
        held_records: all.held_records,
        held: all.held,
        charged_per_client: all.charged_per_client,
    }
}

/// Each client's first and latest check averaged, then averaged over the clients, rounded once
/// at the end; nothing below [`FEWEST_ANSWERS`] clients.
fn wellbeing(checks: &[SharedCheck]) -> WellbeingFigures {
    let average = |check: &SharedCheck| Decimal::from(check.score_sum) / Decimal::from(check.answers.max(1));
    let mut pairs = Vec::new();
    for own in checks.chunk_by(|a, b| a.client_id == b.client_id) {
        if let [first, .., latest] = own {
            pairs.push((average(first), average(latest)));
        }
    }
    let clients = u32::try_from(pairs.len()).unwrap_or(u32::MAX);
    if clients < FEWEST_ANSWERS {
        return WellbeingFigures { clients, ..WellbeingFigures::default() };
    }
    let n = Decimal::from(clients);
    let first: Decimal = pairs.iter().map(|(f, _)| *f).sum::<Decimal>() / n;
    let latest: Decimal = pairs.iter().map(|(_, l)| *l).sum::<Decimal>() / n;
    let change = (latest - first).round_dp(1);
    WellbeingFigures {
        clients,
        first: Some(format!("{:.1}", first.round_dp(1))),
        latest: Some(format!("{:.1}", latest.round_dp(1))),
        change: Some(if change > Decimal::ZERO { format!("+{change:.1}") } else { format!("{change:.1}") }),
    }
}

/// B19: an average only from [`FEWEST_ANSWERS`] answers up, to one decimal.
fn score_figure(asked: &str, sums: ScoreSums) -> ScoreFigure {
    let answers = u32::try_from(sums.answers).unwrap_or(u32::MAX);
    let average = (answers >= FEWEST_ANSWERS)
        .then(|| format!("{:.1}", (Decimal::from(sums.sum) / Decimal::from(sums.answers)).round_dp(1)));
    ScoreFigure { asked: asked.to_string(), answers, average }
}

/// Counts each reason once per client who gave it; unknown codes count as "other".
fn leaving(departures: &[Option<String>]) -> LeavingFigures {
    let given: Vec<Vec<&str>> = departures
        .iter()
        .flatten()
        .map(|codes| codes.split(',').map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>())
        .filter(|codes| !codes.is_empty())
        .collect();
    fn known(code: &str) -> &str {
        if LEAVE_REASONS.contains(&code) {
            code
        } else {
            "other"
        }
    }
    let reasons = LEAVE_REASONS
        .iter()
        .map(|&reason| {
            let n = given.iter().filter(|codes| codes.iter().any(|c| known(c) == reason)).count();
            ReasonCount { reason: reason.to_string(), clients: u32::try_from(n).unwrap_or(u32::MAX) }
        })
        .collect();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    LeavingFigures { left: count(departures.len()), answered: count(given.len()), reasons }
}

/// The months from the first decision's to today's, newest first.
fn months(first: Option<YearMonth>, last: YearMonth) -> Vec<String> {
    let Some(mut month) = first else { return vec![last.to_string()] };
    let mut all = Vec::new();
    while month <= last {
        all.push(month.to_string());
        month = month.next();
    }
    all.into_iter().rev().take(MONTHS_SHOWN).collect()
}

fn add(total: &mut AreaSums, sums: &AreaSums) {
    total.clients += sums.clients;
    total.decided_cents += sums.decided_cents;
    total.charged_cents += sums.charged_cents;
    total.own_share_cents += sums.own_share_cents;
    total.held_records += sums.held_records;
    total.held_cents += sums.held_cents;
    total.guidance_minutes += sums.guidance_minutes;
    total.expert_minutes += sums.expert_minutes;
    total.provider_changes += sums.provider_changes;
    total.left += sums.left;
}

fn figures(municipality: Option<String>, sums: &AreaSums) -> AreaFigures {
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    let per_client = |amount: Decimal, places: u32| {
        (sums.clients > 0).then(|| (amount / Decimal::from(sums.clients)).round_dp(places))
    };
    AreaFigures {
        municipality,
        clients: count(sums.clients),
        decided: Money::from_cents(sums.decided_cents).to_string(),
        charged: Money::from_cents(sums.charged_cents).to_string(),
        own_shares: Money::from_cents(sums.own_share_cents).to_string(),
        held_records: count(sums.held_records),
        held: Money::from_cents(sums.held_cents).to_string(),
        charged_per_client: per_client(Decimal::new(sums.charged_cents, 2), 2).map(|d| format!("{d:.2}")),
        guidance_minutes: count(sums.guidance_minutes),
        minutes_per_client: per_client(Decimal::from(sums.guidance_minutes), 1).map(|d| format!("{d:.1}")),
        expert_hours: format!("{:.1}", (Decimal::from(sums.expert_minutes) / Decimal::from(60)).round_dp(1)),
        expert_hours_per_client: per_client(Decimal::from(sums.expert_minutes) / Decimal::from(60), 2)
            .map(|d| format!("{d:.2}")),
        provider_changes: count(sums.provider_changes),
        left: count(sums.left),
    }
}

/// The page's figures as CSV: one line per municipality and one for all, with stable English
/// column names and plain numbers, for a spreadsheet or another system. Narrowed to a service
/// or provider, the budgets and costs of it, with the filter in each line.
pub fn csv(page: &IndicatorsPage) -> String {
    if let Some(filtered) = &page.filtered {
        return filtered_csv(&page.month, &page.filter, filtered);
    }
    let mut out = String::from(
        "month,municipality,clients,charged_eur,own_shares_eur,held_records,held_eur,\
         charged_per_client_eur,guidance_minutes,guidance_minutes_per_client,provider_changes,left,\
         decided_eur,expert_hours,expert_hours_per_client\n",
    );
    for area in page.areas.iter().chain(std::iter::once(&page.total)) {
        let name = area.municipality.as_deref().unwrap_or("all");
        let fields = [
            page.month.clone(),
            csv::field(name),
            area.clients.to_string(),
            area.charged.clone(),
            area.own_shares.clone(),
            area.held_records.to_string(),
            area.held.clone(),
            area.charged_per_client.clone().unwrap_or_default(),
            area.guidance_minutes.to_string(),
            area.minutes_per_client.clone().unwrap_or_default(),
            area.provider_changes.to_string(),
            area.left.to_string(),
            area.decided.clone(),
            area.expert_hours.clone(),
            area.expert_hours_per_client.clone().unwrap_or_default(),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn filtered_csv(month: &str, filter: &Filter, filtered: &FilteredFigures) -> String {
    let mut out = String::from(
        "month,service,provider_id,provider,municipality,clients_charged,decided_eur,charged_eur,\
         own_shares_eur,held_records,held_eur,charged_per_client_eur\n",
    );
    let provider = filter.provider.as_ref();
    for area in filtered.areas.iter().chain(std::iter::once(&filtered.total)) {
        let fields = [
            month.to_string(),
            filter.service.clone().unwrap_or_else(|| "all".into()),
            provider.map(|p| p.id.to_string()).unwrap_or_default(),
            csv::field(provider.map_or("all", |p| p.name.as_str())),
            csv::field(area.municipality.as_deref().unwrap_or("all")),
            area.clients.to_string(),
            area.decided.clone().unwrap_or_default(),
            area.charged.clone(),
            area.own_shares.clone(),
            area.held_records.to_string(),
            area.held.clone(),
            area.charged_per_client.clone().unwrap_or_default(),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_month_is_the_last_whole_one() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(default_month(d(2018, 5, 10)).to_string(), "2018-04");
        assert_eq!(default_month(d(2018, 1, 1)).to_string(), "2017-12");
    }

    #[test]
    fn per_client_figures_and_the_csv() {
        let sums =
            AreaSums { clients: 3, charged_cents: 100_000, guidance_minutes: 100, ..AreaSums::default() };
        let area = figures(Some("Joensuu, keskusta".into()), &sums);
        assert_eq!(area.charged_per_client.as_deref(), Some("333.33"));
        assert_eq!(area.minutes_per_client.as_deref(), Some("33.3"));
        assert_eq!(figures(None, &AreaSums::default()).charged_per_client, None);
        let page = IndicatorsPage {
            month: "2018-04".into(),
            months: vec![],
            areas: vec![area],
            total: figures(None, &sums),
            feedback: vec![],
            leaving: LeavingFigures::default(),
            wellbeing: WellbeingFigures::default(),
            providers: provider_survey::summary(HalfYear { year: 2018, half: 1 }, &[]),
            filter: Filter::default(),
            filtered: None,
        };
        let all = csv(&page);
        let lines: Vec<&str> = all.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[1],
            "2018-04,\"Joensuu, keskusta\",3,1000.00,0.00,0,0.00,333.33,100,33.3,0,0,0.00,0.0,0.00"
        );
        assert!(lines[2].starts_with("2018-04,all,3,"));

        // Narrowed to a provider: its budgets and costs, with the filter in each line and no
        // decided amount (a decision plans services, not providers).
        let provider = FoundProvider { id: 7, name: "Apu, Oy".into() };
        let narrowed = Filter { provider: Some(provider), ..Filter::default() };
        let one = AreaSums {
            clients: 2,
            charged_cents: 49_000,
            held_records: 1,
            held_cents: 2_450,
            ..AreaSums::default()
        };
        let mut sums = BTreeMap::new();
        sums.insert("Joensuu".to_string(), one);
        let page = IndicatorsPage { filter: narrowed, filtered: Some(filtered_figures(sums, false)), ..page };
        let narrowed = csv(&page);
        let lines: Vec<&str> = narrowed.lines().collect();
        assert!(lines[0].starts_with("month,service,provider_id,provider,municipality,clients_charged,"));
        assert_eq!(lines[1], "2018-04,all,7,\"Apu, Oy\",Joensuu,2,,490.00,0.00,1,24.50,245.00");
        assert_eq!(lines[2], "2018-04,all,7,\"Apu, Oy\",all,2,,490.00,0.00,1,24.50,245.00");
    }

    #[test]
    fn an_average_needs_five_answers_and_each_reason_counts_once_per_client() {
        assert_eq!(score_figure("service", ScoreSums { answers: 4, sum: 20 }).average, None);
        assert_eq!(
            score_figure("service", ScoreSums { answers: 6, sum: 23 }).average.as_deref(),
            Some("3.8")
        );
        let departures = [
            Some("moving,too-hard".to_string()),
            Some("moving".to_string()),
            Some("something-new".to_string()),
            Some(String::new()),
            None,
        ];
        let figures = leaving(&departures);
        assert_eq!((figures.left, figures.answered), (5, 3));
        let n = |code: &str| figures.reasons.iter().find(|r| r.reason == code).unwrap().clients;
        assert_eq!((n("moving"), n("too-hard"), n("other"), n("own-share")), (2, 1, 1, 0));
    }

    #[test]
    fn wellbeing_changes_from_five_clients_with_two_checks_each() {
        let check = |client_id, score_sum| SharedCheck { client_id, score_sum, answers: 10 };
        // Four clients with two checks and one with a single check: too few.
        let mut checks: Vec<SharedCheck> =
            (1..=4).flat_map(|c| [check(c, 30), check(c, 34)]).chain([check(5, 40)]).collect();
        assert_eq!(wellbeing(&checks), WellbeingFigures { clients: 4, ..WellbeingFigures::default() });
        // A fifth client's second check: averages 3.0 -> 3.4 for four, 4.0 -> 2.0 for the fifth.
        checks.push(check(5, 20));
        let figures = wellbeing(&checks);
        assert_eq!(figures.clients, 5);
        assert_eq!(figures.first.as_deref(), Some("3.2"));
        assert_eq!(figures.latest.as_deref(), Some("3.1"));
        assert_eq!(figures.change.as_deref(), Some("-0.1"));
    }

    #[test]
    fn the_months_run_from_the_first_decision_newest_first() {
        let ym = |text| YearMonth::parse(text).unwrap();
        assert_eq!(months(Some(ym("2018-01")), ym("2018-03")), vec!["2018-03", "2018-02", "2018-01"]);
        assert_eq!(months(None, ym("2018-03")), vec!["2018-03"]);
    }
}
