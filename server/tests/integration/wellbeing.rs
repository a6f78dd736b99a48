//! "How am I doing?": Matti answers the ten questions one per page (a question without a face
//! comes back with its error), nothing is stored until the last step, and he decides whether
//! Riikka sees the answers; Sanna answers for him but cannot change who sees them; the demo's
//! Aino and Leena have two checks each, and Riikka sees only Aino's.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    a_check_is_answered_one_question_at_a_time_and_saved_only_at_the_end,
    only_the_client_decides_whether_the_counsellor_sees_the_answers,
    the_demo_checks_of_aino_and_leena_and_what_riikka_sees
);

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

async fn checks_of(app: &TestApp, client_id: i64) -> i64 {
    app.number(&format!("SELECT COUNT(*) FROM self_checks WHERE client_id = {client_id}")).await
}

/// Answers every question with `score`, checking that each step leads to the next.
async fn answer_all(app: &mut TestApp, score: &str) {
    for n in 1..=10 {
        let page = app.get(&format!("/how-am-i-doing/{n}")).await;
        assert_eq!(page.status, StatusCode::OK, "question {n}");
        assert!(page.text().contains(&format!("Kysymys {n}/10")), "{}", page.text());
        let sent = app.post_form(&format!("/how-am-i-doing/{n}"), &[("score", score)]).await;
        let next =
            if n == 10 { "/how-am-i-doing/share".to_string() } else { format!("/how-am-i-doing/{}", n + 1) };
        assert_eq!(sent.location(), next);
    }
}

async fn a_check_is_answered_one_question_at_a_time_and_saved_only_at_the_end(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    app.sign_in("matti").await;
    let start = app.get("/how-am-i-doing").await.text();
    assert!(start.contains("Et ole vielä vastannut."), "{start}");
    // Matti's budget began on 1.1.2018 and he has not answered: the check is due at the start.
    assert!(start.contains("Seuraavan kerran vastaat"), "{start}");

    // A question sent without a face comes back with its error, and the first question's page
    // says what it asks.
    let first = app.get("/how-am-i-doing/1").await.text();
    assert!(first.contains("Miten pärjäät kotona arjen asioissa"), "{first}");
    let sent = app.post_form("/how-am-i-doing/1", &[]).await;
    assert_eq!(sent.location(), "/how-am-i-doing/1");
    let again = app.get("/how-am-i-doing/1").await;
    assert!(again.text().contains("Valitse yksi kasvoista"), "{}", again.text());
    assert!(again.body.contains("field--error"), "{}", again.body);

    // The last step cannot be reached or sent with a question unanswered.
    app.post_form("/how-am-i-doing/1", &[("score", "2")]).await;
    let early = app.get("/how-am-i-doing/share").await;
    assert_eq!(early.location(), "/how-am-i-doing/2");
    let early = app.post_form("/how-am-i-doing/share", &[("share", "yes")]).await;
    assert_eq!(early.location(), "/how-am-i-doing/2");
    assert_eq!(checks_of(&app, matti).await, 0, "nothing is stored before the end");

    answer_all(&mut app, "4").await;
    // Coming back to a question shows the face chosen.
    let back = app.get("/how-am-i-doing/3").await;
    assert!(back.body.contains("value=\"4\" checked"), "{}", back.body);
    let share = app.get("/how-am-i-doing/share").await.text();
    assert!(share.contains("Saako palveluohjaaja nähdä vastauksesi?"), "{share}");
    let saved = app.post_form("/how-am-i-doing/share", &[("share", "no")]).await;
    assert_eq!(saved.location(), "/how-am-i-doing?done=saved");
    assert_eq!(checks_of(&app, matti).await, 1);
    let answers = format!(
        "SELECT COUNT(*) FROM self_check_answers a JOIN self_checks c ON c.id = a.check_id \
         WHERE c.client_id = {matti} AND a.score = 4"
    );
    assert_eq!(app.number(&answers).await, 10);

    let page = app.get("/how-am-i-doing?done=saved").await.text();
    for said in [
        "Kiitos. Vastauksesi on tallennettu.",
        "Vastaustesi keskiarvo oli 4,0 / 5 (kasvot: Hyvä).",
        "Arjen asiat kotona",
        "Hyvä (4)",
        "Palveluohjaaja ei näe niitä.",
        // Six months after today's check (10.5.2018), within the budget.
        "Seuraavan kerran vastaat 10.11.2018.",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    // The session forgot the answers: a new check starts empty.
    let fresh = app.get("/how-am-i-doing/1").await;
    assert!(!fresh.body.contains("checked"), "{}", fresh.body);
}

async fn only_the_client_decides_whether_the_counsellor_sees_the_answers(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    // Sanna, who acts for Matti, answers for him; the choice of who sees stays his.
    app.sign_in("sanna").await;
    answer_all(&mut app, "3").await;
    let share = app.get("/how-am-i-doing/share").await.text();
    assert!(share.contains("Asiakas ei ole antanut palveluohjaajan nähdä vastauksia."), "{share}");
    app.post_form("/how-am-i-doing/share", &[("share", "yes")]).await;
    assert_eq!(checks_of(&app, matti).await, 1);
    let refused = app.post_form("/how-am-i-doing/sharing", &[("share", "yes")]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    app.forget_cookies();

    app.sign_in("riikka").await;
    let hidden = app.get(&format!("/clients/{matti}/wellbeing")).await.text();
    assert!(hidden.contains("ei ole antanut sinun nähdä vastauksiaan"), "{hidden}");
    assert!(!hidden.contains("Ihan hyvä (3)"), "{hidden}");
    app.forget_cookies();

    // Matti sees what Sanna did, and lets Riikka see.
    app.sign_in("matti").await;
    let done = app.get("/done-for-me").await.text();
    assert!(done.contains("vastasi puolestasi kysymyksiin \"Miten minulla menee?\""), "{done}");
    let page = app.get("/how-am-i-doing").await.text();
    assert!(page.contains("Sanna Räsänen"), "who answered is in the table: {page}");
    let shared = app.post_form("/how-am-i-doing/sharing", &[("share", "yes")]).await;
    assert_eq!(shared.location(), "/how-am-i-doing?done=shared");
    app.forget_cookies();

    app.sign_in("riikka").await;
    let seen = app.get(&format!("/clients/{matti}/wellbeing")).await.text();
    assert!(seen.contains("Ihan hyvä (3)"), "{seen}");
    app.forget_cookies();
    app.sign_in("matti").await;
    let log = app.get("/who-looked").await.text();
    assert!(log.contains("Riikka Savolainen (palveluohjaaja) katsoi vastauksiasi kysymyksiin"), "{log}");
}

async fn the_demo_checks_of_aino_and_leena_and_what_riikka_sees(mut app: TestApp) {
    let (aino, leena) = (client(&app, "aino").await, client(&app, "leena").await);
    assert_eq!((checks_of(&app, aino).await, checks_of(&app, leena).await), (2, 2));
    app.sign_in("aino").await;
    let page = app.get("/how-am-i-doing").await.text();
    for said in [
        "16.1.2018",
        "20.4.2018",
        "Vastaustesi keskiarvo oli 3,9 / 5 (kasvot: Hyvä).",
        "Olet antanut myös palveluohjaajan nähdä ne.",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    app.forget_cookies();
    app.sign_in("riikka").await;
    let seen = app.get(&format!("/clients/{aino}/wellbeing")).await.text();
    assert!(seen.contains("16.1.2018") && seen.contains("Huono (2)"), "{seen}");
    let hidden = app.get(&format!("/clients/{leena}/wellbeing")).await.text();
    assert!(!hidden.contains("22.1.2018"), "{hidden}");
}
