//! The JSON API: the organiser builds a client's budget, a provider reports, the budget adds
//! up; every refusal has its status and stable code, and nothing refused is stored.

use axum::http::StatusCode;
use serde_json::{json, Value};
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};
use server::services::api_tokens;
use server::store::tokens::TokenRole;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    the_organiser_builds_a_budget_and_a_provider_reports_against_it,
    every_refusal_has_its_code_and_stores_nothing,
    callers_without_the_right_are_refused,
    the_cap_holds_a_record_for_review,
    the_same_record_sent_at_once_twenty_times_is_stored_once,
    records_sent_at_once_are_each_answered_by_the_rules,
    reads_by_others_than_the_client_are_logged,
    random_records_never_pass_the_cap_and_repeats_change_nothing
);

const STAFF: Option<&str> = Some(DEMO_STAFF_TOKEN);

async fn client_id(app: &TestApp, username: &str) -> i64 {
    sqlx::query_scalar("SELECT client_id FROM accounts WHERE username = $1")
        .bind(username)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn record_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM service_records").fetch_one(&app.state.db.pool).await.unwrap()
}

/// A new client with Aino's decision, a provider with its token, and an agreement for housing
/// and assistance from the start of the period to the end of June.
async fn set_up(app: &mut TestApp) -> (i64, String) {
    let client = app
        .api(
            "POST",
            "/api/v1/clients",
            STAFF,
            Some(json!({"name": "Testi Asiakas", "municipality": "Joensuu", "language": "fi"})),
        )
        .await;
    assert_eq!(client.status, StatusCode::CREATED, "{}", client.json);
    let client_id = client.json["id"].as_i64().unwrap();
    let provider = app
        .api(
            "POST",
            "/api/v1/providers",
            STAFF,
            Some(json!({"name": "Testihoiva Oy", "municipality": "Joensuu", "products": [
                {"product": "supported-housing", "unit_price": "64.00"},
                {"product": "personal-assistance", "unit_price": "23.90"}
            ]})),
        )
        .await;
    assert_eq!(provider.status, StatusCode::CREATED, "{}", provider.json);
    let provider_id = provider.json["id"].as_i64().unwrap();
    for product in ["supported-housing", "personal-assistance"] {
        let agreement = app
            .api(
                "POST",
                &format!("/api/v1/clients/{client_id}/agreements"),
                STAFF,
                Some(json!({"provider_id": provider_id, "product": product, "start": "2018-01-15", "end": "2018-06-30"})),
            )
            .await;
        assert_eq!(agreement.status, StatusCode::CREATED, "{}", agreement.json);
    }
    let decision = app
        .api(
            "POST",
            &format!("/api/v1/clients/{client_id}/decisions"),
            STAFF,
            Some(json!({"valid_from": "2018-01-15", "valid_to": "2018-12-31", "lines": [
                {"product": "supported-housing", "tier": 2, "kind": "daily"},
                {"product": "day-activities", "kind": "monthly", "units_per_month": 12},
                {"product": "personal-assistance", "kind": "monthly", "units_per_month": "40"}
            ]})),
        )
        .await;
    assert_eq!(decision.status, StatusCode::CREATED, "{}", decision.json);
    // B5: the worked example, to the cent.
    assert_eq!(decision.json["total"], "42770.97");
    assert_eq!(decision.json["months"][0], json!({"month": "2018-01", "planned": "2050.97"}));
    assert_eq!(decision.json["lines"][1]["planned_total"], "10393.55");
    let token =
        api_tokens::create(&app.state.db, TokenRole::Provider(provider_id), "test", 1).await.unwrap().token;
    (client_id, token)
}

fn record(id: &str, client_id: i64, product: &str, date: &str, units: Value, price: &str) -> Value {
    json!({"provider_record_id": id, "client_id": client_id, "product": product, "date": date,
           "units": units, "unit_price": price})
}

async fn the_organiser_builds_a_budget_and_a_provider_reports_against_it(mut app: TestApp) {
    let (client_id, token) = set_up(&mut app).await;
    let token = Some(token.as_str());
    // B6: 28 days of housing at 64.00 against 60.00.
    let housing = record("h-1", client_id, "supported-housing", "2018-02-28", json!(28), "64.00");
    let first = app.api("POST", "/api/v1/service-records", token, Some(housing.clone())).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.json);
    assert_eq!(
        (&first.json["status"], &first.json["charged"], &first.json["own_share"]),
        (&json!("charged"), &json!("1680.00"), &json!("112.00"))
    );
    // B9: the same record again is the first result, and nothing more is charged.
    let again = app.api("POST", "/api/v1/service-records", token, Some(housing)).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json, first.json);
    // B6: 38.5 hours at 23.90 against 24.50, units as a string.
    let hours = record("a-1", client_id, "personal-assistance", "2018-03-05", json!("38.5"), "23.90");
    let assistance = app.api("POST", "/api/v1/service-records", token, Some(hours)).await;
    assert_eq!(
        (&assistance.json["charged"], &assistance.json["own_share"]),
        (&json!("920.15"), &json!("0.00"))
    );

    let budget =
        app.api("GET", &format!("/api/v1/clients/{client_id}/budget?as_of=2018-05-10"), STAFF, None).await;
    assert_eq!(budget.status, StatusCode::OK, "{}", budget.json);
    assert_eq!(budget.json["total"], "42770.97");
    assert_eq!(budget.json["used"], "2600.15");
    assert_eq!(budget.json["left"], "40170.82");
    assert_eq!(budget.json["own_share"], "112.00");
    assert_eq!(budget.json["period"], json!({"from": "2018-01-15", "to": "2018-12-31"}));
    assert_eq!(
        budget.json["lines"][0],
        json!({"product": "supported-housing", "planned": "21060.00", "used": "1680.00", "left": "19380.00"})
    );
    assert_eq!(budget.json["months"][1]["used"], "1680.00");
    assert_eq!(budget.json["months"][1]["own_share"], "112.00");
    // Counted up to a day before the March record, only February counts.
    let earlier =
        app.api("GET", &format!("/api/v1/clients/{client_id}/budget?as_of=2018-03-04"), STAFF, None).await;
    assert_eq!(earlier.json["used"], "1680.00");

    let statement =
        app.api("GET", &format!("/api/v1/clients/{client_id}/statements/2018-02"), STAFF, None).await;
    assert_eq!(statement.status, StatusCode::OK, "{}", statement.json);
    assert_eq!(statement.json["rows"][0]["provider"], "Testihoiva Oy");
    assert_eq!(statement.json["rows"][0]["units"], "28");
    assert_eq!(statement.json["charged"], "1680.00");
    assert_eq!(statement.json["left_after"], "41090.97");
    // March's statement: its own record, and what is left after February's charges too.
    let march = app.api("GET", &format!("/api/v1/clients/{client_id}/statements/2018-03"), STAFF, None).await;
    assert_eq!(march.status, StatusCode::OK, "{}", march.json);
    assert_eq!(march.json["rows"].as_array().map(Vec::len), Some(1), "{}", march.json);
    assert_eq!(march.json["rows"][0]["units"], "38.5");
    assert_eq!(march.json["charged"], "920.15");
    assert_eq!(march.json["left_after"], "40170.82");
}

async fn every_refusal_has_its_code_and_stores_nothing(mut app: TestApp) {
    let (client_id, token) = set_up(&mut app).await;
    let token = Some(token.as_str());
    let before = record_count(&app).await;
    let cases = [
        // B7
        (record("r1", client_id, "one-to-one-care", "2018-03-01", json!(1), "30.00"), 422, "not-in-plan"),
        (
            record("r2", client_id, "personal-assistance", "2019-01-02", json!(1), "20.00"),
            422,
            "outside-period",
        ),
        (
            record("r3", client_id, "personal-assistance", "2018-07-01", json!(1), "20.00"),
            422,
            "outside-agreement",
        ),
        (
            record("r4", client_id, "day-activities", "2018-03-01", json!(1), "75.00"),
            422,
            "outside-agreement",
        ),
        (
            record("r5", client_id, "personal-assistance", "2018-03-01", json!(0), "20.00"),
            422,
            "invalid-units",
        ),
        (
            // A sign is not part of the wire format of units (the OpenAPI document's pattern).
            record("r6", client_id, "personal-assistance", "2018-03-01", json!("-2"), "20.00"),
            400,
            "invalid-number",
        ),
        (
            record("r7", client_id, "personal-assistance", "2018-03-01", json!(1), "-0.01"),
            400,
            "invalid-money",
        ),
        // Well-formed JSON with bad values
        (record("r8", client_id, "massage", "2018-03-01", json!(1), "20.00"), 422, "unknown-product"),
        (record("r9", client_id, "personal-assistance", "1.3.2018", json!(1), "20.00"), 400, "invalid-date"),
        (
            record("r10", client_id, "personal-assistance", "2018-03-01", json!(1), "20.001"),
            400,
            "invalid-money",
        ),
        (
            record("r11", client_id, "personal-assistance", "2018-03-01", json!("many"), "20.00"),
            400,
            "invalid-number",
        ),
        (json!({"client_id": client_id}), 400, "invalid-request"),
    ];
    for (body, status, code) in cases {
        let answer = app.api("POST", "/api/v1/service-records", token, Some(body.clone())).await;
        assert_eq!((answer.status.as_u16(), answer.code()), (status, code), "{body}");
        assert!(!answer.json["error"]["message"].as_str().unwrap_or("").is_empty(), "a message for {code}");
    }
    assert_eq!(record_count(&app).await, before, "a refused record is not stored");

    // B9: the same id with other content is a conflict, and the first record stands.
    let first = record("same", client_id, "personal-assistance", "2018-03-01", json!(2), "24.50");
    assert_eq!(
        app.api("POST", "/api/v1/service-records", token, Some(first)).await.status,
        StatusCode::CREATED
    );
    let other = record("same", client_id, "personal-assistance", "2018-03-01", json!(3), "24.50");
    let conflict = app.api("POST", "/api/v1/service-records", token, Some(other)).await;
    assert_eq!((conflict.status, conflict.code()), (StatusCode::CONFLICT, "conflict"));
    assert_eq!(record_count(&app).await, before + 1);

    // The organiser's refusals.
    let path = format!("/api/v1/clients/{client_id}/decisions");
    let decision_cases = [
        (json!({"valid_from": "2018-12-31", "valid_to": "2018-01-01", "lines": []}), "invalid-period"),
        (
            json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [{"product": "supported-housing", "kind": "daily"}]}),
            "invalid-tier",
        ),
        (
            json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [{"product": "day-activities", "tier": 1, "kind": "monthly", "units_per_month": 2}]}),
            "invalid-tier",
        ),
        (
            json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [{"product": "personal-assistance", "kind": "daily"}]}),
            "invalid-line",
        ),
        (
            json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [{"product": "day-activities", "kind": "monthly"}]}),
            "invalid-line",
        ),
        (
            json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [
            {"product": "day-activities", "kind": "monthly", "units_per_month": 2},
            {"product": "day-activities", "kind": "monthly", "units_per_month": 3}]}),
            "duplicate-line",
        ),
        (
            json!({"valid_from": "2018-06-01", "valid_to": "2019-05-31", "lines": [{"product": "day-activities", "kind": "monthly", "units_per_month": 2}]}),
            "decision-overlaps",
        ),
    ];
    for (body, code) in decision_cases {
        let answer = app.api("POST", &path, STAFF, Some(body.clone())).await;
        assert_eq!((answer.status, answer.code()), (StatusCode::UNPROCESSABLE_ENTITY, code), "{body}");
    }
    let missing = app
        .api("POST", "/api/v1/clients/999999/decisions", STAFF, Some(json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [{"product": "day-activities", "kind": "monthly", "units_per_month": 2}]})))
        .await;
    assert_eq!((missing.status, missing.code()), (StatusCode::NOT_FOUND, "not-found"));
    let agreement_path = format!("/api/v1/clients/{client_id}/agreements");
    let unknown = app
        .api(
            "POST",
            &agreement_path,
            STAFF,
            Some(json!({"provider_id": 999999, "product": "day-activities", "start": "2018-01-15"})),
        )
        .await;
    assert_eq!(unknown.code(), "unknown-provider");
    let bad_client = app
        .api(
            "POST",
            "/api/v1/clients",
            STAFF,
            Some(json!({"name": " ", "municipality": "Joensuu", "language": "fi"})),
        )
        .await;
    assert_eq!(bad_client.code(), "invalid-name");
    let bad_language = app
        .api(
            "POST",
            "/api/v1/clients",
            STAFF,
            Some(json!({"name": "A", "municipality": "Joensuu", "language": "de"})),
        )
        .await;
    assert_eq!(bad_language.code(), "invalid-language");
    let month = app.api("GET", &format!("/api/v1/clients/{client_id}/statements/2018-13"), STAFF, None).await;
    assert_eq!((month.status, month.code()), (StatusCode::BAD_REQUEST, "invalid-month"));
    let no_such = app.api("GET", "/api/v1/nothing-here", STAFF, None).await;
    assert_eq!((no_such.status, no_such.code()), (StatusCode::NOT_FOUND, "not-found"));
}

async fn callers_without_the_right_are_refused(mut app: TestApp) {
    let aino = client_id(&app, "aino").await;
    let matti = client_id(&app, "matti").await;
    let budget = |id: i64| format!("/api/v1/clients/{id}/budget");
    let new_client = json!({"name": "X", "municipality": "Joensuu", "language": "fi"});

    let none = app.api("GET", &budget(aino), None, None).await;
    assert_eq!((none.status, none.code()), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let forged = app.api("GET", &budget(aino), Some("pbt_forged"), None).await;
    assert_eq!((forged.status, forged.code()), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let provider_makes_client =
        app.api("POST", "/api/v1/clients", Some(DEMO_PROVIDER_TOKEN), Some(new_client.clone())).await;
    assert_eq!(
        (provider_makes_client.status, provider_makes_client.code()),
        (StatusCode::FORBIDDEN, "forbidden")
    );
    let staff_reports = app
        .api(
            "POST",
            "/api/v1/service-records",
            STAFF,
            Some(record("x", aino, "day-activities", "2018-03-01", json!(1), "75.00")),
        )
        .await;
    assert_eq!(staff_reports.code(), "forbidden");
    // A provider reads no budgets, and cannot report for a client it has no agreement with:
    // both answer as if the client did not exist.
    let provider_reads = app.api("GET", &budget(aino), Some(DEMO_PROVIDER_TOKEN), None).await;
    assert_eq!((provider_reads.status, provider_reads.code()), (StatusCode::NOT_FOUND, "not-found"));
    let (stranger, token) = set_up(&mut app).await;
    let _ = token;
    let not_served = app
        .api(
            "POST",
            "/api/v1/service-records",
            Some(DEMO_PROVIDER_TOKEN),
            Some(record("y", stranger, "personal-assistance", "2018-03-01", json!(1), "20.00")),
        )
        .await;
    assert_eq!((not_served.status, not_served.code()), (StatusCode::NOT_FOUND, "not-found"));

    // People by session: the client sees only their own budget; a relative only their mandate's.
    app.sign_in("aino").await;
    assert_eq!(app.api("GET", &budget(aino), None, None).await.status, StatusCode::OK);
    assert_eq!(app.api("GET", &budget(matti), None, None).await.status, StatusCode::NOT_FOUND);
    let client_makes_client = app.api("POST", "/api/v1/clients", None, Some(new_client)).await;
    assert_eq!(client_makes_client.status, StatusCode::FORBIDDEN);
    app.forget_cookies();
    app.sign_in("sanna").await;
    assert_eq!(app.api("GET", &budget(matti), None, None).await.status, StatusCode::OK);
    assert_eq!(app.api("GET", &budget(aino), None, None).await.status, StatusCode::NOT_FOUND);
    app.forget_cookies();
    app.sign_in("kotipiha").await;
    assert_eq!(app.api("GET", &budget(aino), None, None).await.status, StatusCode::NOT_FOUND);
}

async fn the_cap_holds_a_record_for_review(mut app: TestApp) {
    let (client_id, token) = set_up(&mut app).await;
    let token = Some(token.as_str());
    // A whole year of housing in one record is more than the budget has left.
    let huge = record("big", client_id, "supported-housing", "2018-06-30", json!(720), "60.00");
    let held = app.api("POST", "/api/v1/service-records", token, Some(huge)).await;
    assert_eq!(held.status, StatusCode::CREATED);
    assert_eq!(
        (&held.json["status"], &held.json["charged"], &held.json["amount"]),
        (&json!("held"), &json!("0.00"), &json!("43200.00"))
    );
    let fits = record("fits", client_id, "supported-housing", "2018-06-30", json!(10), "60.00");
    assert_eq!(app.api("POST", "/api/v1/service-records", token, Some(fits)).await.json["status"], "charged");
    let budget =
        app.api("GET", &format!("/api/v1/clients/{client_id}/budget?as_of=2018-07-01"), STAFF, None).await;
    assert_eq!(budget.json["used"], "600.00", "a held record is not charged");
    assert_eq!(budget.json["held"][0]["amount"], "43200.00");
    assert_eq!(budget.json["held"][0]["provider"], "Testihoiva Oy");
}

async fn the_same_record_sent_at_once_twenty_times_is_stored_once(mut app: TestApp) {
    let (client_id, token) = set_up(&mut app).await;
    let body = record("twenty", client_id, "personal-assistance", "2018-04-03", json!(5), "24.50");
    let before = record_count(&app).await;
    let db = app.state.db.clone();
    let holder = server::services::api_tokens::holder_of(&db, &token).await.unwrap();
    let Some(TokenRole::Provider(provider_id)) = holder.map(|h| h.role) else { panic!("a provider token") };
    let record = server::services::records::NewRecord {
        provider_record_id: "twenty".into(),
        client_id,
        product: server::rules::Product::PersonalAssistance,
        date: chrono::NaiveDate::from_ymd_opt(2018, 4, 3).unwrap(),
        units: 5.into(),
        unit_price: server::rules::Money::from_cents(2450),
    };
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let (db, record) = (db.clone(), record.clone());
            tokio::spawn(async move {
                server::services::records::report(&db, provider_id, &record, record.date).await
            })
        })
        .collect();
    let mut ids = std::collections::BTreeSet::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(
                server::services::records::Outcome::Created(r)
                | server::services::records::Outcome::Repeated(r),
            ) => {
                ids.insert(r.id);
            }
            Err(e) => panic!("a repeated record must not fail: {e}"),
        }
    }
    assert_eq!(ids.len(), 1, "every answer names the one stored record");
    assert_eq!(record_count(&app).await, before + 1);
    let again = app.api("POST", "/api/v1/service-records", Some(&token), Some(body)).await;
    assert_eq!((again.status, again.json["charged"].as_str()), (StatusCode::OK, Some("122.50")));
}

/// Reports that arrive together share a commit on SQLite (store::group_commit): each is still
/// answered by the rules on its own: the refused and the conflicting ones do not spoil the others
/// of their group, and the budget's totals are the stored records summed.
async fn records_sent_at_once_are_each_answered_by_the_rules(mut app: TestApp) {
    use server::services::records::{report, NewRecord, Outcome, ReportError};
    let (client_id, token) = set_up(&mut app).await;
    let before = record_count(&app).await;
    let db = app.state.db.clone();
    let holder = server::services::api_tokens::holder_of(&db, &token).await.unwrap();
    let Some(TokenRole::Provider(provider_id)) = holder.map(|h| h.role) else { panic!("a provider token") };
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2018, 4, d).unwrap();
    let hours = |id: String, client_id: i64, date: chrono::NaiveDate, units: i64| NewRecord {
        provider_record_id: id,
        client_id,
        product: server::rules::Product::PersonalAssistance,
        date,
        units: units.into(),
        unit_price: server::rules::Money::from_cents(2450),
    };
    let mut sent: Vec<NewRecord> =
        (1..=16).map(|d| hours(format!("many-{d}"), client_id, day(d), 1)).collect();
    sent.push(hours("next-year".into(), client_id, chrono::NaiveDate::from_ymd_opt(2019, 4, 1).unwrap(), 1));
    sent.push(hours("pair".into(), client_id, day(20), 1));
    sent.push(hours("pair".into(), client_id, day(20), 2));
    sent.push(hours("nobody".into(), i64::MAX, day(21), 1));
    let tasks: Vec<_> = sent
        .into_iter()
        .map(|record| {
            let db = db.clone();
            tokio::spawn(async move {
                let outcome = report(&db, provider_id, &record, day(30)).await;
                (record.provider_record_id, outcome)
            })
        })
        .collect();
    let (mut created, mut pair) = (0, Vec::new());
    for task in tasks {
        match task.await.unwrap() {
            (id, Ok(Outcome::Created(_))) if id.starts_with("many-") => created += 1,
            (id, outcome) if id == "pair" => pair.push(outcome.map(|_| ()).map_err(|e| e.to_string())),
            (id, Err(ReportError::Refused(_))) if id == "next-year" => {}
            (id, Err(ReportError::UnknownClient)) if id == "nobody" => {}
            (id, outcome) => panic!("{id}: {outcome:?}"),
        }
    }
    assert_eq!(created, 16);
    pair.sort();
    assert_eq!(
        pair,
        [Ok(()), Err(ReportError::Conflict.to_string())],
        "one of the pair stored, the other a conflict"
    );
    assert_eq!(record_count(&app).await, before + 17);
    let (records, totals): (i64, i64) = sqlx::query_as(
        "SELECT CAST((SELECT SUM(charged_cents) FROM service_records \
                       WHERE client_id = $1 AND status = 'charged') AS BIGINT), \
                CAST((SELECT SUM(t.charged_cents) FROM decision_month_totals t \
                       JOIN decisions d ON d.id = t.decision_id WHERE d.client_id = $1) AS BIGINT)",
    )
    .bind(client_id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert!(records >= 16 * 2450, "{records}");
    assert_eq!(totals, records, "the budget's totals are the charged records summed");
}

async fn reads_by_others_than_the_client_are_logged(mut app: TestApp) {
    let matti = client_id(&app, "matti").await;
    let logged = |app: &TestApp| {
        let pool = app.state.db.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM access_log WHERE client_id = $1")
                .bind(matti)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let start = logged(&app).await;
    app.sign_in("matti").await;
    app.get("/").await;
    assert_eq!(logged(&app).await, start, "the client's own look is not logged");
    app.forget_cookies();
    app.sign_in("sanna").await;
    app.get("/").await;
    app.get("/statements/2018-03").await;
    assert_eq!(logged(&app).await, start + 2, "the relative's looks are logged");
    app.api("GET", &format!("/api/v1/clients/{matti}/budget"), STAFF, None).await;
    assert_eq!(logged(&app).await, start + 3, "the staff's look is logged");
    // Nobody changes the log, not even with SQL through the portal's own connection.
    let change = sqlx::query("DELETE FROM access_log").execute(&app.state.db.pool).await;
    assert!(change.is_err(), "the access log refuses deletes");
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let mut app = TestApp::sqlite().await;
    let doc = app.api("GET", "/api/openapi.json", None, None).await;
    assert_eq!(doc.status, StatusCode::OK);
    let paths = doc.json["paths"].as_object().expect("paths");
    for path in [
        "/api/v1/clients",
        "/api/v1/providers",
        "/api/v1/providers/{id}",
        "/api/v1/providers/{id}/active",
        "/api/v1/clients/{client_id}/agreements",
        "/api/v1/clients/{client_id}/decisions",
        "/api/v1/service-records",
        "/api/v1/clients/{client_id}/budget",
        "/api/v1/clients/{client_id}/statements/{month}",
        "/api/v1/clients/{client_id}/provider-changes",
        "/api/v1/clients/{client_id}/provider-changes/{change_id}/cancel",
        "/api/v1/clients/{client_id}/leave",
        "/api/v1/clients/{client_id}/feedback-invitations",
        "/api/v1/feedback/{invitation_id}",
        "/api/v1/visit-codes",
        "/api/v1/visit-feedback/{code}",
        "/api/v1/providers/{id}/feedback-summary",
    ] {
        assert!(paths.contains_key(path), "{path} is described");
    }
    assert!(doc.json["components"]["schemas"]["Budget"].is_object());
    assert!(doc.json["components"]["schemas"]["Provider"].is_object());
    assert!(doc.json["paths"]["/api/v1/providers"]["get"].is_object(), "the search is described");
    assert!(
        doc.json["paths"]["/api/v1/providers/{id}"]["put"].is_object(),
        "a provider's update is described"
    );
    assert!(doc.json["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc.json["components"]["schemas"]["Change"].is_object());
    assert!(doc.json["paths"]["/api/v1/clients/{client_id}/leave"]["get"].is_object());
    assert!(doc.json["components"]["schemas"]["FeedbackSummary"].is_object());
    assert!(doc.json["components"]["schemas"]["Invitation"].is_object());
    // Every parameter of the address is where the address carries it: a path parameter is in
    // the path's braces, every other one in the query, and none of those is required.
    for (path, item) in paths {
        for operation in item.as_object().unwrap().values() {
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                if parameter["in"] == "header" {
                    continue;
                }
                let name = parameter["name"].as_str().unwrap();
                let in_path = path.contains(&format!("{{{name}}}"));
                let place = if in_path { "path" } else { "query" };
                assert_eq!(parameter["in"], place, "{path} {name}");
                assert_eq!(parameter["required"].as_bool().unwrap_or(false), in_path, "{path} {name}");
            }
        }
    }
}

/// The document says what each input looks like, and the API holds to it both ways: what it
/// allows is read, what it forbids is a 4xx (schemathesis tries the rest in `scripts/test.sh`).
#[tokio::test]
async fn the_openapi_document_says_what_input_looks_like_and_the_api_keeps_to_it() {
    let mut app = TestApp::sqlite().await;
    let doc = app.api("GET", "/api/openapi.json", None, None).await.json;
    let schemas = &doc["components"]["schemas"];
    let line = &schemas["NewDecisionLine"]["properties"];
    assert_eq!(line["product"]["enum"].as_array().map(Vec::len), Some(6), "{}", line["product"]);
    assert_eq!(line["kind"]["enum"], json!(["daily", "monthly"]));
    assert_eq!((line["tier"]["minimum"].as_i64(), line["tier"]["maximum"].as_i64()), (Some(1), Some(3)));
    assert_eq!(schemas["NewClient"]["properties"]["language"]["enum"], json!(["fi", "sv", "en"]));
    assert_eq!(schemas["RecordBody"]["properties"]["unit_price"]["pattern"], "^[0-9]{1,9}(\\.[0-9]{1,2})?$");
    assert_eq!(schemas["NewAgreement"]["properties"]["start"]["format"], "date");
    let search = doc["paths"]["/api/v1/providers"]["get"]["parameters"].as_array().unwrap();
    assert!(
        search.iter().all(|p| p["in"] == "query" && p["required"] != true),
        "filters are optional queries"
    );

    let staff = Some(DEMO_STAFF_TOKEN);
    let client = app
        .api(
            "POST",
            "/api/v1/clients",
            staff,
            Some(json!({"name": "A", "municipality": "Joensuu", "language": "fi"})),
        )
        .await;
    assert_eq!(client.status, StatusCode::CREATED, "{}", client.json);
    let decisions = format!("/api/v1/clients/{}/decisions", client.json["id"]);
    let line = |units: Value| {
        json!({"valid_from": "2019-01-01", "valid_to": "2019-12-31",
               "lines": [{"product": "personal-assistance", "kind": "monthly", "units_per_month": units}]})
    };
    // A whole number written with a decimal point is still a whole number, and a number of any
    // precision in range is read.
    let made = app.api("POST", &decisions, staff, Some(line(json!(40.0)))).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
    for (units, code) in
        [(json!("1e3"), "invalid-number"), (json!(" 40"), "invalid-number"), (json!(10001), "invalid-number")]
    {
        let refused = app.api("POST", &decisions, staff, Some(line(units.clone()))).await;
        assert_eq!((refused.status, refused.code()), (StatusCode::BAD_REQUEST, code), "{units}");
    }
    let agreements = format!("/api/v1/clients/{}/agreements", client.json["id"]);
    for start in ["2018-5-7", "+2018-05-07"] {
        let body = json!({"provider_id": 1, "product": "day-activities", "start": start});
        let refused = app.api("POST", &agreements, staff, Some(body)).await;
        assert_eq!((refused.status, refused.code()), (StatusCode::BAD_REQUEST, "invalid-date"), "{start}");
    }
}

/// Property: whatever records arrive, in whatever order and however often repeated, nothing is
/// charged past the total (B8), and a repeated record changes nothing (B9). Random records from
/// a fixed seed, so a failure can be replayed.
async fn random_records_never_pass_the_cap_and_repeats_change_nothing(mut app: TestApp) {
    use rand::{Rng, SeedableRng};
    let (client_id, token) = set_up(&mut app).await;
    let token = Some(token.as_str());
    let budget_path = format!("/api/v1/clients/{client_id}/budget?as_of=2018-12-31");
    let mut rng = rand::rngs::StdRng::seed_from_u64(2018);
    let mut sent: Vec<Value> = Vec::new();
    for n in 0..60 {
        let repeat = !sent.is_empty() && rng.gen_bool(0.3);
        let body = if repeat {
            sent[rng.gen_range(0..sent.len())].clone()
        } else {
            let (product, price) = if rng.gen_bool(0.5) {
                ("supported-housing", "64.00")
            } else {
                ("personal-assistance", "23.90")
            };
            let day = format!("2018-{:02}-{:02}", rng.gen_range(2..=6), rng.gen_range(1..=28));
            record(&format!("p-{n}"), client_id, product, &day, json!(rng.gen_range(1..=400)), price)
        };
        let before = app.api("GET", &budget_path, STAFF, None).await.json;
        let answer = app.api("POST", "/api/v1/service-records", token, Some(body.clone())).await;
        let after = app.api("GET", &budget_path, STAFF, None).await.json;
        if repeat {
            assert_eq!(answer.status, StatusCode::OK, "{body}");
            assert_eq!(before, after, "a repeated record changes nothing: {body}");
        } else {
            assert_eq!(answer.status, StatusCode::CREATED, "{body}: {}", answer.json);
            sent.push(body);
        }
        let used: f64 = after["used"].as_str().unwrap().parse().unwrap();
        assert!(used <= 42770.97, "charged {used} past the cap");
    }
    let held = app.api("GET", &budget_path, STAFF, None).await.json["held"].as_array().unwrap().len();
    assert!(held > 0, "the random records were big enough to reach the cap");
}

#[tokio::test]
async fn a_token_made_on_the_command_line_works_and_a_bad_command_says_how() {
    let folder = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/cli.db", folder.path().display());
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_portal"))
            .args(args)
            .env("DATABASE_URL", &url)
            .output()
            .expect("the portal binary runs")
    };
    let made = run(&["token", "create", "--role", "staff"]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let token = String::from_utf8(made.stdout).unwrap().trim().to_string();
    assert!(token.starts_with("pbt_") && token.len() == 68, "{token}");
    let wrong = run(&["token", "create", "--role", "king"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("usage: portal"));
    let no_provider = run(&["token", "create", "--role", "provider", "--provider", "424242"]);
    assert!(String::from_utf8_lossy(&no_provider.stderr).contains("there is no provider 424242"));

    let mut app = TestApp::sqlite_with(|config| config.database_url = url.clone()).await;
    let client = json!({"name": "Komento Rivi", "municipality": "Joensuu", "language": "sv"});
    let created = app.api("POST", "/api/v1/clients", Some(&token), Some(client)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.json);
}
