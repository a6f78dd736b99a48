//! What an attacker or a curious relative tried from outside (issue "hardening"), each as the
//! request they sent: script in a provider's web address, acts by someone who may only look,
//! more than the task needs to know, ids of no one, guessing passwords, a demo's published keys
//! on a real database, a look hidden under repeats, and the session a shared browser keeps.

use axum::http::StatusCode;
use serde_json::json;
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    a_provider_cannot_publish_a_link_that_runs_script,
    someone_who_may_only_look_cannot_write,
    each_helper_sees_only_what_their_task_needs,
    ids_of_no_one_are_not_found_never_an_error,
    a_password_sprayed_over_many_names_is_throttled,
    guesses_sent_at_once_are_counted_before_they_are_checked,
    a_sign_in_from_another_site_is_refused,
    a_new_sign_in_keeps_nothing_of_the_previous_person,
    repeated_looks_cannot_hide_another_look,
    revoked_and_expired_tokens_open_nothing,
    a_post_about_another_clients_change_is_not_found_and_logged,
);

async fn id(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn client_of(app: &TestApp, username: &str) -> i64 {
    id(app, &format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

async fn a_provider_cannot_publish_a_link_that_runs_script(mut app: TestApp) {
    let kotipiha = id(&app, "SELECT id FROM providers WHERE name = 'Kotipiha Oy'").await;
    let path = format!("/api/v1/providers/{kotipiha}");
    let mut entry = app.api("GET", &path, None, None).await.json;
    for (field, value, code) in [
        ("website", "javascript:fetch('/my-details')", "invalid-website"),
        ("website", "data:text/html,<script>alert(1)</script>", "invalid-website"),
        ("email", "a@b.fi?body=<script>", "invalid-email"),
        ("phone", "040 1234567\"><script>", "invalid-phone"),
    ] {
        let mut body = provider_input(&entry);
        body[field] = json!(value);
        let refused = app.api("PUT", &path, Some(DEMO_PROVIDER_TOKEN), Some(body)).await;
        assert_eq!((refused.status, refused.code()), (StatusCode::UNPROCESSABLE_ENTITY, code), "{value}");
    }
    let mut body = provider_input(&entry);
    body["website"] = json!("https://kotipiha.example/palvelut");
    let saved = app.api("PUT", &path, Some(DEMO_PROVIDER_TOKEN), Some(body)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    entry = saved.json;
    assert_eq!(entry["website"], "https://kotipiha.example/palvelut");

    // An address stored before the check came in is shown as text, never as a link.
    sqlx::query("UPDATE providers SET website = 'javascript:alert(1)' WHERE id = $1")
        .bind(kotipiha)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let page = app.get(&format!("/providers/{kotipiha}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("href=\"javascript:"), "no script link on the page");
    // And were one to slip through, the page's policy runs only its own scripts.
    let policy = page.headers["content-security-policy"].to_str().unwrap();
    let scripts = policy.split(';').find(|d| d.trim().starts_with("script-src")).expect("script-src");
    assert!(scripts.contains("'nonce-") && !scripts.contains("unsafe-inline"), "{policy}");
    let nonce = scripts.split("'nonce-").nth(1).and_then(|n| n.split('\'').next()).unwrap();
    assert!(page.body.contains(&format!("nonce=\"{nonce}\"")), "the page's own scripts carry the nonce");
}

async fn a_post_about_another_clients_change_is_not_found_and_logged(mut app: TestApp) {
    // Aino's day activities move from Kotipiha Oy to Taidetalo Tuike.
    let aino = client_of(&app, "aino").await;
    let agreement = id(
        &app,
        &format!(
            "SELECT a.id FROM agreements a JOIN providers p ON p.id = a.provider_id \
             WHERE a.client_id = {aino} AND p.name = 'Kotipiha Oy' AND a.product = 'day-activities'"
        ),
    )
    .await;
    let tuike = id(&app, "SELECT id FROM providers WHERE name = 'Taidetalo Tuike'").await;
    let body = json!({ "agreement_id": agreement, "new_provider_id": tuike });
    let path = format!("/api/v1/clients/{aino}/provider-changes");
    let made = app.api("POST", &path, Some(DEMO_STAFF_TOKEN), Some(body)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
    let change = made.json["id"].as_i64().unwrap();

    // Elsa changes the number in the address of her own cancel button.
    app.sign_in("elsa").await;
    let cancel = app.post_form(&format!("/my-changes/{change}/cancel"), &[]).await;
    assert_eq!(cancel.status, StatusCode::NOT_FOUND, "as if there were no such change");
    let status: String = sqlx::query_scalar("SELECT status FROM provider_changes WHERE id = $1")
        .bind(change)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(status, "made", "Aino's change stands");
    let logged =
        id(&app, &format!("SELECT COUNT(*) FROM access_refusals WHERE asked_client_id = {aino}")).await;
    assert_eq!(logged, 1, "the asking is in the log of refusals");
    let unknown = app.post_form("/my-changes/999999/cancel", &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let no_such_help = app.post_form("/helpers/999999/end", &[]).await;
    assert_eq!(no_such_help.status, StatusCode::NOT_FOUND);
}

/// The provider's own entry as the input the API takes back.
fn provider_input(entry: &serde_json::Value) -> serde_json::Value {
    let offers: Vec<_> = entry["offers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| json!({ "product": o["product"], "unit_price": o["unit_price"] }))
        .collect();
    json!({ "name": entry["name"], "offers": offers })
}

async fn someone_who_may_only_look_cannot_write(mut app: TestApp) {
    let juho = client_of(&app, "juho").await;
    // Juho gives notice, so there is a departure whose reasons could be overwritten.
    app.sign_in("juho").await;
    app.post_form("/leave", &[]).await;
    app.post_form("/leave/reason", &[("reason", "moving")]).await;
    app.post_form("/my-needs", &[("accessibility", "quiet-space")]).await;
    app.forget_cookies();
    let reasons = format!("SELECT COUNT(*) FROM departures WHERE client_id = {juho} AND reasons = 'moving'");
    assert_eq!(id(&app, &reasons).await, 1, "Juho's own answer is kept");
    let needs = format!("SELECT COUNT(*) FROM client_needs WHERE client_id = {juho}");
    assert_eq!(id(&app, &needs).await, 1);

    // Sanna's mandate for Juho lets her look, not act.
    app.sign_in("sanna").await;
    let chose = app.post_form("/whose-matters", &[("client", &juho.to_string())]).await;
    assert_eq!(chose.location(), "/");
    let needs_post = app.post_form("/my-needs", &[("accessibility", "hearing-loop")]).await;
    assert_eq!(needs_post.status, StatusCode::NOT_FOUND);
    let reason_post = app.post_form("/leave/reason", &[("reason", "other"), ("reason-text", "x")]).await;
    assert_eq!(reason_post.status, StatusCode::NOT_FOUND);
    let participation = app.post_form("/feedback/questions", &[("skip", "1")]).await;
    assert_eq!(participation.status, StatusCode::NOT_FOUND);
    assert_eq!(id(&app, &reasons).await, 1, "the reasons are Juho's still");
    let hearing =
        format!("SELECT COUNT(*) FROM client_needs WHERE client_id = {juho} AND feature = 'quiet-space'");
    assert_eq!(id(&app, &hearing).await, 1, "the needs are Juho's still");
    assert_eq!(id(&app, &needs).await, 1);
}

async fn each_helper_sees_only_what_their_task_needs(mut app: TestApp) {
    let identity_code = "120385-****";
    // Matti's counsellor and his acting relative see his details; they handle his matters.
    app.sign_in("sanna").await;
    let acting = app.get("/my-details").await.text();
    assert!(acting.contains("Kirkkotie 14"), "the address: {acting}");
    assert!(acting.contains("070448-****"), "the identity code for the one who acts: {acting}");

    // For Juho, whom she may only look after, not who he is in the registers nor his health.
    let juho = client_of(&app, "juho").await;
    app.post_form("/whose-matters", &[("client", &juho.to_string())]).await;
    let looking = app.get("/my-details").await.text();
    assert!(looking.contains("Mäntytie 9"), "where to reach him: {looking}");
    assert!(!looking.contains("190599-"), "no identity code: {looking}");
    assert!(!looking.contains("Autismikirjo"), "no health details: {looking}");
    assert!(looking.contains("tehtäväsi ei tarvitse tätä tietoa"), "{looking}");
    app.forget_cookies();

    // An experience expert let in sees none of Aino's personal details.
    let maija = id(&app, "SELECT id FROM accounts WHERE username = 'maija'").await.to_string();
    app.sign_in("aino").await;
    app.post_form("/helpers", &[("helper", &maija), ("hours", "2")]).await;
    let own = app.get("/my-details").await.text();
    assert!(own.contains(identity_code), "Aino sees her own: {own}");
    app.forget_cookies();
    app.sign_in("maija").await;
    let expert = app.get("/my-details").await;
    assert_eq!(expert.status, StatusCode::OK);
    assert!(!expert.text().contains(identity_code), "{}", expert.text());
    assert!(expert.text().contains("tehtäväsi ei tarvitse tätä tietoa"), "{}", expert.text());
}

async fn ids_of_no_one_are_not_found_never_an_error(mut app: TestApp) {
    for client in ["999999", "9223372036854775807", "-9223372036854775808", "0"] {
        for path in ["leave", "budget", "provider-changes", "feedback-invitations", "statements/2018-03"] {
            let url = format!("/api/v1/clients/{client}/{path}");
            let answer = app.api("GET", &url, Some(DEMO_STAFF_TOKEN), None).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{url}: {}", answer.json);
            assert_eq!(answer.code(), "not-found", "{url}");
        }
        let url = format!("/api/v1/clients/{client}/leave");
        let answer = app.api("POST", &url, Some(DEMO_STAFF_TOKEN), Some(json!({}))).await;
        assert!(answer.status.is_client_error(), "{url}: {}", answer.status);
    }
    let too_big =
        app.api("GET", "/api/v1/clients/9223372036854775808/budget", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(too_big.status, StatusCode::BAD_REQUEST);
    for path in ["/api/v1/providers/9223372036854775807", "/providers/9223372036854775807"] {
        let status = if path.starts_with("/api") {
            app.api("GET", path, None, None).await.status
        } else {
            app.get(path).await.status
        };
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}

async fn a_password_sprayed_over_many_names_is_throttled(mut app: TestApp) {
    use server::services::sign_in::MAX_FAILURES_PER_PLACE;
    for n in 0..MAX_FAILURES_PER_PLACE {
        let name = format!("guess{n}");
        app.post_form("/sign-in", &[("username", &name), ("password", "Kesä2018")]).await;
    }
    // The next try from the same place is refused without a look at the password, even for a
    // name and password that are right.
    let right = app.post_form("/sign-in", &[("username", "aino"), ("password", "demo")]).await;
    assert_eq!(right.location(), "/sign-in", "throttled");
    assert!(app.get("/sign-in").await.text().contains("liian monta kertaa"));
}

async fn guesses_sent_at_once_are_counted_before_they_are_checked(app: TestApp) {
    use server::services::sign_in::MAX_FAILURES;
    let answers =
        app.post_form_at_once(20, "/sign-in", &[("username", "veikko"), ("password", "wrong")]).await;
    // A wrong password sends the form back with "wrong"; a throttled one says "too many".
    let checked = answers.iter().filter(|a| a.status == StatusCode::SEE_OTHER).count();
    assert_eq!(checked, 20, "every guess is answered");
    let failures = id(&app, "SELECT COUNT(*) FROM sign_in_failures WHERE username = 'veikko'").await;
    assert_eq!(failures, 20, "every guess is counted");
    let said = |id: &str| format!("SELECT COUNT(*) FROM sessions WHERE data LIKE '%{id}%'");
    let wrong = id(&app, &said("sign-in-error-wrong")).await;
    let throttled = id(&app, &said("sign-in-error-throttled")).await;
    assert_eq!(wrong + throttled, 20, "each guess was told one or the other");
    assert!(wrong <= MAX_FAILURES, "{wrong} passwords checked, at most {MAX_FAILURES}");
}

async fn a_sign_in_from_another_site_is_refused(mut app: TestApp) {
    // No cookies yet: a page elsewhere posting the attacker's own name and password.
    for (name, value) in [("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")] {
        let forged = app
            .post_form_with("/sign-in", &[("username", "aino"), ("password", "demo")], &[(name, value)])
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{name}");
        assert!(forged.set_cookies().iter().all(|c| !c.starts_with("__Host-portal_session=")));
    }
    // A provider's system (no browser headers, no cookies) still reaches the API.
    let kotipiha = id(&app, "SELECT id FROM providers WHERE name = 'Kotipiha Oy'").await;
    let summary = app.api("GET", &format!("/api/v1/providers/{kotipiha}/feedback-summary"), None, None).await;
    assert_eq!(summary.status, StatusCode::OK);
}

async fn a_new_sign_in_keeps_nothing_of_the_previous_person(mut app: TestApp) {
    app.sign_in("sanna").await;
    let juho = client_of(&app, "juho").await;
    app.post_form("/whose-matters", &[("client", &juho.to_string())]).await;
    app.post_form("/preferences", &[("helper_view", "on")]).await;
    assert!(app.get("/my-details").await.text().contains("Juho"), "Sanna handles Juho's matters");
    // Someone else signs in on the same browser without Sanna signing out.
    app.sign_in("aino").await;
    let details = app.get("/my-details").await.text();
    assert!(details.contains("120385-****"), "no helper view left over: {details}");
    assert!(!details.contains("Juho"), "{details}");
}

async fn repeated_looks_cannot_hide_another_look(mut app: TestApp) {
    let matti = client_of(&app, "matti").await;
    // Riikka looked once in April; Sanna then reloads the budget page 600 times.
    let april = 1_523_000_000; // 2018-04-06
    sqlx::query(
        "INSERT INTO access_log (client_id, actor, actor_role, what, at, purpose) \
         VALUES ($1, 'Riikka Savolainen', 'counsellor', 'budget', $2, 'guidance')",
    )
    .bind(matti)
    .bind(april)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    app.sign_in("sanna").await;
    for _ in 0..600 {
        app.get("/decision").await;
    }
    app.forget_cookies();
    app.sign_in("matti").await;
    let page = app.get("/who-looked").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Sanna Räsänen (omainen) katsoi päätöstäsi 600 kertaa"), "{text}");
    assert!(page.body.contains("href=\"/who-looked?month=2018-04\""), "{}", page.body);
    let april_page = app.get("/who-looked?month=2018-04").await.text();
    assert!(april_page.contains("Riikka Savolainen"), "{april_page}");
    assert!(april_page.contains("Myöhemmät katselut"), "{april_page}");
}

async fn revoked_and_expired_tokens_open_nothing(mut app: TestApp) {
    use server::services::api_tokens;
    use server::store::tokens::{self, TokenRole};
    let made = api_tokens::create(&app.state.db, TokenRole::Staff, "test", 30).await.unwrap();
    let matti = client_of(&app, "matti").await;
    let budget = format!("/api/v1/clients/{matti}/budget");
    assert_eq!(app.api("GET", &budget, Some(&made.token), None).await.status, StatusCode::OK);
    assert!(tokens::revoke(&app.state.db.pool, made.id, 0).await.unwrap());
    assert_eq!(app.api("GET", &budget, Some(&made.token), None).await.status, StatusCode::UNAUTHORIZED);
    assert!(!tokens::revoke(&app.state.db.pool, made.id, 0).await.unwrap(), "revoked once");

    let old = api_tokens::create(&app.state.db, TokenRole::Staff, "old", 1).await.unwrap();
    sqlx::query("UPDATE api_tokens SET expires_at = 1 WHERE id = $1")
        .bind(old.id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(app.api("GET", &budget, Some(&old.token), None).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_demo_never_opens_a_real_database_nor_a_real_server_a_demo() {
    use server::StartError;
    let folder = tempfile::tempdir().unwrap();
    let config = |demo: bool, name: &str| server::config::Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        database_url: format!("sqlite://{}/{name}.db", folder.path().display()),
        today: chrono::NaiveDate::from_ymd_opt(2018, 5, 10),
        demo,
        secure_cookies: true,
        session: Default::default(),
        identification: server::config::Identification::demo(),
        email: None,
        payer: Some(server::config::Payer::demo()),
    };
    let leptos =
        || leptos::config::LeptosOptions::builder().output_name("portal").site_root("target/site").build();

    let real = server::prepare(config(false, "real"), leptos()).await.expect("a real service starts");
    assert!(real.db.is_empty().await.unwrap(), "with no demo data");
    drop(real);
    let demo_on_real = server::prepare(config(true, "real"), leptos()).await;
    assert!(matches!(demo_on_real, Err(StartError::DemoOnRealDatabase)), "{:?}", demo_on_real.err());

    server::prepare(config(true, "demo"), leptos()).await.expect("the demo starts");
    let mut nobody = config(false, "nobody");
    nobody.identification = Default::default();
    let refused = server::prepare(nobody, leptos()).await;
    assert!(matches!(refused, Err(StartError::NobodyCanSignIn)), "no way to sign in: {:?}", refused.err());
    let real_on_demo = server::prepare(config(false, "demo"), leptos()).await;
    assert!(matches!(real_on_demo, Err(StartError::RealOnDemoDatabase)), "{:?}", real_on_demo.err());
}

#[tokio::test]
async fn the_demo_tokens_are_nobody_s_outside_demo_mode() {
    let mut app = TestApp::sqlite().await;
    let matti = client_of(&app, "matti").await;
    let budget = format!("/api/v1/clients/{matti}/budget");
    assert_eq!(app.api("GET", &budget, Some(DEMO_STAFF_TOKEN), None).await.status, StatusCode::OK);
    app.adjust_config(|config| config.demo = false);
    assert_eq!(app.api("GET", &budget, Some(DEMO_STAFF_TOKEN), None).await.status, StatusCode::UNAUTHORIZED);
}
