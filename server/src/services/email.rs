//! E-mail (docs/decisions/0037-email.md): a person gives an address, verified by a link, and
//! chooses the themes of messages that also come by e-mail. A message of a chosen theme queues
//! one delivery in its own transaction (`store::email::queue`); the worker here sends the
//! deliveries through SMTP, tries again later when the server does not answer, and marks an
//! address the server refuses as failed, which the organiser sees.
//!
//! An e-mail says only that a message waits and what it is about: no name of a service,
//! provider or amount, no identity code or health detail. The message is read in the portal.

use std::collections::BTreeSet;
use std::time::Duration;

use app::i18n::{I18n, Lang};
use app::messages::{EmailFailure, EmailNews, EmailPage, Kind, Theme, MAX_ADDRESS};
use app::paths;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::clock::{helsinki_day_and_time, now_unix};
use crate::config::EmailConfig;
use crate::services::api_tokens::{hash, random_secret};
use crate::store::accounts::{self, Account};
use crate::store::email as rows;
use crate::store::{Db, StoreError};

/// How long the link in a verification e-mail works.
pub const LINK_SECONDS: i64 = 24 * 60 * 60;
/// How many times a delivery is tried before it is given up: with the back-off below, about
/// two days.
pub const MAX_TRIES: i64 = 16;
/// A worker holds a delivery it took this long; if it stopped meanwhile, another takes it then.
const LEASE_SECONDS: i64 = 5 * 60;
/// How many deliveries one round of the worker takes.
const ROUND: i64 = 50;

/// When to try again after `tries` failed tries: one minute, doubling, at most six hours.
pub fn retry_after(tries: i64) -> i64 {
    let doubled = 60_i64.saturating_mul(1 << tries.clamp(0, 20));
    doubled.min(6 * 60 * 60)
}

/// What is wrong with a typed address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("no address")]
    Empty,
    #[error("too long")]
    TooLong,
    #[error("not an e-mail address")]
    NotAnAddress,
}

impl AddressError {
    pub fn message_id(self) -> &'static str {
        match self {
            AddressError::Empty => "email-error-empty",
            AddressError::TooLong => "email-error-too-long",
            AddressError::NotAnAddress => "email-error-invalid",
        }
    }
}

/// The address as it is kept: trimmed, one `@`, a domain with a dot (a name without one is
/// nearly always a typing slip here), and what SMTP accepts.
pub fn check_address(text: &str) -> Result<String, AddressError> {
    let address = text.trim();
    if address.is_empty() {
        return Err(AddressError::Empty);
    }
    if address.chars().count() > MAX_ADDRESS {
        return Err(AddressError::TooLong);
    }
    let parsed: lettre::Address = address.parse().map_err(|_| AddressError::NotAnAddress)?;
    let domain = parsed.domain();
    if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
        return Err(AddressError::NotAnAddress);
    }
    Ok(address.to_string())
}

/// The themes ticked on the form, as far as the person's role has them.
pub fn chosen_themes(account: &Account, codes: &[String]) -> Vec<Theme> {
    let mine = Theme::of_role(account.role);
    codes.iter().filter_map(|c| Theme::parse(c)).filter(|t| mine.contains(t)).collect()
}

/// Why a save did not go through.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Address(#[from] AddressError),
    /// The verification e-mail could not be sent: nothing was stored.
    #[error("the link could not be sent: {0}")]
    NotSent(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Saves the person's choices. A new or changed address gets a link first: only when the mail
/// server took it is the address stored (not verified until the link is opened).
pub async fn save(
    db: &Db,
    mailer: &Mailer,
    account: &Account,
    address: &str,
    themes: &[Theme],
) -> Result<EmailNews, SaveError> {
    let address = check_address(address)?;
    let codes: Vec<&str> = themes.iter().map(|t| t.code()).collect();
    let mut conn = db.pool.acquire().await.map_err(StoreError::from)?;
    let known = rows::address_of(&mut conn, account.id).await?;
    // The same address, verified: only the themes change. Not verified yet: a new link.
    let same = known.as_ref().is_some_and(|k| k.address == address && k.verified);
    let news = if same {
        EmailNews::Saved
    } else {
        let token = random_secret();
        let link = mailer.address_of(&format!("{}?token={token}", paths::EMAIL_VERIFY));
        let letter = verify_letter(i18n_of(account), &link);
        mailer
            .send(&format!("verify-{token}"), &address, &letter)
            .await
            .map_err(|e| SaveError::NotSent(e.to_string()))?;
        let _turn = db.write_turn().await;
        rows::set_address(&mut conn, account.id, &address, &hash(&token), now_unix() + LINK_SECONDS).await?;
        EmailNews::LinkSent
    };
    let _turn = db.write_turn().await;
    rows::set_themes(&mut conn, account.id, &codes).await?;
    Ok(news)
}

/// Opens a verification link: whether it was a good one.
pub async fn verify(db: &Db, token: &str) -> Result<bool, StoreError> {
    let _turn = db.write_turn().await;
    let mut conn = db.pool.acquire().await?;
    Ok(rows::verify(&mut conn, &hash(token.trim()), now_unix()).await?.is_some())
}

pub async fn remove(db: &Db, account: &Account) -> Result<(), StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    rows::remove(&mut tx, account.id).await?;
    tx.commit().await?;
    Ok(())
}

/// `/email`: the person's address and choices; for the organiser, what did not arrive.
pub async fn page(
    db: &Db,
    account: &Account,
    off: bool,
    news: Option<EmailNews>,
) -> Result<EmailPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let known = rows::address_of(&mut conn, account.id).await?;
    let chosen: BTreeSet<String> = rows::themes_of(&mut conn, account.id).await?.into_iter().collect();
    let themes = Theme::of_role(account.role)
        .iter()
        // Someone who has not saved yet starts with every theme ticked.
        .map(|t| (*t, known.is_none() || chosen.contains(t.code())))
        .collect();
    let failures = if account.role == app::role::Role::Organiser {
        rows::failures(&mut conn, 100).await?.into_iter().filter_map(failure_view).collect()
    } else {
        Vec::new()
    };
    Ok(EmailPage {
        verified: known.as_ref().is_some_and(|k| k.verified),
        address: known.map(|k| k.address),
        themes,
        off,
        news,
        failures,
    })
}

fn failure_view(f: rows::Failure) -> Option<EmailFailure> {
    let (day, time) = helsinki_day_and_time(f.created_at);
    Some(EmailFailure {
        person: f.person,
        address: f.address,
        theme: Kind::parse(&f.kind)?.theme(),
        error: f.error,
        tries: f.attempts,
        day,
        time,
    })
}

fn i18n_of(account: &Account) -> I18n {
    I18n { lang: account.lang.unwrap_or(Lang::Fi), easy_read: account.easy_read.unwrap_or(false) }
}

/// An e-mail's words: a subject, plain text, and the same as simple HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub lang: Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// One paragraph of a letter: words, and a link after them when there is one.
struct Paragraph {
    words: String,
    link: Option<(String, String)>,
}

fn letter(t: I18n, subject: String, paragraphs: &[Paragraph]) -> Letter {
    let text = paragraphs
        .iter()
        .map(|p| match &p.link {
            Some((label, href)) => format!("{}\n{label}: {href}", p.words),
            None => p.words.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    let body: String = paragraphs
        .iter()
        .map(|p| {
            // The link on a line of its own: easy to find and to tap.
            let link = p.link.as_ref().map(|(label, href)| {
                format!("<p><a href=\"{}\" style=\"color:#1d4f91\">{}</a></p>\n", escape(href), escape(label))
            });
            format!("<p>{}</p>\n{}", escape(&p.words), link.unwrap_or_default())
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n\
         <body style=\"font-family:Arial,sans-serif;font-size:18px;line-height:1.5;color:#1a1a1a;\
         max-width:36em;margin:1em\">\n<main>\n<h1 style=\"font-size:24px\">{title}</h1>\n{body}</main>\n</body>\n</html>\n",
        lang = t.lang.code(),
        title = escape(&subject),
    );
    Letter { lang: t.lang, subject, text: format!("{text}\n"), html }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The e-mail that tells of a new message: its theme only, and where to read it.
pub fn message_letter(t: I18n, theme: Theme, mailer: &Mailer) -> Letter {
    let about = t.text(theme.text_id());
    let subject = t.text_with("email-letter-subject", &[("theme", about.clone().into())]);
    letter(
        t,
        subject,
        &[
            Paragraph {
                words: t.text_with("email-letter-new", &[("theme", about.into())]),
                link: Some((t.text("email-letter-read"), mailer.address_of(paths::MESSAGES))),
            },
            Paragraph {
                words: t.text("email-letter-why"),
                link: Some((t.text("email-letter-settings"), mailer.address_of(paths::EMAIL))),
            },
            Paragraph { words: t.text("email-letter-no-answer"), link: None },
        ],
    )
}

/// The e-mail with the link that verifies a new address.
pub fn verify_letter(t: I18n, link: &str) -> Letter {
    letter(
        t,
        t.text("email-verify-subject"),
        &[
            Paragraph {
                words: t.text("email-verify-open"),
                link: Some((t.text("email-verify-link"), link.to_string())),
            },
            Paragraph { words: t.text("email-verify-ignore"), link: None },
        ],
    )
}

/// Why an e-mail was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server refused it for good (a 5xx answer, such as an unknown mailbox): a bounce.
    #[error("{0}")]
    Refused(String),
    /// Not now: no connection, a timeout, or a 4xx answer. Worth trying again later.
    #[error("{0}")]
    NotNow(String),
}

/// Sends e-mail through the SMTP server of `PORTAL_SMTP_URL`.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    config: EmailConfig,
}

impl Mailer {
    pub fn new(config: &EmailConfig) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
            .map_err(|e| format!("PORTAL_SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from: Mailbox = config.from.parse().map_err(|e| format!("PORTAL_EMAIL_FROM: {e}"))?;
        Ok(Mailer { transport, from, config: config.clone() })
    }

    /// A page's address as people reach it from their e-mail.
    pub fn address_of(&self, path: &str) -> String {
        format!("{}{path}", self.config.public_url.as_str().trim_end_matches('/'))
    }

    /// Sends one letter. `id` names what it is, so that the Message-ID is the same if the same
    /// delivery is ever sent again (after a worker stopped between sending and marking it) and
    /// mail systems can tell the copy for what it is.
    pub async fn send(&self, id: &str, to: &str, letter: &Letter) -> Result<(), SendError> {
        let to: Mailbox = to.parse().map_err(|e| SendError::Refused(format!("{e}")))?;
        let host = self.config.public_url.host_str().unwrap_or("localhost");
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(letter.subject.clone())
            .message_id(Some(format!("<{id}@{host}>")))
            .header(ContentLanguage(letter.lang.code().to_string()))
            .multipart(MultiPart::alternative_plain_html(letter.text.clone(), letter.html.clone()))
            .map_err(|e| SendError::Refused(e.to_string()))?;
        match self.transport.send(email).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Refused(e.to_string())),
            Err(e) => Err(SendError::NotNow(e.to_string())),
        }
    }
}

/// The `Content-Language` header: screen readers and mail programs read the letter in it.
#[derive(Clone, Debug)]
struct ContentLanguage(String);

impl lettre::message::header::Header for ContentLanguage {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_string()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// What one round of the worker did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub later: usize,
    pub failed: usize,
}

/// Sends the deliveries due at `now`: each marked sent, to be tried again later, or failed.
pub async fn deliver_due(db: &Db, mailer: &Mailer, now: i64) -> Result<Round, StoreError> {
    let taken = {
        let _turn = db.write_turn().await;
        let mut conn = db.pool.acquire().await?;
        rows::take_due(&mut conn, now, now + LEASE_SECONDS, ROUND).await?
    };
    let mut round = Round::default();
    for due in taken {
        let account = accounts::find(db, due.account_id).await?;
        let theme = Kind::parse(&due.kind).map(Kind::theme);
        let outcome = match (account, theme) {
            (Some(account), Some(theme)) => {
                let letter = message_letter(i18n_of(&account), theme, mailer);
                mailer.send(&format!("message-{}", due.message_id), &due.address, &letter).await
            }
            _ => Err(SendError::Refused(format!("a message of kind {} to nobody known", due.kind))),
        };
        let _turn = db.write_turn().await;
        let mut conn = db.pool.acquire().await?;
        match outcome {
            Ok(()) => {
                rows::mark_sent(&mut conn, due.id, now).await?;
                round.sent += 1;
            }
            Err(SendError::NotNow(error)) if due.attempts + 1 < MAX_TRIES => {
                let at = now + retry_after(due.attempts);
                rows::mark_not_sent(&mut conn, due.id, &error, Some(at)).await?;
                round.later += 1;
            }
            Err(SendError::NotNow(error) | SendError::Refused(error)) => {
                tracing::warn!(delivery = due.id, %error, "an e-mail could not be delivered");
                rows::mark_not_sent(&mut conn, due.id, &error, None).await?;
                round.failed += 1;
            }
        }
    }
    Ok(round)
}

/// The worker: a round every `every`, for as long as the server runs.
pub async fn run(db: Db, mailer: std::sync::Arc<Mailer>, every: Duration) {
    loop {
        if let Err(error) = deliver_due(&db, &mailer, now_unix()).await {
            tracing::error!(%error, "the e-mail worker could not read or mark its deliveries");
        }
        tokio::time::sleep(every).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_needs_an_at_sign_and_a_domain_with_a_dot() {
        assert_eq!(check_address("  aino@example.fi "), Ok("aino@example.fi".to_string()));
        assert_eq!(check_address(""), Err(AddressError::Empty));
        assert_eq!(check_address("aino.example.fi"), Err(AddressError::NotAnAddress));
        assert_eq!(check_address("aino@example"), Err(AddressError::NotAnAddress));
        assert_eq!(check_address("aino @example.fi"), Err(AddressError::NotAnAddress));
        let long = format!("{}@example.fi", "a".repeat(250));
        assert_eq!(check_address(&long), Err(AddressError::TooLong));
    }

    #[test]
    fn tries_come_further_apart_up_to_six_hours() {
        assert_eq!(retry_after(0), 60);
        assert_eq!(retry_after(1), 120);
        assert_eq!(retry_after(5), 1920);
        assert_eq!(retry_after(9), 6 * 60 * 60);
        assert_eq!(retry_after(100), 6 * 60 * 60);
        let total: i64 = (0..MAX_TRIES - 1).map(retry_after).sum();
        assert!((24 * 3600..72 * 3600).contains(&total), "given up after about two days: {total} s");
    }
}
