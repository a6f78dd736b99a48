//! Throttles on feedback at the service place (B20), which anyone may send without signing in:
//! per place (the address the request comes from) against guessing codes, and per code against
//! a flood of answers on one code. The counting is the `governor` crate's (GCRA).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::ConnectInfo;
use axum::http::Extensions;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::rules::feedback::normalise_code;

/// Tries per minute from one place: a shared tablet serves one person at a time, and each
/// person needs two (open the code, send the answer).
pub const PER_PLACE_PER_MINUTE: u32 = 20;
/// Tries per minute on one code: its one answer and a resend or two.
pub const PER_CODE_PER_MINUTE: u32 = 3;

pub struct VisitLimits {
    by_place: DefaultKeyedRateLimiter<IpAddr>,
    by_code: DefaultKeyedRateLimiter<String>,
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n).expect("a quota above zero"))
}

impl Default for VisitLimits {
    fn default() -> Self {
        VisitLimits {
            by_place: RateLimiter::keyed(per_minute(PER_PLACE_PER_MINUTE)),
            by_code: RateLimiter::keyed(per_minute(PER_CODE_PER_MINUTE)),
        }
    }
}

impl VisitLimits {
    /// Counts a look-up of a code from `place`; false when the place's limit is reached.
    pub fn allow_lookup(&self, place: IpAddr) -> bool {
        self.by_place.check_key(&place).is_ok()
    }

    /// Counts an answer sent on `code` from `place`; false when either limit is reached.
    pub fn allow_answer(&self, place: IpAddr, code: &str) -> bool {
        // Forget keys that have had their full quota back, so the maps stay small.
        if self.by_place.len() > 10_000 {
            self.by_place.retain_recent();
            self.by_code.retain_recent();
        }
        // The code as stored, so "kp7x 3mha" and "KP7X3MHA" count as one.
        let key = normalise_code(code).unwrap_or_else(|| code.to_string());
        self.by_place.check_key(&place).is_ok() && self.by_code.check_key(&key).is_ok()
    }
}

/// Where a request comes from; one shared key when the server was started without it (tests).
pub fn place(extensions: &Extensions) -> IpAddr {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(address)| address.ip())
}
