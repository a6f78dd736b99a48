//! Cross-site request forgery: a request that changes something must come from the portal's
//! own pages when a browser sends it. Browsers say where a request comes from in `Sec-Fetch-Site`
//! (or, older ones, `Origin`); SameSite cookies are the second line.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn same_origin_only(request: Request<Body>, next: Next) -> Response {
    if is_safe_method(request.method()) || may_come_from_anywhere(&request) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        (StatusCode::FORBIDDEN, super::pages::in_every_language("error-cross-site")).into_response()
    }
}

/// A browser says where a request comes from; a request from another site is refused even
/// without cookies, or a page elsewhere could sign a browser in as someone else (login CSRF).
/// A program (a provider's system with its token) says nothing and sends no cookies: it carries
/// no one's session, so there is nothing to forge.
fn may_come_from_anywhere(request: &Request<Body>) -> bool {
    let headers = request.headers();
    let told = headers.contains_key("sec-fetch-site") || headers.contains_key(header::ORIGIN);
    if told || headers.contains_key(header::COOKIE) {
        comes_from_this_site(request)
    } else {
        true
    }
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn comes_from_this_site(request: &Request<Body>) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        (Some(origin), Some(host)) => {
            let origin_host = origin.split("://").nth(1).unwrap_or("");
            origin_host == host
        }
        _ => false,
    }
}
