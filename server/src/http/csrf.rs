//! Cross-site request forgery: a request that changes something and carries cookies must come
//! from the portal's own pages. Browsers say where a request comes from in `Sec-Fetch-Site`
//! (or, older ones, `Origin`); SameSite cookies are the second line.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn same_origin_only(request: Request<Body>, next: Next) -> Response {
    if is_safe_method(request.method()) || !request.headers().contains_key(header::COOKIE) {
        // Without cookies a request carries no one's authority: nothing to forge.
        return next.run(request).await;
    }
    if comes_from_this_site(&request) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request that carried cookies");
        (StatusCode::FORBIDDEN, super::pages::in_every_language("error-cross-site")).into_response()
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
