//! Creating and checking API tokens. A token is 32 random bytes in hex with a prefix that says
//! what it is; only its SHA-256 hash is stored. A fast hash is enough: the token is random, not
//! a password a person chose.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::clock::now_unix;
use crate::store::tokens::{self, TokenHolder, TokenRole};
use crate::store::{Db, StoreError};

const PREFIX: &str = "pbt_";

pub fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// 32 random bytes in hex, from the operating system: a secret only its holder can know. API
/// tokens and the links that verify e-mail addresses are made of it.
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A token lasts this many days unless told otherwise: a forgotten one does not work forever.
pub const DEFAULT_VALID_DAYS: i64 = 365;

/// A token just made: its id (to revoke it by) and the token, shown once, never again.
pub struct NewToken {
    pub id: i64,
    pub token: String,
}

/// Makes a new token valid for `valid_days` and stores its hash.
pub async fn create(db: &Db, role: TokenRole, label: &str, valid_days: i64) -> Result<NewToken, StoreError> {
    let token = format!("{PREFIX}{}", random_secret());
    let now = now_unix();
    let expires_at = now.saturating_add(valid_days.saturating_mul(24 * 60 * 60));
    let id = tokens::insert(&db.pool, &hash(&token), role, label, now, Some(expires_at)).await?;
    Ok(NewToken { id, token })
}

/// Who a presented token speaks for, if it is one of ours and still in use.
pub async fn holder_of(db: &Db, token: &str) -> Result<Option<TokenHolder>, StoreError> {
    tokens::find(&db.pool, &hash(token), now_unix()).await
}
