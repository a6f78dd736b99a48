//! The decision form: Riikka prepares a change of Leena's decision with the same rules as the
//! API, and Helena, the decision-maker, decides it with her grounds; a change that would lose what
//! is stored against the decision, or a wrong field, comes back filled in and changes nothing; a
//! client with no decision gets one; Leena reads who decided, when and why on My decision and
//! "Done for me".

use axum::http::StatusCode;
use server::demo::DEMO_STAFF_TOKEN;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    riikka_prepares_helena_decides_and_wrong_forms_change_nothing,
    a_client_with_no_decision_gets_one_from_the_form,
    a_decision_does_not_outrun_the_clients_leaving,
    only_the_counsellor_and_a_decision_maker_with_something_to_decide_use_the_form,
    the_client_reads_who_made_the_decision_and_when
);

async fn the_client_reads_who_made_the_decision_and_when(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    app.sign_in("leena").await;
    let before = app.get("/decision").await.text();
    assert!(!before.contains("Päätöksen teki"), "the demo's decision came through the API: {before}");
    app.forget_cookies();
    app.riikka_makes_room_in_leenas_decision(leena).await;
    app.forget_cookies();
    app.sign_in("leena").await;
    let after = app.get("/decision").await.text();
    // The demo's clock says 10.5.2018, but the change is made now, on the real day.
    assert!(after.contains("Päätöksen teki Helena Laine (päätöksentekijä)"), "{after}");
    assert!(after.contains("Miksi päätös on tällainen"), "{after}");
    assert!(after.contains("Leena tarvitsee päivätoimintaa useammin."), "{after}");

    // Aino's decision in the demo was Helena's, on 12.1.2018, with her grounds; in English too.
    app.forget_cookies();
    app.sign_in("aino").await;
    app.post_form("/preferences", &[("lang", "en"), ("easy_read", "off")]).await;
    let aino = app.get("/decision").await.text();
    assert!(aino.contains("Decided by Helena Laine (decision-maker) on 12 January 2018."), "{aino}");
    assert!(aino.contains("Why the decision is what it is"), "{aino}");
    assert!(aino.contains("Tuen suunnitelmassa 10.1.2018"), "her grounds as Helena wrote them: {aino}");
}

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

/// Leena's decision as stored: its period and its lines' product, units and value.
async fn stored(app: &TestApp, client_id: i64) -> Vec<(String, String, String, Option<String>, i64)> {
    sqlx::query_as(&format!(
        "SELECT d.valid_from, d.valid_to, l.product, l.units_per_month, l.unit_value_cents \
         FROM decisions d JOIN decision_lines l ON l.decision_id = d.id WHERE d.client_id = {client_id} \
         ORDER BY l.id"
    ))
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn riikka_prepares_helena_decides_and_wrong_forms_change_nothing(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let form = format!("/clients/{leena}/decision");
    let before = stored(&app, leena).await;
    app.sign_in("riikka").await;
    let page = app.get(&form).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Päätös: Leena Turunen"), "{text}");
    assert!(text.contains("Voimassa 1.1.2018–30.6.2018. Yhteensä 6\u{a0}750,00\u{a0}€."), "{text}");
    assert!(text.contains("Valmistele päätettäväksi") && !text.contains("Perustelut"), "{text}");
    for filled in ["value=\"1.1.2018\"", "value=\"30.6.2018\"", "value=\"15\"", "value=\"75,00\""] {
        assert!(page.body.contains(filled), "the decision as it is: {filled}");
    }

    // Wrong fields: each error in the summary and beside its field, what was typed kept.
    let wrong = app
        .post_form(&form, &[("from", "1.13.2018"), ("to", "30.6.2018"), ("day-activities-units", "40")])
        .await;
    assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, form.as_str()));
    let again = app.get(&form).await;
    let text = again.text();
    for error in [
        "Kirjoita ensimmäinen päivä päivämääränä, esimerkiksi 1.1.2018",
        "Kirjoita päivät kuukaudessa numerona, enintään 31, esimerkiksi 12",
    ] {
        assert_eq!(text.matches(error).count(), 2, "{error}: {text}");
    }
    assert!(again.body.contains("value=\"1.13.2018\"") && again.body.contains("value=\"40\""), "kept");

    // What could not be decided is not prepared either: records before February, and day
    // activities, would be lost.
    app.post_form(&form, &[("from", "1.2.2018"), ("to", "30.6.2018"), ("personal-assistance-units", "10")])
        .await;
    let text = app.get(&form).await.text();
    for error in [
        "Päätökseen on jo kirjattu palveluja päiviltä, jotka tämä jakso jättää pois",
        "Tästä palvelusta on jo kirjauksia, joten se ei voi jäädä pois päätöksestä",
    ] {
        assert_eq!(text.matches(error).count(), 2, "{error}: {text}");
    }
    // Less than is charged already (6 000 €): five days a month make 2 250 €.
    app.post_form(&form, &[("from", "1.1.2018"), ("to", "30.6.2018"), ("day-activities-units", "5")]).await;
    let text = app.get(&form).await.text();
    assert!(
        text.contains("Uusi kokonaissumma on pienempi kuin se, mitä budjetista on jo käytetty"),
        "{text}"
    );
    let prepared_for_leena = format!("SELECT COUNT(*) FROM prepared_decisions WHERE client_id = {leena}");
    assert_eq!(app.number(&prepared_for_leena).await, 0, "nothing prepared");

    // The counsellor prepares; the decision stays as it is until the decision-maker decides.
    let change = [
        ("from", "1.1.2018"),
        ("to", "30.6.2018"),
        ("day-activities-units", "20"),
        ("day-activities-value", ""),
        ("personal-assistance-units", "10"),
        ("personal-assistance-value", "25,00"),
    ];
    let prepared = app.post_form(&form, &change).await;
    assert_eq!(prepared.location(), format!("{form}?saved"));
    let page = app.get(prepared.location()).await;
    let text = page.text();
    assert!(text.contains("Päätös on valmisteltu. Päätöksentekijä näkee sen listallaan."), "{text}");
    // 120 days x 75 € + 60 hours x 25 € (B5), said before anyone decides.
    assert!(text.contains("voimassa 1.1.2018–30.6.2018, yhteensä 10\u{a0}500,00\u{a0}€"), "{text}");
    assert!(
        page.body.contains("value=\"20\"") && page.body.contains("value=\"25,00\""),
        "the form as prepared"
    );
    assert!(text.contains("Yhteensä 6\u{a0}750,00\u{a0}€."), "the decision unchanged: {text}");
    assert_eq!(stored(&app, leena).await, before, "nothing decided by the counsellor");
    assert_eq!(app.number("SELECT COUNT(*) FROM decision_events").await, 1, "only the demo's for Aino");

    // Helena's list: Leena's, after Veikko's that waited longer.
    app.forget_cookies();
    app.sign_in("helena").await;
    let list = app.get("/decisions").await.text();
    assert!(list.contains("2 päätöstä odottaa."), "{list}");
    let (veikko, leena_at) = (list.find("Veikko Hirvonen").unwrap(), list.find("Leena Turunen").unwrap());
    assert!(veikko < leena_at, "the longest-waiting first: {list}");
    let page = app.get(&form).await;
    let text = page.text();
    assert!(text.contains("Tee päätös") && text.contains("Perustelut"), "{text}");
    assert!(page.body.contains("value=\"20\"") && page.body.contains("value=\"25,00\""), "as prepared");

    // No grounds: said beside the field, the form kept, nothing decided.
    let changed_mind = [("from", "1.1.2018"), ("to", "30.6.2018"), ("day-activities-units", "20")];
    app.post_form(
        &form,
        &[&changed_mind[..], &[("personal-assistance-units", "10"), ("grounds", "  ")][..]].concat(),
    )
    .await;
    let text = app.get(&form).await.text();
    assert_eq!(text.matches("Kirjoita päätöksen perustelut").count(), 2, "{text}");
    assert_eq!(stored(&app, leena).await, before);
    let long = "x".repeat(2_001);
    app.post_form(&form, &[&changed_mind[..], &[("grounds", long.as_str())][..]].concat()).await;
    let text = app.get(&form).await.text();
    assert_eq!(text.matches("Kirjoita perustelut lyhyemmin, enintään 2000 merkkiä").count(), 2, "{text}");

    // Helena decides, changing what was prepared: no personal assistance after all.
    let grounds = "Leena haluaa käydä päivätoiminnassa useammin. Tuen suunnitelma tukee tätä.";
    let decided = app.post_form(&form, &[&changed_mind[..], &[("grounds", grounds)][..]].concat()).await;
    assert_eq!(decided.location(), "/decisions");
    let list = app.get("/decisions").await.text();
    assert!(list.contains("Päätös tehty: Leena Turunen."), "{list}");
    assert!(list.contains("Yksi päätös odottaa."), "{list}");
    assert_eq!(app.number(&prepared_for_leena).await, 0, "no longer waiting");
    let now = stored(&app, leena).await;
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].3.as_deref(), Some("20"));
    assert_eq!(app.get(&form).await.status, StatusCode::NOT_FOUND, "nothing more to decide for Leena");

    app.forget_cookies();
    app.sign_in("leena").await;
    let done = app.get("/done-for-me").await.text();
    assert!(
        done.contains(
            "Helena Laine (päätöksentekijä) muutti päätöstäsi: nyt 1.1.2018–30.6.2018, yhteensä \
             9\u{a0}000,00\u{a0}€ (ennen 6\u{a0}750,00\u{a0}€)."
        ),
        "{done}"
    );
    let decision = app.get("/decision").await.text();
    assert!(decision.contains("9\u{a0}000,00\u{a0}€") && decision.contains(grounds), "{decision}");
    let looked = app.get("/who-looked").await.text();
    assert!(looked.contains("Syy: hän tekee päätöksen, jonka palveluohjaaja valmisteli."), "{looked}");
}

async fn a_client_with_no_decision_gets_one_from_the_form(mut app: TestApp) {
    let made = app
        .api(
            "POST",
            "/api/v1/clients",
            Some(DEMO_STAFF_TOKEN),
            Some(serde_json::json!({ "name": "Ville Uusi", "municipality": "Joensuu", "language": "fi" })),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED);
    let ville = made.json["id"].as_i64().unwrap();
    let riikka = app.number("SELECT id FROM accounts WHERE username = 'riikka'").await;
    sqlx::query(&format!("UPDATE clients SET counsellor_account_id = {riikka} WHERE id = {ville}"))
        .execute(&app.state.db.pool)
        .await
        .unwrap();

    app.sign_in("riikka").await;
    let form = format!("/clients/{ville}/decision");
    let text = app.get(&form).await.text();
    assert!(text.contains("Asiakkaalla ei ole vielä päätöstä."), "{text}");
    let empty = app.post_form(&form, &[("from", "1.6.2018"), ("to", "31.12.2018")]).await;
    assert_eq!(empty.location(), form);
    assert!(app.get(&form).await.text().contains("Ota päätökseen vähintään yksi palvelu"));

    let first = [
        ("from", "1.6.2018"),
        ("to", "31.12.2018"),
        ("supported-housing-tier", "2"),
        ("supported-housing-value", ""),
    ];
    let saved = app.post_form(&form, &first).await;
    assert_eq!(saved.location(), format!("{form}?saved"));
    app.forget_cookies();
    app.sign_in("helena").await;
    let decided = app
        .post_form(&form, &[&first[..], &[("grounds", "Ville tarvitsee tuettua asumista.")][..]].concat())
        .await;
    assert_eq!(decided.location(), "/decisions");
    app.forget_cookies();
    app.sign_in("riikka").await;
    let text = app.get(&form).await.text();
    // 214 days of supported housing, tier 2, at 60 € (B4, B5).
    assert!(text.contains("Voimassa 1.6.2018–31.12.2018. Yhteensä 12\u{a0}840,00\u{a0}€."), "{text}");
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM decision_events WHERE client_id = {ville} AND event = 'made'"
        ))
        .await,
        1
    );
}

async fn only_the_counsellor_and_a_decision_maker_with_something_to_decide_use_the_form(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let before = stored(&app, leena).await;
    let form = format!("/clients/{leena}/decision");
    let change =
        [("from", "1.1.2018"), ("to", "30.6.2018"), ("day-activities-units", "31"), ("grounds", "x")];
    // Helena too: nothing is prepared for Leena.
    for username in ["leena", "sanna", "olli", "helena"] {
        app.forget_cookies();
        app.sign_in(username).await;
        assert_eq!(app.get(&form).await.status, StatusCode::NOT_FOUND, "{username}");
        assert_eq!(app.post_form(&form, &change).await.status, StatusCode::NOT_FOUND, "{username}");
    }
    assert_eq!(stored(&app, leena).await, before);
    assert_eq!(
        app.number(&format!("SELECT COUNT(*) FROM access_refusals WHERE asked_client_id = {leena}")).await,
        8
    );
    // The decision-maker's list is theirs alone.
    for username in ["leena", "riikka", "olli"] {
        app.forget_cookies();
        app.sign_in(username).await;
        assert_eq!(app.get("/decisions").await.status, StatusCode::NOT_FOUND, "{username}");
    }
    // Grounds from the counsellor do not make a decision: the counsellor only prepares.
    app.forget_cookies();
    app.sign_in("riikka").await;
    let prepared = app.post_form(&form, &change).await;
    assert_eq!(prepared.location(), format!("{form}?saved"));
    assert_eq!(stored(&app, leena).await, before);
}

async fn a_decision_does_not_outrun_the_clients_leaving(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    app.sign_in("leena").await;
    let left = app.post_form("/leave", &[]).await;
    assert_eq!(left.status, StatusCode::SEE_OTHER);
    assert_eq!(stored(&app, leena).await[0].1, "2018-06-10", "B17: the budget ends a month after notice");

    app.forget_cookies();
    app.sign_in("riikka").await;
    let form = format!("/clients/{leena}/decision");
    app.post_form(&form, &[("from", "1.1.2018"), ("to", "30.6.2018"), ("day-activities-units", "15")]).await;
    let text = app.get(&form).await.text();
    assert!(text.contains("Päätös ei voi jatkua budjetin viimeisen päivän jälkeen"), "{text}");
    assert_eq!(stored(&app, leena).await[0].1, "2018-06-10");

    // Up to the last day it may change: 5 x 1 125 € + 10/30 of June make the 6 000 € charged.
    let saved = app
        .post_form(&form, &[("from", "1.1.2018"), ("to", "10.6.2018"), ("day-activities-units", "15")])
        .await;
    assert_eq!(saved.location(), format!("{form}?saved"), "prepared");
}
