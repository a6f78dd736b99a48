//! Cookies, cross-site requests and the session's end.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    cookies_are_http_only_same_site_and_secure,
    a_cross_site_post_with_cookies_is_refused,
    a_signed_out_session_cannot_be_reused,
    expired_sessions_are_deleted_and_live_ones_kept,
);

async fn cookies_are_http_only_same_site_and_secure(mut app: TestApp) {
    let response = app.post_form("/sign-in", &[("username", "aino"), ("password", "demo")]).await;
    let cookies = response.set_cookies();
    let session = cookies.iter().find(|c| c.starts_with("__Host-portal_session=")).expect("a session cookie");
    for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(session.contains(flag), "{flag} in {session}");
    }
    let lang = cookies.iter().find(|c| c.starts_with("portal_lang=")).expect("a language cookie");
    assert!(lang.contains("HttpOnly") && lang.contains("SameSite=Lax"), "{lang}");
}

async fn a_cross_site_post_with_cookies_is_refused(mut app: TestApp) {
    app.sign_in("aino").await;
    let forged = app.post_form_with("/sign-out", &[], &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged.body.contains("Pyyntö ei tullut tämän palvelun omalta sivulta"), "{}", forged.body);
    let old_browser = app.post_form_with("/sign-out", &[], &[("origin", "https://evil.example")]).await;
    assert_eq!(old_browser.status, StatusCode::FORBIDDEN);
    let no_origin = app.post_form_with("/preferences", &[("lang", "en")], &[]).await;
    assert_eq!(no_origin.status, StatusCode::FORBIDDEN);
    assert!(app.get("/").await.text().contains("Aino Kettunen"), "still signed in");

    let same_origin = app.post_form_with("/sign-out", &[], &[("origin", "http://localhost")]).await;
    assert_eq!(same_origin.status, StatusCode::SEE_OTHER);
}

async fn a_signed_out_session_cannot_be_reused(mut app: TestApp) {
    app.sign_in("aino").await;
    let stolen = app.cookie("__Host-portal_session").unwrap().to_string();
    app.post_form("/sign-out", &[]).await;
    app.set_cookie("__Host-portal_session", &stolen);
    let home = app.get("/").await;
    assert!(!home.text().contains("Aino Kettunen"), "the server ended the session");
}

async fn expired_sessions_are_deleted_and_live_ones_kept(mut app: TestApp) {
    use server::store::sessions::DbSessionStore;
    use tower_sessions::session_store::ExpiredDeletion;
    app.sign_in("aino").await;
    sqlx::query("INSERT INTO sessions (id, data, expires_at) VALUES ('gone', '{}', 1)")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    DbSessionStore::new(app.state.db.clone()).delete_expired().await.unwrap();
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM sessions").fetch_all(&app.state.db.pool).await.unwrap();
    assert!(!ids.contains(&"gone".to_string()), "the expired session is deleted");
    assert_eq!(ids.len(), 1, "Aino's live session is kept");
    assert!(app.get("/").await.text().contains("Aino Kettunen"), "and still signs her in");
}
