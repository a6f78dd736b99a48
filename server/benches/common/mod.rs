//! What the benchmarks share: serving the portal on loopback, one request and its answer over
//! plain TCP, and the percentiles of the times taken.

// Each benchmark is its own crate and uses only some of these.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use leptos::config::LeptosOptions;
use server::config::Config;
use server::http::AppState;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Whether `BENCH_ONLY` leaves `name` in: everything is measured when it is not set.
pub fn wanted(name: &str) -> bool {
    std::env::var("BENCH_ONLY").ok().is_none_or(|only| name.starts_with(only.as_str()))
}

/// The portal over an empty SQLite database in `folder`, with "today" fixed.
pub async fn prepare(folder: &tempfile::TempDir, today: NaiveDate) -> AppState {
    prepare_at(format!("sqlite://{}/bench.db", folder.path().display()), today).await
}

/// The portal over the database at `database_url`, with "today" fixed.
pub async fn prepare_at(database_url: String, today: NaiveDate) -> AppState {
    let config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        database_url,
        today: Some(today),
        demo: false,
        secure_cookies: true,
        session: Default::default(),
        identification: server::config::Identification::demo(),
        email: None,
        payer: None,
    };
    let leptos = LeptosOptions::builder().output_name("portal").site_root("target/site").build();
    server::prepare(config, leptos).await.expect("the app starts")
}

pub async fn serve(state: AppState) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, server::http::router(state)).await });
    address
}

/// Signs in with a password as a browser's form would; answers with the session cookie to send.
pub async fn sign_in(address: SocketAddr, username: &str, password: &str) -> String {
    let body = format!("username={username}&password={password}");
    let request = format!(
        "POST /sign-in HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    let head = answer.split("\r\n\r\n").next().unwrap_or_default();
    // The session and the preferences, as a browser would send them back.
    let cookies: Vec<&str> = head
        .lines()
        .filter_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("set-cookie")
                .then(|| value.trim().split(';').next().unwrap_or_default())
        })
        .collect();
    let session = server::http::session_cookie_name(true);
    assert!(cookies.iter().any(|c| c.starts_with(session)), "{username} could not sign in:\n{answer}");
    cookies.join("; ")
}

pub async fn get_once(address: SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    exchange(&mut stream, request).await
}

/// Sends one request on a keep-alive connection and reads one answer, sized by
/// Content-Length or sent in chunks (as server-rendered pages are).
pub async fn exchange(stream: &mut TcpStream, request: &str) -> (u16, String) {
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    loop {
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "the server closed the connection");
        buffer.extend_from_slice(&chunk[..n]);
        let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        let body = &buffer[end + 4..];
        if head.contains("transfer-encoding: chunked") {
            if let Some(body) = dechunk(body) {
                return (status, body);
            }
            continue;
        }
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
            .expect("a Content-Length or chunks");
        if body.len() >= length {
            return (status, String::from_utf8_lossy(&body[..length]).to_string());
        }
    }
}

/// The body of a complete chunked answer, or `None` while the last chunk has not come.
fn dechunk(mut data: &[u8]) -> Option<String> {
    let mut body = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size = usize::from_str_radix(std::str::from_utf8(&data[..line_end]).ok()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(String::from_utf8_lossy(&body).to_string());
        }
        if data.len() < size + 2 {
            return None;
        }
        body.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

/// Sends `request` `per_connection` times on each of `connections` keep-alive connections at
/// once; answers with the times taken and the wall time of the whole run.
pub async fn load(
    address: SocketAddr,
    request: &str,
    connections: usize,
    per_connection: usize,
) -> (Vec<Duration>, Duration) {
    let request = request.to_string();
    load_each(address, connections, per_connection, 200, move |_, _| request.clone()).await
}

/// Like [`load`], with each request made by `request(connection, n)` and `status` expected of
/// every answer.
pub async fn load_each(
    address: SocketAddr,
    connections: usize,
    per_connection: usize,
    status: u16,
    request: impl Fn(usize, usize) -> String + Send + Sync + 'static,
) -> (Vec<Duration>, Duration) {
    let request = std::sync::Arc::new(request);
    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|connection| {
            let request = request.clone();
            tokio::spawn(async move {
                let mut stream = TcpStream::connect(address).await.unwrap();
                let mut times = Vec::with_capacity(per_connection);
                for n in 0..per_connection {
                    let request = request(connection, n);
                    let start = Instant::now();
                    let (answered, body) = exchange(&mut stream, &request).await;
                    assert_eq!(answered, status, "{request}\n{body}");
                    times.push(start.elapsed());
                }
                times
            })
        })
        .collect();
    let mut times = Vec::new();
    for w in workers {
        times.extend(w.await.unwrap());
    }
    times.sort();
    (times, started.elapsed())
}

/// The `q` quantile of sorted times, in milliseconds.
pub fn quantile_ms(sorted: &[Duration], q: f64) -> f64 {
    let index = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index].as_secs_f64() * 1000.0
}
