//! The counsellor workspace: Riikka sees her clients with what needs attention, opens a client's
//! pages read-only (each look logged), and records guidance contacts. Another counsellor's
//! client is not found, and the asking is logged.

use axum::http::StatusCode;

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    riikka_sees_her_clients_with_what_needs_attention,
    an_opened_client_is_seen_read_only_and_every_look_is_logged,
    another_counsellors_client_is_not_found_and_the_asking_is_logged,
    a_contact_is_recorded_and_a_wrong_one_comes_back_filled_in,
    an_answer_asking_for_contact_shows_until_a_contact_is_recorded,
    riikka_lets_sanna_look_at_leenas_matters_then_ends_it
);

async fn client(app: &TestApp, username: &str) -> i64 {
    app.number(&format!("SELECT client_id FROM accounts WHERE username = '{username}'")).await
}

async fn looks_by_riikka(app: &TestApp, client_id: i64) -> i64 {
    app.number(&format!(
        "SELECT COUNT(*) FROM access_log WHERE client_id = {client_id} AND actor = 'Riikka Savolainen'"
    ))
    .await
}

async fn refusals(app: &TestApp) -> i64 {
    app.number("SELECT COUNT(*) FROM access_refusals WHERE actor = 'Riikka Savolainen'").await
}

/// The part of the workspace about one client: from their name to their "open" button.
fn card<'a>(text: &'a str, name: &str) -> &'a str {
    let open = format!("Avaa asiakkaan {name} sivut");
    let end = text.find(&open).unwrap_or_else(|| panic!("{name} has an open button: {text}"));
    let start = text[..end].rfind(name).unwrap_or_else(|| panic!("{name} is listed: {text}"));
    &text[start..end]
}

async fn riikka_sees_her_clients_with_what_needs_attention(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    app.sign_in("riikka").await;
    let page = app.get("/clients").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    for name in ["Aino Kettunen", "Juho Karhu", "Leena Turunen", "Matti Räsänen", "Veikko Hirvonen"] {
        assert!(text.contains(&format!("Avaa asiakkaan {name} sivut")), "{name}: {text}");
    }
    for other in ["Eeva", "Elsa"] {
        assert!(!text.contains(other), "{other} has another counsellor: {text}");
    }
    // Under the title, before any card: the most urgent matter and how many need attention.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = "Asiakkaani Leena Turunen: Budjetti ei riitä loppuun tällä tahdilla. \
                   3 asiakastasi tarvitsee huomiota. Kiireellisin on ensimmäisenä.";
    let summary_at = words.find(summary).unwrap_or_else(|| panic!("the summary: {words}"));
    assert!(summary_at < words.find("Avaa asiakkaan").unwrap(), "{words}");
    let veikko = card(&text, "Veikko Hirvonen");
    assert!(veikko.contains("Budjetti ei riitä loppuun tällä tahdilla."), "{veikko}");
    assert!(veikko.contains("Päivälle 2.5.2018 sovittua yhteydenottoa ei ole kirjattu."), "{veikko}");
    assert!(veikko.contains("Tänä vuonna: yksi yhteydenotto, 30 minuuttia."), "{veikko}");
    let leena = card(&text, "Leena Turunen");
    assert!(leena.contains("Yksi palvelukirjaus odottaa tarkistusta."), "{leena}");
    assert!(leena.contains("Seuraavaa yhteydenottoa ei ole sovittu."), "{leena}");
    let matti_card = card(&text, "Matti Räsänen");
    // Sanna's proposal for Matti waits on Helena's list: his counsellor sees it too.
    assert!(
        matti_card.contains("Ehdotus budjetin käyttämisestä toisin odottaa päätöksentekijää"),
        "{matti_card}"
    );
    let juho = card(&text, "Juho Karhu");
    assert!(juho.contains("Mikään ei vaadi nyt huomiota."), "{juho}");
    // What needs attention first: the two budgets at risk (Leena's and Veikko's, by name), then
    // Matti's waiting message, then those with nothing, by name.
    let at = |name: &str| text.find(&format!("Avaa asiakkaan {name} sivut")).unwrap();
    let order = ["Leena Turunen", "Veikko Hirvonen", "Matti Räsänen", "Aino Kettunen", "Juho Karhu"];
    assert!(order.windows(2).all(|pair| at(pair[0]) < at(pair[1])), "in the order {order:?}: {text}");
    assert!(matti_card.contains("Seuraava sovittu yhteydenotto: 24.5.2018"), "{matti_card}");

    // Each client shown is a look at their data, and Matti reads it in plain words.
    assert_eq!(looks_by_riikka(&app, matti).await, 1);
    app.forget_cookies();
    app.sign_in("matti").await;
    let log = app.get("/who-looked").await.text();
    assert!(
        log.contains(
            "Riikka Savolainen (palveluohjaaja) näki budjettisi tilanteen palveluohjaajan asiakaslistassa. \
             Syy: hän on palveluohjaajasi."
        ),
        "{log}"
    );
}

async fn an_opened_client_is_seen_read_only_and_every_look_is_logged(mut app: TestApp) {
    let matti = client(&app, "matti").await;
    app.sign_in("riikka").await;
    let home = app.get("/").await.text();
    assert!(!home.contains("Budjettisi") && !home.contains("Matti"), "no client is open yet: {home}");

    let opened = app.post_form(&format!("/clients/{matti}/open"), &[]).await;
    assert_eq!((opened.status, opened.location()), (StatusCode::SEE_OTHER, "/"));
    let before = looks_by_riikka(&app, matti).await;
    let budget = app.get("/").await;
    assert_eq!(budget.status, StatusCode::OK);
    let text = budget.text();
    assert!(
        text.contains(
            "Katsot asiakkaasi Matti Räsänen sivuja palveluohjaajana. Voit vain katsoa, et muuttaa mitään."
        ),
        "the banner: {text}"
    );
    assert!(text.contains("Takaisin asiakkaisiini"), "{text}");
    assert_eq!(looks_by_riikka(&app, matti).await, before + 1, "the budget look is logged");
    assert_eq!(app.get("/decision").await.status, StatusCode::OK);
    assert_eq!(looks_by_riikka(&app, matti).await, before + 2, "the decision look is logged");
    let api = format!("/api/v1/clients/{matti}/budget");
    assert_eq!(app.api("GET", &api, None, None).await.status, StatusCode::OK);

    // Looking is all: no acts, and not the client's own logs.
    for path in ["/change-provider", "/who-looked", "/done-for-me", "/helpers"] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    app.post_form("/leave", &[]).await;
    let leave = format!("/api/v1/clients/{matti}/leave");
    assert_eq!(
        app.api("POST", &leave, None, Some(serde_json::json!({}))).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.number("SELECT COUNT(*) FROM departures").await, 0);

    // Back in the workspace, no client is open.
    assert_eq!(app.get("/clients").await.status, StatusCode::OK);
    let home = app.get("/").await.text();
    assert!(!home.contains("Katsot asiakkaasi"), "{home}");
}

async fn another_counsellors_client_is_not_found_and_the_asking_is_logged(mut app: TestApp) {
    let eeva = client(&app, "eeva").await;
    app.sign_in("riikka").await;
    let before = refusals(&app).await;
    assert_eq!(app.post_form(&format!("/clients/{eeva}/open"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/clients/{eeva}/contact")).await.status, StatusCode::NOT_FOUND);
    let sent = app
        .post_form(
            &format!("/clients/{eeva}/contact"),
            &[("day", "9.5.2018"), ("minutes", "30"), ("channel", "phone")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::NOT_FOUND);
    assert_eq!(refusals(&app).await, before + 3, "each asking is logged");
    assert_eq!(
        app.number(&format!("SELECT COUNT(*) FROM guidance_contacts WHERE client_id = {eeva}")).await,
        0
    );
    let home = app.get("/").await.text();
    assert!(!home.contains("Eeva"), "nothing of Eeva's opened: {home}");
    let api = format!("/api/v1/clients/{eeva}/budget");
    assert_eq!(app.api("GET", &api, None, None).await.status, StatusCode::NOT_FOUND);

    // The organiser reads the refusals in the security review.
    app.forget_cookies();
    app.sign_in("olli").await;
    let review = app.get("/refused-looks").await.text();
    assert!(
        review.contains(&format!(
            "Riikka Savolainen (palveluohjaaja) pyysi asiakkaan {eeva} tietoja: open a client's pages."
        )),
        "{review}"
    );

    // The workspace is the counsellor's only.
    app.forget_cookies();
    app.sign_in("sanna").await;
    assert_eq!(app.get("/clients").await.status, StatusCode::NOT_FOUND);
    app.forget_cookies();
    let anonymous = app.get("/clients").await;
    assert_eq!(
        (anonymous.status, anonymous.location()),
        (StatusCode::SEE_OTHER, "/sign-in?return_to=/clients")
    );
}

async fn a_contact_is_recorded_and_a_wrong_one_comes_back_filled_in(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let form = format!("/clients/{leena}/contact");
    let contacts = format!("SELECT COUNT(*) FROM guidance_contacts WHERE client_id = {leena}");
    app.sign_in("riikka").await;
    let page = app.get(&form).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Yhteydenottoja ei ole vielä kirjattu."), "{}", page.text());
    assert!(page.body.contains("value=\"10.5.2018\""), "today is filled in: {}", page.body);

    let wrong = app.post_form(&form, &[("day", "11.5.2018"), ("minutes", "0"), ("next", "soon")]).await;
    assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, form.as_str()));
    assert_eq!(app.number(&contacts).await, 0, "nothing half-written");
    let again = app.get(&form).await;
    let text = again.text();
    for error in [
        "Yhteydenoton päivä voi olla tänään tai aiemmin",
        "Kirjoita minuutit kokonaislukuna 1–480",
        "Valitse, miten yhteydenotto tapahtui",
        "Kirjoita seuraava yhteydenotto päivämääränä, esimerkiksi 24.5.2018",
    ] {
        assert_eq!(text.matches(error).count(), 2, "in the summary and beside the field: {error}: {text}");
    }
    assert!(again.body.contains("value=\"11.5.2018\"") && again.body.contains("value=\"soon\""), "kept");

    let sent = app
        .post_form(
            &form,
            &[("day", "9.5.2018"), ("minutes", "40"), ("channel", "phone"), ("next", "2018-06-07")],
        )
        .await;
    assert_eq!(
        (sent.status, sent.location()),
        (StatusCode::SEE_OTHER, format!("/clients?recorded={leena}").as_str())
    );
    assert_eq!(app.number(&contacts).await, 1);
    let workspace = app.get(&format!("/clients?recorded={leena}")).await.text();
    assert!(workspace.contains("Yhteydenotto asiakkaan Leena Turunen kanssa on kirjattu."), "{workspace}");
    let leena_card = card(&workspace, "Leena Turunen");
    assert!(leena_card.contains("Seuraava sovittu yhteydenotto: 7.6.2018"), "{leena_card}");
    assert!(leena_card.contains("Tänä vuonna: yksi yhteydenotto, 40 minuuttia."), "{leena_card}");
    assert!(!leena_card.contains("Seuraavaa yhteydenottoa ei ole sovittu."), "{leena_card}");
    let history = app.get(&form).await.text();
    assert!(history.contains("9.5.2018: Puhelu, 40 min (Riikka Savolainen)."), "{history}");
    assert!(history.contains("Seuraava yhteydenotto sovittu päivälle 7.6.2018."), "{history}");
}

/// Aino answers a feedback invitation and asks to be contacted: her card on My clients says so
/// until Riikka records a contact on the day of the answer or later.
async fn an_answer_asking_for_contact_shows_until_a_contact_is_recorded(mut app: TestApp) {
    let aino = client(&app, "aino").await;
    const ASKS: &str = "Yhdessä palautteessa pyydetään yhteydenottoa.";
    app.sign_in("riikka").await;
    assert!(!card(&app.get("/clients").await.text(), "Aino Kettunen").contains(ASKS));

    let open = app
        .api("GET", &format!("/api/v1/clients/{aino}/feedback-invitations"), Some("demo-staff-token"), None)
        .await;
    let invitation = open.json[0]["id"].as_i64().expect("Aino has an open invitation");
    app.forget_cookies();
    app.sign_in("aino").await;
    let answer = serde_json::json!({"score": 2, "contact_me": true});
    let answered = app.api("POST", &format!("/api/v1/feedback/{invitation}"), None, Some(answer)).await;
    assert_eq!(answered.status, StatusCode::CREATED, "{}", answered.json);

    app.forget_cookies();
    app.sign_in("riikka").await;
    let aino_card = card(&app.get("/clients").await.text(), "Aino Kettunen").to_string();
    assert!(aino_card.contains(ASKS), "{aino_card}");
    let contact = [("day", "10.5.2018"), ("minutes", "15"), ("channel", "phone")];
    let sent = app.post_form(&format!("/clients/{aino}/contact"), &contact).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let aino_card = card(&app.get("/clients").await.text(), "Aino Kettunen").to_string();
    assert!(!aino_card.contains(ASKS), "answered by the contact: {aino_card}");
}

async fn riikka_lets_sanna_look_at_leenas_matters_then_ends_it(mut app: TestApp) {
    let leena = client(&app, "leena").await;
    let eeva = client(&app, "eeva").await;
    let sanna = app.number("SELECT id FROM accounts WHERE username = 'sanna'").await.to_string();
    let page = format!("/clients/{leena}/mandates");
    let leenas = format!("SELECT COUNT(*) FROM mandates WHERE client_id = {leena}");
    app.sign_in("riikka").await;
    let first = app.get(&page).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.text().contains("Kenelläkään omaisella ei ole nyt valtuutusta."), "{}", first.text());

    let wrong = app.post_form(&page, &[("rights", "own"), ("until", "9.5.2018")]).await;
    assert_eq!((wrong.status, wrong.location()), (StatusCode::SEE_OTHER, page.as_str()));
    assert_eq!(app.number(&leenas).await, 0, "nothing half-written");
    let again = app.get(&page).await;
    let text = again.text();
    for error in [
        "Valitse omainen",
        "Valitse, mitä omainen saa tehdä",
        "Viimeisen päivän pitää olla tänään tai myöhemmin",
    ] {
        assert_eq!(text.matches(error).count(), 2, "in the summary and beside the field: {error}: {text}");
    }
    assert!(again.body.contains("value=\"9.5.2018\""), "the day typed is kept");

    let set =
        app.post_form(&page, &[("relative", &sanna), ("rights", "look"), ("until", "31.12.2018")]).await;
    assert_eq!((set.status, set.location()), (StatusCode::SEE_OTHER, format!("{page}?done=set").as_str()));
    let text = app.get(&format!("{page}?done=set")).await.text();
    assert!(text.contains("Valtuutus on tallennettu."), "{text}");
    assert!(text.contains("Sanna Räsänen saa katsoa asioita 31.12.2018 asti."), "{text}");

    // Sanna may now look at Leena's matters, and only look.
    app.forget_cookies();
    app.sign_in("sanna").await;
    assert!(app.get("/whose-matters").await.text().contains("Leena Turunen"));
    app.post_form("/whose-matters", &[("client", &leena.to_string())]).await;
    let home = app.get("/").await.text();
    assert!(home.contains("Katsot henkilön Leena Turunen portaalia."), "{home}");
    assert_eq!(app.get("/change-provider").await.status, StatusCode::NOT_FOUND);

    // Another client's mandate cannot be ended through Leena's address; Eeva's page is not Riikka's.
    app.forget_cookies();
    app.sign_in("riikka").await;
    let mattis = app.number("SELECT MIN(id) FROM mandates WHERE client_id <> (SELECT client_id FROM accounts WHERE username = 'leena')").await;
    let in_force = "SELECT COUNT(*) FROM mandates WHERE valid_until IS NULL OR valid_until >= '2018-05-10'";
    let before = app.number(in_force).await;
    app.post_form(&format!("{page}/{mattis}/end"), &[]).await;
    assert_eq!(app.number(in_force).await, before, "nothing ended");
    let refused = refusals(&app).await;
    assert_eq!(app.get(&format!("/clients/{eeva}/mandates")).await.status, StatusCode::NOT_FOUND);
    let theirs =
        app.post_form(&format!("/clients/{eeva}/mandates"), &[("relative", &sanna), ("rights", "act")]).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(refusals(&app).await, refused + 2);
    assert_eq!(app.number(&format!("SELECT COUNT(*) FROM mandates WHERE client_id = {eeva}")).await, 0);

    let leenas_mandate = app.number(&format!("SELECT id FROM mandates WHERE client_id = {leena}")).await;
    let end = app.post_form(&format!("{page}/{leenas_mandate}/end"), &[]).await;
    assert_eq!((end.status, end.location()), (StatusCode::SEE_OTHER, format!("{page}?done=ended").as_str()));
    let text = app.get(&format!("{page}?done=ended")).await.text();
    assert!(text.contains("Valtuutus on lopetettu."), "{text}");
    assert!(text.contains("Kenelläkään omaisella ei ole nyt valtuutusta."), "{text}");

    app.forget_cookies();
    app.sign_in("sanna").await;
    assert!(!app.get("/whose-matters").await.text().contains("Leena Turunen"), "the mandate has ended");

    // Leena sees who gave and who ended it.
    app.forget_cookies();
    app.sign_in("leena").await;
    let done = app.get("/done-for-me").await.text();
    assert!(
        done.contains(
            "Riikka Savolainen (palveluohjaaja) antoi henkilölle Sanna Räsänen valtuutuksen katsoa asioitasi 31.12.2018 asti"
        ),
        "{done}"
    );
    assert!(
        done.contains("Riikka Savolainen (palveluohjaaja) lopetti henkilön Sanna Räsänen valtuutuksen hoitaa tai katsoa asioitasi"),
        "{done}"
    );
}
