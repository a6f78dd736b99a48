//! The provider's own workspace: Our clients shows the provider's clients and no one else's,
//! who comes and who goes and why, and each look is in the client's own log.

use app::access::LookedAt;
use axum::http::StatusCode;
use serde_json::json;
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(
    our_clients_shows_who_comes_and_who_goes,
    our_clients_says_who_leaves_the_budget,
    our_records_show_the_month_and_what_was_held_or_refused,
    a_provider_reports_a_service_with_the_form,
);

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

/// Kotipiha's looks at the client's data, logged as a provider's: why it may look is "service".
async fn kotipihas_looks(app: &TestApp, client_id: i64, what: &LookedAt) -> i64 {
    let sql = "SELECT COUNT(*) FROM access_log WHERE client_id = $1 AND actor = 'Kotipiha Oy' \
               AND what = $2 AND purpose = 'service'";
    sqlx::query_scalar(sql).bind(client_id).bind(what.code()).fetch_one(&app.state.db.pool).await.unwrap()
}

async fn our_clients(app: &mut TestApp) -> String {
    app.sign_in("kotipiha").await;
    let page = app.get("/our-clients").await;
    assert_eq!(page.status, StatusCode::OK);
    words(&page.text())
}

async fn our_clients_shows_who_comes_and_who_goes(mut app: TestApp) {
    let text = our_clients(&mut app).await;
    assert!(text.contains("Palveluntuottajalla Kotipiha Oy on yksi asiakas"), "{text}");
    assert!(
        text.contains("Aino Kettunen Päivätoiminta: 15.1.2018 alkaen Tuettu asuminen: 15.1.2018 alkaen"),
        "{text}"
    );
    assert!(text.contains("Yksikään sopimus ei ala myöhemmin."), "{text}");
    assert!(text.contains("Yhdelläkään sopimuksella ei ole viimeistä päivää."), "{text}");
    for other in ["Matti", "Elsa", "Leena", "Veikko"] {
        assert!(!text.contains(other), "another provider's client {other}: {text}");
    }

    // Elsa's housing (agreement 11) moves to Kotipiha Oy (provider 1) from 11.6.2018; Aino's day
    // activities move from Kotipiha Oy to Taidetalo Tuike after 10.6.2018.
    let elsa = client(&app, "elsa").await;
    let path = format!("/api/v1/clients/{elsa}/provider-changes");
    let made = app.api(
        "POST",
        &path,
        Some(DEMO_STAFF_TOKEN),
        Some(json!({"agreement_id": 11, "new_provider_id": 1})),
    );
    assert_eq!(made.await.status, StatusCode::CREATED);
    let aino = client(&app, "aino").await;
    let agreement = app.number(&format!(
            "SELECT id FROM agreements WHERE client_id = {aino} AND provider_id = 1 AND product = 'day-activities'"
        ),
    )
    .await;
    let tuike = app.number("SELECT id FROM providers WHERE name = 'Taidetalo Tuike'").await;
    let path = format!("/api/v1/clients/{aino}/provider-changes");
    let change = json!({"agreement_id": agreement, "new_provider_id": tuike});
    let made = app.api("POST", &path, Some(DEMO_STAFF_TOKEN), Some(change)).await;
    assert_eq!(made.json["old_last_day"], "2018-06-10", "{}", made.json);

    let text = our_clients(&mut app).await;
    assert!(text.contains("Palveluntuottajalla Kotipiha Oy on 2 asiakasta"), "{text}");
    assert!(
        text.contains(
            "Elsa Lindqvist, Tuettu asuminen: alkaa 11.6.2018. Asiakas vaihtaa teille toiselta palveluntuottajalta."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Aino Kettunen, Päivätoiminta: viimeinen päivä 10.6.2018. Asiakas vaihtaa toiseen palveluntuottajaan."
        ),
        "{text}"
    );
    assert!(text.contains("Päivätoiminta: 15.1.2018–10.6.2018"), "{text}");

    // Each client sees the look in their own log, and why the provider may look.
    assert_eq!(kotipihas_looks(&app, aino, &LookedAt::ProviderClients).await, 2, "two looks at the list");
    app.forget_cookies();
    app.sign_in("elsa").await;
    let log = words(&app.get("/who-looked").await.text());
    assert!(log.contains("Kotipiha Oy"), "{log}");
    assert!(log.contains("såg ditt namn och dina tjänster i serviceproducentens klientlista"), "{log}");
    assert!(log.contains("Orsak: den ger dig service."), "{log}");

    // Aino's change cancelled: her day activities have no last day again.
    let cancel = format!("/api/v1/clients/{aino}/provider-changes/{}/cancel", made.json["id"]);
    let cancelled = app.api("POST", &cancel, Some(DEMO_STAFF_TOKEN), None).await;
    assert!(cancelled.status.is_success(), "{}", cancelled.json);
    let text = our_clients(&mut app).await;
    assert!(text.contains("Yhdelläkään sopimuksella ei ole viimeistä päivää."), "{text}");
}

async fn our_clients_says_who_leaves_the_budget(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let left = app.api("POST", &format!("/api/v1/clients/{aino}/leave"), Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(left.json["last_day"], "2018-06-10", "{}", left.json);
    let text = our_clients(&mut app).await;
    for service in ["Tuettu asuminen", "Päivätoiminta"] {
        let ends = format!(
            "Aino Kettunen, {service}: viimeinen päivä 10.6.2018. Asiakas luopuu henkilökohtaisesta budjetista."
        );
        assert!(text.contains(&ends), "{text}");
    }
}

async fn our_records(app: &mut TestApp, query: &str) -> String {
    app.sign_in("kotipiha").await;
    let page = app.get(&format!("/our-records{query}")).await;
    assert_eq!(page.status, StatusCode::OK, "{query}");
    words(&page.text())
}

async fn our_records_show_the_month_and_what_was_held_or_refused(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    // Today is 10.5.2018: Kotipiha has reported nothing for May yet.
    let text = our_records(&mut app, "").await;
    assert!(text.contains("Raporttimme: toukokuu 2018 0 palvelukirjausta."), "{text}");
    assert!(text.contains("Ette raportoineet palveluja tälle kuukaudelle."), "{text}");
    assert!(text.contains("Aiempi: huhtikuu 2018"), "{text}");
    assert!(!text.contains("Myöhempi:"), "nothing reported after May: {text}");
    let april = app
        .number(
            "SELECT COUNT(*) FROM service_records WHERE provider_id = 1 AND service_date LIKE '2018-04-%'",
        )
        .await;
    let text = our_records(&mut app, "?month=2018-04").await.replace('\u{a0}', " ");
    assert!(text.contains(&format!("Raporttimme: huhtikuu 2018 {april} palvelukirjausta.")), "{text}");
    assert!(text.contains("Kaikki kuukauden kirjaukset on veloitettu."), "{text}");
    assert!(
        text.contains("1.4.2018, Aino Kettunen, Päivätoiminta: 1 x 75,00 € = 75,00 €. Veloitettu."),
        "{text}"
    );

    // A day of activities for 900 days does not fit in what is left: held (B8).
    let held = json!({
        "provider_record_id": "held-1", "client_id": aino, "product": "day-activities",
        "date": "2018-05-09", "units": 900, "unit_price": "45.00"
    });
    let sent = app.api("POST", "/api/v1/service-records", Some(DEMO_PROVIDER_TOKEN), Some(held)).await;
    assert_eq!(sent.json["status"], "held", "{}", sent.json);
    let text = our_records(&mut app, "").await;
    assert!(text.contains("Yksi palvelukirjaus. Veloitetut ovat yhteensä 0,00"), "{text}");
    let line =
        "9.5.2018, Aino Kettunen, Päivätoiminta: 900 x 45,00 € = 40 500,00 €. Pidätetty tarkistettavaksi";
    assert_eq!(text.replace('\u{a0}', " ").matches(line).count(), 2, "in both lists: {text}");
    assert!(text.contains("Oma tunnisteenne: held-1"), "{text}");

    // The counsellor refuses it: the provider reads why.
    app.forget_cookies();
    app.sign_in("riikka").await;
    let record = sent.json["id"].as_i64().unwrap();
    let reason = "Sovittu on yksi päivä viikossa.";
    let refused =
        app.post_form(&format!("/clients/{aino}/held/{record}/refuse"), &[("reason", reason)]).await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    app.forget_cookies();
    let text = our_records(&mut app, "").await;
    assert_eq!(text.matches("Hylätty: Sovittu on yksi päivä viikossa.").count(), 2, "{text}");

    // Another month, and one that is not a month.
    let text = our_records(&mut app, "?month=2018-03").await;
    assert!(text.contains("Raporttimme: maaliskuu 2018"), "{text}");
    assert!(text.contains("Aiempi: helmikuu 2018"), "{text}");
    assert!(text.contains("Myöhempi: huhtikuu 2018"), "{text}");
    // March is settled in the demo: each record says so.
    assert!(
        text.contains("31.3.2018, Aino Kettunen, Tuettu asuminen: 31 x 60,00 € = 1 860,00 €. Veloitettu. Maksettu teille tilityksessä: maaliskuu 2018."),
        "{text}"
    );
    let text = our_records(&mut app, "?month=2019-01").await;
    assert!(text.contains("Ette raportoineet palveluja tälle kuukaudelle."), "{text}");
    assert!(text.contains("Aiempi: toukokuu 2018"), "{text}");
    assert_eq!(app.get("/our-records?month=2018-13").await.status, StatusCode::NOT_FOUND);

    // Aino sees the looks, as every look at her data.
    let looks = kotipihas_looks(&app, aino, &LookedAt::ProviderRecords).await;
    assert_eq!(looks, 4, "April, May twice and March: each page with her records");
}

async fn records_of_kotipiha(app: &TestApp) -> i64 {
    app.number("SELECT COUNT(*) FROM service_records WHERE provider_id = 1").await
}

async fn a_provider_reports_a_service_with_the_form(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    let matti = client(&app, "matti").await;
    app.sign_in("kotipiha").await;
    let form = app.get("/our-records/new").await;
    assert_eq!(form.status, StatusCode::OK);
    let text = words(&form.text());
    assert!(text.contains("Raportoi palvelu"), "{text}");
    assert!(
        form.body.contains(&format!(r#"<option value="{aino}">Aino Kettunen</option>"#)),
        "{}",
        form.body
    );
    let id_at = form.body.find(r#"name="record" value="portal-"#).expect("the form has a record id");
    let record = &form.body[id_at + 21..id_at + 21 + 23];
    assert!(record.starts_with("portal-"), "{record}");
    let before = records_of_kotipiha(&app).await;

    // Every wrong field is named beside it, what was typed is kept, nothing is stored.
    let wrong = [
        ("client", ""),
        ("service", "x"),
        ("date", "32.5.2018"),
        ("units", "0"),
        ("price", "kalliimpi"),
        ("record", record),
    ];
    let sent = app.post_form("/our-records/new", &wrong).await;
    assert_eq!(sent.location(), "/our-records/new");
    let back = app.get("/our-records/new").await;
    let text = words(&back.text());
    for error in [
        "Valitse asiakas.",
        "Valitse palvelu.",
        "Kirjoita päivä muodossa päivä.kuukausi.vuosi, esimerkiksi 9.5.2018.",
        "Kirjoita päivien tai tuntien määrä, enemmän kuin nolla, esimerkiksi 1 tai 2,5.",
        "Kirjoita hinta euroina, esimerkiksi 75,00.",
    ] {
        assert_eq!(text.matches(error).count(), 2, "in the summary and beside the field: {error} {text}");
    }
    assert!(back.body.contains(r#"value="32.5.2018""#) && back.body.contains(r#"value="kalliimpi""#));
    assert!(back.body.contains(&format!(r#"value="{record}""#)), "the same record id comes back");
    assert_eq!(records_of_kotipiha(&app).await, before);

    // Someone else's client: the rules' refusal, in words beside the field.
    let matti = matti.to_string();
    let others = [
        ("client", matti.as_str()),
        ("service", "day-activities"),
        ("date", "9.5.2018"),
        ("units", "1"),
        ("price", "75,00"),
        ("record", record),
    ];
    app.post_form("/our-records/new", &others).await;
    let text = words(&app.get("/our-records/new").await.text());
    assert_eq!(text.matches("Teillä ei ole sopimusta tämän asiakkaan kanssa.").count(), 2, "{text}");
    assert_eq!(records_of_kotipiha(&app).await, before);

    // Right: stored and shown in its month; sent again, stored once (B9).
    let aino = aino.to_string();
    let right = [
        ("client", aino.as_str()),
        ("service", "day-activities"),
        ("date", "9.5.2018"),
        ("units", "1"),
        ("price", "75,00"),
        ("record", record),
    ];
    let sent = app.post_form("/our-records/new", &right).await;
    assert_eq!(sent.location(), format!("/our-records?month=2018-05&reported={record}"));
    let text = words(&app.get(sent.location()).await.text()).replace('\u{a0}', " ");
    assert!(text.contains("Kirjaus on tallennettu. 9.5.2018, Aino Kettunen, Päivätoiminta: 1 x 75,00 € = 75,00 €. Veloitettu."), "{text}");
    let again = app.post_form("/our-records/new", &right).await;
    assert_eq!(again.location(), sent.location());
    assert_eq!(records_of_kotipiha(&app).await, before + 1);

    // The same form with other values is not a second record, nor a change of the first.
    let changed = [
        ("client", aino.as_str()),
        ("service", "day-activities"),
        ("date", "9.5.2018"),
        ("units", "2"),
        ("price", "75,00"),
        ("record", record),
    ];
    assert_eq!(app.post_form("/our-records/new", &changed).await.location(), "/our-records/new");
    let text = words(&app.get("/our-records/new").await.text());
    assert!(text.contains("Tämä lomake on jo lähetetty toisin tiedoin."), "{text}");
    assert_eq!(records_of_kotipiha(&app).await, before + 1);
}
