//! A client's decision by a form: the period, and for each service its tier (housing) or units a
//! month, and its value. The counsellor prepares it; the decision-maker, who may change it,
//! decides with grounds. The lines pass the same B4 checks as the organiser's API, and a change
//! keeps every record already stored against the decision.

use std::collections::BTreeMap;

use app::budget::DatePeriod;
use app::counsellor::{
    decision_fields as fields, line_field, PreparedDecision, ServiceChoice, WaitingDecision,
};
use app::i18n::msg;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::clock::{helsinki_day, now_unix};
use crate::rules::calendar::parse_day;
use crate::rules::decision::{check_change, plan, ChangeRefusal, DecisionLine};
use crate::rules::{Money, Period, Product, Unit};
use crate::services::access::Reader;
use crate::services::messages;
use crate::services::registry::{decision_line, LineRequest};
use crate::store::accounts::Account;
use crate::store::budget::{date_text, StoredDecision};
use crate::store::decisions::{self, Event};
use crate::store::{budget, changes, Db, StoreError};

/// The longest grounds, in characters: a few paragraphs.
pub const GROUNDS_MAX: usize = 2_000;

/// The most units a month a line can plan: every day, or every hour, of the longest month.
const MAX_DAYS: i64 = 31;
const MAX_HOURS: i64 = 31 * 24;

/// Why the form's decision cannot be saved; each stands beside its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecisionFormError {
    #[error("the first day is not a date")]
    FromNotADate,
    #[error("the last day is not a date")]
    ToNotADate,
    #[error("the last day is before the first")]
    ToBeforeFrom,
    #[error("no service is in the decision")]
    NoLines,
    #[error("the tier is not 1, 2 or 3")]
    Tier(Product),
    #[error("the units a month are not a number in range")]
    Units(Product),
    #[error("the value is not an amount of euros")]
    Value(Product),
    #[error("another decision of the client covers some of these days")]
    Overlaps,
    #[error("records are stored for days the new period leaves out")]
    RecordOutsidePeriod,
    #[error("records are stored for a service the decision leaves out")]
    LineInUse(Product),
    #[error("the new total is less than what is charged already")]
    BelowCharged,
    /// The client has left the personal budget (B17): the decision cannot run past its last day.
    #[error("the period runs past the last day after the client left")]
    AfterLeaving,
    #[error("the decision-maker gave no grounds")]
    NoGrounds,
    #[error("the grounds are longer than the form takes")]
    GroundsTooLong,
}

impl DecisionFormError {
    pub fn field(self) -> String {
        let line = |product: Product, part: &str| line_field(product.code(), part);
        match self {
            DecisionFormError::FromNotADate
            | DecisionFormError::Overlaps
            | DecisionFormError::RecordOutsidePeriod => fields::FROM.into(),
            DecisionFormError::ToNotADate
            | DecisionFormError::ToBeforeFrom
            | DecisionFormError::AfterLeaving => fields::TO.into(),
            DecisionFormError::NoLines | DecisionFormError::BelowCharged => String::new(),
            DecisionFormError::Tier(p) => line(p, fields::TIER),
            DecisionFormError::Units(p) => line(p, fields::UNITS),
            DecisionFormError::Value(p) => line(p, fields::VALUE),
            DecisionFormError::LineInUse(p) if p.has_tiers() => line(p, fields::TIER),
            DecisionFormError::LineInUse(p) => line(p, fields::UNITS),
            DecisionFormError::NoGrounds | DecisionFormError::GroundsTooLong => fields::GROUNDS.into(),
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            DecisionFormError::FromNotADate => msg("decision-form-error-from"),
            DecisionFormError::ToNotADate => msg("decision-form-error-to"),
            DecisionFormError::ToBeforeFrom => msg("decision-form-error-to-before-from"),
            DecisionFormError::NoLines => msg("decision-form-error-no-lines"),
            DecisionFormError::Tier(_) => msg("decision-form-error-tier"),
            DecisionFormError::Units(p) if p.unit() == Unit::Hour => msg("decision-form-error-hours"),
            DecisionFormError::Units(_) => msg("decision-form-error-days"),
            DecisionFormError::Value(_) => msg("decision-form-error-value"),
            DecisionFormError::Overlaps => msg("decision-form-error-overlaps"),
            DecisionFormError::RecordOutsidePeriod => msg("decision-form-error-records-outside"),
            DecisionFormError::LineInUse(_) => msg("decision-form-error-line-in-use"),
            DecisionFormError::BelowCharged => msg("decision-form-error-below-charged"),
            DecisionFormError::AfterLeaving => msg("decision-form-error-after-leaving"),
            DecisionFormError::NoGrounds => msg("decision-form-error-no-grounds"),
            DecisionFormError::GroundsTooLong => msg("decision-form-error-grounds-long"),
        }
    }

    /// The numbers its message names.
    pub fn numbers(self) -> Vec<(&'static str, usize)> {
        match self {
            DecisionFormError::GroundsTooLong => vec![("most", GROUNDS_MAX)],
            _ => Vec::new(),
        }
    }
}

/// The services a decision can name, with their price-list values, in the order of the form.
pub fn services() -> Vec<ServiceChoice> {
    Product::ALL
        .into_iter()
        .map(|product| {
            let tiers: Vec<Option<u8>> =
                if product.has_tiers() { vec![Some(1), Some(2), Some(3)] } else { vec![None] };
            let values = tiers
                .into_iter()
                .filter_map(|tier| product.voucher_value(tier).map(|v| (tier, v.to_string())))
                .collect();
            ServiceChoice { product: product.code().to_string(), values }
        })
        .collect()
}

/// A decision as the form gave it, checked against B4.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionForm {
    pub period: Period,
    pub lines: Vec<DecisionLine>,
}

/// A number typed the Finnish way or the English way: "2,5" or "2.5".
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    text.trim().replace(',', ".").parse().ok()
}

/// An amount typed the Finnish way or the English way: "24,50", "24.50 €", "1 020".
pub fn parse_euros(text: &str) -> Option<Money> {
    let plain: String = text.chars().filter(|c| !c.is_whitespace() && *c != '€').collect();
    Money::parse(&plain.replace(',', ".")).filter(|m| *m >= Money::ZERO)
}

fn parse_units(text: &str, product: Product) -> Option<Decimal> {
    units_a_month(text, product).filter(|units| *units > Decimal::ZERO)
}

/// Units a month typed the Finnish way or the English way ("12,5"), from 0 to every day or hour
/// of the longest month, in hundredths at the finest.
pub fn units_a_month(text: &str, product: Product) -> Option<Decimal> {
    let units = parse_decimal(text)?;
    let most = if product.unit() == Unit::Hour { MAX_HOURS } else { MAX_DAYS };
    (units >= Decimal::ZERO && units <= Decimal::from(most) && units.normalize().scale() <= 2)
        .then_some(units)
}

/// Checks the posted form; every wrong field is named, in the order of the form.
pub fn check(form: &BTreeMap<String, String>) -> Result<DecisionForm, Vec<DecisionFormError>> {
    let value = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let mut errors = Vec::new();
    let from = parse_day(value(fields::FROM));
    let to = parse_day(value(fields::TO));
    if from.is_none() {
        errors.push(DecisionFormError::FromNotADate);
    }
    match (from, to) {
        (_, None) => errors.push(DecisionFormError::ToNotADate),
        (Some(from), Some(to)) if to < from => errors.push(DecisionFormError::ToBeforeFrom),
        _ => {}
    }
    let mut lines = Vec::new();
    for product in Product::ALL {
        let field = |part: &str| value(&line_field(product.code(), part)).to_string();
        let (tier, units) = (field(fields::TIER), field(fields::UNITS));
        let request = if product.has_tiers() {
            match tier.as_str() {
                "" => continue,
                t => match t.parse::<u8>().ok().filter(|t| (1..=3).contains(t)) {
                    Some(tier) => (Some(tier), None),
                    None => {
                        errors.push(DecisionFormError::Tier(product));
                        continue;
                    }
                },
            }
        } else {
            match units.as_str() {
                "" => continue,
                u => match parse_units(u, product) {
                    Some(units) => (None, Some(units)),
                    None => {
                        errors.push(DecisionFormError::Units(product));
                        continue;
                    }
                },
            }
        };
        let unit_value = match field(fields::VALUE).as_str() {
            "" => None,
            v => match parse_euros(v) {
                Some(money) => Some(money),
                None => {
                    errors.push(DecisionFormError::Value(product));
                    continue;
                }
            },
        };
        let (tier, units_per_month) = request;
        let line = LineRequest { product, tier, units_per_month, daily: product.has_tiers(), unit_value };
        match decision_line(&line) {
            Ok(line) => lines.push(line),
            Err(_) => errors.push(DecisionFormError::Tier(product)),
        }
    }
    if lines.is_empty() && errors.is_empty() {
        errors.push(DecisionFormError::NoLines);
    }
    match (from, to) {
        (Some(from), Some(to)) if errors.is_empty() => {
            let period = Period::new(from, to).map_err(|_| vec![DecisionFormError::ToBeforeFrom])?;
            Ok(DecisionForm { period, lines })
        }
        _ => Err(errors),
    }
}

/// What the counsellor prepared for the client, if it waits for the decision-maker, with its
/// period and total by the rules. The fields passed the same check when they were prepared, so
/// fields that do not pass now are a corrupt row.
pub async fn prepared(db: &Db, client_id: i64) -> Result<Option<PreparedDecision>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(prepared) = decisions::prepared(&mut conn, client_id).await? else { return Ok(None) };
    let form = check(&prepared.fields)
        .map_err(|_| StoreError::Corrupt(format!("the prepared decision of client {client_id}")))?;
    let period = DatePeriod { from: date_text(form.period.from), to: date_text(form.period.to) };
    let total = plan(&form.period, &form.lines).total.to_string();
    Ok(Some(PreparedDecision {
        fields: prepared.fields,
        by: prepared.by.name,
        day: date_text(helsinki_day(prepared.at)),
        period,
        total,
    }))
}

/// The decision-maker's list: every prepared decision, the longest-waiting first.
pub async fn waiting(db: &Db) -> Result<Vec<WaitingDecision>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(decisions::all_prepared(&mut conn)
        .await?
        .into_iter()
        .map(|p| WaitingDecision {
            client_id: p.client_id,
            client_name: p.client_name,
            prepared_by: p.by.name,
            day: date_text(helsinki_day(p.at)),
        })
        .collect())
}

/// The grounds the decision-maker wrote: required, at most [`GROUNDS_MAX`] characters.
pub fn check_grounds(form: &BTreeMap<String, String>) -> Result<String, DecisionFormError> {
    let grounds = form.get(fields::GROUNDS).map(|g| g.trim()).unwrap_or("");
    match grounds.chars().count() {
        0 => Err(DecisionFormError::NoGrounds),
        n if n > GROUNDS_MAX => Err(DecisionFormError::GroundsTooLong),
        _ => Ok(grounds.to_string()),
    }
}

/// The form's own fields, as the counsellor left them, for the decision-maker's form.
pub fn prepared_fields(form: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let lines = Product::ALL.into_iter().flat_map(|product| {
        [fields::TIER, fields::UNITS, fields::VALUE].map(move |part| line_field(product.code(), part))
    });
    [fields::FROM.to_string(), fields::TO.to_string()]
        .into_iter()
        .chain(lines)
        .filter_map(|name| {
            let value = form.get(&name).map(|v| v.trim()).filter(|v| !v.is_empty())?;
            Some((name, value.to_string()))
        })
        .collect()
}

/// Prepares the decision for the decision-maker in the counsellor's name, once it would pass
/// every check the decision itself must: what waits can be decided as it is.
pub async fn prepare(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    form: &DecisionForm,
    fields: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Result<Result<(), Vec<DecisionFormError>>, StoreError> {
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let (_, errors) = against_the_records(&mut tx, client_id, form, today).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let by = Reader::Person(counsellor).actor();
    decisions::prepare(&mut tx, client_id, &prepared_fields(fields), &by, now_unix()).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Makes the client's decision, or changes the one the form showed (in force on `today`, else
/// the nearest), in the decision-maker's name and with their grounds; what was prepared for it
/// no longer waits. A change must keep every record stored against it.
pub async fn decide(
    db: &Db,
    decision_maker: &Account,
    client_id: i64,
    form: &DecisionForm,
    grounds: &str,
    today: NaiveDate,
) -> Result<Result<(), Vec<DecisionFormError>>, StoreError> {
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let (current, errors) = against_the_records(&mut tx, client_id, form, today).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let (decision_id, old_total) = match &current {
        Some(decision) => {
            decisions::replace(&mut tx, decision.id, &form.period, &form.lines).await?;
            (decision.id, Some(plan(&decision.period, &decision.lines).total))
        }
        None => (decisions::make(&mut tx, client_id, &form.period, &form.lines).await?, None),
    };
    let total = plan(&form.period, &form.lines).total;
    let grounds = Some(grounds.to_string());
    let event = Event { decision_id, client_id, period: form.period, total, old_total, grounds };
    let event_id =
        decisions::record(&mut tx, &event, &Reader::Person(decision_maker).actor(), now_unix()).await?;
    decisions::drop_prepared(&mut tx, client_id).await?;
    messages::decided(&mut tx, client_id, event_id, &form.period, today).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The decision the form changes (in force on `today`, else the nearest; `None` makes one), and
/// why the form cannot be saved against what is stored: another decision on the same days, the
/// client's leaving, or records the change would leave out.
async fn against_the_records(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    client_id: i64,
    form: &DecisionForm,
    today: NaiveDate,
) -> Result<(Option<StoredDecision>, Vec<DecisionFormError>), StoreError> {
    let current = budget::decision_for(tx, client_id, today).await?;
    let except = current.as_ref().map(|d| d.id);
    let mut errors = Vec::new();
    if decisions::overlaps_another(tx, client_id, &form.period, except).await? {
        errors.push(DecisionFormError::Overlaps);
    }
    let left = changes::departure_of(tx, client_id).await?;
    if left.is_some_and(|departure| form.period.to > departure.last_day) {
        errors.push(DecisionFormError::AfterLeaving);
    }
    if let Some(decision) = &current {
        let records =
            budget::records_of_decision(&mut **tx, decision.id, budget::DecisionRecords::All).await?;
        let used: Vec<_> = records.into_iter().map(|r| r.used).collect();
        let refusals = check_change(&form.period, &form.lines, &used).err().unwrap_or_default();
        errors.extend(refusals.into_iter().map(|refusal| match refusal {
            ChangeRefusal::RecordOutsidePeriod(_) => DecisionFormError::RecordOutsidePeriod,
            ChangeRefusal::LineInUse(product) => DecisionFormError::LineInUse(product),
            ChangeRefusal::BelowCharged(_) => DecisionFormError::BelowCharged,
        }));
    }
    Ok((current, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_form_gives_the_lines_of_b4_with_price_list_values_unless_typed() {
        let checked = check(&form(&[
            ("from", "15.1.2018"),
            ("to", "2018-12-31"),
            ("supported-housing-tier", "2"),
            ("day-activities-units", "12"),
            ("personal-assistance-units", "40"),
            ("personal-assistance-value", "24,50 €"),
        ]))
        .unwrap();
        // The worked example of Aino (B5), from the form.
        assert_eq!(plan(&checked.period, &checked.lines).total.to_string(), "42770.97");
    }

    #[test]
    fn every_wrong_field_is_named() {
        let errors = check(&form(&[
            ("from", "15.13.2018"),
            ("to", "eilen"),
            ("supported-housing-tier", "4"),
            ("day-activities-units", "32"),
            ("personal-assistance-units", "40"),
            ("personal-assistance-value", "-1"),
        ]))
        .unwrap_err();
        assert_eq!(
            errors,
            vec![
                DecisionFormError::FromNotADate,
                DecisionFormError::ToNotADate,
                DecisionFormError::Tier(Product::SupportedHousing),
                DecisionFormError::Units(Product::DayActivities),
                DecisionFormError::Value(Product::PersonalAssistance),
            ]
        );
        let backwards =
            check(&form(&[("from", "2.1.2018"), ("to", "1.1.2018"), ("day-activities-units", "5")]));
        assert_eq!(backwards, Err(vec![DecisionFormError::ToBeforeFrom]));
        let empty = check(&form(&[("from", "1.1.2018"), ("to", "31.12.2018")]));
        assert_eq!(empty, Err(vec![DecisionFormError::NoLines]));
    }
}
