//! Strong identification as far as the portal alone decides it: what the sign-in page offers,
//! the keys it publishes, refusals that need no provider, and which account an identity code
//! or a staff member's user name is. The whole flow through a real OpenID provider is in
//! end2end/tests/identification.spec.ts.

use app::role::Role;
use axum::http::StatusCode;
use server::config::OidcProvider;
use server::identity::oidc::Identified;
use server::identity::{Door, Found};

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    a_production_sign_in_offers_one_identify_button_and_refuses_passwords,
    the_portal_publishes_its_public_keys_only,
    a_return_from_the_provider_that_no_sign_in_awaits_is_refused,
    an_unreachable_provider_gets_a_plain_sentence,
    an_identity_code_finds_its_own_account_and_staff_need_their_role,
    the_counsellor_lets_a_new_client_and_a_relative_sign_in_by_identity_code,
    a_back_channel_logout_that_does_not_hold_is_refused,
);

/// Suomi.fi at an address where nothing answers, with the portal's key in a folder of its own.
fn with_identification(app: &mut TestApp, passwords: bool) -> tempfile::TempDir {
    let keys = tempfile::tempdir().unwrap();
    std::fs::write(keys.path().join("portal.pem"), server::identity::keys::new_key_pem().unwrap()).unwrap();
    let dir = keys.path().to_path_buf();
    app.adjust_config(|config| {
        let id = &mut config.identification;
        id.passwords = passwords;
        id.public_url = Some("https://budjetti.example.fi".parse().unwrap());
        id.key_dir = Some(dir);
        id.citizens = Some(OidcProvider {
            issuer: "http://127.0.0.1:9".parse().unwrap(),
            client_id: "budjetti".to_string(),
            acr_values: vec!["http://ftn.ficora.fi/2017/loa2".to_string()],
            person_claim: "urn:oid:1.2.246.21".to_string(),
            role_claim: None,
        });
    });
    keys
}

async fn a_production_sign_in_offers_one_identify_button_and_refuses_passwords(mut app: TestApp) {
    let _keys = with_identification(&mut app, false);
    for (lang, easy, button) in [
        ("fi", "off", "Tunnistaudu"),
        ("fi", "on", "Tunnistaudu"),
        ("sv", "off", "Identifiera dig"),
        ("en", "on", "Identify yourself"),
    ] {
        app.post_form("/preferences", &[("lang", lang), ("easy_read", easy)]).await;
        let page = app.get("/sign-in").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(r#"<a href="/sign-in/identify" class="button">"#),
            "{lang}: {}",
            page.body
        );
        assert!(page.body.contains(&format!(">{button}</a>")), "{lang}: {}", page.text());
        assert!(!page.body.contains(r#"name="password""#), "no password form: {}", page.text());
        assert!(!page.body.contains("demo-accounts"), "no demo passwords to show");
        assert!(!page.body.contains("Kirjaudu työtunnuksilla"), "no staff door when none is configured");
        let policy = page.headers.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(
            policy.contains("form-action 'self' http://127.0.0.1:9;"),
            "sign-out may lead there: {policy}"
        );
    }
    let refused = app.post_form("/sign-in", &[("username", "matti"), ("password", "demo")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!app.get("/").await.text().contains("Matti Räsänen"), "not signed in");
}

async fn the_portal_publishes_its_public_keys_only(mut app: TestApp) {
    assert_eq!(
        app.get("/.well-known/jwks.json").await.status,
        StatusCode::NOT_FOUND,
        "none without a key folder"
    );
    let _keys = with_identification(&mut app, true);
    let answer = app.get("/.well-known/jwks.json").await;
    assert_eq!(answer.status, StatusCode::OK);
    let jwks: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    let key = &jwks["keys"][0];
    assert_eq!(
        (key["kty"].as_str(), key["alg"].as_str(), key["use"].as_str()),
        (Some("RSA"), Some("RS256"), Some("sig"))
    );
    assert!(key["n"].as_str().unwrap().len() > 300 && key["kid"].is_string());
    assert!(key.get("d").is_none() && key.get("p").is_none(), "no private part: {key}");
}

async fn a_return_from_the_provider_that_no_sign_in_awaits_is_refused(mut app: TestApp) {
    let _keys = with_identification(&mut app, true);
    let back = app.get("/sign-in/identified?code=stolen&state=guessed").await;
    assert_eq!((back.status, back.location()), (StatusCode::SEE_OTHER, "/sign-in"));
    let page = app.get("/sign-in").await.text();
    assert!(
        page.contains("Kirjautuminen kesti liian kauan, tai sama kirjautuminen oli jo käytetty."),
        "{page}"
    );
    assert!(!app.get("/").await.text().contains("Kirjautunut:"));
}

async fn an_unreachable_provider_gets_a_plain_sentence(mut app: TestApp) {
    let _keys = with_identification(&mut app, true);
    let went = app.get("/sign-in/identify?return_to=/decision").await;
    assert_eq!(went.status, StatusCode::SEE_OTHER);
    assert_eq!(went.location(), "/sign-in?return_to=/decision", "back, still going where they were");
    let page = app.get("/sign-in?return_to=/decision").await.text();
    assert!(page.contains("Tunnistautuminen ei toimi juuri nyt."), "{page}");
    assert_eq!(
        app.get("/sign-in/identify?door=staff").await.status,
        StatusCode::NOT_FOUND,
        "no staff door here"
    );
}

async fn an_identity_code_finds_its_own_account_and_staff_need_their_role(app: TestApp) {
    let identity = &app.state.identity;
    let who = |person: &str, claims: serde_json::Value| Identified {
        person: person.to_string(),
        claims: claims.as_object().unwrap().clone(),
        id_token: String::new(),
    };
    let account = |found: Found| match found {
        Found::Account(account) => account.username,
        other => panic!("no account: {other:?}"),
    };
    let db = &app.state.db;
    let citizen = |code: &str| who(code, serde_json::json!({}));
    assert_eq!(
        account(identity.account_of(db, Door::Citizens, &citizen("070448-9049")).await.unwrap()),
        "matti"
    );
    assert_eq!(
        account(identity.account_of(db, Door::Citizens, &citizen("101070-908v")).await.unwrap()),
        "sanna"
    );
    assert!(matches!(
        identity.account_of(db, Door::Citizens, &citizen("010101-9998")).await.unwrap(),
        Found::Unknown
    ));

    let staff = |name: &str, roles: serde_json::Value| who(name, serde_json::json!({ "roles": roles }));
    let riikka =
        identity.account_of(db, Door::Staff, &staff("riikka", serde_json::json!(["counsellor"]))).await;
    assert_eq!(account(riikka.unwrap()), "riikka");
    let wrong_role =
        identity.account_of(db, Door::Staff, &staff("riikka", serde_json::json!(["organiser"]))).await;
    assert!(matches!(wrong_role.unwrap(), Found::NoRole));
    let client_at_staff_door =
        identity.account_of(db, Door::Staff, &staff("matti", serde_json::json!(["client"]))).await;
    assert!(matches!(client_at_staff_door.unwrap(), Found::NoRole));
    let stranger =
        identity.account_of(db, Door::Staff, &staff("kaisa", serde_json::json!(["counsellor"]))).await;
    assert!(matches!(stranger.unwrap(), Found::NoRole));

    // The codes themselves are nowhere in the accounts, only their keyed hashes.
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT identity_hash FROM accounts WHERE identity_hash IS NOT NULL")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(stored.len(), 9, "seven clients, a relative and an experience expert");
    assert!(stored.iter().all(|h| h.len() == 64 && !h.contains('-')));
}

/// Which account an identity code opens at the citizens' door: its user name and role, or none.
async fn opens(app: &TestApp, code: &str) -> Option<(String, Role)> {
    let who = Identified { person: code.to_string(), claims: Default::default(), id_token: String::new() };
    match app.state.identity.account_of(&app.state.db, Door::Citizens, &who).await.unwrap() {
        Found::Account(account) => Some((account.display_name, account.role)),
        _ => None,
    }
}

async fn the_counsellor_lets_a_new_client_and_a_relative_sign_in_by_identity_code(mut app: TestApp) {
    let riikka = app.number("SELECT id FROM accounts WHERE username = 'riikka'").await;
    let kaisa: i64 = sqlx::query_scalar(
        "INSERT INTO clients (name, municipality, language, counsellor_account_id) \
         VALUES ('Kaisa Testinen', 'Joensuu', 'fi', $1) RETURNING id",
    )
    .bind(riikka)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let page = format!("/clients/{kaisa}/sign-in");
    let written = "SELECT (SELECT COUNT(*) FROM accounts) * 1000 + (SELECT COUNT(*) FROM identity_links)";
    let before = app.number(written).await;
    app.sign_in("riikka").await;
    assert!(
        app.get("/clients").await.text().contains("Miten Kaisa Testinen kirjautuu"),
        "My clients links it"
    );
    let first = app.get(&page).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.text().contains("Kaisa Testinen ei voi vielä kirjautua."), "{}", first.text());

    // A typing error, and Matti's code, come back beside the field with the code kept; nothing is written.
    for (typed, error) in [
        ("260577-912X", "Viimeinen merkki ei täsmää tunnuksen muihin merkkeihin: tarkista tunnus"),
        ("1310528", "Kirjoita henkilötunnus muodossa 131052-308T"),
        ("070448-9049", "Tällä henkilötunnuksella kirjautuu jo joku muu"),
    ] {
        let wrong = app.post_form(&page, &[("form", "client-sign-in"), ("identity-code", typed)]).await;
        assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, page.as_str()));
        let again = app.get(&page).await;
        assert_eq!(
            again.text().matches(error).count(),
            2,
            "in the summary and beside the field: {}",
            again.text()
        );
        assert!(again.body.contains(&format!("value=\"{typed}\"")), "the code typed is kept");
        assert_eq!(app.number(written).await, before, "nothing half-written");
    }
    assert_eq!(opens(&app, "260577-9123").await, None);

    let done = app.post_form(&page, &[("form", "client-sign-in"), ("identity-code", " 260577-9123 ")]).await;
    assert_eq!(done.location(), format!("{page}?done=client"));
    let text = app.get(done.location()).await.text();
    assert!(text.contains("Asiakas voi nyt kirjautua tunnistautumalla."), "{text}");
    assert!(text.contains("Kaisa Testinen voi kirjautua tunnistautumalla."), "{text}");
    assert!(!text.contains("260577-9123"), "{text}");
    assert_eq!(opens(&app, "260577-9123").await, Some(("Kaisa Testinen".to_string(), Role::Client)));
    let kaisas = format!("SELECT COUNT(*) FROM accounts WHERE client_id = {kaisa} AND role = 'client'");
    assert_eq!(app.number(&kaisas).await, 1);
    let in_details =
        format!("SELECT COUNT(*) FROM clients WHERE id = {kaisa} AND identity_code = '260577-9123'");
    assert_eq!(app.number(&in_details).await, 1, "the code goes into the details that had none");

    // Leena's account, not yet let in, and her details have her code: another right code is not hers.
    let leena = app.number("SELECT client_id FROM accounts WHERE username = 'leena'").await;
    sqlx::query("UPDATE accounts SET identity_hash = NULL WHERE username = 'leena'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let leenas_page = format!("/clients/{leena}/sign-in");
    let text = app.get(&leenas_page).await.text();
    assert!(text.contains("Leena Turunen ei voi vielä kirjautua."), "{text}");
    assert!(text.contains("Henkilötunnus asiakkaan tiedoissa: 250162-****."), "never shown whole: {text}");
    assert!(!text.contains("250162-9032"), "{text}");
    app.post_form(&leenas_page, &[("form", "client-sign-in"), ("identity-code", "150390-934E")]).await;
    let text = app.get(&leenas_page).await.text();
    assert_eq!(text.matches("Tämä ei ole asiakkaan tiedoissa oleva henkilötunnus").count(), 2, "{text}");
    assert_eq!(opens(&app, "250162-9032").await, None);
    app.post_form(&leenas_page, &[("form", "client-sign-in"), ("identity-code", "250162-9032")]).await;
    let text = app.get(&leenas_page).await.text();
    assert!(text.contains("Leena Turunen voi kirjautua tunnistautumalla."), "{text}");
    assert!(!text.contains("Asiakkaan henkilötunnus"), "no form for a client who signs in: {text}");
    assert_eq!(opens(&app, "250162-9032").await, Some(("Leena Turunen".to_string(), Role::Client)));
    let leenas = "SELECT COUNT(*) FROM accounts WHERE client_id = (SELECT client_id FROM accounts WHERE username = 'leena')";
    assert_eq!(app.number(leenas).await, 1, "her own account, no second one");

    // A relative: both errors at once, then the client's own code, then a new relative and Sanna.
    let relative = format!("/clients/{leena}/sign-in/relative");
    let before = app.number(written).await;
    app.post_form(&relative, &[("form", "relative-sign-in"), ("name", " "), ("relative-code", "")]).await;
    let text = app.get(&leenas_page).await.text();
    for error in ["Kirjoita omaisen nimi", "Kirjoita henkilötunnus"] {
        assert_eq!(text.matches(error).count(), 2, "{error}: {text}");
    }
    let own = [("form", "relative-sign-in"), ("name", "Leena Turunen"), ("relative-code", "250162-9032")];
    app.post_form(&relative, &own).await;
    let text = app.get(&leenas_page).await.text();
    assert_eq!(text.matches("Tämä on asiakkaan oma henkilötunnus").count(), 2, "{text}");
    assert_eq!(app.number(written).await, before, "nothing half-written");

    let pekka = [("form", "relative-sign-in"), ("name", "Pekka Turunen"), ("relative-code", "010101A923F")];
    let done = app.post_form(&relative, &pekka).await;
    assert_eq!(done.location(), format!("{leenas_page}?done=relative"));
    let text = app.get(done.location()).await.text();
    assert!(text.contains("Omainen voi nyt kirjautua tunnistautumalla."), "{text}");
    assert!(text.contains("Pekka Turunen"), "{text}");
    assert_eq!(opens(&app, "010101A923F").await, Some(("Pekka Turunen".to_string(), Role::Relative)));
    let sanna = [("form", "relative-sign-in"), ("name", "Sanna"), ("relative-code", "101070-908V")];
    app.post_form(&relative, &sanna).await;
    assert_eq!(app.number(written).await, before + 1000 + 2, "one new account, two links");
    assert!(app.get(&leenas_page).await.text().contains("Sanna Räsänen"), "Sanna keeps her account and name");
    let mandates = app.get(&format!("/clients/{leena}/mandates")).await.text();
    assert!(mandates.contains("Pekka Turunen"), "the new relative can be given a mandate: {mandates}");

    // Not Riikka's client: not found, logged, nothing written.
    let eeva = app.number("SELECT client_id FROM accounts WHERE username = 'eeva'").await;
    let refused = "SELECT COUNT(*) FROM access_refusals WHERE actor = 'Riikka Savolainen'";
    let refusals = app.number(refused).await;
    assert_eq!(app.get(&format!("/clients/{eeva}/sign-in")).await.status, StatusCode::NOT_FOUND);
    let theirs = [("form", "relative-sign-in"), ("name", "Olli"), ("relative-code", "260577-9123")];
    let answer = app.post_form(&format!("/clients/{eeva}/sign-in/relative"), &theirs).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(app.number(refused).await, refusals + 2);
    assert_eq!(app.number(written).await, before + 1002);

    // Leena sees who looked and who let whom sign in.
    app.forget_cookies();
    app.sign_in("leena").await;
    let done = app.get("/done-for-me").await.text();
    assert!(
        done.contains("Riikka Savolainen (palveluohjaaja) teki mahdolliseksi, että Pekka Turunen kirjautuu tunnistautumalla"),
        "{done}"
    );
    let looked = app.get("/who-looked").await.text();
    assert!(looked.contains("katsoi, miten sinä ja omaisesi kirjaudutte palveluun"), "{looked}");
}

async fn a_back_channel_logout_that_does_not_hold_is_refused(mut app: TestApp) {
    let _keys = with_identification(&mut app, true);
    let forged =
        "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjkiLCJzaWQiOiJzMSJ9.c2ln";
    for (body, why) in [(vec![], "no logout_token"), (vec![("logout_token", forged)], "from no provider")] {
        let answer = app.post_form("/sign-in/back-channel-logout", &body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{why}");
        let error: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(error["error"], "invalid_request");
        assert!(error["error_description"].as_str().unwrap().contains(why), "{error}");
    }
    assert_eq!(app.number("SELECT COUNT(*) FROM ended_provider_sessions").await, 0);
}
