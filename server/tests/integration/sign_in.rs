//! Signing in and out, as a person would notice it.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    a_client_signs_in_sees_their_name_and_signs_out,
    a_wrong_password_comes_back_with_the_user_name_kept,
    empty_fields_are_named_beside_each_field,
    repeated_failures_are_throttled_even_with_the_right_password,
    signing_in_gives_a_new_session_id,
    a_relative_sees_whom_they_help,
);

async fn a_client_signs_in_sees_their_name_and_signs_out(mut app: TestApp) {
    app.sign_in("aino").await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.text().contains("Kirjautunut: Aino Kettunen"), "{}", home.text());
    assert!(home.text().contains("Sinun budjettisi"), "a client's front page is the budget");
    assert!(home.text().contains("Kirjaudu ulos"));

    let out = app.post_form("/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let home = app.get("/").await;
    assert!(!home.text().contains("Aino Kettunen"));
    assert!(home.text().contains("Henkilökohtainen budjettisi"));
}

async fn a_wrong_password_comes_back_with_the_user_name_kept(mut app: TestApp) {
    let response = app.post_form("/sign-in", &[("username", "aino"), ("password", "Typo-Secret-42")]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/sign-in");

    let page = app.get("/sign-in").await;
    let text = page.text();
    assert!(text.contains("Jokin meni vikaan"), "error summary: {text}");
    assert!(text.contains("Käyttäjätunnus tai salasana on väärin"), "{text}");
    assert!(page.body.contains(r#"value="aino""#), "user name kept: {}", page.body);
    assert!(!page.body.contains("Typo-Secret-42"), "the password is never sent back");
    assert!(page.body.contains("<title>Virhe: Kirjaudu sisään"), "the title says there is an error");

    let again = app.get("/sign-in").await;
    assert!(!again.text().contains("Jokin meni vikaan"), "the error is shown once");
}

async fn empty_fields_are_named_beside_each_field(mut app: TestApp) {
    app.post_form("/sign-in", &[("username", " "), ("password", "")]).await;
    let page = app.get("/sign-in").await;
    assert!(page.text().contains("Kirjoita käyttäjätunnuksesi"));
    assert!(page.text().contains("Kirjoita salasanasi"));
    assert!(page.body.contains(r##"href="#field-username""##), "summary links to the field");
    assert!(page.body.contains(r#"aria-invalid="true""#));
}

async fn repeated_failures_are_throttled_even_with_the_right_password(mut app: TestApp) {
    for _ in 0..5 {
        app.post_form("/sign-in", &[("username", "veikko"), ("password", "nope")]).await;
    }
    let response = app.post_form("/sign-in", &[("username", "VEIKKO"), ("password", "demo")]).await;
    assert_eq!(response.location(), "/sign-in", "still refused");
    let page = app.get("/sign-in").await;
    assert!(page.text().contains("liian monta kertaa"), "{}", page.text());
    // Another person's sign-in is not affected.
    app.sign_in("aino").await;
}

async fn signing_in_gives_a_new_session_id(mut app: TestApp) {
    app.post_form("/sign-in", &[("username", "aino"), ("password", "wrong")]).await;
    let before = app.cookie("__Host-portal_session").expect("a session for the flash").to_string();
    app.sign_in("aino").await;
    let after = app.cookie("__Host-portal_session").expect("a signed-in session").to_string();
    assert_ne!(before, after);

    // The old id is worth nothing now.
    let mut other = app.cookie("__Host-portal_session").map(str::to_string);
    app.set_cookie("__Host-portal_session", &before);
    assert!(!app.get("/").await.text().contains("Aino Kettunen"));
    app.set_cookie("__Host-portal_session", other.take().as_deref().unwrap());
    assert!(app.get("/").await.text().contains("Aino Kettunen"));
}

async fn a_relative_sees_whom_they_help(mut app: TestApp) {
    app.sign_in("sanna").await;
    let home = app.get("/").await;
    // The banner on every page says whose matters these are.
    assert!(home.text().contains("Asioit henkilön Matti Räsänen puolesta."), "{}", home.text());
    let decision = app.get("/decision").await;
    assert!(
        decision.body.contains("<p class=\"helping-banner\">Asioit henkilön Matti Räsänen puolesta."),
        "{}",
        decision.body
    );
    assert!(home.text().contains("Kirjautunut: Sanna Räsänen"));
}
