//! The authorization matrix: `docs/access-matrix.md` is read as it stands, and every cell of it is
//! sent as a real request, the "no" cells included. A wrong cell fails here, so the table and
//! the code cannot drift apart.

use axum::http::StatusCode;
use serde_json::{json, Value};
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::TestApp;

const MATRIX: &str = include_str!("../../../docs/access-matrix.md");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asker {
    Nobody,
    Person(&'static str),
    /// Sanna with her mandate for Matti changed to one that lets her only look.
    SannaLooks,
    /// Maija after Matti has let her in.
    MaijaLetIn,
    Token(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cell {
    Yes,
    No,
    SignIn,
    Refused,
}

#[derive(Debug)]
struct Row {
    method: String,
    path: String,
    cells: Vec<Cell>,
}

const PEOPLE: [&str; 8] = ["matti", "aino", "sanna", "maija", "riikka", "helena", "kotipiha", "olli"];

fn asker(name: &str) -> Asker {
    match name {
        "nobody" => Asker::Nobody,
        "sanna looks" => Asker::SannaLooks,
        "maija let in" => Asker::MaijaLetIn,
        "staff token" => Asker::Token(DEMO_STAFF_TOKEN),
        "provider token" => Asker::Token(DEMO_PROVIDER_TOKEN),
        person => Asker::Person(
            PEOPLE.into_iter().find(|p| *p == person).unwrap_or_else(|| panic!("unknown asker {person:?}")),
        ),
    }
}

fn cell(text: &str) -> Cell {
    match text {
        "yes" => Cell::Yes,
        "no" => Cell::No,
        "sign in" => Cell::SignIn,
        "refused" => Cell::Refused,
        other => panic!("unknown cell {other:?}"),
    }
}

fn cells_of(line: &str) -> Vec<&str> {
    line.trim().trim_matches('|').split('|').map(str::trim).collect()
}

/// The askers of the tables (the same in each) and every row of every table.
fn matrix() -> (Vec<Asker>, Vec<Row>) {
    let mut askers: Option<Vec<Asker>> = None;
    let mut rows = Vec::new();
    for line in MATRIX.lines() {
        if line.starts_with("| request |") {
            let these: Vec<Asker> = cells_of(line)[1..].iter().map(|name| asker(name)).collect();
            assert!(askers.as_ref().is_none_or(|a| *a == these), "every table has the same columns");
            askers = Some(these);
        } else if line.starts_with("| `") {
            let parts = cells_of(line);
            let (method, path) = parts[0].trim_matches('`').split_once(' ').expect("`METHOD /path`");
            rows.push(Row {
                method: method.to_string(),
                path: path.to_string(),
                cells: parts[1..].iter().map(|c| cell(c)).collect(),
            });
        }
    }
    let askers = askers.expect("a table of askers");
    for row in &rows {
        assert_eq!(row.cells.len(), askers.len(), "a cell for every asker: {row:?}");
    }
    (askers, rows)
}

/// The demo's ids the rows name.
struct Ids {
    matti: i64,
    matti_invitation: i64,
    matti_agreement: i64,
    another_provider: i64,
    kotipiha: i64,
    maija: i64,
    /// Sanna's mandate for Matti.
    matti_mandate: i64,
    /// A service record of Matti's held for review, or none (0).
    matti_held: i64,
    /// A client Kotipiha Oy serves now, and the service.
    kotipiha_client: (i64, String),
    /// Veikko, whose prepared decision waits for the decision-maker.
    veikko: i64,
    /// The latest hours of help Maija wrote down (for Aino, in May).
    maija_hours: i64,
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn ids(app: &TestApp) -> Ids {
    let matti = scalar(app, "SELECT client_id FROM accounts WHERE username = 'matti'").await;
    let agreement = format!("SELECT MIN(id) FROM agreements WHERE client_id = {matti} AND end_date IS NULL");
    let matti_agreement = scalar(app, &agreement).await;
    Ids {
        matti,
        matti_invitation: scalar(
            app,
            &format!("SELECT MIN(id) FROM feedback_invitations WHERE client_id = {matti}"),
        )
        .await,
        matti_agreement,
        another_provider: scalar(
            app,
            &format!(
                "SELECT MIN(p.id) FROM providers p WHERE p.id <> \
                 (SELECT provider_id FROM agreements WHERE id = {matti_agreement})"
            ),
        )
        .await,
        kotipiha: scalar(app, "SELECT id FROM providers WHERE name = 'Kotipiha Oy'").await,
        maija: scalar(app, "SELECT id FROM accounts WHERE username = 'maija'").await,
        matti_mandate: scalar(
            app,
            &format!(
                "SELECT m.id FROM mandates m JOIN accounts a ON a.id = m.account_id \
                 WHERE a.username = 'sanna' AND m.client_id = {matti}"
            ),
        )
        .await,
        matti_held: scalar(
            app,
            &format!("SELECT COALESCE(MIN(id), 0) FROM service_records WHERE client_id = {matti} AND status = 'held'"),
        )
        .await,
        kotipiha_client: sqlx::query_as(
            "SELECT a.client_id, a.product FROM agreements a JOIN providers p ON p.id = a.provider_id \
             WHERE p.name = 'Kotipiha Oy' AND a.end_date IS NULL ORDER BY a.id LIMIT 1",
        )
        .fetch_one(&app.state.db.pool)
        .await
        .expect("a client of Kotipiha Oy"),
        veikko: scalar(app, "SELECT client_id FROM accounts WHERE username = 'veikko'").await,
        maija_hours: scalar(app, "SELECT MAX(id) FROM expert_hours").await,
    }
}

impl Ids {
    fn fill(&self, path: &str) -> String {
        path.replace("{matti}", &self.matti.to_string())
            .replace("{matti-invitation}", &self.matti_invitation.to_string())
            .replace("{kotipiha}", &self.kotipiha.to_string())
            .replace("{matti-mandate}", &self.matti_mandate.to_string())
            .replace("{matti-held}", &self.matti_held.to_string())
            .replace("{veikko}", &self.veikko.to_string())
            .replace("{maija-hours}", &self.maija_hours.to_string())
    }

    /// A page form's fields the act's own rules would accept.
    fn form(&self, row: &Row) -> Vec<(&'static str, String)> {
        match row.path.as_str() {
            "/my-needs" => vec![("accessibility", "quiet-space".into())],
            "/change-provider/check" => vec![
                ("agreement", self.matti_agreement.to_string()),
                ("provider", self.another_provider.to_string()),
            ],
            "/leave/reason" => vec![("reason", "moving".into())],
            "/how-am-i-doing/1" => vec![("score", "4".into())],
            "/how-am-i-doing/sharing" => vec![("share", "yes".into())],
            "/my-plan/comments" => vec![("comment", "Hyvä suunnitelma.".into())],
            "/clients/{matti}/plan" => vec![("what-matters", "Koti ja ystävät.".into())],
            "/feedback/questions" => vec![("skip", "1".into())],
            "/helpers" => vec![("helper", self.maija.to_string()), ("hours", "2".into())],
            "/feedback/{matti-invitation}" => vec![("score", "4".into())],
            "/whose-matters" => vec![("client", self.matti.to_string())],
            "/visit-codes" => vec![("service", "supported-housing".into())],
            "/ask-counsellor" => vec![("topic", "question".into()), ("body", "Hei".into())],
            "/clients/{matti}/messages" => vec![("body", "Hei".into())],
            "/email" => vec![("address", "matti@example.fi".into()), ("theme", "decision".into())],
            "/provider-survey" => ["working", "information", "reporting", "clients", "listening"]
                .into_iter()
                .map(|question| (question, "4".to_string()))
                .collect(),
            "/our-records/new" => vec![
                ("client", self.kotipiha_client.0.to_string()),
                ("service", self.kotipiha_client.1.clone()),
                ("date", "2.5.2018".into()),
                ("units", "1".into()),
                ("price", "45,00".into()),
                ("record", "matrix-1".into()),
            ],
            "/preferences" => vec![("lang", "sv".into())],
            _ => vec![],
        }
    }

    /// A body the act's own rules would accept, so that only access decides the answer.
    fn body(&self, row: &Row) -> Value {
        match row.path.as_str() {
            p if p.ends_with("/provider-changes") => {
                json!({ "agreement_id": self.matti_agreement, "new_provider_id": self.another_provider })
            }
            p if p.starts_with("/api/v1/feedback/") => json!({ "score": 4 }),
            "/api/v1/visit-codes" => json!({ "product": "supported-housing" }),
            "/api/v1/clients" => {
                json!({ "name": "Testi Asiakas", "municipality": "Joensuu", "language": "fi" })
            }
            "/api/v1/providers" => json!({
                "name": "Testi Oy", "municipality": "Joensuu",
                "products": [{ "product": "day-activities", "unit_price": "75.00" }]
            }),
            p if p.ends_with("/agreements") => {
                json!({ "provider_id": self.kotipiha, "product": "day-activities", "start": "2018-06-01" })
            }
            p if p.ends_with("/decisions") => {
                json!({ "valid_from": "2019-01-01", "valid_to": "2019-12-31", "lines": [] })
            }
            "/api/v1/service-records" => json!({
                "provider_record_id": "matrix-1", "client_id": self.kotipiha_client.0,
                "product": self.kotipiha_client.1, "date": "2018-05-02", "units": 1, "unit_price": "45.00"
            }),
            "/api/v1/providers/{kotipiha}" => json!({
                "name": "Kotipiha Oy",
                "offers": [{ "product": "supported-housing", "unit_price": "45.00" }]
            }),
            p if p.ends_with("/active") => json!({ "active": false }),
            _ => json!({}),
        }
    }
}

async fn signed_in(asker: Asker) -> TestApp {
    let mut app = TestApp::sqlite().await;
    match asker {
        Asker::Person(username) => {
            app.sign_in(username).await;
        }
        Asker::SannaLooks => {
            sqlx::query(
                "UPDATE mandates SET can_act = 0 WHERE \
                 account_id = (SELECT id FROM accounts WHERE username = 'sanna') AND \
                 client_id = (SELECT client_id FROM accounts WHERE username = 'matti')",
            )
            .execute(&app.state.db.pool)
            .await
            .unwrap();
            app.sign_in("sanna").await;
        }
        Asker::MaijaLetIn => {
            let maija = scalar(&app, "SELECT id FROM accounts WHERE username = 'maija'").await.to_string();
            app.sign_in("matti").await;
            let let_in = app.post_form("/helpers", &[("helper", &maija), ("hours", "2")]).await;
            assert_eq!(let_in.location(), "/helpers?done=granted");
            app.forget_cookies();
            app.sign_in("maija").await;
        }
        Asker::Nobody | Asker::Token(_) => {}
    }
    app
}

async fn count(app: &TestApp, table: &str, column: &str, client_id: i64) -> i64 {
    scalar(app, &format!("SELECT COUNT(*) FROM {table} WHERE {column} = {client_id}")).await
}

/// Sends one cell's request; says what went wrong, if anything.
async fn check(app: &mut TestApp, ids: &Ids, asker: Asker, row: &Row, expected: Cell) -> Option<String> {
    let path = ids.fill(&row.path);
    let token = match asker {
        Asker::Token(token) => Some(token),
        _ => None,
    };
    let body = (row.method != "GET").then(|| ids.body(row));
    let names_matti = row.path.contains("{matti");
    let looks_before = count(app, "access_log", "client_id", ids.matti).await;
    let refusals_before = count(app, "access_refusals", "asked_client_id", ids.matti).await;

    let bearer = token.map(|token| format!("Bearer {token}"));
    let (status, location) = if path.starts_with("/api/") {
        (app.api(&row.method, &path, token, body).await.status, String::new())
    } else if token.is_some() && row.method == "GET" {
        (app.api(&row.method, &path, token, None).await.status, String::new())
    } else if row.method == "POST" {
        let form = ids.form(row);
        let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut headers = vec![("sec-fetch-site", "same-origin")];
        headers.extend(bearer.as_deref().map(|b| ("authorization", b)));
        let page = app.post_form_with(&path, &fields, &headers).await;
        (page.status, page.location().to_string())
    } else {
        let page = app.get(&path).await;
        (page.status, page.location().to_string())
    };

    let api = path.starts_with("/api/");
    let fits = match expected {
        Cell::Yes if api && row.method == "GET" => status.is_success(),
        Cell::Yes if api => {
            ![StatusCode::UNAUTHORIZED, StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&status)
        }
        Cell::Yes if row.method == "GET" => status == StatusCode::OK,
        Cell::Yes => status == StatusCode::SEE_OTHER && !location.starts_with("/sign-in"),
        Cell::No => status == StatusCode::NOT_FOUND,
        Cell::SignIn if api => status == StatusCode::UNAUTHORIZED,
        Cell::SignIn => {
            status == StatusCode::SEE_OTHER && (token.is_some() || location.starts_with("/sign-in"))
        }
        Cell::Refused => status == StatusCode::FORBIDDEN,
    };
    if !fits {
        return Some(format!("{} {path} as {asker:?}: expected {expected:?}, got {status}", row.method));
    }
    if !names_matti {
        return None;
    }
    // Every look by someone else is in Matti's log; every refused one in the log of refusals.
    let looks = count(app, "access_log", "client_id", ids.matti).await - looks_before;
    let refusals = count(app, "access_refusals", "asked_client_id", ids.matti).await - refusals_before;
    let looked = expected == Cell::Yes && row.method == "GET" && asker != Asker::Person("matti");
    if looks != i64::from(looked) {
        return Some(format!("{} {path} as {asker:?}: {looks} lines in Matti's access log", row.method));
    }
    let refused = expected == Cell::No && asker != Asker::Nobody;
    if refusals != i64::from(refused) {
        return Some(format!("{} {path} as {asker:?}: {refusals} refusals logged", row.method));
    }
    None
}

#[tokio::test]
async fn every_cell_of_the_access_matrix_holds() {
    let (askers, rows) = matrix();
    assert!(rows.len() >= 15, "the matrix has its rows: {}", rows.len());
    let mut wrong = Vec::new();
    for (column, &asker) in askers.iter().enumerate() {
        // Reads share one app per asker; each act gets a fresh one, so no act changes another cell.
        let mut reader = signed_in(asker).await;
        let ids = ids(&reader).await;
        for row in &rows {
            let expected = row.cells[column];
            let problem = if row.method == "GET" {
                check(&mut reader, &ids, asker, row, expected).await
            } else {
                let mut app = signed_in(asker).await;
                check(&mut app, &ids, asker, row, expected).await
            };
            wrong.extend(problem);
        }
    }
    assert!(wrong.is_empty(), "cells that do not hold:\n{}", wrong.join("\n"));
}

on_both_engines!(nobody_changes_the_log_of_refusals);

async fn nobody_changes_the_log_of_refusals(app: TestApp) {
    let pool = &app.state.db.pool;
    sqlx::query(
        "INSERT INTO access_refusals (asked_client_id, actor, actor_role, what, at) \
         VALUES (1, 'Aino Kettunen', 'client', 'budget', 0)",
    )
    .execute(pool)
    .await
    .unwrap();
    assert!(sqlx::query("UPDATE access_refusals SET actor = 'someone'").execute(pool).await.is_err());
    assert!(sqlx::query("DELETE FROM access_refusals").execute(pool).await.is_err());
}
