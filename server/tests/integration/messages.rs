//! Messages (issue 23): a change of provider tells the client and both providers, once; a
//! mandate tells the client and the relative; a held record and the counsellor's word on it tell
//! the client; the inbox marks what was new and the header says how many are unread; Aino writes
//! to Riikka, a wrong message comes back beside its field, Riikka sees it waiting and answers.
//! Nobody else reads the conversation, and every look by someone else is in the client's log.

use axum::http::StatusCode;
use serde_json::json;
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(
    a_change_of_provider_tells_the_client_and_both_providers_once,
    aino_asks_riikka_and_reads_the_answer,
    only_the_clients_side_and_their_counsellor_read_the_conversation,
    a_mandate_a_held_record_and_decisions_tell_the_people_they_concern,
    the_budget_tells_at_80_percent_when_at_risk_and_when_used_up_once_each,
    the_days_reminders_tell_once_of_a_mandate_ending_a_contact_coming_and_a_change_starting,
    a_new_feedback_invitation_tells_the_client_unless_one_waits_unread
);

/// How many messages of `kind` the sign-in `username` has.
async fn messages_of(app: &TestApp, username: &str, kind: &str) -> i64 {
    app.number(&format!(
        "SELECT COUNT(*) FROM messages m JOIN accounts a ON a.id = m.account_id \
             WHERE a.username = '{username}' AND m.kind = '{kind}'"
    ))
    .await
}

async fn unread(app: &TestApp, username: &str) -> i64 {
    app.number(&format!(
        "SELECT COUNT(*) FROM messages m JOIN accounts a ON a.id = m.account_id \
             WHERE a.username = '{username}' AND m.read_at IS NULL"
    ))
    .await
}

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

/// Aino's day activities at Kotipiha Oy (the agreement), and Taidetalo Tuike, a provider to move
/// them to.
async fn ainos_day_activities_and_tuike(app: &TestApp, aino: i64) -> (i64, i64) {
    let agreement = app.number(&format!(
            "SELECT a.id FROM agreements a JOIN providers p ON p.id = a.provider_id WHERE a.client_id = {aino} \
             AND p.name = 'Kotipiha Oy' AND a.product = 'day-activities'"
        ),
    )
    .await;
    (agreement, app.number("SELECT id FROM providers WHERE name = 'Taidetalo Tuike'").await)
}

async fn a_change_of_provider_tells_the_client_and_both_providers_once(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let (agreement, tuike) = ainos_day_activities_and_tuike(&app, aino).await;
    // Tuike's staff get a sign-in, so that the provider the client comes to has someone to tell.
    sqlx::query(
        "INSERT INTO accounts (username, display_name, role, password_hash, provider_id) \
         SELECT 'tuike', 'Taidetalo Tuike', 'provider', password_hash, $1 FROM accounts WHERE username = 'kotipiha'",
    )
    .bind(tuike)
    .execute(&app.state.db.pool)
    .await
    .unwrap();

    let body = json!({"agreement_id": agreement, "new_provider_id": tuike});
    let path = format!("/api/v1/clients/{aino}/provider-changes");
    // A double click: three requests with one key make one change, and one message each.
    let answers = app.api_at_once(3, &path, DEMO_STAFF_TOKEN, body, &[("idempotency-key", "m-1")]).await;
    let made = answers.into_iter().find(|a| a.status == StatusCode::CREATED).expect("one change made");
    assert_eq!(messages_of(&app, "aino", "change-made").await, 1, "one message, however often it is asked");
    assert_eq!(messages_of(&app, "kotipiha", "client-leaving").await, 1);
    assert_eq!(messages_of(&app, "tuike", "client-coming").await, 1);
    assert_eq!(messages_of(&app, "sanna", "change-made").await, 0, "Sanna has no mandate for Aino");

    // Aino had two unread messages from the demo (Riikka's answer, a feedback invitation); now
    // three, said in the header.
    app.sign_in("aino").await;
    let home = words(&app.get("/").await.text());
    assert!(home.contains("3 uutta viestiä"), "{home}");
    let inbox = app.get("/messages").await;
    assert_eq!(inbox.status, StatusCode::OK);
    let text = words(&inbox.text());
    assert!(
        text.contains(
            "Palveluntuottaja vaihtuu. Päivätoiminta: Kotipiha Oy 10.6.2018 asti, sitten Taidetalo Tuike 11.6.2018 alkaen."
        ),
        "{text}"
    );
    assert!(text.contains("Palveluohjaaja Riikka Savolainen vastasi."), "{text}");
    assert_eq!(text.matches("Uusi ").count(), 3, "all three marked new on this look: {text}");
    let change_id = made.json["id"].as_i64().unwrap();
    assert!(inbox.body.contains(&format!("href=\"/my-changes/{change_id}\"")), "links to the change");
    // The change is first: the newest first.
    assert!(text.find("Palveluntuottaja vaihtuu").unwrap() < text.find("Riikka Savolainen vastasi").unwrap());
    assert_eq!(unread(&app, "aino").await, 0, "read once shown");
    let later = words(&app.get("/messages").await.text());
    assert!(!later.contains("Uusi "), "nothing new on the next look: {later}");
    assert!(!later.contains("uutta viestiä"), "{later}");

    app.sign_in("kotipiha").await;
    let text = words(&app.get("/messages").await.text());
    assert!(
        text.contains(
            "Aino Kettunen vaihtaa palveluntuottajaa. Päivätoiminta: viimeinen päivänne on 10.6.2018."
        ),
        "{text}"
    );

    // Cancelled: all three hear that nothing changes.
    let cancel = format!("/api/v1/clients/{aino}/provider-changes/{change_id}/cancel");
    let cancelled = app.api("POST", &cancel, Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.json);
    assert_eq!(messages_of(&app, "aino", "change-cancelled").await, 1);
    assert_eq!(messages_of(&app, "kotipiha", "client-stays").await, 1);
    assert_eq!(messages_of(&app, "tuike", "client-not-coming").await, 1);
    let text = words(&app.get("/messages").await.text());
    assert!(
        text.contains("Aino Kettunen perui palveluntuottajan vaihdon ja jatkaa teillä. Päivätoiminta."),
        "{text}"
    );

    // Aino gives notice to leave (B17: the last day a month on): she hears it, and Kotipiha for
    // each of its services to her; giving notice again tells nobody twice.
    let leave = format!("/api/v1/clients/{aino}/leave");
    assert_eq!(app.api("POST", &leave, Some(DEMO_STAFF_TOKEN), None).await.status, StatusCode::CREATED);
    assert_eq!(app.api("POST", &leave, Some(DEMO_STAFF_TOKEN), None).await.status, StatusCode::OK);
    assert_eq!(messages_of(&app, "aino", "leave-given").await, 1);
    let services = app.number(&format!(
            "SELECT COUNT(*) FROM agreements a JOIN providers p ON p.id = a.provider_id WHERE a.client_id = {aino} \
             AND p.name = 'Kotipiha Oy' AND (a.end_date IS NULL OR a.end_date >= '2018-05-10')"
        ),
    )
    .await;
    assert!(services >= 1);
    assert_eq!(messages_of(&app, "kotipiha", "client-leaves-budget").await, services);
    let text = words(&app.get("/messages").await.text());
    assert!(
        text.contains("Aino Kettunen luopuu henkilökohtaisesta budjetista. Päivätoiminta: viimeinen päivänne on 10.6.2018."),
        "{text}"
    );
    app.sign_in("aino").await;
    let text = words(&app.get("/messages").await.text());
    assert!(
        text.contains("Henkilökohtaisesta budjetista luovutaan. Viimeinen päivä on 10.6.2018."),
        "{text}"
    );
}

async fn aino_asks_riikka_and_reads_the_answer(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let stored = "SELECT COUNT(*) FROM guidance_messages";
    assert_eq!(app.number(stored).await, 3, "the demo's conversations");
    app.sign_in("aino").await;
    let page = app.get("/ask-counsellor").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = words(&page.text());
    assert!(text.contains("Palveluohjaajasi on Riikka Savolainen."), "{text}");
    assert!(page.body.contains("href=\"tel:0133301234\""), "the phone can be called with one press");
    assert!(text.contains("Voinko käyttää henkilökohtaista apua myös kesämökillä heinäkuussa?"), "{text}");
    assert!(text.contains("Voit. Avustaja voi tulla mukaan mökille."), "{text}");

    // Nothing chosen and nothing written: both errors beside their fields, nothing stored.
    let wrong = app.post_form("/ask-counsellor", &[("form", "ask"), ("body", "  ")]).await;
    assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, "/ask-counsellor"));
    let text = words(&app.get("/ask-counsellor").await.text());
    assert_eq!(text.matches("Valitse, mitä asiasi koskee").count(), 2, "summary and beside: {text}");
    assert_eq!(text.matches("Kirjoita viestisi").count(), 2, "{text}");
    assert_eq!(app.number(stored).await, 3);
    // Too long: the words come back as they were.
    let long = "ä".repeat(2_001);
    app.post_form("/ask-counsellor", &[("topic", "question"), ("body", &long)]).await;
    let back = app.get("/ask-counsellor").await;
    assert!(back.body.contains(&long), "the words are kept");
    assert!(back.body.contains(r#"value="question" checked"#), "the choice is kept");
    assert!(words(&back.text()).contains("Kirjoita enintään 2000 merkkiä."), "{}", back.text());
    assert_eq!(app.number(stored).await, 3);

    let sent = app
        .post_form("/ask-counsellor", &[("topic", "call-me"), ("body", "Olen kotona iltapäivisin.")])
        .await;
    assert_eq!(sent.location(), "/ask-counsellor?sent#sent");
    let text = words(&app.get("/ask-counsellor?sent").await.text());
    assert!(text.contains("Viestisi lähti: Riikka Savolainen."), "{text}");
    assert!(text.contains("Soittakaa minulle Olen kotona iltapäivisin."), "{text}");

    app.sign_in("riikka").await;
    let clients = words(&app.get("/clients").await.text());
    assert_eq!(clients.matches("Viesti odottaa vastaustasi").count(), 2, "Aino's and Matti's: {clients}");
    let inbox = words(&app.get("/messages").await.text());
    assert!(inbox.contains("Aino Kettunen kirjoitti sinulle: pyytää soittamaan."), "{inbox}");
    assert!(inbox.contains("Matti Räsänen kirjoitti sinulle: avun tarve on muuttunut."), "{inbox}");
    let path = format!("/clients/{aino}/messages");
    let thread = words(&app.get(&path).await.text());
    assert!(thread.contains("Olen kotona iltapäivisin."), "{thread}");
    let empty = app.post_form(&path, &[("body", "")]).await;
    assert_eq!(empty.location(), path);
    assert_eq!(words(&app.get(&path).await.text()).matches("Kirjoita viestisi").count(), 2);
    let answered = app.post_form(&path, &[("body", "Soitan sinulle huomenna kello 14.")]).await;
    assert_eq!(answered.location(), format!("{path}?sent#sent"));
    assert_eq!(app.number(stored).await, 5);
    let clients = words(&app.get("/clients").await.text());
    assert_eq!(clients.matches("Viesti odottaa vastaustasi").count(), 1, "only Matti's now: {clients}");
    let logged = app
        .number(&format!(
            "SELECT COUNT(*) FROM access_log WHERE client_id = {aino} AND actor = 'Riikka Savolainen' \
             AND what = 'messages'"
        ))
        .await;
    assert_eq!(logged, 2, "each of Riikka's two looks at the conversation is in Aino's log");

    app.sign_in("aino").await;
    let home = words(&app.get("/").await.text());
    assert!(
        home.contains("3 uutta viestiä"),
        "the demo's answer and feedback invitation, and this one: {home}"
    );
    let text = words(&app.get("/ask-counsellor").await.text());
    assert!(text.contains("Soitan sinulle huomenna kello 14."), "{text}");
    let looked = words(&app.get("/who-looked").await.text());
    assert!(looked.contains("luki viestejä, jotka koskevat sinua"), "{looked}");
}

async fn only_the_clients_side_and_their_counsellor_read_the_conversation(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let refusals = "SELECT COUNT(*) FROM access_refusals";
    // Veikko sees his own conversation (empty), never Aino's.
    app.sign_in("veikko").await;
    let text = words(&app.get("/ask-counsellor").await.text());
    assert!(text.contains("Ei vielä viestejä."), "{text}");
    assert!(!text.contains("kesämökillä"), "{text}");
    // Sanna acts for Matti and reads what she wrote for him.
    app.sign_in("sanna").await;
    let text = words(&app.get("/ask-counsellor").await.text());
    assert!(text.contains("Kirjoita palveluohjaajalle: Matti Räsänen"), "{text}");
    assert!(text.contains("Matti tarvitsee kesällä enemmän apua"), "{text}");
    // Eeva's counsellor is not named in the portal: the page says whom to call, a post stores nothing.
    app.sign_in("eeva").await;
    let page = words(&app.get("/ask-counsellor").await.text());
    assert!(page.contains("Numero on päätöskirjeessäsi."), "{page}");
    app.post_form("/ask-counsellor", &[("topic", "question"), ("body", "Hei")]).await;
    assert_eq!(app.number("SELECT COUNT(*) FROM guidance_messages").await, 3);

    // A provider has no conversation and cannot open a client's.
    app.sign_in("kotipiha").await;
    assert_eq!(app.get("/ask-counsellor").await.status, StatusCode::NOT_FOUND);
    let before = app.number(refusals).await;
    assert_eq!(app.get(&format!("/clients/{aino}/messages")).await.status, StatusCode::NOT_FOUND);
    let answer = app.post_form(&format!("/clients/{aino}/messages"), &[("body", "Hei")]).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(app.number(refusals).await, before + 2, "both askings are logged as refused");
    assert_eq!(app.number("SELECT COUNT(*) FROM guidance_messages").await, 3);

    // Nobody signed in goes to sign in, and a post stores nothing.
    app.forget_cookies();
    let page = app.get("/messages").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(page.location().starts_with("/sign-in"), "{}", page.location());
    app.post_form("/ask-counsellor", &[("topic", "question"), ("body", "Hei")]).await;
    assert_eq!(app.number("SELECT COUNT(*) FROM guidance_messages").await, 3);
}

async fn a_mandate_a_held_record_and_decisions_tell_the_people_they_concern(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let leena = client(&app, "leena").await;
    let sanna = app.number("SELECT id FROM accounts WHERE username = 'sanna'").await;

    // The demo's held record of Leena's told her when it was reported.
    assert_eq!(messages_of(&app, "leena", "record-held").await, 1);
    app.sign_in("riikka").await;
    let mandates = format!("/clients/{aino}/mandates");
    let set = app
        .post_form(
            &mandates,
            &[("relative", &sanna.to_string()), ("rights", "look"), ("until", "31.12.2018")],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    assert_eq!(messages_of(&app, "aino", "mandate-set").await, 1);
    assert_eq!(messages_of(&app, "sanna", "your-mandate-set").await, 1);
    let record = app
        .number(&format!("SELECT id FROM service_records WHERE client_id = {leena} AND status = 'held'"))
        .await;
    let refused = app
        .post_form(
            &format!("/clients/{leena}/held/{record}/refuse"),
            &[("reason", "Palvelu oli jo maksettu.")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert_eq!(messages_of(&app, "leena", "record-refused").await, 1);

    app.sign_in("aino").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Sanna Räsänen saa nyt katsoa asioitasi 31.12.2018 asti."), "{text}");
    app.sign_in("sanna").await;
    let inbox = words(&app.get("/messages").await.text());
    assert!(inbox.contains("Koskee: Aino Kettunen"), "whose matter, for a relative: {inbox}");
    assert!(inbox.contains("Saat nyt katsoa asiakkaan Aino Kettunen asioita 31.12.2018 asti."), "{inbox}");
    let logged = app.number(&format!("SELECT COUNT(*) FROM access_log WHERE client_id = {aino} AND actor = 'Sanna Räsänen' AND what = 'messages'"),
    )
    .await;
    assert_eq!(logged, 1, "Sanna's look at a message about Aino is in Aino's log");

    app.sign_in("leena").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Palveluohjaaja hylkäsi palvelun: sitä ei makseta budjetista."), "{text}");
    assert!(text.contains("Palvelu ei mahtunut budjettiin."), "{text}");

    // Ending the mandate tells both again.
    app.sign_in("riikka").await;
    let mandate = app.number(&format!("SELECT id FROM mandates WHERE client_id = {aino}")).await;
    app.post_form(&format!("{mandates}/{mandate}/end"), &[]).await;
    assert_eq!(messages_of(&app, "aino", "mandate-ended").await, 1);
    assert_eq!(messages_of(&app, "sanna", "your-mandate-ended").await, 1);

    // Helena refuses Matti's proposal: Matti and Sanna, who acts for him, hear of it.
    let matti = client(&app, "matti").await;
    app.sign_in("helena").await;
    let reason = [("answer", "refuse"), ("reason", "Kesän tunnit sovitaan tukisuunnitelmassa.")];
    let answered = app.post_form(&format!("/clients/{matti}/proposal"), &reason).await;
    assert_eq!(answered.location(), "/decisions?answered=refused");
    assert_eq!(messages_of(&app, "matti", "proposal-answered").await, 1);
    assert_eq!(messages_of(&app, "sanna", "proposal-answered").await, 1);
    // Helena decides the change Riikka prepared for Leena: Leena hears of it.
    app.riikka_makes_room_in_leenas_decision(leena).await;
    assert_eq!(messages_of(&app, "leena", "decision-made").await, 1);
    app.sign_in("matti").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Päätöksentekijä ei hyväksynyt ehdotuksen käyttää budjettia toisin."), "{text}");
    app.sign_in("leena").await;
    let text = words(&app.get("/messages").await.text());
    assert!(
        text.contains("Henkilökohtaisen budjetin päätös tehtiin tai sitä muutettiin: 1.1.2018 – 30.6.2018."),
        "{text}"
    );
}

/// Kotipiha reports a supported-housing record for Aino: `days` at 60.00 (or `price`).
async fn kotipiha_reports(app: &mut TestApp, id: &str, date: &str, days: i64, price: &str) -> StatusCode {
    let aino = client(app, "aino").await;
    let record = json!({"provider_record_id": id, "client_id": aino, "product": "supported-housing",
                        "date": date, "units": days, "unit_price": price});
    let answer = app.api("POST", "/api/v1/service-records", Some(DEMO_PROVIDER_TOKEN), Some(record)).await;
    assert_eq!(answer.json["status"], "charged", "{}", answer.json);
    answer.status
}

/// B12 with Aino's budget: 42,770.97, of which the demo used 12,851.12 by April. 80 % is
/// 34,216.78.
async fn the_budget_tells_at_80_percent_when_at_risk_and_when_used_up_once_each(mut app: TestApp) {
    // 357 days: 21,420.00 in April takes the use to 34,271.12, past 80 %, and April's pace
    // would use far more than the total by December.
    assert_eq!(kotipiha_reports(&mut app, "big-1", "2018-04-20", 357, "60.00").await, StatusCode::CREATED);
    assert_eq!(messages_of(&app, "aino", "budget-used-80").await, 1);
    assert_eq!(messages_of(&app, "aino", "budget-at-risk").await, 1);
    assert_eq!(messages_of(&app, "aino", "budget-used-up").await, 0);
    assert_eq!(messages_of(&app, "riikka", "client-budget").await, 2, "Aino's counsellor hears of both");
    assert_eq!(messages_of(&app, "veikko", "budget-used-80").await, 0, "nobody else's");

    // The same record again charges nothing and tells nothing; another one inside the same
    // band (8,460.00, 39.85 left) tells nothing new.
    assert_eq!(kotipiha_reports(&mut app, "big-1", "2018-04-20", 357, "60.00").await, StatusCode::OK);
    assert_eq!(kotipiha_reports(&mut app, "big-2", "2018-04-21", 141, "60.00").await, StatusCode::CREATED);
    assert_eq!(messages_of(&app, "aino", "budget-used-80").await, 1);
    assert_eq!(messages_of(&app, "aino", "budget-at-risk").await, 1);
    assert_eq!(messages_of(&app, "riikka", "client-budget").await, 2);
    // The last 39.85: all of it is used.
    assert_eq!(kotipiha_reports(&mut app, "big-3", "2018-04-22", 1, "39.85").await, StatusCode::CREATED);
    assert_eq!(messages_of(&app, "aino", "budget-used-up").await, 1);
    assert_eq!(messages_of(&app, "riikka", "client-budget").await, 3);

    app.sign_in("aino").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Koko henkilökohtainen budjettisi on käytetty."), "{text}");
    assert!(
        text.contains(
            "Olet käyttänyt 80 % henkilökohtaisesta budjetistasi. Jäljellä on 8 499,85 € 31.12.2018 asti."
        ),
        "the money left when 80 % was passed: {text}"
    );
    assert!(text.contains("Tällä tahdilla budjetin raha ei riitä 31.12.2018 asti."), "{text}");
    app.sign_in("riikka").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Aino Kettunen: budjetista on käytetty 80 %."), "{text}");
    assert!(text.contains("Aino Kettunen: koko budjetti on käytetty."), "{text}");
    assert!(text.contains("Aino Kettunen: budjetti ei riitä tällä tahdilla."), "{text}");
}

/// The day's reminders come from the calendar: a mandate ending within the week, the next
/// agreed contact in three days, a change of provider that has started. Each once, however
/// often the hourly loop runs.
async fn the_days_reminders_tell_once_of_a_mandate_ending_a_contact_coming_and_a_change_starting(
    mut app: TestApp,
) {
    use server::services::reminders;
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let aino = client(&app, "aino").await;
    let elsa = client(&app, "elsa").await;
    let sanna = app.number("SELECT id FROM accounts WHERE username = 'sanna'").await;
    app.sign_in("riikka").await;
    let mandate = [("relative", sanna.to_string()), ("rights", "look".into()), ("until", "15.5.2018".into())];
    let mandate: Vec<(&str, &str)> = mandate.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(&format!("/clients/{aino}/mandates"), &mandate).await;
    let contact = [("day", "9.5.2018"), ("minutes", "30"), ("channel", "phone"), ("next", "2018-05-12")];
    let recorded = app.post_form(&format!("/clients/{aino}/contact"), &contact).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER);
    // Elsa's housing (agreement 11) moves to Kotipiha Oy (provider 1): it starts on 11.6.2018.
    let change = json!({"agreement_id": 11, "new_provider_id": 1});
    let path = format!("/api/v1/clients/{elsa}/provider-changes");
    let made = app.api("POST", &path, Some(DEMO_STAFF_TOKEN), Some(change)).await;
    assert_eq!(made.json["new_first_day"], "2018-06-11", "{}", made.json);
    // Aino's day activities move from Kotipiha Oy to Taidetalo Tuike the same day.
    let (agreement, tuike) = ainos_day_activities_and_tuike(&app, aino).await;
    let change = json!({"agreement_id": agreement, "new_provider_id": tuike});
    let path = format!("/api/v1/clients/{aino}/provider-changes");
    let made = app.api("POST", &path, Some(DEMO_STAFF_TOKEN), Some(change)).await;
    assert_eq!(made.json["old_last_day"], "2018-06-10", "{}", made.json);

    let db = &app.state.db;
    for _ in 0..2 {
        reminders::run(db, day(2018, 5, 10)).await.unwrap();
    }
    assert_eq!(messages_of(&app, "aino", "mandate-ending").await, 1);
    assert_eq!(messages_of(&app, "sanna", "your-mandate-ending").await, 1);
    assert_eq!(messages_of(&app, "aino", "contact-coming").await, 1);
    assert_eq!(messages_of(&app, "elsa", "change-starts").await, 0, "not yet");
    // The day the new provider starts, and the day after (the loop runs every hour): once.
    reminders::run(db, day(2018, 6, 11)).await.unwrap();
    reminders::run(db, day(2018, 6, 12)).await.unwrap();
    assert_eq!(messages_of(&app, "elsa", "change-starts").await, 1);
    assert_eq!(messages_of(&app, "kotipiha", "client-starts").await, 1, "the new provider hears it too");
    assert_eq!(messages_of(&app, "kotipiha", "client-left").await, 1, "and the old one");
    assert_eq!(messages_of(&app, "aino", "change-starts").await, 1);

    app.sign_in("aino").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Lupa, jolla Sanna Räsänen näkee asiasi, loppuu 15.5.2018."), "{text}");
    assert!(text.contains("Seuraava sovittu yhteydenotto palveluohjaajan kanssa on 12.5.2018."), "{text}");
    app.sign_in("sanna").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Lupasi nähdä asiakkaan Aino Kettunen asiat loppuu 15.5.2018."), "{text}");
    app.sign_in("elsa").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Kotipiha Oy är din serviceproducent från 11.6.2018."), "{text}");
    app.forget_cookies();
    app.sign_in("kotipiha").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("on asiakkaanne 11.6.2018 alkaen."), "{text}");
    assert!(
        text.contains(
            "Aino Kettunen on siirtynyt toiselle palveluntuottajalle. Päivätoiminta: viimeinen päivä teillä oli 10.6.2018."
        ),
        "{text}"
    );
}

/// B18: a new feedback invitation tells the client's side, but a message of it that waits
/// unread is not joined by another: a service every day does not fill the inbox.
async fn a_new_feedback_invitation_tells_the_client_unless_one_waits_unread(mut app: TestApp) {
    assert_eq!(messages_of(&app, "aino", "feedback-open").await, 1, "the demo's records told her once");
    assert_eq!(kotipiha_reports(&mut app, "fb-1", "2018-05-08", 1, "60.00").await, StatusCode::CREATED);
    assert_eq!(messages_of(&app, "aino", "feedback-open").await, 1, "one waits unread already");
    app.sign_in("aino").await;
    let text = words(&app.get("/messages").await.text());
    assert!(text.contains("Voit kertoa, miten palvelusi sujuivat."), "{text}");
    // Read now: the next provider-day tells her again, the same day's second record does not.
    assert_eq!(kotipiha_reports(&mut app, "fb-2", "2018-05-09", 1, "60.00").await, StatusCode::CREATED);
    assert_eq!(messages_of(&app, "aino", "feedback-open").await, 2);
    assert_eq!(kotipiha_reports(&mut app, "fb-3", "2018-05-09", 1, "60.00").await, StatusCode::CREATED);
    assert_eq!(messages_of(&app, "aino", "feedback-open").await, 2);
    let link = app.get("/messages").await.body;
    assert!(link.contains("href=\"/feedback\""), "the message opens Give feedback");
}
