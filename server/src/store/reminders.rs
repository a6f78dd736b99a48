//! What a day's reminders need: mandates about to end, agreed contacts coming, and changes of
//! provider taking effect (`services::reminders`).

use sqlx::{AnyConnection, Row};

use super::StoreError;
use crate::rules::Product;

fn product(code: &str) -> Result<Product, StoreError> {
    Product::parse(code).ok_or_else(|| StoreError::Corrupt(format!("a change of an unknown service {code}")))
}

/// A mandate that ends on a day in the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndingMandate {
    pub id: i64,
    pub client_id: i64,
    pub relative_account_id: i64,
    pub relative: String,
    pub can_act: bool,
    /// "YYYY-MM-DD".
    pub until: String,
}

pub async fn mandates_ending(
    conn: &mut AnyConnection,
    from: &str,
    to: &str,
) -> Result<Vec<EndingMandate>, StoreError> {
    let rows = sqlx::query(
        "SELECT m.id, m.client_id, m.account_id, a.display_name, m.can_act, m.valid_until FROM mandates m \
         JOIN accounts a ON a.id = m.account_id WHERE m.valid_until >= $1 AND m.valid_until <= $2 ORDER BY m.id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let can_act: i64 = r.try_get("can_act")?;
            Ok(EndingMandate {
                id: r.try_get("id")?,
                client_id: r.try_get("client_id")?,
                relative_account_id: r.try_get("account_id")?,
                relative: r.try_get("display_name")?,
                can_act: can_act == 1,
                until: r.try_get("valid_until")?,
            })
        })
        .collect()
}

/// Each client whose latest guidance contact agreed a next one on a day in the window: the
/// client and that day.
pub async fn contacts_coming(
    conn: &mut AnyConnection,
    from: &str,
    to: &str,
) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT g.client_id, g.next_contact_day FROM guidance_contacts g \
         WHERE g.next_contact_day >= $1 AND g.next_contact_day <= $2 AND g.id = \
         (SELECT MAX(l.id) FROM guidance_contacts l WHERE l.client_id = g.client_id) ORDER BY g.client_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("client_id")?, r.try_get("next_contact_day")?))).collect()
}

/// A change of provider whose new provider's first day is in the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartingChange {
    pub id: i64,
    pub client_id: i64,
    pub product: Product,
    pub old_provider_id: i64,
    pub new_provider_id: i64,
    pub new_provider: String,
    /// "YYYY-MM-DD": the old provider's last day, and the new one's first.
    pub old_last_day: String,
    pub first_day: String,
}

pub async fn changes_starting(
    conn: &mut AnyConnection,
    from: &str,
    to: &str,
) -> Result<Vec<StartingChange>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.id, c.client_id, c.product, c.old_provider_id, c.new_provider_id, p.name, c.old_last_day, \
         c.new_first_day FROM provider_changes c \
         JOIN providers p ON p.id = c.new_provider_id \
         WHERE c.status = 'made' AND c.new_first_day >= $1 AND c.new_first_day <= $2 ORDER BY c.id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(StartingChange {
                id: r.try_get("id")?,
                client_id: r.try_get("client_id")?,
                product: product(&r.try_get::<String, _>("product")?)?,
                old_provider_id: r.try_get("old_provider_id")?,
                new_provider_id: r.try_get("new_provider_id")?,
                new_provider: r.try_get("name")?,
                old_last_day: r.try_get("old_last_day")?,
                first_day: r.try_get("new_first_day")?,
            })
        })
        .collect()
}
