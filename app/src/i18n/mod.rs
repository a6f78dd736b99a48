//! Texts in Finnish, Swedish and English, each in standard plain language and in easy-read.
//!
//! Every text lives in `locales/<lang>/*.ftl`; the easy-read form of a message, where there is
//! one, lives in `locales/<lang>/easy/*.ftl` under the same id. Code names a message only by a
//! string literal in one of three calls, which `tests/texts.rs` scans for:
//! `t.text("id")`, `t.text_with("id", ...)` and `msg("id")` (for ids passed around as values).

mod catalog;
pub mod format;

use serde::{Deserialize, Serialize};

pub use fluent_bundle::FluentValue;

/// A language of the portal. The first is the default when nothing else is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes, cookies and folder names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The text size a person chose; the stylesheet scales everything from the root font size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];

    pub fn code(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Largest => "largest",
        }
    }

    pub fn parse(code: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            TextSize::Standard => msg("text-size-standard"),
            TextSize::Large => msg("text-size-large"),
            TextSize::Largest => msg("text-size-largest"),
        }
    }
}

/// How a person wants the portal to speak and look. Remembered in a cookie before sign-in and
/// in the person's profile after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Preferences {
    pub lang: Lang,
    pub easy_read: bool,
    pub text_size: TextSize,
}

impl Preferences {
    pub fn i18n(self) -> I18n {
        I18n { lang: self.lang, easy_read: self.easy_read }
    }
}

/// Marks a string literal as a message id, so the text check can find it.
pub const fn msg(id: &'static str) -> &'static str {
    id
}

/// Looks texts up for one language and register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    pub lang: Lang,
    pub easy_read: bool,
}

impl I18n {
    pub fn text(self, id: &str) -> String {
        catalog::format(self.lang, self.easy_read, id, None)
    }

    pub fn text_with(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        catalog::format(self.lang, self.easy_read, id, Some(&fluent_args))
    }
}

/// What the text check reads: every message id per language and register.
pub fn message_ids(lang: Lang, easy_read: bool) -> Vec<String> {
    catalog::message_ids(lang, easy_read)
}

/// Fluent syntax errors found while loading, as "file: error" lines. Empty when all is well.
pub fn load_errors() -> Vec<String> {
    catalog::load_errors()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easy_read_falls_back_to_the_standard_text() {
        // `portal-name` has no easy-read form of its own in any language.
        let standard = I18n { lang: Lang::Fi, easy_read: false }.text("portal-name");
        let easy = I18n { lang: Lang::Fi, easy_read: true }.text("portal-name");
        assert_eq!(standard, easy);
        assert!(!standard.is_empty() && standard != "portal-name");
    }

    #[test]
    fn easy_read_text_differs_where_one_is_written() {
        let standard = I18n { lang: Lang::En, easy_read: false }.text("home-intro");
        let easy = I18n { lang: Lang::En, easy_read: true }.text("home-intro");
        assert_ne!(standard, easy);
    }

    #[test]
    fn a_missing_id_shows_the_id_not_an_empty_string() {
        let t = I18n { lang: Lang::Sv, easy_read: false };
        let missing = "no-such-message";
        assert_eq!(t.text(missing), missing);
    }

    #[test]
    fn arguments_are_placed_without_isolation_marks() {
        let t = I18n { lang: Lang::En, easy_read: false };
        let text = t.text_with("signed-in-as", &[("name", "Aino".into())]);
        assert!(text.contains("Aino"), "{text}");
        assert!(!text.contains('\u{2068}'), "{text:?}");
    }
}
