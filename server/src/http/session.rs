//! What the portal keeps in a person's session, and the rules for how long a sign-in lasts.

use app::context::FormFlash;
use tower_sessions::Session;

use crate::clock::now_unix;

const ACCOUNT_ID: &str = "account_id";
const SIGNED_IN_AT: &str = "signed_in_at";
const FLASH: &str = "flash";
const CHOSEN_CLIENT: &str = "chosen_client";
const HELPER_VIEW: &str = "helper_view";

/// A sign-in lasts at most this long, however active the person is.
pub const ABSOLUTE_LIMIT_SECONDS: i64 = 12 * 60 * 60;

/// Starts a signed-in session under a new id, so an id known before sign-in is worthless, and
/// with nothing of the session before: on a shared browser, the previous person's chosen client,
/// helper view and half-filled forms stay theirs.
pub async fn begin(session: &Session, account_id: i64) -> Result<(), tower_sessions::session::Error> {
    session.clear().await;
    session.cycle_id().await?;
    session.insert(ACCOUNT_ID, account_id).await?;
    session.insert(SIGNED_IN_AT, now_unix()).await?;
    Ok(())
}

/// The signed-in account, unless there is none or the sign-in has lasted too long (then the
/// session is ended).
pub async fn account_id(session: &Session) -> Option<i64> {
    let id: i64 = session.get(ACCOUNT_ID).await.ok().flatten()?;
    let since: i64 = session.get(SIGNED_IN_AT).await.ok().flatten()?;
    if now_unix() - since > ABSOLUTE_LIMIT_SECONDS {
        let _ = session.flush().await;
        return None;
    }
    Some(id)
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
