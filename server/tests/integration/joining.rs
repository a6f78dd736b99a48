//! Joining the registry: a provider applies (a wrong business ID comes back beside its field,
//! the rest kept), follows its application by its own link, is asked for more and answers; the
//! organiser accepts; the provider is in Find a provider with its prices and bank details, and
//! its contact person's strong identification opens its sign-in. Every step is on both pages.

use app::role::Role;
use axum::http::StatusCode;
use server::identity::oidc::Identified;
use server::identity::{Door, Found};

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(
    a_provider_applies_is_asked_for_more_and_accepted,
    the_demo_has_an_application_waiting,
    one_place_sends_at_most_thirty_applications_an_hour,
);

const CODE: &str = "010180-9026";

fn application(business_id: &'static str, housing_price: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Hoivatupa Koli Oy"),
        ("business-id", business_id),
        ("municipality", "Lieksa"),
        ("contact-name", "Kalle Koli"),
        ("contact-code", CODE),
        ("email", "kalle@hoivatupa.example"),
        ("phone", ""),
        ("price-supported-housing", housing_price),
        ("price-day-activities", ""),
        ("place-name", "Hoivatupa"),
        ("place-address", "Kolintie 5"),
        ("place-postal-code", "83960"),
        ("place-municipality", "Lieksa"),
        ("feature-step-free-access", "on"),
        ("areas", "Joensuu, Nurmes"),
        ("language-fi", "on"),
        ("language-sv", "on"),
        ("description", "Pieni koti Kolin juurella."),
        ("iban", "FI21 1234 5600 0007 85"),
        ("bic", "ndeafihh"),
        ("permit", "Rekisteri 2018-0500"),
    ]
}

async fn a_provider_applies_is_asked_for_more_and_accepted(mut app: TestApp) {
    // The business ID's check digit is wrong (1234567-1 is right), and a price is no amount.
    let sent = app.post_form("/join", &application("1234567-2", "paljon")).await;
    assert_eq!(sent.location(), "/join");
    let form = app.get("/join").await;
    let said = words(&form.text());
    assert!(form.body.contains("<title>Virhe:"), "the title says so");
    assert!(
        said.contains("Tarkistakaa Y-tunnus: seitsemän numeroa, yhdysmerkki ja tarkistusnumero"),
        "{said}"
    );
    assert!(said.contains("Kirjoittakaa hinta euroina, enemmän kuin nolla"), "{said}");
    assert!(form.body.contains("value=\"Hoivatupa Koli Oy\""), "the rest comes back filled in");
    assert!(form.body.contains("value=\"Kolintie 5\""));
    assert_eq!(app.number("SELECT COUNT(*) FROM provider_applications").await, 1, "only the demo's");

    let sent = app.post_form("/join", &application("1234567-1", "72,50")).await;
    let link = sent.location().strip_suffix("?sent").expect("to the application's page").to_string();
    assert!(link.starts_with("/join/") && link.len() > 60, "a link with a long secret: {link}");
    let page = words(&app.get(&format!("{link}?sent")).await.text());
    assert!(page.contains("Hakemuksenne on lähetetty."), "{page}");
    assert!(page.contains("Hyvinvointialue käsittelee hakemustanne."), "{page}");
    assert!(page.contains("10.5.2018: Kalle Koli lähetti hakemuksen."), "{page}");
    let kept = app.text("SELECT form FROM provider_applications WHERE id = 2").await;
    assert!(!kept.contains("010180") && !kept.contains("9026"), "the identity code is not kept: {kept}");
    assert_eq!(app.get("/join/not-the-secret").await.status, StatusCode::NOT_FOUND);

    app.sign_in("olli").await;
    let list = words(&app.get("/applications").await.text());
    assert!(list.contains("2 hakemusta odottaa sinua."), "the demo's and this: {list}");
    assert!(list.contains("Hoivatupa Koli Oy lähetetty 10.5.2018. Odottaa sinua."), "{list}");
    let review = words(&app.get("/applications/2").await.text());
    assert!(review.contains("Y-tunnus 1234567-1 (tarkistusnumerot oikein)"), "{review}");
    assert!(review.contains("Tuettu asuminen: 72,50 €"), "{review}");
    let empty = app.post_form("/applications/2/ask", &[("question", " ")]).await;
    assert_eq!(empty.location(), "/applications/2");
    assert!(
        words(&app.get("/applications/2").await.text()).contains("Kirjoita, mitä tarvitset tietää lisää.")
    );
    let question = "Lähettäkää myös lupapäätöksen päivämäärä.";
    app.post_form("/applications/2/ask", &[("question", question)]).await;
    let review = words(&app.get("/applications/2").await.text());
    assert!(review.contains("Pyysit lisätietoja. Hakemus odottaa palveluntuottajaa."), "{review}");
    let early = app.post_form("/applications/2/accept", &[]).await;
    assert_eq!(early.location(), "/applications/2");
    assert!(words(&app.get("/applications/2").await.text()).contains("Hakemukseen on jo vastattu."));
    assert_eq!(app.number("SELECT COUNT(*) FROM providers WHERE name = 'Hoivatupa Koli Oy'").await, 0);

    // The applicant, on its own link without signing in, answers without typing its code again.
    app.forget_cookies();
    let page = words(&app.get(&link).await.text());
    assert!(page.contains(&format!("Hyvinvointialue pyytää teiltä lisätietoja: {question}")), "{page}");
    let mut changed = application("1234567-1", "72,50");
    changed.retain(|(name, _)| *name != "contact-code");
    changed.push(("contact-code", ""));
    changed.retain(|(name, _)| *name != "permit");
    changed.push(("permit", "Rekisteri 2018-0500, päätös 2.3.2018"));
    let answered = app.post_form(&link, &changed).await;
    assert_eq!(answered.location(), format!("{link}?sent"));
    let page = words(&app.get(&link).await.text());
    assert!(page.contains("10.5.2018: Olli Mustonen pyysi lisätietoja."), "{page}");
    assert!(page.contains("10.5.2018: Kalle Koli lähetti muutetun hakemuksen."), "{page}");

    app.sign_in("olli").await;
    let accepted = app.post_form("/applications/2/accept", &[]).await;
    assert_eq!(accepted.location(), "/applications/2");
    let review = words(&app.get("/applications/2").await.text());
    assert!(review.contains("Hyväksytty: palveluntuottaja on rekisterissä"), "{review}");
    assert!(review.contains("päätös 2.3.2018"), "the changed application: {review}");
    let provider = app.number("SELECT id FROM providers WHERE name = 'Hoivatupa Koli Oy'").await;
    let bank = app
        .text(&format!(
            "SELECT business_id || ' ' || iban || ' ' || bic FROM providers WHERE id = {provider}"
        ))
        .await;
    assert_eq!(bank, "1234567-1 FI2112345600000785 NDEAFIHH");

    // In Find a provider, for anyone, with its price, place and languages.
    app.forget_cookies();
    let entry = app.get(&format!("/providers/{provider}")).await;
    assert_eq!(entry.status, StatusCode::OK);
    let entry = words(&entry.text());
    assert!(entry.contains("Hoivatupa Koli Oy"), "{entry}");
    assert!(entry.contains("72,50"), "{entry}");
    assert!(entry.contains("Kolintie 5"), "{entry}");

    // The contact person's identification opens the provider's sign-in, and nothing else.
    let who = Identified { person: CODE.to_string(), claims: Default::default(), id_token: String::new() };
    match app.state.identity.account_of(&app.state.db, Door::Citizens, &who).await.unwrap() {
        Found::Account(account) => {
            assert_eq!((account.role, account.provider_id), (Role::Provider, Some(provider)));
            assert_eq!(account.display_name, "Hoivatupa Koli Oy");
        }
        other => panic!("no sign-in: {other:?}"),
    }
    let page = words(&app.get(&link).await.text());
    assert!(page.contains("Hakemuksenne on hyväksytty."), "{page}");
    assert!(page.contains("10.5.2018: Olli Mustonen hyväksyi hakemuksen."), "{page}");
}

async fn the_demo_has_an_application_waiting(mut app: TestApp) {
    let page = words(&app.get("/join/demo-application-pielinen").await.text());
    assert!(page.contains("Hakemus: Pielisen Päiväpaikka Oy"), "{page}");
    assert!(page.contains("7.5.2018: Marja Pielinen lähetti hakemuksen."), "{page}");
    app.sign_in("olli").await;
    let list = words(&app.get("/applications").await.text());
    assert!(list.contains("Yksi hakemus odottaa sinua."), "{list}");
    let review = words(&app.get("/applications/1").await.text());
    assert!(review.contains("Päivätoiminta: 68,00 €"), "{review}");
}

async fn one_place_sends_at_most_thirty_applications_an_hour(mut app: TestApp) {
    for _ in 0..30 {
        app.post_form("/join", &[("name", "Roska Oy")]).await;
    }
    let form = words(&app.get("/join").await.text());
    assert!(form.contains("Kirjoittakaa kotikuntanne."), "the 30th is checked as usual: {form}");
    let sent = app.post_form("/join", &application("1234567-1", "70,00")).await;
    assert_eq!(sent.location(), "/join", "the 31st is not taken");
    let form = words(&app.get("/join").await.text());
    assert!(form.contains("Täältä on lähetetty tunnin sisällä monta hakemusta."), "{form}");
    assert_eq!(app.number("SELECT COUNT(*) FROM provider_applications").await, 1, "only the demo's");
}
