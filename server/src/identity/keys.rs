//! The portal's own keys: it signs its requests to identity providers with one and publishes
//! the public halves of all at its JWKS address, so a provider can check them.
//!
//! Providers may also encrypt tokens to the same keys, published a second time for encryption.
//!
//! The keys are the PEM files in one folder, read again whenever they are needed, so keys
//! rotate without a restart: put a new file in, and it is published at once but signs only
//! after a grace time (providers cache the portal's keys); once it signs, remove the old file.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read the key folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
    #[error("{0} is not an RSA private key in PKCS#8 PEM: {1}")]
    NotAKey(PathBuf, String),
    #[error("the key folder {0} holds no key (*.pem)")]
    Empty(PathBuf),
    #[error("could not sign: {0}")]
    Sign(#[from] jsonwebtoken::errors::Error),
    #[error(transparent)]
    Decrypt(#[from] super::jwe::JweError),
}

/// What the key id of a key published for encryption ends with.
const ENC: &str = "-enc";

/// Where the keys are and how long a new one waits before it signs.
#[derive(Clone, Debug)]
pub struct KeyFolder {
    pub dir: PathBuf,
    pub grace: Duration,
}

/// One of the portal's keys.
pub struct PortalKey {
    /// The key's id: its RFC 7638 thumbprint, so the same key always has the same id.
    pub kid: String,
    /// When the file appeared (its modification time): from then on it is published.
    published: SystemTime,
    private: EncodingKey,
    /// The same key for opening tokens encrypted to it.
    decrypting: RsaPrivateKey,
    /// The public half as two JWKs: for checking the portal's signatures, and for encrypting
    /// to the portal (under the key id with `-enc`).
    public: [Value; 2],
}

/// The keys in the folder now, newest first.
pub struct KeyRing {
    keys: Vec<PortalKey>,
    grace: Duration,
}

impl KeyFolder {
    pub fn read(&self) -> Result<KeyRing, KeyError> {
        let entries = std::fs::read_dir(&self.dir).map_err(|e| KeyError::Folder(self.dir.clone(), e))?;
        let mut keys = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| KeyError::Folder(self.dir.clone(), e))?.path();
            if path.extension().is_some_and(|e| e == "pem") {
                keys.push(PortalKey::read(&path)?);
            }
        }
        if keys.is_empty() {
            return Err(KeyError::Empty(self.dir.clone()));
        }
        keys.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.kid.cmp(&b.kid)));
        Ok(KeyRing { keys, grace: self.grace })
    }
}

impl PortalKey {
    fn read(path: &Path) -> Result<PortalKey, KeyError> {
        let bad = |e: &dyn std::fmt::Display| KeyError::NotAKey(path.to_path_buf(), e.to_string());
        let pem = std::fs::read_to_string(path).map_err(|e| bad(&e))?;
        let published = std::fs::metadata(path).and_then(|m| m.modified()).map_err(|e| bad(&e))?;
        let key = RsaPrivateKey::from_pkcs8_pem(&pem).map_err(|e| bad(&e))?;
        let n = URL_SAFE_NO_PAD.encode(key.n().to_bytes_be());
        let e = URL_SAFE_NO_PAD.encode(key.e().to_bytes_be());
        // RFC 7638: the required members in lexicographic order, no spaces.
        let thumbprint = Sha256::digest(format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#));
        let kid = URL_SAFE_NO_PAD.encode(thumbprint);
        let private = EncodingKey::from_rsa_pem(pem.as_bytes()).map_err(|e| bad(&e))?;
        let public = [
            json!({ "kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid, "n": n, "e": e }),
            json!({ "kty": "RSA", "use": "enc", "alg": "RSA-OAEP-256", "kid": format!("{kid}{ENC}"), "n": n, "e": e }),
        ];
        Ok(PortalKey { kid, published, private, decrypting: key, public })
    }
}

impl KeyRing {
    /// The key that signs now: the newest that has been published for the grace time, or, when
    /// none has (a first start), the oldest there is.
    pub fn signing(&self) -> &PortalKey {
        let now = SystemTime::now();
        let settled = |k: &&PortalKey| now.duration_since(k.published).is_ok_and(|age| age >= self.grace);
        self.keys.iter().find(settled).or(self.keys.last()).expect("a key ring is never empty")
    }

    /// Signs `claims` as a JWT with the signing key.
    pub fn sign(&self, claims: &impl Serialize) -> Result<String, KeyError> {
        let key = self.signing();
        let header = Header { kid: Some(key.kid.clone()), ..Header::new(Algorithm::RS256) };
        Ok(jsonwebtoken::encode(&header, claims, &key.private)?)
    }

    /// The public keys, as the JWKS address serves them.
    pub fn public_keys(&self) -> Value {
        json!({ "keys": self.keys.iter().flat_map(|k| k.public.clone()).collect::<Vec<_>>() })
    }

    /// Opens a token encrypted to one of the portal's keys (any in the folder: a provider may
    /// still encrypt to a key that no longer signs).
    pub fn decrypt(&self, token: &str) -> Result<String, KeyError> {
        let key_for = |kid: Option<&str>| {
            let kid = kid?.strip_suffix(ENC)?;
            self.keys.iter().find(|k| k.kid == kid).map(|k| &k.decrypting)
        };
        Ok(super::jwe::decrypt(token, key_for)?)
    }
}

/// A new 2048-bit RSA key as PKCS#8 PEM: `portal keys new` and the tests make keys with it.
pub fn new_key_pem() -> Result<String, rsa::Error> {
    let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048)?;
    Ok(key.to_pkcs8_pem(rsa::pkcs8::LineEnding::LF).map_err(|_| rsa::Error::Internal)?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_key_is_published_at_once_and_signs_after_the_grace_time() {
        let dir = tempfile::tempdir().unwrap();
        let folder = |grace| KeyFolder { dir: dir.path().to_path_buf(), grace: Duration::from_secs(grace) };
        assert!(matches!(folder(0).read(), Err(KeyError::Empty(_))));

        std::fs::write(dir.path().join("old.pem"), new_key_pem().unwrap()).unwrap();
        let first = folder(3600).read().unwrap();
        let old_kid = first.signing().kid.clone();
        assert_eq!(first.public_keys()["keys"].as_array().unwrap().len(), 2, "to check and to encrypt");
        assert!(!first.public_keys().to_string().contains("\"d\""), "no private part is published");

        // Made "an hour ago", then a new key today.
        let old = std::fs::File::options().write(true).open(dir.path().join("old.pem")).unwrap();
        old.set_modified(SystemTime::now() - Duration::from_secs(7200)).unwrap();
        std::fs::write(dir.path().join("new.pem"), new_key_pem().unwrap()).unwrap();
        let during = folder(3600).read().unwrap();
        assert_eq!(during.public_keys()["keys"].as_array().unwrap().len(), 4, "both published");
        assert_eq!(during.signing().kid, old_kid, "the old key signs until the new one has settled");
        let after = folder(0).read().unwrap();
        assert_ne!(after.signing().kid, old_kid, "then the new one signs");
    }

    #[test]
    fn a_file_that_is_not_a_key_stops_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("broken.pem"), "not a key").unwrap();
        let err = KeyFolder { dir: dir.path().to_path_buf(), grace: Duration::ZERO }.read().err().unwrap();
        assert!(err.to_string().contains("broken.pem"), "{err}");
    }
}
