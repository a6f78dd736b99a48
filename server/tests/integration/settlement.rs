//! The monthly settlement: the demo's March 2018 pays each provider what its records charged
//! (worked out by hand below), its bank payment file passes the published ISO 20022 schema, an
//! approved month is locked and a late record goes into the next one, and the client's
//! statement says which settlement paid each provider.

use axum::http::StatusCode;
use serde_json::json;
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(
    march_pays_each_provider_what_its_records_charged,
    an_approved_month_is_locked_and_a_late_record_goes_to_the_next,
    no_payment_file_without_each_providers_bank_details,
    the_api_gives_a_provider_only_its_own_line,
    before_the_first_settlement_the_oldest_month_is_offered_first,
);

/// The value of a hidden field of the page's form.
fn hidden(body: &str, name: &str) -> String {
    let at = body.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no field {name}"));
    let value = &body[at..][body[at..].find("value=\"").expect("a value") + 7..];
    value[..value.find('"').unwrap()].to_string()
}

async fn march_pays_each_provider_what_its_records_charged(mut app: TestApp) {
    app.sign_in("olli").await;
    let list = words(&app.get("/settlements").await.text());
    assert!(
        list.contains("Seuraavaksi tilitetään huhtikuu 2018. Sen voi tilittää nyt:"),
        "April ended before the demo's today, 10.5.2018: {list}"
    );
    assert!(list.contains("maaliskuu 2018 : hyväksytty 6.4.2018, Olli Mustonen."), "{list}");

    let page = app.get("/settlements/2018-03").await;
    assert_eq!(page.status, StatusCode::OK);
    let march = words(&page.text());
    assert!(march.contains("Hyväksytty 6.4.2018, Olli Mustonen."), "{march}");
    assert!(march.contains("Tilitys on lukittu."), "{march}");
    assert!(!page.body.contains("/settlements/2018-03/approve"), "a settled month has no approve button");
    // By hand, from the demo's records (B1: units x the lower of price and voucher value):
    // Kotipiha Oy: Aino's housing, 31 days x 60.00 = 1,860.00, and 10 days of day activities x
    // 75.00 = 750.00: 11 records, 2,610.00. Karjalan Avustajat: Aino's 4 evenings x 3.5 h x 23.90
    // = 334.60 and Veikko's 10 days x 7 h x 23.90 = 1,673.00: 14 records, 2,007.60.
    let kotipiha = app.text("SELECT business_id FROM providers WHERE name = 'Kotipiha Oy'").await;
    assert!(
        march.contains(&format!(
            "Kotipiha Oy Y-tunnus {kotipiha} Kirjauksia 11 Maksetaan 2 610,00 € Asiakkaiden omavastuut 0,00 €"
        )),
        "{march}"
    );
    assert!(march.contains("Karjalan Avustajat"), "{march}");
    assert!(march.contains("Kirjauksia 14 Maksetaan 2 007,60 € Asiakkaiden omavastuut 0,00 €"), "{march}");
    // The sums agree with the records themselves.
    let karjala = app.number("SELECT id FROM providers WHERE name = 'Karjalan Avustajat'").await;
    let counted = app.number(&format!("SELECT CAST(SUM(charged_cents) AS BIGINT) FROM service_records WHERE settlement_month = '2018-03' AND provider_id = {karjala}"),
    )
    .await;
    assert_eq!(counted, 200_760);

    let csv = app.get("/settlements/2018-03/csv").await;
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert!(csv.body.starts_with("settlement_month,approved_on,provider,business_id,records,paid_eur,"));
    let reference = |provider: i64| {
        let base: u64 = format!("201803{provider:06}").parse().unwrap();
        let digits = base.to_string();
        let sum: u32 = digits
            .bytes()
            .rev()
            .zip([7, 3, 1].into_iter().cycle())
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum();
        format!("{digits}{}", (10 - sum % 10) % 10)
    };
    let kotipiha_id = app.number("SELECT id FROM providers WHERE name = 'Kotipiha Oy'").await;
    let line =
        format!("2018-03,2018-04-06,Kotipiha Oy,{kotipiha},11,2610.00,0.00,{}\n", reference(kotipiha_id));
    assert!(csv.body.contains(&line), "{line} in {}", csv.body);

    let file = app.get("/settlements/2018-03/payments").await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-disposition"], "attachment; filename=\"payments-2018-03.xml\"");
    let xml = file.body;
    let total = app.number("SELECT CAST(SUM(charged_cents) AS BIGINT) FROM service_records WHERE settlement_month = '2018-03'",
    )
    .await;
    let paid = app.number("SELECT COUNT(DISTINCT provider_id) FROM service_records WHERE settlement_month = '2018-03' AND charged_cents > 0",
    )
    .await;
    assert!(
        xml.contains(&format!(
            "<NbOfTxs>{paid}</NbOfTxs><CtrlSum>{}.{:02}</CtrlSum>",
            total / 100,
            total % 100
        )),
        "{xml}"
    );
    assert_eq!(xml.matches("<CdtTrfTxInf>").count() as i64, paid);
    assert!(xml.contains("<InstdAmt Ccy=\"EUR\">2610.00</InstdAmt>"));
    assert!(xml.contains(&format!("<Ref>{}</Ref>", reference(kotipiha_id))));
    assert!(xml.contains("<ReqdExctnDt>2018-04-06</ReqdExctnDt>"));
    check_against_schema(&xml);
    assert_eq!(app.get("/settlements/2018-03/payments").await.body, xml, "the same file each time");
}

/// The file against pain.001.001.03.xsd as PyPI's sepaxml ships it (scripts/check-payment-file.py),
/// with the Python the test command installs; run by hand without it, the test says so.
fn check_against_schema(xml: &str) {
    let Ok(python) = std::env::var("PORTAL_SCHEMA_PYTHON") else {
        eprintln!("not checked against the ISO 20022 schema: PORTAL_SCHEMA_PYTHON is not set (scripts/test.sh sets it)");
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("payments.xml");
    std::fs::write(&file, xml).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/check-payment-file.py");
    let out = std::process::Command::new(&python)
        .arg(script)
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("{python} could not run: {e}"));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the payment file fails the schema: {said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("valid against pain.001.001.03.xsd"), "{said}");
}

async fn an_approved_month_is_locked_and_a_late_record_goes_to_the_next(mut app: TestApp) {
    app.sign_in("olli").await;
    let april = app.get("/settlements/2018-04").await;
    let april_text = words(&april.text());
    assert!(april_text.contains("Ei vielä hyväksytty. Jos hyväksyt nyt,"), "{april_text}");
    let (records, amount) = (hidden(&april.body, "records"), hidden(&april.body, "amount"));
    let charged_in_april = app
        .number(
            "SELECT COUNT(*) FROM service_records WHERE status = 'charged' AND settlement_month IS NULL \
         AND service_date <= '2018-04-30'",
        )
        .await;
    assert_eq!(records, charged_in_april.to_string());

    // Figures other than the page showed: nothing is approved, and the page says why.
    let sent =
        app.post_form("/settlements/2018-04/approve", &[("records", &records), ("amount", "1.00")]).await;
    assert_eq!(sent.location(), "/settlements/2018-04");
    let again = words(&app.get("/settlements/2018-04").await.text());
    assert!(again.contains("Luvut muuttuivat sillä välin, kun katsoit niitä."), "{again}");
    assert_eq!(app.number("SELECT COUNT(*) FROM settlements").await, 3);
    assert_eq!(
        app.number("SELECT COUNT(*) FROM service_records WHERE settlement_month = '2018-04'").await,
        0
    );
    // Months are settled in order.
    app.post_form("/settlements/2018-05/approve", &[("records", "0"), ("amount", "0.00")]).await;
    let may = words(&app.get("/settlements/2018-05").await.text());
    assert!(may.contains("Tätä kuukautta ei voi nyt hyväksyä."), "{may}");
    assert!(may.contains("Tilitä ensin huhtikuu 2018."), "{may}");

    let sent =
        app.post_form("/settlements/2018-04/approve", &[("records", &records), ("amount", &amount)]).await;
    assert_eq!(sent.location(), "/settlements/2018-04");
    let approved = words(&app.get("/settlements/2018-04").await.text());
    assert!(approved.contains("Hyväksytty"), "{approved}");
    assert!(approved.contains("Tilitys on lukittu."), "{approved}");
    assert_eq!(
        app.number("SELECT COUNT(*) FROM service_records WHERE settlement_month = '2018-04'").await,
        charged_in_april
    );
    // Approved twice: refused, nothing changes.
    app.post_form("/settlements/2018-04/approve", &[("records", &records), ("amount", &amount)]).await;
    assert!(
        words(&app.get("/settlements/2018-04").await.text()).contains("Tätä kuukautta ei voi nyt hyväksyä.")
    );
    assert_eq!(app.number("SELECT COUNT(*) FROM settlements").await, 4);
    // May has not ended (today is 10.5.2018).
    app.post_form("/settlements/2018-05/approve", &[("records", "0"), ("amount", "0.00")]).await;
    let may = words(&app.get("/settlements/2018-05").await.text());
    assert!(may.contains("Sen voi hyväksyä 1.6.2018 alkaen."), "{may}");
    assert_eq!(app.number("SELECT COUNT(*) FROM settlements").await, 4);

    // Kotipiha reports a day of April late, on 10.5.2018: April stays as approved; May pays it.
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    let late = json!({
        "provider_record_id": "late-april-1", "client_id": aino, "product": "day-activities",
        "date": "2018-04-27", "units": "1", "unit_price": "75.00"
    });
    let stored = app.api("POST", "/api/v1/service-records", Some(DEMO_PROVIDER_TOKEN), Some(late)).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.json);
    let still = words(&app.get("/settlements/2018-04").await.text());
    assert!(still.contains(&format!("({records} kirjausta)")), "{still}");
    let list = words(&app.get("/settlements").await.text());
    assert!(
        list.contains("Seuraavaksi tilitetään toukokuu 2018. Sen voi tilittää 1.6.2018 alkaen."),
        "{list}"
    );

    // Aino's April statement: which settlement pays Kotipiha for what.
    app.forget_cookies();
    app.sign_in("aino").await;
    let statement = words(&app.get("/statements/2018-04").await.text());
    assert!(
        statement.contains(
            "Kotipiha Oy: 13 palvelua. Maksettu palveluntuottajalle, tilityskuukausi huhtikuu 2018."
        ),
        "{statement}"
    );
    assert!(
        statement.contains("Kotipiha Oy: 1 palvelu. Ei vielä maksettu palveluntuottajalle."),
        "{statement}"
    );
}

async fn no_payment_file_without_each_providers_bank_details(mut app: TestApp) {
    sqlx::query("UPDATE providers SET iban = 'FI2112345600000786' WHERE name = 'Kotipiha Oy'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    app.sign_in("olli").await;
    let march = words(&app.get("/settlements/2018-03").await.text());
    assert!(
        march.contains(
            "Pankin maksuaineistoon puuttuu Y-tunnus, IBAN tai BIC, tai se on virheellinen: Kotipiha Oy."
        ),
        "a mistyped IBAN is found by its check digits: {march}"
    );
    assert_eq!(app.get("/settlements/2018-03/payments").await.status, StatusCode::NOT_FOUND);
    let april = words(&app.get("/settlements/2018-04").await.text());
    assert!(april.contains("Pankin maksuaineiston saa, kun tilitys on hyväksytty."), "{april}");
}

async fn the_api_gives_a_provider_only_its_own_line(mut app: TestApp) {
    let path = "/api/v1/settlements/2018-03";
    let all = app.api("GET", path, Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.json["approved"], true);
    assert_eq!(all.json["approved_on"], "2018-04-06");
    let providers = app
        .number("SELECT COUNT(DISTINCT provider_id) FROM service_records WHERE settlement_month = '2018-03'")
        .await;
    assert_eq!(all.json["lines"].as_array().unwrap().len() as i64, providers);

    let own = app.api("GET", path, Some(DEMO_PROVIDER_TOKEN), None).await;
    assert_eq!(own.status, StatusCode::OK);
    let lines = own.json["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 1, "{}", own.json);
    assert_eq!(lines[0]["provider"], "Kotipiha Oy");
    assert_eq!((lines[0]["records"].as_i64(), lines[0]["paid"].as_str()), (Some(11), Some("2610.00")));

    let april = app.api("GET", "/api/v1/settlements/2018-04", Some(DEMO_PROVIDER_TOKEN), None).await;
    assert_eq!((april.json["approved"].as_bool(), april.json["pay_on"].is_null()), (Some(false), true));
    let bad = app.api("GET", "/api/v1/settlements/2018-13", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::BAD_REQUEST, "invalid-month"));

    // The provider's own system reads the month's records, each with the settlement that paid it.
    let listed =
        app.api("GET", "/api/v1/service-records?month=2018-03", Some(DEMO_PROVIDER_TOKEN), None).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.json);
    assert_eq!(listed.json["count"], 11);
    let records = listed.json["records"].as_array().unwrap();
    assert_eq!(records.len(), 11);
    assert!(
        records.iter().all(|r| r["settlement_month"] == "2018-03" && r["status"] == "charged"),
        "{records:?}"
    );
    let housing = records.iter().find(|r| r["product"] == "supported-housing").unwrap();
    assert_eq!(
        (housing["date"].as_str(), housing["units"].as_str(), housing["charged"].as_str()),
        (Some("2018-03-31"), Some("31"), Some("1860.00"))
    );
    let aino = app.number("SELECT client_id FROM accounts WHERE username = 'aino'").await;
    let looks: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_log WHERE client_id = $1 AND what = $2 AND purpose = 'service'",
    )
    .bind(aino)
    .bind(app::access::LookedAt::ProviderRecords.code())
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(looks, 1, "Aino sees the look in her log");
    let staff = app.api("GET", "/api/v1/service-records?month=2018-03", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(staff.status, StatusCode::FORBIDDEN);
}

/// As before a county's first settlement: nothing approved yet. The list offers the month of the
/// oldest charged record; the first settlement may be of any ended month (`rules::settlement`),
/// and then pays every record up to it.
async fn before_the_first_settlement_the_oldest_month_is_offered_first(mut app: TestApp) {
    for sql in ["UPDATE service_records SET settlement_month = NULL", "DELETE FROM settlements"] {
        sqlx::query(sql).execute(&app.state.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    app.sign_in("olli").await;
    let list = words(&app.get("/settlements").await.text());
    assert!(list.contains("Seuraavaksi tilitetään tammikuu 2018. Sen voi tilittää nyt:"), "{list}");
    // The first settlement is that month's too, not any ended month: decision 0039.
    let april = words(&app.get("/settlements/2018-04").await.text());
    assert!(april.contains("Tilitä ensin tammikuu 2018. Kuukaudet tilitetään järjestyksessä."), "{april}");
    assert!(!app.get("/settlements/2018-04").await.body.contains("/settlements/2018-04/approve"), "{april}");
    // What April would pay with every earlier month in it: approving it is refused all the same.
    let to_april = "FROM service_records WHERE status = 'charged' AND service_date <= '2018-04-30'";
    let records = app.number(&format!("SELECT COUNT(*) {to_april}")).await;
    let amount = app.number(&format!("SELECT CAST(SUM(charged_cents) AS BIGINT) {to_april}")).await;
    let amount = format!("{}.{:02}", amount / 100, amount % 100);
    app.post_form("/settlements/2018-04/approve", &[("records", &records.to_string()), ("amount", &amount)])
        .await;
    assert_eq!(
        app.number("SELECT COUNT(*) FROM settlements").await,
        0,
        "April is not approved before January"
    );
    let january = words(&app.get("/settlements/2018-01").await.text());
    assert!(january.contains("Ei vielä hyväksytty. Jos hyväksyt nyt, tilitys maksaa"), "{january}");
    let may = words(&app.get("/settlements/2018-05").await.text());
    assert!(may.contains("Tilitä ensin tammikuu 2018."), "{may}");
}
