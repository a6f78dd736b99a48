//! Signing in: check the password, throttle repeated failures for a user name.

use crate::clock::now_unix;
use crate::services::passwords;
use crate::store::accounts::{self, Account};
use crate::store::{Db, StoreError};

/// Failed sign-ins allowed for one user name within [`THROTTLE_WINDOW_SECONDS`].
pub const MAX_FAILURES: i64 = 5;
pub const THROTTLE_WINDOW_SECONDS: i64 = 15 * 60;

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("the user name or password is wrong")]
    WrongCredentials,
    #[error("too many failed sign-ins for this user name; try again later")]
    Throttled,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub async fn sign_in(db: &Db, username: &str, password: &str) -> Result<Account, SignInError> {
    let now = now_unix();
    if accounts::failed_sign_ins_since(db, username, now - THROTTLE_WINDOW_SECONDS).await? >= MAX_FAILURES {
        return Err(SignInError::Throttled);
    }
    let account = accounts::find_by_username(db, username).await?;
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    if passwords::verify(password.to_string(), stored).await {
        accounts::clear_failed_sign_ins(db, username).await?;
        // `verify` says yes only for a stored hash, so the account is there.
        account.ok_or(SignInError::WrongCredentials)
    } else {
        accounts::record_failed_sign_in(db, username, now).await?;
        Err(SignInError::WrongCredentials)
    }
}
