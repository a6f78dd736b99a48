//! Two servers on one database, as behind a load balancer: a sign-in made on one holds on the
//! other and ends on both, and the throttles count the tries made on either
//! (docs/decisions/0026-scale.md). First two servers in this process, each with its own state;
//! then two `portal` processes, as they run in production.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::on_both_engines;
use crate::support::{TestApp, TestResponse};

on_both_engines!(
    a_sign_in_holds_on_both_servers_and_ends_on_both,
    both_servers_count_the_same_tries,
    two_processes_share_a_sign_in_and_the_throttles
);

async fn a_sign_in_holds_on_both_servers_and_ends_on_both(mut first: TestApp) {
    first.sign_in("aino").await;
    let mut second = first.second_server().await;
    let home = second.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.text().contains("Kirjautunut: Aino Kettunen"),
        "signed in on the second server: {}",
        home.text()
    );

    second.post_form("/sign-out", &[]).await;
    let after = first.get("/").await;
    assert!(
        !after.text().contains("Kirjautunut: Aino Kettunen"),
        "signed out on the first server too: {}",
        after.text()
    );
}

async fn both_servers_count_the_same_tries(mut first: TestApp) {
    let mut second = first.second_server().await;
    let limit = server::http::limits::PER_PLACE_PER_MINUTE as usize;
    let mut statuses = Vec::new();
    for n in 0..limit + 4 {
        let letters = server::rules::feedback::CODE_ALPHABET;
        let guess = format!("BBBBBB{}{}", char::from(letters[n / 29]), char::from(letters[n % 29]));
        let server = if n % 2 == 0 { &mut first } else { &mut second };
        let path = format!("/api/v1/visit-feedback/{guess}");
        statuses.push(server.api("POST", &path, None, Some(json!({"score": 5}))).await.status);
    }
    assert!(statuses[..limit].iter().all(|s| *s == StatusCode::NOT_FOUND), "{statuses:?}");
    assert!(statuses[limit..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}

async fn two_processes_share_a_sign_in_and_the_throttles(app: TestApp) {
    let database_url = app.state.config.database_url.clone();
    let first = Portal::start(&database_url).await;
    let second = Portal::start(&database_url).await;

    let signed_in = first.send("POST", "/sign-in", "", Some("username=aino&password=demo")).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.body);
    let cookies: Vec<String> =
        signed_in.set_cookies().iter().filter_map(|c| c.split(';').next().map(str::to_string)).collect();
    let cookie = cookies.join("; ");
    let home = second.send("GET", "/", &cookie, None).await;
    assert!(
        home.text().contains("Kirjautunut: Aino Kettunen"),
        "signed in on the second process: {}",
        home.text()
    );

    let signed_out = second.send("POST", "/sign-out", &cookie, Some("")).await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER, "{}", signed_out.body);
    let after = first.send("GET", "/", &cookie, None).await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(!after.text().contains("Aino Kettunen"), "signed out on the first process too: {}", after.text());

    let limit = server::http::limits::PER_PLACE_PER_MINUTE as usize;
    let mut statuses = Vec::new();
    for n in 0..limit + 2 {
        let letters = server::rules::feedback::CODE_ALPHABET;
        let guess = format!("CCCCCC{}{}", char::from(letters[n / 29]), char::from(letters[n % 29]));
        let portal = if n % 2 == 0 { &first } else { &second };
        let body = json!({"score": 5}).to_string();
        statuses.push(
            portal.send("POST", &format!("/api/v1/visit-feedback/{guess}"), "", Some(&body)).await.status,
        );
    }
    assert!(statuses[..limit].iter().all(|s| *s == StatusCode::NOT_FOUND), "{statuses:?}");
    assert!(statuses[limit..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}

/// The `portal` program this test run built, serving the demo on a database; stopped when
/// dropped.
struct Portal {
    child: Child,
    address: SocketAddr,
}

impl Portal {
    async fn start(database_url: &str) -> Portal {
        // A port the system has just found free; the portal binds it a moment later.
        let address = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_portal"))
            .env("DATABASE_URL", database_url)
            .env("PORTAL_LISTEN", address.to_string())
            .env("PORTAL_DEMO", "1")
            .env("PORTAL_TODAY", "2018-05-10")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("the portal program starts");
        let portal = Portal { child, address };
        let started = Instant::now();
        while portal.send("GET", "/readyz", "", None).await.status != StatusCode::OK {
            assert!(started.elapsed() < Duration::from_secs(30), "the portal at {address} did not get ready");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        portal
    }

    /// One request on a connection of its own, as a browser on the same site sends it; in
    /// HTTP/1.0, so that the answer ends where the connection does, in one piece.
    async fn send(&self, method: &str, path: &str, cookie: &str, body: Option<&str>) -> TestResponse {
        let mut request = format!(
            "{method} {path} HTTP/1.0\r\nHost: {}\r\nConnection: close\r\nAccept-Language: fi\r\n",
            self.address
        );
        if !cookie.is_empty() {
            request.push_str(&format!("Cookie: {cookie}\r\nSec-Fetch-Site: same-origin\r\n"));
        }
        if let Some(body) = body {
            let kind =
                if body.starts_with('{') { "application/json" } else { "application/x-www-form-urlencoded" };
            request
                .push_str(&format!("Content-Type: {kind}\r\nContent-Length: {}\r\n\r\n{body}", body.len()));
        } else {
            request.push_str("\r\n");
        }
        let Ok(mut stream) = TcpStream::connect(self.address).await else {
            return TestResponse {
                status: StatusCode::SERVICE_UNAVAILABLE,
                headers: HeaderMap::new(),
                body: String::new(),
            };
        };
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        let answer = String::from_utf8_lossy(&answer);
        let (head, body) = answer.split_once("\r\n\r\n").expect("an HTTP answer");
        let mut lines = head.lines();
        let status =
            lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap();
        let mut headers = HeaderMap::new();
        for (name, value) in lines.filter_map(|l| l.split_once(':')) {
            headers.append(
                HeaderName::from_bytes(name.trim().as_bytes()).unwrap(),
                HeaderValue::from_str(value.trim()).unwrap(),
            );
        }
        TestResponse { status: StatusCode::from_u16(status).unwrap(), headers, body: body.to_string() }
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
