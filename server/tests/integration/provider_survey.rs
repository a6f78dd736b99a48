//! Working with the organiser: Kotipiha answers the five questions for spring 2018; a missing
//! face and overlong words come back beside their questions with nothing stored; answering again
//! in the same half replaces the answer; only a provider has the page; the organiser reads the
//! averages of the six answers, computed by hand, on the page and in the API.

use axum::http::StatusCode;
use server::demo::DEMO_STAFF_TOKEN;

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(kotipiha_answers_and_the_organiser_reads_the_averages, only_a_provider_answers);

const QUESTIONS: [&str; 5] = ["working", "information", "reporting", "clients", "listening"];

async fn kotipiha_answers_and_the_organiser_reads_the_averages(mut app: TestApp) {
    let stored = "SELECT COUNT(*) FROM provider_survey_answers";
    assert_eq!(app.number(stored).await, 5, "the demo's five providers");

    // Before Kotipiha answers, the organiser's April shows the demo's five answers by hand:
    // working 20 / 5, information 18 / 5, reporting 14 / 5, clients 20 / 5, listening 19 / 5.
    let april = app.api("GET", "/api/v1/indicators/2018-04", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(april.status, StatusCode::OK);
    let averages = |json: &serde_json::Value| -> Vec<String> {
        json["providers"]["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["average"].as_str().unwrap_or("none").to_string())
            .collect()
    };
    assert_eq!(averages(&april.json), ["4.0", "3.6", "2.8", "4.0", "3.8"]);
    assert_eq!(april.json["providers"]["providers"], 5);
    assert_eq!(april.json["providers"]["words"].as_array().unwrap().len(), 2);

    app.sign_in("kotipiha").await;
    let page = app.get("/provider-survey").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = words(&page.text());
    assert!(text.contains("Miten yhteistyö järjestäjän kanssa sujuu?"), "{text}");
    assert!(text.contains("ajalla tammi–kesäkuu 2018"), "today, 10.5.2018, is in the first half: {text}");
    assert!(!text.contains("Vastasit"), "not answered yet: {text}");

    // Two faces left out and too many words: each error beside its question, the rest kept.
    let long = "x".repeat(2_001);
    let wrong = app
        .post_form(
            "/provider-survey",
            &[("working", "5"), ("information", "4"), ("clients", "3"), ("words", &long)],
        )
        .await;
    assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, "/provider-survey"));
    let again = app.get("/provider-survey").await;
    let text = again.text();
    assert_eq!(text.matches("Valitse yksi viidestä kasvosta.").count(), 4, "summary and beside two: {text}");
    assert_eq!(text.matches("Kirjoita enintään 2 000 merkkiä.").count(), 2, "{text}");
    assert!(again.body.contains(r#"name="working" value="5" checked"#), "kept: {}", again.body);
    assert!(again.body.contains(&long), "the words are kept");
    assert_eq!(app.number(stored).await, 5, "nothing stored");

    let answer = |scores: [&'static str; 5], said: &'static str| {
        let mut form: Vec<(&str, &str)> = QUESTIONS.into_iter().zip(scores).collect();
        form.push(("words", said));
        form
    };
    let saved = app.post_form("/provider-survey", &answer(["2", "2", "2", "2", "2"], "Soittakaa.")).await;
    assert_eq!(saved.location(), "/provider-survey?saved");
    let text = words(&app.get("/provider-survey?saved").await.text());
    assert!(text.contains("Kiitos. Vastauksesi on tallennettu."), "{text}");
    // The same half again: the answer is replaced, never a second one.
    let changed = app.post_form("/provider-survey", &answer(["5", "4", "3", "2", "1"], "")).await;
    assert_eq!(changed.location(), "/provider-survey?saved");
    let page = app.get("/provider-survey").await;
    let text = words(&page.text());
    assert!(text.contains("Vastasit 10.5.2018. Voit muuttaa vastauksiasi 30.6.2018 asti."), "{text}");
    assert!(page.body.contains(r#"name="listening" value="1" checked"#), "{}", page.body);
    assert_eq!(app.number(stored).await, 6, "one answer a provider a half");

    // Six answers: working 25 / 6 = 4.17, information 22 / 6 = 3.67, reporting 17 / 6 = 2.83,
    // clients 22 / 6 = 3.67, listening 20 / 6 = 3.33; Kotipiha's words were taken back.
    app.forget_cookies();
    app.sign_in("olli").await;
    let page = words(&app.get("/indicators?month=2018-04").await.text());
    assert!(page
        .contains("6 palveluntuottajaa vastasi yhteistyöstä järjestäjän kanssa ajalta tammi–kesäkuu 2018"));
    for (question, average) in [
        ("Miten yhteistyö järjestäjän kanssa sujuu?", "4,2 / 5"),
        ("Miten selkeää ja oikea-aikaista järjestäjältä saatu tieto on?", "3,7 / 5"),
        ("Miten helppoa palvelujen ilmoittaminen ja maksun saaminen on?", "2,8 / 5"),
        ("Miten hyvin asiakkaat tuntevat budjettinsa tullessaan palveluun?", "3,7 / 5"),
        ("Miten hyvin järjestäjä kuuntelee palveluntuottajien ideoita?", "3,3 / 5"),
    ] {
        assert!(page.contains(&format!("{question} {average}")), "{question}: {page}");
    }
    assert!(page.contains("Emme aina tiedä, milloin asiakkaan päätös muuttuu."), "{page}");
    assert!(!page.contains("Soittakaa."), "{page}");
    // July is the second half, which no one has answered for.
    let july = app.api("GET", "/api/v1/indicators/2018-07", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(july.json["providers"]["providers"], 0);
    assert_eq!(averages(&july.json), ["none"; 5]);
}

async fn only_a_provider_answers(mut app: TestApp) {
    let form: Vec<(&str, &str)> = QUESTIONS.into_iter().map(|q| (q, "3")).collect();
    for who in ["aino", "sanna", "riikka", "helena", "olli"] {
        app.sign_in(who).await;
        assert_eq!(app.get("/provider-survey").await.status, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(app.post_form("/provider-survey", &form).await.status, StatusCode::NOT_FOUND, "{who}");
        app.forget_cookies();
    }
    assert_eq!(app.number("SELECT COUNT(*) FROM provider_survey_answers").await, 5, "only the demo's");
    assert_eq!(app.get("/provider-survey").await.status, StatusCode::SEE_OTHER, "nobody signs in first");
}
