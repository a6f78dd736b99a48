//! "Today" for the budget rules (B2): a fixed date in demos and tests, otherwise the real
//! date in Helsinki. Nothing else in the server asks the system for the date.

use chrono::{NaiveDate, Utc};

#[derive(Clone, Copy, Debug)]
pub enum Clock {
    Fixed(NaiveDate),
    Helsinki,
}

impl Clock {
    pub fn today(self) -> NaiveDate {
        match self {
            Clock::Fixed(day) => day,
            Clock::Helsinki => Utc::now().with_timezone(&chrono_tz::Europe::Helsinki).date_naive(),
        }
    }
}

/// Seconds since the Unix epoch, for sessions and throttles (real time even in demos).
pub fn now_unix() -> i64 {
    Utc::now().timestamp()
}
