//! Strong identification as far as the portal alone decides it: what the sign-in page offers,
//! the keys it publishes, refusals that need no provider, and which account an identity code
//! or a staff member's user name is. The whole flow through a real OpenID provider is in
//! end2end/tests/identification.spec.ts.

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
        ("fi", "0", "Tunnistaudu"),
        ("fi", "1", "Tunnistaudu"),
        ("sv", "0", "Identifiera dig"),
        ("en", "1", "Identify yourself"),
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
