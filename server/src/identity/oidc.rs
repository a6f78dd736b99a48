//! OpenID Connect, as Suomi.fi e-Identification speaks it: the authorization code flow with
//! PKCE, state and nonce; the request's parameters in a request object signed with the portal's
//! key; the portal proving itself to the token endpoint with a signed assertion
//! (`private_key_jwt`), never a shared secret; the ID token opened when it comes encrypted to the
//! portal's key, and checked for its signature, issuer, audience, expiry, nonce and level of
//! assurance (`acr`).

use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use tokio::sync::RwLock;
use url::Url;

use super::jwe;
use super::keys::{KeyError, KeyRing};
use crate::config::OidcProvider;

/// Why an identification did not lead to a sign-in. The person reads a plain sentence for each
/// (`http::identify`); the log gets the detail.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("the person cancelled at the provider")]
    Cancelled,
    #[error("the provider answered with the error {0}")]
    ProviderError(String),
    #[error("no identification was under way in this session, or its state did not match")]
    UnknownState,
    #[error("the provider could not be reached: {0}")]
    Unreachable(String),
    #[error("the token endpoint refused the code: {0}")]
    CodeRefused(String),
    #[error("the ID token is not valid: {0}")]
    BadToken(String),
    #[error("the ID token's nonce is not this sign-in's")]
    WrongNonce,
    #[error("the level of assurance {0:?} is not one accepted")]
    WeakAssurance(Option<String>),
    #[error("the ID token has no {0} claim")]
    NoPersonClaim(String),
    #[error(transparent)]
    Keys(#[from] KeyError),
}

/// What the provider publishes about itself.
#[derive(Clone, Debug, Deserialize)]
pub struct Metadata {
    pub issuer: String,
    pub authorization_endpoint: Url,
    pub token_endpoint: Url,
    pub jwks_uri: Url,
    pub end_session_endpoint: Option<Url>,
}

/// A sign-in under way, kept in the person's session between the two redirects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Pending {
    pub state: String,
    pub nonce: String,
    pub verifier: String,
    pub return_to: String,
}

/// A person the provider vouched for.
#[derive(Clone, Debug)]
pub struct Identified {
    /// The claim that says who they are: the identity code, or a staff member's user name.
    pub person: String,
    /// Every claim of the ID token, for the staff role.
    pub claims: Map<String, Value>,
    /// The ID token itself, kept to ask the provider to end its session too at sign-out.
    pub id_token: String,
}

impl Identified {
    /// The provider's session this sign-in belongs to, as (issuer, `sid`), when the provider
    /// names one: a back-channel logout of it ends the portal's session too.
    pub fn provider_session(&self) -> Option<(String, String)> {
        let claim = |name: &str| self.claims.get(name).and_then(Value::as_str).map(str::to_string);
        Some((claim("iss")?, claim("sid")?))
    }
}

/// What the portal expects of an ID token.
pub struct Expected<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub nonce: &'a str,
    pub acr_values: &'a [String],
    pub person_claim: &'a str,
}

/// How long the provider's description is trusted before it is asked again.
const METADATA_LIFETIME: Duration = Duration::from_secs(60 * 60);
/// How long a request object or an assertion is valid: long enough for a slow identification.
const ASSERTION_SECONDS: i64 = 5 * 60;
/// The clock difference allowed between the portal and the provider.
const LEEWAY_SECONDS: u64 = 60;

/// One provider the portal is registered with, and what it has learned of it.
pub struct Client {
    pub provider: OidcProvider,
    http: reqwest::Client,
    metadata: RwLock<Option<(Metadata, Instant)>>,
    keys: RwLock<JwkSet>,
}

impl Client {
    pub fn new(provider: OidcProvider) -> Client {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client with rustls builds");
        Client { provider, http, metadata: RwLock::new(None), keys: RwLock::new(JwkSet { keys: Vec::new() }) }
    }

    /// The provider's metadata, fetched at most once an hour.
    pub async fn metadata(&self) -> Result<Metadata, Refusal> {
        if let Some((meta, at)) = self.metadata.read().await.as_ref() {
            if at.elapsed() < METADATA_LIFETIME {
                return Ok(meta.clone());
            }
        }
        let mut address = self.provider.issuer.to_string();
        if !address.ends_with('/') {
            address.push('/');
        }
        address.push_str(".well-known/openid-configuration");
        let meta: Metadata = self.get_json(&address).await?;
        if meta.issuer.trim_end_matches('/') != self.provider.issuer.as_str().trim_end_matches('/') {
            return Err(Refusal::Unreachable(format!("the metadata names another issuer, {}", meta.issuer)));
        }
        *self.metadata.write().await = Some((meta.clone(), Instant::now()));
        Ok(meta)
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&self, address: &str) -> Result<T, Refusal> {
        let unreachable = |e: reqwest::Error| Refusal::Unreachable(format!("{address}: {e}"));
        let answer =
            self.http.get(address).send().await.and_then(|r| r.error_for_status()).map_err(unreachable)?;
        answer.json().await.map_err(unreachable)
    }

    /// Where to send the person to identify themselves, and what to keep until they come back.
    pub async fn begin(
        &self,
        keys: &KeyRing,
        redirect_uri: &str,
        return_to: String,
        ui_locale: &str,
        now: i64,
    ) -> Result<(Url, Pending), Refusal> {
        let meta = self.metadata().await?;
        let pending = Pending { state: random(), nonce: random(), verifier: random(), return_to };
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(pending.verifier.as_bytes()));
        let scope = if self.provider.role_claim.is_some() { "openid profile" } else { "openid" };
        let mut request = json!({
            "iss": self.provider.client_id,
            "aud": meta.issuer,
            "iat": now,
            "exp": now + ASSERTION_SECONDS,
            "jti": random(),
            "client_id": self.provider.client_id,
            "response_type": "code",
            "redirect_uri": redirect_uri,
            "scope": scope,
            "state": pending.state,
            "nonce": pending.nonce,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "ui_locales": ui_locale,
            // Every sign-in identifies the person afresh: on a shared computer, the provider's
            // session may be someone else's, or a weaker identification than the portal needs.
            "prompt": "login",
        });
        if !self.provider.acr_values.is_empty() {
            request["acr_values"] = json!(self.provider.acr_values.join(" "));
        }
        let mut address = meta.authorization_endpoint.clone();
        address
            .query_pairs_mut()
            .append_pair("client_id", &self.provider.client_id)
            .append_pair("response_type", "code")
            .append_pair("scope", scope)
            .append_pair("request", &keys.sign(&request)?);
        Ok((address, pending))
    }

    /// Trades the code for tokens and checks the ID token.
    pub async fn finish(
        &self,
        keys: &KeyRing,
        pending: &Pending,
        code: &str,
        redirect_uri: &str,
        now: i64,
    ) -> Result<Identified, Refusal> {
        let meta = self.metadata().await?;
        let assertion = keys.sign(&json!({
            "iss": self.provider.client_id,
            "sub": self.provider.client_id,
            "aud": meta.token_endpoint.as_str(),
            "iat": now,
            "exp": now + ASSERTION_SECONDS,
            "jti": random(),
        }))?;
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", &pending.verifier),
            ("client_id", &self.provider.client_id),
            ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
            ("client_assertion", &assertion),
        ];
        let unreachable = |e: reqwest::Error| Refusal::Unreachable(format!("token endpoint: {e}"));
        let answer =
            self.http.post(meta.token_endpoint.clone()).form(&form).send().await.map_err(unreachable)?;
        let status = answer.status();
        let body: Value = answer.json().await.map_err(unreachable)?;
        if !status.is_success() {
            let error = body["error"].as_str().unwrap_or("no error code");
            return Err(Refusal::CodeRefused(format!("{status} {error}")));
        }
        let id_token = body["id_token"].as_str().ok_or(Refusal::BadToken("no id_token".into()))?.to_string();

        let expected = Expected {
            issuer: &meta.issuer,
            client_id: &self.provider.client_id,
            nonce: &pending.nonce,
            acr_values: &self.provider.acr_values,
            person_claim: &self.provider.person_claim,
        };
        // Suomi.fi may encrypt the ID token to the portal's key: the signed token is inside, and
        // it is what sign-out names to the provider (RP-Initiated Logout 1.0, 2).
        let signed = if jwe::is_encrypted(&id_token) {
            keys.decrypt(&id_token).map_err(|e| Refusal::BadToken(e.to_string()))?
        } else {
            id_token.clone()
        };
        self.know_key_of(&meta, &signed).await?;
        let set = self.keys.read().await;
        let (person, claims) = check_id_token(&signed, &set, &expected)?;
        Ok(Identified { person, claims, id_token: signed })
    }

    /// Makes sure the provider's key that signed `token` is at hand: a key the portal has not
    /// seen means the provider rotated its keys, so they are fetched again.
    async fn know_key_of(&self, meta: &Metadata, token: &str) -> Result<(), Refusal> {
        let kid = jsonwebtoken::decode_header(token).map_err(|e| Refusal::BadToken(e.to_string()))?.kid;
        let known = |set: &JwkSet| kid.as_deref().is_some_and(|kid| set.find(kid).is_some());
        if !known(&*self.keys.read().await) {
            let fresh: JwkSet = self.get_json(meta.jwks_uri.as_str()).await?;
            *self.keys.write().await = fresh;
        }
        Ok(())
    }

    /// Checks a back-channel logout token from this provider; returns the session (`sid`) it ends.
    pub async fn logout_of(&self, token: &str) -> Result<String, Refusal> {
        let meta = self.metadata().await?;
        self.know_key_of(&meta, token).await?;
        let set = self.keys.read().await;
        check_logout_token(token, &set, &meta.issuer, &self.provider.client_id)
    }

    /// Whether a token names this provider as its issuer (read before any check, to choose whose
    /// keys check it).
    pub async fn issued(&self, token: &str) -> bool {
        let Some(issuer) = unverified_issuer(token) else { return false };
        self.metadata().await.is_ok_and(|meta| meta.issuer == issuer)
    }

    /// Where to send the person at sign-out so the provider's session ends too, if it says.
    pub async fn logout_address(&self, id_token: &str, after: &str) -> Option<Url> {
        let mut address = self.metadata().await.ok()?.end_session_endpoint?;
        address
            .query_pairs_mut()
            .append_pair("id_token_hint", id_token)
            .append_pair("post_logout_redirect_uri", after)
            .append_pair("client_id", &self.provider.client_id);
        Some(address)
    }
}

/// Checks an ID token against the provider's keys and what this sign-in expects; returns the
/// person's claim and all claims.
pub fn check_id_token(
    token: &str,
    keys: &JwkSet,
    expected: &Expected,
) -> Result<(String, Map<String, Value>), Refusal> {
    let mut validation = Validation::default();
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    let claims = signed_claims(token, keys, expected.issuer, expected.client_id, validation)?;
    if claims.get("nonce").and_then(Value::as_str) != Some(expected.nonce) {
        return Err(Refusal::WrongNonce);
    }
    if !expected.acr_values.is_empty() {
        let acr = claims.get("acr").and_then(Value::as_str);
        if !acr.is_some_and(|acr| expected.acr_values.iter().any(|a| a == acr)) {
            return Err(Refusal::WeakAssurance(acr.map(str::to_string)));
        }
    }
    let person = claims
        .get(expected.person_claim)
        .and_then(Value::as_str)
        .filter(|p| !p.trim().is_empty())
        .ok_or_else(|| Refusal::NoPersonClaim(expected.person_claim.to_string()))?
        .trim()
        .to_string();
    Ok((person, claims))
}

/// The claims of a token signed by one of the provider's published keys, from `issuer` to
/// `client_id`, checked as `validation` says besides (which claims are required, expiry).
fn signed_claims(
    token: &str,
    keys: &JwkSet,
    issuer: &str,
    client_id: &str,
    mut validation: Validation,
) -> Result<Map<String, Value>, Refusal> {
    let bad = |e: &dyn std::fmt::Display| Refusal::BadToken(e.to_string());
    let header = jsonwebtoken::decode_header(token).map_err(|e| bad(&e))?;
    // The algorithm comes from the key the provider published, never from the token alone.
    let allowed = [Algorithm::RS256, Algorithm::PS256, Algorithm::ES256];
    if !allowed.contains(&header.alg) {
        return Err(bad(&format!("the algorithm {:?} is not accepted", header.alg)));
    }
    let jwk =
        header.kid.as_deref().and_then(|kid| keys.find(kid)).ok_or(bad(&"no published key signed it"))?;
    let key = DecodingKey::from_jwk(jwk).map_err(|e| bad(&e))?;
    validation.algorithms = vec![header.alg];
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[client_id]);
    validation.leeway = LEEWAY_SECONDS;
    Ok(jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation).map_err(|e| bad(&e))?.claims)
}

/// What OpenID Connect Back-Channel Logout 1.0 names the event of a logout token.
const LOGOUT_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// Checks a logout token (Back-Channel Logout 1.0, 2.6): signed by the provider's published key,
/// from its issuer to this portal, issued lately, with the logout event, a session id, and no
/// nonce (so an ID token cannot be passed off as one). Returns the session id.
pub fn check_logout_token(
    token: &str,
    keys: &JwkSet,
    issuer: &str,
    client_id: &str,
) -> Result<String, Refusal> {
    let bad = |e: &dyn std::fmt::Display| Refusal::BadToken(e.to_string());
    let mut validation = Validation::default();
    // A logout token need not expire; its issue time must be recent.
    validation.set_required_spec_claims(&["iat", "iss", "aud"]);
    validation.validate_exp = false;
    let claims = signed_claims(token, keys, issuer, client_id, validation)?;
    let now = crate::clock::now_unix();
    let issued = claims.get("iat").and_then(Value::as_i64).unwrap_or(0);
    if (now - issued).abs() > ASSERTION_SECONDS {
        return Err(bad(&"the logout token was not issued lately"));
    }
    if claims.get("events").and_then(|e| e.get(LOGOUT_EVENT)).is_none() {
        return Err(bad(&"the token carries no logout event"));
    }
    if claims.contains_key("nonce") {
        return Err(bad(&"a logout token has no nonce"));
    }
    claims
        .get("sid")
        .and_then(Value::as_str)
        .filter(|sid| !sid.is_empty())
        .map(str::to_string)
        .ok_or_else(|| bad(&"the logout token names no session"))
}

/// The `iss` of a token, unchecked.
fn unverified_issuer(token: &str) -> Option<String> {
    let payload = token.split('.').nth(1)?;
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
    claims.get("iss")?.as_str().map(str::to_string)
}

/// 32 random bytes, base64url: state, nonce, PKCE verifier, assertion ids.
fn random() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::keys::{new_key_pem, KeyFolder};

    const ISSUER: &str = "https://tunnistus.example.fi";
    const SUBSTANTIAL: &str = "http://ftn.ficora.fi/2017/loa2";

    /// A provider's key, published in a folder as the portal publishes its own.
    fn provider_keys() -> (tempfile::TempDir, KeyRing) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("provider.pem"), new_key_pem().unwrap()).unwrap();
        let ring = KeyFolder { dir: dir.path().to_path_buf(), grace: Duration::ZERO }.read().unwrap();
        (dir, ring)
    }

    fn published(ring: &KeyRing) -> JwkSet {
        serde_json::from_value(ring.public_keys()).unwrap()
    }

    fn token(ring: &KeyRing, change: impl FnOnce(&mut Value)) -> String {
        let now = crate::clock::now_unix();
        let mut claims = json!({
            "iss": ISSUER,
            "aud": "budjetti",
            "sub": "x1",
            "iat": now,
            "exp": now + 300,
            "nonce": "n-0S6_WzA2Mj",
            "acr": SUBSTANTIAL,
            "urn:oid:1.2.246.21": "070448-9049",
        });
        change(&mut claims);
        ring.sign(&claims).unwrap()
    }

    fn check(token: &str, keys: &JwkSet) -> Result<(String, Map<String, Value>), Refusal> {
        let acr = vec![SUBSTANTIAL.to_string(), "http://ftn.ficora.fi/2017/loa3".to_string()];
        let expected = Expected {
            issuer: ISSUER,
            client_id: "budjetti",
            nonce: "n-0S6_WzA2Mj",
            acr_values: &acr,
            person_claim: "urn:oid:1.2.246.21",
        };
        check_id_token(token, keys, &expected)
    }

    #[test]
    fn a_good_token_gives_the_identity_code() {
        let (_dir, ring) = provider_keys();
        let (person, claims) = check(&token(&ring, |_| {}), &published(&ring)).unwrap();
        assert_eq!(person, "070448-9049");
        assert_eq!(claims["acr"], SUBSTANTIAL);
    }

    #[test]
    fn each_fault_is_refused() {
        let (_dir, ring) = provider_keys();
        let keys = published(&ring);
        let refused = |change: fn(&mut Value)| check(&token(&ring, change), &keys).unwrap_err();

        assert!(matches!(refused(|c| c["nonce"] = json!("another sign-in's")), Refusal::WrongNonce));
        assert!(matches!(
            refused(|c| {
                c.as_object_mut().unwrap().remove("nonce");
            }),
            Refusal::WrongNonce
        ));
        let expired = refused(|c| c["exp"] = json!(crate::clock::now_unix() - 120));
        assert!(matches!(&expired, Refusal::BadToken(why) if why.contains("Expired")), "{expired:?}");
        let audience = refused(|c| c["aud"] = json!("another-service"));
        assert!(matches!(&audience, Refusal::BadToken(why) if why.contains("Audience")), "{audience:?}");
        let issuer = refused(|c| c["iss"] = json!("https://evil.example"));
        assert!(matches!(&issuer, Refusal::BadToken(why) if why.contains("Issuer")), "{issuer:?}");
        let weak = refused(|c| c["acr"] = json!("http://ftn.ficora.fi/2017/loa1"));
        assert!(matches!(&weak, Refusal::WeakAssurance(Some(acr)) if acr.ends_with("loa1")), "{weak:?}");
        assert!(matches!(
            refused(|c| {
                c.as_object_mut().unwrap().remove("acr");
            }),
            Refusal::WeakAssurance(None)
        ));
        assert!(matches!(refused(|c| c["urn:oid:1.2.246.21"] = json!("")), Refusal::NoPersonClaim(_)));
    }

    #[test]
    fn a_token_signed_by_anyone_else_is_refused() {
        let (_dir, ring) = provider_keys();
        let (_other_dir, other) = provider_keys();
        // Signed by another key that claims the provider's key id: the signature fails.
        let forged = {
            let good = token(&other, |_| {});
            let (_, rest) = good.split_once('.').unwrap();
            let header = json!({ "alg": "RS256", "kid": ring.signing().kid, "typ": "JWT" });
            format!("{}.{rest}", URL_SAFE_NO_PAD.encode(header.to_string()))
        };
        let refusal = check(&forged, &published(&ring)).unwrap_err();
        assert!(matches!(&refusal, Refusal::BadToken(why) if why.contains("Signature")), "{refusal:?}");
        // Not signed at all.
        let parts: Vec<&str> = forged.split('.').collect();
        let none = format!("{}.{}.", URL_SAFE_NO_PAD.encode(r#"{"alg":"none"}"#), parts[1]);
        assert!(matches!(check(&none, &published(&ring)), Err(Refusal::BadToken(_))));
    }

    #[test]
    fn a_logout_token_ends_its_session_and_nothing_else_passes_for_one() {
        let (_dir, ring) = provider_keys();
        let keys = published(&ring);
        let logout = |change: fn(&mut Value)| {
            let now = crate::clock::now_unix();
            let mut claims = json!({
                "iss": ISSUER,
                "aud": "budjetti",
                "iat": now,
                "jti": "bWJq",
                "sid": "08a5019c-17e1-4977-8f42-65a12843ea02",
                "events": { LOGOUT_EVENT: {} },
            });
            change(&mut claims);
            check_logout_token(&ring.sign(&claims).unwrap(), &keys, ISSUER, "budjetti")
        };
        assert_eq!(logout(|_| {}).unwrap(), "08a5019c-17e1-4977-8f42-65a12843ea02");
        let refused = |change: fn(&mut Value), why: &str| {
            let refusal = logout(change).unwrap_err();
            assert!(matches!(&refusal, Refusal::BadToken(text) if text.contains(why)), "{why}: {refusal:?}");
        };
        refused(|c| c["aud"] = json!("another-service"), "Audience");
        refused(|c| c["iss"] = json!("https://evil.example"), "Issuer");
        refused(|c| c["iat"] = json!(crate::clock::now_unix() - 3600), "lately");
        refused(|c| c["events"] = json!({}), "logout event");
        refused(|c| c["nonce"] = json!("n-0S6_WzA2Mj"), "nonce");
        refused(
            |c| {
                c.as_object_mut().unwrap().remove("sid");
            },
            "no session",
        );
        // An ID token is no logout token.
        let id_token = token(&ring, |_| {});
        assert!(check_logout_token(&id_token, &keys, ISSUER, "budjetti").is_err());
        assert_eq!(unverified_issuer(&id_token).as_deref(), Some(ISSUER));
    }
}
