//! Strong identification: who a person is, as an identity provider vouches for it, and which
//! account that makes them in the portal (docs/decisions/0022-strong-identification.md).
//!
//! Two doors, one code path: clients, relatives and experience experts come through Suomi.fi
//! e-Identification and are known by their identity code; staff come through their
//! organisation's provider and are known by their user name, with their role in a claim.

pub mod code;
pub mod jwe;
pub mod keys;
pub mod oidc;

use std::time::Duration;

use app::role::Role;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;

use crate::config::Identification;
use crate::store::accounts::{self, Account};
use crate::store::{Db, StoreError};
use keys::{KeyError, KeyFolder, KeyRing};

/// Which provider a person comes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Door {
    Citizens,
    Staff,
}

impl Door {
    pub fn code(self) -> &'static str {
        match self {
            Door::Citizens => "citizens",
            Door::Staff => "staff",
        }
    }

    pub fn parse(code: &str) -> Option<Door> {
        [Door::Citizens, Door::Staff].into_iter().find(|d| d.code() == code)
    }

    /// The roles that may come through this door.
    fn admits(self, role: Role) -> bool {
        let county_staff = matches!(role, Role::Counsellor | Role::DecisionMaker | Role::Organiser);
        match self {
            Door::Staff => county_staff || role == Role::Provider,
            // A provider that joined through the portal has no account at the county's staff
            // identity provider: its contact person's own identification opens its sign-in
            // (decision 0041), found, like everyone here, only by the code linked to it.
            Door::Citizens => !county_staff,
        }
    }
}

/// The providers, the portal's keys and the secret for identity codes.
pub struct Identity {
    citizens: Option<oidc::Client>,
    staff: Option<oidc::Client>,
    keys: Option<KeyFolder>,
    public_url: Option<url::Url>,
    identity_key: Vec<u8>,
}

/// Which account an identified person is.
#[derive(Debug)]
pub enum Found {
    Account(Box<Account>),
    /// The provider vouched for them, but the portal has no account for them.
    Unknown,
    /// A staff member whose organisation gives them no role that matches their account here,
    /// or someone at the wrong door.
    NoRole,
}

impl Identity {
    pub fn new(config: &Identification) -> Identity {
        Identity {
            citizens: config.citizens.clone().map(oidc::Client::new),
            staff: config.staff.clone().map(oidc::Client::new),
            keys: config
                .key_dir
                .clone()
                .map(|dir| KeyFolder { dir, grace: Duration::from_secs(config.key_grace_seconds) }),
            public_url: config.public_url.clone(),
            identity_key: config.identity_key.clone(),
        }
    }

    pub fn client(&self, door: Door) -> Option<&oidc::Client> {
        match door {
            Door::Citizens => self.citizens.as_ref(),
            Door::Staff => self.staff.as_ref(),
        }
    }

    /// The portal's keys as they are in the folder now.
    pub fn keys(&self) -> Option<Result<KeyRing, KeyError>> {
        self.keys.as_ref().map(KeyFolder::read)
    }

    /// The portal's address with `path`, as the providers know it.
    pub fn public_address(&self, path: &str) -> Option<String> {
        Some(self.public_url.as_ref()?.join(path).ok()?.to_string())
    }

    /// The origins of the providers: forms may lead there (sign-out ends their session too).
    pub fn provider_origins(&self) -> Vec<String> {
        [&self.citizens, &self.staff]
            .into_iter()
            .flatten()
            .map(|c| c.provider.issuer.origin().ascii_serialization())
            .collect()
    }

    /// The keyed hash an account keeps of this person's identity code.
    pub fn hash(&self, code: &code::IdentityCode) -> String {
        identity_hash(&self.identity_key, code.as_str())
    }

    /// Which account the identified person is.
    pub async fn account_of(&self, db: &Db, door: Door, who: &oidc::Identified) -> Result<Found, StoreError> {
        let account = match door {
            Door::Citizens => {
                accounts::find_by_identity_hash(&db.pool, &identity_hash(&self.identity_key, &who.person))
                    .await?
            }
            Door::Staff => accounts::find_by_username(db, &who.person).await?,
        };
        let Some(account) = account else {
            // Staff the portal does not know have no role here; "ask your counsellor" is for citizens.
            return Ok(if door == Door::Staff { Found::NoRole } else { Found::Unknown });
        };
        if !door.admits(account.role) {
            return Ok(Found::NoRole);
        }
        if door == Door::Staff {
            let claim = self.staff.as_ref().and_then(|s| s.provider.role_claim.as_deref()).unwrap_or("roles");
            if !has_role(who.claims.get(claim), account.role) {
                return Ok(Found::NoRole);
            }
        }
        Ok(Found::Account(Box::new(account)))
    }
}

/// Whether a role claim (a string, or a list of strings) names `role` by its code.
fn has_role(claim: Option<&Value>, role: Role) -> bool {
    match claim {
        Some(Value::String(one)) => one.split_whitespace().any(|r| r == role.code()),
        Some(Value::Array(many)) => many.iter().any(|r| r.as_str() == Some(role.code())),
        _ => false,
    }
}

/// The keyed hash an identity code is stored and compared as: HMAC-SHA-256 with the portal's
/// secret, over the code in capitals without spaces. An identity code has few enough possible
/// values that a plain hash could be reversed by trying them all; without the secret it cannot.
pub fn identity_hash(key: &[u8], identity_code: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(identity_code.trim().to_uppercase().as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_identity_code_hashes_the_same_however_it_is_written_and_differently_per_key() {
        let hash = identity_hash(b"key one", "120385-9015");
        assert_eq!(hash, identity_hash(b"key one", " 120385-9015 "));
        assert_eq!(identity_hash(b"key one", "141156-905j"), identity_hash(b"key one", "141156-905J"));
        assert_ne!(hash, identity_hash(b"key two", "120385-9015"));
        assert!(!hash.contains("120385"));
        assert_eq!(hash.len(), 64);
    }

    #[test]
    fn staff_come_through_their_door_with_their_role_named() {
        assert!(Door::Staff.admits(Role::Counsellor) && !Door::Staff.admits(Role::Client));
        assert!(Door::Citizens.admits(Role::Relative) && !Door::Citizens.admits(Role::Organiser));
        assert!(Door::Staff.admits(Role::DecisionMaker) && !Door::Citizens.admits(Role::DecisionMaker));
        assert!(has_role(Some(&json!(["organiser", "counsellor"])), Role::Counsellor));
        assert!(has_role(Some(&json!("counsellor")), Role::Counsellor));
        assert!(!has_role(Some(&json!(["provider"])), Role::Counsellor));
        assert!(!has_role(None, Role::Counsellor));
    }
}
