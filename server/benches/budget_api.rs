//! Load on the budget API over loopback: a client with a year of daily records (housing every
//! day, assistance every weekday), `GET /api/v1/clients/{id}/budget` asked by several
//! keep-alive connections at once. Prints p50, p99 and requests a second.
//!
//! `cargo bench -p server --bench budget_api` (scripts/test.sh runs it). Settings:
//! `BENCH_CONNECTIONS` (default 8) and `BENCH_REQUESTS` (per connection, default 250).

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, Weekday};
use leptos::config::LeptosOptions;
use rust_decimal::Decimal;
use server::config::Config;
use server::rules::{Money, Product};
use server::services::api_tokens;
use server::services::records::{report, NewRecord};
use server::services::registry::{self, LineRequest};
use server::store::tokens::TokenRole;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let connections = setting("BENCH_CONNECTIONS", 8);
    let per_connection = setting("BENCH_REQUESTS", 250);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        database_url: format!("sqlite://{}/bench.db", folder.path().display()),
        today: NaiveDate::from_ymd_opt(2018, 12, 31),
        demo: false,
        secure_cookies: true,
    };
    let leptos = LeptosOptions::builder().output_name("portal").site_root("target/site").build();
    let state = server::prepare(config, leptos).await.expect("the app starts");
    let db = state.db.clone();

    let (from, to) =
        (NaiveDate::from_ymd_opt(2018, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2018, 12, 31).unwrap());
    let client = registry::create_client(&db, "Vuoden Asiakas", "Joensuu", "fi").await.unwrap();
    let housing = (Product::SupportedHousing, Money::from_cents(6000));
    let assistance = (Product::PersonalAssistance, Money::from_cents(2450));
    let provider =
        registry::create_provider(&db, "Kuormitus Oy", "Joensuu", &[housing, assistance]).await.unwrap();
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
            report(&db, provider, &record).await.unwrap();
            records += 1;
        }
        day = day.succ_opt().unwrap();
    }
    let token = api_tokens::create(&db, TokenRole::Staff, "bench").await.unwrap();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, server::http::router(state)).await });

    let request = format!(
        "GET /api/v1/clients/{client}/budget HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\r\n"
    );
    // One request first, to check the answer and warm up.
    let (status, body) = get_once(address, &request).await;
    assert_eq!(status, 200, "the budget answers: {body}");
    assert!(body.contains("\"used\""), "a budget: {body}");

    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let request = request.clone();
            tokio::spawn(async move {
                let mut stream = TcpStream::connect(address).await.unwrap();
                let mut times = Vec::with_capacity(per_connection);
                for _ in 0..per_connection {
                    let start = Instant::now();
                    let (status, _) = exchange(&mut stream, &request).await;
                    assert_eq!(status, 200);
                    times.push(start.elapsed());
                }
                times
            })
        })
        .collect();
    let mut times: Vec<Duration> = Vec::new();
    for w in workers {
        times.extend(w.await.unwrap());
    }
    let elapsed = started.elapsed();
    times.sort();
    let pick = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
    println!(
        "budget API, {records} records in a year, {connections} connections x {per_connection} requests: \
         p50 {:.2} ms, p99 {:.2} ms, {:.0} requests/s, {} bytes per answer",
        pick(0.50).as_secs_f64() * 1000.0,
        pick(0.99).as_secs_f64() * 1000.0,
        times.len() as f64 / elapsed.as_secs_f64(),
        body.len()
    );
}

async fn get_once(address: std::net::SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    exchange(&mut stream, request).await
}

/// Sends one request on a keep-alive connection and reads one answer (with Content-Length).
async fn exchange(stream: &mut TcpStream, request: &str) -> (u16, String) {
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "the server closed the connection");
        buffer.extend_from_slice(&chunk[..n]);
        let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&buffer[..end]).to_string();
        let length: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap())
            })
            .expect("a Content-Length");
        if buffer.len() >= end + 4 + length {
            let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
            return (status, String::from_utf8_lossy(&buffer[end + 4..end + 4 + length]).to_string());
        }
    }
}
