//! Configuration, read once at start-up from the environment into a typed struct.
//! Anything wrong stops the server with a message that says which variable and why.

use std::net::SocketAddr;
use std::path::PathBuf;

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
    /// How people sign in: OpenID Connect providers, the portal's keys, and whether the password
    /// form is on.
    pub identification: Identification,
    /// E-mail: on when `PORTAL_SMTP_URL` is set.
    pub email: Option<EmailConfig>,
    /// The organiser's own account, which the monthly settlement's payments leave from:
    /// `PORTAL_PAYER_NAME`, `PORTAL_PAYER_BUSINESS_ID`, `PORTAL_PAYER_IBAN`, `PORTAL_PAYER_BIC`.
    /// Without them no bank payment file is made (the demo has its own).
    pub payer: Option<Payer>,
}

/// Who pays the providers, as the bank payment file names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payer {
    pub name: String,
    pub business_id: String,
    pub iban: String,
    pub bic: String,
}

impl Payer {
    /// The demo's invented wellbeing services county and its account.
    pub fn demo() -> Payer {
        Payer {
            name: "Demo-hyvinvointialue".to_string(),
            business_id: "2345678-0".to_string(),
            iban: crate::rules::bank::finnish_iban("50000120000018"),
            bic: "OKOYFIHH".to_string(),
        }
    }
}

/// Where e-mail goes out (docs/decisions/0037-email.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailConfig {
    /// `PORTAL_SMTP_URL`: `smtps://user:password@host:465`, `smtp://host:587?tls=required`, or
    /// `smtp://127.0.0.1:2525` for a server without encryption on the same machine.
    pub smtp_url: String,
    /// `PORTAL_EMAIL_FROM`: the sender, such as `Henkilökohtainen budjetti <noreply@budjetti.example.fi>`.
    pub from: String,
    /// `PORTAL_PUBLIC_URL`: the links in the e-mails point here.
    pub public_url: url::Url,
}

/// How people prove who they are (docs/decisions/0022-strong-identification.md).
#[derive(Clone, Debug, Default)]
pub struct Identification {
    /// Clients, relatives and experience experts: Suomi.fi e-Identification or a provider like it.
    pub citizens: Option<OidcProvider>,
    /// Counsellors, the organiser's and providers' staff: their organisation's provider.
    pub staff: Option<OidcProvider>,
    /// `PORTAL_PUBLIC_URL`: the address people reach the portal at, for the addresses the
    /// providers send them back to and fetch the portal's keys from.
    pub public_url: Option<url::Url>,
    /// `PORTAL_OIDC_KEY_DIR`: the portal's private keys (PKCS#8 PEM files). All are published at
    /// the portal's JWKS address; the newest that has been published for `key_grace_seconds` signs.
    pub key_dir: Option<PathBuf>,
    /// `PORTAL_OIDC_KEY_GRACE_SECONDS`: how long a new key is only published before it signs, so
    /// providers that cache the portal's keys have fetched it. Default one hour.
    pub key_grace_seconds: u64,
    /// `PORTAL_IDENTITY_KEY`: the secret that identity codes are hashed with before they are
    /// stored or compared. The demo has a published one.
    pub identity_key: Vec<u8>,
    /// `PORTAL_PASSWORD_SIGN_IN=allow`: the password form. On in the demo, off otherwise unless
    /// allowed here.
    pub passwords: bool,
}

impl Identification {
    /// Whether anyone could sign in: a server where nobody could does not start.
    pub fn can_sign_in(&self) -> bool {
        self.passwords || self.citizens.is_some() || self.staff.is_some()
    }

    /// The demo's: passwords, and the published secret for invented identity codes.
    pub fn demo() -> Identification {
        Identification {
            passwords: true,
            identity_key: DEMO_IDENTITY_KEY.as_bytes().to_vec(),
            key_grace_seconds: 60 * 60,
            ..Identification::default()
        }
    }
}

/// One OpenID Connect provider the portal is registered with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OidcProvider {
    /// `PORTAL_OIDC_ISSUER` / `PORTAL_STAFF_OIDC_ISSUER`: the provider's issuer; its metadata is at
    /// `/.well-known/openid-configuration` under it.
    pub issuer: url::Url,
    /// `PORTAL_OIDC_CLIENT_ID` / `PORTAL_STAFF_OIDC_CLIENT_ID`: the portal's id at the provider.
    pub client_id: String,
    /// `PORTAL_OIDC_ACR`: the levels of assurance accepted, space-separated, the first asked for.
    /// Empty for staff, whose organisation decides.
    pub acr_values: Vec<String>,
    /// Which claim says who the person is: the identity code for citizens
    /// (`PORTAL_OIDC_IDENTITY_CLAIM`), the user name for staff (`PORTAL_STAFF_OIDC_USER_CLAIM`).
    pub person_claim: String,
    /// `PORTAL_STAFF_OIDC_ROLE_CLAIM`: the claim that lists a staff member's roles.
    pub role_claim: Option<String>,
}

/// Substantial and high, in Suomi.fi's and eIDAS's words: what an e-service that shows health
/// details and money must ask for. Low ("loa1", a user name and password elsewhere) never passes.
pub const DEFAULT_ACR_VALUES: [&str; 4] = [
    "http://ftn.ficora.fi/2017/loa2",
    "http://ftn.ficora.fi/2017/loa3",
    "http://eidas.europa.eu/LoA/substantial",
    "http://eidas.europa.eu/LoA/high",
];
/// The identity code (henkilötunnus) in Suomi.fi's attribute names.
pub const DEFAULT_IDENTITY_CLAIM: &str = "urn:oid:1.2.246.21";
/// The demo's secret for identity codes: published, so only for invented people.
pub const DEMO_IDENTITY_KEY: &str = "demo identity key: invented people only, never production";

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

    /// How much older than now the last noted use may be before a request notes it again: a
    /// thirtieth of the idle limit, at most a minute. Noting every request would write the
    /// session on every page view; this way a reading session writes about once a minute, and
    /// the sign-in ends at most that much before the full idle limit after the last request.
    pub fn renew_step_seconds(self) -> i64 {
        (self.idle_seconds / 30).min(60)
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
    #[error("{name} is not set, but {why}")]
    Missing { name: &'static str, why: &'static str },
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

        let identification = identification(&get, demo)?;
        let email = email(&get, identification.public_url.as_ref())?;

        let payer = payer(&get, demo)?;

        Ok(Config {
            listen,
            database_url,
            today,
            demo,
            secure_cookies,
            session,
            identification,
            email,
            payer,
        })
    }
}

fn payer(get: &impl Fn(&str) -> Option<String>, demo: bool) -> Result<Option<Payer>, ConfigError> {
    use crate::rules::bank;
    let Some(name) = get("PORTAL_PAYER_NAME") else { return Ok(demo.then(Payer::demo)) };
    let why = "the bank payment file names the payer's business ID, IBAN and BIC";
    let required = |name: &'static str| get(name).ok_or(ConfigError::Missing { name, why });
    let business_id = required("PORTAL_PAYER_BUSINESS_ID")?;
    if !bank::business_id_is_valid(&business_id) {
        return Err(ConfigError::Invalid {
            name: "PORTAL_PAYER_BUSINESS_ID",
            value: business_id,
            expected: "it must be a business ID such as 1234567-8 with its check digit",
        });
    }
    let iban = bank::normal_iban(&required("PORTAL_PAYER_IBAN")?);
    if !bank::iban_is_valid(&iban) {
        return Err(ConfigError::Invalid {
            name: "PORTAL_PAYER_IBAN",
            value: iban,
            expected: "it must be an IBAN whose check digits match",
        });
    }
    let bic = required("PORTAL_PAYER_BIC")?.trim().to_ascii_uppercase();
    if !bank::bic_is_valid(&bic) {
        return Err(ConfigError::Invalid {
            name: "PORTAL_PAYER_BIC",
            value: bic,
            expected: "it must be a BIC such as NDEAFIHH",
        });
    }
    Ok(Some(Payer { name: name.trim().to_string(), business_id, iban, bic }))
}

fn email(
    get: &impl Fn(&str) -> Option<String>,
    public_url: Option<&url::Url>,
) -> Result<Option<EmailConfig>, ConfigError> {
    let Some(smtp_url) = get("PORTAL_SMTP_URL").map(|v| v.trim().to_string()) else { return Ok(None) };
    if !(smtp_url.starts_with("smtp://") || smtp_url.starts_with("smtps://")) {
        return Err(ConfigError::Invalid {
            name: "PORTAL_SMTP_URL",
            // It may hold a password: never shown.
            value: "(hidden)".to_string(),
            expected: "it must start with smtp:// or smtps://",
        });
    }
    let public_url = public_url
        .cloned()
        .ok_or(ConfigError::Missing { name: "PORTAL_PUBLIC_URL", why: "the links in e-mails need it" })?;
    let host = public_url.host_str().unwrap_or("localhost").to_string();
    let from =
        get("PORTAL_EMAIL_FROM").unwrap_or_else(|| format!("Henkilökohtainen budjetti <noreply@{host}>"));
    Ok(Some(EmailConfig { smtp_url, from, public_url }))
}

fn identification(get: &impl Fn(&str) -> Option<String>, demo: bool) -> Result<Identification, ConfigError> {
    let url = |name: &'static str| -> Result<Option<url::Url>, ConfigError> {
        get(name)
            .map(|v| {
                url::Url::parse(v.trim()).ok().filter(|u| matches!(u.scheme(), "https" | "http")).ok_or(
                    ConfigError::Invalid { name, value: v, expected: "it must be an https:// address" },
                )
            })
            .transpose()
    };
    let or = |name: &str, default: &str| get(name).unwrap_or_else(|| default.to_string()).trim().to_string();
    let client_id = |name: &'static str| {
        get(name)
            .map(|v| v.trim().to_string())
            .ok_or(ConfigError::Missing { name, why: "the provider needs the portal's client id" })
    };

    let citizens = match url("PORTAL_OIDC_ISSUER")? {
        None => None,
        Some(issuer) => Some(OidcProvider {
            issuer,
            client_id: client_id("PORTAL_OIDC_CLIENT_ID")?,
            acr_values: match get("PORTAL_OIDC_ACR") {
                Some(v) => v.split_whitespace().map(str::to_string).collect(),
                None => DEFAULT_ACR_VALUES.map(str::to_string).to_vec(),
            },
            person_claim: or("PORTAL_OIDC_IDENTITY_CLAIM", DEFAULT_IDENTITY_CLAIM),
            role_claim: None,
        }),
    };
    let staff = match url("PORTAL_STAFF_OIDC_ISSUER")? {
        None => None,
        Some(issuer) => Some(OidcProvider {
            issuer,
            client_id: client_id("PORTAL_STAFF_OIDC_CLIENT_ID")?,
            acr_values: Vec::new(),
            person_claim: or("PORTAL_STAFF_OIDC_USER_CLAIM", "preferred_username"),
            role_claim: Some(or("PORTAL_STAFF_OIDC_ROLE_CLAIM", "roles")),
        }),
    };
    let any_provider = citizens.is_some() || staff.is_some();

    let public_url = url("PORTAL_PUBLIC_URL")?;
    let key_dir = get("PORTAL_OIDC_KEY_DIR").map(PathBuf::from);
    if any_provider {
        let why = "OpenID Connect sign-in needs it";
        public_url.as_ref().ok_or(ConfigError::Missing { name: "PORTAL_PUBLIC_URL", why })?;
        key_dir.as_ref().ok_or(ConfigError::Missing { name: "PORTAL_OIDC_KEY_DIR", why })?;
    }
    let key_grace_seconds = match get("PORTAL_OIDC_KEY_GRACE_SECONDS") {
        None => 60 * 60,
        Some(v) => v.trim().parse().ok().filter(|s| *s <= 7 * 24 * 60 * 60).ok_or(ConfigError::Invalid {
            name: "PORTAL_OIDC_KEY_GRACE_SECONDS",
            value: v,
            expected: "it must be a whole number of seconds, at most a week",
        })?,
    };

    let identity_key = match get("PORTAL_IDENTITY_KEY") {
        Some(v) if v.len() >= 32 => v.into_bytes(),
        // The secret itself never goes into a message or a log.
        Some(_) => {
            return Err(ConfigError::Invalid {
                name: "PORTAL_IDENTITY_KEY",
                value: "(not shown)".to_string(),
                expected: "it must be a secret of at least 32 characters",
            })
        }
        None if demo => DEMO_IDENTITY_KEY.as_bytes().to_vec(),
        None if citizens.is_some() => {
            return Err(ConfigError::Missing {
                name: "PORTAL_IDENTITY_KEY",
                why: "identity codes are matched by a keyed hash",
            })
        }
        None => Vec::new(),
    };

    let passwords = match get("PORTAL_PASSWORD_SIGN_IN").as_deref() {
        None => demo,
        Some("allow") => true,
        Some("off") => false,
        Some(v) => {
            return Err(ConfigError::Invalid {
                name: "PORTAL_PASSWORD_SIGN_IN",
                value: v.to_string(),
                expected: "it must be allow or off",
            })
        }
    };
    Ok(Identification { citizens, staff, public_url, key_dir, key_grace_seconds, identity_key, passwords })
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

    const SUOMI_FI: [(&str, &str); 5] = [
        ("PORTAL_OIDC_ISSUER", "https://tunnistus.example.fi/oidc"),
        ("PORTAL_OIDC_CLIENT_ID", "budjetti"),
        ("PORTAL_PUBLIC_URL", "https://budjetti.example.fi"),
        ("PORTAL_OIDC_KEY_DIR", "/etc/portal/keys"),
        ("PORTAL_IDENTITY_KEY", "a secret of at least thirty-two characters"),
    ];

    #[test]
    fn defaults_are_a_real_service_on_sqlite_on_the_real_date() {
        let c = config(&SUOMI_FI).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert!(!c.demo, "the demo only when asked for");
        assert_eq!(c.today, None, "production uses the real date");
        assert_eq!(c.listen.to_string(), "127.0.0.1:3000");
        let citizens = c.identification.citizens.expect("Suomi.fi");
        assert_eq!(citizens.acr_values[0], "http://ftn.ficora.fi/2017/loa2", "substantial is asked for");
        assert_eq!(citizens.person_claim, DEFAULT_IDENTITY_CLAIM);
    }

    #[test]
    fn email_is_off_unless_a_mail_server_is_given_and_needs_the_public_address() {
        assert_eq!(config(&SUOMI_FI).unwrap().email, None);
        let smtp =
            [&[("PORTAL_SMTP_URL", "smtps://portal:salasana@mail.example.fi:465")], SUOMI_FI.as_slice()]
                .concat();
        let email = config(&smtp).unwrap().email.expect("e-mail on");
        assert_eq!(email.from, "Henkilökohtainen budjetti <noreply@budjetti.example.fi>");
        assert_eq!(email.public_url.as_str(), "https://budjetti.example.fi/");
        let err = config(&[("PORTAL_DEMO", "1"), ("PORTAL_SMTP_URL", "smtp://127.0.0.1:25")]).unwrap_err();
        assert!(err.to_string().starts_with("PORTAL_PUBLIC_URL is not set"), "{err}");
        let wrong = [&[("PORTAL_SMTP_URL", "mail.example.fi:salasana")], SUOMI_FI.as_slice()].concat();
        let err = config(&wrong).unwrap_err().to_string();
        assert!(err.contains("smtp://") && !err.contains("salasana"), "the password is never shown: {err}");
    }

    #[test]
    fn passwords_only_in_the_demo_or_when_allowed() {
        assert!(!config(&SUOMI_FI).unwrap().identification.passwords, "a production start refuses them");
        let allowed = [&[("PORTAL_PASSWORD_SIGN_IN", "allow")], SUOMI_FI.as_slice()].concat();
        assert!(config(&allowed).unwrap().identification.passwords);
        assert!(config(&[("PORTAL_DEMO", "1")]).unwrap().identification.passwords);
        assert!(!config(&[]).unwrap().identification.can_sign_in(), "the server then refuses to start");
        assert!(config(&[("PORTAL_PASSWORD_SIGN_IN", "allow")]).unwrap().identification.can_sign_in());
    }

    #[test]
    fn an_identity_provider_needs_its_keys_address_and_secret() {
        for missing in
            ["PORTAL_OIDC_CLIENT_ID", "PORTAL_PUBLIC_URL", "PORTAL_OIDC_KEY_DIR", "PORTAL_IDENTITY_KEY"]
        {
            let vars: Vec<_> = SUOMI_FI.into_iter().filter(|(k, _)| *k != missing).collect();
            let err = config(&vars).unwrap_err();
            assert!(err.to_string().starts_with(&format!("{missing} is not set")), "{err}");
        }
        let short = [&[("PORTAL_IDENTITY_KEY", "short")], SUOMI_FI.as_slice()].concat();
        let err = config(&short).unwrap_err().to_string();
        assert!(!err.contains("short"), "the secret is never shown: {err}");
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
    fn the_payer_is_the_demo_county_in_the_demo_and_must_be_whole_and_valid_when_given() {
        assert_eq!(config(&[]).unwrap().payer, None);
        assert_eq!(config(&[("PORTAL_DEMO", "1")]).unwrap().payer, Some(Payer::demo()));
        let given = [
            ("PORTAL_PAYER_NAME", "Pohjois-Karjalan hyvinvointialue"),
            ("PORTAL_PAYER_BUSINESS_ID", "0245437-2"),
            ("PORTAL_PAYER_IBAN", "fi21 1234 5600 0007 85"),
            ("PORTAL_PAYER_BIC", "ndeafihh"),
        ];
        let payer = config(&given).unwrap().payer.unwrap();
        assert_eq!((payer.iban.as_str(), payer.bic.as_str()), ("FI2112345600000785", "NDEAFIHH"));
        let err = config(&given[..3]).unwrap_err();
        assert_eq!(
            err,
            ConfigError::Missing {
                name: "PORTAL_PAYER_BIC",
                why: "the bank payment file names the payer's business ID, IBAN and BIC"
            }
        );
        let mut mistyped = given;
        mistyped[2].1 = "FI21 1234 5600 0007 86";
        assert!(config(&mistyped).unwrap_err().to_string().starts_with("PORTAL_PAYER_IBAN"));
        mistyped = given;
        mistyped[1].1 = "0245437-3";
        assert!(config(&mistyped).unwrap_err().to_string().starts_with("PORTAL_PAYER_BUSINESS_ID"));
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
        let limits = config(&[("PORTAL_DEMO", "1")]).unwrap().session;
        assert_eq!((limits.idle_seconds, limits.absolute_seconds), (30 * 60, 12 * 60 * 60));
        assert_eq!(limits.warn_seconds(), 5 * 60);
        let short = config(&[("PORTAL_DEMO", "1"), ("PORTAL_SESSION_IDLE_MINUTES", "4")]).unwrap().session;
        assert_eq!((short.idle_seconds, short.warn_seconds()), (240, 120));
        assert_eq!((limits.renew_step_seconds(), short.renew_step_seconds()), (60, 8));
    }
}
