//! Changing provider (B14-B16) and leaving the personal budget (B17), through the API and the
//! pages: the dates, every refusal leaving nothing behind, cancelling, one change from many
//! requests at once, and who did what.

use axum::http::StatusCode;
use chrono::NaiveDate;
use serde_json::{json, Value};
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::{words, TestApp};

const STAFF: Option<&str> = Some(DEMO_STAFF_TOKEN);

on_both_engines!(
    a_change_gives_a_months_notice_and_hands_over_the_next_day,
    every_refused_change_has_its_code_and_leaves_nothing_behind,
    a_pending_change_can_be_cancelled_until_the_day_before_it_starts,
    twenty_identical_requests_at_once_make_one_change,
    leaving_ends_the_budget_a_month_later_and_recomputes_the_total,
    aino_changes_provider_step_by_step_in_the_pages,
    the_answers_survive_signing_in_again,
    a_relative_acts_for_the_client_and_is_named_as_the_one_who_did,
    aino_leaves_and_may_say_why
);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

async fn scalar(app: &TestApp, sql: &str, bind: i64) -> i64 {
    sqlx::query_scalar(sql).bind(bind).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn client_id(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM clients WHERE name = $1")
        .bind(name)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn provider_id(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM providers WHERE name = $1")
        .bind(name)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The client's agreement for a service with a provider.
async fn agreement_id(app: &TestApp, client: i64, provider: &str, product: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT a.id FROM agreements a JOIN providers p ON p.id = a.provider_id \
         WHERE a.client_id = $1 AND p.name = $2 AND a.product = $3",
    )
    .bind(client)
    .bind(provider)
    .bind(product)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

async fn agreement_end(app: &TestApp, id: i64) -> Option<String> {
    sqlx::query_scalar("SELECT end_date FROM agreements WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// Aino's day activities at Kotipiha, and Taidetalo Tuike, which offers them in Joensuu.
async fn aino_day_activities(app: &TestApp) -> (i64, i64, i64) {
    let aino = client_id(app, "Aino Kettunen").await;
    let agreement = agreement_id(app, aino, "Kotipiha Oy", "day-activities").await;
    (aino, agreement, provider_id(app, "Taidetalo Tuike").await)
}

async fn change(
    app: &mut TestApp,
    client: i64,
    agreement: i64,
    provider: i64,
) -> crate::support::ApiResponse {
    app.api(
        "POST",
        &format!("/api/v1/clients/{client}/provider-changes"),
        STAFF,
        Some(json!({"agreement_id": agreement, "new_provider_id": provider})),
    )
    .await
}

async fn counts(app: &TestApp, client: i64) -> (i64, i64) {
    (
        scalar(app, "SELECT COUNT(*) FROM provider_changes WHERE client_id = $1", client).await,
        scalar(app, "SELECT COUNT(*) FROM agreements WHERE client_id = $1", client).await,
    )
}

async fn a_change_gives_a_months_notice_and_hands_over_the_next_day(mut app: TestApp) {
    let (aino, agreement, tuike) = aino_day_activities(&app).await;
    let made = change(&mut app, aino, agreement, tuike).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
    // B14: notice on 10.5.2018 (the demo's today).
    assert_eq!(made.json["notice_on"], "2018-05-10");
    assert_eq!(made.json["old_last_day"], "2018-06-10");
    assert_eq!(made.json["new_first_day"], "2018-06-11");
    assert_eq!(made.json["status"], "pending");
    assert_eq!(made.json["cancel_until"], "2018-06-10");
    assert_eq!(made.json["old_provider"], "Kotipiha Oy");
    assert_eq!(made.json["new_provider"], "Taidetalo Tuike");
    assert_eq!(made.json["made"]["role"], "staff");
    let id = made.json["id"].as_i64().unwrap();
    assert_eq!(made.json["reference"], format!("2018-{id:04}"));
    assert_eq!(agreement_end(&app, agreement).await.as_deref(), Some("2018-06-10"));

    // Kotipiha may report day activities up to its last day, and not after.
    let record = |date: &str, id: &str| {
        json!({"provider_record_id": id, "client_id": aino, "product": "day-activities",
               "date": date, "units": "1", "unit_price": "75.00"})
    };
    let kotipiha = Some(DEMO_PROVIDER_TOKEN);
    let last = app.api("POST", "/api/v1/service-records", kotipiha, Some(record("2018-06-10", "c-1"))).await;
    assert_eq!(last.status, StatusCode::CREATED, "{}", last.json);
    let after = app.api("POST", "/api/v1/service-records", kotipiha, Some(record("2018-06-11", "c-2"))).await;
    assert_eq!((after.status, after.code()), (StatusCode::UNPROCESSABLE_ENTITY, "outside-agreement"));

    let list = app.api("GET", &format!("/api/v1/clients/{aino}/provider-changes"), STAFF, None).await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json.as_array().unwrap().len(), 1);
    assert_eq!(list.json[0]["id"], id);

    // From the new start the change is in effect and can no longer be cancelled.
    app.set_today(d(2018, 6, 11));
    let list = app.api("GET", &format!("/api/v1/clients/{aino}/provider-changes"), STAFF, None).await;
    assert_eq!(list.json[0]["status"], "done");
    assert_eq!(list.json[0]["cancel_until"], Value::Null);
}

async fn every_refused_change_has_its_code_and_leaves_nothing_behind(mut app: TestApp) {
    let (aino, agreement, tuike) = aino_day_activities(&app).await;
    let before = counts(&app, aino).await;
    let kotipiha = provider_id(&app, "Kotipiha Oy").await;
    let housing = agreement_id(&app, aino, "Kotipiha Oy", "supported-housing").await;
    let outokumpu = provider_id(&app, "Outokummun Toimintakeskus").await;
    let matti = client_id(&app, "Matti Räsänen").await;
    let mattis = scalar(&app, "SELECT id FROM agreements WHERE client_id = $1", matti).await;

    let refused = [
        (agreement, kotipiha, StatusCode::UNPROCESSABLE_ENTITY, "same-provider"),
        (housing, tuike, StatusCode::UNPROCESSABLE_ENTITY, "product-not-offered"),
        (agreement, outokumpu, StatusCode::UNPROCESSABLE_ENTITY, "area-not-served"),
        (agreement, 999_999, StatusCode::NOT_FOUND, "not-found"),
        // Someone else's agreement is not found, not refused: ids cannot be probed.
        (mattis, tuike, StatusCode::NOT_FOUND, "not-found"),
    ];
    for (agreement, provider, status, code) in refused {
        let answer = change(&mut app, aino, agreement, provider).await;
        assert_eq!((answer.status, answer.code()), (status, code), "{}", answer.json);
    }

    // B15: the new provider would start after the budget ends (31.12.2018).
    app.set_today(d(2018, 12, 1));
    let late = change(&mut app, aino, agreement, tuike).await;
    assert_eq!((late.status, late.code()), (StatusCode::UNPROCESSABLE_ENTITY, "change-after-period-end"));
    assert!(late.json["error"]["message"].as_str().unwrap().contains("2018-12-31"));
    app.set_today(d(2018, 5, 10));

    let off = app
        .api("PUT", &format!("/api/v1/providers/{tuike}/active"), STAFF, Some(json!({"active": false})))
        .await;
    assert_eq!(off.status, StatusCode::OK, "{}", off.json);
    let inactive = change(&mut app, aino, agreement, tuike).await;
    assert_eq!((inactive.status, inactive.code()), (StatusCode::UNPROCESSABLE_ENTITY, "provider-inactive"));
    assert_eq!(counts(&app, aino).await, before, "no change and no agreement was written");
    assert_eq!(agreement_end(&app, agreement).await, None);

    // B16: one pending change per agreement.
    app.api("PUT", &format!("/api/v1/providers/{tuike}/active"), STAFF, Some(json!({"active": true}))).await;
    assert_eq!(change(&mut app, aino, agreement, tuike).await.status, StatusCode::CREATED);
    let again = change(&mut app, aino, agreement, tuike).await;
    assert_eq!((again.status, again.code()), (StatusCode::UNPROCESSABLE_ENTITY, "change-pending"));

    // Only staff, the client and a relative who may act: a provider is answered "not found".
    let provider = app
        .api(
            "POST",
            &format!("/api/v1/clients/{aino}/provider-changes"),
            Some(DEMO_PROVIDER_TOKEN),
            Some(json!({"agreement_id": agreement, "new_provider_id": tuike})),
        )
        .await;
    assert_eq!((provider.status, provider.code()), (StatusCode::NOT_FOUND, "not-found"));
    let anonymous = app.api("GET", &format!("/api/v1/clients/{aino}/provider-changes"), None, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let unknown_field = app
        .api(
            "POST",
            &format!("/api/v1/clients/{aino}/provider-changes"),
            STAFF,
            Some(json!({"agreement_id": agreement, "new_provider_id": tuike, "start": "2018-05-11"})),
        )
        .await;
    assert_eq!((unknown_field.status, unknown_field.code()), (StatusCode::BAD_REQUEST, "invalid-request"));
}

async fn a_pending_change_can_be_cancelled_until_the_day_before_it_starts(mut app: TestApp) {
    let (aino, agreement, tuike) = aino_day_activities(&app).await;
    let before = scalar(&app, "SELECT COUNT(*) FROM agreements WHERE client_id = $1", aino).await;
    let first = change(&mut app, aino, agreement, tuike).await;
    let id = first.json["id"].as_i64().unwrap();
    let cancel_path = format!("/api/v1/clients/{aino}/provider-changes/{id}/cancel");

    // The last day to cancel is 10.6., the day before Tuike would start.
    app.set_today(d(2018, 6, 10));
    let cancelled = app.api("POST", &cancel_path, STAFF, None).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.json);
    assert_eq!(cancelled.json["status"], "cancelled");
    assert_eq!(cancelled.json["cancelled"]["role"], "staff");
    assert_eq!(agreement_end(&app, agreement).await, None, "Kotipiha goes on as before");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM agreements WHERE client_id = $1", aino).await, before);
    let twice = app.api("POST", &cancel_path, STAFF, None).await;
    assert_eq!((twice.status, twice.code()), (StatusCode::UNPROCESSABLE_ENTITY, "already-cancelled"));

    // A cancelled change frees the agreement for another one.
    app.set_today(d(2018, 5, 10));
    let second = change(&mut app, aino, agreement, tuike).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.json);
    let id = second.json["id"].as_i64().unwrap();
    app.set_today(d(2018, 6, 11));
    let late =
        app.api("POST", &format!("/api/v1/clients/{aino}/provider-changes/{id}/cancel"), STAFF, None).await;
    assert_eq!((late.status, late.code()), (StatusCode::UNPROCESSABLE_ENTITY, "too-late-to-cancel"));
    let missing =
        app.api("POST", &format!("/api/v1/clients/{aino}/provider-changes/999999/cancel"), STAFF, None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

async fn twenty_identical_requests_at_once_make_one_change(app: TestApp) {
    let (aino, agreement, tuike) = aino_day_activities(&app).await;
    let path = format!("/api/v1/clients/{aino}/provider-changes");
    let body = json!({"agreement_id": agreement, "new_provider_id": tuike});

    // A double click or a resent form: the same key, one change, the same answer to all.
    let answers =
        app.api_at_once(20, &path, DEMO_STAFF_TOKEN, body.clone(), &[("idempotency-key", "k-1")]).await;
    let created = answers.iter().filter(|a| a.status == StatusCode::CREATED).count();
    let repeated = answers.iter().filter(|a| a.status == StatusCode::OK).count();
    assert_eq!((created, repeated), (1, 19), "{:?}", answers.iter().map(|a| &a.json).collect::<Vec<_>>());
    let ids: Vec<&Value> = answers.iter().map(|a| &a.json["id"]).collect();
    assert!(ids.iter().all(|id| *id == ids[0]));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM provider_changes WHERE client_id = $1", aino).await, 1);

    // Twenty tabs without a key: one change, nineteen refusals.
    let cancel = format!("{path}/{}/cancel", ids[0]);
    let mut app = app;
    assert_eq!(app.api("POST", &cancel, STAFF, None).await.status, StatusCode::OK);
    let answers = app.api_at_once(20, &path, DEMO_STAFF_TOKEN, body, &[]).await;
    let created = answers.iter().filter(|a| a.status == StatusCode::CREATED).count();
    let pending = answers.iter().filter(|a| a.code() == "change-pending").count();
    assert_eq!((created, pending), (1, 19));
    let made = scalar(
        &app,
        "SELECT COUNT(*) FROM provider_changes WHERE agreement_id = $1 AND status = 'made'",
        agreement,
    )
    .await;
    assert_eq!(made, 1);
    let agreements = scalar(&app, "SELECT COUNT(*) FROM agreements WHERE client_id = $1", aino).await;
    assert_eq!(agreements, 5, "Aino's four agreements and Tuike's one");
}

async fn leaving_ends_the_budget_a_month_later_and_recomputes_the_total(mut app: TestApp) {
    let (aino, agreement, tuike) = aino_day_activities(&app).await;
    // A change that would start after the budget ends is cancelled by leaving.
    app.set_today(d(2018, 6, 20));
    let made = change(&mut app, aino, agreement, tuike).await;
    assert_eq!(made.json["new_first_day"], "2018-07-21");

    let path = format!("/api/v1/clients/{aino}/leave");
    let not_yet = app.api("GET", &path, STAFF, None).await;
    assert_eq!(not_yet.status, StatusCode::NOT_FOUND);
    let left = app.api("POST", &path, STAFF, None).await;
    assert_eq!(left.status, StatusCode::CREATED, "{}", left.json);
    // B17, the worked example.
    assert_eq!(left.json["last_day"], "2018-07-20");
    assert_eq!(left.json["new_total"], "22863.88");
    assert_eq!(left.json["old_total"], "42770.97");
    let again = app.api("POST", &path, STAFF, None).await;
    assert_eq!((again.status, again.json["last_day"].clone()), (StatusCode::OK, json!("2018-07-20")));
    let seen = app.api("GET", &path, STAFF, None).await;
    assert_eq!(
        (seen.json["new_total"].clone(), seen.json["done"]["role"].clone()),
        (json!("22863.88"), json!("staff"))
    );

    let budget = app.api("GET", &format!("/api/v1/clients/{aino}/budget"), STAFF, None).await;
    assert_eq!(budget.json["total"], "22863.88");
    assert_eq!(budget.json["period"]["to"], "2018-07-20");
    let list = app.api("GET", &format!("/api/v1/clients/{aino}/provider-changes"), STAFF, None).await;
    assert_eq!(list.json[0]["status"], "cancelled");
    assert_eq!(agreement_end(&app, agreement).await.as_deref(), Some("2018-07-20"));

    // Nothing is charged after the last day.
    let record = json!({"provider_record_id": "after-leaving", "client_id": aino, "product": "day-activities",
                        "date": "2018-07-21", "units": "1", "unit_price": "75.00"});
    let refused = app.api("POST", "/api/v1/service-records", Some(DEMO_PROVIDER_TOKEN), Some(record)).await;
    assert_eq!(refused.code(), "outside-period");

    app.set_today(d(2020, 1, 1));
    let other = client_id(&app, "Leena Turunen").await;
    let none = app.api("POST", &format!("/api/v1/clients/{other}/leave"), STAFF, None).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", none.json);
}

async fn aino_changes_provider_step_by_step_in_the_pages(mut app: TestApp) {
    let (aino, agreement, tuike) = aino_day_activities(&app).await;
    app.sign_in("aino").await;

    let services = app.get("/change-provider").await;
    assert_eq!(services.status, StatusCode::OK);
    let text = services.text();
    assert!(text.contains("Minkä palvelun tuottajan haluat vaihtaa?"), "{text}");
    assert!(text.contains("Päivätoiminta – Kotipiha Oy"), "{text}");
    assert!(text.contains("Vaihe 1/4"));

    // Continuing without an answer comes back to the question, saying what is missing.
    let unanswered = app.get("/change-provider/provider").await;
    assert_eq!(unanswered.location(), "/change-provider?error=choose-service");
    let again = app.get(unanswered.location()).await.text();
    assert!(again.contains("Valitse palvelu, jonka tuottajan haluat vaihtaa."), "{again}");

    let providers_page = app.get(&format!("/change-provider/provider?agreement={agreement}")).await;
    let providers = providers_page.text();
    assert!(providers.contains("Taidetalo Tuike"), "{providers}");
    assert!(providers.contains("Maksaa sinulle noin 48,00\u{a0}€ lisää kuukaudessa."), "{providers}");
    let kotipiha = provider_id(&app, "Kotipiha Oy").await;
    assert!(providers_page.body.contains(&format!("name=\"provider\" value=\"{tuike}\"")));
    assert!(
        !providers_page.body.contains(&format!("name=\"provider\" value=\"{kotipiha}\"")),
        "the current provider is not offered"
    );
    let no_provider = app.get(&format!("/change-provider/effects?agreement={agreement}")).await;
    assert_eq!(
        no_provider.location(),
        format!("/change-provider/provider?agreement={agreement}&error=choose-provider")
    );

    let answers = format!("agreement={agreement}&provider={tuike}");
    let effects_page = app.get(&format!("/change-provider/effects?{answers}")).await;
    assert!(
        effects_page.body.contains("href=\"/glossary#notice-period\""),
        "the notice period is explained where it first appears"
    );
    let effects = words(&effects_page.text());
    assert!(effects.contains("10.6.2018") && effects.contains("11.6.2018"), "{effects}");
    assert!(effects.contains("Mikä on irtisanomisaika?"), "{effects}");
    assert!(
        effects.contains("Irtisanomisaikana maksat kuten nyt: Ei maksa sinulle mitään lisää."),
        "{effects}"
    );

    let check = app.get(&format!("/change-provider/check?{answers}")).await;
    let page = check.text();
    assert!(page.contains("Tarkista vastauksesi") && page.contains("Vahvista vaihto"), "{page}");
    let key =
        check.body.split("name=\"key\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(key.len(), 32);

    let fields = [("agreement", agreement.to_string()), ("provider", tuike.to_string()), ("key", key)];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let confirmed = app.post_form("/change-provider/check", &fields).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    let receipt_path = confirmed.location().to_string();
    assert!(receipt_path.starts_with("/my-changes/") && receipt_path.ends_with("?made"), "{receipt_path}");
    // The form sent again (a double click, or back and send) gives the same receipt.
    let resent = app.post_form("/change-provider/check", &fields).await;
    assert_eq!(resent.location(), receipt_path);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM provider_changes WHERE client_id = $1", aino).await, 1);

    let receipt = app.get(&receipt_path).await.text();
    assert!(receipt.contains("Vaihto on tehty"), "{receipt}");
    assert!(receipt.contains("Viitenumero 2018-"), "{receipt}");
    assert!(receipt.contains("Aino Kettunen (asiakas)"), "{receipt}");
    assert!(receipt.contains("Voit perua 10.6.2018 asti."), "{receipt}");

    let mine = app.get("/my-changes").await.text();
    assert!(mine.contains("Päivätoiminta: Kotipiha Oy → Taidetalo Tuike"), "{mine}");
    assert!(mine.contains("Odottaa alkamista"));

    // A second change for the same service is refused where the person can act on it.
    let refused = app.get(&format!("/change-provider/check?{answers}")).await.text();
    assert!(refused.contains("Tämän palvelun tuottajan vaihto on jo tehty."), "{refused}");
    assert!(!refused.contains("name=\"key\""), "no confirm button for a refused change");

    let id = receipt_path.trim_start_matches("/my-changes/").trim_end_matches("?made");
    let question = app.get(&format!("/my-changes/{id}/cancel")).await.text();
    assert!(question.contains("Haluatko perua tämän vaihdon?"), "{question}");
    let cancelled = app.post_form(&format!("/my-changes/{id}/cancel"), &[]).await;
    assert_eq!(cancelled.location(), format!("/my-changes/{id}?cancelled"));
    let receipt = app.get(cancelled.location()).await.text();
    assert!(receipt.contains("Vaihto on peruttu") && receipt.contains("Peruttu"), "{receipt}");
    assert_eq!(agreement_end(&app, agreement).await, None);
}

async fn the_answers_survive_signing_in_again(mut app: TestApp) {
    let (_, agreement, tuike) = aino_day_activities(&app).await;
    let check = format!("/change-provider/check?agreement={agreement}&provider={tuike}");
    // The session has expired: the page asks to sign in and comes back with the answers.
    let away = app.get(&check).await;
    assert_eq!(away.status, StatusCode::SEE_OTHER);
    let return_to = format!("/change-provider/check%3Fagreement%3D{agreement}%26provider%3D{tuike}");
    assert_eq!(away.location(), format!("/sign-in?return_to={return_to}"));
    let signed_in =
        app.post_form("/sign-in", &[("username", "aino"), ("password", "demo"), ("return_to", &check)]).await;
    assert_eq!(signed_in.location(), check);
    assert!(app.get(&check).await.text().contains("Taidetalo Tuike"));

    // A confirmation posted after the session ended is not lost either.
    app.forget_cookies();
    let fields = [("agreement", agreement.to_string()), ("provider", tuike.to_string()), ("key", "x".into())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let posted = app.post_form("/change-provider/check", &fields).await;
    assert_eq!(posted.location(), format!("/sign-in?return_to={return_to}"));
}

async fn a_relative_acts_for_the_client_and_is_named_as_the_one_who_did(mut app: TestApp) {
    let matti = client_id(&app, "Matti Räsänen").await;
    let agreement = scalar(&app, "SELECT id FROM agreements WHERE client_id = $1", matti).await;
    app.sign_in("sanna").await;
    let services = app.get("/change-provider").await.text();
    assert!(services.contains("Asioit henkilön Matti Räsänen puolesta."), "{services}");
    // No other demo provider of intensive housing works in Kontiolahti: one starts to.
    let new = provider_id(&app, "Pielisen Palvelukoti").await;
    sqlx::query("INSERT INTO provider_areas (provider_id, municipality) VALUES ($1, 'Kontiolahti')")
        .bind(new)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let providers = app.get(&format!("/change-provider/provider?agreement={agreement}")).await.body;
    assert!(providers.contains(&format!("value=\"{new}\"")), "{providers}");
    let fields =
        [("agreement", agreement.to_string()), ("provider", new.to_string()), ("key", "sanna-1".into())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let made = app.post_form("/change-provider/check", &fields).await;
    assert!(made.location().ends_with("?made"), "{}", made.location());
    let receipt = app.get(made.location()).await.text();
    assert!(receipt.contains("Sanna Räsänen (omainen)"), "{receipt}");
    let logged = scalar(
        &app,
        "SELECT COUNT(*) FROM access_log WHERE client_id = $1 AND actor = 'Sanna Räsänen' AND what LIKE 'change provider%'",
        matti,
    )
    .await;
    assert!(logged >= 2, "every step Sanna saw is in Matti's access log");

    // A mandate to look only: the flows are not there for her, and nothing can be posted.
    sqlx::query("UPDATE mandates SET can_act = 0").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(app.get("/change-provider").await.status, StatusCode::NOT_FOUND);
    let history = app.get("/my-changes").await;
    assert_eq!(history.status, StatusCode::OK, "looking is still allowed");
    assert!(history
        .text()
        .contains("Tehostettu palveluasuminen: Kontiolahden Hoivakoti → Pielisen Palvelukoti"));
    assert!(!history.text().contains("Vaihda palveluntuottajaa"), "but no way to act");
    assert!(!app.get("/leave").await.text().contains("Kyllä, haluan luopua"));
    app.post_form("/leave", &[]).await;
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM departures WHERE client_id = $1", matti).await, 0);
}

async fn aino_leaves_and_may_say_why(mut app: TestApp) {
    let aino = client_id(&app, "Aino Kettunen").await;
    app.sign_in("aino").await;
    let page = app.get("/leave").await.text();
    assert!(page.contains("Henkilökohtainen budjettisi päättyy 10.6.2018."), "{page}");
    assert!(page.contains("17\u{a0}997,64\u{a0}€") && page.contains("42\u{a0}770,97\u{a0}€"), "{page}");
    let left = app.post_form("/leave", &[]).await;
    assert_eq!(left.location(), "/leave");
    let done = app.get("/leave").await.text();
    assert!(done.contains("Olet luopumassa henkilökohtaisesta budjetista"), "{done}");
    assert!(done.contains("Voitko kertoa, miksi luovut?"), "{done}");

    // Too long an answer comes back with the words and the ticks kept.
    let long = "sana ".repeat(201);
    let refused = app
        .post_form("/leave/reason", &[("reason", "too-hard"), ("reason", "moving"), ("reason-text", &long)])
        .await;
    assert_eq!(refused.location(), "/leave");
    let again = app.get("/leave").await;
    assert!(again.text().contains("Vastauksesi on liian pitkä."), "{}", again.text());
    assert!(again.body.contains(long.trim()));
    assert!(again.body.contains("value=\"moving\" checked"), "{}", again.body);
    let saved =
        app.post_form("/leave/reason", &[("reason", "moving"), ("reason-text", "Muutan Ouluun.")]).await;
    assert_eq!(saved.location(), "/leave?saved");
    let thanks = app.get("/leave?saved").await.text();
    assert!(thanks.contains("Kiitos vastauksestasi.") && !thanks.contains("Voitko kertoa"), "{thanks}");
    let (reasons, text): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT reasons, reason_text FROM departures WHERE client_id = $1")
            .bind(aino)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((reasons.as_deref(), text.as_deref()), (Some("moving"), Some("Muutan Ouluun.")));
    let budget = app.get("/").await.text();
    assert!(budget.contains("10.6.2018"), "My budget shows the new end: {budget}");
}
