//! The portal's addresses and form field names, shared by the pages and the server's handlers.

pub const HOME: &str = "/";
pub const SIGN_IN: &str = "/sign-in";
pub const SIGN_OUT: &str = "/sign-out";
pub const PREFERENCES: &str = "/preferences";
pub const ACCESSIBILITY: &str = "/accessibility";
/// One month's statement; the server's route. Link with [`statement`].
pub const STATEMENT: &str = "/statements/{month}";
pub const DECISION: &str = "/decision";
pub const GLOSSARY: &str = "/glossary";
/// Find a provider: a GET form whose fields are in [`search`].
pub const PROVIDERS: &str = "/providers";
/// One provider's page; the server's route. Link with [`provider`].
pub const PROVIDER: &str = "/providers/{id}";
/// Saves the accessibility needs ticked in the search as the client's own (a post).
pub const MY_NEEDS: &str = "/my-needs";
/// The query mark that says the needs were just saved.
pub const NEEDS_SAVED: &str = "saved=needs";
/// Two or three providers side by side, chosen with the [`search::COMPARE`] field.
pub const COMPARE: &str = "/compare";

/// The fields of the provider search, which the compare page shares.
pub mod search {
    pub const PRODUCT: &str = "product";
    pub const MUNICIPALITY: &str = "municipality";
    pub const LANGUAGE: &str = "language";
    pub const ACCESSIBILITY: &str = "accessibility";
    pub const FREE_PLACES: &str = "free-places";
    pub const SORT: &str = "sort";
    pub const COMPARE: &str = "compare";
}

pub fn provider(id: i64) -> String {
    format!("/providers/{id}")
}

/// The statement of a month given as "YYYY-MM".
pub fn statement(month: &str) -> String {
    format!("/statements/{month}")
}

/// A term's place in the glossary.
pub fn glossary_term(term: &str) -> String {
    format!("{GLOSSARY}#{term}")
}

/// The field that carries where to go back to after a form post.
pub const RETURN_TO: &str = "return_to";

/// A path the portal may send a person back to: local, absolute, and not protocol-relative.
pub fn is_safe_return_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_safe_to_return_to() {
        assert!(is_safe_return_path("/"));
        assert!(is_safe_return_path("/budget?month=2018-03"));
        assert!(!is_safe_return_path("//evil.example/"));
        assert!(!is_safe_return_path("/\\evil.example/"));
        assert!(!is_safe_return_path("https://evil.example/"));
        assert!(!is_safe_return_path("/\r\nSet-Cookie: x"));
        assert!(!is_safe_return_path(""));
    }
}
