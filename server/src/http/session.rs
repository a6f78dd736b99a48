//! What the portal keeps in a person's session, and the rules for how long a sign-in lasts.

use app::context::FormFlash;
use app::wellbeing::Question;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::clock::now_unix;
use crate::config::SessionLimits;
use crate::identity::oidc::Pending;
use crate::identity::Door;

const ACCOUNT_ID: &str = "account_id";
const SIGNED_IN_AT: &str = "signed_in_at";
const LAST_SEEN: &str = "last_seen";
/// Who was signed in when the sign-in ran out, so what they were sending can wait for them.
const LAPSED_ACCOUNT: &str = "lapsed_account";
const KEPT_FORM: &str = "kept_form";
const FLASH: &str = "flash";
const CHOSEN_CLIENT: &str = "chosen_client";
const HELPER_VIEW: &str = "helper_view";
const SELF_CHECK: &str = "self_check";
const DECIDED_FOR: &str = "decided_for";
/// A strong identification under way: which door, and the state, nonce and PKCE verifier.
const IDENTIFYING: &str = "identifying";
/// Which provider vouched for the signed-in person, with its ID token, to end its session too.
const IDENTIFIED_BY: &str = "identified_by";

/// Starts a signed-in session under a new id, so an id known before sign-in is worthless, and
/// with nothing of the session before: on a shared browser, the previous person's chosen client,
/// helper view and half-filled forms stay theirs. Only a form this same person was sending when
/// their sign-in ran out comes back, filled in ([`keep_form`]).
pub async fn begin(session: &Session, account_id: i64) -> Result<(), tower_sessions::session::Error> {
    let kept = take_kept_form(session).await.filter(|kept| kept.account_id == account_id);
    session.clear().await;
    session.cycle_id().await?;
    let now = now_unix();
    session.insert(ACCOUNT_ID, account_id).await?;
    session.insert(SIGNED_IN_AT, now).await?;
    session.insert(LAST_SEEN, now).await?;
    if let Some(kept) = kept {
        set_flash(session, kept.flash).await;
    }
    Ok(())
}

/// Where a session stands, read without counting as use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Signed in until `ends_at` (Unix seconds), unless used before.
    SignedIn {
        account_id: i64,
        ends_at: i64,
    },
    /// The sign-in ran out: the time limit passed.
    Lapsed {
        account_id: i64,
    },
    NotSignedIn,
}

impl Standing {
    /// When the sign-in ends if nothing more is done; `None` when there is none.
    pub fn ends_at(self) -> Option<i64> {
        match self {
            Standing::SignedIn { ends_at, .. } => Some(ends_at),
            Standing::Lapsed { .. } | Standing::NotSignedIn => None,
        }
    }
}

pub async fn standing(session: &Session, limits: SessionLimits) -> Standing {
    let get = async |key: &str| session.get::<i64>(key).await.ok().flatten();
    let Some(account_id) = get(ACCOUNT_ID).await else {
        return match get(LAPSED_ACCOUNT).await {
            Some(account_id) => Standing::Lapsed { account_id },
            None => Standing::NotSignedIn,
        };
    };
    let (Some(since), Some(last_seen)) = (get(SIGNED_IN_AT).await, get(LAST_SEEN).await) else {
        return Standing::NotSignedIn;
    };
    let ends_at = (last_seen + limits.idle_seconds).min(since + limits.absolute_seconds);
    if now_unix() >= ends_at {
        Standing::Lapsed { account_id }
    } else {
        Standing::SignedIn { account_id, ends_at }
    }
}

/// The signed-in account, counting this request as use. A sign-in that has run out ends here:
/// everything of it is forgotten but who it was, for [`keep_form`].
pub async fn account_id(session: &Session, limits: SessionLimits) -> Option<i64> {
    match standing(session, limits).await {
        Standing::SignedIn { account_id, .. } => {
            let now = now_unix();
            let last_seen = session.get::<i64>(LAST_SEEN).await.ok().flatten().unwrap_or(0);
            // The session is saved only when it changed (http/mod.rs): use within the step is
            // not noted, so most page views write nothing.
            if now - last_seen >= limits.renew_step_seconds() {
                if let Err(error) = session.insert(LAST_SEEN, now).await {
                    tracing::warn!(%error, "could not note a signed-in request");
                }
            }
            Some(account_id)
        }
        Standing::Lapsed { account_id } => {
            if session.get::<i64>(ACCOUNT_ID).await.ok().flatten().is_some() {
                tracing::info!(account_id, "a sign-in ran out");
                session.clear().await;
                if let Err(error) = session.insert(LAPSED_ACCOUNT, account_id).await {
                    tracing::warn!(%error, "could not note whose sign-in ran out");
                }
            }
            None
        }
        Standing::NotSignedIn => None,
    }
}

/// A form sent after its sender's sign-in ran out: shown filled in to the same person once they
/// have signed in again, and to nobody else.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KeptForm {
    pub account_id: i64,
    pub flash: FormFlash,
}

pub async fn keep_form(session: &Session, kept: KeptForm) {
    if let Err(error) = session.insert(KEPT_FORM, kept).await {
        tracing::warn!(%error, "could not keep a form sent after the sign-in ran out");
    }
}

/// Whether a form waits for its sender to sign in again: the sign-in page says so.
pub async fn has_kept_form(session: &Session) -> bool {
    session.get::<KeptForm>(KEPT_FORM).await.ok().flatten().is_some()
}

async fn take_kept_form(session: &Session) -> Option<KeptForm> {
    session.remove(KEPT_FORM).await.ok().flatten()
}

pub async fn end(session: &Session) {
    if let Err(error) = session.flush().await {
        tracing::warn!(%error, "could not delete a session at sign-out");
    }
}

pub async fn set_flash(session: &Session, flash: FormFlash) {
    if let Err(error) = session.insert(FLASH, flash).await {
        tracing::warn!(%error, "could not keep a form's values for the next page");
    }
}

/// A form's values and errors, shown once.
pub async fn take_flash(session: &Session) -> Option<FormFlash> {
    session.remove(FLASH).await.ok().flatten()
}

/// The client whose decision the decision-maker just made, said once on their list.
pub async fn set_decided_for(session: &Session, client_name: &str) {
    if let Err(error) = session.insert(DECIDED_FOR, client_name).await {
        tracing::warn!(%error, "could not keep whose decision was just made");
    }
}

pub async fn take_decided_for(session: &Session) -> Option<String> {
    session.remove(DECIDED_FOR).await.ok().flatten()
}

/// The client whose matters a relative with several mandates chose to handle.
pub async fn chosen_client(session: &Session) -> Option<i64> {
    session.get(CHOSEN_CLIENT).await.ok().flatten()
}

/// Closes the client a counsellor opened: the workspace shows no one's pages.
pub async fn forget_client(session: &Session) {
    if let Err(error) = session.remove::<i64>(CHOSEN_CLIENT).await {
        tracing::warn!(%error, "could not close the client a counsellor opened");
    }
}

pub async fn choose_client(session: &Session, client_id: i64) {
    if let Err(error) = session.insert(CHOSEN_CLIENT, client_id).await {
        tracing::warn!(%error, "could not keep whose matters a relative chose");
    }
}

/// Whether the helper view for screen-share is on: for this session only, so the next sign-in,
/// perhaps without anyone watching, shows the details again.
pub async fn helper_view(session: &Session) -> bool {
    session.get(HELPER_VIEW).await.ok().flatten().unwrap_or(false)
}

pub async fn set_helper_view(session: &Session, on: bool) {
    if let Err(error) = session.insert(HELPER_VIEW, on).await {
        tracing::warn!(%error, "could not keep the helper view switch");
    }
}

/// The answers of a self-check under way: whose, and each question's face. They wait here until
/// the last step, so an unfinished check leaves nothing in the database.
pub async fn self_check_answers(session: &Session, client_id: i64) -> Vec<(Question, i64)> {
    let kept: Option<(i64, Vec<(Question, i64)>)> = session.get(SELF_CHECK).await.ok().flatten();
    kept.filter(|(whose, _)| *whose == client_id).map(|(_, answers)| answers).unwrap_or_default()
}

pub async fn keep_self_check_answer(session: &Session, client_id: i64, question: Question, score: i64) {
    let mut answers = self_check_answers(session, client_id).await;
    answers.retain(|(q, _)| *q != question);
    answers.push((question, score));
    if let Err(error) = session.insert(SELF_CHECK, (client_id, answers)).await {
        tracing::warn!(%error, "could not keep a self-check's answer");
    }
}

pub async fn forget_self_check(session: &Session) {
    if let Err(error) = session.remove::<(i64, Vec<(Question, i64)>)>(SELF_CHECK).await {
        tracing::warn!(%error, "could not forget a finished self-check");
    }
}

/// An identification under way, between the redirect to the provider and the one back.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Identifying {
    pub door: Door,
    pub pending: Pending,
}

pub async fn set_identifying(
    session: &Session,
    identifying: Identifying,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(IDENTIFYING, identifying).await
}

/// The identification under way, taken out: a code comes back once.
pub async fn take_identifying(session: &Session) -> Option<Identifying> {
    session.remove(IDENTIFYING).await.ok().flatten()
}

/// Which provider vouched for the signed-in person, its ID token, and the provider's session as
/// (issuer, `sid`) when it named one: when that ends, this sign-in ends too.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IdentifiedBy {
    pub door: Door,
    pub id_token: String,
    #[serde(default)]
    pub provider_session: Option<(String, String)>,
}

pub async fn set_identified_by(
    session: &Session,
    by: IdentifiedBy,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(IDENTIFIED_BY, by).await
}

pub async fn identified_by(session: &Session) -> Option<IdentifiedBy> {
    session.get(IDENTIFIED_BY).await.ok().flatten()
}
