//! How long a sign-in lasts (WCAG 2.2.1, ASVS 7.3): use keeps it going up to a limit, the page
//! says until when, asking how long is left is not use, staying signed in is one post, and a
//! form sent too late comes back filled in to the same person after signing in again.

use std::time::Duration;

use axum::http::StatusCode;
use server::demo::DEMO_STAFF_TOKEN;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    each_page_view_renews_the_idle_limit,
    a_busy_sign_in_still_ends_at_the_absolute_limit,
    the_page_says_until_when_and_asking_is_not_use,
    a_form_sent_too_late_comes_back_filled_in_after_signing_in,
    a_form_sent_too_late_is_not_shown_to_someone_else,
);

/// Sessions count whole seconds: three seconds idle is at least two of real time.
fn short_idle(app: &mut TestApp, idle_seconds: i64, absolute_seconds: i64) {
    app.adjust_config(|config| {
        config.session.idle_seconds = idle_seconds;
        config.session.absolute_seconds = absolute_seconds;
    });
}

async fn pause(seconds: f64) {
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
}

async fn is_signed_in_as_aino(app: &mut TestApp) -> bool {
    app.get("/").await.text().contains("Aino Kettunen")
}

async fn each_page_view_renews_the_idle_limit(mut app: TestApp) {
    short_idle(&mut app, 3, 3600);
    app.sign_in("aino").await;
    for _ in 0..3 {
        pause(1.0).await;
        assert!(is_signed_in_as_aino(&mut app).await, "used within the idle limit, the sign-in goes on");
    }
    pause(4.0).await;
    assert!(!is_signed_in_as_aino(&mut app).await, "unused past the limit, the sign-in has ended");
    let home = app.get("/").await;
    assert!(home.text().contains("Kirjaudu"), "and the page offers to sign in again");
}

async fn a_busy_sign_in_still_ends_at_the_absolute_limit(mut app: TestApp) {
    short_idle(&mut app, 3600, 3);
    app.sign_in("aino").await;
    assert!(is_signed_in_as_aino(&mut app).await);
    for _ in 0..4 {
        pause(1.0).await;
        app.get("/").await;
    }
    assert!(!is_signed_in_as_aino(&mut app).await, "however busy, the sign-in ends");
}

async fn the_page_says_until_when_and_asking_is_not_use(mut app: TestApp) {
    app.sign_in("aino").await;
    let before = server::clock::now_unix();
    let page = app.get("/").await;
    // "Pysyt kirjautuneena klo 14.32 asti": the idle limit from the sign-in (use within the
    // renewal step is not noted), in Helsinki time.
    let said = [-1, 0, 1, 2].map(|late| {
        let time = server::clock::helsinki_day_and_time(before + 1800 + late).1.replace(':', ".");
        format!("Pysyt kirjautuneena klo\u{a0}{time} asti")
    });
    assert!(said.iter().any(|s| page.text().contains(s)), "one of {said:?} in the footer");

    let time = app.get("/session").await;
    assert_eq!(time.status, StatusCode::OK);
    let time: serde_json::Value = serde_json::from_str(&time.body).unwrap();
    assert_eq!(time["signed_in"], true);
    assert!((1790..=1800).contains(&time["ends_in"].as_i64().unwrap()), "{time}");
    assert!(time["warning"].as_str().unwrap().starts_with("Et ole käyttänyt palvelua"), "{time}");

    // Eight seconds, not three: a busy test machine can take seconds between two requests, and
    // the sign-in must still be alive when "stay signed in" is posted.
    short_idle(&mut app, 8, 3600);
    app.get("/").await;
    pause(1.0).await;
    let asked: serde_json::Value = serde_json::from_str(&app.get("/session").await.body).unwrap();
    pause(1.0).await;
    let again: serde_json::Value = serde_json::from_str(&app.get("/session").await.body).unwrap();
    assert!(
        again["ends_in"].as_i64() < asked["ends_in"].as_i64(),
        "asking keeps nothing going: {asked} {again}"
    );
    let stayed = app.post_form("/session", &[]).await;
    let stayed: serde_json::Value = serde_json::from_str(&stayed.body).unwrap();
    assert_eq!(
        (stayed["signed_in"].as_bool(), stayed["ends_in"].as_i64()),
        (Some(true), Some(8)),
        "{stayed}"
    );

    pause(9.0).await;
    let ended: serde_json::Value = serde_json::from_str(&app.get("/session").await.body).unwrap();
    assert_eq!((ended["signed_in"].as_bool(), ended["ends_in"].as_i64()), (Some(false), Some(0)), "{ended}");
    let refused: serde_json::Value =
        serde_json::from_str(&app.post_form("/session", &[]).await.body).unwrap();
    assert_eq!(refused["signed_in"], false, "an ended sign-in cannot be brought back without signing in");
}

/// Aino's first open feedback invitation: the page of its answer form.
async fn answer_page(app: &mut TestApp) -> (i64, String) {
    let aino: i64 = sqlx::query_scalar("SELECT client_id FROM accounts WHERE username = 'aino'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let path = format!("/api/v1/clients/{aino}/feedback-invitations");
    let list = app.api("GET", &path, Some(DEMO_STAFF_TOKEN), None).await;
    let id = list.json[0]["id"].as_i64().expect("Aino has an open invitation");
    (id, format!("/feedback/{id}"))
}

const TYPED: &[(&str, &str)] =
    &[("form", "feedback-answer"), ("score", "4"), ("words", "Ohjaaja kuunteli minua tänään")];

async fn a_form_sent_too_late_comes_back_filled_in_after_signing_in(mut app: TestApp) {
    let (id, page) = answer_page(&mut app).await;
    short_idle(&mut app, 3, 3600);
    app.sign_in("aino").await;
    assert_eq!(app.get(&page).await.status, StatusCode::OK);
    pause(4.0).await;

    let late = app.post_form(&page, TYPED).await;
    assert_eq!(late.status, StatusCode::SEE_OTHER);
    assert!(late.location().starts_with("/sign-in?return_to="), "{}", late.location());
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback_answers WHERE invitation_id = $1")
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(stored, 0, "nothing is stored without a sign-in");
    let sign_in = app.get(late.location()).await;
    assert!(sign_in.text().contains("Kirjautumisesi päättyi ennen kuin lomake lähti"), "{}", sign_in.text());

    let back =
        app.post_form("/sign-in", &[("username", "aino"), ("password", "demo"), ("return_to", &page)]).await;
    assert_eq!(back.location(), page, "back to the form's page");
    let form = app.get(&page).await;
    assert!(form.body.contains("Ohjaaja kuunteli minua tänään"), "the words typed are back");
    assert!(form.body.contains("value=\"4\" checked"), "and the face chosen");
    assert!(!form.text().contains("Kirjautumisesi päättyi"));
    let once_more = app.get(&page).await;
    assert!(!once_more.body.contains("Ohjaaja kuunteli minua tänään"), "shown once, as any form's values");
}

async fn a_form_sent_too_late_is_not_shown_to_someone_else(mut app: TestApp) {
    let (_, page) = answer_page(&mut app).await;
    short_idle(&mut app, 3, 3600);
    app.sign_in("aino").await;
    pause(4.0).await;
    app.post_form(&page, TYPED).await;

    // Someone else at the same browser signs in: Aino's words stay hers.
    let elsa = app
        .post_form("/sign-in", &[("username", "elsa"), ("password", "demo"), ("return_to", "/feedback")])
        .await;
    assert_eq!(elsa.location(), "/feedback");
    assert!(!app.get("/feedback").await.body.contains("Ohjaaja kuunteli"));
    assert!(!app.get("/").await.body.contains("Ohjaaja kuunteli"));
    app.post_form("/sign-out", &[]).await;
    app.sign_in("aino").await;
    assert!(!app.get(&page).await.body.contains("Ohjaaja kuunteli"), "nor kept for later");
}
