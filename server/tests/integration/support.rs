//! The test harness: a fresh database per test (an SQLite file in a temporary folder, or a new
//! PostgreSQL database), the real router driven with `oneshot`, and a small cookie jar.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use server::config::Config;
use server::http::{router, AppState};
use tower::ServiceExt;

pub struct TestApp {
    pub state: AppState,
    router: Router,
    cookies: BTreeMap<String, String>,
    pub accept_language: Option<&'static str>,
    _folder: Option<tempfile::TempDir>,
}

pub struct ApiResponse {
    pub status: StatusCode,
    pub json: serde_json::Value,
}

impl ApiResponse {
    /// The stable error code of an error answer.
    pub fn code(&self) -> &str {
        self.json["error"]["code"].as_str().unwrap_or("")
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect()
    }

    /// The text of the page without tags, with entities for the common characters decoded.
    pub fn text(&self) -> String {
        let mut visible = String::new();
        let mut rest = self.body.as_str();
        while let Some(start) = rest.find("<script") {
            visible.push_str(&rest[..start]);
            rest = rest[start..].find("</script>").map_or("", |end| &rest[start + end + 9..]);
        }
        visible.push_str(rest);
        let mut out = String::new();
        let mut in_tag = false;
        for c in visible.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'")
    }
}

/// The once-seeded demo database `TestApp::sqlite` copies, written whole (no WAL beside it) by
/// `VACUUM INTO`. Its folder lives as long as the test process.
async fn demo_template() -> &'static std::path::Path {
    static TEMPLATE: tokio::sync::OnceCell<(tempfile::TempDir, std::path::PathBuf)> =
        tokio::sync::OnceCell::const_new();
    let (_, template) = TEMPLATE
        .get_or_init(|| async {
            let folder = tempfile::tempdir().expect("a temporary folder");
            let seeded = folder.path().join("seeded.db");
            let state = server::prepare(config(format!("sqlite://{}", seeded.display())), leptos_options())
                .await
                .expect("the demo database is seeded");
            let template = folder.path().join("template.db");
            sqlx::query(&format!("VACUUM INTO '{}'", template.display()))
                .execute(&state.db.pool)
                .await
                .expect("the seeded database is copied whole");
            // The pool belongs to the first test's runtime; only the file outlives it.
            state.db.pool.close().await;
            (folder, template)
        })
        .await;
    template
}

/// The demo database on PostgreSQL that each test's database is made from (`CREATE DATABASE ..
/// TEMPLATE`), seeded once per test run; named like the test databases, so the test command
/// drops it with them.
async fn postgres_template(base: &str) -> &'static str {
    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let name = format!("portal_test_template_{}", rand::random::<u64>());
            admin_do(base, &format!("CREATE DATABASE {name}")).await;
            let state = server::prepare(config(database_url(base, &name)), leptos_options())
                .await
                .expect("the demo database is seeded");
            // A template may have no one connected while it is copied.
            state.db.pool.close().await;
            name
        })
        .await
}

/// Runs one statement on the database TEST_POSTGRES_URL names, such as creating a database.
async fn admin_do(base: &str, sql: &str) {
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(base).await.expect("PostgreSQL at TEST_POSTGRES_URL answers");
    sqlx::query(sql).execute(&admin).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    admin.close().await;
}

fn database_url(base: &str, name: &str) -> String {
    let (prefix, _) = base.rsplit_once('/').expect("a database URL ends in /name");
    format!("{prefix}/{name}")
}

fn leptos_options() -> LeptosOptions {
    LeptosOptions::builder().output_name("portal").site_root("target/site").build()
}

fn config(database_url: String) -> Config {
    Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        database_url,
        today: chrono::NaiveDate::from_ymd_opt(2018, 5, 10),
        demo: true,
        secure_cookies: true,
        session: Default::default(),
        identification: server::config::Identification::demo(),
        email: None,
        payer: Some(server::config::Payer::demo()),
    }
}

impl TestApp {
    /// A fresh SQLite database with the demo data: a copy of one seeded once per test run, since
    /// seeding (the password hash, a year of records, the messages they send) is most of an app's
    /// start and the access-matrix test alone starts hundreds. `sqlite_with` seeds its own.
    pub async fn sqlite() -> TestApp {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let file = folder.path().join("portal.db");
        std::fs::copy(demo_template().await, &file).expect("the seeded database copies");
        TestApp::start(config(format!("sqlite://{}", file.display())), Some(folder)).await
    }

    pub async fn sqlite_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let url = format!("sqlite://{}/portal.db", folder.path().display());
        let mut config = config(url);
        adjust(&mut config);
        TestApp::start(config, Some(folder)).await
    }

    /// A fresh PostgreSQL database, or `None` (with the reason printed) where there is none to
    /// use locally. On CI (`CI` set) a missing PostgreSQL fails the test.
    pub async fn postgres() -> Option<TestApp> {
        let Ok(base) = std::env::var("TEST_POSTGRES_URL") else {
            assert!(std::env::var_os("CI").is_none(), "TEST_POSTGRES_URL must be set on CI");
            eprintln!("skipped on PostgreSQL: TEST_POSTGRES_URL is not set");
            return None;
        };
        let template = postgres_template(&base).await;
        let name = format!("portal_test_{}", rand::random::<u64>());
        admin_do(&base, &format!("CREATE DATABASE {name} TEMPLATE {template}")).await;
        Some(TestApp::start(config(database_url(&base, &name)), None).await)
    }

    async fn start(config: Config, folder: Option<tempfile::TempDir>) -> TestApp {
        let state = server::prepare(config, leptos_options()).await.expect("the app starts");
        TestApp {
            router: router(state.clone()),
            state,
            cookies: BTreeMap::new(),
            accept_language: Some("fi"),
            _folder: folder,
        }
    }

    /// A second server on the same database, as a second process behind a load balancer is:
    /// its own state, connection pool and router, nothing shared in memory with the first. The
    /// browser (its cookies and language) comes along.
    pub async fn second_server(&self) -> TestApp {
        let config = (*self.state.config).clone();
        let state = server::prepare(config, leptos_options()).await.expect("the second server starts");
        TestApp {
            router: router(state.clone()),
            state,
            cookies: self.cookies.clone(),
            accept_language: self.accept_language,
            _folder: None,
        }
    }

    /// Changes the configuration for the requests that follow, the database as it is.
    /// Serves the site's files from `folder`: the Rust tests build no site.
    pub fn serve_site_from(&mut self, folder: &std::path::Path) {
        self.state.leptos.site_root = folder.display().to_string().into();
        self.router = router(self.state.clone());
    }

    pub fn adjust_config(&mut self, adjust: impl FnOnce(&mut Config)) {
        let mut config = (*self.state.config).clone();
        adjust(&mut config);
        self.state.identity = std::sync::Arc::new(server::identity::Identity::new(&config.identification));
        self.state.config = std::sync::Arc::new(config);
        self.router = router(self.state.clone());
    }

    /// E-mail on, through the SMTP server at `port` on loopback; links point to
    /// https://budjetti.example.fi.
    pub fn send_email_through(&mut self, port: u16) {
        let email = server::config::EmailConfig {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            from: "Henkilökohtainen budjetti <noreply@budjetti.example.fi>".to_string(),
            public_url: "https://budjetti.example.fi".parse().unwrap(),
        };
        let mailer = server::services::email::Mailer::new(&email).expect("the mailer is set up");
        self.state.mailer = Some(std::sync::Arc::new(mailer));
        self.adjust_config(|config| config.email = Some(email));
    }

    /// The same form post sent `times` times at once, each from a browser of its own.
    pub async fn post_form_at_once(
        &self,
        times: usize,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Vec<TestResponse> {
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..times {
            let request = Request::builder()
                .method("POST")
                .uri(path)
                .header(header::HOST, "localhost")
                .header("sec-fetch-site", "same-origin")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(form_body(fields)))
                .unwrap();
            let router = self.router.clone();
            calls.spawn(async move {
                let response = router.oneshot(request).await.expect("the router answers");
                let status = response.status();
                let headers = response.headers().clone();
                let bytes = response.into_body().collect().await.expect("a readable body").to_bytes();
                TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
            });
        }
        calls.join_all().await
    }

    /// Moves "today" (the injected clock) for the requests that follow.
    pub fn set_today(&mut self, day: chrono::NaiveDate) {
        self.state.clock = server::clock::Clock::Fixed(day);
        self.router = router(self.state.clone());
    }

    /// The same JSON API call sent `times` times at once, as from many tabs or a double click.
    pub async fn api_at_once(
        &self,
        times: usize,
        path: &str,
        token: &str,
        body: serde_json::Value,
        headers: &[(&str, &str)],
    ) -> Vec<ApiResponse> {
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..times {
            let mut builder = self
                .request("POST", path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/json");
            for (name, value) in headers {
                builder = builder.header(*name, *value);
            }
            let request = builder.body(Body::from(body.to_string())).unwrap();
            let router = self.router.clone();
            calls.spawn(async move {
                let response = router.oneshot(request).await.expect("the router answers");
                let status = response.status();
                let bytes = response.into_body().collect().await.expect("a readable body").to_bytes();
                ApiResponse {
                    status,
                    json: serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
                }
            });
        }
        calls.join_all().await
    }

    /// The one number a query answers, such as a count.
    pub async fn number(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(&self.state.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// The one text a query answers.
    pub async fn text(&self, sql: &str) -> String {
        sqlx::query_scalar(sql).fetch_one(&self.state.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    pub fn forget_cookies(&mut self) {
        self.cookies.clear();
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    pub fn set_cookie(&mut self, name: &str, value: &str) {
        self.cookies.insert(name.to_string(), value.to_string());
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = self.request("GET", path).body(Body::empty()).unwrap();
        self.send(request).await
    }

    /// A form post as the portal's own pages send it.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let request = self
            .request("POST", path)
            .header("sec-fetch-site", "same-origin")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form_body(fields)))
            .unwrap();
        self.send(request).await
    }

    /// A file sent with a form, as a browser sends one (`multipart/form-data`).
    pub async fn post_file(
        &mut self,
        path: &str,
        field: &str,
        file_name: &str,
        content: &str,
    ) -> TestResponse {
        let boundary = "----portal-test-boundary";
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\n\
             Content-Type: text/csv\r\n\r\n{content}\r\n--{boundary}--\r\n"
        );
        let request = self
            .request("POST", path)
            .header("sec-fetch-site", "same-origin")
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// A form post with the headers given, for testing what comes from elsewhere.
    pub async fn post_form_with(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut builder =
            self.request("POST", path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.send(builder.body(Body::from(form_body(fields))).unwrap()).await
    }

    /// A JSON API call with a bearer token (or, without one, the session in the cookie jar).
    pub async fn api(
        &mut self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> ApiResponse {
        let mut builder = self.request(method, path);
        if let Some(token) = token {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let body = match body {
            Some(json) => {
                builder = builder.header(header::CONTENT_TYPE, "application/json");
                if method != "GET" {
                    builder = builder.header("sec-fetch-site", "same-origin");
                }
                Body::from(json.to_string())
            }
            None => Body::empty(),
        };
        let response = self.send(builder.body(body).unwrap()).await;
        let json = serde_json::from_str(&response.body).unwrap_or(serde_json::Value::Null);
        ApiResponse { status: response.status, json }
    }

    pub async fn sign_in(&mut self, username: &str) -> TestResponse {
        let response = self.post_form("/sign-in", &[("username", username), ("password", "demo")]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "signing in as {username}");
        assert_eq!(response.location(), "/", "signing in as {username}");
        response
    }

    /// Riikka, Leena's counsellor, prepares 20 days of day activities a month instead of 15
    /// (2 250 € more), so that her held record of 900 € fits, and Helena decides it. Ends signed
    /// in as Riikka.
    pub async fn riikka_makes_room_in_leenas_decision(&mut self, leena: i64) {
        let form = format!("/clients/{leena}/decision");
        let change = [("from", "1.1.2018"), ("to", "30.6.2018"), ("day-activities-units", "20")];
        self.forget_cookies();
        self.sign_in("riikka").await;
        let prepared = self.post_form(&form, &change).await;
        assert_eq!(prepared.location(), format!("{form}?saved"));
        self.forget_cookies();
        self.sign_in("helena").await;
        let grounds = [("grounds", "Leena tarvitsee päivätoimintaa useammin.")];
        let decided = self.post_form(&form, &[&change[..], &grounds[..]].concat()).await;
        assert_eq!(decided.location(), "/decisions", "Helena decided");
        self.forget_cookies();
        self.sign_in("riikka").await;
    }

    fn request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut builder = Request::builder().method(method).uri(path).header(header::HOST, "localhost");
        if let Some(lang) = self.accept_language {
            builder = builder.header(header::ACCEPT_LANGUAGE, lang);
        }
        if !self.cookies.is_empty() {
            let cookie = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            builder = builder.header(header::COOKIE, cookie);
        }
        builder
    }

    async fn send(&mut self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.expect("the router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.expect("a readable body").to_bytes();
        let response = TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() };
        for set in response.set_cookies() {
            let pair = set.split(';').next().unwrap_or("");
            let Some((name, value)) = pair.split_once('=') else { continue };
            let removed = set.to_ascii_lowercase().contains("max-age=0") || value.is_empty();
            if removed {
                self.cookies.remove(name.trim());
            } else {
                self.cookies.insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        response
    }
}

fn form_body(fields: &[(&str, &str)]) -> String {
    fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Runs each named test on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_engines {
    ($($test:ident),* $(,)?) => {
        $(
            mod $test {
                #[tokio::test]
                async fn on_sqlite() {
                    super::$test($crate::support::TestApp::sqlite().await).await;
                }

                #[tokio::test]
                async fn on_postgres() {
                    if let Some(app) = $crate::support::TestApp::postgres().await {
                        super::$test(app).await;
                    }
                }
            }
        )*
    };
}

/// A page's text with every run of white space made one space, as a reader meets it.
pub fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
