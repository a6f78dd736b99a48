//! A provider's file of records: a file of `BENCH_UPLOAD_ROWS` rows (default 10,000; 100 clients
//! x 100 days of day activities) checked, stored, and then sent again. Prints the time of each
//! step and rows a second, and checks the counts: every row charged once, none twice.
//!
//! `cargo bench -p server --bench record_upload` (scripts/test.sh runs it with fewer rows).

mod common;

use std::time::Instant;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use server::rules::{Money, Product};
use server::services::record_upload;
use server::services::registry::{self, LineRequest};
use server::store::accounts::{self, NewAccount};

const CLIENTS: usize = 100;

#[tokio::main]
async fn main() {
    let rows = common::setting("BENCH_UPLOAD_ROWS", 10_000);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let today = NaiveDate::from_ymd_opt(2018, 12, 31).unwrap();
    let state = common::prepare(&folder, today).await;
    let db = state.db.clone();

    let (from, to) =
        (NaiveDate::from_ymd_opt(2018, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2018, 12, 31).unwrap());
    let price = Money::from_cents(7500);
    let provider =
        registry::create_provider(&db, "Tiedosto Oy", "Joensuu", &[(Product::DayActivities, price)], from)
            .await
            .unwrap();
    let line = LineRequest {
        product: Product::DayActivities,
        tier: None,
        units_per_month: Some(Decimal::from(31)),
        daily: false,
        unit_value: None,
    };
    let mut clients = Vec::with_capacity(CLIENTS);
    for n in 0..CLIENTS {
        let client = registry::create_client(&db, &format!("Asiakas {n}"), "Joensuu", "fi").await.unwrap();
        registry::create_agreement(&db, client, provider, Product::DayActivities, from, None).await.unwrap();
        registry::create_decision(&db, client, from, to, std::slice::from_ref(&line)).await.unwrap();
        clients.push(client);
    }
    let new = NewAccount {
        username: "tiedosto",
        display_name: "Tiedosto Oy",
        role: app::role::Role::Provider,
        password_hash: "-",
        client_id: None,
        provider_id: Some(provider),
        prefs: None,
        demo_situation: None,
    };
    let account_id = accounts::insert(&db.pool, &new).await.unwrap();
    let account = accounts::find(&db, account_id).await.unwrap().unwrap();

    // The Finnish spreadsheet's way: semicolons, decimal commas, dates as d.m.yyyy.
    let mut file = String::from("provider_record_id;client_id;product;date;units;unit_price\n");
    for n in 0..rows {
        let day = from + Days::new((n / CLIENTS) as u64);
        let client = clients[n % CLIENTS];
        file.push_str(&format!("r{n};{client};day-activities;{};1;75,00\n", day.format("%-d.%-m.%Y")));
    }

    let started = Instant::now();
    let id = record_upload::check(&db, &account, provider, "bench.csv", file.as_bytes(), today)
        .await
        .unwrap()
        .expect("the file is read");
    let checked = started.elapsed();
    let page = record_upload::page(&db, provider, id).await.unwrap().unwrap();
    assert_eq!(page.counts.charged, rows as i64, "every row would be charged: {:?}", page.counts);

    let started = Instant::now();
    assert!(record_upload::claim(&db, provider, id).await.unwrap());
    record_upload::store(&db, provider, id, today).await.unwrap();
    let stored = started.elapsed();
    let page = record_upload::page(&db, provider, id).await.unwrap().unwrap();
    assert_eq!(page.counts.charged, rows as i64, "every row charged: {:?}", page.counts);
    assert!(!record_upload::claim(&db, provider, id).await.unwrap(), "a stored file is not stored again");

    let started = Instant::now();
    let again = record_upload::check(&db, &account, provider, "bench.csv", file.as_bytes(), today)
        .await
        .unwrap()
        .expect("the file is read");
    assert!(record_upload::claim(&db, provider, again).await.unwrap());
    record_upload::store(&db, provider, again, today).await.unwrap();
    let sent_again = started.elapsed();
    let page = record_upload::page(&db, provider, again).await.unwrap().unwrap();
    assert_eq!(page.counts.repeated, rows as i64, "the same file again stores nothing: {:?}", page.counts);

    let in_db: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_records WHERE provider_id = $1")
        .bind(provider)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(in_db, rows as i64, "each row stored once");
    let rate = |d: std::time::Duration| rows as f64 / d.as_secs_f64();
    println!(
        "record upload, {rows} rows ({} bytes): check {:.2} s ({:.0} rows/s), store {:.2} s ({:.0} rows/s), \
         the same file checked and stored again {:.2} s ({:.0} rows/s), {in_db} records in the database",
        file.len(),
        checked.as_secs_f64(),
        rate(checked),
        stored.as_secs_f64(),
        rate(stored),
        sent_again.as_secs_f64(),
        rate(sent_again),
    );
}
