//! Using the budget flexibly: Aino proposes fewer days of day activities and more hours of
//! personal assistance from June, sees what it means by the rules before she sends it, and
//! Helena accepts it: the decision ends on 31 May and a new one runs from 1 June, every record
//! where it was. Sanna's proposal for Matti is refused with a reason they read; a proposal taken
//! back no longer waits; a month that has begun can no longer be accepted; wrong forms change
//! nothing.

use axum::http::StatusCode;
use chrono::NaiveDate;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    aino_moves_money_from_june_and_helena_accepts,
    sanna_proposes_for_matti_and_helena_refuses_with_a_reason,
    a_proposal_taken_back_no_longer_waits,
    a_month_that_has_begun_cannot_be_accepted,
    only_a_decision_maker_answers_and_only_while_a_proposal_waits
);

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

async fn in_english(app: &mut TestApp, username: &str) {
    app.sign_in(username).await;
    app.post_form("/preferences", &[("lang", "en"), ("easy_read", "off")]).await;
}

/// The client's decisions as stored: each period with its lines' product and units a month.
async fn decisions(app: &TestApp, client_id: i64) -> Vec<(String, String, String, Option<String>)> {
    sqlx::query_as(&format!(
        "SELECT d.valid_from, d.valid_to, l.product, l.units_per_month FROM decisions d \
         JOIN decision_lines l ON l.decision_id = d.id WHERE d.client_id = {client_id} ORDER BY d.valid_from, l.id"
    ))
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

const JUNE: [(&str, &str); 5] = [
    ("check", "1"),
    ("month", "2018-06"),
    ("day-activities-units", "8"),
    ("personal-assistance-units", "52"),
    ("one-to-one-care-units", ""),
];

fn query(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish()
}

async fn aino_moves_money_from_june_and_helena_accepts(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let before = decisions(&app, aino).await;
    let records = format!("SELECT COUNT(*) FROM service_records WHERE client_id = {aino}");
    let records_before = app.number(&records).await;
    in_english(&mut app, "aino").await;
    let plan = app.get("/my-plan").await.text();
    assert!(plan.contains("Using your budget differently") && plan.contains("Propose a change"), "{plan}");

    // The form starts from the decision: 12 days and 40 hours a month.
    let page = app.get("/my-plan/proposal").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("value=\"12\"") && page.body.contains("value=\"40\""), "{}", page.body);
    let text = page.text();
    assert!(text.contains("Day activities: days a month"), "{text}");
    assert!(text.contains("Now 40 hours a month, €24.50 an hour."), "{text}");

    // Wrong fields: each error in the summary and beside its field, nothing kept.
    let wrong = [
        ("check", "1"),
        ("month", "2018-05"),
        ("day-activities-units", "32"),
        ("personal-assistance-units", "40"),
    ];
    let text = app.get(&format!("/my-plan/proposal?{}", query(&wrong))).await.text();
    assert_eq!(text.matches("Write the days a month as a number from 0 to 31").count(), 2, "{text}");
    let wrong = [("check", "1"), ("month", "2018-05"), ("day-activities-units", "8")];
    let text = app.get(&format!("/my-plan/proposal?{}", query(&wrong))).await.text();
    assert_eq!(text.matches("Choose a month from the list.").count(), 2, "May has begun: {text}");

    // What it means, by B5: 900 -> 600 and 980 -> 1 274 in June; 13 160 -> 13 118 to December.
    let checked = app.get(&format!("/my-plan/proposal?{}", query(&JUNE))).await;
    let text = checked.text();
    for said in [
        "Day activities: from 12 days to 8 days a month, from €900.00 to €600.00.",
        "Personal assistance: from 40 hours to 52 hours a month, from €980.00 to €1,274.00.",
        "In June 2018 these services cost €1,880.00 now. With the change they cost €1,874.00.",
        "From 1 June 2018 to 31 December 2018 they cost €13,160.00 now, and €13,118.00 with the change.",
    ] {
        assert!(text.contains(said), "{said}: {text}");
    }
    assert_eq!(
        app.number("SELECT COUNT(*) FROM budget_proposals").await,
        1,
        "only the demo's: checking keeps nothing"
    );

    let why = "I want to go to the lake with my assistant in the summer.";
    let sent = app.post_form("/my-plan/proposal", &[&JUNE[1..], &[("why", why)][..]].concat()).await;
    assert_eq!(sent.location(), "/my-plan?proposal=sent#proposal");
    let plan = app.get("/my-plan?proposal=sent").await.text();
    assert!(plan.contains("Your proposal is sent."), "{plan}");
    assert!(plan.contains("It waits for the decision-maker's answer."), "{plan}");
    assert!(!plan.contains("Propose a change"), "one proposal waits at a time: {plan}");
    // Another one is refused while one waits, and nothing more is kept.
    app.post_form("/my-plan/proposal", &JUNE[1..]).await;
    let page = app.get("/my-plan/proposal").await.text();
    assert!(page.contains("You already have a proposal waiting for an answer."), "{page}");
    assert!(page.contains("Your proposal waits for an answer"), "{page}");
    assert_eq!(app.number("SELECT COUNT(*) FROM budget_proposals WHERE state = 'waiting'").await, 2);
    assert_eq!(decisions(&app, aino).await, before, "nothing decided by the client");

    // Helena's list: Matti's from the demo first, then Aino's.
    app.forget_cookies();
    in_english(&mut app, "helena").await;
    let list = app.get("/decisions").await.text();
    assert!(list.contains("2 proposals wait."), "{list}");
    assert!(list.find("Matti Räsänen").unwrap() < list.find("Aino Kettunen").unwrap(), "{list}");
    let form = format!("/clients/{aino}/proposal");
    let page = app.get(&form).await.text();
    assert!(page.contains(why) && page.contains("Accept: the decision changes from June 2018"), "{page}");

    // No choice and no reason: both said, nothing changes.
    app.post_form(&form, &[("reason", " ")]).await;
    let text = app.get(&form).await.text();
    assert_eq!(text.matches("Choose accept or refuse.").count(), 2, "{text}");
    assert_eq!(text.matches("Write your reason.").count(), 2, "{text}");
    assert_eq!(decisions(&app, aino).await, before);

    let reason =
        "The support plan says Aino wants to be out more in the summer. The total stays within the budget.";
    let answered = app.post_form(&form, &[("answer", "accept"), ("reason", reason)]).await;
    assert_eq!(answered.location(), "/decisions?answered=accepted");
    let list = app.get("/decisions?answered=accepted").await.text();
    assert!(list.contains("You accepted the proposal of Aino Kettunen."), "{list}");
    assert!(list.contains("One proposal waits."), "{list}");
    assert_eq!(app.get(&form).await.status, StatusCode::NOT_FOUND, "nothing more to answer for Aino");

    // The decision ends on 31 May; a new one runs from 1 June with the proposed lines.
    let after = decisions(&app, aino).await;
    let periods: Vec<(&str, &str, &str, Option<&str>)> =
        after.iter().map(|(f, t, p, u)| (f.as_str(), t.as_str(), p.as_str(), u.as_deref())).collect();
    assert_eq!(
        periods,
        vec![
            ("2018-01-15", "2018-05-31", "supported-housing", None),
            ("2018-01-15", "2018-05-31", "day-activities", Some("12")),
            ("2018-01-15", "2018-05-31", "personal-assistance", Some("40")),
            ("2018-06-01", "2018-12-31", "supported-housing", None),
            ("2018-06-01", "2018-12-31", "day-activities", Some("8")),
            ("2018-06-01", "2018-12-31", "personal-assistance", Some("52")),
        ]
    );
    // Totals by B5: 16 770.97 to May (was 42 770.97) and 25 958.00 from June; 42.00 less in all.
    let events: Vec<(i64, Option<i64>, Option<String>)> = sqlx::query_as(&format!(
        "SELECT total_cents, old_total_cents, grounds FROM decision_events WHERE client_id = {aino} ORDER BY id"
    ))
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let totals: Vec<(i64, Option<i64>)> = events.iter().map(|(t, o, _)| (*t, *o)).collect();
    assert_eq!(totals, vec![(4_277_097, None), (1_677_097, Some(4_277_097)), (2_595_800, None)]);
    assert!(events[1..].iter().all(|(_, _, g)| g.as_deref() == Some(reason)), "the reason is the grounds");
    assert_eq!(app.number(&records).await, records_before, "every record kept");
    let on_old = format!(
        "SELECT COUNT(*) FROM service_records r JOIN decisions d ON d.id = r.decision_id \
         WHERE r.client_id = {aino} AND d.valid_to = '2018-05-31'"
    );
    assert_eq!(app.number(&on_old).await, records_before, "charged where they were");

    // Aino reads the answer and its reason, and who read her proposal.
    app.forget_cookies();
    app.sign_in("aino").await;
    let plan = app.get("/my-plan").await.text();
    assert!(plan.contains("accepted it on") && plan.contains("The change starts in June 2018."), "{plan}");
    assert!(plan.contains(reason) && plan.contains("See your new decision"), "{plan}");
    let looked = app.get("/who-looked").await.text();
    assert!(looked.contains("read your proposal to use your budget differently"), "{looked}");
    // On 10 May her decision is the one to May, and says what follows it.
    let decision = app.get("/decision").await.text();
    assert!(
        decision.contains("15 January 2018 – 31 May 2018") && decision.contains("€16,770.97"),
        "{decision}"
    );
    assert!(
        decision.contains(
            "A new decision starts on 1 June 2018. It runs until 31 December 2018, €25,958.00 in all."
        ),
        "{decision}"
    );
}

async fn sanna_proposes_for_matti_and_helena_refuses_with_a_reason(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    let before = decisions(&app, matti).await;
    // The demo's: Sanna asked for ten hours of personal assistance a month from June.
    in_english(&mut app, "sanna").await;
    let page = app.get("/my-plan/proposal").await.text();
    assert!(page.contains("Sanna Räsänen sent it on 8 May 2018."), "{page}");
    assert!(
        page.contains("Personal assistance: from none to 10 hours a month, from €0.00 to €245.00."),
        "{page}"
    );

    app.forget_cookies();
    in_english(&mut app, "helena").await;
    let form = format!("/clients/{matti}/proposal");
    let page = app.get(&form).await.text();
    assert!(page.contains("Matti haluaa käydä kesällä uimassa"), "{page}");
    let reason =
        "Ask your counsellor to prepare this with a new assessment: assistance is a new service for Matti.";
    let refused = app.post_form(&form, &[("answer", "refuse"), ("reason", reason)]).await;
    assert_eq!(refused.location(), "/decisions?answered=refused");
    let list = app.get("/decisions?answered=refused").await.text();
    assert!(list.contains("You refused the proposal of Matti Räsänen."), "{list}");
    assert!(list.contains("No proposals wait."), "{list}");
    assert_eq!(decisions(&app, matti).await, before, "a refusal changes nothing");

    app.forget_cookies();
    app.sign_in("sanna").await;
    let plan = app.get("/my-plan").await.text();
    assert!(plan.contains("Helena Laine did not accept it on"), "{plan}");
    assert!(plan.contains(reason), "{plan}");
    assert!(plan.contains("Propose a change"), "Sanna may propose again: {plan}");

    // Matti reads on "Done for me" what Sanna and Helena did.
    app.forget_cookies();
    app.sign_in("matti").await;
    let done = app.get("/done-for-me").await.text();
    for said in [
        "ehdotti budjettisi käyttöä toisin (ensimmäinen kuukausi: kesäkuu 2018)",
        "ei hyväksynyt ehdotusta budjettisi käytöstä toisin (ensimmäinen kuukausi: kesäkuu 2018)",
    ] {
        assert!(done.contains(said), "{said}: {done}");
    }
}

async fn a_proposal_taken_back_no_longer_waits(mut app: TestApp) {
    in_english(&mut app, "aino").await;
    app.post_form("/my-plan/proposal", &JUNE[1..]).await;
    let waiting = "SELECT COUNT(*) FROM budget_proposals WHERE state = 'waiting'";
    assert_eq!(app.number(waiting).await, 2);
    let back = app.post_form("/my-plan/proposal/withdraw", &[]).await;
    assert_eq!(back.location(), "/my-plan?proposal=withdrawn#proposal");
    let plan = app.get("/my-plan?proposal=withdrawn").await.text();
    assert!(
        plan.contains("Your proposal is taken back.") && plan.contains("Aino Kettunen took it back on"),
        "{plan}"
    );
    assert_eq!(app.number(waiting).await, 1, "Matti's from the demo");
    // Helena's link to it is gone.
    let aino = client(&app, "aino").await;
    app.forget_cookies();
    app.sign_in("helena").await;
    assert_eq!(app.get(&format!("/clients/{aino}/proposal")).await.status, StatusCode::NOT_FOUND);
}

async fn a_month_that_has_begun_cannot_be_accepted(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    let before = decisions(&app, matti).await;
    app.set_today(NaiveDate::from_ymd_opt(2018, 6, 2).unwrap());
    in_english(&mut app, "helena").await;
    let form = format!("/clients/{matti}/proposal");
    app.post_form(&form, &[("answer", "accept"), ("reason", "Fine.")]).await;
    let text = app.get(&form).await.text();
    assert!(text.contains("The month of the change has begun, so it cannot be accepted any more."), "{text}");
    assert_eq!(decisions(&app, matti).await, before);
    assert_eq!(app.number("SELECT COUNT(*) FROM budget_proposals WHERE state = 'waiting'").await, 1);
}

async fn only_a_decision_maker_answers_and_only_while_a_proposal_waits(mut app: TestApp) {
    let (matti, aino) = (client(&app, "matti").await, client(&app, "aino").await);
    let refusals = "SELECT COUNT(*) FROM access_refusals";
    for username in ["matti", "sanna", "riikka", "olli"] {
        app.forget_cookies();
        app.sign_in(username).await;
        let before = app.number(refusals).await;
        let page = app.get(&format!("/clients/{matti}/proposal")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{username}");
        let post = app
            .post_form(&format!("/clients/{matti}/proposal"), &[("answer", "accept"), ("reason", "x")])
            .await;
        assert_eq!(post.status, StatusCode::NOT_FOUND, "{username}");
        assert_eq!(app.number(refusals).await, before + 2, "{username}'s asking is logged");
    }
    app.forget_cookies();
    app.sign_in("helena").await;
    assert_eq!(
        app.get(&format!("/clients/{aino}/proposal")).await.status,
        StatusCode::NOT_FOUND,
        "none waits"
    );
    assert_eq!(app.number("SELECT COUNT(*) FROM budget_proposals WHERE state = 'waiting'").await, 1);
}
