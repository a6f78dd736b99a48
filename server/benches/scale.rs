//! The portal at a county's scale against a small data set, in the same run, on SQLite and (when
//! `BENCH_POSTGRES_URL` or `TEST_POSTGRES_URL` names a server) on PostgreSQL. Each data set is
//! made by `demo::scale`, the code behind `portal demo scale`; then over loopback, with
//! `BENCH_CONNECTIONS` keep-alive connections at once:
//! - the budget answer and a monthly statement of random clients;
//! - new service records for random clients of one provider, then the same records again (the
//!   stored rows are counted: every new one once, no replay twice);
//! - pages, each connection signed in with its own session: the client's own budget (the home
//!   page), a counsellor's "My clients" of 300 clients, and the organiser's lists (own words and
//!   contact requests in feedback; refused looks).
//!
//! Prints p50, p99 and requests a second for each, the large/small ratios, the time to build,
//! the database's size per million records and the process's resident memory.
//!
//! `scripts/bench.sh` runs it in full (100,000 clients x 100 records); scripts/test.sh briefly.
//! Settings: `BENCH_CLIENTS` (default 100000), `BENCH_SMALL_CLIENTS` (300),
//! `BENCH_RECORDS_PER_CLIENT` (100), `BENCH_CONNECTIONS` (8), `BENCH_REQUESTS` (per
//! connection, 250), `BENCH_ONLY` (measure only what is asked whose name begins so, e.g. "budget"
//! when profiling one request).

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use server::demo::scale::{self, Size};
use server::http::AppState;
use server::services::{api_tokens, passwords};
use server::store::tokens::TokenRole;
use server::store::Engine;

/// One measurement: the times of every request, and the wall time of the run.
struct Figures {
    times: Vec<Duration>,
    elapsed: Duration,
}

impl Figures {
    fn p50(&self) -> f64 {
        common::quantile_ms(&self.times, 0.50)
    }
    fn p99(&self) -> f64 {
        common::quantile_ms(&self.times, 0.99)
    }
    fn per_second(&self) -> f64 {
        self.times.len() as f64 / self.elapsed.as_secs_f64()
    }
}

/// What was measured on one data set.
struct Measured {
    build: Duration,
    records: usize,
    bytes: i64,
    figures: Vec<(&'static str, Figures)>,
}

struct Settings {
    connections: usize,
    per_connection: usize,
    records_per_client: usize,
}

#[tokio::main]
async fn main() {
    let large = common::setting("BENCH_CLIENTS", 100_000);
    let small = common::setting("BENCH_SMALL_CLIENTS", 300);
    let settings = Settings {
        connections: common::setting("BENCH_CONNECTIONS", 8),
        per_connection: common::setting("BENCH_REQUESTS", 250),
        records_per_client: common::setting("BENCH_RECORDS_PER_CLIENT", 100),
    };
    let postgres = std::env::var("BENCH_POSTGRES_URL").or_else(|_| std::env::var("TEST_POSTGRES_URL")).ok();
    if postgres.is_none() {
        println!("scale: PostgreSQL not measured (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL)");
    }
    let engines = [Some(Engine::Sqlite), postgres.as_ref().map(|_| Engine::Postgres)];
    for engine in engines.into_iter().flatten() {
        let mut sets = Vec::new();
        for clients in [small, large] {
            let place = Place::new(engine, postgres.as_deref()).await;
            sets.push(measure(&place, clients, &settings).await);
            place.remove().await;
        }
        print_table(engine, [small, large], &sets, settings.records_per_client);
    }
    println!("scale: resident memory of the process at the end: {} MB", resident_megabytes());
}

/// Where one data set lives: a file in a temporary folder, or a fresh PostgreSQL database.
enum Place {
    Sqlite(tempfile::TempDir),
    Postgres { base: String, name: String },
}

impl Place {
    async fn new(engine: Engine, postgres: Option<&str>) -> Place {
        match engine {
            Engine::Sqlite => Place::Sqlite(tempfile::tempdir().expect("a temporary folder")),
            Engine::Postgres => {
                let base = postgres.expect("a PostgreSQL address").to_string();
                // The test command drops what is left of databases named so.
                let name = format!("portal_test_scale_{}", std::process::id());
                admin(&base, &format!("CREATE DATABASE {name}")).await;
                Place::Postgres { base, name }
            }
        }
    }

    fn url(&self) -> String {
        match self {
            Place::Sqlite(folder) => format!("sqlite://{}/scale.db", folder.path().display()),
            Place::Postgres { base, name } => {
                let (prefix, _) = base.rsplit_once('/').expect("a database URL ends in /name");
                format!("{prefix}/{name}")
            }
        }
    }

    async fn remove(self) {
        if let Place::Postgres { base, name } = self {
            admin(&base, &format!("DROP DATABASE {name} WITH (FORCE)")).await;
        }
    }
}

async fn admin(base: &str, sql: &str) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(base).await.expect("PostgreSQL answers");
    sqlx::query(sql).execute(&pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    pool.close().await;
}

async fn measure(place: &Place, clients: usize, settings: &Settings) -> Measured {
    let today = scale::year().to;
    let state = common::prepare_at(place.url(), today).await;
    let size = Size {
        clients,
        records_per_client: settings.records_per_client,
        // A hundred clients a provider: the provider reported for has as many clients in both sets.
        providers: (clients / 100).max(1),
    };
    let started = Instant::now();
    let made = scale::build(&state.db, size, &passwords::hash(PASSWORD)).await.expect("the data set is made");
    let build = started.elapsed();
    let db = state.db.clone();
    let staff_token = api_tokens::create(&db, TokenRole::Staff, "bench", 1).await.unwrap().token;
    let provider =
        api_tokens::create(&db, TokenRole::Provider(made.provider_id), "bench", 1).await.unwrap().token;
    let address = common::serve(state.clone()).await;
    let (connections, per_connection) = (settings.connections, settings.per_connection);
    let mut figures = Vec::new();

    for (name, asked) in [("budget answer", "budget"), ("monthly statement", "statements/2018-05")] {
        if !common::wanted(name) {
            continue;
        }
        let (clients, staff) = (made.client_ids.clone(), staff_token.clone());
        let (times, elapsed) = common::load_each(address, connections, per_connection, 200, move |c, n| {
            let client = pick(&clients, c, n);
            get(address, &staff, &format!("/api/v1/clients/{client}/{asked}"))
        })
        .await;
        figures.push((name, Figures { times, elapsed }));
    }

    if common::wanted("new records") {
        let before = count_records(&db).await;
        let report = report_request(address, provider, made.provider_clients.clone());
        let (times, elapsed) =
            common::load_each(address, connections, per_connection, 201, report.clone()).await;
        figures.push(("new records", Figures { times, elapsed }));
        let (times, elapsed) = common::load_each(address, connections, per_connection, 200, report).await;
        figures.push(("records sent again", Figures { times, elapsed }));
        let after = count_records(&db).await;
        assert_eq!(after - before, (connections * per_connection) as i64, "every new record stored once");
    }

    let (_, counsellor, caseload) = made.counsellors[0].clone();
    // Each page with what a person would look for on it.
    let pages: [(&str, &str, &str, Shows); 4] = [
        (
            "client's budget page",
            &made.client_username,
            app::paths::HOME,
            Box::new(|b| b.contains("Sinulla on jäljellä")),
        ),
        (
            "My clients (300)",
            &counsellor,
            app::paths::CLIENTS,
            Box::new(move |b| clients_named(b) == caseload),
        ),
        (
            "feedback comments",
            &made.organiser_username,
            app::paths::FEEDBACK_COMMENTS,
            Box::new(|b| b.contains("Avustaja tuli ajallaan.")),
        ),
        (
            "refused looks",
            &made.organiser_username,
            app::paths::REFUSED_LOOKS,
            Box::new(|b| b.contains("Estetyt katselut")),
        ),
    ];
    for (name, username, path, shows) in pages.into_iter().filter(|(name, ..)| common::wanted(name)) {
        let mut cookies = Vec::new();
        for _ in 0..connections {
            cookies.push(common::sign_in(address, username, PASSWORD).await);
        }
        let (status, body) = common::get_once(address, &page(address, &cookies[0], path)).await;
        assert_eq!(status, 200, "{path}: {body}");
        assert!(shows(&body), "{path} does not show what it is for:\n{body}");
        // A page is heavier than an API answer: a fifth as many requests.
        let per_connection = (per_connection / 5).max(1);
        let (times, elapsed) = common::load_each(address, connections, per_connection, 200, move |c, _| {
            page(address, &cookies[c], path)
        })
        .await;
        figures.push((name, Figures { times, elapsed }));
    }

    Measured { build, records: made.records, bytes: size_of(&state, place).await, figures }
}

/// A client for the `n`-th request of connection `c`, spread over all of them.
fn pick(clients: &[i64], c: usize, n: usize) -> i64 {
    let spread = (c * 7919 + n * 104_729) % clients.len();
    clients[spread]
}

fn get(address: SocketAddr, token: &str, path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\r\n")
}

/// New records of personal assistance, one hour each, for random clients of the provider; the
/// same (connection, n) makes the same record, so a second run sends them again.
fn report_request(
    address: SocketAddr,
    token: String,
    clients: Vec<i64>,
) -> impl Fn(usize, usize) -> String + Clone + Send + Sync + 'static {
    move |c, n| {
        let client = pick(&clients, c, n);
        let day = 1 + (c * 31 + n) % 28;
        let body = format!(
            r#"{{"provider_record_id":"bench-{c}-{n}","client_id":{client},"product":"personal-assistance","date":"2018-06-{day:02}","units":"1","unit_price":"24.50"}}"#
        );
        format!(
            "POST /api/v1/service-records HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    }
}

async fn count_records(db: &server::store::Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM service_records").fetch_one(&db.pool).await.unwrap()
}

/// What a page shows that a person would look for on it.
type Shows = Box<dyn Fn(&str) -> bool>;

/// The password every made account signs in with.
const PASSWORD: &str = "bench";

fn page(address: SocketAddr, cookie: &str, path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\n\r\n")
}

/// How many different clients of the set a page names ("Asiakas 000123").
fn clients_named(body: &str) -> usize {
    let names: std::collections::HashSet<&str> = body
        .match_indices("Asiakas ")
        .filter_map(|(at, _)| body.get(at + 8..at + 14))
        .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    names.len()
}

async fn size_of(state: &AppState, place: &Place) -> i64 {
    match place {
        Place::Sqlite(folder) => std::fs::read_dir(folder.path())
            .unwrap()
            .filter_map(|f| f.ok()?.metadata().ok())
            .map(|m| m.len() as i64)
            .sum(),
        Place::Postgres { .. } => sqlx::query_scalar("SELECT pg_database_size(current_database())")
            .fetch_one(&state.db.pool)
            .await
            .unwrap(),
    }
}

fn resident_megabytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    kb / 1024
}

fn print_table(engine: Engine, clients: [usize; 2], sets: &[Measured], records_per_client: usize) {
    let [small, large] = [&sets[0], &sets[1]];
    println!(
        "scale on {engine:?}: small {} clients, large {} clients, {records_per_client} records each",
        clients[0], clients[1]
    );
    for (set, n) in [(small, clients[0]), (large, clients[1])] {
        let per_million = set.bytes as f64 / set.records.max(1) as f64 * 1e6 / 1e6;
        println!(
            "  {n} clients: built {} records in {:.1} s ({:.0} a second); {:.0} MB, {per_million:.0} MB per million records",
            set.records,
            set.build.as_secs_f64(),
            set.records as f64 / set.build.as_secs_f64(),
            set.bytes as f64 / 1e6
        );
    }
    println!(
        "  {:<20} {:>9} {:>9} {:>8}   {:>9} {:>9} {:>8}   {:>7} {:>7}",
        "asked", "small p50", "p99", "req/s", "large p50", "p99", "req/s", "p99 x", "req/s x"
    );
    for ((name, s), (_, l)) in small.figures.iter().zip(&large.figures) {
        println!(
            "  {name:<20} {:>9.2} {:>9.2} {:>8.0}   {:>9.2} {:>9.2} {:>8.0}   {:>7.2} {:>7.2}",
            s.p50(),
            s.p99(),
            s.per_second(),
            l.p50(),
            l.p99(),
            l.per_second(),
            l.p99() / s.p99(),
            l.per_second() / s.per_second()
        );
    }
}
