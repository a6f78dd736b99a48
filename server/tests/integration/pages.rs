//! Pages, languages, easy-read and text size.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    the_browser_language_decides_the_first_page,
    a_language_choice_is_remembered_in_a_cookie,
    easy_read_and_text_size_change_the_page,
    a_signed_in_persons_choices_follow_them_to_another_browser,
    an_easy_read_user_gets_easy_read_after_signing_in,
    an_unknown_address_is_a_404_page_in_the_persons_language,
    health_and_readiness_answer,
    demo_sign_ins_are_listed_in_demo_mode,
    the_accessibility_statement_names_what_does_not_work_yet,
);

/// The statement promises nothing the portal does not do, in standard language and easy-read.
async fn the_accessibility_statement_names_what_does_not_work_yet(mut app: TestApp) {
    let statement = app.get("/accessibility").await.text();
    assert!(statement.contains("selkokielen asiantuntija ei ole vielä tarkistanut niitä"), "{statement}");
    assert!(statement.contains("vain yleiskielellä"), "staff pages are standard only: {statement}");
    assert!(!statement.contains("Emme ole vielä löytäneet puutteita"), "no claim of no shortcomings");
    app.post_form("/preferences", &[("easy_read", "on"), ("return_to", "/accessibility")]).await;
    let easy = app.get("/accessibility").await.text();
    assert!(easy.contains("Selkokielen asiantuntija ei ole vielä tarkistanut niitä."), "{easy}");
}

async fn the_browser_language_decides_the_first_page(mut app: TestApp) {
    app.accept_language = Some("sv-FI,sv;q=0.9,en;q=0.8");
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="sv""#), "{}", &page.body[..300.min(page.body.len())]);
    assert!(page.text().contains("Din personliga budget"));

    app.accept_language = Some("de-DE,en;q=0.5");
    assert!(app.get("/").await.body.contains(r#"<html lang="en""#));
}

async fn a_language_choice_is_remembered_in_a_cookie(mut app: TestApp) {
    let response = app.post_form("/preferences", &[("lang", "en"), ("return_to", "/sign-in")]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/sign-in", "back where the person was");
    assert_eq!(app.cookie("portal_lang"), Some("en"));
    let page = app.get("/sign-in").await;
    assert!(page.body.contains(r#"<html lang="en""#));
    assert!(page.text().contains("User name"));

    let unsafe_return =
        app.post_form("/preferences", &[("lang", "fi"), ("return_to", "//evil.example/")]).await;
    assert_eq!(unsafe_return.location(), "/", "never sent to another site");
}

async fn easy_read_and_text_size_change_the_page(mut app: TestApp) {
    let standard = app.get("/").await;
    app.post_form("/preferences", &[("easy_read", "on"), ("return_to", "/")]).await;
    let easy = app.get("/").await;
    assert!(easy.body.contains("easy-read"), "the page is styled for easy-read");
    assert!(easy.text().contains("Sinulla on rahaa palveluihin."), "{}", easy.text());
    assert_ne!(standard.text(), easy.text());
    assert!(easy.body.contains(r#"value="off" aria-pressed="true""#), "the switch shows it is on");

    app.post_form("/preferences", &[("text_size", "largest"), ("return_to", "/")]).await;
    let large = app.get("/").await;
    assert!(large.body.contains("text-size-largest"));
    assert!(large.body.contains("easy-read"), "other choices are kept");
}

async fn a_signed_in_persons_choices_follow_them_to_another_browser(mut app: TestApp) {
    app.sign_in("aino").await;
    app.post_form("/preferences", &[("lang", "sv"), ("return_to", "/")]).await;
    app.post_form("/sign-out", &[]).await;

    app.forget_cookies();
    app.accept_language = Some("en");
    app.sign_in("aino").await;
    let home = app.get("/").await;
    assert!(home.body.contains(r#"<html lang="sv""#), "the profile's language wins");
    assert!(home.text().contains("Din budget"), "{}", home.text());
}

async fn an_easy_read_user_gets_easy_read_after_signing_in(mut app: TestApp) {
    app.sign_in("eeva").await;
    let home = app.get("/").await;
    assert!(home.body.contains("easy-read"));
    assert!(home.text().contains("Sinulla on rahaa jäljellä"), "{}", home.text());
    assert_eq!(app.cookie("portal_easy_read"), Some("1"), "remembered in this browser too");
}

async fn an_unknown_address_is_a_404_page_in_the_persons_language(mut app: TestApp) {
    let page = app.get("/no-such-page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text().contains("Sivua ei löydy"));
    app.accept_language = Some("en");
    assert!(app.get("/budget/123").await.text().contains("Page not found"));
}

async fn health_and_readiness_answer(mut app: TestApp) {
    let alive = app.get("/healthz").await;
    assert_eq!((alive.status, alive.body.as_str()), (StatusCode::OK, "ok"));
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    app.state.db.pool.close().await;
    assert_eq!(app.get("/readyz").await.status, StatusCode::SERVICE_UNAVAILABLE);
    // The sign-in page reads the demo sign-ins from the database.
    let page = app.get("/sign-in").await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(page.body.contains("Meillä meni jotain vikaan."), "{}", page.body);
    assert!(
        page.body.contains("Något gick fel hos oss.")
            && page.body.contains("Something went wrong on our side.")
    );
    assert!(!page.body.to_lowercase().contains("pool"), "no internal detail reaches the browser");
}

async fn demo_sign_ins_are_listed_in_demo_mode(mut app: TestApp) {
    let page = app.get("/sign-in").await;
    assert!(page.text().contains("Kokeilutunnukset"));
    for username in ["aino", "veikko", "leena", "matti", "eeva", "elsa", "sanna", "riikka", "olli"] {
        assert!(page.body.contains(&format!("<code>{username}</code>")), "{username} listed");
    }
}

#[tokio::test]
async fn outside_demo_mode_no_sign_ins_are_listed() {
    let mut app = TestApp::sqlite_with(|c| c.demo = false).await;
    let page = app.get("/sign-in").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text().contains("Kokeilutunnukset"));
    assert!(!page.text().contains("Kokeiluversio"), "no demo banner");
}
