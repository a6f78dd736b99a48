//! My details and the helper view for screen-share: with the helper view on, no identity code,
//! address, phone or health detail is in the page at all, not even in its data.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    the_helper_view_hides_mattis_details_for_this_session_only,
    a_relatives_look_at_the_details_is_logged
);

const MATTIS: [&str; 4] =
    ["070448-****", "Kirkkotie 14, 81100 Kontiolahti", "040 100 0004", "Kehitysvamma ja epilepsia."];

async fn the_helper_view_hides_mattis_details_for_this_session_only(mut app: TestApp) {
    app.sign_in("matti").await;
    let page = app.get("/my-details").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    for detail in MATTIS {
        assert!(text.contains(detail), "{detail}: {text}");
    }
    assert!(!page.body.contains("070448-9049"), "the identity code is never shown whole");
    assert!(
        text.contains("Palveluohjaajasi on Riikka Savolainen. Seuraava sovittu yhteydenotto on 24.5.2018."),
        "{text}"
    );
    assert!(!text.contains("Avustajanäkymä on päällä."));

    let switched =
        app.post_form("/preferences", &[("helper_view", "on"), ("return_to", "/my-details")]).await;
    assert_eq!((switched.status, switched.location()), (StatusCode::SEE_OTHER, "/my-details"));
    let hidden = app.get("/my-details").await;
    for detail in MATTIS {
        assert!(
            !hidden.body.contains(detail),
            "{detail} is nowhere in the page or its data: {}",
            hidden.body
        );
    }
    let text = hidden.text();
    assert_eq!(text.matches("Piilotettu avustajanäkymässä").count(), 4, "{text}");
    assert!(text.contains("Avustajanäkymä on päällä."), "the banner: {text}");
    assert!(hidden.body.contains("class=\"text-size-standard helper-view\""), "larger focus and buttons");
    assert!(text.contains("Palveluohjaajasi on Riikka Savolainen."), "the counsellor is no secret: {text}");
    let budget = app.get("/").await;
    assert!(budget.text().contains("Avustajanäkymä on päällä."), "on every page");

    app.post_form("/preferences", &[("helper_view", "off"), ("return_to", "/my-details")]).await;
    assert!(app.get("/my-details").await.body.contains("070448-****"), "off again");
    app.post_form("/preferences", &[("helper_view", "on"), ("return_to", "/my-details")]).await;

    // The switch is the session's: signing in again starts with the details shown.
    app.forget_cookies();
    app.sign_in("matti").await;
    assert!(app.get("/my-details").await.body.contains("070448-****"));
}

async fn a_relatives_look_at_the_details_is_logged(mut app: TestApp) {
    let looks = "SELECT COUNT(*) FROM access_log WHERE what = 'personal details' AND actor = 'Sanna Räsänen'";
    let count = |app: &TestApp| {
        let pool = app.state.db.pool.clone();
        async move { sqlx::query_scalar::<_, i64>(looks).fetch_one(&pool).await.unwrap() }
    };
    app.sign_in("sanna").await;
    let page = app.get("/my-details").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Henkilön Matti Räsänen tiedot"), "{}", page.text());
    assert!(page.text().contains("070448-****"));
    assert_eq!(count(&app).await, 1);

    app.forget_cookies();
    app.sign_in("matti").await;
    let log = app.get("/who-looked").await.text();
    assert!(log.contains("Sanna Räsänen (omainen) katsoi omia tietojasi."), "{log}");
}
