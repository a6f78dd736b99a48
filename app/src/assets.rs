//! Addresses of the site's own files (stylesheet, JavaScript, WebAssembly) with the build's
//! version in them: browsers keep the files for a year, and a new build is fetched at once
//! because its addresses are new.

use leptos::prelude::*;

/// A short hash of the built files, computed by the server at start; empty when there are none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteVersion(pub String);

/// `path` with the build's version, for a file under the site's `pkg` folder.
pub fn versioned(path: &str) -> String {
    match use_context::<SiteVersion>() {
        Some(SiteVersion(version)) if !version.is_empty() => format!("{path}?v={version}"),
        _ => path.to_string(),
    }
}
