//! Cookies, cross-site requests and the session's end.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    cookies_are_http_only_same_site_and_secure,
    a_cross_site_post_with_cookies_is_refused,
    a_signed_out_session_cannot_be_reused,
    expired_sessions_are_deleted_and_live_ones_kept,
    site_files_leave_the_session_alone,
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

/// The sign-in's end as stored: each page view moves it on (and writes the session).
async fn stored_end(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT MAX(expires_at) FROM sessions").fetch_one(&app.state.db.pool).await.unwrap()
}

async fn site_files_leave_the_session_alone(mut app: TestApp) {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pictograms")).unwrap();
    let picture = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>";
    std::fs::write(site.path().join("pictograms/key.svg"), picture).unwrap();
    app.serve_site_from(site.path());
    // A page notes use a thirtieth of the idle limit after the last noted one: here a second.
    app.adjust_config(|config| config.session.idle_seconds = 30);
    app.sign_in("aino").await;
    let before = stored_end(&app).await;

    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let file = app.get("/pictograms/key.svg").await;
    assert_eq!((file.status, file.body.as_str()), (StatusCode::OK, picture));
    assert_eq!(file.headers["cache-control"], "public, max-age=86400");
    assert!(file.set_cookies().is_empty(), "a file sets no cookie: {:?}", file.set_cookies());
    assert_eq!(stored_end(&app).await, before, "a file neither reads nor renews the sign-in");

    let missing = app.get("/pictograms/nothing.svg").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.text().contains("Aino Kettunen"), "a missing file is the signed-in 404 page");
    assert!(stored_end(&app).await > before, "a page renews the sign-in");
}
