//! A counsellor lets a client, or a relative of the client, sign in with strong identification:
//! the identity code typed is checked, hashed with the portal's secret, and put on the person's
//! account (made when there is none), with the link kept in the client's history. Nothing is
//! written when anything is wrong.

use std::collections::BTreeMap;

use app::counsellor::{sign_in_fields as fields, ClientSignInPage};
use app::i18n::msg;
use app::role::Role;

use crate::clock::now_unix;
use crate::identity::code::{self, CodeError};
use crate::identity::Identity;
use crate::services::access::Reader;
use crate::services::details::masked_identity_code;
use crate::store::accounts::{self, Account};
use crate::store::identity_links as links;
use crate::store::{Db, StoreError};

/// Why a person could not be let sign in; each belongs to one field of its form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the identity code: {0}")]
    Code(CodeError),
    #[error("the identity code is not the one in the client's details")]
    NotInDetails,
    #[error("another person already signs in with the identity code")]
    Taken,
    #[error("the relative's identity code is the client's own")]
    ClientsOwn,
    #[error("the relative has no name")]
    Name,
}

impl LinkError {
    pub fn message_id(self) -> &'static str {
        match self {
            LinkError::Code(CodeError::Missing) => msg("sign-in-of-error-code-missing"),
            LinkError::Code(CodeError::Form) => msg("sign-in-of-error-code-form"),
            LinkError::Code(CodeError::Check) => msg("sign-in-of-error-code-check"),
            LinkError::NotInDetails => msg("sign-in-of-error-not-in-details"),
            LinkError::Taken => msg("sign-in-of-error-taken"),
            LinkError::ClientsOwn => msg("sign-in-of-error-is-client"),
            LinkError::Name => msg("sign-in-of-error-name"),
        }
    }
}

/// The page: whether the client signs in, the code in their details (masked), and the relatives
/// let sign in from it.
pub async fn page(
    db: &Db,
    client_id: i64,
    client_name: String,
    done: Option<String>,
) -> Result<ClientSignInPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let client_signs_in =
        links::client_account(&mut conn, client_id).await?.is_some_and(|(_, linked)| linked);
    let code_in_details =
        links::identity_code_of(&mut conn, client_id).await?.as_deref().map(masked_identity_code);
    let relatives = links::relatives_linked(&mut conn, client_id).await?;
    Ok(ClientSignInPage { client_id, client_name, client_signs_in, code_in_details, relatives, done })
}

/// Lets the client sign in with the identity code typed: it must be right, be the one in their
/// details when those have one (and goes there when they have none), and open no one else's
/// account.
pub async fn let_client_sign_in(
    db: &Db,
    identity: &Identity,
    counsellor: &Account,
    client_id: i64,
    form: &BTreeMap<String, String>,
) -> Result<Result<(), LinkError>, StoreError> {
    let typed = match code::check(value(form, fields::CODE)) {
        Ok(typed) => typed,
        Err(error) => return Ok(Err(LinkError::Code(error))),
    };
    let hash = identity.hash(&typed);
    let mut tx = db.pool.begin().await?;
    let in_details = links::identity_code_of(&mut tx, client_id).await?;
    if in_details.as_deref().is_some_and(|known| code::check(known).ok().as_ref() != Some(&typed)) {
        return Ok(Err(LinkError::NotInDetails));
    }
    let own = links::client_account(&mut tx, client_id).await?.map(|(id, _)| id);
    let account_id = match (accounts::find_by_identity_hash(&mut *tx, &hash).await?, own) {
        // Already so: nothing to write, and the counsellor reads that it holds.
        (Some(holder), Some(own)) if holder.id == own => return Ok(Ok(())),
        (Some(_), _) => return Ok(Err(LinkError::Taken)),
        (None, Some(own)) => {
            links::set_hash(&mut tx, own, &hash).await?;
            own
        }
        (None, None) => {
            let name = links::client_name(&mut tx, client_id).await?;
            links::insert_identified(&mut tx, Role::Client, &name, Some(client_id), &hash).await?
        }
    };
    if in_details.is_none() {
        links::set_identity_code(&mut tx, client_id, typed.as_str()).await?;
    }
    links::record(&mut tx, client_id, account_id, &Reader::Person(counsellor).actor(), now_unix()).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Lets a relative of the client sign in: a new account by the name and identity code typed, or,
/// when the relative already signs in, only the link in this client's history.
pub async fn let_relative_sign_in(
    db: &Db,
    identity: &Identity,
    counsellor: &Account,
    client_id: i64,
    form: &BTreeMap<String, String>,
) -> Result<Result<(), Vec<(&'static str, LinkError)>>, StoreError> {
    let name = value(form, fields::NAME);
    let typed = code::check(value(form, fields::RELATIVE_CODE));
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push((fields::NAME, LinkError::Name));
    }
    let typed = match typed {
        Ok(typed) => typed,
        Err(error) => {
            errors.push((fields::RELATIVE_CODE, LinkError::Code(error)));
            return Ok(Err(errors));
        }
    };
    let hash = identity.hash(&typed);
    let mut tx = db.pool.begin().await?;
    let in_details = links::identity_code_of(&mut tx, client_id).await?;
    let holder = accounts::find_by_identity_hash(&mut *tx, &hash).await?;
    if in_details.as_deref().and_then(|c| code::check(c).ok()).as_ref() == Some(&typed) {
        errors.push((fields::RELATIVE_CODE, LinkError::ClientsOwn));
    } else if holder.as_ref().is_some_and(|h| h.role != Role::Relative) {
        errors.push((fields::RELATIVE_CODE, LinkError::Taken));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let account_id = match holder {
        Some(holder) => holder.id,
        None => links::insert_identified(&mut tx, Role::Relative, name, None, &hash).await?,
    };
    links::record(&mut tx, client_id, account_id, &Reader::Person(counsellor).actor(), now_unix()).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

fn value<'f>(form: &'f BTreeMap<String, String>, field: &str) -> &'f str {
    form.get(field).map_or("", |v| v.trim())
}
