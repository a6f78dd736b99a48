//! The provider registry: searching it through the API and the pages, what each result costs
//! the client, feedback only from five answers (B19), a provider keeping its own data and no
//! one else's, and a deactivated provider never offered.

use axum::http::StatusCode;
use serde_json::{json, Value};
use server::demo::{DEMO_PROVIDER_TOKEN, DEMO_STAFF_TOKEN};

use crate::on_both_engines;
use crate::support::TestApp;

on_both_engines!(
    the_registry_is_searched_by_every_filter,
    the_registry_comes_in_pages_that_neither_repeat_nor_skip,
    feedback_is_shown_only_from_five_answers,
    a_provider_keeps_its_own_data_and_no_one_elses,
    a_deactivated_provider_is_never_offered,
    aino_finds_day_activities_and_sees_what_they_cost_her,
    anyone_may_search_but_only_a_client_sees_costs,
    the_provider_page_explains_quality_and_feedback,
    two_or_three_providers_are_compared_and_other_counts_are_explained,
    a_relatives_search_against_the_clients_plan_is_logged,
    a_client_saves_her_needs_and_most_suitable_follows_them
);

async fn provider_id(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM providers WHERE name = $1")
        .bind(name)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

fn names(page: &Value) -> Vec<String> {
    page["providers"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

async fn search(app: &mut TestApp, query: &str) -> Vec<String> {
    let answer = app.api("GET", &format!("/api/v1/providers?{query}"), None, None).await;
    assert_eq!(answer.status, StatusCode::OK, "{query}: {}", answer.json);
    names(&answer.json)
}

async fn the_registry_is_searched_by_every_filter(mut app: TestApp) {
    assert_eq!(search(&mut app, "").await.len(), 16, "every demo provider");
    assert_eq!(
        search(&mut app, "product=day-activities&municipality=Joensuu").await,
        ["Kotipiha Oy", "Taidetalo Tuike"]
    );
    assert_eq!(
        search(&mut app, "language=sv").await,
        ["Apuna Avustajapalvelut", "Kontiolahden Hoivakoti", "Solbacka Assistans", "Taidetalo Tuike"]
    );
    // Both features at one and the same place.
    assert_eq!(
        search(&mut app, "accessibility=hearing-loop,quiet-space").await,
        ["Pielisen Palvelukoti", "Taidetalo Tuike"]
    );
    assert_eq!(
        search(&mut app, "accessibility=hearing-loop&accessibility=quiet-space").await,
        ["Pielisen Palvelukoti", "Taidetalo Tuike"]
    );
    // Outokummun Toimintakeskus is full.
    assert_eq!(
        search(&mut app, "product=day-activities&free_places=true").await,
        ["Ilomantsin Päiväpiste", "Kotipiha Oy", "Polvijärven Toimintakeskus", "Taidetalo Tuike"]
    );
    let one =
        app.api("GET", "/api/v1/providers?product=day-activities&municipality=Joensuu", None, None).await;
    let tuike = &one.json["providers"][1];
    assert_eq!(
        tuike["offers"][0],
        json!({"product": "day-activities", "unit_price": "79.00", "free_places": 5})
    );
    assert_eq!(tuike["languages"], json!(["fi", "sv", "fse"]));
    assert!(tuike["descriptions"]["sv"].as_str().unwrap().contains("dagverksamhet"));

    let bad = app.api("GET", "/api/v1/providers?product=gardening", None, None).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::UNPROCESSABLE_ENTITY, "unknown-product"));
    let bad = app.api("GET", "/api/v1/providers?accessibility=lift", None, None).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::UNPROCESSABLE_ENTITY, "unknown-feature"));
    let bad = app.api("GET", "/api/v1/providers?colour=red", None, None).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::BAD_REQUEST, "invalid-request"));
}

async fn the_registry_comes_in_pages_that_neither_repeat_nor_skip(mut app: TestApp) {
    let all = search(&mut app, "").await;
    let first = app.api("GET", "/api/v1/providers", None, None).await;
    assert_eq!(first.json["next"], Value::Null, "16 providers fit in the default 50");

    // Pages of five: 5 + 5 + 5 + 1, the same order as all at once.
    let mut paged = Vec::new();
    let mut query = "limit=5".to_string();
    let mut pages = 0;
    loop {
        let page = app.api("GET", &format!("/api/v1/providers?{query}"), None, None).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.json);
        paged.extend(names(&page.json));
        pages += 1;
        match page.json["next"].as_str() {
            Some(next) => query = format!("limit=5&after={next}"),
            None => break,
        }
    }
    assert_eq!((pages, &paged), (4, &all));

    // A provider added to the first page after it was read is not in the second.
    let second = app.api("GET", "/api/v1/providers?limit=5", None, None).await;
    let next = second.json["next"].as_str().unwrap().to_string();
    let added = app
        .api(
            "POST",
            "/api/v1/providers",
            Some(DEMO_STAFF_TOKEN),
            Some(json!({"name": "Aamunkoi Oy", "municipality": "Joensuu", "products": []})),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.json);
    assert_eq!(search(&mut app, "").await[0], "Aamunkoi Oy");
    let page = app.api("GET", &format!("/api/v1/providers?limit=5&after={next}"), None, None).await;
    assert_eq!(names(&page.json), all[5..10]);
    // Filters and pages go together.
    let page = app.api("GET", "/api/v1/providers?language=sv&limit=3", None, None).await;
    assert_eq!(names(&page.json), ["Apuna Avustajapalvelut", "Kontiolahden Hoivakoti", "Solbacka Assistans"]);
    let next = page.json["next"].as_str().unwrap();
    let page =
        app.api("GET", &format!("/api/v1/providers?language=sv&limit=3&after={next}"), None, None).await;
    assert_eq!((names(&page.json), &page.json["next"]), (vec!["Taidetalo Tuike".to_string()], &Value::Null));

    for bad in ["limit=0", "limit=201", "limit=ten"] {
        let answer = app.api("GET", &format!("/api/v1/providers?{bad}"), None, None).await;
        assert_eq!((answer.status, answer.code()), (StatusCode::BAD_REQUEST, "invalid-limit"), "{bad}");
    }
    let answer = app.api("GET", "/api/v1/providers?after=Kotipiha", None, None).await;
    assert_eq!((answer.status, answer.code()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid-cursor"));
    let answer = app.api("GET", "/api/v1/providers?free_places=yes", None, None).await;
    assert_eq!((answer.status, answer.code()), (StatusCode::BAD_REQUEST, "invalid-query"));
}

async fn feedback_is_shown_only_from_five_answers(mut app: TestApp) {
    let kotipiha = provider_id(&app, "Kotipiha Oy").await;
    let answer = app.api("GET", &format!("/api/v1/providers/{kotipiha}"), None, None).await;
    // 26 answers: one 2, two 3s, nine 4s, fourteen 5s = 114 / 26 = 4.38.
    assert_eq!(
        answer.json["feedback"],
        json!({"enough_answers": true, "answers": 26, "average": "4.4", "distribution": [0, 1, 2, 9, 14]})
    );
    let vierella = provider_id(&app, "Vierellä Hoiva").await;
    let answer = app.api("GET", &format!("/api/v1/providers/{vierella}"), None, None).await;
    assert_eq!(
        answer.json["feedback"],
        json!({"enough_answers": false, "answers": null, "average": null, "distribution": null}),
        "four answers say nothing about anyone"
    );
    let text = app.get(&format!("/providers/{vierella}")).await.text();
    assert!(text.contains("Vastauksia ei ole vielä tarpeeksi."), "{text}");
}

fn kotipiha_data(housing_price: &str, features: Value) -> Value {
    json!({
        "name": "Kotipiha Oy",
        "descriptions": {"fi": "Pieni koti Joensuussa.", "sv": "Ett litet hem i Joensuu.", "en": "A small home in Joensuu."},
        "phone": "013 555 0101",
        "email": "info@kotipiha.example",
        "website": null,
        "areas": ["Joensuu", "Liperi"],
        "locations": [{"name": "Kotipiha", "address": "Rantakatu 12", "postal_code": "80100",
                       "municipality": "Joensuu", "accessibility": features}],
        "languages": ["fi", "ru"],
        "offers": [
            {"product": "supported-housing", "unit_price": housing_price, "free_places": 2},
            {"product": "day-activities", "unit_price": "75.00", "free_places": 0}
        ],
        "quality": {"qualified_staff_percent": 93, "staff_turnover_percent": 7, "complaints_upheld": 0,
                    "inspection_date": "2018-05-02", "inspection_result": "no-remarks"}
    })
}

async fn a_provider_keeps_its_own_data_and_no_one_elses(mut app: TestApp) {
    let own = provider_id(&app, "Kotipiha Oy").await;
    let other = provider_id(&app, "Taidetalo Tuike").await;
    let token = Some(DEMO_PROVIDER_TOKEN);
    let path = format!("/api/v1/providers/{own}");

    let saved = app.api("PUT", &path, token, Some(kotipiha_data("62.00", json!(["step-free-access"])))).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    assert_eq!(saved.json["languages"], json!(["fi", "ru"]));
    assert_eq!(saved.json["quality"]["reported_on"], "2018-05-10");
    // The new price from today, the old one kept; the unchanged price gets no new row.
    assert_eq!(
        saved.json["price_history"],
        json!([
            {"product": "supported-housing", "unit_price": "60.00", "valid_from": "2017-01-01"},
            {"product": "day-activities", "unit_price": "75.00", "valid_from": "2017-01-01"},
            {"product": "supported-housing", "unit_price": "62.00", "valid_from": "2018-05-10"}
        ])
    );
    let read = app.api("GET", &path, None, None).await;
    assert_eq!(read.json["offers"][0]["unit_price"], "62.00");
    assert_eq!(read.json["feedback"]["answers"], 26, "feedback is not the provider's to change");

    let refused = app
        .api("PUT", &format!("/api/v1/providers/{other}"), token, Some(kotipiha_data("1.00", json!([]))))
        .await;
    assert_eq!((refused.status, refused.code()), (StatusCode::FORBIDDEN, "forbidden"));
    let staff = app.api("PUT", &path, Some(DEMO_STAFF_TOKEN), Some(kotipiha_data("1.00", json!([])))).await;
    assert_eq!((staff.status, staff.code()), (StatusCode::FORBIDDEN, "forbidden"));
    let nobody = app.api("PUT", &path, None, Some(kotipiha_data("1.00", json!([])))).await;
    assert_eq!((nobody.status, nobody.code()), (StatusCode::UNAUTHORIZED, "unauthorized"));

    let mut unknown = kotipiha_data("1.00", json!(["lift"]));
    let bad = app.api("PUT", &path, token, Some(unknown.clone())).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::UNPROCESSABLE_ENTITY, "unknown-feature"));
    unknown["locations"][0]["accessibility"] = json!([]);
    unknown["offers"] = json!([{"product": "day-activities", "unit_price": "75.00"}]);
    let bad = app.api("PUT", &path, token, Some(unknown.clone())).await;
    assert_eq!(
        (bad.status, bad.code()),
        (StatusCode::UNPROCESSABLE_ENTITY, "product-in-use"),
        "Aino lives there"
    );
    unknown["offers"] = json!([
        {"product": "supported-housing", "unit_price": "60.00"},
        {"product": "day-activities", "unit_price": "75.00"},
        {"product": "personal-assistance", "unit_price": "24.00", "free_places": 3}
    ]);
    let bad = app.api("PUT", &path, token, Some(unknown.clone())).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid-capacity"));
    unknown["offers"] = json!([]);
    unknown["quality"]["qualified_staff_percent"] = json!(120);
    let bad = app.api("PUT", &path, token, Some(unknown.clone())).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid-quality"));
    unknown["colour"] = json!("red");
    let bad = app.api("PUT", &path, token, Some(unknown)).await;
    assert_eq!((bad.status, bad.code()), (StatusCode::BAD_REQUEST, "invalid-request"));

    let after = app.api("GET", &path, None, None).await;
    assert_eq!(after.json, read.json, "nothing refused changed anything");
}

async fn a_deactivated_provider_is_never_offered(mut app: TestApp) {
    let tuike = provider_id(&app, "Taidetalo Tuike").await;
    let kotipiha = provider_id(&app, "Kotipiha Oy").await;
    let path = format!("/api/v1/providers/{tuike}/active");
    let refused = app.api("PUT", &path, Some(DEMO_PROVIDER_TOKEN), Some(json!({"active": false}))).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let done = app.api("PUT", &path, Some(DEMO_STAFF_TOKEN), Some(json!({"active": false}))).await;
    assert_eq!((done.status, &done.json), (StatusCode::OK, &json!({"active": false})));
    let missing = app
        .api("PUT", "/api/v1/providers/9999/active", Some(DEMO_STAFF_TOKEN), Some(json!({"active": false})))
        .await;
    assert_eq!((missing.status, missing.code()), (StatusCode::UNPROCESSABLE_ENTITY, "unknown-provider"));

    assert_eq!(search(&mut app, "product=day-activities&municipality=Joensuu").await, ["Kotipiha Oy"]);
    assert_eq!(
        app.api("GET", &format!("/api/v1/providers/{tuike}"), None, None).await.status,
        StatusCode::NOT_FOUND
    );
    app.sign_in("aino").await;
    assert_eq!(app.get(&format!("/providers/{tuike}")).await.status, StatusCode::NOT_FOUND);
    let found = app.get("/providers?product=day-activities").await.text();
    assert!(!found.contains("Taidetalo Tuike"), "{found}");
    let compared = app.get(&format!("/compare?compare={kotipiha}&compare={tuike}")).await.text();
    assert!(compared.contains("ei ole enää rekisterissä"), "{compared}");

    app.api("PUT", &path, Some(DEMO_STAFF_TOKEN), Some(json!({"active": true}))).await;
    assert_eq!(search(&mut app, "product=day-activities&municipality=Joensuu").await.len(), 2);
}

async fn aino_finds_day_activities_and_sees_what_they_cost_her(mut app: TestApp) {
    app.sign_in("aino").await;
    let page = app.get("/providers?product=day-activities&municipality=Joensuu&sort=cost").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Löytyi 2 palveluntuottajaa."), "{text}");
    // Aino's plan pays 75.00 a day for 12 days a month; Tuike asks 79.00: 4.00 x 12 = 48.00.
    let kotipiha = text.find("Kotipiha Oy").expect("Kotipiha is found");
    let tuike = text.find("Taidetalo Tuike").expect("Tuike is found");
    assert!(kotipiha < tuike, "the one that costs nothing extra comes first");
    assert!(text[kotipiha..tuike].contains("Ei maksa sinulle mitään lisää."), "{text}");
    assert!(text[tuike..].contains("Maksaa sinulle noin 48,00\u{a0}€ lisää kuukaudessa."), "{text}");
    // The form comes back as it was sent.
    assert!(page.body.contains(r#"<option value="day-activities" selected"#), "{}", page.body);
    assert!(page.body.contains(r#"<option value="Joensuu" selected"#));
    assert!(page.body.contains(r#"id="sort-cost" name="sort" value="cost" checked"#), "{}", page.body);

    // Most suitable: both have Aino's needs at one place and speak Finnish, so cost decides.
    let text = app.get("/providers?product=day-activities&municipality=Joensuu").await.text();
    assert!(
        text.contains("Täyttää 2 / 2 tarpeestasi: Esteetön sisäänkäynti, Rauhallinen tila aistiherkille."),
        "{text}"
    );
    // Needs a provider does not meet are said plainly, and it comes after those that meet them.
    let text = app.get("/providers?municipality=Lieksa").await.text();
    let pielinen = text.find("Pielisen Palvelukoti").expect("Pielisen Palvelukoti serves Lieksa");
    let lieksa = text.find("Lieksan Lähiapu").expect("Lieksan Lähiapu serves Lieksa");
    assert!(pielinen < lieksa, "{text}");
    assert!(text[lieksa..].contains("Täyttää 0 / 2 tarpeestasi."), "{text}");
}

async fn anyone_may_search_but_only_a_client_sees_costs(mut app: TestApp) {
    app.accept_language = Some("en");
    let page = app.get("/providers?product=day-activities&municipality=Joensuu").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("2 providers found."), "{text}");
    assert!(text.contains("Sign in to see what each provider would cost you"), "{text}");
    assert!(!text.contains("extra a month") && !text.contains("nothing extra"), "{text}");
    assert!(text.contains("€79.00 a day"), "{text}");
    let none = app.get("/providers?municipality=Nowhere").await.text();
    assert!(none.contains("No providers found. Try with fewer filters."), "{none}");
}

async fn the_provider_page_explains_quality_and_feedback(mut app: TestApp) {
    let kotipiha = provider_id(&app, "Kotipiha Oy").await;
    app.sign_in("aino").await;
    app.post_form("/preferences", &[("lang", "sv"), ("return_to", "/")]).await;
    let page = app.get(&format!("/providers/{kotipiha}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Kotipiha är ett litet hem mitt i Joensuu."), "{text}");
    assert!(text.contains("4,4 av 5, från 26 svar"), "{text}");
    assert!(text.contains("Utbildad personal"), "{text}");
    assert!(text.contains("92\u{a0}%"), "a no-break space before the per cent sign: {text}");
    assert!(text.contains("Hur många av personalen har en utbildning"), "the figure is explained: {text}");
    assert!(text.contains("Kostar dig inget extra."), "{text}");
    assert!(text.contains("Rantakatu 12, 80100 Joensuu"), "{text}");
    assert!(page.body.contains("href=\"tel:0135550"), "the phone number can be called");
    assert_eq!(app.get("/providers/9999").await.status, StatusCode::NOT_FOUND);
}

async fn two_or_three_providers_are_compared_and_other_counts_are_explained(mut app: TestApp) {
    let ids = [
        provider_id(&app, "Kotipiha Oy").await,
        provider_id(&app, "Taidetalo Tuike").await,
        provider_id(&app, "Outokummun Toimintakeskus").await,
    ];
    app.sign_in("aino").await;
    app.post_form("/preferences", &[("lang", "en"), ("return_to", "/")]).await;
    let query = format!("product=day-activities&compare={}&compare={}&compare={}", ids[0], ids[1], ids[2]);
    let page = app.get(&format!("/compare?{query}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains("<caption>Kotipiha Oy, Taidetalo Tuike, Outokummun Toimintakeskus side by side</caption>"));
    assert_eq!(page.body.matches(r#"<th scope="col">"#).count(), 3, "one column per provider");
    assert_eq!(page.body.matches(r#"<th scope="row">"#).count(), 9, "one row per question");
    let text = page.text();
    assert!(text.contains("Costs you about €48.00 extra a month."), "{text}");
    // The way back keeps the search and the choices.
    assert!(page.body.contains(&format!(
        "href=\"/providers?product=day-activities&amp;sort=suitable&amp;compare={}",
        ids[0]
    )));

    let one = app.get(&format!("/compare?compare={}", ids[0])).await.text();
    assert!(one.contains("You chose 1. Choose at least 2 providers to compare."), "{one}");
    let four = app.get(&format!("/compare?{query}&compare=2")).await.text();
    assert!(four.contains("You chose 4. You can compare at most 3 providers at a time."), "{four}");
}

async fn a_relatives_search_against_the_clients_plan_is_logged(mut app: TestApp) {
    let pool = app.state.db.pool.clone();
    let logged = |what: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM access_log WHERE what = $1")
                .bind(what)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    app.sign_in("aino").await;
    app.get("/providers").await;
    assert_eq!(logged("provider search").await, 0, "a client's own search is not someone else's look");
    app.forget_cookies();
    app.sign_in("sanna").await;
    let text = app.get("/providers?product=intensive-housing").await.text();
    assert!(text.contains("Matti Räsänen"), "{text}");
    assert_eq!(logged("provider search").await, 1);
}

async fn a_client_saves_her_needs_and_most_suitable_follows_them(mut app: TestApp) {
    let fields = [("product", "day-activities"), ("accessibility", "hearing-loop"), ("sort", "suitable")];
    let anonymous = app.post_form("/my-needs", &fields).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/sign-in?return_to="), "{}", anonymous.location());

    app.sign_in("aino").await;
    let before = app.get("/providers?product=day-activities").await.text();
    assert!(
        before.contains("Tallentamasi tarpeet: Esteetön sisäänkäynti, Rauhallinen tila aistiherkille."),
        "{before}"
    );
    let saved = app.post_form("/my-needs", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    // Back at the same search, nothing lost.
    assert_eq!(
        saved.location(),
        "/providers?product=day-activities&accessibility=hearing-loop&sort=suitable&saved=needs"
    );
    let text = app.get(saved.location()).await.text();
    assert!(text.contains("Tarpeet on tallennettu."), "{text}");
    assert!(text.contains("Tallentamasi tarpeet: Induktiosilmukka."), "{text}");
    // Without the filter, Tuike, the only day-activity place with a hearing loop, comes first.
    let page = app.get("/providers?product=day-activities").await;
    let first = page.body.split("<h3").nth(1).and_then(|rest| rest.split("</h3>").next()).unwrap_or_default();
    assert!(first.contains("Taidetalo Tuike"), "{first}");
}
