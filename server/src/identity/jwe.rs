//! Encrypted tokens (JWE, RFC 7516, compact form): Suomi.fi can encrypt the ID token to the
//! e-service's published key. The content key comes wrapped with RSA-OAEP (SHA-1 or SHA-256)
//! under one of the portal's keys; the content is AES-GCM (128 or 256 bits). Inside is the signed
//! token, checked as any other. Every failure is the same error to the caller, so a reply never
//! tells an attacker which step failed.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes128Gcm, Aes256Gcm, KeyInit, Nonce};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rsa::{Oaep, RsaPrivateKey};
use serde::Deserialize;

/// Why an encrypted token could not be opened; the detail is for the log only.
#[derive(Debug, thiserror::Error)]
#[error("the encrypted token cannot be opened: {0}")]
pub struct JweError(String);

#[derive(Deserialize)]
struct Header {
    alg: String,
    enc: String,
    kid: Option<String>,
}

/// Whether a token is encrypted (five parts) rather than only signed (three).
pub fn is_encrypted(token: &str) -> bool {
    token.split('.').count() == 5
}

/// Opens a compact JWE with the key `key_for` gives for its key id; returns the content.
pub fn decrypt<'k>(
    token: &str,
    key_for: impl Fn(Option<&str>) -> Option<&'k RsaPrivateKey>,
) -> Result<String, JweError> {
    let fail = |what: &str| JweError(what.to_string());
    let parts: Vec<&str> = token.split('.').collect();
    let [header_text, wrapped, iv, ciphertext, tag] = parts[..] else { return Err(fail("not five parts")) };
    let bytes = |part: &str| URL_SAFE_NO_PAD.decode(part).map_err(|_| fail("a part is not base64url"));
    let header: Header = serde_json::from_slice(&bytes(header_text)?).map_err(|_| fail("the header"))?;
    let key = key_for(header.kid.as_deref()).ok_or_else(|| fail("no key of the portal has its key id"))?;
    let padding = match header.alg.as_str() {
        "RSA-OAEP" => Oaep::new::<sha1::Sha1>(),
        "RSA-OAEP-256" => Oaep::new::<sha2::Sha256>(),
        other => return Err(JweError(format!("the key algorithm {other} is not accepted"))),
    };
    let content_key = key
        .decrypt_blinded(&mut rand::thread_rng(), padding, &bytes(wrapped)?)
        .map_err(|_| fail("the content key does not open"))?;
    let iv = bytes(iv)?;
    if iv.len() != 12 {
        return Err(fail("the initialisation vector is not 96 bits"));
    }
    let mut sealed = bytes(ciphertext)?;
    sealed.extend(bytes(tag)?);
    // The protected header, as it came, is the additional authenticated data.
    let payload = Payload { msg: &sealed, aad: header_text.as_bytes() };
    let nonce = Nonce::from_slice(&iv);
    let opened = match (header.enc.as_str(), content_key.len()) {
        ("A128GCM", 16) => {
            Aes128Gcm::new_from_slice(&content_key).ok().and_then(|c| c.decrypt(nonce, payload).ok())
        }
        ("A256GCM", 32) => {
            Aes256Gcm::new_from_slice(&content_key).ok().and_then(|c| c.decrypt(nonce, payload).ok())
        }
        (enc, _) => return Err(JweError(format!("the content encryption {enc} is not accepted"))),
    };
    String::from_utf8(opened.ok_or_else(|| fail("the content does not open"))?).map_err(|_| fail("not text"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use aes_gcm::aead::OsRng;
    use rand::RngCore;
    use rsa::RsaPublicKey;

    /// Encrypts as a provider would: RSA-OAEP-256 and A256GCM, or what the test changes.
    fn encrypt(to: &RsaPublicKey, kid: &str, alg: &str, enc: &str, content: &str) -> String {
        let header =
            URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"{alg}","enc":"{enc}","kid":"{kid}","cty":"JWT"}}"#));
        let mut key = vec![0u8; if enc == "A128GCM" { 16 } else { 32 }];
        rand::thread_rng().fill_bytes(&mut key);
        let padding = if alg == "RSA-OAEP" { Oaep::new::<sha1::Sha1>() } else { Oaep::new::<sha2::Sha256>() };
        let wrapped = to.encrypt(&mut OsRng, padding, &key).unwrap();
        let mut iv = [0u8; 12];
        rand::thread_rng().fill_bytes(&mut iv);
        let payload = Payload { msg: content.as_bytes(), aad: header.as_bytes() };
        let sealed = if key.len() == 16 {
            Aes128Gcm::new_from_slice(&key).unwrap().encrypt(Nonce::from_slice(&iv), payload).unwrap()
        } else {
            Aes256Gcm::new_from_slice(&key).unwrap().encrypt(Nonce::from_slice(&iv), payload).unwrap()
        };
        let (ciphertext, tag) = sealed.split_at(sealed.len() - 16);
        [
            header.as_str(),
            &URL_SAFE_NO_PAD.encode(wrapped),
            &URL_SAFE_NO_PAD.encode(iv),
            &URL_SAFE_NO_PAD.encode(ciphertext),
            &URL_SAFE_NO_PAD.encode(tag),
        ]
        .join(".")
    }

    #[test]
    fn a_token_encrypted_to_the_portals_key_opens_and_nothing_else_does() {
        let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let other = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let ours = |kid: Option<&str>| (kid == Some("k1")).then_some(&key);
        let inner = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
        for (alg, enc) in [("RSA-OAEP-256", "A256GCM"), ("RSA-OAEP", "A128GCM"), ("RSA-OAEP", "A256GCM")] {
            let token = encrypt(&key.to_public_key(), "k1", alg, enc, inner);
            assert!(is_encrypted(&token));
            assert_eq!(decrypt(&token, ours).unwrap(), inner, "{alg} {enc}");
        }
        let good = encrypt(&key.to_public_key(), "k1", "RSA-OAEP-256", "A256GCM", inner);
        assert!(!is_encrypted(inner));
        // Encrypted to someone else's key under our key id; an unknown key id; a changed header,
        // content or tag; an algorithm not accepted.
        assert!(
            decrypt(&encrypt(&other.to_public_key(), "k1", "RSA-OAEP-256", "A256GCM", inner), ours).is_err()
        );
        assert!(
            decrypt(&encrypt(&key.to_public_key(), "k2", "RSA-OAEP-256", "A256GCM", inner), ours).is_err()
        );
        let mut parts: Vec<String> = good.split('.').map(str::to_string).collect();
        let changed = |i: usize, parts: &[String]| {
            let mut p = parts.to_vec();
            let mut bytes = URL_SAFE_NO_PAD.decode(&p[i]).unwrap();
            bytes[0] ^= 1;
            p[i] = URL_SAFE_NO_PAD.encode(bytes);
            p.join(".")
        };
        for i in [3, 4] {
            assert!(decrypt(&changed(i, &parts), ours).is_err(), "part {i} changed");
        }
        parts[0] = URL_SAFE_NO_PAD.encode(r#"{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"k1"}"#);
        assert!(decrypt(&parts.join("."), ours).is_err(), "the header is authenticated");
        let weak = encrypt(&key.to_public_key(), "k1", "RSA1_5", "A256GCM", inner);
        assert!(decrypt(&weak, ours).unwrap_err().to_string().contains("RSA1_5"));
    }
}
