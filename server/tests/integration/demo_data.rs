//! The demo data is what the README and the rules promise.

use server::rules::decision::{plan, DecisionLine, LineKind};
use server::rules::{Money, Period, Product};
use sqlx::Row;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(aino_has_the_decision_and_use_of_the_worked_examples, the_registry_covers_the_pilot_area);

async fn aino_has_the_decision_and_use_of_the_worked_examples(app: TestApp) {
    let pool = &app.state.db.pool;
    let row = sqlx::query(
        "SELECT d.id, d.valid_from, d.valid_to FROM decisions d JOIN accounts a ON a.client_id = d.client_id \
         WHERE a.username = 'aino'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let decision_id: i64 = row.get("id");
    let period = Period::new(
        row.get::<String, _>("valid_from").parse().unwrap(),
        row.get::<String, _>("valid_to").parse().unwrap(),
    )
    .unwrap();
    let lines: Vec<DecisionLine> = sqlx::query(
        "SELECT product, tier, kind, units_per_month, unit_value_cents FROM decision_lines WHERE decision_id = $1 ORDER BY id",
    )
    .bind(decision_id)
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| DecisionLine {
        product: Product::parse(&r.get::<String, _>("product")).unwrap(),
        tier: r.get::<Option<i64>, _>("tier").map(|t| t as u8),
        kind: match r.get::<String, _>("kind").as_str() {
            "daily" => LineKind::Daily,
            _ => LineKind::Monthly { units_per_month: r.get::<String, _>("units_per_month").parse().unwrap() },
        },
        unit_value: Money::from_cents(r.get("unit_value_cents")),
    })
    .collect();
    assert_eq!(plan(&period, &lines).total.to_string(), "42770.97");

    let months: Vec<(String, i64)> = sqlx::query(
        "SELECT SUBSTR(service_date, 1, 7) AS month, CAST(SUM(charged_cents) AS BIGINT) AS charged \
         FROM service_records WHERE decision_id = $1 AND status = 'charged' GROUP BY SUBSTR(service_date, 1, 7) ORDER BY 1",
    )
    .bind(decision_id)
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get("month"), r.get("charged")))
    .collect();
    let shown: Vec<(String, String)> =
        months.into_iter().map(|(m, c)| (m, Money::from_cents(c).to_string())).collect();
    assert_eq!(
        shown,
        [
            ("2018-01".to_string(), "2050.97".to_string()),
            ("2018-02".to_string(), "3500.15".to_string()),
            ("2018-03".to_string(), "3600.00".to_string()),
            ("2018-04".to_string(), "3700.00".to_string()),
        ]
    );
}

async fn the_registry_covers_the_pilot_area(app: TestApp) {
    let pool = &app.state.db.pool;
    let count =
        |sql: &'static str| async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.unwrap() };
    assert!(count("SELECT COUNT(*) FROM clients").await >= 6);
    assert!(count("SELECT COUNT(*) FROM providers").await >= 12);
    assert!(count("SELECT COUNT(DISTINCT municipality) FROM providers").await >= 8);
    assert_eq!(count("SELECT COUNT(DISTINCT product) FROM provider_products").await, 6);
    // Someone in every role, the decision-maker included.
    assert_eq!(count("SELECT COUNT(DISTINCT role) FROM accounts").await, app::role::Role::ALL.len() as i64);
    let first: String =
        sqlx::query_scalar("SELECT MIN(service_date) FROM service_records").fetch_one(pool).await.unwrap();
    let last: String =
        sqlx::query_scalar("SELECT MAX(service_date) FROM service_records").fetch_one(pool).await.unwrap();
    // From the pilot's first month up to the demo's "today", 10.5.2018, and never after it.
    assert!(first.starts_with("2018-01") && last.as_str() <= "2018-05-10", "{first} .. {last}");
}
