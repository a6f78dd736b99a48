//! The reads of the budget answer, the monthly statement and a counsellor's "My clients", and
//! new service records reported, on SQLite, done straight in one hand-over (`store::direct`,
//! what the portal does) against the same work through sqlx statement by statement (what it did
//! before, and still does on PostgreSQL), on one data set made by `demo::scale`. Both ways must
//! answer the same; then each is timed for one caller at a time and for `BENCH_CONNECTIONS`
//! callers at once (docs/decisions/0046-direct-reads.md, 0050-reports-written-straight.md).
//!
//! Settings: `BENCH_CLIENTS` (default 2000), `BENCH_RECORDS_PER_CLIENT` (100),
//! `BENCH_CONNECTIONS` (8), `BENCH_REQUESTS` (calls a caller, 500), `BENCH_ONLY` (what to
//! measure, e.g. `My clients`).

mod common;

use std::future::Future;
use std::time::Instant;

use rust_decimal::Decimal;
use server::demo::scale::{self, Size};
use server::rules::YearMonth;
use server::rules::{Money, Product};
use server::services::records::{self, NewRecord, Outcome};
use server::services::{budget, counsellor, passwords};
use server::store::accounts;

/// A client for the `n`-th call, spread over all of them the same way in every run.
fn pick(clients: &[i64], n: usize) -> i64 {
    clients[(n * 7919) % clients.len()]
}

/// Calls a second when `callers` call `call` at once, `per_caller` times each.
async fn calls_a_second<F, Fut>(callers: usize, per_caller: usize, call: F) -> f64
where
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let started = Instant::now();
    let tasks: Vec<_> = (0..callers)
        .map(|c| {
            let call = call.clone();
            tokio::spawn(async move {
                for n in 0..per_caller {
                    call(c * per_caller + n).await;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a caller ends");
    }
    (callers * per_caller) as f64 / started.elapsed().as_secs_f64()
}

/// Microseconds a call, for one caller.
fn micros(per_second: f64) -> f64 {
    1e6 / per_second
}

#[tokio::main]
async fn main() {
    let clients = common::setting("BENCH_CLIENTS", 2000);
    let records_per_client = common::setting("BENCH_RECORDS_PER_CLIENT", 100);
    let callers = common::setting("BENCH_CONNECTIONS", 8);
    let per_caller = common::setting("BENCH_REQUESTS", 500);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let today = scale::year().to;
    let state = common::prepare(&folder, today).await;
    let size = Size { clients, records_per_client, providers: (clients / 100).max(1) };
    let made = scale::build(&state.db, size, &passwords::hash("bench")).await.expect("the data set is made");
    let (direct, through_sqlx) = (state.db.clone(), state.db.through_sqlx());
    let month = YearMonth::of(today);

    for n in 0..200.min(clients) {
        let client = pick(&made.client_ids, n);
        let (a, b) = (
            budget::budget(&direct, client, today).await,
            budget::budget(&through_sqlx, client, today).await,
        );
        assert_eq!(a.unwrap(), b.unwrap(), "the budget of client {client}");
        let (a, b) = (
            budget::statement(&direct, client, month).await,
            budget::statement(&through_sqlx, client, month).await,
        );
        assert_eq!(a.unwrap(), b.unwrap(), "the statement of client {client}");
    }

    println!(
        "direct reads: {clients} clients x {records_per_client} records; µs a call, then calls a second"
    );
    println!(
        "  {:<20} {:>10} {:>10} {:>12} {:>12} {:>7}",
        "asked",
        "sqlx 1",
        "direct 1",
        format!("sqlx {callers}"),
        format!("direct {callers}"),
        "ratio"
    );
    let (counsellor_id, _, caseload) = made.counsellors[0].clone();
    let counsellor = accounts::find(&direct, counsellor_id).await.unwrap().expect("the counsellor");
    let a = counsellor::workspace(&direct, &counsellor, today).await.unwrap();
    assert_eq!(a, counsellor::workspace(&through_sqlx, &counsellor, today).await.unwrap(), "My clients");
    assert_eq!(a.len(), caseload, "My clients");
    let counsellor = std::sync::Arc::new(counsellor);
    for asked in ["budget answer", "monthly statement", "My clients", "new records"]
        .into_iter()
        .filter(|a| common::wanted(a))
    {
        // A list of clients reads hundreds of rows: a twentieth as many calls.
        let per_caller = if asked == "My clients" { (per_caller / 20).max(1) } else { per_caller };
        let mut figures = Vec::new();
        let ways = [(&through_sqlx, 1), (&direct, 1), (&through_sqlx, callers), (&direct, callers)];
        for (way, (db, callers)) in ways.into_iter().enumerate() {
            let ids = if asked == "new records" { &made.provider_clients } else { &made.client_ids };
            let before = count_records(db).await;
            let (db, ids, counsellor) = (db.clone(), ids.clone(), counsellor.clone());
            let provider_id = made.provider_id;
            let per_second = calls_a_second(callers, per_caller, move |n| {
                let (db, client, counsellor) = (db.clone(), pick(&ids, n), counsellor.clone());
                async move {
                    match asked {
                        "budget answer" => {
                            std::hint::black_box(budget::budget(&db, client, today).await.expect("a budget"));
                        }
                        "monthly statement" => {
                            std::hint::black_box(
                                budget::statement(&db, client, month).await.expect("a statement"),
                            );
                        }
                        "new records" => {
                            let record = new_record(way, n, client);
                            let outcome = records::report(&db, provider_id, &record, today).await;
                            assert!(matches!(outcome, Ok(Outcome::Created(_))), "{outcome:?}");
                        }
                        _ => {
                            std::hint::black_box(
                                counsellor::workspace(&db, &counsellor, today).await.expect("a list"),
                            );
                        }
                    }
                }
            })
            .await;
            figures.push(per_second);
            if asked == "new records" {
                let stored = count_records(&direct).await - before;
                assert_eq!(stored, (callers * per_caller) as i64, "every new record stored once");
            }
        }
        println!(
            "  {asked:<20} {:>10.0} {:>10.0} {:>12.0} {:>12.0} {:>7.2}",
            micros(figures[0]),
            micros(figures[1]),
            figures[2],
            figures[3],
            figures[3] / figures[2]
        );
    }
}

/// The `n`-th new record of the `way`-th run: a new id each, an hour of personal assistance on
/// one of June's days.
fn new_record(way: usize, n: usize, client_id: i64) -> NewRecord {
    let day = 1 + (n % 28) as u32;
    NewRecord {
        provider_record_id: format!("direct-{way}-{n}"),
        client_id,
        product: Product::PersonalAssistance,
        date: chrono::NaiveDate::from_ymd_opt(2018, 6, day).expect("a day of June"),
        units: Decimal::ONE,
        unit_price: Money::from_cents(2450),
    }
}

async fn count_records(db: &server::store::Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM service_records").fetch_one(&db.pool).await.unwrap()
}
