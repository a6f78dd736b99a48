//! The support plan: Riikka writes Matti's plan with him, each save a new version he can read
//! with who wrote it and when; a wrong form comes back filled in; Sanna, who acts for Matti,
//! reads and comments it (the look in Matti's log, the comment on his "Done for me"), and with a
//! mandate only to look she reads it but may not comment. Aino's demo plan has two versions.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    a_plan_written_by_the_counsellor_is_read_by_the_client_with_its_versions,
    a_wrong_plan_comes_back_filled_in_and_nothing_is_saved,
    a_relative_who_acts_comments_and_one_who_only_looks_may_not,
    ainos_demo_plan_has_two_versions_and_her_comment
);

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

const FIRST: [(&str, &str); 5] = [
    ("what-matters", "Koti ja ystävät. Saan itse päättää asioistani."),
    ("goals", "Käyn uimassa kerran viikossa."),
    ("budget-use", "Henkilökohtainen apu uimahallille."),
    ("helpers", "Sanna ja avustaja."),
    ("next-meeting", "24.5.2018"),
];

async fn riikka_writes_mattis_plan(app: &mut TestApp, matti: i64) {
    app.sign_in("riikka").await;
    let form = app.get(&format!("/clients/{matti}/plan")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.text().contains("Suunnitelmaa ei ole vielä: tämä on ensimmäinen versio."),
        "{}",
        form.text()
    );
    let saved = app.post_form(&format!("/clients/{matti}/plan"), &FIRST).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), format!("/clients/{matti}/plan?saved"));
    // The form starts from what was saved; the second version changes the goals.
    let form = app.get(&format!("/clients/{matti}/plan?saved")).await.text();
    assert!(form.contains("Suunnitelma on tallennettu uutena versiona."), "{form}");
    assert!(form.contains("Käyn uimassa kerran viikossa."), "{form}");
    let mut second = FIRST;
    second[1] = ("goals", "Käyn uimassa kahdesti viikossa.");
    let saved = app.post_form(&format!("/clients/{matti}/plan"), &second).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    app.forget_cookies();
}

async fn a_plan_written_by_the_counsellor_is_read_by_the_client_with_its_versions(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    app.sign_in("matti").await;
    let none = app.get("/my-plan").await.text();
    assert!(none.contains("Tukisuunnitelmaa ei ole vielä tehty."), "{none}");
    app.forget_cookies();

    riikka_writes_mattis_plan(&mut app, matti).await;
    assert_eq!(app.number(&format!("SELECT COUNT(*) FROM support_plans WHERE client_id = {matti}")).await, 2);

    app.sign_in("matti").await;
    let page = app.get("/my-plan").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    for said in [
        "Sinun tukisuunnitelmasi",
        "Mikä minulle on tärkeää",
        "Koti ja ystävät. Saan itse päättää asioistani.",
        "Käyn uimassa kahdesti viikossa.",
        "Seuraava tapaaminen",
        "24.5.2018",
        "Riikka Savolainen (palveluohjaaja)",
        "Kaikki versiot",
    ] {
        assert!(text.contains(said), "{said}: {text}");
    }
    assert!(!text.contains("kerran viikossa"), "the newest version is shown: {text}");
    // The first version is still there to read, said to be an earlier one.
    let first = app.get("/my-plan?version=1").await.text();
    assert!(first.contains("Tämä on suunnitelman aiempi versio: versio 1"), "{first}");
    assert!(first.contains("Käyn uimassa kerran viikossa."), "{first}");
    // Both versions are on "Done for me", and the decision page links to the plan.
    let done = app.get("/done-for-me").await.text();
    assert!(done.contains("kirjoitti tukisuunnitelmasi kanssasi"), "{done}");
    assert!(done.contains("muutti tukisuunnitelmaasi"), "{done}");
    let decision = app.get("/decision").await;
    assert!(decision.body.contains("href=\"/my-plan\""), "{}", decision.text());
    // Riikka's looks at the form are in Matti's log; Matti's own looks are not.
    let log = app.get("/who-looked").await.text();
    assert!(log.contains("Riikka Savolainen (palveluohjaaja) katsoi tukisuunnitelmaasi"), "{log}");
}

async fn a_wrong_plan_comes_back_filled_in_and_nothing_is_saved(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    app.sign_in("riikka").await;
    let wrong = [("what-matters", "  "), ("goals", "Oma tavoite"), ("next-meeting", "9.5.2018")];
    let answer = app.post_form(&format!("/clients/{matti}/plan"), &wrong).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.location(), format!("/clients/{matti}/plan"));
    let page = app.get(&format!("/clients/{matti}/plan")).await;
    let text = page.text();
    assert!(text.contains("Kirjoita, mikä asiakkaalle on tärkeää"), "{text}");
    assert!(text.contains("Seuraava tapaaminen ei voi olla menneisyydessä"), "{text}");
    assert!(text.contains("Oma tavoite"), "what was typed comes back: {text}");
    assert!(page.body.contains("aria-invalid=\"true\""), "{}", page.body);
    let too_long = "a".repeat(app::plan::MAX_PART_CHARS + 1);
    app.post_form(&format!("/clients/{matti}/plan"), &[("what-matters", "Koti"), ("helpers", &too_long)])
        .await;
    let text = app.get(&format!("/clients/{matti}/plan")).await.text();
    assert!(text.contains("Tämä osa on liian pitkä: kirjoita enintään 3000 merkkiä"), "{text}");
    let mattis = format!("SELECT COUNT(*) FROM support_plans WHERE client_id = {matti}");
    assert_eq!(app.number(&mattis).await, 0, "nothing half-saved");
    // Another counsellor's client: not found, and nothing is written.
    let eeva = client(&app, "eeva").await;
    let answer = app.post_form(&format!("/clients/{eeva}/plan"), &FIRST).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(app.number(&format!("SELECT COUNT(*) FROM support_plans WHERE client_id = {eeva}")).await, 0);
}

async fn a_relative_who_acts_comments_and_one_who_only_looks_may_not(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    app.sign_in("sanna").await;
    let none = app.get("/my-plan").await.text();
    assert!(none.contains("Tukisuunnitelmaa ei ole vielä tehty."), "{none}");
    assert!(!none.contains("Sinun kommenttisi suunnitelmaan"), "nothing to comment on yet: {none}");
    app.forget_cookies();
    riikka_writes_mattis_plan(&mut app, matti).await;
    app.sign_in("sanna").await;
    let page = app.get("/my-plan").await.text();
    assert!(page.contains("Tukisuunnitelma: Matti Räsänen"), "{page}");
    assert!(page.contains("Sinun kommenttisi suunnitelmaan"), "Sanna may comment: {page}");
    // An empty comment comes back with its error; a real one is saved on the newest version.
    let empty = app.post_form("/my-plan/comments", &[("comment", "   ")]).await;
    assert_eq!(empty.location(), "/my-plan");
    assert!(app.get("/my-plan").await.text().contains("Kirjoita kommenttisi."));
    let sent = app.post_form("/my-plan/comments", &[("comment", "Matti haluaa uida myös kesällä.")]).await;
    assert_eq!(sent.location(), "/my-plan?commented#comments");
    let page = app.get("/my-plan?commented").await.text();
    assert!(page.contains("Kommenttisi on tallennettu."), "{page}");
    assert!(page.contains("Matti haluaa uida myös kesällä."), "{page}");
    assert!(page.contains("Sanna Räsänen (omainen)"), "{page}");
    let version: i64 =
        app.number(&format!("SELECT plan_version FROM plan_comments WHERE client_id = {matti}")).await;
    assert_eq!(version, 2);
    app.forget_cookies();

    // Matti sees who looked, and what Sanna did for him.
    app.sign_in("matti").await;
    let log = app.get("/who-looked").await.text();
    assert!(log.contains("Sanna Räsänen (omainen) katsoi tukisuunnitelmaasi"), "{log}");
    let done = app.get("/done-for-me").await.text();
    assert!(done.contains("kommentoi tukisuunnitelmaasi"), "{done}");
    app.forget_cookies();

    // With a mandate only to look, Sanna reads the plan but gets no form, and a post is refused.
    sqlx::query("UPDATE mandates SET can_act = 0 WHERE client_id = $1")
        .bind(matti)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    app.sign_in("sanna").await;
    let page = app.get("/my-plan").await.text();
    assert!(page.contains("Koti ja ystävät."), "{page}");
    assert!(!page.contains("Sinun kommenttisi suunnitelmaan"), "{page}");
    let refused = app.post_form("/my-plan/comments", &[("comment", "Toinen kommentti")]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(app.number(&format!("SELECT COUNT(*) FROM plan_comments WHERE client_id = {matti}")).await, 1);
}

async fn ainos_demo_plan_has_two_versions_and_her_comment(mut app: TestApp) {
    app.sign_in("aino").await;
    let text = app.get("/my-plan").await.text();
    for said in [
        "Oma koti ja oma rauha.",
        "aloitan kokkikurssin",
        "12.6.2018",
        "Versio 1: Riikka Savolainen (palveluohjaaja), 10.1.2018 kello 10.00",
        "Haluan lisätä tavoitteeksi, että opin käyttämään bussia yksin.",
    ] {
        assert!(text.contains(said), "{said}: {text}");
    }
}
