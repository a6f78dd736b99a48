//! E-mail (issue 23) against a real SMTP server on loopback: aiosmtpd from PyPI, run by
//! `end2end/smtp/server.py` in the Python of `scripts/tools/venv` (the test command installs
//! it). Aino gives her address, opens the link, and her counsellor's answer comes by e-mail once,
//! in Finnish, saying nothing of what it says; Sanna, in Swedish, gets hers after the mail server
//! was down for a while, once; a mailbox that no longer exists fails and the organiser sees it.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use axum::http::StatusCode;
use serde_json::Value;
use server::clock::now_unix;
use server::services::email::deliver_due;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    aino_verifies_her_address_and_gets_the_counsellors_answer_by_email_once,
    sannas_email_waits_while_the_server_is_down_and_a_refused_one_reaches_the_organiser
);

/// The SMTP server of the tests, started and stopped as a test needs.
struct SmtpServer {
    port: u16,
    folder: tempfile::TempDir,
    python: PathBuf,
    process: Option<Child>,
}

impl SmtpServer {
    /// A server not started yet, or `None` (with the reason printed) where its Python is not
    /// installed locally. On CI (`CI` set) that fails the test.
    fn new() -> Option<SmtpServer> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let python = root.join("scripts/tools/venv/bin/python");
        let has_aiosmtpd = Command::new(&python)
            .args(["-c", "import aiosmtpd"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !has_aiosmtpd {
            assert!(
                std::env::var_os("CI").is_none(),
                "aiosmtpd must be installed on CI: scripts/install-tools.sh"
            );
            eprintln!("skipped: no aiosmtpd in scripts/tools/venv (run scripts/install-tools.sh)");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        Some(SmtpServer { port, folder: tempfile::tempdir().unwrap(), python, process: None })
    }

    fn start(&mut self) {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end/smtp/server.py");
        let child = Command::new(&self.python)
            .arg(script)
            .arg(self.port.to_string())
            .arg(self.folder.path())
            .stdout(Stdio::null())
            .spawn()
            .expect("the SMTP test server starts");
        self.process = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the SMTP test server did not answer on port {}", self.port);
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.process.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// What arrived, oldest first.
    fn received(&self) -> Vec<Value> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.folder.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names.iter().map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn text(mail: &Value, field: &str) -> String {
    mail[field].as_str().unwrap_or_default().to_string()
}

/// The path of the verification link in an e-mail.
fn link_in(mail: &Value) -> String {
    let body = text(mail, "text");
    let start = body.find("https://budjetti.example.fi/email/verify?token=").expect("a link in the e-mail");
    let link = body[start..].split_whitespace().next().unwrap();
    link.trim_start_matches("https://budjetti.example.fi").to_string()
}

fn words(html: &str) -> String {
    html.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn deliver(app: &TestApp, at: i64) -> server::services::email::Round {
    let mailer = app.state.mailer.clone().expect("e-mail is on");
    deliver_due(&app.state.db, &mailer, at).await.expect("the deliveries are read and marked")
}

async fn aino_verifies_her_address_and_gets_the_counsellors_answer_by_email_once(mut app: TestApp) {
    let Some(mut smtp) = SmtpServer::new() else { return };
    smtp.start();
    app.send_email_through(smtp.port);
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;

    app.sign_in("aino").await;
    let inbox = app.get("/messages").await.body;
    assert!(inbox.contains("href=\"/email\""), "My messages links to the e-mail choices");
    // A slip: the form comes back with the error beside the field and what was typed.
    let wrong =
        app.post_form("/email", &[("address", "aino.kettunen@example"), ("theme", "counsellor")]).await;
    assert_eq!(wrong.location(), "/email");
    let page = words(&app.get("/email").await.body);
    assert!(page.contains("Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi"), "{page}");
    assert!(page.contains("value=\"aino.kettunen@example\""), "what she typed is kept: {page}");
    assert_eq!(app.number("SELECT COUNT(*) FROM email_addresses").await, 0, "nothing stored");
    assert!(smtp.received().is_empty());

    // Only the counsellor's messages and the budget's by e-mail.
    let saved = app
        .post_form(
            "/email",
            &[("address", " aino.kettunen@example.fi "), ("theme", "counsellor"), ("theme", "budget")],
        )
        .await;
    assert_eq!(saved.location(), "/email?news=link-sent#news");
    let mails = smtp.received();
    assert_eq!(mails.len(), 1, "the link, and nothing else yet");
    assert_eq!(mails[0]["to"], serde_json::json!(["aino.kettunen@example.fi"]));
    assert_eq!(text(&mails[0], "subject"), "Vahvista sähköpostiosoitteesi");
    let page = words(&app.get("/email").await.text());
    assert!(page.contains("Lähetimme linkin osoitteeseen aino.kettunen@example.fi."), "{page}");

    // The link did not come (say it went to spam): saving again sends a new one, and the old
    // one no longer works.
    let again = app
        .post_form(
            "/email",
            &[("address", "aino.kettunen@example.fi"), ("theme", "counsellor"), ("theme", "budget")],
        )
        .await;
    assert_eq!(again.location(), "/email?news=link-sent#news");
    let mails = smtp.received();
    assert_eq!(mails.len(), 2, "a second link");
    assert_eq!(app.get(&link_in(&mails[0])).await.location(), "/email?news=link-old#news");

    // A wrong link verifies nothing; the right one works once, even without a sign-in.
    assert_eq!(app.get("/email/verify?token=abc").await.location(), "/email?news=link-old#news");
    let link = link_in(&mails[1]);
    app.forget_cookies();
    assert_eq!(app.get(&link).await.location(), "/email?news=verified#news");
    assert_eq!(app.get(&link).await.location(), "/email?news=link-old#news", "a link works once");
    assert_eq!(app.number("SELECT COUNT(*) FROM email_addresses WHERE verified_at IS NOT NULL").await, 1);

    // Riikka answers her: the answer's theme is chosen, so one e-mail waits.
    app.sign_in("riikka").await;
    let secret = "Mökkiviikon avustajat sovitaan kesäkuussa.";
    let answered = app.post_form(&format!("/clients/{aino}/messages"), &[("body", secret)]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    // Riikka sets a mandate for Sanna: that theme is not chosen, so no e-mail.
    let sanna = app.number("SELECT id FROM accounts WHERE username = 'sanna'").await;
    let mandates = format!("/clients/{aino}/mandates");
    app.post_form(
        &mandates,
        &[("relative", &sanna.to_string()), ("rights", "look"), ("until", "31.12.2018")],
    )
    .await;
    assert_eq!(app.number("SELECT COUNT(*) FROM email_deliveries").await, 1);

    let now = now_unix();
    let round = deliver(&app, now).await;
    assert_eq!((round.sent, round.later, round.failed), (1, 0, 0));
    assert_eq!(deliver(&app, now + 10).await.sent, 0, "sent once");
    let mails = smtp.received();
    assert_eq!(mails.len(), 3);
    let mail = &mails[2];
    assert_eq!(mail["to"], serde_json::json!(["aino.kettunen@example.fi"]));
    assert_eq!(text(mail, "subject"), "Uusi viesti: Viestit palveluohjaajan kanssa");
    assert_eq!(text(mail, "language"), "fi");
    assert!(text(mail, "from").contains("noreply@budjetti.example.fi"));
    let body = words(&text(mail, "text"));
    assert!(body.contains("Sinulle on uusi viesti henkilökohtaisen budjetin palvelussa."), "{body}");
    assert!(body.contains("Kirjaudu ja lue viesti: https://budjetti.example.fi/messages"), "{body}");
    assert!(body.contains("https://budjetti.example.fi/email"), "how to stop them: {body}");
    let html = text(mail, "html");
    assert!(
        html.contains("<html lang=\"fi\">") && html.contains("href=\"https://budjetti.example.fi/messages\"")
    );
    for private in ["Mökkiviikon", "Aino", "Kettunen", "Riikka", "120385-9015"] {
        assert!(!body.contains(private) && !html.contains(private), "{private} is not in the e-mail");
    }

    // Removing the address stops the e-mails; the messages still come to the portal.
    app.sign_in("aino").await;
    assert_eq!(app.post_form("/email/remove", &[]).await.location(), "/email?news=removed#news");
    app.sign_in("riikka").await;
    app.post_form(&format!("/clients/{aino}/messages"), &[("body", "Vielä yksi asia.")]).await;
    assert_eq!(app.number("SELECT COUNT(*) FROM email_deliveries").await, 1, "no new e-mail");
    assert_eq!(deliver(&app, now + 20).await.sent, 0);
}

async fn sannas_email_waits_while_the_server_is_down_and_a_refused_one_reaches_the_organiser(
    mut app: TestApp,
) {
    let Some(mut smtp) = SmtpServer::new() else { return };
    smtp.start();
    app.send_email_through(smtp.port);
    let matti = app.number("SELECT client_id FROM accounts WHERE username = 'matti'").await;

    // Sanna reads the portal in Swedish, and gives her address with every theme ticked.
    app.sign_in("sanna").await;
    app.post_form("/preferences", &[("lang", "sv"), ("easy_read", "off")]).await;
    let page = app.get("/email").await.body;
    for theme in ["budget", "provider", "decision", "helpers", "counsellor"] {
        assert!(page.contains(&format!("value=\"{theme}\" checked")), "{theme} starts ticked: {page}");
    }
    assert!(!page.contains("value=\"clients\""), "a staff theme is not offered to a relative");
    let every = ["budget", "provider", "decision", "helpers", "counsellor"].map(|t| ("theme", t));
    let mut fields = vec![("address", "sanna.rasanen@example.fi")];
    fields.extend(every);
    app.post_form("/email", &fields).await;
    let mails = smtp.received();
    assert_eq!(text(&mails[0], "subject"), "Bekräfta din e-postadress");
    assert_eq!(text(&mails[0], "language"), "sv");
    app.get(&link_in(&mails[0])).await;

    // The mail server goes down. Helena refuses Matti's proposal: Sanna, who acts for him, is told.
    smtp.stop();
    app.sign_in("helena").await;
    let reason = [("answer", "refuse"), ("reason", "Kesän tunnit sovitaan tukisuunnitelmassa.")];
    app.post_form(&format!("/clients/{matti}/proposal"), &reason).await;
    let now = now_unix();
    let round = deliver(&app, now).await;
    assert_eq!((round.sent, round.later, round.failed), (0, 1, 0), "not sent; tried again later");
    assert_eq!(deliver(&app, now + 30).await, Default::default(), "not before its time");
    smtp.start();
    let round = deliver(&app, now + 61).await;
    assert_eq!((round.sent, round.later, round.failed), (1, 0, 0));
    assert_eq!(deliver(&app, now + 100_000).await, Default::default(), "and never again");
    let mails = smtp.received();
    assert_eq!(mails.len(), 2, "the link and the one message");
    assert_eq!(text(&mails[1], "subject"), "Nytt meddelande: Beslut");
    assert_eq!(text(&mails[1], "language"), "sv");
    assert!(words(&text(&mails[1], "text"))
        .contains("Du har ett nytt meddelande i tjänsten för personlig budget."));
    assert!(text(&mails[1], "html").contains("<html lang=\"sv\">"));

    // Her mailbox is closed later: the server refuses the next e-mail for good.
    sqlx::query("UPDATE email_addresses SET address = 'bounce.sanna@example.fi'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    app.sign_in("riikka").await;
    app.post_form(&format!("/clients/{matti}/messages"), &[("body", "Soitan teille huomenna.")]).await;
    let round = deliver(&app, now + 200_000).await;
    assert_eq!((round.sent, round.later, round.failed), (0, 0, 1));
    assert_eq!(smtp.received().len(), 2, "nothing more arrived");
    app.sign_in("olli").await;
    let failures = words(&app.get("/email").await.text());
    assert!(failures.contains("Sanna Räsänen"), "{failures}");
    assert!(failures.contains("bounce.sanna@example.fi"), "{failures}");
    assert!(failures.contains("550"), "the server's answer: {failures}");
    // The message itself is in the portal all the same.
    app.sign_in("sanna").await;
    assert!(app.get("/messages").await.text().contains("har svarat"));

    // A new address the server refuses: the link cannot go, the form comes back, nothing changes.
    let refused =
        app.post_form("/email", &[("address", "bounce.new@example.fi"), ("theme", "decision")]).await;
    assert_eq!(refused.location(), "/email");
    let page = words(&app.get("/email").await.body);
    assert!(page.contains("Vi kunde inte skicka länken nu."), "{page}");
    assert!(page.contains("value=\"bounce.new@example.fi\""), "{page}");
    let kept =
        app.number("SELECT COUNT(*) FROM email_addresses WHERE address = 'bounce.sanna@example.fi'").await;
    assert_eq!(kept, 1);
}
