//! Search over a registry of 1,000 providers and, in the same run, of 5,000 (a registry with
//! every county's providers), over loopback: the API's filtered search, the API's whole
//! registry, and the "Find a provider" page, each asked by several keep-alive connections at
//! once. Prints p50, p99 and requests a second for each, and the large/small ratios.
//!
//! `cargo bench -p server --bench provider_search` (scripts/test.sh runs it briefly). Settings:
//! `BENCH_PROVIDERS` (default 1000), `BENCH_LARGE_PROVIDERS` (default 5000), `BENCH_CONNECTIONS`
//! (default 8) and `BENCH_REQUESTS` (per connection, default 100).

mod common;

use app::providers::{Location, Quality, ACCESSIBILITY_FEATURES, STAFF_LANGUAGES};
use chrono::NaiveDate;
use server::rules::{Money, Product};
use server::store::providers::{self, ProviderData};

const MUNICIPALITIES: [&str; 13] = [
    "Joensuu",
    "Kontiolahti",
    "Liperi",
    "Outokumpu",
    "Polvijärvi",
    "Juuka",
    "Nurmes",
    "Lieksa",
    "Ilomantsi",
    "Kitee",
    "Tohmajärvi",
    "Rääkkylä",
    "Heinävesi",
];

/// A small fixed-seed generator, so every run builds the same registry.
struct Seed(u64);

impl Seed {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }

    fn some<'a, T>(&mut self, items: &'a [T], most: usize) -> Vec<&'a T> {
        let count = 1 + self.next(most);
        let start = self.next(items.len());
        (0..count).map(|i| &items[(start + i) % items.len()]).collect()
    }
}

#[tokio::main]
async fn main() {
    let sizes = [common::setting("BENCH_PROVIDERS", 1000), common::setting("BENCH_LARGE_PROVIDERS", 5000)];
    let connections = common::setting("BENCH_CONNECTIONS", 8);
    let per_connection = common::setting("BENCH_REQUESTS", 100);
    let mut measured = Vec::new();
    for count in sizes {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let state = registry_of(&folder, count).await;
        let address = common::serve(state).await;
        measured.push(measure(address, count, connections, per_connection).await);
    }
    let [small, large] = [&measured[0], &measured[1]];
    for ((what, s), (_, l)) in small.iter().zip(large) {
        println!(
            "provider search, {} against {} providers, {what}: p99 x{:.2}, requests/s x{:.2}",
            sizes[1],
            sizes[0],
            l.p99 / s.p99,
            l.per_second / s.per_second
        );
    }
}

struct Figures {
    p99: f64,
    per_second: f64,
}

/// A registry of `count` providers with their offers, places, quality data and feedback.
async fn registry_of(folder: &tempfile::TempDir, count: usize) -> server::http::AppState {
    let today = NaiveDate::from_ymd_opt(2018, 5, 10).unwrap();
    let state = common::prepare(folder, today).await;
    let mut seed = Seed(0x9e37_79b9_7f4a_7c15);
    let mut tx = state.db.pool.begin().await.unwrap();
    for n in 0..count {
        let home = MUNICIPALITIES[seed.next(MUNICIPALITIES.len())];
        let name = format!("Palvelu {n:04} Oy");
        let id = providers::insert(&mut tx, &name, home).await.unwrap();
        let offers: Vec<(Product, Money, Option<i64>)> = seed
            .some(&Product::ALL, 3)
            .into_iter()
            .map(|&p| {
                let value = p.voucher_value(Some(2)).or(p.voucher_value(None)).unwrap();
                let price = Money::from_cents(value.cents() - 200 + 100 * seed.next(6) as i64);
                let free = (p.unit() == server::rules::Unit::Day).then(|| seed.next(4) as i64);
                (p, price, free)
            })
            .collect();
        let data = ProviderData {
            name: name.clone(),
            descriptions: ["fi", "sv", "en"]
                .iter()
                .map(|l| (l.to_string(), format!("{name}: {l}")))
                .collect(),
            phone: Some("013 555 0000".into()),
            email: None,
            website: None,
            areas: std::iter::once(home)
                .chain(seed.some(&MUNICIPALITIES, 3).into_iter().copied().filter(|m| *m != home))
                .map(str::to_string)
                .collect(),
            locations: (0..1 + seed.next(2))
                .map(|i| Location {
                    name: format!("{name} {i}"),
                    address: format!("Katu {i}"),
                    postal_code: "80100".into(),
                    municipality: home.into(),
                    accessibility: seed
                        .some(&ACCESSIBILITY_FEATURES, 5)
                        .into_iter()
                        .map(|f| f.to_string())
                        .collect(),
                })
                .collect(),
            languages: seed.some(&STAFF_LANGUAGES, 3).into_iter().map(|l| l.to_string()).collect(),
            offers: Vec::new(),
            quality: Some(Quality {
                qualified_staff_percent: Some(60 + seed.next(40) as i64),
                staff_turnover_percent: Some(seed.next(30) as i64),
                complaints_upheld: Some(seed.next(3) as i64),
                inspection_date: Some("2018-01-15".into()),
                inspection_result: Some("no-remarks".into()),
                reported_on: "2018-04-30".into(),
            }),
        };
        providers::replace(&mut tx, id, &ProviderData { offers, ..data }, today).await.unwrap();
        for _ in 0..seed.next(30) {
            providers::insert_feedback(&mut *tx, id, Product::DayActivities, 1 + seed.next(5) as i64, today)
                .await
                .unwrap();
        }
    }
    tx.commit().await.unwrap();
    state
}

async fn measure(
    address: std::net::SocketAddr,
    count: usize,
    connections: usize,
    per_connection: usize,
) -> Vec<(&'static str, Figures)> {
    let mut measured = Vec::new();
    let asks = [
        (
            "API search, one service in one municipality",
            "/api/v1/providers?product=day-activities&municipality=Joensuu",
        ),
        ("API search, first page (50) of all", "/api/v1/providers"),
        ("API search, a page of 200", "/api/v1/providers?limit=200"),
        (
            "Find a provider page, one service in one municipality",
            "/providers?product=day-activities&municipality=Joensuu&sort=feedback",
        ),
    ];
    for (what, path) in asks {
        let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Language: fi\r\n\r\n");
        let (status, body) = common::get_once(address, &request).await;
        assert_eq!(status, 200, "{what}: {body}");
        assert!(body.contains("Palvelu "), "{what} finds providers: {body}");
        let (times, elapsed) = common::load(address, &request, connections, per_connection).await;
        let figures = Figures {
            p99: common::quantile_ms(&times, 0.99),
            per_second: times.len() as f64 / elapsed.as_secs_f64(),
        };
        println!(
            "provider search, {count} providers, {what}, {connections} connections x {per_connection} requests: \
             p50 {:.2} ms, p99 {:.2} ms, {:.0} requests/s, {} bytes per answer",
            common::quantile_ms(&times, 0.50),
            common::quantile_ms(&times, 0.99),
            times.len() as f64 / elapsed.as_secs_f64(),
            body.len()
        );
        measured.push((what, figures));
    }
    measured
}
