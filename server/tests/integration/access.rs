//! Who looked at my data: the client reads, in plain words, every look at their data by
//! someone else; nobody else reads it.

use axum::http::StatusCode;
use server::demo::DEMO_STAFF_TOKEN;

use app::access::LookedAt;
use server::services::access::{self, Reader};
use server::store::tokens::TokenRole;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    the_client_reads_who_looked_at_what_and_when,
    only_the_client_reads_their_log,
    the_client_sees_what_others_did_for_them,
    a_relative_with_two_mandates_chooses_whose_matters,
    looks_at_the_same_moment_are_each_logged_once
);

async fn matti_id(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT client_id FROM accounts WHERE username = 'matti'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The lines of the log as the page shows them: each is one list item.
fn log_lines(body: &str) -> Vec<&str> {
    body.split("<li>")
        .skip(1)
        .filter_map(|item| item.split_once("</li>").map(|(line, _)| line.trim()))
        .filter(|line| line.starts_with("Klo "))
        .collect()
}

async fn the_client_reads_who_looked_at_what_and_when(mut app: TestApp) {
    let matti = matti_id(&app).await;
    app.sign_in("matti").await;
    let before = app.get("/who-looked").await;
    assert_eq!(before.status, StatusCode::OK);
    assert!(before.text().contains("Kukaan muu ei ole katsonut tietojasi."), "{}", before.text());
    app.get("/").await;

    app.forget_cookies();
    app.sign_in("sanna").await;
    app.get("/").await;
    app.get("/statements/2018-03").await;
    app.forget_cookies();
    let read = app.api("GET", &format!("/api/v1/clients/{matti}/budget"), Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(read.status, StatusCode::OK);

    app.sign_in("matti").await;
    let page = app.get("/who-looked").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    let lines = log_lines(&page.body);
    // Newest first, each with why they could look; Matti's own looks are not in it.
    let expected = [
        "demo staff (järjestäjän työntekijä) katsoi budjettiasi. \
         Syy: hyvinvointialueen henkilökohtaisen budjetin hallinto.",
        "Sanna Räsänen (omainen) katsoi tiliotettasi: maaliskuu 2018. Syy: hän hoitaa asioitasi valtuutuksella.",
        "Sanna Räsänen (omainen) katsoi budjettiasi. Syy: hän hoitaa asioitasi valtuutuksella.",
    ];
    assert_eq!(lines.len(), expected.len(), "{text}");
    for (line, end) in lines.iter().zip(expected) {
        assert!(line.ends_with(end), "{line:?} should end with {end:?}");
        // "Klo 14.02 …": the time of day as Finland writes it.
        let time: Vec<char> = line["Klo ".len()..].chars().take(6).collect();
        let digit = |i: usize| time[i].is_ascii_digit();
        assert!(digit(0) && digit(1) && time[2] == '.' && digit(3) && digit(4) && time[5] == ' ', "{line}");
    }
    assert!(lines.iter().all(|l| !l.contains("Matti")), "the client's own looks are not listed: {text}");
}

async fn only_the_client_reads_their_log(mut app: TestApp) {
    let anonymous = app.get("/who-looked").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/sign-in"), "{}", anonymous.location());
    // Sanna acts for Matti, but the log is Matti's check on his helpers.
    app.sign_in("sanna").await;
    assert_eq!(app.get("/who-looked").await.status, StatusCode::NOT_FOUND);
    app.forget_cookies();
    app.sign_in("olli").await;
    assert_eq!(app.get("/who-looked").await.status, StatusCode::NOT_FOUND);
}

async fn the_client_sees_what_others_did_for_them(mut app: TestApp) {
    let matti = matti_id(&app).await;
    let agreement: i64 = sqlx::query_scalar("SELECT id FROM agreements WHERE client_id = $1")
        .bind(matti)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    // No other demo provider of intensive housing works in Kontiolahti: one starts to.
    let new: i64 = sqlx::query_scalar("SELECT id FROM providers WHERE name = 'Pielisen Palvelukoti'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO provider_areas (provider_id, municipality) VALUES ($1, 'Kontiolahti')")
        .bind(new)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    // The demo's only deed for Matti: Sanna's proposal of more assistance from June.
    let proposed =
        "Sanna Räsänen (omainen) ehdotti budjettisi käyttöä toisin (ensimmäinen kuukausi: kesäkuu 2018).";
    app.sign_in("matti").await;
    let page = app.get("/done-for-me").await;
    let lines = log_lines(&page.body);
    assert!(lines.len() == 1 && lines[0].ends_with(proposed), "{lines:?}");
    app.forget_cookies();

    app.sign_in("sanna").await;
    assert_eq!(app.get("/done-for-me").await.status, StatusCode::NOT_FOUND, "Matti's own page");
    let body = serde_json::json!({ "agreement_id": agreement, "new_provider_id": new });
    let made = app.api("POST", &format!("/api/v1/clients/{matti}/provider-changes"), None, Some(body)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
    let change = made.json["id"].as_i64().unwrap();
    // She also tells how one of Matti's days went.
    let (invitation, provider): (i64, String) = sqlx::query_as(
        "SELECT i.id, p.name FROM feedback_invitations i JOIN providers p ON p.id = i.provider_id \
         WHERE i.client_id = $1 ORDER BY i.service_day DESC LIMIT 1",
    )
    .bind(matti)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let answered = app.post_form(&format!("/feedback/{invitation}"), &[("score", "4")]).await;
    assert!(answered.location().ends_with("?sent"), "{}", answered.location());
    app.forget_cookies();
    let cancel = format!("/api/v1/clients/{matti}/provider-changes/{change}/cancel");
    let cancelled = app.api("POST", &cancel, Some(DEMO_STAFF_TOKEN), Some(serde_json::json!({}))).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.json);

    app.sign_in("matti").await;
    let page = app.get("/done-for-me").await;
    let lines = log_lines(&page.body);
    let expected = [
        "demo staff (järjestäjän työntekijä) perui palveluntuottajan vaihdon (Tehostettu palveluasuminen): \
         Kontiolahden Hoivakoti → Pielisen Palvelukoti.",
        &format!("Sanna Räsänen (omainen) kertoi puolestasi, miten palvelu meni: {provider}."),
        "Sanna Räsänen (omainen) vaihtoi palveluntuottajaa (Tehostettu palveluasuminen): \
         Kontiolahden Hoivakoti → Pielisen Palvelukoti.",
        proposed,
    ];
    assert_eq!(lines.len(), expected.len(), "{}", page.text());
    // All three may fall in one second, so only the change is sure to come after its cancellation.
    let at = |part: &str| {
        lines.iter().position(|l| l.ends_with(part)).unwrap_or_else(|| panic!("{part:?} in {lines:?}"))
    };
    assert!(at(expected[0]) < at(expected[2]), "newest first: {lines:?}");
    assert_eq!(at(expected[3]), 3, "in May 2018, before the rest: {lines:?}");
    at(expected[1]);
}

async fn a_relative_with_two_mandates_chooses_whose_matters(mut app: TestApp) {
    let id = |sql: &'static str| {
        let pool = app.state.db.pool.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool).await.unwrap() }
    };
    let juho = id("SELECT client_id FROM accounts WHERE username = 'juho'").await;
    let aino = id("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    app.sign_in("sanna").await;
    let home = app.get("/").await;
    assert!(
        home.body.contains(r#"<p class="helping-banner">Asioit henkilön Matti Räsänen puolesta."#),
        "{}",
        home.body
    );
    let banner =
        home.body.split(r#"<p class="helping-banner">"#).nth(1).and_then(|rest| rest.split("</p>").next());
    assert!(
        banner.unwrap_or("").contains(r#"<a href="/whose-matters">Vaihda henkilöä</a>"#),
        "{}",
        home.body
    );
    let choice = app.get("/whose-matters").await;
    assert_eq!(choice.status, StatusCode::OK);
    let text = choice.text();
    for part in [
        "Matti Räsänen",
        "Voit katsoa ja hoitaa asioita.",
        "Hoidat nyt hänen asioitaan.",
        "Juho Karhu",
        "Voit vain katsoa.",
    ] {
        assert!(text.contains(part), "{part:?} in {text}");
    }

    let chose = app.post_form("/whose-matters", &[("client", &juho.to_string())]).await;
    assert_eq!((chose.status, chose.location()), (StatusCode::SEE_OTHER, "/"));
    let home = app.get("/").await.text();
    assert!(
        home.contains("Katsot henkilön Juho Karhu portaalia. Voit vain katsoa, et muuttaa mitään."),
        "{home}"
    );
    assert!(home.contains("Juho Karhu"), "{home}");
    assert_eq!(app.get("/change-provider").await.status, StatusCode::NOT_FOUND, "a mandate to look only");
    let juho_looks =
        format!("SELECT COUNT(*) FROM access_log WHERE client_id = {juho} AND actor = 'Sanna Räsänen'");
    let looks: i64 = sqlx::query_scalar(&juho_looks).fetch_one(&app.state.db.pool).await.unwrap();
    assert!(looks >= 1, "her look at Juho's budget is in his log");

    // Someone no mandate names: refused, logged, and nothing changes.
    let refused = app.post_form("/whose-matters", &[("client", &aino.to_string())]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "as if there were no such client");
    let refusals = format!("SELECT COUNT(*) FROM access_refusals WHERE asked_client_id = {aino}");
    let logged: i64 = sqlx::query_scalar(&refusals).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(logged, 1);
    assert!(app.get("/").await.text().contains("Katsot henkilön Juho Karhu portaalia."));

    app.forget_cookies();
    app.sign_in("matti").await;
    assert_eq!(app.get("/whose-matters").await.status, StatusCode::NOT_FOUND);
}

/// Looks made at the same moment, as from many tabs: each is in the log exactly once, and a look
/// that cannot be written (at a client who does not exist) fails alone.
async fn looks_at_the_same_moment_are_each_logged_once(app: TestApp) {
    let db = app.state.db.clone();
    let clients: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM clients ORDER BY id").fetch_all(&db.pool).await.unwrap();
    let nobody = i64::MAX;
    let mut looks = tokio::task::JoinSet::new();
    for n in 0..40 {
        let db = db.clone();
        let client = if n == 17 { nobody } else { clients[n % clients.len()] };
        looks.spawn(async move {
            let label = format!("tab {n:02}");
            let reader = Reader::Token { role: TokenRole::Staff, label: &label };
            (n, access::log_read(&db, reader, client, &LookedAt::Budget).await.map_err(|e| e.to_string()))
        });
    }
    for (n, written) in looks.join_all().await {
        assert_eq!(written.is_ok(), n != 17, "look {n}: {written:?}");
    }
    let logged: Vec<String> =
        sqlx::query_scalar("SELECT actor FROM access_log WHERE actor LIKE 'tab %' ORDER BY actor")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let expected: Vec<String> = (0..40).filter(|&n| n != 17).map(|n| format!("tab {n:02}")).collect();
    assert_eq!(logged, expected);
}
