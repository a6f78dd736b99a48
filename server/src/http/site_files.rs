//! The site's built files (`target/site`): their version for the pages' addresses, and how long
//! browsers may keep them.

use std::path::{Path, PathBuf};

use app::assets::SiteVersion;
use axum::http::{HeaderValue, Response};
use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};

/// A short hash of everything under the site's `pkg/` folder (stylesheet, JavaScript,
/// WebAssembly); empty when the site is not built (the Rust tests).
pub fn version(leptos: &LeptosOptions) -> SiteVersion {
    let folder = Path::new(leptos.site_root.as_ref()).join(leptos.site_pkg_dir.as_ref());
    let Ok(entries) = std::fs::read_dir(&folder) else { return SiteVersion::default() };
    let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    files.sort();
    let mut hash = Sha256::new();
    for file in &files {
        hash.update(file.file_name().unwrap_or_default().as_encoded_bytes());
        hash.update(std::fs::read(file).unwrap_or_default());
    }
    let digest = hash.finalize();
    SiteVersion(digest[..6].iter().map(|b| format!("{b:02x}")).collect())
}

/// `pkg/` files are asked for with the build's version in their address, so a browser may keep
/// them for a year; the icon and the pictograms change rarely, a day is enough.
pub fn set_cache_control<B>(path: &str, response: &mut Response<B>) {
    let value = if path.starts_with("/pkg/") {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=86400"
    };
    response.headers_mut().insert(axum::http::header::CACHE_CONTROL, HeaderValue::from_static(value));
}
