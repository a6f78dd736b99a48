//! "My details": the client's personal details, hidden when the helper view is on, and their
//! counsellor with the next contact agreed.

use app::details::{Details, Personal};
use chrono::NaiveDate;

use crate::store::budget::{self, date_text};
use crate::store::details;
use crate::store::{Db, StoreError};

/// The client's details; with `helper_view` the personal ones are left out, not just covered.
pub async fn details(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
    helper_view: bool,
) -> Result<Option<Details>, StoreError> {
    let Some(client) = budget::find_client(&db.pool, client_id).await? else { return Ok(None) };
    let Some(found) = details::of(db, client_id).await? else { return Ok(None) };
    let personal = |value: Option<String>| value.map(|v| Personal::new(v, helper_view));
    let today = date_text(today);
    Ok(Some(Details {
        identity_code: personal(found.details.identity_code),
        address: personal(found.details.address),
        phone: personal(found.details.phone),
        municipality: client.municipality,
        health: personal(found.details.health_details),
        counsellor: found.counsellor,
        next_contact: found.next_contact.filter(|next| *next >= today),
    }))
}
