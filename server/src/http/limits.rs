//! Throttles on feedback at the service place (B20), which anyone may send without signing in:
//! per place (the address the request comes from) against guessing codes, and per code against
//! a flood of answers on one code. Counted in the database over the last minute, so that every
//! server process counts the same tries (docs/decisions/0026-scale.md).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::Extensions;

use crate::rules::feedback::normalise_code;
use crate::store::{throttles, Db, StoreError};

/// Tries per minute from one place: a shared tablet serves one person at a time, and each
/// person needs two (open the code, send the answer).
pub const PER_PLACE_PER_MINUTE: u32 = 20;
/// Tries per minute on one code: its one answer and a resend or two.
pub const PER_CODE_PER_MINUTE: u32 = 3;

const MINUTE_MS: i64 = 60_000;

fn now_ms() -> i64 {
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

fn place_key(place: IpAddr) -> String {
    format!("place {place}")
}

/// Counts a look-up of a code from `place`; false when the place's limit is reached.
pub async fn allow_lookup(db: &Db, place: IpAddr) -> Result<bool, StoreError> {
    let now = now_ms();
    throttles::try_each(db, &[(&place_key(place), PER_PLACE_PER_MINUTE.into())], now, now - MINUTE_MS).await
}

/// Counts an answer sent on `code` from `place`; false when either limit is reached.
pub async fn allow_answer(db: &Db, place: IpAddr, code: &str) -> Result<bool, StoreError> {
    // The code as stored, so "kp7x 3mha" and "KP7X3MHA" count as one.
    let code = format!("code {}", normalise_code(code).unwrap_or_else(|| code.to_string()));
    let place = place_key(place);
    let keys = [(place.as_str(), PER_PLACE_PER_MINUTE.into()), (code.as_str(), PER_CODE_PER_MINUTE.into())];
    let now = now_ms();
    throttles::try_each(db, &keys, now, now - MINUTE_MS).await
}

/// Applications to join the registry sent from one place in an hour, errors and all: a firm
/// sends one, perhaps after a few corrections; more is someone filling the list.
pub const APPLICATIONS_PER_PLACE_PER_HOUR: u32 = 30;

/// Counts an application sent from `place`; false when the place's limit is reached.
pub async fn allow_application(db: &Db, place: IpAddr) -> Result<bool, StoreError> {
    let key = format!("application {place}");
    let now = now_ms();
    throttles::try_each(
        db,
        &[(key.as_str(), APPLICATIONS_PER_PLACE_PER_HOUR.into())],
        now,
        now - 60 * MINUTE_MS,
    )
    .await
}

/// Where a request comes from; one shared key when the server was started without it (tests).
pub fn place(extensions: &Extensions) -> IpAddr {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(address)| address.ip())
}
