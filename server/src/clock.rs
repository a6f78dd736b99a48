//! "Today" for the budget rules (B2): a fixed date in demos and tests, otherwise the real
//! date in Helsinki. Nothing else in the server asks the system for the date or reads a moment
//! in Helsinki time.

use chrono::{DateTime, NaiveDate, Utc};

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

/// A moment (Unix seconds) as people in Helsinki read it, on the wire: "YYYY-MM-DD" and "HH:MM".
pub fn helsinki_day_and_time(unix: i64) -> (String, String) {
    let at =
        DateTime::from_timestamp(unix, 0).unwrap_or_default().with_timezone(&chrono_tz::Europe::Helsinki);
    (at.format("%Y-%m-%d").to_string(), at.format("%H:%M").to_string())
}

/// The moments (Unix seconds) a Helsinki day starts at: midnight, or the first moment after it
/// where a clock change skips midnight.
pub fn helsinki_midnight(day: NaiveDate) -> i64 {
    use chrono::TimeZone;
    let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    chrono_tz::Europe::Helsinki
        .from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc().timestamp(), |at| at.timestamp())
}

/// The Helsinki day of a moment.
pub fn helsinki_day(unix: i64) -> NaiveDate {
    DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .date_naive()
}

/// A moment (Unix seconds) as a Helsinki wall clock shows it.
pub fn helsinki_date_time(unix: i64) -> chrono::NaiveDateTime {
    DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .naive_local()
}
