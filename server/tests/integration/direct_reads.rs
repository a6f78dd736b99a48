//! On an SQLite file the budget answer, the monthly statement and the counsellor's list are read
//! straight on the database (`store::direct`); they must answer exactly what the reads through
//! sqlx answer,
//! which PostgreSQL uses and the other tests check there (docs/decisions/0046-direct-reads.md).

use app::counsellor::Attention;
use chrono::NaiveDate;
use server::rules::YearMonth;
use server::services::{budget, counsellor};
use server::store::accounts;

use crate::support::TestApp;

/// Every demo client's budget and statements, on days all through their decisions: held,
/// refused and settled records, clients with two decisions, a client with none.
#[tokio::test]
async fn budgets_and_statements_read_straight_are_those_read_through_sqlx() {
    let app = TestApp::sqlite().await;
    let (direct, through_sqlx) = (app.state.db.clone(), app.state.db.without_direct_reads());
    assert!(direct.reads_directly(), "an SQLite file is read straight");
    assert!(!through_sqlx.reads_directly());

    let clients: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM clients ORDER BY id").fetch_all(&app.state.db.pool).await.unwrap();
    assert!(clients.len() >= 7, "the demo's clients");
    let (mut budgets, mut statements) = (0, 0);
    for client in clients.iter().copied().chain([999_999]) {
        for month in 1..=12 {
            let month = YearMonth::of(NaiveDate::from_ymd_opt(2018, month, 1).unwrap());
            for day in [month.first_day(), month.last_day()] {
                let straight = budget::budget(&direct, client, day).await.unwrap();
                assert_eq!(
                    straight,
                    budget::budget(&through_sqlx, client, day).await.unwrap(),
                    "{client} {day}"
                );
                budgets += usize::from(straight.is_some());
            }
            let straight = budget::statement(&direct, client, month).await.unwrap();
            assert_eq!(
                straight,
                budget::statement(&through_sqlx, client, month).await.unwrap(),
                "{client} {month}"
            );
            statements += usize::from(straight.is_some_and(|s| !s.rows.is_empty()));
        }
    }
    // Not only empty answers compared: most clients have a budget and records most months.
    assert!(budgets > 100, "{budgets} budgets");
    assert!(statements >= 20, "{statements} statements with records");
}

/// A record stored one moment shows in the budget read straight the next: the reads see every
/// commit, whatever connection made it.
#[tokio::test]
async fn a_record_just_reported_is_in_the_budget_read_straight() {
    let mut app = TestApp::sqlite().await;
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    let today = app.state.clock.today();
    let before = budget::budget(&app.state.db, aino, today).await.unwrap().expect("Aino has a budget");

    let answer = app
        .api(
            "POST",
            "/api/v1/service-records",
            Some("demo-provider-token-kotipiha"),
            // Kotipiha Oy gives Aino her day activities.
            Some(serde_json::json!({
                "provider_record_id": "direct-reads-1",
                "client_id": aino,
                "product": "day-activities",
                "date": today.to_string(),
                "units": 1,
                "unit_price": "50.00"
            })),
        )
        .await;
    assert_eq!(answer.status, 201, "{}", answer.json);
    assert_eq!(answer.json["status"], "charged", "{}", answer.json);

    let after = budget::budget(&app.state.db, aino, today).await.unwrap().expect("Aino has a budget");
    assert_ne!(after.used, before.used, "the record is counted at once");
    assert_eq!(
        after,
        budget::budget(&app.state.db.without_direct_reads(), aino, today).await.unwrap().unwrap()
    );
}

/// Riikka's "My clients", read straight, is the list read through sqlx on every month's first
/// and last day: what needs attention changes through the year.
#[tokio::test]
async fn my_clients_read_straight_is_the_list_read_through_sqlx() {
    let app = TestApp::sqlite().await;
    let (direct, through_sqlx) = (app.state.db.clone(), app.state.db.without_direct_reads());
    let riikka = accounts::find_by_username(&direct, "riikka").await.unwrap().expect("the demo's counsellor");
    // Not only lists without a budget's status compared: the budgets' outlooks come out.
    let mut at_risk = 0;
    for month in 1..=12 {
        let month = YearMonth::of(NaiveDate::from_ymd_opt(2018, month, 1).unwrap());
        for day in [month.first_day(), month.last_day()] {
            let straight = counsellor::workspace(&direct, &riikka, day).await.unwrap();
            assert_eq!(straight, counsellor::workspace(&through_sqlx, &riikka, day).await.unwrap(), "{day}");
            assert!(straight.len() >= 5, "{day}: Riikka's clients");
            at_risk += straight
                .iter()
                .filter(|c| c.attention.iter().any(|a| matches!(a, Attention::AtRisk | Attention::UsedUp)))
                .count();
        }
    }
    assert!(at_risk >= 2, "{at_risk} budgets at risk or used up");
}
