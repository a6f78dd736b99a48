//! The scale data set (`portal demo scale`) is made by the budget rules, and the lists that read
//! many clients at once (the counsellor's) answer as reading each client alone would.

use app::budget::BudgetStatus;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use server::demo::scale::{self, Size};
use server::rules::{Money, Product};
use server::services::budget;
use server::services::records::{self, NewRecord};

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    the_scale_set_has_a_countys_shapes_and_keeps_every_cap,
    statuses_read_together_are_the_statuses_read_one_by_one,
    the_month_totals_are_the_charged_records_summed
);

async fn the_scale_set_has_a_countys_shapes_and_keeps_every_cap(app: TestApp) {
    let size = Size { clients: 400, records_per_client: 12, providers: 4 };
    let made = scale::build(&app.state.db, size, "no password").await.expect("the set is made");

    assert_eq!(made.client_ids.len(), 400);
    assert_eq!(made.records, 400 * 12);
    let first = made.client_ids[0];
    let stored =
        app.number(&format!("SELECT COUNT(*) FROM service_records WHERE client_id >= {first}")).await;
    assert_eq!(stored, 400 * 12, "every record is stored");
    let held = app
        .number(&format!(
            "SELECT COUNT(*) FROM service_records WHERE client_id >= {first} AND status = 'held'"
        ))
        .await;
    assert_eq!(held, made.held as i64);
    assert!(held > 0, "the clients short of hours have records held");

    // Caseloads of 300, 30 and the rest; one relative with a mandate for every 20 clients.
    let caseloads: Vec<usize> = made.counsellors.iter().map(|(_, _, n)| *n).collect();
    assert_eq!(caseloads, [300, 30, 70]);
    for (id, _, n) in &made.counsellors {
        let listed =
            app.number(&format!("SELECT COUNT(*) FROM clients WHERE counsellor_account_id = {id}")).await;
        assert_eq!(listed, *n as i64);
    }
    assert_eq!(made.mandates, 20);
    let lines = app
        .number(&format!(
            "SELECT COUNT(*) FROM decision_lines l JOIN decisions d ON d.id = l.decision_id \
             WHERE d.client_id >= {first}"
        ))
        .await;
    assert!((400..=1600).contains(&lines), "one to four lines a decision: {lines}");
    assert!(!made.provider_clients.is_empty(), "the first provider has clients");

    // Every fifth client has answered; a quarter of them in words, one in ten asking for contact.
    let answers =
        |more: &str| format!("SELECT COUNT(*) FROM feedback_answers WHERE client_id >= {first}{more}");
    assert_eq!(app.number(&answers("")).await, 80);
    assert_eq!(app.number(&answers(" AND words IS NOT NULL")).await, 20);
    assert_eq!(app.number(&answers(" AND contact_me = 1")).await, 8);
    // The first client signs in to their own pages, the organiser to theirs.
    let account = |username: &str, role: &str| {
        format!("SELECT COUNT(*) FROM accounts WHERE username = '{username}' AND role = '{role}'")
    };
    let client = account(&made.client_username, "client") + &format!(" AND client_id = {first}");
    assert_eq!(app.number(&client).await, 1);
    assert_eq!(app.number(&account(&made.organiser_username, "organiser")).await, 1);

    // B8 held for everyone: no decision is charged more than its total.
    for &client in &made.client_ids {
        let b = budget::budget(&app.state.db, client, scale::year().to).await.unwrap().expect("a decision");
        let (total, used): (f64, f64) = (b.total.parse().unwrap(), b.used.parse().unwrap());
        assert!(used <= total, "client {client}: used {used} of {total}");
    }
}

async fn statuses_read_together_are_the_statuses_read_one_by_one(app: TestApp) {
    let size = Size { clients: 30, records_per_client: 20, providers: 2 };
    let made = scale::build(&app.state.db, size, "no password").await.unwrap();
    // The demo's clients too: some have records refused or held, or a decision changed.
    let demo: Vec<i64> = sqlx::query_scalar("SELECT id FROM clients WHERE name NOT LIKE 'Asiakas %'")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let mut clients = made.client_ids.clone();
    clients.extend(&demo);
    let day = |m, d| NaiveDate::from_ymd_opt(2018, m, d).unwrap();
    let mut seen = Vec::new();
    for day in [day(1, 20), day(5, 10), day(9, 15), scale::year().to] {
        let statuses =
            budget::statuses(&mut app.state.db.pool.acquire().await.unwrap(), &clients, day).await.unwrap();
        // Each client's own budget, as their budget page reads it.
        let mut expected = std::collections::HashMap::new();
        for &client in &clients {
            if let Some(alone) = budget::budget(&app.state.db, client, day).await.unwrap() {
                expected.insert(client, alone.status);
            }
        }
        assert!(expected.len() >= made.client_ids.len(), "the scale clients have decisions");
        assert_eq!(statuses, expected, "on {day}");
        seen.extend(statuses.into_values());
    }
    // A client with no decision yet is left out, on PostgreSQL too (no empty `IN ()`).
    let new = server::services::registry::create_client(&app.state.db, "Uusi Asiakas", "Joensuu", "fi")
        .await
        .unwrap();
    assert!(budget::statuses(&mut app.state.db.pool.acquire().await.unwrap(), &[new], day(5, 10))
        .await
        .unwrap()
        .is_empty());
    for status in [BudgetStatus::TooEarly, BudgetStatus::OnTrack, BudgetStatus::AtRisk, BudgetStatus::UsedUp]
    {
        assert!(seen.contains(&status), "{status:?} is among the statuses compared: {seen:?}");
    }
}

/// Each decision's charges and own shares by month, summed from its charged records, as
/// (decision, month, charged cents, own share cents).
async fn summed_from_records(app: &TestApp) -> Vec<(i64, String, i64, i64)> {
    sqlx::query_as(
        "SELECT decision_id, SUBSTR(service_date, 1, 7), CAST(SUM(charged_cents) AS BIGINT), \
         CAST(SUM(own_share_cents) AS BIGINT) FROM service_records WHERE status = 'charged' \
         GROUP BY decision_id, SUBSTR(service_date, 1, 7) ORDER BY 1, 2",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn month_totals(app: &TestApp) -> Vec<(i64, String, i64, i64)> {
    sqlx::query_as(
        "SELECT decision_id, month, charged_cents, own_share_cents FROM decision_month_totals \
         ORDER BY 1, 2",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn service_totals(app: &TestApp) -> Vec<(i64, String, String, i64, i64, i64)> {
    sqlx::query_as(
        "SELECT decision_id, month, product, provider_id, charged_cents, own_share_cents \
         FROM service_month_totals ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn services_summed_from_records(app: &TestApp) -> Vec<(i64, String, String, i64, i64, i64)> {
    sqlx::query_as(
        "SELECT decision_id, SUBSTR(service_date, 1, 7), product, provider_id, \
         CAST(SUM(charged_cents) AS BIGINT), CAST(SUM(own_share_cents) AS BIGINT) FROM service_records \
         WHERE status = 'charged' GROUP BY decision_id, SUBSTR(service_date, 1, 7), product, provider_id \
         ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

/// Both running totals are the charged records summed, by decision and month, and by decision,
/// month, service and provider.
async fn assert_totals_hold(app: &TestApp, when: &str) {
    assert_eq!(month_totals(app).await, summed_from_records(app).await, "{when}");
    assert_eq!(service_totals(app).await, services_summed_from_records(app).await, "by service, {when}");
}

/// The running totals (`store::month_totals`) stay the sums of the charged records through
/// every way a record becomes charged: the scale set's bulk writes, the demo's reports, a
/// provider's new reports (charged, held, and sent again), and a counsellor's release.
async fn the_month_totals_are_the_charged_records_summed(mut app: TestApp) {
    // Every 25th client of the set is short of hours: two here.
    let size = Size { clients: 50, records_per_client: 30, providers: 2 };
    let made = scale::build(&app.state.db, size, "no password").await.unwrap();
    assert!(made.held > 0, "some records of the set are held");
    assert_totals_hold(&app, "after the set is built").await;

    // The first provider reports a day more for each of its clients, late in the year when
    // some budgets are used up (held), and sends each report twice.
    let mut outcomes = Vec::new();
    for (n, &client_id) in made.provider_clients.iter().enumerate() {
        let record = NewRecord {
            provider_record_id: format!("totals-{n}"),
            client_id,
            product: Product::PersonalAssistance,
            date: NaiveDate::from_ymd_opt(2018, 11, 1 + (n % 28) as u32).unwrap(),
            units: Decimal::from(6),
            unit_price: Money::from_cents(2_800),
        };
        for _ in 0..2 {
            let today = NaiveDate::from_ymd_opt(2018, 12, 1).unwrap();
            outcomes.push(format!(
                "{:?}",
                records::report(&app.state.db, made.provider_id, &record, today).await
            ));
        }
    }
    assert!(outcomes.iter().any(|o| o.contains("Charged")), "{outcomes:?}");
    assert_totals_hold(&app, "after new reports").await;

    // Leena's counsellor makes room in her decision and releases her held record.
    let leena: i64 = app.number("SELECT client_id FROM accounts WHERE username = 'leena'").await;
    let held = app
        .number(&format!("SELECT id FROM service_records WHERE client_id = {leena} AND status = 'held'"))
        .await;
    app.riikka_makes_room_in_leenas_decision(leena).await;
    let released = app.post_form(&format!("/clients/{leena}/held/{held}/release"), &[]).await;
    assert_eq!(released.location(), format!("/clients/{leena}/held?done=released"));
    assert_totals_hold(&app, "after the release").await;
    let totals = month_totals(&app).await;
    assert!(totals.len() > 50 * 6, "the set's months are all there: {}", totals.len());
}
