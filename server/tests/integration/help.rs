//! Help from an experience expert: the client lets Maija see their portal for a few hours,
//! read-only; the client ends it, or it ends by itself.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    aino_lets_maija_look_for_two_hours_and_ends_it,
    the_help_ends_by_itself,
    a_wrong_choice_comes_back_with_the_choices_kept,
    only_the_client_lets_someone_in
);

async fn id(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn maija(app: &TestApp) -> i64 {
    id(app, "SELECT id FROM accounts WHERE username = 'maija'").await
}

async fn aino(app: &TestApp) -> i64 {
    id(app, "SELECT client_id FROM accounts WHERE username = 'aino'").await
}

async fn grants(app: &TestApp) -> i64 {
    id(app, "SELECT COUNT(*) FROM help_grants").await
}

/// Aino, signed in, lets Maija in for `hours`.
async fn let_maija_in(app: &mut TestApp, hours: &str) {
    let maija = maija(app).await.to_string();
    app.sign_in("aino").await;
    let sent = app.post_form("/helpers", &[("helper", &maija), ("hours", hours)]).await;
    assert_eq!((sent.status, sent.location()), (StatusCode::SEE_OTHER, "/helpers?done=granted"));
}

async fn aino_lets_maija_look_for_two_hours_and_ends_it(mut app: TestApp) {
    let aino = aino(&app).await;
    app.sign_in("maija").await;
    assert_eq!(app.get("/decision").await.status, StatusCode::NOT_FOUND, "no help yet");
    app.forget_cookies();

    app.sign_in("aino").await;
    assert!(app.get("/helpers").await.text().contains("Kukaan muu ei voi nyt katsoa portaaliasi."));
    app.forget_cookies();
    let_maija_in(&mut app, "2").await;
    let page = app.get("/helpers?done=granted").await;
    assert!(
        page.text().contains("Valmis. Kokemusasiantuntija voi nyt katsoa portaaliasi"),
        "{}",
        page.text()
    );
    assert!(page.text().contains("Maija Partanen voi katsoa portaaliasi"), "{}", page.text());
    let grant = id(&app, "SELECT id FROM help_grants").await;
    let hours = id(&app, "SELECT ends_at - starts_at FROM help_grants").await;
    assert_eq!(hours, 2 * 60 * 60, "two hours");

    app.forget_cookies();
    app.sign_in("maija").await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    let text = home.text();
    assert!(text.contains("Katsot henkilön Aino Kettunen portaalia klo\u{a0}"), "the banner: {text}");
    assert!(text.contains("Voit vain katsoa, et muuttaa mitään."), "{text}");
    assert!(text.contains("Aino Kettunen"), "{text}");
    assert_eq!(app.get("/decision").await.status, StatusCode::OK);
    let api = format!("/api/v1/clients/{aino}/budget");
    assert_eq!(app.api("GET", &api, None, None).await.status, StatusCode::OK);
    // Read-only: no acts, by the API or the pages.
    let leave = format!("/api/v1/clients/{aino}/leave");
    let refused = app.api("POST", &leave, None, Some(serde_json::json!({}))).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/change-provider").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/helpers").await.status, StatusCode::NOT_FOUND, "she cannot let others in");
    // She was told, in her own inbox, whose help it is and until when.
    let inbox = app.get("/messages").await.text();
    assert!(inbox.contains("Aino Kettunen antoi sinun katsoa palveluaan"), "{inbox}");
    assert!(inbox.contains("asti. Voit avata sen etusivultasi."), "{inbox}");

    app.forget_cookies();
    app.sign_in("aino").await;
    let log = app.get("/who-looked").await.text();
    assert!(
        log.contains(
            "Maija Partanen (kokemusasiantuntija) katsoi budjettiasi 2 kertaa. Syy: annoit hänen auttaa sinua."
        ),
        "{log}"
    );
    assert!(log.contains("Maija Partanen (kokemusasiantuntija) katsoi päätöstäsi."), "{log}");
    let ended = app.post_form(&format!("/helpers/{grant}/end"), &[]).await;
    assert_eq!((ended.status, ended.location()), (StatusCode::SEE_OTHER, "/helpers?done=ended"));
    assert!(app.get("/helpers").await.text().contains("Kukaan muu ei voi nyt katsoa portaaliasi."));

    app.forget_cookies();
    app.sign_in("maija").await;
    assert_eq!(app.get("/decision").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.api("GET", &api, None, None).await.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/").await.text().contains("Aino Kettunen"), "no banner once it has ended");
    let inbox = app.get("/messages").await.text();
    assert!(inbox.contains("Aino Kettunen lopetti apusi. Et enää näe hänen palveluaan."), "{inbox}");
    let told = id(&app, "SELECT COUNT(*) FROM messages WHERE kind IN ('help-started', 'help-ended')").await;
    assert_eq!(told, 2, "once each");
}

async fn the_help_ends_by_itself(mut app: TestApp) {
    let_maija_in(&mut app, "1").await;
    app.forget_cookies();
    app.sign_in("maija").await;
    assert_eq!(app.get("/decision").await.status, StatusCode::OK);
    // The hour has passed.
    sqlx::query("UPDATE help_grants SET starts_at = starts_at - 3601, ends_at = ends_at - 3601")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(app.get("/decision").await.status, StatusCode::NOT_FOUND);
    app.forget_cookies();
    app.sign_in("aino").await;
    assert!(app.get("/helpers").await.text().contains("Kukaan muu ei voi nyt katsoa portaaliasi."));
}

async fn a_wrong_choice_comes_back_with_the_choices_kept(mut app: TestApp) {
    app.sign_in("aino").await;
    let sent = app.post_form("/helpers", &[("hours", "4")]).await;
    assert_eq!((sent.status, sent.location()), (StatusCode::SEE_OTHER, "/helpers"));
    let page = app.get("/helpers").await;
    assert!(page.text().contains("Valitse, kuka saa katsoa portaaliasi."), "{}", page.text());
    assert!(
        page.body.contains(r#"id="hours-4" name="hours" value="4" checked"#),
        "4 hours stays chosen: {}",
        page.body
    );
    // Someone who is not an experience expert, or a length not offered: the same.
    let aino_account = id(&app, "SELECT id FROM accounts WHERE username = 'aino'").await.to_string();
    app.post_form("/helpers", &[("helper", &aino_account), ("hours", "2")]).await;
    let maija = maija(&app).await.to_string();
    app.post_form("/helpers", &[("helper", &maija), ("hours", "100")]).await;
    assert_eq!(grants(&app).await, 0, "nothing stored");
}

async fn only_the_client_lets_someone_in(mut app: TestApp) {
    let maija = maija(&app).await.to_string();
    app.sign_in("sanna").await;
    assert_eq!(app.get("/helpers").await.status, StatusCode::NOT_FOUND);
    app.post_form("/helpers", &[("helper", &maija), ("hours", "2")]).await;
    assert_eq!(grants(&app).await, 0, "a relative cannot hand Matti's portal on");
    app.forget_cookies();
    let anonymous = app.post_form("/helpers", &[("helper", &maija), ("hours", "2")]).await;
    assert!(anonymous.location().starts_with("/sign-in"), "{}", anonymous.location());
    assert_eq!(grants(&app).await, 0);
}
