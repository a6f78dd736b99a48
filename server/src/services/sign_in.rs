//! Signing in: check the password, throttle repeated failures for a user name.

use crate::clock::now_unix;
use crate::services::passwords;
use crate::store::accounts::{self, Account};
use crate::store::{Db, StoreError};

/// Failed sign-ins allowed for one user name within [`THROTTLE_WINDOW_SECONDS`].
pub const MAX_FAILURES: i64 = 5;
/// Failed sign-ins allowed from one place (one address) within the window, over all user names:
/// against guessing one common password for many people. A family or an office shares an
/// address, so this is well above what people mistype.
pub const MAX_FAILURES_PER_PLACE: i64 = 30;
pub const THROTTLE_WINDOW_SECONDS: i64 = 15 * 60;

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("the user name or password is wrong")]
    WrongCredentials,
    #[error("too many failed sign-ins for this user name or from this place; try again later")]
    Throttled,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks a password sign-in from `place`. Each try is written down before the password is
/// checked, and counts as failed until it succeeds: guesses sent all at once each see the ones
/// before them, so no more than the limit are ever checked.
pub async fn sign_in(db: &Db, username: &str, password: &str, place: &str) -> Result<Account, SignInError> {
    let now = now_unix();
    accounts::record_failed_sign_in(db, username, place, now).await?;
    let since = now - THROTTLE_WINDOW_SECONDS;
    let (by_name, by_place) = accounts::failed_sign_ins_since(db, username, place, since).await?;
    if by_name > MAX_FAILURES || by_place > MAX_FAILURES_PER_PLACE {
        return Err(SignInError::Throttled);
    }
    let account = accounts::find_by_username(db, username).await?;
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    if passwords::verify(password.to_string(), stored).await {
        accounts::clear_failed_sign_ins(db, username).await?;
        // `verify` says yes only for a stored hash, so the account is there.
        account.ok_or(SignInError::WrongCredentials)
    } else {
        Err(SignInError::WrongCredentials)
    }
}
