//! An experience expert's hours of help: Maija writes down her help for Aino, who let her in;
//! wrong fields come back beside the field with nothing stored; a client who never let her in
//! cannot be chosen; only experts have the page; the organiser's indicators count the hours.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(maija_writes_down_her_hours_for_aino, only_an_expert_has_hours_of_help);

async fn maija_writes_down_her_hours_for_aino(mut app: TestApp) {
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    let matti = app.number("SELECT client_id FROM accounts WHERE username = 'matti'").await;
    let stored = "SELECT COUNT(*) FROM expert_hours";
    let before = app.number(stored).await;
    let maija = app.number("SELECT id FROM accounts WHERE username = 'maija'").await.to_string();
    app.sign_in("maija").await;
    let text = words(&app.get("/help-hours").await.text());
    assert!(text.contains("Kukaan asiakas ei ole päästänyt sinua"), "no one let her in lately: {text}");
    assert!(!text.contains("Tallenna tunnit"), "so there is no form: {text}");
    app.forget_cookies();
    app.sign_in("aino").await;
    let let_in = app.post_form("/helpers", &[("helper", &maija), ("hours", "2")]).await;
    assert_eq!(let_in.location(), "/helpers?done=granted");
    app.forget_cookies();
    app.sign_in("maija").await;
    let page = app.get("/help-hours").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = words(&page.text());
    assert!(text.contains("Ketä autoit? Aino Kettunen"), "Aino let her in: {text}");
    assert!(!text.contains("Matti Räsänen"), "Matti never did: {text}");
    assert!(text.contains("20.4.2018: Aino Kettunen, 2 h"), "the demo's hours: {text}");

    // Matti never let her in; a day that is not one; too many hours: all beside their fields.
    let wrong = app
        .post_form("/help-hours", &[("client", &matti.to_string()), ("day", "32.5.2018"), ("hours", "13")])
        .await;
    assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, "/help-hours"));
    let again = app.get("/help-hours").await;
    let text = again.text();
    for error in [
        "Valitse asiakas, jota autoit",
        "Kirjoita päivä päivämääränä, esimerkiksi 3.5.2018",
        "Kirjoita tunnit numerona 0,25–12, esimerkiksi 1,5",
    ] {
        assert_eq!(text.matches(error).count(), 2, "{error}: {text}");
    }
    assert!(again.body.contains("value=\"32.5.2018\"") && again.body.contains("value=\"13\""), "kept");
    let future = app
        .post_form("/help-hours", &[("client", &aino.to_string()), ("day", "11.5.2018"), ("hours", "1")])
        .await;
    assert_eq!(future.location(), "/help-hours");
    assert!(app.get("/help-hours").await.text().contains("Päivä ei voi olla tulevaisuudessa"));
    assert_eq!(app.number(stored).await, before, "nothing stored");

    let saved = app
        .post_form("/help-hours", &[("client", &aino.to_string()), ("day", "9.5.2018"), ("hours", "1,5")])
        .await;
    assert_eq!(saved.location(), "/help-hours?saved");
    let text = words(&app.get("/help-hours?saved").await.text());
    assert!(text.contains("Tunnit on tallennettu."), "{text}");
    assert!(text.contains("9.5.2018: Aino Kettunen, 1,5 h"), "{text}");
    assert_eq!(
        app.number(&format!(
            "SELECT minutes FROM expert_hours WHERE client_id = {aino} AND help_day = '2018-05-09'"
        ))
        .await,
        90
    );

    // Aino reads it on "Done for me", as everything others do about her.
    app.forget_cookies();
    app.sign_in("aino").await;
    let done = words(&app.get("/done-for-me").await.text());
    assert!(done.contains("kirjasi antaneensa sinulle tukea 1,5 tuntia 9.5.2018"), "{done}");
    assert!(done.contains("Maija Partanen (kokemusasiantuntija)"), "{done}");

    // Written by mistake: Maija takes the hours back; they stay in Aino's "Done for me" as
    // removed and leave the indicators.
    let written = app.number("SELECT MAX(id) FROM expert_hours").await;
    app.forget_cookies();
    app.sign_in("maija").await;
    let remove = format!("/help-hours/{written}/remove");
    let removed = app.post_form(&remove, &[]).await;
    assert_eq!(removed.location(), format!("/help-hours?removed={written}"));
    let page = app.get(removed.location()).await;
    let text = words(&page.text());
    assert!(text.contains("Tunnit on poistettu."), "{text}");
    assert!(!text.contains("9.5.2018: Aino Kettunen, 1,5 h"), "no longer listed: {text}");
    // Removed by mistake too: undone as easily.
    assert!(page.body.contains(&format!("action=\"/help-hours/{written}/restore\"")), "{}", page.body);
    let restored = app.post_form(&format!("/help-hours/{written}/restore"), &[]).await;
    assert_eq!(restored.location(), "/help-hours?restored");
    let text = words(&app.get("/help-hours?restored").await.text());
    assert!(
        text.contains("Tunnit on palautettu.") && text.contains("9.5.2018: Aino Kettunen, 1,5 h"),
        "{text}"
    );
    assert_eq!(app.post_form(&remove, &[]).await.location(), format!("/help-hours?removed={written}"));
    let again = app.post_form(&format!("/help-hours/{written}/remove"), &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "removed once");
    // Hours of a help day over 30 days ago stay: the month's figures may have been read.
    sqlx::query("UPDATE expert_hours SET help_day = '2018-04-09' WHERE help_day = '2018-04-20'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let old = app.number("SELECT id FROM expert_hours WHERE help_day = '2018-04-09'").await;
    assert_eq!(app.post_form(&format!("/help-hours/{old}/remove"), &[]).await.status, StatusCode::NOT_FOUND);
    app.forget_cookies();
    app.sign_in("aino").await;
    let done = words(&app.get("/done-for-me").await.text());
    assert!(done.contains("poisti kirjaamansa tuen 1,5 tuntia päivältä 9.5.2018"), "{done}");

    // The organiser reads them: April has the demo's 2 hours for Aino (Joensuu, two clients).
    app.forget_cookies();
    app.sign_in("olli").await;
    let csv = app.get("/indicators.csv?month=2018-04").await.body;
    let joensuu: Vec<&str> =
        csv.lines().find(|l| l.split(',').nth(1) == Some("Joensuu")).unwrap().split(',').collect();
    assert_eq!((joensuu[13], joensuu[14]), ("2.0", "1.00"), "{csv}");
    let may = app.get("/indicators.csv?month=2018-05").await.body;
    let all: Vec<&str> =
        may.lines().find(|l| l.split(',').nth(1) == Some("all")).unwrap().split(',').collect();
    assert_eq!(all[13], "1.5", "the demo's 1.5 h; the 1.5 h written by mistake were removed: {may}");
}

async fn only_an_expert_has_hours_of_help(mut app: TestApp) {
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await.to_string();
    let form = [("client", aino.as_str()), ("day", "9.5.2018"), ("hours", "1")];
    for who in ["aino", "sanna", "riikka", "olli"] {
        app.sign_in(who).await;
        assert_eq!(app.get("/help-hours").await.status, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(app.post_form("/help-hours", &form).await.status, StatusCode::NOT_FOUND, "{who}");
        app.forget_cookies();
    }
    assert_eq!(app.number("SELECT COUNT(*) FROM expert_hours").await, 2, "only the demo's");
    assert_eq!(app.get("/help-hours").await.status, StatusCode::SEE_OTHER, "nobody signs in first");
}
