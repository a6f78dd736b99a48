//! A provider's file of records: checked row by row before anything is stored, stored once on
//! confirm, and the same file sent again stores nothing twice; a file that cannot be read comes
//! back with why, beside the file field.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(a_file_is_checked_then_stored_once, a_file_without_its_columns_comes_back_with_why);

async fn kotipihas_records(app: &TestApp) -> i64 {
    app.number("SELECT COUNT(*) FROM service_records WHERE provider_id = 1").await
}

/// What Aino's budget has been charged in all, in cents.
async fn ainos_charges(app: &TestApp, aino: i64) -> i64 {
    let sql = format!(
        "SELECT CAST(SUM(charged_cents) AS BIGINT) FROM service_records WHERE client_id = {aino} AND status = 'charged'"
    );
    app.number(&sql).await
}

/// Sends the file and follows to its page; the page's words.
async fn send(app: &mut TestApp, file: &str) -> (String, String) {
    let sent = app.post_file("/our-records/upload", "file", "toukokuu.csv", file).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let at = sent.location().to_string();
    assert!(at.starts_with("/our-records/uploads/"), "to the file's page: {at}");
    let page = app.get(&at).await;
    assert_eq!(page.status, StatusCode::OK);
    (at, words(&page.text()))
}

/// Confirms the file and waits for its page to say it is stored (storing goes on after the
/// answer); the page's words.
async fn store(app: &mut TestApp, at: &str) -> String {
    let confirmed = app.post_form(&format!("{at}/store"), &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(confirmed.location(), at);
    for _ in 0..200 {
        let page = words(&app.get(at).await.text());
        if page.contains("Tallennettu: toukokuu.csv") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the file was not stored in 10 s");
}

async fn a_file_is_checked_then_stored_once(mut app: TestApp) {
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    let matti = app.number("SELECT client_id FROM accounts WHERE username = 'matti'").await;
    // One of Kotipiha's own records, sent again as it was.
    let old = "SELECT provider_record_id FROM service_records WHERE provider_id = 1 AND product = 'day-activities' \
               AND service_date = '2018-04-01'";
    let old_id = app.text(old).await;
    let file = format!(
        "provider_record_id;client_id;client_name;product;date;units;unit_price\n\
         up-1;{aino};Aino Kettunen;day-activities;2.5.2018;1;75,00\n\
         ;{aino};Aino Kettunen;supported-housing;2018-05-03;1;60,00\n\
         up-3;{aino};Aino Kettunen;day-activities;31.13.2018;1;75,00\n\
         up-4;{matti};;day-activities;2.5.2018;1;75,00\n\
         {old_id};{aino};Aino Kettunen;day-activities;1.4.2018;1;75,00\n\
         ;{aino};Aino Kettunen;day-activities;;;\n"
    );
    let (records, charges) = (kotipihas_records(&app).await, ainos_charges(&app, aino).await);
    app.sign_in("kotipiha").await;
    let (at, page) = send(&mut app, &file).await;
    assert!(
        page.contains("Tiedostossa on 5 riviä. Mitään ei ole vielä tallennettu. Jos tallennatte tiedoston:"),
        "the template's unfilled line is no row: {page}"
    );
    assert!(page.contains("2 kirjausta veloitetaan asiakkaiden budjeteista"), "{page}");
    assert!(page.contains("yksi rivi on tallennettu aiemmin eikä sitä tallenneta uudelleen"), "{page}");
    assert!(page.contains("2 riviä hylätään eikä niitä tallenneta"), "{page}");
    assert!(
        page.contains(
            "Rivi 4 (tunnisteenne up-3): hylätään. Kirjoittakaa päivä muodossa 9.5.2018 tai 2018-05-09."
        ),
        "{page}"
    );
    assert!(
        page.contains(
            "Rivi 5 (tunnisteenne up-4): hylätään. Teillä ei ole sopimusta tämän asiakkaan kanssa."
        ),
        "another provider's client: {page}"
    );
    assert!(page.contains(&format!("Rivi 6 (tunnisteenne {old_id}): tallennettu aiemmin")), "{page}");
    assert!(page.contains("Tallenna 2 kirjausta"), "{page}");
    assert_eq!(kotipihas_records(&app).await, records, "checking stores nothing");

    let stored = store(&mut app, &at).await;
    assert!(stored.contains("Tiedosto on tallennettu: 2 kirjausta."), "{stored}");
    assert!(stored.contains("2 kirjausta veloitettiin asiakkaiden budjeteista"), "{stored}");
    assert!(stored.contains("Katso kuukauden toukokuu 2018 kirjaukset"), "{stored}");
    assert_eq!(kotipihas_records(&app).await, records + 2);
    assert_eq!(ainos_charges(&app, aino).await, charges + 75_00 + 60_00, "charged to the cent");
    let made =
        "SELECT COUNT(*) FROM service_records WHERE provider_id = 1 AND provider_record_id LIKE 'file-%'";
    assert_eq!(app.number(made).await, 1, "the row without an id got one made from its values");

    // Confirming twice, and the same file sent and stored again, store nothing twice.
    let confirmed = app.post_form(&format!("{at}/store"), &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    let (again, page) = send(&mut app, &file).await;
    assert!(page.contains("3 riviä on tallennettu aiemmin eikä niitä tallenneta uudelleen"), "{page}");
    assert!(!page.contains("veloitetaan"), "{page}");
    store(&mut app, &again).await;
    assert_eq!(kotipihas_records(&app).await, records + 2);
    assert_eq!(ainos_charges(&app, aino).await, charges + 75_00 + 60_00);

    let form = words(&app.get("/our-records/upload").await.text());
    assert!(form.contains("toukokuu.csv 5 riviä. Tallennettu."), "the files sent are listed: {form}");
    // No one else sees the file: a client is refused, and the provider's files are its own.
    app.forget_cookies();
    app.sign_in("aino").await;
    assert_eq!(app.get(&at).await.status, StatusCode::NOT_FOUND);
}

async fn a_file_without_its_columns_comes_back_with_why(mut app: TestApp) {
    let kept = app.number("SELECT COUNT(*) FROM record_uploads").await;
    app.sign_in("kotipiha").await;
    let sent = app.post_file("/our-records/upload", "file", "lista.csv", "asiakas,päivä\n1,2.5.2018\n").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), "/our-records/upload");
    let page = app.get("/our-records/upload").await;
    let said = words(&page.text());
    assert!(page.body.contains("<title>Virhe:"), "the title says there is an error: {}", &page.body[..400]);
    assert!(
        said.contains("Tiedoston ensimmäisen rivin pitää nimetä sarakkeet: provider_record_id, client_id"),
        "{said}"
    );
    assert!(page.body.contains("aria-invalid=\"true\""), "beside the file field");
    let empty = app.post_file("/our-records/upload", "file", "", "").await;
    assert_eq!(empty.location(), "/our-records/upload");
    let said = words(&app.get("/our-records/upload").await.text());
    assert!(said.contains("Valitse lähetettävä tiedosto."), "{said}");
    assert_eq!(app.number("SELECT COUNT(*) FROM record_uploads").await, kept, "nothing kept");
}
