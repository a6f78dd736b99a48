//! Load on the budget API over loopback: a client with a year of daily records (housing every
//! day, assistance every weekday), `GET /api/v1/clients/{id}/budget` asked by several
//! keep-alive connections at once. Prints p50, p99 and requests a second.
//!
//! `cargo bench -p server --bench budget_api` (scripts/test.sh runs it). Settings:
//! `BENCH_CONNECTIONS` (default 8) and `BENCH_REQUESTS` (per connection, default 250).

mod common;

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use server::rules::{Money, Product};
use server::services::api_tokens;
use server::services::records::{report, NewRecord};
use server::services::registry::{self, LineRequest};
use server::store::tokens::TokenRole;

#[tokio::main]
async fn main() {
    let connections = common::setting("BENCH_CONNECTIONS", 8);
    let per_connection = common::setting("BENCH_REQUESTS", 250);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let state = common::prepare(&folder, NaiveDate::from_ymd_opt(2018, 12, 31).unwrap()).await;
    let db = state.db.clone();

    let (from, to) =
        (NaiveDate::from_ymd_opt(2018, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2018, 12, 31).unwrap());
    let client = registry::create_client(&db, "Vuoden Asiakas", "Joensuu", "fi").await.unwrap();
    let housing = (Product::SupportedHousing, Money::from_cents(6000));
    let assistance = (Product::PersonalAssistance, Money::from_cents(2450));
    let provider = registry::create_provider(&db, "Kuormitus Oy", "Joensuu", &[housing, assistance], from)
        .await
        .unwrap();
    for (product, _) in [housing, assistance] {
        registry::create_agreement(&db, client, provider, product, from, None).await.unwrap();
    }
    let lines = [
        LineRequest {
            product: Product::SupportedHousing,
            tier: Some(2),
            units_per_month: None,
            daily: true,
            unit_value: None,
        },
        LineRequest {
            product: Product::PersonalAssistance,
            tier: None,
            units_per_month: Some(Decimal::from(60)),
            daily: false,
            unit_value: None,
        },
    ];
    registry::create_decision(&db, client, from, to, &lines).await.unwrap();
    let mut records = 0;
    let mut day = from;
    while day <= to {
        let send = |product: Product, units: i64, price: Money, n: &str| NewRecord {
            provider_record_id: format!("{day}-{n}"),
            client_id: client,
            product,
            date: day,
            units: Decimal::from(units),
            unit_price: price,
        };
        let mut batch = vec![send(Product::SupportedHousing, 1, housing.1, "h")];
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            batch.push(send(Product::PersonalAssistance, 3, assistance.1, "a"));
        }
        for record in batch {
            report(&db, provider, &record, day).await.unwrap();
            records += 1;
        }
        day = day.succ_opt().unwrap();
    }
    let token = api_tokens::create(&db, TokenRole::Staff, "bench", 1).await.unwrap().token;

    let address = common::serve(state).await;

    let request = format!(
        "GET /api/v1/clients/{client}/budget HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\r\n"
    );
    // One request first, to check the answer and warm up.
    let (status, body) = common::get_once(address, &request).await;
    assert_eq!(status, 200, "the budget answers: {body}");
    assert!(body.contains("\"used\""), "a budget: {body}");

    let (times, elapsed) = common::load(address, &request, connections, per_connection).await;
    println!(
        "budget API, {records} records in a year, {connections} connections x {per_connection} requests: \
         p50 {:.2} ms, p99 {:.2} ms, {:.0} requests/s, {} bytes per answer",
        common::quantile_ms(&times, 0.50),
        common::quantile_ms(&times, 0.99),
        times.len() as f64 / elapsed.as_secs_f64(),
        body.len()
    );
}
