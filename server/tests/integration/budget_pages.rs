//! My budget, the statements and the decision, as a client and a relative see them, without
//! JavaScript: the numbers come with the page.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

/// Signs in and switches to a language with the header's buttons, as a person would.
async fn sign_in_speaking(app: &mut TestApp, username: &str, lang: &str) {
    app.sign_in(username).await;
    app.post_form("/preferences", &[("lang", lang), ("return_to", "/")]).await;
}

on_both_engines!(
    aino_sees_what_is_left_and_that_it_lasts,
    a_statement_adds_up_and_says_what_is_left,
    the_decision_page_lists_the_lines_and_the_total,
    a_relative_sees_the_budget_of_the_person_they_act_for,
    an_at_risk_budget_says_what_to_do,
    people_without_a_budget_get_no_budget_pages
);

async fn aino_sees_what_is_left_and_that_it_lasts(mut app: TestApp) {
    app.sign_in("aino").await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    // B10 as of 10.5.2018: 42770.97 - (2050.97 + 3500.15 + 3600.00 + 3700.00) = 29919.85.
    assert!(text.contains("Sinulla on jäljellä 29\u{a0}919,85\u{a0}€."), "{text}");
    assert!(text.contains("raha riittää budjetin loppuun 31.12.2018 asti"), "{text}");
    assert!(text.contains("42\u{a0}770,97\u{a0}€"), "the total: {text}");
    // Each line and the month table with links to the statements.
    assert!(text.contains("Henkilökohtainen apu"));
    assert!(page.body.contains("href=\"/statements/2018-04\""));
    assert!(!page.body.contains("href=\"/statements/2018-06\""), "no statement for a month still to come");
    assert!(page.body.contains("role=\"img\""), "the chart is an image described by its summary");
}

async fn a_statement_adds_up_and_says_what_is_left(mut app: TestApp) {
    sign_in_speaking(&mut app, "aino", "en").await;
    let page = app.get("/statements/2018-03").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Statement for March 2018"), "{text}");
    assert!(text.contains("€3,600.00"), "March charged 3600.00: {text}");
    // B13: left after March = 42770.97 - 9151.12.
    assert!(text.contains("After March 2018, €33,619.85 of the budget's €42,770.97 was left."), "{text}");
    assert_eq!(app.get("/statements/2018-13").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/statements/2017-03").await.status, StatusCode::NOT_FOUND);
}

async fn the_decision_page_lists_the_lines_and_the_total(mut app: TestApp) {
    sign_in_speaking(&mut app, "aino", "sv").await;
    let text = app.get("/decision").await.text();
    assert!(text.contains("Ditt beslut"), "{text}");
    assert!(text.contains("15.1.2018 – 31.12.2018"), "{text}");
    assert!(text.contains("21\u{a0}060,00\u{a0}€"), "the housing line: {text}");
    assert!(text.contains("40 timmar i månaden"), "{text}");
    assert!(text.contains("24,50\u{a0}€ per timme"), "{text}");
    // How to ask for a review comes with the decision, in Swedish and in easy-read.
    assert!(text.contains("Om du tycker att beslutet är fel"), "{text}");
    assert!(text.contains("Skicka den inom 30 dagar från att du fick beslutsbrevet."), "{text}");
    app.post_form("/preferences", &[("lang", "sv"), ("easy_read", "on")]).await;
    let easy = app.get("/decision").await.text();
    assert!(easy.contains("Tycker du att beslutet är fel?"), "{easy}");
    assert!(easy.contains("Gör det inom 30 dagar."), "{easy}");
}

async fn a_relative_sees_the_budget_of_the_person_they_act_for(mut app: TestApp) {
    sign_in_speaking(&mut app, "sanna", "en").await;
    let text = app.get("/").await.text();
    assert!(text.contains("You are acting for Matti"), "{text}");
    assert!(text.contains("Budget of Matti"), "{text}");
    assert!(text.contains(" is left."), "{text}");
}

async fn an_at_risk_budget_says_what_to_do(mut app: TestApp) {
    sign_in_speaking(&mut app, "veikko", "en").await;
    let text = app.get("/").await.text();
    assert!(text.contains("At this pace the money runs out before the budget ends"), "{text}");
    assert!(text.contains("What you can do: talk with your counsellor soon"), "{text}");
    app.forget_cookies();
    sign_in_speaking(&mut app, "leena", "en").await;
    let text = app.get("/").await.text();
    assert!(text.contains("More than 80% of the budget is used."), "leena's budget is nearly used: {text}");
    assert!(text.contains("Services waiting for review"), "{text}");
    assert!(
        text.contains("7 May 2018: Day activities, 12 days, Outokummun Toimintakeskus: €900.00"),
        "the held record in plain words: {text}"
    );
}

async fn people_without_a_budget_get_no_budget_pages(mut app: TestApp) {
    let welcome = app.get("/").await;
    assert!(
        welcome.body.contains("href=\"/glossary#experience-expert\"")
            && welcome.text().contains("Kuka on kokemusasiantuntija?"),
        "the word is explained where it first appears: {}",
        welcome.text()
    );
    let signed_out = app.get("/statements/2018-03").await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_out.location(), "/sign-in?return_to=/statements/2018-03");
    app.sign_in("kotipiha").await;
    assert_eq!(app.get("/statements/2018-03").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/decision").await.status, StatusCode::NOT_FOUND);
    let glossary = app.get("/glossary").await;
    assert_eq!(glossary.status, StatusCode::OK, "the glossary is for everyone");
    let explained = glossary.text();
    for term in ["Kokemusasiantuntija", "Valtuutus", "Irtisanomisaika", "Omavastuu"] {
        assert!(explained.contains(term), "{term} in the glossary: {explained}");
    }
}
