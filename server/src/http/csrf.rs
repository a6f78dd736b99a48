//! Cross-site request forgery: a request that changes something must come from the portal's
//! own pages when a browser sends it. Browsers say where a request comes from in `Sec-Fetch-Site`
//! (or, older ones, `Origin`); SameSite cookies are the second line.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn same_origin_only(request: Request<Body>, next: Next) -> Response {
    if is_safe_method(request.method()) || may_come_from_anywhere(&request) {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
    if request.uri().path().starts_with("/api/") {
        let message =
            "this request came from another site's page and carried cookies; it was not carried out";
        super::api::ApiError::new(StatusCode::FORBIDDEN, "cross-site", message).into_response()
    } else {
        (StatusCode::FORBIDDEN, super::pages::in_every_language("error-cross-site")).into_response()
    }
}

/// A browser says where a request comes from; a request from another site is refused even
/// without cookies, or a page elsewhere could sign a browser in as someone else (login CSRF).
/// A program (a provider's system with its token) says nothing and sends no cookies: it carries
/// no one's session, so there is nothing to forge.
fn may_come_from_anywhere(request: &Request<Body>) -> bool {
    let headers = request.headers();
    // A page elsewhere cannot make a browser send an Authorization header to us (that needs
    // CORS, which the portal never allows): a request with one is a program's, with its token.
    if headers.contains_key(header::AUTHORIZATION) {
        return true;
    }
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
