//! Changes of provider, the agreements they end and begin, and departures from the personal
//! budget: the rows of B14-B17.

use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::budget::{date_text, parse_date};
use super::StoreError;
use crate::rules::{Period, Product};

/// An agreement with its provider's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementRow {
    pub id: i64,
    pub provider_id: i64,
    pub provider_name: String,
    pub product: Product,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

fn agreement_from_row(r: &AnyRow) -> Result<AgreementRow, StoreError> {
    let product: String = r.try_get("product")?;
    Ok(AgreementRow {
        id: r.try_get("id")?,
        provider_id: r.try_get("provider_id")?,
        provider_name: r.try_get("name")?,
        product: Product::parse(&product).ok_or_else(|| StoreError::Corrupt(format!("product {product}")))?,
        start: parse_date(&r.try_get::<String, _>("start_date")?)?,
        end: r.try_get::<Option<String>, _>("end_date")?.as_deref().map(parse_date).transpose()?,
    })
}

const AGREEMENT_COLUMNS: &str =
    "a.id, a.provider_id, p.name, a.product, a.start_date, a.end_date FROM agreements a \
     JOIN providers p ON p.id = a.provider_id";

/// The client's agreements running on `today`, by service and provider.
pub async fn running_agreements(
    conn: &mut AnyConnection,
    client_id: i64,
    today: NaiveDate,
) -> Result<Vec<AgreementRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {AGREEMENT_COLUMNS} WHERE a.client_id = $1 AND a.start_date <= $2 \
         AND (a.end_date IS NULL OR a.end_date >= $2) ORDER BY a.product, p.name, a.id"
    ))
    .bind(client_id)
    .bind(date_text(today))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(agreement_from_row).collect()
}

/// One of a provider's agreements, with its client and what moves its days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderAgreement {
    pub client_id: i64,
    pub client_name: String,
    pub product: Product,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    /// A change of provider (not cancelled) made this agreement: the client comes from another.
    pub by_change_in: bool,
    /// A change of provider (not cancelled) ends this agreement: the client goes to another.
    pub by_change_out: bool,
    /// The client leaves the personal budget on this agreement's last day.
    pub by_departure: bool,
}

/// The provider's agreements not ended before `today`, by client name and service. The changes
/// and departures are looked up by client, whose rows are few.
pub async fn provider_agreements(
    conn: &mut AnyConnection,
    provider_id: i64,
    today: NaiveDate,
) -> Result<Vec<ProviderAgreement>, StoreError> {
    let rows = sqlx::query(
        "SELECT a.client_id, c.name, a.product, a.start_date, a.end_date, \
         (SELECT COUNT(*) FROM provider_changes pc WHERE pc.client_id = a.client_id \
          AND pc.new_agreement_id = a.id AND pc.status = 'made') AS by_change_in, \
         (SELECT COUNT(*) FROM provider_changes pc WHERE pc.client_id = a.client_id \
          AND pc.agreement_id = a.id AND pc.status = 'made') AS by_change_out, \
         (SELECT COUNT(*) FROM departures d WHERE d.client_id = a.client_id \
          AND d.last_day = a.end_date) AS by_departure \
         FROM agreements a JOIN clients c ON c.id = a.client_id          WHERE a.provider_id = $1 AND (a.end_date IS NULL OR a.end_date >= $2)          ORDER BY c.name, a.client_id, a.product, a.start_date",
    )
    .bind(provider_id)
    .bind(date_text(today))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            let product: String = r.try_get("product")?;
            Ok(ProviderAgreement {
                client_id: r.try_get("client_id")?,
                client_name: r.try_get("name")?,
                product: Product::parse(&product)
                    .ok_or_else(|| StoreError::Corrupt(format!("product {product}")))?,
                start: parse_date(&r.try_get::<String, _>("start_date")?)?,
                end: r.try_get::<Option<String>, _>("end_date")?.as_deref().map(parse_date).transpose()?,
                by_change_in: r.try_get::<i64, _>("by_change_in")? > 0,
                by_change_out: r.try_get::<i64, _>("by_change_out")? > 0,
                by_departure: r.try_get::<i64, _>("by_departure")? > 0,
            })
        })
        .collect()
}

/// The client's agreements not ended before `today`: those running and those still to begin.
pub async fn agreements_from(
    conn: &mut AnyConnection,
    client_id: i64,
    today: NaiveDate,
) -> Result<Vec<AgreementRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {AGREEMENT_COLUMNS} WHERE a.client_id = $1 AND (a.end_date IS NULL OR a.end_date >= $2) \
         ORDER BY a.product, p.name, a.id"
    ))
    .bind(client_id)
    .bind(date_text(today))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(agreement_from_row).collect()
}

/// One of the client's agreements; `None` when it is someone else's or does not exist.
pub async fn find_agreement(
    conn: &mut AnyConnection,
    client_id: i64,
    id: i64,
) -> Result<Option<AgreementRow>, StoreError> {
    let row = sqlx::query(&format!("SELECT {AGREEMENT_COLUMNS} WHERE a.client_id = $1 AND a.id = $2"))
        .bind(client_id)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(agreement_from_row).transpose()
}

pub async fn set_agreement_end(
    conn: &mut AnyConnection,
    id: i64,
    end: Option<NaiveDate>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE agreements SET end_date = $1 WHERE id = $2")
        .bind(end.map(date_text))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether the provider lists the client's municipality among the areas it serves.
pub async fn serves_area(
    conn: &mut AnyConnection,
    provider_id: i64,
    municipality: &str,
) -> Result<bool, StoreError> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM provider_areas WHERE provider_id = $1 AND municipality = $2",
    )
    .bind(provider_id)
    .bind(municipality)
    .fetch_one(&mut *conn)
    .await?;
    Ok(count > 0)
}

/// Who did something and when (Unix seconds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub role: String,
}

impl Actor {
    /// The actor of a history row, kept as `done_by` and `done_by_role`.
    pub fn from_row(row: &sqlx::any::AnyRow) -> Result<Actor, sqlx::Error> {
        Ok(Actor { name: row.try_get("done_by")?, role: row.try_get("done_by_role")? })
    }
}

/// A change as it is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeRow {
    pub id: i64,
    pub agreement_id: i64,
    pub new_agreement_id: Option<i64>,
    pub product: Product,
    pub old_provider_id: i64,
    pub old_provider: String,
    pub new_provider_id: i64,
    pub new_provider: String,
    pub notice_on: NaiveDate,
    pub old_last_day: NaiveDate,
    pub new_first_day: NaiveDate,
    pub old_end_date: Option<NaiveDate>,
    pub cancelled: bool,
    pub made_by: (Actor, i64),
    pub cancelled_by: Option<(Actor, i64)>,
}

const CHANGE_COLUMNS: &str = "c.id, c.agreement_id, c.new_agreement_id, c.product, c.old_provider_id, \
     op.name AS old_name, c.new_provider_id, np.name AS new_name, c.notice_on, c.old_last_day, \
     c.new_first_day, c.old_end_date, c.status, c.made_by, c.made_by_role, c.made_at, c.cancelled_by, \
     c.cancelled_by_role, c.cancelled_at FROM provider_changes c \
     JOIN providers op ON op.id = c.old_provider_id JOIN providers np ON np.id = c.new_provider_id";

fn change_from_row(r: &AnyRow) -> Result<ChangeRow, StoreError> {
    let date =
        |column: &str| -> Result<NaiveDate, StoreError> { parse_date(&r.try_get::<String, _>(column)?) };
    let product: String = r.try_get("product")?;
    let cancelled_by = match r.try_get::<Option<String>, _>("cancelled_by")? {
        Some(name) => Some((
            Actor { name, role: r.try_get::<Option<String>, _>("cancelled_by_role")?.unwrap_or_default() },
            r.try_get::<Option<i64>, _>("cancelled_at")?.unwrap_or_default(),
        )),
        None => None,
    };
    Ok(ChangeRow {
        id: r.try_get("id")?,
        agreement_id: r.try_get("agreement_id")?,
        new_agreement_id: r.try_get("new_agreement_id")?,
        product: Product::parse(&product).ok_or_else(|| StoreError::Corrupt(format!("product {product}")))?,
        old_provider_id: r.try_get("old_provider_id")?,
        old_provider: r.try_get("old_name")?,
        new_provider_id: r.try_get("new_provider_id")?,
        new_provider: r.try_get("new_name")?,
        notice_on: date("notice_on")?,
        old_last_day: date("old_last_day")?,
        new_first_day: date("new_first_day")?,
        old_end_date: r
            .try_get::<Option<String>, _>("old_end_date")?
            .as_deref()
            .map(parse_date)
            .transpose()?,
        cancelled: r.try_get::<String, _>("status")? == "cancelled",
        made_by: (
            Actor { name: r.try_get("made_by")?, role: r.try_get("made_by_role")? },
            r.try_get("made_at")?,
        ),
        cancelled_by,
    })
}

/// The client's changes, newest first.
pub async fn changes_of(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<ChangeRow>, StoreError> {
    let rows = sqlx::query(&format!("SELECT {CHANGE_COLUMNS} WHERE c.client_id = $1 ORDER BY c.id DESC"))
        .bind(client_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(change_from_row).collect()
}

/// Whose a change of provider is; `None` when there is no such change.
pub async fn client_of_change(conn: &mut AnyConnection, id: i64) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT client_id FROM provider_changes WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?)
}

pub async fn find_change(
    conn: &mut AnyConnection,
    client_id: i64,
    id: i64,
) -> Result<Option<ChangeRow>, StoreError> {
    let row = sqlx::query(&format!("SELECT {CHANGE_COLUMNS} WHERE c.client_id = $1 AND c.id = $2"))
        .bind(client_id)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(change_from_row).transpose()
}

/// The change made earlier with this idempotency key, if any.
pub async fn change_with_key(
    conn: &mut AnyConnection,
    client_id: i64,
    key: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM provider_changes WHERE client_id = $1 AND idempotency_key = $2")
        .bind(client_id)
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?)
}

/// Whether the agreement has a change that is not cancelled.
pub async fn has_change(conn: &mut AnyConnection, agreement_id: i64) -> Result<bool, StoreError> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM provider_changes WHERE agreement_id = $1 AND status = 'made'",
    )
    .bind(agreement_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(count > 0)
}

pub struct NewChange<'a> {
    pub client_id: i64,
    pub agreement: &'a AgreementRow,
    pub new_agreement_id: i64,
    pub new_provider_id: i64,
    pub notice_on: NaiveDate,
    pub old_last_day: NaiveDate,
    pub new_first_day: NaiveDate,
    pub by: &'a Actor,
    pub at: i64,
    pub key: Option<&'a str>,
}

pub async fn insert_change(conn: &mut AnyConnection, change: &NewChange<'_>) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO provider_changes (client_id, agreement_id, new_agreement_id, old_provider_id, \
         new_provider_id, product, notice_on, old_last_day, new_first_day, old_end_date, status, made_by, \
         made_by_role, made_at, idempotency_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'made', $11, $12, $13, $14) RETURNING id",
    )
    .bind(change.client_id)
    .bind(change.agreement.id)
    .bind(change.new_agreement_id)
    .bind(change.agreement.provider_id)
    .bind(change.new_provider_id)
    .bind(change.agreement.product.code())
    .bind(date_text(change.notice_on))
    .bind(date_text(change.old_last_day))
    .bind(date_text(change.new_first_day))
    .bind(change.agreement.end.map(date_text))
    .bind(&change.by.name)
    .bind(&change.by.role)
    .bind(change.at)
    .bind(change.key)
    .fetch_one(&mut *conn)
    .await?)
}

/// Marks a change cancelled: the old agreement's end is put back and the agreement the change
/// began is taken away.
pub async fn cancel_change(
    conn: &mut AnyConnection,
    change: &ChangeRow,
    by: &Actor,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE provider_changes SET status = 'cancelled', new_agreement_id = NULL, cancelled_by = $1, \
         cancelled_by_role = $2, cancelled_at = $3 WHERE id = $4",
    )
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .bind(change.id)
    .execute(&mut *conn)
    .await?;
    set_agreement_end(conn, change.agreement_id, change.old_end_date).await?;
    if let Some(id) = change.new_agreement_id {
        sqlx::query("DELETE FROM agreements WHERE id = $1").bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// A departure as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DepartureRow {
    pub decision_id: i64,
    pub notice_on: NaiveDate,
    pub last_day: NaiveDate,
    /// The decision's period as it was before the client left.
    pub original: Period,
    pub done_by: (Actor, i64),
    pub reasons: Vec<String>,
    pub reason_text: Option<String>,
}

pub async fn departure_of(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Option<DepartureRow>, StoreError> {
    let row = sqlx::query(
        "SELECT x.decision_id, x.notice_on, x.last_day, d.valid_from, x.original_valid_to, x.done_by, \
         x.done_by_role, x.done_at, x.reasons, x.reason_text FROM departures x \
         JOIN decisions d ON d.id = x.decision_id WHERE x.client_id = $1 ORDER BY x.id DESC LIMIT 1",
    )
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        let date =
            |column: &str| -> Result<NaiveDate, StoreError> { parse_date(&r.try_get::<String, _>(column)?) };
        Ok(DepartureRow {
            decision_id: r.try_get("decision_id")?,
            notice_on: date("notice_on")?,
            last_day: date("last_day")?,
            original: Period::new(date("valid_from")?, date("original_valid_to")?)
                .map_err(|_| StoreError::Corrupt("departure period".into()))?,
            done_by: (Actor::from_row(&r)?, r.try_get("done_at")?),
            reasons: r
                .try_get::<Option<String>, _>("reasons")?
                .map(|codes| codes.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect())
                .unwrap_or_default(),
            reason_text: r.try_get("reason_text")?,
        })
    })
    .transpose()
}

pub struct NewDeparture<'a> {
    pub client_id: i64,
    pub decision_id: i64,
    pub notice_on: NaiveDate,
    pub last_day: NaiveDate,
    pub original_valid_to: NaiveDate,
    pub by: &'a Actor,
    pub at: i64,
}

/// B17 in storage: the departure, the decision shortened, the agreements ended on the last day,
/// and changes that would start after it cancelled with their agreements.
pub async fn leave(conn: &mut AnyConnection, departure: &NewDeparture<'_>) -> Result<(), StoreError> {
    let last_day = date_text(departure.last_day);
    sqlx::query(
        "INSERT INTO departures (client_id, decision_id, notice_on, last_day, original_valid_to, done_by, \
         done_by_role, done_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(departure.client_id)
    .bind(departure.decision_id)
    .bind(date_text(departure.notice_on))
    .bind(&last_day)
    .bind(date_text(departure.original_valid_to))
    .bind(&departure.by.name)
    .bind(&departure.by.role)
    .bind(departure.at)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE decisions SET valid_to = $1 WHERE id = $2")
        .bind(&last_day)
        .bind(departure.decision_id)
        .execute(&mut *conn)
        .await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM provider_changes WHERE client_id = $1 AND status = 'made' AND new_first_day > $2",
    )
    .bind(departure.client_id)
    .bind(&last_day)
    .fetch_all(&mut *conn)
    .await?;
    for id in ids {
        if let Some(change) = find_change(conn, departure.client_id, id).await? {
            cancel_change(conn, &change, departure.by, departure.at).await?;
        }
    }
    sqlx::query(
        "UPDATE agreements SET end_date = $1 WHERE client_id = $2 AND (end_date IS NULL OR end_date > $1)",
    )
    .bind(&last_day)
    .bind(departure.client_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The optional answer to "why do you leave".
pub async fn save_reasons(
    conn: &mut AnyConnection,
    client_id: i64,
    decision_id: i64,
    reasons: &[String],
    text: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE departures SET reasons = $1, reason_text = $2 WHERE client_id = $3 AND decision_id = $4",
    )
    .bind(reasons.join(","))
    .bind(text)
    .bind(client_id)
    .bind(decision_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
