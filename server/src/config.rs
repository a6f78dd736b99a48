//! Configuration, read once at start-up from the environment into a typed struct.
//! Anything wrong stops the server with a message that says which variable and why.

use std::net::SocketAddr;

use chrono::NaiveDate;

/// The "today" of the demo data: the 2018 pilot, as of 10 May 2018.
pub const DEMO_TODAY: &str = "2018-05-10";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/portal.db";

#[derive(Clone, Debug)]
pub struct Config {
    /// `PORTAL_LISTEN`: where to listen. Default `127.0.0.1:3000`.
    pub listen: SocketAddr,
    /// `DATABASE_URL`: `sqlite://path` (default, created on first run) or `postgres://...`.
    pub database_url: String,
    /// `PORTAL_TODAY`: a fixed date for demos and tests; unset means the real date in Helsinki
    /// (in demo mode, the demo date).
    pub today: Option<NaiveDate>,
    /// `PORTAL_DEMO=1`: fill an empty database with demo data and list the demo sign-ins. Off
    /// unless asked for: a server started without thinking must not open with published passwords.
    pub demo: bool,
    /// `PORTAL_SECURE_COOKIES`: send cookies only over HTTPS. Default on; turn off only for
    /// plain-HTTP development on a machine other than localhost.
    pub secure_cookies: bool,
    /// How long a sign-in lasts: `PORTAL_SESSION_IDLE_MINUTES` without use (default 30) and at
    /// most 12 hours in all.
    pub session: SessionLimits,
}

/// How long a sign-in lasts (ASVS 7.3): it ends after `idle_seconds` without a request, and
/// `absolute_seconds` after signing in however active the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle_seconds: i64,
    pub absolute_seconds: i64,
}

impl SessionLimits {
    /// How long before the idle limit the person is asked whether to stay signed in: five
    /// minutes, or half the limit when it is shorter.
    pub fn warn_seconds(self) -> i64 {
        (self.idle_seconds / 2).min(5 * 60)
    }
}

const DEFAULT_IDLE_MINUTES: i64 = 30;
const ABSOLUTE_LIMIT_SECONDS: i64 = 12 * 60 * 60;

impl Default for SessionLimits {
    fn default() -> Self {
        SessionLimits { idle_seconds: DEFAULT_IDLE_MINUTES * 60, absolute_seconds: ABSOLUTE_LIMIT_SECONDS }
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("{name} is {value:?}, but {expected}")]
    Invalid { name: &'static str, value: String, expected: &'static str },
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests can give their own variables.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());

        let listen = match get("PORTAL_LISTEN") {
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            Some(v) => v.parse().map_err(|_| ConfigError::Invalid {
                name: "PORTAL_LISTEN",
                value: v,
                expected: "it must be an address and port such as 127.0.0.1:3000",
            })?,
        };

        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string());
        let is_postgres =
            database_url.starts_with("postgres://") || database_url.starts_with("postgresql://");
        if !is_postgres && !database_url.starts_with("sqlite:") {
            return Err(ConfigError::Invalid {
                name: "DATABASE_URL",
                value: database_url,
                expected: "it must start with sqlite: or postgres://",
            });
        }

        let demo = match get("PORTAL_DEMO").as_deref() {
            Some("1" | "true" | "on") => true,
            None | Some("0" | "false" | "off") => false,
            Some(v) => {
                return Err(ConfigError::Invalid {
                    name: "PORTAL_DEMO",
                    value: v.to_string(),
                    expected: "it must be 1 or 0",
                })
            }
        };

        let today = match get("PORTAL_TODAY") {
            None if demo => Some(parse_date(DEMO_TODAY).expect("the demo date is valid")),
            None => None,
            Some(v) => Some(parse_date(&v).ok_or(ConfigError::Invalid {
                name: "PORTAL_TODAY",
                value: v,
                expected: "it must be a date written YYYY-MM-DD",
            })?),
        };

        let secure_cookies = match get("PORTAL_SECURE_COOKIES").as_deref() {
            None | Some("1" | "true" | "on") => true,
            Some("0" | "false" | "off") => false,
            Some(v) => {
                return Err(ConfigError::Invalid {
                    name: "PORTAL_SECURE_COOKIES",
                    value: v.to_string(),
                    expected: "it must be 1 or 0",
                })
            }
        };

        let idle_minutes = match get("PORTAL_SESSION_IDLE_MINUTES") {
            None => DEFAULT_IDLE_MINUTES,
            Some(v) => {
                v.trim().parse().ok().filter(|m| (1..=12 * 60).contains(m)).ok_or(ConfigError::Invalid {
                    name: "PORTAL_SESSION_IDLE_MINUTES",
                    value: v,
                    expected: "it must be a whole number of minutes from 1 to 720",
                })?
            }
        };
        let session = SessionLimits { idle_seconds: idle_minutes * 60, ..SessionLimits::default() };

        Ok(Config { listen, database_url, today, demo, secure_cookies, session })
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    #[test]
    fn defaults_are_a_real_service_on_sqlite_on_the_real_date() {
        let c = config(&[]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert!(!c.demo, "the demo only when asked for");
        assert_eq!(c.today, None, "production uses the real date");
        assert_eq!(c.listen.to_string(), "127.0.0.1:3000");
    }

    #[test]
    fn the_demo_runs_on_the_demo_date_on_either_engine() {
        for url in ["sqlite://data/demo.db", "postgres://db/portal"] {
            let asked = config(&[("DATABASE_URL", url), ("PORTAL_DEMO", "1")]).unwrap();
            assert!(asked.demo);
            assert_eq!(asked.today, NaiveDate::from_ymd_opt(2018, 5, 10));
        }
    }

    #[test]
    fn bad_values_name_the_variable() {
        let err = config(&[("PORTAL_TODAY", "10.5.2018")]).unwrap_err();
        assert!(err.to_string().starts_with("PORTAL_TODAY is \"10.5.2018\""), "{err}");
        assert!(config(&[("PORTAL_LISTEN", "here")]).is_err());
        assert!(config(&[("DATABASE_URL", "mysql://x")]).is_err());
        assert!(config(&[("PORTAL_DEMO", "yes please")]).is_err());
        assert!(config(&[("PORTAL_SESSION_IDLE_MINUTES", "0")]).is_err());
        assert!(config(&[("PORTAL_SESSION_IDLE_MINUTES", "half an hour")]).is_err());
    }

    #[test]
    fn a_sign_in_lasts_half_an_hour_unused_and_twelve_hours_at_most() {
        let limits = config(&[]).unwrap().session;
        assert_eq!((limits.idle_seconds, limits.absolute_seconds), (30 * 60, 12 * 60 * 60));
        assert_eq!(limits.warn_seconds(), 5 * 60);
        let short = config(&[("PORTAL_SESSION_IDLE_MINUTES", "4")]).unwrap().session;
        assert_eq!((short.idle_seconds, short.warn_seconds()), (240, 120));
    }
}
