//! Which language, register and text size a request gets: the signed-in person's profile,
//! else the cookies, else the browser's Accept-Language, else Finnish.

use app::i18n::{Lang, Preferences, TextSize};
use axum::http::{header, HeaderMap};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use crate::store::accounts::Account;

const LANG: &str = "portal_lang";
const EASY_READ: &str = "portal_easy_read";
const TEXT_SIZE: &str = "portal_text_size";

pub fn resolve(account: Option<&Account>, jar: &CookieJar, headers: &HeaderMap) -> Preferences {
    let from_cookies = from_cookies(jar);
    let lang =
        account.and_then(|a| a.lang).or(from_cookies.lang).or_else(|| negotiate(headers)).unwrap_or_default();
    let easy_read = account.and_then(|a| a.easy_read).or(from_cookies.easy_read).unwrap_or(false);
    let text_size = account.and_then(|a| a.text_size).or(from_cookies.text_size).unwrap_or_default();
    Preferences { lang, easy_read, text_size }
}

struct Partial {
    lang: Option<Lang>,
    easy_read: Option<bool>,
    text_size: Option<TextSize>,
}

fn from_cookies(jar: &CookieJar) -> Partial {
    Partial {
        lang: jar.get(LANG).and_then(|c| Lang::parse(c.value())),
        easy_read: jar.get(EASY_READ).map(|c| c.value() == "1"),
        text_size: jar.get(TEXT_SIZE).and_then(|c| TextSize::parse(c.value())),
    }
}

/// The first of the browser's languages (by its own order of preference) the portal speaks;
/// `sv-FI` and `en-GB` count as Swedish and English.
fn negotiate(headers: &HeaderMap) -> Option<Lang> {
    let header = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    accept_language::parse(header).iter().find_map(|tag| {
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        Lang::parse(&primary)
    })
}

/// Remembers the preferences in the browser for a year.
pub fn remember(jar: CookieJar, prefs: Preferences, secure: bool) -> CookieJar {
    let cookie = |name: &'static str, value: &'static str| {
        Cookie::build((name, value))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .max_age(time::Duration::days(365))
            .build()
    };
    jar.add(cookie(LANG, prefs.lang.code()))
        .add(cookie(EASY_READ, if prefs.easy_read { "1" } else { "0" }))
        .add(cookie(TEXT_SIZE, prefs.text_size.code()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, accept.parse().unwrap());
        h
    }

    #[test]
    fn the_browser_language_decides_on_a_first_visit() {
        let jar = CookieJar::new();
        assert_eq!(resolve(None, &jar, &headers("sv-FI,sv;q=0.9,en;q=0.5")).lang, Lang::Sv);
        assert_eq!(resolve(None, &jar, &headers("de-DE,en;q=0.7")).lang, Lang::En);
        assert_eq!(resolve(None, &jar, &headers("de-DE")).lang, Lang::Fi);
        assert_eq!(resolve(None, &jar, &headers("en-GB")).lang, Lang::En);
        assert_eq!(resolve(None, &jar, &headers("de;q=0.9,SV-fi;q=0.8")).lang, Lang::Sv);
        assert_eq!(resolve(None, &jar, &HeaderMap::new()).lang, Lang::Fi);
    }

    #[test]
    fn a_cookie_beats_the_browser_language() {
        let jar = CookieJar::new().add(Cookie::new(LANG, "en")).add(Cookie::new(EASY_READ, "1"));
        let prefs = resolve(None, &jar, &headers("sv"));
        assert_eq!(prefs.lang, Lang::En);
        assert!(prefs.easy_read);
    }
}
