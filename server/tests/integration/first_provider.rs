//! The first provider of a service: once Helena accepts Sanna's proposal of personal assistance
//! for Matti from June, Sanna chooses who gives it; the agreement starts on 1 June, a provider
//! that cannot give it is refused, and Matti reads on "Done for me" what Sanna chose.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    sanna_chooses_the_provider_of_the_service_an_accepted_proposal_added,
    nothing_to_choose_says_so
);

async fn in_english(app: &mut TestApp, username: &str) {
    app.sign_in(username).await;
    app.post_form("/preferences", &[("lang", "en"), ("easy_read", "off")]).await;
}

async fn sanna_chooses_the_provider_of_the_service_an_accepted_proposal_added(mut app: TestApp) {
    let matti = app.number("SELECT client_id FROM accounts WHERE username = 'matti'").await;
    in_english(&mut app, "sanna").await;
    let page = app.get("/first-provider").await.text();
    assert!(page.contains("Every service in your decision has a provider."), "before the proposal: {page}");

    app.forget_cookies();
    app.sign_in("helena").await;
    let accepted = app
        .post_form(
            &format!("/clients/{matti}/proposal"),
            &[("answer", "accept"), ("reason", "Kesäksi avustaja.")],
        )
        .await;
    assert_eq!(accepted.location(), "/decisions?answered=accepted");

    app.forget_cookies();
    in_english(&mut app, "sanna").await;
    let page = app.get("/first-provider").await.text();
    assert!(page.contains("Choose a provider: Personal assistance"), "{page}");
    assert!(page.contains("The provider can start on 1 June 2018."), "{page}");

    // The providers: active, offering personal assistance, serving Kontiolahti.
    let expected: Vec<(i64, String)> = sqlx::query_as(
        "SELECT p.id, p.name FROM providers p JOIN provider_products o ON o.provider_id = p.id \
         JOIN provider_areas a ON a.provider_id = p.id WHERE o.product = 'personal-assistance' \
         AND a.municipality = 'Kontiolahti' AND p.active = 1 ORDER BY p.id",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert!(!expected.is_empty(), "the demo has providers of assistance in Kontiolahti");
    let list = app.get("/first-provider?product=personal-assistance").await;
    let text = list.text();
    assert!(text.contains("Personal assistance: who gives it to you?"), "{text}");
    for (id, name) in &expected {
        assert!(
            text.contains(name.as_str()) && list.body.contains(&format!("value=\"{id}\"")),
            "{name}: {text}"
        );
    }
    let shown = list.body.matches("name=\"provider\"").count();
    assert_eq!(shown, expected.len(), "only those: {text}");
    let none = app.get("/first-provider?product=personal-assistance&check=1").await.text();
    assert!(none.contains("Choose a provider from the list."), "{none}");

    // A provider that does not serve Kontiolahti is refused, and nothing is made.
    let elsewhere = app
        .number(
            "SELECT MIN(p.id) FROM providers p JOIN provider_products o ON o.provider_id = p.id \
         WHERE o.product = 'personal-assistance' AND p.id NOT IN \
         (SELECT provider_id FROM provider_areas WHERE municipality = 'Kontiolahti')",
        )
        .await;
    let agreements = format!("SELECT COUNT(*) FROM agreements WHERE client_id = {matti}");
    let before = app.number(&agreements).await;
    let refused = app
        .post_form(
            "/first-provider",
            &[("product", "personal-assistance"), ("provider", &elsewhere.to_string())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(app.get(refused.location()).await.text().contains("Choose a provider from the list."));
    assert_eq!(app.number(&agreements).await, before);

    let (id, name) = &expected[0];
    let confirm = app.get(&format!("/first-provider?product=personal-assistance&provider={id}")).await.text();
    assert!(
        confirm
            .contains(&format!("Personal assistance: {name} gives it to you from 1 June 2018. It costs €")),
        "{confirm}"
    );
    let chosen = app
        .post_form("/first-provider", &[("product", "personal-assistance"), ("provider", &id.to_string())])
        .await;
    let done = app.get(chosen.location()).await.text();
    assert!(
        done.contains(&format!("Done. Personal assistance: {name} gives it to you from 1 June 2018.")),
        "{done}"
    );
    assert!(done.contains("Every service in your decision has a provider."), "{done}");
    // The notice is read back from the client's own choice, never from the address.
    let choice = app.number("SELECT MAX(id) FROM provider_choices").await;
    assert_eq!(chosen.location(), format!("/first-provider?chosen={choice}"));
    let forged =
        app.get("/first-provider?chosen=personal-assistance&name=Huijari%20Oy&from=2018-06-01").await;
    assert!(!forged.text().contains("Huijari") && !forged.text().contains("Done."), "{}", forged.text());
    let unknown = app.get(&format!("/first-provider?chosen={}", choice + 1)).await.text();
    assert!(!unknown.contains("Done."), "{unknown}");
    let made: Vec<(i64, String, Option<String>)> = sqlx::query_as(&format!(
        "SELECT provider_id, start_date, end_date FROM agreements WHERE client_id = {matti} \
         AND product = 'personal-assistance'"
    ))
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(made, vec![(*id, "2018-06-01".to_string(), None)]);
    // Once is enough: the same choice again is refused.
    let again = app
        .post_form("/first-provider", &[("product", "personal-assistance"), ("provider", &id.to_string())])
        .await;
    assert!(app.get(again.location()).await.text().contains("This service already has a provider"));
    assert_eq!(app.number(&agreements).await, before + 1);

    app.forget_cookies();
    app.sign_in("matti").await;
    let done_for_me = app.get("/done-for-me").await.text();
    assert!(
        done_for_me.contains(&format!("valitsi palveluntuottajan. Henkilökohtainen apu: {name}")),
        "{done_for_me}"
    );
}

async fn nothing_to_choose_says_so(mut app: TestApp) {
    in_english(&mut app, "aino").await;
    let page = app.get("/first-provider?product=day-activities").await.text();
    assert!(page.contains("This service already has a provider, or it is not in your decision."), "{page}");
    let posted = app.post_form("/first-provider", &[("product", "day-activities"), ("provider", "1")]).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    assert_eq!(app.number("SELECT COUNT(*) FROM provider_choices").await, 0);
}
