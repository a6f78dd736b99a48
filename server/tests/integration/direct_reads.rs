//! On an SQLite file the budget answer, the monthly statement and the counsellor's list are read
//! straight on the database (`store::direct`), and reports are written straight; they must
//! answer and write exactly what the same work through sqlx does, which PostgreSQL uses and the
//! other tests check there (docs/decisions/0046-direct-reads.md, 0050-reports-written-straight.md).

use app::counsellor::Attention;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use server::rules::{Money, Product, YearMonth};
use server::services::records::{self, NewRecord, Outcome};
use server::services::{budget, counsellor};
use server::store::accounts;
use server::store::Db;

use crate::support::TestApp;

/// Every demo client's budget and statements, on days all through their decisions: held,
/// refused and settled records, clients with two decisions, a client with none.
#[tokio::test]
async fn budgets_and_statements_read_straight_are_those_read_through_sqlx() {
    let app = TestApp::sqlite().await;
    let (direct, through_sqlx) = (app.state.db.clone(), app.state.db.through_sqlx());
    assert!(direct.works_straight(), "an SQLite file is read straight");
    assert!(!through_sqlx.works_straight());

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
    assert_eq!(after, budget::budget(&app.state.db.through_sqlx(), aino, today).await.unwrap().unwrap());
}

/// Riikka's "My clients", read straight, is the list read through sqlx on every month's first
/// and last day: what needs attention changes through the year.
#[tokio::test]
async fn my_clients_read_straight_is_the_list_read_through_sqlx() {
    let app = TestApp::sqlite().await;
    let (direct, through_sqlx) = (app.state.db.clone(), app.state.db.through_sqlx());
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

/// The same reports, on two copies of the demo, one written straight and one through sqlx: each
/// answered the same, and every row they write the same (the records, the month totals, the
/// feedback invitations, the messages and their e-mails). Aino's day activities at Kotipiha
/// until the budget is used up: charged, past 80 %, held at the limit; a record sent again, one
/// with a used id, one outside the decision and one for a client Kotipiha does not serve.
#[tokio::test]
async fn reports_written_straight_write_what_reports_through_sqlx_write() {
    let (straight, sqlx_app) = (TestApp::sqlite().await, TestApp::sqlite().await);
    let (direct, through_sqlx) = (straight.state.db.clone(), sqlx_app.state.db.through_sqlx());
    let aino = straight.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    let kotipiha = straight.number("SELECT id FROM providers WHERE name LIKE 'Kotipiha%'").await;
    let today = straight.state.clock.today();
    // Aino wants every message by e-mail, so the reports queue e-mails too.
    for db in [&direct, &through_sqlx] {
        let account = "(SELECT id FROM accounts WHERE username = 'aino')";
        let given = format!(
            "INSERT INTO email_addresses (account_id, address, verified_at) VALUES ({account}, 'aino@example.fi', 1); \
             INSERT INTO email_topics (account_id, topic) SELECT {account}, t FROM (SELECT 'budget' AS t \
             UNION SELECT 'provider' UNION SELECT 'decision' UNION SELECT 'helpers' UNION SELECT 'counsellor') topics"
        );
        sqlx::raw_sql(&given).execute(&db.pool).await.unwrap();
    }
    let record = |n: u32, client_id: i64, date: NaiveDate| NewRecord {
        provider_record_id: format!("straight-{n}"),
        client_id,
        product: Product::DayActivities,
        date,
        units: Decimal::from((n % 5 + 1) * 6),
        unit_price: Money::from_cents(5000),
    };
    let may = |day| NaiveDate::from_ymd_opt(2018, 5, day).unwrap();
    let mut reports: Vec<NewRecord> = (1..=40).map(|n| record(n, aino, may(1 + n % 9))).collect();
    reports.push(record(3, aino, may(4)));
    reports.push(NewRecord { units: Decimal::from(9), ..record(4, aino, may(5)) });
    reports.push(record(41, aino, NaiveDate::from_ymd_opt(2030, 1, 2).unwrap()));
    reports.push(record(42, 999_999, may(2)));

    let mut held = 0;
    for report in &reports {
        let a = records::report(&direct, kotipiha, report, today).await;
        let b = records::report(&through_sqlx, kotipiha, report, today).await;
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{report:?}");
        held += usize::from(matches!(a, Ok(Outcome::Created(r)) if r.status.code() == "held"));
    }
    assert!(held >= 1, "the budget was used up and a record held");
    for table in WRITTEN_BY_A_REPORT {
        let (a, b) = (rows_of(&direct, table).await, rows_of(&through_sqlx, table).await);
        assert_eq!(a, b, "{table}");
        assert!(!a.is_empty(), "{table} has rows");
    }
    for kind in ["record-held", "budget-used-80", "feedback-open"] {
        let told: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE kind = $1")
            .bind(kind)
            .fetch_one(&direct.pool)
            .await
            .unwrap();
        assert!(told >= 1, "a message {kind}");
    }
}

/// What a report writes, a table's rows as text; `messages` without the moment it was written.
const WRITTEN_BY_A_REPORT: [&str; 6] = [
    "SELECT id || ' ' || provider_record_id || ' ' || client_id || ' ' || decision_id || ' ' || product \
     || ' ' || service_date || ' ' || units || ' ' || charged_cents || ' ' || own_share_cents || ' ' || status \
     FROM service_records ORDER BY id",
    "SELECT decision_id || ' ' || month || ' ' || charged_cents || ' ' || own_share_cents \
     FROM decision_month_totals ORDER BY decision_id, month",
    "SELECT decision_id || ' ' || month || ' ' || product || ' ' || provider_id || ' ' || charged_cents \
     FROM service_month_totals ORDER BY decision_id, month, product, provider_id",
    "SELECT id || ' ' || client_id || ' ' || provider_id || ' ' || service_day || ' ' || products || ' ' \
     || opened_on FROM feedback_invitations ORDER BY id",
    "SELECT id || ' ' || account_id || ' ' || COALESCE(client_id, '-') || ' ' || kind || ' ' || facts \
     || ' ' || event_key || ' ' || link FROM messages ORDER BY id",
    "SELECT message_id || ' ' || address || ' ' || status FROM email_deliveries ORDER BY message_id",
];

async fn rows_of(db: &Db, sql: &str) -> Vec<String> {
    sqlx::query_scalar(sql).fetch_all(&db.pool).await.unwrap()
}
