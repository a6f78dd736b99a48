//! How a provider's contact details must look before any page shows them. They come from
//! outside (a provider's own system, through the API) and become links on the provider's page,
//! so each is checked for the place it goes: a web address may only be `http` or `https` (never
//! `javascript:` or `data:`), an e-mail address and a phone number only hold what such things
//! hold. Not a budget rule: the checks every careful service makes of what it publishes.

use url::Url;

/// Longest web address kept: longer ones are not typed by people, and a page must fit them.
pub const MAX_WEB_ADDRESS: usize = 300;
/// The longest e-mail address a mail server accepts (RFC 5321).
pub const MAX_EMAIL: usize = 254;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    #[error("a web address must start with https:// or http:// and name a host")]
    WebAddress,
    #[error("an e-mail address must look like name@example.fi")]
    Email,
    #[error("a phone number may hold only digits, spaces, +, - and brackets")]
    Phone,
}

impl ContactError {
    /// The API's stable error code.
    pub fn code(self) -> &'static str {
        match self {
            ContactError::WebAddress => "invalid-website",
            ContactError::Email => "invalid-email",
            ContactError::Phone => "invalid-phone",
        }
    }
}

/// The web address as it will be linked: parsed, with its scheme checked and its characters
/// encoded, so what a page prints is what was checked.
pub fn web_address(text: &str) -> Result<String, ContactError> {
    let text = text.trim();
    if text.len() > MAX_WEB_ADDRESS || text.chars().any(char::is_whitespace) {
        return Err(ContactError::WebAddress);
    }
    let url = Url::parse(text).map_err(|_| ContactError::WebAddress)?;
    let plain = matches!(url.scheme(), "https" | "http")
        && url.host_str().is_some_and(|host| host.contains('.'))
        && url.username().is_empty()
        && url.password().is_none();
    plain.then(|| url.into()).ok_or(ContactError::WebAddress)
}

pub fn email(text: &str) -> Result<String, ContactError> {
    let text = text.trim();
    let allowed = |c: char| c.is_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c);
    let Some((name, domain)) = text.split_once('@') else { return Err(ContactError::Email) };
    let fits = text.len() <= MAX_EMAIL
        && !name.is_empty()
        && name.chars().all(allowed)
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    fits.then(|| text.to_string()).ok_or(ContactError::Email)
}

pub fn phone(text: &str) -> Result<String, ContactError> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let fits = text.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
        && (5..=15).contains(&digits)
        && text.len() <= 30;
    fits.then(|| text.to_string()).ok_or(ContactError::Phone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_web_addresses_are_links() {
        assert_eq!(web_address(" https://kotipiha.example/ "), Ok("https://kotipiha.example/".into()));
        assert_eq!(web_address("http://a.example/hinnat?x=1"), Ok("http://a.example/hinnat?x=1".into()));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript://a.example/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "//a.example",
            "https://user:pass@a.example",
            "https://localhost",
            "a.example",
            "https://a.example/ x",
        ] {
            assert_eq!(web_address(bad), Err(ContactError::WebAddress), "{bad}");
        }
        let long = format!("https://a.example/{}", "x".repeat(MAX_WEB_ADDRESS));
        assert_eq!(web_address(&long), Err(ContactError::WebAddress));
    }

    #[test]
    fn the_address_printed_is_the_address_checked() {
        // Characters that could end an attribute are encoded by the parser.
        assert_eq!(
            web_address("https://a.example/\"onmouseover=\"x").unwrap(),
            "https://a.example/%22onmouseover=%22x"
        );
    }

    #[test]
    fn emails_and_phones() {
        assert_eq!(email("info@kotipiha.example"), Ok("info@kotipiha.example".into()));
        for bad in ["info", "@a.fi", "a@b", "a b@c.fi", "a@b.fi?subject=x", "<a@b.fi>", "a@.fi"] {
            assert_eq!(email(bad), Err(ContactError::Email), "{bad}");
        }
        assert_eq!(phone("+358 40 123 4567"), Ok("+358 40 123 4567".into()));
        assert_eq!(phone("(013) 123-456"), Ok("(013) 123-456".into()));
        for bad in ["12", "040 123 4567; javascript", "tel:0401234567", "040\u{0}123456"] {
            assert_eq!(phone(bad), Err(ContactError::Phone), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn whatever_passes_is_a_plain_http_link(text in "\\PC{0,80}") {
            if let Ok(address) = web_address(&text) {
                prop_assert!(address.starts_with("https://") || address.starts_with("http://"));
                prop_assert!(!address.contains(['"', '<', '>', ' ']));
            }
            if let Ok(address) = email(&text) {
                prop_assert!(!address.contains([':', '"', '<', '>', ' ', '?']));
            }
            if let Ok(number) = phone(&text) {
                prop_assert!(number.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)));
            }
        }
    }
}
