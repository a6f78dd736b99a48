//! The counsellor reviews records held because the budget would have run out (B8): releases one
//! when it now fits in what is left, or refuses it with a reason the client reads. Either way
//! the record stays stored; only a release charges it.

use app::counsellor::{review_field, review_fields as fields, MAX_REASON_CHARS};
use app::i18n::msg;
use app::messages::Kind;
use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::clock::now_unix;
use crate::rules::records::{status_under_cap, RecordStatus};
use crate::services::access::Reader;
use crate::services::messages::{self, RecordNews};
use crate::services::records::{left_under_cap, tell_use, Charged};
use crate::store::accounts::Account;
use crate::store::reviews::{self, HeldRow, Outcome};
use crate::store::{budget, feedback, providers, Db, StoreError};

/// Why a review did not go through. The page shows each beside the record it is about.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// No record of this client is held under this id: reviewed already, or not theirs.
    #[error("no such held record")]
    NotHeld,
    /// Its charge is more than what is left: the total stays a hard cap (B8).
    #[error("the record does not fit in what is left of the budget")]
    DoesNotFit,
    #[error("no reason was given for refusing")]
    NoReason,
    #[error("the reason is longer than {MAX_REASON_CHARS} characters")]
    ReasonTooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ReviewError {
    fn from(error: sqlx::Error) -> Self {
        ReviewError::Store(error.into())
    }
}

impl ReviewError {
    /// The field the error stands beside, on the card of record `record_id`.
    pub fn field(&self, record_id: i64) -> String {
        let field = match self {
            ReviewError::NoReason | ReviewError::ReasonTooLong => fields::REASON,
            _ => fields::RELEASE,
        };
        review_field(field, record_id)
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            ReviewError::NotHeld | ReviewError::Store(_) => msg("review-error-not-held"),
            ReviewError::DoesNotFit => msg("review-error-does-not-fit"),
            ReviewError::NoReason => msg("review-error-no-reason"),
            ReviewError::ReasonTooLong => msg("review-error-reason-too-long"),
        }
    }
}

/// The reason as the counsellor wrote it, trimmed; it must say something, briefly.
pub fn check_reason(reason: &str) -> Result<&str, ReviewError> {
    let reason = reason.trim();
    match reason.chars().count() {
        0 => Err(ReviewError::NoReason),
        n if n > MAX_REASON_CHARS => Err(ReviewError::ReasonTooLong),
        _ => Ok(reason),
    }
}

/// Charges the held record when it fits in what is left now, and opens the client's feedback
/// invitation for that provider-day as any charged record does (B18).
pub async fn release(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    record_id: i64,
    today: NaiveDate,
) -> Result<(), ReviewError> {
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let held = reviews::held_record(&mut tx, client_id, record_id).await?.ok_or(ReviewError::NotHeld)?;
    // The record's day lies inside its decision's period (B7), so this finds that decision.
    let decision = budget::decision_for(&mut tx, client_id, held.date).await?.ok_or(ReviewError::NotHeld)?;
    let left = left_under_cap(&mut tx, &decision).await?;
    if status_under_cap(held.charge, left) != RecordStatus::Charged {
        return Err(ReviewError::DoesNotFit);
    }
    let by = Reader::Person(counsellor).actor();
    reviews::review(&mut tx, client_id, record_id, Outcome::Released, None, &by, now_unix()).await?;
    if feedback::open_invitation(&mut tx, client_id, held.provider_id, held.date, held.product, today).await?
    {
        messages::feedback_open(&mut tx, client_id, held.provider_id, held.date, today).await?;
    }
    tell(&mut tx, Kind::RecordReleased, client_id, record_id, &held, today).await?;
    tell_use(&mut tx, &decision, left, Charged { amount: held.charge, day: held.date }, today).await?;
    tx.commit().await?;
    Ok(())
}

/// Refuses the held record: it stays stored and shown with the reason, never charged.
pub async fn refuse(
    db: &Db,
    counsellor: &Account,
    client_id: i64,
    record_id: i64,
    reason: &str,
    today: NaiveDate,
) -> Result<(), ReviewError> {
    let reason = check_reason(reason)?;
    let mut tx = db.pool.begin().await?;
    budget::lock_client(&mut *tx, client_id).await?;
    let held = reviews::held_record(&mut tx, client_id, record_id).await?.ok_or(ReviewError::NotHeld)?;
    let by = Reader::Person(counsellor).actor();
    reviews::review(&mut tx, client_id, record_id, Outcome::Refused, Some(reason), &by, now_unix()).await?;
    tell(&mut tx, Kind::RecordRefused, client_id, record_id, &held, today).await?;
    tx.commit().await?;
    Ok(())
}

/// The client's side hears what became of the held record.
async fn tell(
    conn: &mut AnyConnection,
    kind: Kind,
    client_id: i64,
    record_id: i64,
    held: &HeldRow,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let provider = providers::name_of(&mut *conn, held.provider_id).await?.unwrap_or_default();
    let news =
        RecordNews { client_id, record_id, provider: &provider, product: held.product, date: held.date };
    messages::record_news(conn, kind, &news, today).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_must_say_something_briefly() {
        assert!(matches!(check_reason("  \n "), Err(ReviewError::NoReason)));
        assert_eq!(check_reason("  Palvelu oli jo maksettu.  ").ok(), Some("Palvelu oli jo maksettu."));
        assert!(check_reason(&"ä".repeat(MAX_REASON_CHARS)).is_ok());
        assert!(matches!(check_reason(&"ä".repeat(MAX_REASON_CHARS + 1)), Err(ReviewError::ReasonTooLong)));
    }
}
