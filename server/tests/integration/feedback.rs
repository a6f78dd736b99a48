//! Feedback (B18-B20) through the API and the pages: invitations from accepted records, one
//! answer each, expiry, aggregates only from five answers, words only for the organiser, visit
//! codes that work once, the throttle on a flood, and the process and participation questions.

use axum::http::StatusCode;
use chrono::NaiveDate;
use serde_json::{json, Value};
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};
use server::rules::feedback::Score;
use server::rules::Product;
use server::store::feedback::{insert_answer, NewAnswer};

use crate::on_both_engines;
use crate::support::{words, TestApp};

const STAFF: Option<&str> = Some(DEMO_STAFF_TOKEN);
const KOTIPIHA: Option<&str> = Some(DEMO_PROVIDER_TOKEN);

on_both_engines!(
    accepted_records_open_one_invitation_per_provider_day_for_fourteen_days,
    an_invitation_takes_one_answer_and_its_words_reach_only_the_organiser,
    the_organiser_reads_the_words_a_page_at_a_time,
    aggregates_count_only_from_five_answers,
    a_visit_code_works_once_and_a_flood_on_it_is_throttled,
    guessing_codes_is_throttled,
    feedback_at_the_service_place_in_the_pages,
    aino_answers_in_the_pages_and_an_error_keeps_her_words,
    the_questions_come_once_a_month_and_after_a_change,
    a_provider_makes_a_printable_code
);

async fn id_of(app: &TestApp, sql: &str, name: &str) -> i64 {
    sqlx::query_scalar(sql).bind(name).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn aino(app: &TestApp) -> i64 {
    id_of(app, "SELECT id FROM clients WHERE name = $1", "Aino Kettunen").await
}

async fn provider(app: &TestApp, name: &str) -> i64 {
    id_of(app, "SELECT id FROM providers WHERE name = $1", name).await
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn day_activities(app: &mut TestApp, client: i64, date: &str, id: &str) {
    let record = json!({"provider_record_id": id, "client_id": client, "product": "day-activities",
                        "date": date, "units": "1", "unit_price": "75.00"});
    let stored = app.api("POST", "/api/v1/service-records", KOTIPIHA, Some(record)).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.json);
    assert_eq!(stored.json["status"], "charged", "{}", stored.json);
}

async fn invitations(app: &mut TestApp, client: i64) -> Vec<Value> {
    let list = app.api("GET", &format!("/api/v1/clients/{client}/feedback-invitations"), STAFF, None).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.json);
    list.json.as_array().unwrap().clone()
}

fn find<'a>(list: &'a [Value], provider: &str, day: &str) -> Option<&'a Value> {
    list.iter().find(|i| i["provider"] == provider && i["service_day"] == day)
}

async fn a_visit_code(app: &mut TestApp) -> String {
    let made =
        app.api("POST", "/api/v1/visit-codes", KOTIPIHA, Some(json!({"product": "day-activities"}))).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
    made.json["code"].as_str().unwrap().to_string()
}

async fn accepted_records_open_one_invitation_per_provider_day_for_fourteen_days(mut app: TestApp) {
    let aino = aino(&app).await;
    // The demo's records were reported on their day; today is 10.5.2018. Open: from 27.4. on.
    let open = invitations(&mut app, aino).await;
    let days: Vec<(&str, &str)> =
        open.iter().map(|i| (i["provider"].as_str().unwrap(), i["service_day"].as_str().unwrap())).collect();
    assert_eq!(
        days,
        [
            ("Kotipiha Oy", "2018-04-30"),
            ("Apuna Avustajapalvelut", "2018-04-29"),
            ("Kotipiha Oy", "2018-04-28"),
            ("Apuna Avustajapalvelut", "2018-04-27"),
        ]
    );
    assert_eq!(find(&open, "Apuna Avustajapalvelut", "2018-04-27").unwrap()["open_until"], "2018-05-10");
    assert!(open.iter().all(|i| i["state"] == "open"));

    // Two records the same day at the same provider: one invitation naming both services.
    day_activities(&mut app, aino, "2018-04-30", "fb-1").await;
    day_activities(&mut app, aino, "2018-05-09", "fb-2").await;
    let open = invitations(&mut app, aino).await;
    assert_eq!(open.len(), 5);
    let both = find(&open, "Kotipiha Oy", "2018-04-30").unwrap();
    assert_eq!(both["services"], json!(["supported-housing", "day-activities"]));
    assert_eq!(both["open_until"], "2018-05-13", "the invitation keeps the day it opened");
    let new = find(&open, "Kotipiha Oy", "2018-05-09").unwrap();
    assert_eq!(new["open_until"], "2018-05-23", "reported today: open 14 days from today");

    // On 24.5. it has closed, and an answer is refused without storing anything.
    app.set_today(NaiveDate::from_ymd_opt(2018, 5, 24).unwrap());
    assert!(invitations(&mut app, aino).await.is_empty());
    app.sign_in("aino").await;
    let late =
        app.api("POST", &format!("/api/v1/feedback/{}", new["id"]), None, Some(json!({"score": 4}))).await;
    assert_eq!((late.status, late.code()), (StatusCode::UNPROCESSABLE_ENTITY, "invitation-expired"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feedback_answers WHERE invitation_id IS NOT NULL").await, 0);
}

async fn an_invitation_takes_one_answer_and_its_words_reach_only_the_organiser(mut app: TestApp) {
    let aino_id = aino(&app).await;
    let open = invitations(&mut app, aino_id).await;
    let first = open[0]["id"].as_i64().unwrap();
    let second = open[1]["id"].as_i64().unwrap();
    let path = |id: i64| format!("/api/v1/feedback/{id}");

    // Tokens do not answer: feedback is a person's own voice.
    let by_token = app.api("POST", &path(first), KOTIPIHA, Some(json!({"score": 5}))).await;
    assert_eq!(by_token.status, StatusCode::FORBIDDEN);
    // Someone else's invitation is not found.
    app.sign_in("eeva").await;
    let other = app.api("POST", &path(first), None, Some(json!({"score": 1}))).await;
    assert_eq!((other.status, other.code()), (StatusCode::NOT_FOUND, "not-found"));

    app.forget_cookies();
    app.sign_in("aino").await;
    let no_face = app.api("POST", &path(first), None, Some(json!({"words": "hyvä"}))).await;
    assert_eq!((no_face.status, no_face.code()), (StatusCode::UNPROCESSABLE_ENTITY, "score-missing"));
    let long = "ä".repeat(2001);
    let too_long = app.api("POST", &path(first), None, Some(json!({"score": 3, "words": long}))).await;
    assert_eq!((too_long.status, too_long.code()), (StatusCode::UNPROCESSABLE_ENTITY, "words-too-long"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feedback_answers WHERE invitation_id IS NOT NULL").await, 0);

    let body = json!({"score": 4, "words": "Mukava päivä, kiitos Liisalle", "contact_me": true});
    let answered = app.api("POST", &path(first), None, Some(body.clone())).await;
    assert_eq!(answered.status, StatusCode::CREATED, "{}", answered.json);
    assert_eq!(answered.json["state"], "answered");
    let again = app.api("POST", &path(first), None, Some(json!({"score": 1}))).await;
    assert_eq!((again.status, again.code()), (StatusCode::CONFLICT, "already-answered"));
    let plain = app.api("POST", &path(second), None, Some(json!({"score": 2}))).await;
    assert_eq!(plain.status, StatusCode::CREATED);
    assert_eq!(invitations(&mut app, aino_id).await.len(), open.len() - 2);

    // The words are in no public answer and on no provider page.
    let kotipiha = provider(&app, open[0]["provider"].as_str().unwrap()).await;
    let summary = app.api("GET", &format!("/api/v1/providers/{kotipiha}/feedback-summary"), None, None).await;
    assert!(!summary.json.to_string().contains("Mukava"));
    let page = app.get(&format!("/providers/{kotipiha}")).await;
    assert!(!page.body.contains("Mukava"));

    // The organiser reads them, with Aino's name because she asked for contact; the look is
    // in Aino's access log.
    app.forget_cookies();
    app.sign_in("olli").await;
    let list = app.get("/feedback-comments").await;
    assert_eq!(list.status, StatusCode::OK);
    let text = words(&list.text());
    assert!(text.contains("Mukava päivä, kiitos Liisalle"), "{text}");
    assert!(text.contains("Aino Kettunen"), "{text}");
    let logged = count(
        &app,
        &format!("SELECT COUNT(*) FROM access_log WHERE client_id = {aino_id} AND what = 'feedback contact request'"),
    )
    .await;
    assert_eq!(logged, 1);
    // Nobody else has the list.
    app.forget_cookies();
    app.sign_in("aino").await;
    assert_eq!(app.get("/feedback-comments").await.status, StatusCode::NOT_FOUND);
}

/// Thirty answers in own words, the newest first: twenty-five on the first page, the rest on the
/// next; faces alone never appear, and every page links to the others.
async fn the_organiser_reads_the_words_a_page_at_a_time(mut app: TestApp) {
    let aino_id = aino(&app).await;
    let kotipiha = app.number("SELECT MIN(id) FROM providers").await;
    let earlier =
        count(&app, "SELECT COUNT(*) FROM feedback_answers WHERE words IS NOT NULL OR contact_me = 1").await;
    {
        let mut conn = app.state.db.pool.acquire().await.unwrap();
        for n in 1..=30 {
            let said = format!("Vastaus numero {n}.");
            for words in [Some(said.as_str()), None] {
                let answer = NewAnswer {
                    provider_id: kotipiha,
                    client_id: Some(aino_id),
                    service: Product::DayActivities,
                    score: Score::new(4).unwrap(),
                    given_on: NaiveDate::from_ymd_opt(2018, 5, 2).unwrap(),
                    invitation_id: None,
                    visit_code_id: None,
                    words,
                    contact_me: words.is_some() && n % 10 == 0,
                    answered_by: None,
                };
                insert_answer(&mut conn, &answer).await.unwrap();
            }
        }
    }
    app.sign_in("olli").await;
    let articles = |body: &str| body.matches("<article class=\"comment\"").count();
    let older_link = |body: &str| {
        let at = body.find("href=\"/feedback-comments?before=").map(|i| i + "href=\"".len());
        at.map(|i| body[i..i + body[i..].find('"').unwrap()].to_string())
    };

    let first = app.get("/feedback-comments").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(articles(&first.body), 25);
    let text = words(&first.text());
    assert!(text.contains("Uusimmat ovat ensin, 25 sivulla."), "{text}");
    let (newest, oldest_here) =
        (text.find("Vastaus numero 30.").unwrap(), text.find("Vastaus numero 6.").unwrap());
    assert!(newest < oldest_here, "{text}");
    assert!(!text.contains("Vastaus numero 5."), "{text}");
    assert!(text.contains("Aino Kettunen pyytää yhteydenottoa."), "{text}");
    assert!(text.contains("Vanhemmat vastaukset") && !text.contains("Uudemmat vastaukset"), "{text}");

    let older = older_link(&first.body).expect("a link to the older answers");
    let second = app.get(&older).await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(articles(&second.body) as i64, 5 + earlier);
    let text = words(&second.text());
    assert!(text.contains("Vastaus numero 5.") && text.contains("Vastaus numero 1."), "{text}");
    assert!(!text.contains("Vastaus numero 6."), "{text}");
    assert!(text.contains("Uudemmat vastaukset") && !text.contains("Vanhemmat vastaukset"), "{text}");
    assert!(
        second.body.contains("<a href=\"/feedback-comments\" class=\"link-alone\">Uudemmat vastaukset</a>"),
        "the newer answers are the first page:\n{}",
        second.body
    );

    // Past the oldest answer, the page says so and leads back.
    let past = app.get("/feedback-comments?before=1").await;
    assert_eq!(articles(&past.body), 0);
    let text = words(&past.text());
    assert!(text.contains("Vanhempia vastauksia ei ole.") && text.contains("Uudemmat vastaukset"), "{text}");
    assert_eq!(app.get("/feedback-comments?before=uusin").await.status, StatusCode::NOT_FOUND);
}

async fn aggregates_count_only_from_five_answers(mut app: TestApp) {
    let kotipiha = provider(&app, "Kotipiha Oy").await;
    let path = format!("/api/v1/providers/{kotipiha}/feedback-summary");
    let before = app.api("GET", &path, None, None).await;
    assert_eq!(before.status, StatusCode::OK);
    assert_eq!(before.json["overall"]["answers"], 26);
    assert_eq!(before.json["overall"]["average"], "4.4");
    assert_eq!(before.json["overall"]["distribution"], json!([0, 1, 2, 9, 14]));
    assert!(before.json["by_service"].as_array().unwrap().iter().all(|s| s["product"] != "day-activities"));

    // Aino tells about a day of day activities: one answer for that service is not shown.
    let aino_id = aino(&app).await;
    let open = invitations(&mut app, aino_id).await;
    let day = find(&open, "Kotipiha Oy", "2018-04-28").unwrap()["id"].as_i64().unwrap();
    app.sign_in("aino").await;
    let sent = app.api("POST", &format!("/api/v1/feedback/{day}"), None, Some(json!({"score": 1}))).await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let after = app.api("GET", &path, None, None).await;
    assert_eq!(after.json["overall"]["answers"], 27);
    assert_eq!(after.json["overall"]["distribution"], json!([1, 1, 2, 9, 14]));
    let service =
        after.json["by_service"].as_array().unwrap().iter().find(|s| s["product"] == "day-activities");
    let service = service.expect("day activities has an answer");
    assert_eq!(service["feedback"]["enough_answers"], false);
    assert_eq!(service["feedback"]["answers"], Value::Null);
    assert_eq!(service["feedback"]["distribution"], Value::Null);

    // Four more at the service place make five: now it shows.
    for score in [5, 4, 4, 5] {
        let code = a_visit_code(&mut app).await;
        let given = app
            .api("POST", &format!("/api/v1/visit-feedback/{code}"), None, Some(json!({"score": score})))
            .await;
        assert_eq!(given.status, StatusCode::CREATED, "{}", given.json);
    }
    let five = app.api("GET", &path, None, None).await;
    let service =
        five.json["by_service"].as_array().unwrap().iter().find(|s| s["product"] == "day-activities");
    let service = service.unwrap();
    assert_eq!(service["feedback"]["answers"], 5);
    assert_eq!(service["feedback"]["average"], "3.8");
    assert_eq!(service["feedback"]["distribution"], json!([1, 0, 0, 2, 2]));
    assert_eq!(
        app.api("GET", "/api/v1/providers/999999/feedback-summary", None, None).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn a_visit_code_works_once_and_a_flood_on_it_is_throttled(mut app: TestApp) {
    let not_offered = app
        .api("POST", "/api/v1/visit-codes", KOTIPIHA, Some(json!({"product": "personal-assistance"})))
        .await;
    assert_eq!(
        (not_offered.status, not_offered.code()),
        (StatusCode::UNPROCESSABLE_ENTITY, "product-not-offered")
    );
    let by_staff =
        app.api("POST", "/api/v1/visit-codes", STAFF, Some(json!({"product": "day-activities"}))).await;
    assert_eq!(by_staff.status, StatusCode::FORBIDDEN);
    let nobody =
        app.api("POST", "/api/v1/visit-codes", None, Some(json!({"product": "day-activities"}))).await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);

    let made =
        app.api("POST", "/api/v1/visit-codes", KOTIPIHA, Some(json!({"product": "day-activities"}))).await;
    let code = made.json["code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 8);
    assert_eq!(made.json["path"], format!("/f/{code}"));
    assert_eq!(made.json["valid_until"], "2018-05-16");

    // Typed in small letters with a space: the same code.
    let typed = format!("{} {}", &code[..4], &code[4..]).to_lowercase().replace(' ', "%20");
    let first = app
        .api(
            "POST",
            &format!("/api/v1/visit-feedback/{typed}"),
            None,
            Some(json!({"score": 5, "words": "Kiva", "contact_me": true})),
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.json);
    let stored: (Option<i64>, i64, Option<String>) = sqlx::query_as(
        "SELECT client_id, contact_me, words FROM feedback_answers WHERE visit_code_id IS NOT NULL",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        stored,
        (None, 0, Some("Kiva".to_string())),
        "no person, and no contact, at the service place"
    );

    // The flood: the code's one answer is given; two more tries are told so; then wait.
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let sent =
            app.api("POST", &format!("/api/v1/visit-feedback/{code}"), None, Some(json!({"score": 1}))).await;
        statuses.push((sent.status, sent.code().to_string()));
    }
    let used = (StatusCode::CONFLICT, "already-answered".to_string());
    let limited = (StatusCode::TOO_MANY_REQUESTS, "rate-limited".to_string());
    assert_eq!(statuses[..2], [used.clone(), used]);
    assert!(statuses[2..].iter().all(|s| *s == limited), "{statuses:?}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feedback_answers WHERE visit_code_id IS NOT NULL").await, 1);

    // A week later a fresh code has expired.
    let late = a_visit_code(&mut app).await;
    app.set_today(NaiveDate::from_ymd_opt(2018, 5, 17).unwrap());
    let expired =
        app.api("POST", &format!("/api/v1/visit-feedback/{late}"), None, Some(json!({"score": 3}))).await;
    assert_eq!((expired.status, expired.code()), (StatusCode::UNPROCESSABLE_ENTITY, "code-expired"));
}

async fn guessing_codes_is_throttled(mut app: TestApp) {
    let mut statuses = Vec::new();
    for n in 0..25 {
        let letters = server::rules::feedback::CODE_ALPHABET;
        let guess = format!("AAAAAA{}{}", char::from(letters[n / 29]), char::from(letters[n % 29]));
        let sent = app
            .api("POST", &format!("/api/v1/visit-feedback/{guess}"), None, Some(json!({"score": 5})))
            .await;
        statuses.push(sent.status);
    }
    let limit = server::http::limits::PER_PLACE_PER_MINUTE as usize;
    assert!(statuses[..limit].iter().all(|s| *s == StatusCode::NOT_FOUND), "{statuses:?}");
    assert!(statuses[limit..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    // The page at the service place says so too, in words.
    let page = app.get("/f/AAAA2222").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn feedback_at_the_service_place_in_the_pages(mut app: TestApp) {
    let code = a_visit_code(&mut app).await;
    let start = app.get("/f").await;
    assert_eq!(start.status, StatusCode::OK);
    let typed = app.get(&format!("/f?code={}+{}", &code[..4].to_lowercase(), &code[4..])).await;
    assert_eq!(typed.status, StatusCode::SEE_OTHER);
    assert_eq!(typed.location(), format!("/f/{code}"));
    let wrong = app.get("/f?code=nonsense").await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);

    let form = app.get(&format!("/f/{code}")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("Kotipiha Oy"));
    assert_eq!(form.headers.get("cache-control").unwrap(), "no-store");
    assert_eq!(form.body.matches("type=\"radio\"").count(), 5);
    assert!(!form.body.contains("name=\"contact\""), "no contact request without a person");

    // No face: back to the form with the words kept and the error beside the faces.
    let path = format!("/f/{code}");
    let missing = app.post_form(&path, &[("words", "Ohjaaja oli ystävällinen")]).await;
    assert_eq!((missing.status, missing.location()), (StatusCode::SEE_OTHER, path.as_str()));
    let again = app.get(&path).await;
    assert!(again.body.contains("Ohjaaja oli ystävällinen"));
    assert!(again.body.contains("field--error faces"));

    let sent = app.post_form(&path, &[("score", "4"), ("words", "Ohjaaja oli ystävällinen")]).await;
    assert_eq!((sent.status, sent.location()), (StatusCode::SEE_OTHER, "/f/thanks"));
    let thanks = app.get("/f/thanks").await;
    assert!(thanks.body.contains("href=\"/f\""), "a way back to the start for the next person");
    // The next person cannot use the code again.
    let used = app.get(&path).await;
    assert_eq!(used.status, StatusCode::OK);
    assert!(!used.body.contains("type=\"radio\""));
    let resent = app.post_form(&path, &[("score", "1")]).await;
    assert_eq!(resent.location(), path.as_str());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feedback_answers WHERE visit_code_id IS NOT NULL").await, 1);
}

async fn aino_answers_in_the_pages_and_an_error_keeps_her_words(mut app: TestApp) {
    let aino_id = aino(&app).await;
    let open = invitations(&mut app, aino_id).await;
    let id = open[0]["id"].as_i64().unwrap();
    let answer_path = format!("/feedback/{id}");

    let signed_out = app.get("/feedback").await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    app.sign_in("aino").await;
    let list = app.get("/feedback").await;
    assert_eq!(list.status, StatusCode::OK);
    for invitation in &open {
        assert!(list.body.contains(&format!("href=\"/feedback/{}\"", invitation["id"])));
    }
    // In Finnish, with the weekday: "maanantai 30.4.2018".
    assert!(words(&list.text()).contains("maanantai 30.4.2018"));

    let missing = app.post_form(&answer_path, &[("words", "Kiva päivä"), ("contact", "on")]).await;
    assert_eq!((missing.status, missing.location()), (StatusCode::SEE_OTHER, answer_path.as_str()));
    let form = app.get(&answer_path).await;
    assert!(form.text().contains("Valitse kasvot"));
    assert!(form.body.contains("Kiva päivä"));
    assert!(form.body.contains("checked"), "the contact request stays ticked");

    // Too long: the error says how long an answer may be, and the words stay.
    let long = "sana ".repeat(401);
    app.post_form(&answer_path, &[("score", "5"), ("words", &long)]).await;
    let form = app.get(&answer_path).await;
    assert!(
        form.text().contains("Tekstisi on liian pitkä. Lyhennä se enintään 2000 merkkiin."),
        "{}",
        form.text()
    );
    assert!(form.body.contains(long.trim_end()));

    let sent = app.post_form(&answer_path, &[("score", "5"), ("words", "Kiva päivä")]).await;
    assert_eq!(sent.location(), format!("{answer_path}?sent"));
    let thanks = app.get(sent.location()).await;
    assert!(thanks.text().contains("Kiitos vastauksestasi"));
    let list = app.get("/feedback").await;
    assert!(!list.body.contains(&format!("href=\"{answer_path}\"")));
    // Sending again (a resent form) changes nothing and says it was answered.
    let resent = app.post_form(&answer_path, &[("score", "1")]).await;
    assert_eq!(resent.location(), answer_path.as_str());
    assert!(app.get(&answer_path).await.text().contains("Olet jo vastannut"));
    let scores: Vec<i64> = sqlx::query_scalar("SELECT score FROM feedback_answers WHERE invitation_id = $1")
        .bind(id)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(scores, [5]);

    // Another client's invitation is not found, not refused.
    app.forget_cookies();
    app.sign_in("eeva").await;
    assert_eq!(app.get(&answer_path).await.status, StatusCode::NOT_FOUND);
}

async fn the_questions_come_once_a_month_and_after_a_change(mut app: TestApp) {
    let aino_id = aino(&app).await;
    app.sign_in("aino").await;
    let list = app.get("/feedback").await;
    assert!(list.body.contains("href=\"/feedback/questions\""));
    let questions = app.get("/feedback/questions").await;
    assert!(questions.body.contains("value=\"month-2018-05\""));

    let saved = app
        .post_form("/feedback/questions", &[("occasion", "month-2018-05"), ("process", "4"), ("heard", "5")])
        .await;
    assert_eq!(saved.location(), "/feedback?saved");
    let row: (Option<i64>, Option<i64>, Option<i64>, String) = sqlx::query_as(
        "SELECT process_score, heard_score, choice_score, answered_by_role FROM participation_answers WHERE client_id = $1",
    )
    .bind(aino_id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(row, (Some(4), Some(5), None, "client".to_string()));
    assert!(!app.get("/feedback").await.body.contains("href=\"/feedback/questions\""));

    // A change of provider brings the questions back, about the change.
    let agreement: i64 = sqlx::query_scalar(
        "SELECT a.id FROM agreements a JOIN providers p ON p.id = a.provider_id \
         WHERE a.client_id = $1 AND p.name = 'Kotipiha Oy' AND a.product = 'day-activities'",
    )
    .bind(aino_id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let tuike = provider(&app, "Taidetalo Tuike").await;
    let change = app
        .api(
            "POST",
            &format!("/api/v1/clients/{aino_id}/provider-changes"),
            STAFF,
            Some(json!({"agreement_id": agreement, "new_provider_id": tuike})),
        )
        .await;
    assert_eq!(change.status, StatusCode::CREATED);
    let list = app.get("/feedback").await;
    assert!(list.text().contains("Taidetalo Tuike"));
    let occasion = format!("change-{}", change.json["id"]);
    assert!(app.get("/feedback/questions").await.body.contains(&occasion));
    // Skipping is an answer too: not asked again.
    let skipped = app
        .post_form("/feedback/questions", &[("occasion", &occasion), ("process", "2"), ("skip", "1")])
        .await;
    assert_eq!(skipped.location(), "/feedback?saved");
    let scores: (Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT process_score, heard_score FROM participation_answers WHERE occasion = $1")
            .bind(&occasion)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(scores, (None, None));
    assert!(!app.get("/feedback").await.body.contains("href=\"/feedback/questions\""));
    // An occasion that is not due changes nothing.
    app.post_form("/feedback/questions", &[("occasion", "month-2018-04"), ("process", "1")]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM participation_answers").await, 2);
}

async fn a_provider_makes_a_printable_code(mut app: TestApp) {
    app.sign_in("kotipiha").await;
    let page = app.get("/visit-codes").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("value=\"day-activities\""));
    let made = app.post_form("/visit-codes", &[("service", "day-activities")]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let location = made.location().to_string();
    let code = location.strip_prefix("/visit-codes?made=").expect("the code in the address").to_string();
    let shown = app.get(&location).await;
    assert!(shown.body.contains("<svg"), "a QR code");
    assert!(shown.text().contains(&format!("{} {}", &code[..4], &code[4..])));
    assert!(shown.text().contains(&format!("://localhost/f/{code}")));
    let refused = app.post_form("/visit-codes", &[("service", "personal-assistance")]).await;
    assert_eq!(refused.location(), "/visit-codes");
    assert!(app.get("/visit-codes").await.body.contains("field--error"));

    // Only providers make codes, and a provider sees only its own.
    app.forget_cookies();
    app.sign_in("aino").await;
    assert_eq!(app.get("/visit-codes").await.status, StatusCode::NOT_FOUND);
    let not_a_provider = app.post_form("/visit-codes", &[("service", "day-activities")]).await;
    assert_eq!(not_a_provider.status, StatusCode::NOT_FOUND);
}
