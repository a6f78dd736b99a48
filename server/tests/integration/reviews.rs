//! Records held for review (B8): Leena's counsellor Riikka refuses one with a reason, or, once
//! the decision has room, releases it. A release that would pass the cap, a refusal without a
//! reason, and anyone but Leena's counsellor change nothing.

use axum::http::StatusCode;
use rust_decimal::Decimal;
use server::rules::records::RecordStatus;
use server::rules::{Money, Product};
use server::services::records::{self, NewRecord, Outcome};

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    riikka_refuses_a_held_record_and_leena_reads_why,
    a_held_record_is_released_once_the_decision_has_room,
    only_leenas_counsellor_reviews_her_records
);

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

async fn held_record(app: &TestApp, client_id: i64) -> i64 {
    app.number(&format!("SELECT id FROM service_records WHERE client_id = {client_id} AND status = 'held'"))
        .await
}

async fn status(app: &TestApp, record: i64) -> String {
    sqlx::query_scalar(&format!("SELECT status FROM service_records WHERE id = {record}"))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn charged_cents(app: &TestApp, client_id: i64) -> i64 {
    app.number(&format!(
        "SELECT CAST(COALESCE(SUM(charged_cents), 0) AS BIGINT) FROM service_records \
             WHERE client_id = {client_id} AND status = 'charged'"
    ))
    .await
}

/// The record as its provider sent it, to send it again.
async fn as_sent(app: &TestApp, record: i64) -> (i64, NewRecord) {
    let row: (i64, String, i64, String, String, String, i64) = sqlx::query_as(&format!(
        "SELECT provider_id, provider_record_id, client_id, product, service_date, units, unit_price_cents \
         FROM service_records WHERE id = {record}"
    ))
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let sent = NewRecord {
        provider_record_id: row.1,
        client_id: row.2,
        product: Product::parse(&row.3).unwrap(),
        date: row.4.parse().unwrap(),
        units: row.5.parse::<Decimal>().unwrap(),
        unit_price: Money::from_cents(row.6),
    };
    (row.0, sent)
}

async fn riikka_refuses_a_held_record_and_leena_reads_why(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let record = held_record(&app, leena).await;
    let page = format!("/clients/{leena}/held");
    let charged = charged_cents(&app, leena).await;
    app.sign_in("riikka").await;
    let list = app.get(&page).await;
    assert_eq!(list.status, StatusCode::OK);
    let text = list.text();
    assert!(text.contains("Tarkistusta odottavat kirjaukset: Leena Turunen"), "{text}");
    assert!(text.contains("7.5.2018: Päivätoiminta"), "{text}");
    assert!(text.contains("Budjetissa on nyt jäljellä 750,00\u{a0}€."), "{text}");
    assert!(text.contains("12 päivää, Outokummun Toimintakeskus: 900,00\u{a0}€"), "{text}");

    // 900 € do not fit in the 750 € left: the cap stays hard, and nothing is charged.
    let release = app.post_form(&format!("{page}/{record}/release"), &[]).await;
    assert_eq!((release.status, release.location()), (StatusCode::SEE_OTHER, page.as_str()));
    let again = app.get(&page).await.text();
    let does_not_fit = "Kirjaus ei mahdu siihen, mitä budjetissa on jäljellä.";
    assert_eq!(again.matches(does_not_fit).count(), 2, "in the summary and on the card: {again}");
    assert_eq!(status(&app, record).await, "held");

    // A refusal needs a reason; without one the form comes back and nothing is written.
    let blank = app.post_form(&format!("{page}/{record}/refuse"), &[("reason", "   ")]).await;
    assert_eq!(blank.location(), page);
    let again = app.get(&page).await.text();
    assert_eq!(again.matches("Kirjoita syy, jonka takia hylkäät kirjauksen").count(), 2, "{again}");
    assert_eq!(status(&app, record).await, "held");
    assert_eq!(app.number("SELECT COUNT(*) FROM record_reviews").await, 0);

    let reason = "Toukokuun päivät on jo maksettu toisesta päätöksestä.";
    let refused = app.post_form(&format!("{page}/{record}/refuse"), &[("reason", reason)]).await;
    assert_eq!(refused.location(), format!("{page}?done=refused"));
    let done = app.get(refused.location()).await.text();
    assert!(done.contains("Kirjaus on hylätty. Asiakas näkee syyn."), "{done}");
    assert!(done.contains("Yksikään kirjaus ei odota tarkistusta."), "{done}");
    assert_eq!(status(&app, record).await, "refused");
    assert_eq!(charged_cents(&app, leena).await, charged, "a refused record is never charged");

    // Refused once is refused: a second post finds nothing held.
    app.post_form(&format!("{page}/{record}/refuse"), &[("reason", "Uudelleen.")]).await;
    let twice = app.get(&page).await.text();
    assert!(twice.contains("Tämä kirjaus ei enää odota tarkistusta."), "{twice}");
    assert_eq!(app.number("SELECT COUNT(*) FROM record_reviews").await, 1);
    let workspace = app.get("/clients").await.text();
    assert!(!workspace.contains("odottaa tarkistusta"), "nothing held any more: {workspace}");

    // The provider sending the record again learns it was refused; nothing is charged.
    let (provider, sent) = as_sent(&app, record).await;
    let today = chrono::NaiveDate::from_ymd_opt(2018, 5, 10).unwrap();
    match records::report(&app.state.db, provider, &sent, today).await {
        Ok(Outcome::Repeated(first)) => assert_eq!(first.status, RecordStatus::Refused),
        other => panic!("the first result again: {other:?}"),
    }
    assert_eq!(charged_cents(&app, leena).await, charged);

    // Leena reads it on her budget and on "Done for me", and that Riikka looked.
    app.forget_cookies();
    app.sign_in("leena").await;
    let budget = app.get("/").await.text();
    assert!(budget.contains("Hylätyt palvelut"), "{budget}");
    assert!(budget.contains(&format!("Syy: {reason}")), "{budget}");
    assert!(!budget.contains("Tarkistusta odottavat palvelut"), "{budget}");
    let done_for_me = app.get("/done-for-me").await.text();
    assert!(
        done_for_me.contains(&format!(
            "Riikka Savolainen (palveluohjaaja) hylkäsi tarkistusta odottaneen palvelun, eikä sitä makseta \
             budjetistasi: 7.5.2018, Päivätoiminta, 12 päivää, Outokummun Toimintakeskus, 900,00\u{a0}€. Syy: {reason}"
        )),
        "{done_for_me}"
    );
    let looks = app.get("/who-looked").await.text();
    assert!(looks.contains("katsoi tarkistusta odottavia palvelujasi"), "{looks}");
}

async fn a_held_record_is_released_once_the_decision_has_room(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let record = held_record(&app, leena).await;
    let charged = charged_cents(&app, leena).await;
    app.riikka_makes_room_in_leenas_decision(leena).await;
    let invitations = format!(
        "SELECT COUNT(*) FROM feedback_invitations WHERE client_id = {leena} AND service_day = '2018-05-07'"
    );
    assert_eq!(app.number(&invitations).await, 0, "a held record asks for no feedback");

    let page = format!("/clients/{leena}/held");
    assert!(app.get(&page).await.text().contains("Budjetissa on nyt jäljellä 3\u{a0}000,00\u{a0}€."));
    let released = app.post_form(&format!("{page}/{record}/release"), &[]).await;
    assert_eq!(released.location(), format!("{page}?done=released"));
    let done = app.get(released.location()).await.text();
    assert!(done.contains("Kirjaus on hyväksytty ja maksettu budjetista."), "{done}");
    assert!(done.contains("Budjetissa on nyt jäljellä 2\u{a0}100,00\u{a0}€."), "{done}");
    assert_eq!(status(&app, record).await, "charged");
    assert_eq!(charged_cents(&app, leena).await, charged + 90_000);
    assert_eq!(app.number(&invitations).await, 1, "charged now: Leena may tell how the day went");

    app.forget_cookies();
    app.sign_in("leena").await;
    let done_for_me = app.get("/done-for-me").await.text();
    assert!(
        done_for_me.contains(
            "Riikka Savolainen (palveluohjaaja) hyväksyi tarkistusta odottaneen palvelun, ja se maksettiin \
             budjetistasi: 7.5.2018, Päivätoiminta, 12 päivää, Outokummun Toimintakeskus, 900,00\u{a0}€"
        ),
        "{done_for_me}"
    );
}

async fn only_leenas_counsellor_reviews_her_records(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let matti = client(&app, "matti").await;
    let record = held_record(&app, leena).await;
    let refusals = "SELECT COUNT(*) FROM access_refusals";

    // Sanna may act for Matti, not for Leena: 404, logged, nothing changes.
    app.sign_in("sanna").await;
    let before = app.number(refusals).await;
    let page = format!("/clients/{leena}/held");
    assert_eq!(app.get(&page).await.status, StatusCode::NOT_FOUND);
    let post = app.post_form(&format!("{page}/{record}/refuse"), &[("reason", "Ei.")]).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
    assert_eq!(app.number(refusals).await, before + 2);
    assert_eq!(status(&app, record).await, "held");

    // Riikka cannot reach one client's record through another client's address.
    app.forget_cookies();
    app.sign_in("riikka").await;
    let mattis = format!("/clients/{matti}/held");
    app.post_form(&format!("{mattis}/{record}/refuse"), &[("reason", "Väärä osoite.")]).await;
    let text = app.get(&mattis).await.text();
    assert!(text.contains("Tämä kirjaus ei enää odota tarkistusta."), "{text}");
    assert_eq!(status(&app, record).await, "held");
    assert_eq!(app.number("SELECT COUNT(*) FROM record_reviews").await, 0);
}
