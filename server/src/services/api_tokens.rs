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

/// Makes a new token, stores its hash, and returns the token: it is shown once, never again.
pub async fn create(db: &Db, role: TokenRole, label: &str) -> Result<String, StoreError> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token: String = format!("{PREFIX}{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
    tokens::insert(&db.pool, &hash(&token), role, label, now_unix()).await?;
    Ok(token)
}

/// Who a presented token speaks for, if it is one of ours.
pub async fn holder_of(db: &Db, token: &str) -> Result<Option<TokenHolder>, StoreError> {
    tokens::find(&db.pool, &hash(token)).await
}
