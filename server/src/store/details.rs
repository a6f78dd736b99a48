//! A client's personal details: identity code, address, phone and what the services are for.

use sqlx::Row;

use super::{Db, StoreError};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    pub identity_code: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub health_details: Option<String>,
}

pub async fn set<'e>(
    ex: impl sqlx::Executor<'e, Database = sqlx::Any>,
    client_id: i64,
    details: &Details,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE clients SET identity_code = $1, address = $2, phone = $3, health_details = $4 WHERE id = $5",
    )
    .bind(&details.identity_code)
    .bind(&details.address)
    .bind(&details.phone)
    .bind(&details.health_details)
    .bind(client_id)
    .execute(ex)
    .await?;
    Ok(())
}

/// The client's details with the name of their counsellor and the next contact agreed at the
/// last recorded one ("YYYY-MM-DD"), if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientDetails {
    pub details: Details,
    pub counsellor: Option<String>,
    pub next_contact: Option<String>,
}

pub async fn of(db: &Db, client_id: i64) -> Result<Option<ClientDetails>, StoreError> {
    let row = sqlx::query(
        "SELECT c.identity_code, c.address, c.phone, c.health_details, a.display_name AS counsellor, \
           (SELECT g.next_contact_day FROM guidance_contacts g WHERE g.client_id = c.id \
            ORDER BY g.contact_day DESC, g.id DESC LIMIT 1) AS next_contact \
         FROM clients c LEFT JOIN accounts a ON a.id = c.counsellor_account_id WHERE c.id = $1",
    )
    .bind(client_id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok(ClientDetails {
            details: Details {
                identity_code: r.try_get("identity_code")?,
                address: r.try_get("address")?,
                phone: r.try_get("phone")?,
                health_details: r.try_get("health_details")?,
            },
            counsellor: r.try_get("counsellor")?,
            next_contact: r.try_get("next_contact")?,
        })
    })
    .transpose()
}
