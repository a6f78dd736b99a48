//! The site's built files (`target/site`): their version for the pages' addresses, and how long
//! browsers may keep them.

use std::path::{Path, PathBuf};

use app::assets::SiteVersion;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, Request, Response};
use axum::middleware::Next;
use axum::response::IntoResponse;
use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use tower_http::services::ServeDir;

use super::AppState;

/// Answers a request for one of the site's files (the stylesheet, scripts, WebAssembly, icon,
/// pictograms) before the session is looked at: a page's pictograms would otherwise read and
/// write the visitor's session once each. Everything else, and a file that is not there, goes
/// on to the pages, where the "page not found" page answers.
pub async fn serve(
    State(state): State<AppState>,
    request: Request<Body>,
    next: Next,
) -> axum::response::Response {
    // Pages' addresses have no dot in their last part; files' do.
    let names_a_file = request.uri().path().rsplit('/').next().is_some_and(|last| last.contains('.'));
    if !names_a_file || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let mut file_request = Request::builder().method(request.method().clone()).uri(request.uri().clone());
    for name in [axum::http::header::ACCEPT_ENCODING, axum::http::header::IF_MODIFIED_SINCE] {
        if let Some(value) = request.headers().get(&name) {
            file_request = file_request.header(name, value);
        }
    }
    let file_request = file_request.body(Body::empty()).expect("a request from a valid uri");
    // Files compressed at build time (scripts/build-release.sh) are sent as they are.
    let files = ServeDir::new(state.leptos.site_root.as_ref()).precompressed_br();
    let Ok(mut response) = files.oneshot(file_request).await;
    let status = response.status();
    if status.is_success() {
        set_cache_control(request.uri().path(), &mut response);
    }
    if status.is_success() || status == axum::http::StatusCode::NOT_MODIFIED {
        return response.into_response();
    }
    next.run(request).await
}

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
fn set_cache_control<B>(path: &str, response: &mut Response<B>) {
    let value = if path.starts_with("/pkg/") {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=86400"
    };
    response.headers_mut().insert(axum::http::header::CACHE_CONTROL, HeaderValue::from_static(value));
}
