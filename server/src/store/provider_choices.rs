//! A client's first choices of provider: whether a service already has an agreement, and the
//! choices made, with who made them.

use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};

use super::budget::date_text;
use super::changes::Actor;
use super::StoreError;
use crate::rules::Product;

/// Whether an agreement for the service runs on `day` or later (begun or still to begin).
pub async fn has_agreement_from(
    conn: &mut AnyConnection,
    client_id: i64,
    product: Product,
    day: NaiveDate,
) -> Result<bool, StoreError> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM agreements WHERE client_id = $1 AND product = $2 \
         AND (end_date IS NULL OR end_date >= $3)",
    )
    .bind(client_id)
    .bind(product.code())
    .bind(date_text(day))
    .fetch_one(conn)
    .await?;
    Ok(count > 0)
}

/// Keeps who chose; the choice's id.
pub async fn insert(
    conn: &mut AnyConnection,
    client_id: i64,
    agreement_id: i64,
    by: &Actor,
    at: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO provider_choices (client_id, agreement_id, done_by, done_by_role, done_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(client_id)
    .bind(agreement_id)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .fetch_one(conn)
    .await?)
}

/// One of the client's choices: the service, the provider's name and the agreement's first day
/// ("YYYY-MM-DD"); `None` when the client has no choice of that id.
pub async fn chosen(
    conn: &mut AnyConnection,
    client_id: i64,
    choice_id: i64,
) -> Result<Option<(String, String, String)>, StoreError> {
    let row = sqlx::query(
        "SELECT a.product, p.name, a.start_date FROM provider_choices c \
         JOIN agreements a ON a.id = c.agreement_id JOIN providers p ON p.id = a.provider_id \
         WHERE c.id = $1 AND c.client_id = $2",
    )
    .bind(choice_id)
    .bind(client_id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| Ok((r.try_get("product")?, r.try_get("name")?, r.try_get("start_date")?))).transpose()
}

/// A choice made: who and when, the service and the provider.
pub struct Choice {
    pub by: Actor,
    pub at: i64,
    pub product: Product,
    pub provider: String,
}

/// Every first choice of provider made for the client, the oldest first.
pub async fn choices_of(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<Choice>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.done_by, c.done_by_role, c.done_at, a.product, p.name FROM provider_choices c \
         JOIN agreements a ON a.id = c.agreement_id JOIN providers p ON p.id = a.provider_id \
         WHERE c.client_id = $1 ORDER BY c.id",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let code: String = r.try_get("product")?;
            Ok(Choice {
                by: Actor::from_row(r)?,
                at: r.try_get("done_at")?,
                product: Product::parse(&code)
                    .ok_or_else(|| StoreError::Corrupt(format!("product {code}")))?,
                provider: r.try_get("name")?,
            })
        })
        .collect()
}
