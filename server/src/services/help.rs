//! Read-only help from an experience expert for a few hours, granted and ended by the client
//! ("Let Maija help me for 2 hours"). The grant also ends by itself.

use app::access::HELP_HOURS;
use app::role::Role;

use crate::services::messages::{self, HelpNews};
use crate::store::accounts;
use crate::store::help::{self, Grant};
use crate::store::{Db, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum HelpError {
    #[error("no such experience expert")]
    UnknownHelper,
    #[error("help is given for 1, 2 or 4 hours")]
    UnknownDuration,
    #[error(transparent)]
    Store(#[from] StoreError),
}

const HOUR: i64 = 60 * 60;

/// Lets the expert see the client's portal from `now` for `hours`. A grant to the same expert that
/// is still running ends first, so there is one end time to think about. The expert is told.
pub async fn grant(db: &Db, client_id: i64, helper_id: i64, hours: i64, now: i64) -> Result<i64, HelpError> {
    if !HELP_HOURS.contains(&hours) {
        return Err(HelpError::UnknownDuration);
    }
    let helper = accounts::find(db, helper_id).await?;
    if helper.map(|h| h.role) != Some(Role::ExperienceExpert) {
        return Err(HelpError::UnknownHelper);
    }
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await.map_err(StoreError::from)?;
    for running in help::running_for_client(&mut *tx, client_id, now).await? {
        if running.helper_account_id == helper_id {
            help::end(&mut tx, client_id, running.id, now).await?;
        }
    }
    let ends_at = now + hours * HOUR;
    let id = help::insert(&mut tx, client_id, helper_id, now, ends_at).await?;
    messages::help_news(&mut tx, &HelpNews { client_id, grant_id: id, helper_id, until: Some(ends_at) })
        .await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(id)
}

/// Ends one of the client's running grants, and tells the expert; false if it was not running.
pub async fn end(db: &Db, client_id: i64, grant_id: i64, now: i64) -> Result<bool, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let Some(helper_id) = help::end(&mut tx, client_id, grant_id, now).await? else { return Ok(false) };
    messages::help_news(&mut tx, &HelpNews { client_id, grant_id, helper_id, until: None }).await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn running_for_client(db: &Db, client_id: i64, now: i64) -> Result<Vec<Grant>, StoreError> {
    help::running_for_client(&db.pool, client_id, now).await
}

/// The grant the expert is using now: the newest running one.
pub async fn current_for_helper(db: &Db, helper_id: i64, now: i64) -> Result<Option<Grant>, StoreError> {
    Ok(help::running_for_helper(db, helper_id, now).await?.into_iter().next())
}

/// Whether the expert may look at the client's portal now.
pub async fn may_look(db: &Db, helper_id: i64, client_id: i64, now: i64) -> Result<bool, StoreError> {
    Ok(help::running_for_helper(db, helper_id, now).await?.iter().any(|g| g.client_id == client_id))
}

pub async fn experts(db: &Db) -> Result<Vec<(i64, String)>, StoreError> {
    help::experts(db).await
}
