//! The organiser's indicators: the figures summed in SQL agree with each client's own statement
//! and held records, summed by hand here municipality by municipality; the guidance minutes are
//! the demo's contacts; the page says the month in a sentence and the CSV has the same figures.

use std::collections::BTreeMap;

use app::wellbeing::Question;
use axum::http::StatusCode;
use rust_decimal::Decimal;
use server::demo::DEMO_STAFF_TOKEN;
use server::rules::YearMonth;
use server::services::budget;
use server::store::changes::Actor;
use server::store::self_checks;

use crate::on_both_engines;
use crate::support::{words, TestApp};

on_both_engines!(
    the_figures_of_a_month_are_each_clients_summed_by_hand,
    feedback_averages_and_reasons_for_leaving_are_counted_by_hand,
    wellbeing_changes_only_from_clients_who_let_their_answers_be_seen,
    only_the_organiser_sees_the_indicators,
    filters_narrow_the_costs_to_a_service_or_a_provider
);

async fn feedback_averages_and_reasons_for_leaving_are_counted_by_hand(mut app: TestApp) {
    // By hand: every answer's day and score, April's picked out here.
    let answers: Vec<(String, i64)> = sqlx::query_as("SELECT given_on, score FROM feedback_answers")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let april: Vec<i64> =
        answers.iter().filter(|(day, _)| day.starts_with("2018-04")).map(|(_, s)| *s).collect();
    assert!(april.len() >= 5, "the demo has enough answers in April: {}", april.len());
    let average = (Decimal::from(april.iter().sum::<i64>()) / Decimal::from(april.len())).round_dp(1);
    let average = format!("{average:.1}").replace('.', ",");
    println!("April 2018: {} service answers, average {average}", april.len());

    app.sign_in("olli").await;
    let text = words(&app.get("/indicators?month=2018-04").await.text());
    assert!(text.contains(&format!("Miten palvelu sujui {} {average} / 5", april.len())), "{text}");
    // No participation answers in April: below five, no average (B19).
    assert!(
        text.contains("Miten henkilökohtainen budjetti on toiminut 0 Vastauksia ei ole vielä tarpeeksi"),
        "{text}"
    );
    assert!(text.contains("Kukaan asiakas ei ilmoittanut lähtevänsä tässä kuussa."), "{text}");

    // Two clients give notice in May: Leena says why (two reasons), Aino does not.
    for (who, reasons) in [("leena", &["moving", "too-hard"][..]), ("aino", &[][..])] {
        app.forget_cookies();
        app.sign_in(who).await;
        assert_eq!(app.post_form("/leave", &[]).await.status, StatusCode::SEE_OTHER, "{who} leaves");
        if !reasons.is_empty() {
            let form: Vec<(&str, &str)> = reasons.iter().map(|r| ("reason", *r)).collect();
            assert_eq!(app.post_form("/leave/reason", &form).await.status, StatusCode::SEE_OTHER);
        }
    }
    app.forget_cookies();
    app.sign_in("olli").await;
    let text = words(&app.get("/indicators?month=2018-05").await.text());
    assert!(text.contains("2 asiakasta ilmoitti lähtevänsä; 1 heistä kertoi syyn."), "{text}");
    for (reason, n) in [
        ("Budjetin käyttö on liian vaikeaa", 1),
        ("Omavastuu on liian suuri", 0),
        ("Muutan toiseen paikkaan", 1),
        ("Jokin muu syy", 0),
    ] {
        assert!(text.contains(&format!("{reason} {n}")), "{reason}: {text}");
    }
    // Leena's own words, had she written any, are not on this page: only the counts are.
    assert!(!text.contains("Leena"), "no client is named: {text}");
}

/// Per municipality: clients, charged, own shares, held records and their euros, and what the
/// decisions plan for the month, from the rules' own per-client answers.
async fn by_hand(
    app: &TestApp,
    month: &str,
) -> BTreeMap<String, (u32, Decimal, Decimal, u32, Decimal, Decimal)> {
    let month = YearMonth::parse(month).unwrap();
    let clients: Vec<(i64, String)> = sqlx::query_as("SELECT id, municipality FROM clients ORDER BY id")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let mut areas: BTreeMap<String, (u32, Decimal, Decimal, u32, Decimal, Decimal)> = BTreeMap::new();
    for (id, municipality) in clients {
        let Some(statement) = budget::statement(&app.state.db, id, month).await.unwrap() else { continue };
        let area = areas.entry(municipality).or_default();
        area.0 += 1;
        area.1 += statement.charged.parse::<Decimal>().unwrap();
        area.2 += statement.own_share.parse::<Decimal>().unwrap();
        let held = budget::budget(&app.state.db, id, month.last_day())
            .await
            .unwrap()
            .map(|b| b.held)
            .unwrap_or_default();
        let decision = budget::decision(&app.state.db, id, month.first_day()).await.unwrap().unwrap();
        let planned =
            decision.months.iter().find(|m| m.month == month.to_string()).expect("the month planned");
        area.5 += planned.planned.parse::<Decimal>().unwrap();
        for record in held.iter().filter(|r| r.date.starts_with(&month.to_string())) {
            area.3 += 1;
            area.4 += record.amount.parse::<Decimal>().unwrap();
        }
    }
    areas
}

async fn the_figures_of_a_month_are_each_clients_summed_by_hand(mut app: TestApp) {
    app.sign_in("olli").await;
    let mut held_seen = 0;
    // January: Aino's decision begins on the 15th, so her month is planned in part (B5).
    for month in ["2018-01", "2018-03", "2018-04", "2018-05"] {
        let expected = by_hand(&app, month).await;
        assert!(expected.len() >= 4, "the demo's clients live in several municipalities: {expected:?}");
        let csv = app.get(&format!("/indicators.csv?month={month}")).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
        let lines: Vec<Vec<String>> =
            csv.body.lines().skip(1).map(|l| l.split(',').map(str::to_string).collect()).collect();
        let mut all = (0u32, Decimal::ZERO, Decimal::ZERO, 0u32, Decimal::ZERO);
        let mut decided_all = Decimal::ZERO;
        for (municipality, (clients, charged, own, held_n, held, decided)) in &expected {
            let line = lines
                .iter()
                .find(|l| &l[1] == municipality)
                .unwrap_or_else(|| panic!("{municipality}: {lines:?}"));
            assert_eq!(line[0], month);
            assert_eq!(line[2], clients.to_string(), "{month} {municipality} clients");
            assert_eq!(line[3].parse::<Decimal>().unwrap(), *charged, "{month} {municipality} charged");
            assert_eq!(line[4].parse::<Decimal>().unwrap(), *own, "{month} {municipality} own shares");
            assert_eq!(line[5], held_n.to_string(), "{month} {municipality} held records");
            assert_eq!(line[6].parse::<Decimal>().unwrap(), *held, "{month} {municipality} held");
            assert_eq!(line[12].parse::<Decimal>().unwrap(), *decided, "{month} {municipality} decided");
            decided_all += decided;
            all = (all.0 + clients, all.1 + charged, all.2 + own, all.3 + held_n, all.4 + held);
        }
        let total = lines.iter().find(|l| l[1] == "all").expect("a line for all");
        assert_eq!(total[2], all.0.to_string());
        assert_eq!(total[3].parse::<Decimal>().unwrap(), all.1);
        assert_eq!(total[12].parse::<Decimal>().unwrap(), decided_all, "{month} decided in all");
        let per_client = (all.1 / Decimal::from(all.0)).round_dp(2);
        assert_eq!(total[7].parse::<Decimal>().unwrap(), per_client, "{month} charged per client");
        held_seen += all.3;
        println!(
            "{month}: {} clients, decided {decided_all}, charged {}, own shares {}, held {} ({}), per client \
             {per_client}",
            all.0, all.1, all.2, all.3, all.4
        );
    }
    assert!(held_seen > 0, "Leena's record held for review is counted in its month");
    // April's guidance contacts in the demo: Matti 45 minutes (Kontiolahti), Juho 20 (Polvijärvi).
    let csv = app.get("/indicators.csv?month=2018-04").await.body;
    let field = |municipality: &str, column: usize| {
        csv.lines()
            .find(|l| l.split(',').nth(1) == Some(municipality))
            .unwrap()
            .split(',')
            .nth(column)
            .unwrap()
            .to_string()
    };
    assert_eq!(field("Kontiolahti", 8), "45");
    assert_eq!(field("Polvijärvi", 8), "20");
    assert_eq!(field("all", 8), "65");

    // The API gives the organiser's systems the same figures.
    let api = app.api("GET", "/api/v1/indicators/2018-04", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.json["total"]["charged"], field("all", 3).as_str());
    assert_eq!(api.json["total"]["guidance_minutes"], 65);
    let kontiolahti =
        api.json["areas"].as_array().unwrap().iter().find(|a| a["municipality"] == "Kontiolahti");
    assert_eq!(kontiolahti.unwrap()["charged"], field("Kontiolahti", 3).as_str());
    let wrong = app.api("GET", "/api/v1/indicators/2018-13", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(
        (wrong.status, wrong.json["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid-month"))
    );

    // The page: the last whole month by default, in a sentence and a table.
    let page = app.get("/indicators").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Kuukausi huhtikuu 2018: henkilökohtainen budjetti oli"), "{text}");
    assert!(text.contains("Kaikki kunnat"), "{text}");
    assert!(text.contains("Palveluohjaus, vaihdot ja luopumiset kunnittain, huhtikuu 2018"), "{text}");
    // A month that is not one is not found.
    assert_eq!(app.get("/indicators?month=2018-13").await.status, StatusCode::NOT_FOUND);
}

async fn only_the_organiser_sees_the_indicators(mut app: TestApp) {
    for who in ["aino", "riikka", "kotipiha"] {
        app.sign_in(who).await;
        assert_eq!(app.get("/indicators").await.status, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(app.get("/indicators.csv").await.status, StatusCode::NOT_FOUND, "{who}");
        app.forget_cookies();
    }
    let nobody = app.get("/indicators.csv").await;
    assert_eq!(nobody.status, StatusCode::SEE_OTHER);
}

/// Each check's average, from its answers read one by one.
async fn check_averages(app: &TestApp, client_id: i64) -> Vec<Decimal> {
    let scores: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT s.id, a.score FROM self_checks s JOIN self_check_answers a ON a.check_id = s.id \
         WHERE s.client_id = {client_id} ORDER BY s.check_day, s.id"
    ))
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let mut averages: Vec<(i64, Decimal, Decimal)> = Vec::new();
    for (check, score) in scores {
        match averages.last_mut() {
            Some((id, sum, n)) if *id == check => {
                *sum += Decimal::from(score);
                *n += Decimal::ONE;
            }
            _ => averages.push((check, Decimal::from(score), Decimal::ONE)),
        }
    }
    averages.into_iter().map(|(_, sum, n)| sum / n).collect()
}

async fn wellbeing_changes_only_from_clients_who_let_their_answers_be_seen(mut app: TestApp) {
    app.sign_in("olli").await;
    // Aino lets her answers be seen, Leena does not: one client is too few.
    let text = words(&app.get("/indicators?month=2018-04").await.text());
    assert!(text.contains("Yksi asiakas on antanut näyttää vastauksensa"), "{text}");
    assert!(text.contains("Keskiarvot näytetään vasta 5 asiakkaasta alkaen"), "{text}");

    // Four more clients, two checks each, and all let them be seen; Juho's second is after April.
    let by = Actor { name: "Testi".into(), role: "client".into() };
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let plan = [("veikko", 2, 4), ("matti", 3, 3), ("eeva", 4, 2), ("elsa", 1, 5), ("juho", 5, 1)];
    for (who, first, latest) in plan {
        let client = app.number(&format!("SELECT client_id FROM accounts WHERE username = '{who}'")).await;
        let latest_day = if who == "juho" { "2018-05-02" } else { "2018-04-20" };
        for (day, score) in [("2018-02-01", first), (latest_day, latest)] {
            let answers: Vec<(&str, i64)> = Question::ALL.iter().map(|q| (q.code(), score)).collect();
            self_checks::write(&mut conn, client, day, &answers, &by, 0).await.unwrap();
        }
        self_checks::set_shared(&mut conn, client, true, 0).await.unwrap();
    }
    drop(conn);
    // By hand, April: Aino and the four whose two checks are done by its end.
    let mut firsts = Vec::new();
    let mut latests = Vec::new();
    for who in ["aino", "veikko", "matti", "eeva", "elsa"] {
        let client = app.number(&format!("SELECT client_id FROM accounts WHERE username = '{who}'")).await;
        let averages = check_averages(&app, client).await;
        firsts.push(averages[0]);
        latests.push(*averages.last().unwrap());
    }
    let mean = |v: &[Decimal]| v.iter().sum::<Decimal>() / Decimal::from(v.len());
    let (first, latest) = (mean(&firsts), mean(&latests));
    let fi = |d: Decimal| format!("{:.1}", d.round_dp(1)).replace('.', ",");
    let change = (latest - first).round_dp(1);
    println!("April 2018 wellbeing, 5 clients: first {first}, latest {latest}, change {change}");
    let text = words(&app.get("/indicators?month=2018-04").await.text());
    assert!(text.contains("5 asiakasta on antanut näyttää vastauksensa"), "{text}");
    assert!(text.contains(&format!("Ensimmäinen {}", fi(first))), "{text}");
    assert!(text.contains(&format!("Viimeisin {}", fi(latest))), "{text}");
    let api = app.api("GET", "/api/v1/indicators/2018-04", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(api.json["wellbeing"]["clients"], 5);
    assert_eq!(
        api.json["wellbeing"]["change"],
        format!("{}{change:.1}", if change > Decimal::ZERO { "+" } else { "" })
    );
    // Leena's checks are never counted, whatever the month.
    let may = app.api("GET", "/api/v1/indicators/2018-05", Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(may.json["wellbeing"]["clients"], 6, "Juho's second check is in May; Leena stays out");
}

/// The charged euros, own shares and clients charged of April 2018 for the records that `keep`
/// keeps, summed by hand from each client's own statement rows.
async fn april_by_hand(
    app: &TestApp,
    keep: impl Fn(&app::budget::StatementRow) -> bool,
) -> (u32, Decimal, Decimal) {
    let month = YearMonth::parse("2018-04").unwrap();
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM clients").fetch_all(&app.state.db.pool).await.unwrap();
    let mut sums = (0u32, Decimal::ZERO, Decimal::ZERO);
    for id in ids {
        let Some(statement) = budget::statement(&app.state.db, id, month).await.unwrap() else { continue };
        let rows: Vec<_> = statement.rows.iter().filter(|r| keep(r)).collect();
        if rows.is_empty() {
            continue;
        }
        sums.0 += 1;
        for row in rows {
            sums.1 += row.charged.parse::<Decimal>().unwrap();
            sums.2 += row.own_share.parse::<Decimal>().unwrap();
        }
    }
    sums
}

fn figures_of(json: &serde_json::Value) -> (u32, Decimal, Decimal) {
    let total = &json["filtered"]["total"];
    (
        u32::try_from(total["clients"].as_u64().unwrap()).unwrap(),
        total["charged"].as_str().unwrap().parse().unwrap(),
        total["own_shares"].as_str().unwrap().parse().unwrap(),
    )
}

async fn filters_narrow_the_costs_to_a_service_or_a_provider(mut app: TestApp) {
    let api = |query: &str| format!("/api/v1/indicators/2018-04{query}");
    let all = app.api("GET", &api(""), Some(DEMO_STAFF_TOKEN), None).await.json;
    assert!(all["filtered"].is_null(), "no filter, no narrowed figures");
    let money = |v: &serde_json::Value| v.as_str().unwrap().parse::<Decimal>().unwrap();

    // Each service against the clients' own statements; the services together make the whole.
    let (mut charged, mut decided) = (Decimal::ZERO, Decimal::ZERO);
    for product in app::budget::PRODUCTS {
        let json =
            app.api("GET", &api(&format!("?service={product}")), Some(DEMO_STAFF_TOKEN), None).await.json;
        assert_eq!(json["filter"]["service"], product);
        assert_eq!(figures_of(&json), april_by_hand(&app, |r| r.product == product).await, "{product}");
        charged += money(&json["filtered"]["total"]["charged"]);
        decided += money(&json["filtered"]["total"]["decided"]);
    }
    assert_eq!(charged, money(&all["total"]["charged"]), "the services' charges make the month's");
    assert_eq!(decided, money(&all["total"]["decided"]), "the services' plans make the month's");

    // One provider: what its records charged, and no decided amount, since a decision plans
    // services, not providers.
    let kotipiha = app.number("SELECT id FROM providers WHERE name = 'Kotipiha Oy'").await;
    let json =
        app.api("GET", &api(&format!("?provider_id={kotipiha}")), Some(DEMO_STAFF_TOKEN), None).await.json;
    let by_hand = april_by_hand(&app, |r| r.provider_id == kotipiha).await;
    assert!(by_hand.0 > 0, "Kotipiha has clients in April");
    assert_eq!(figures_of(&json), by_hand);
    assert!(json["filtered"]["total"]["decided"].is_null());
    // The answers about Kotipiha's services, counted by hand; the questions about the personal
    // budget as a whole are everyone's.
    let kotipiha_answers = app.number(&format!(
            "SELECT COUNT(*) FROM feedback_answers WHERE provider_id = {kotipiha} AND given_on LIKE '2018-04-%'"
        ),
    )
    .await;
    assert!(kotipiha_answers < all["feedback"][0]["answers"].as_i64().unwrap(), "fewer than all");
    assert_eq!(json["feedback"][0]["answers"].as_i64(), Some(kotipiha_answers));
    assert_eq!(json["feedback"][1], all["feedback"][1], "the process question is not narrowed");
    let both = format!("?service=supported-housing&provider_id={kotipiha}");
    let json = app.api("GET", &api(&both), Some(DEMO_STAFF_TOKEN), None).await.json;
    let by_hand =
        april_by_hand(&app, |r| r.provider_id == kotipiha && r.product == "supported-housing").await;
    assert_eq!(figures_of(&json), by_hand);

    // Wrong filters are told apart: an unknown service, a provider that does not exist.
    let wrong = app.api("GET", &api("?service=gardening"), Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!((wrong.status.as_u16(), wrong.json["error"]["code"].as_str()), (422, Some("unknown-product")));
    let wrong = app.api("GET", &api("?provider_id=999999"), Some(DEMO_STAFF_TOKEN), None).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);

    // On the page the provider is typed: one match is used, several are offered, none is said.
    app.sign_in("olli").await;
    let text = words(&app.get("/indicators?month=2018-04&provider=kotipiha").await.text());
    assert!(text.contains("Budjetit ja kustannukset kunnittain: Kotipiha Oy, huhtikuu 2018"), "{text}");
    assert!(text.contains("Päätös suunnittelee palveluja, ei palveluntuottajia"), "{text}");
    assert!(text.contains("Miten palvelu sujui: Kotipiha Oy"), "{text}");
    let several = app.get("/indicators?month=2018-04&service=day-activities&provider=hoivakoti").await;
    let text = words(&several.text());
    assert!(text.contains("Usean palveluntuottajan nimessä on \"hoivakoti\". Valitse yksi:"), "{text}");
    assert!(text.contains("Kiteen Hoivakoti") && text.contains("Kontiolahden Hoivakoti"), "{text}");
    let kiteen = app.number("SELECT id FROM providers WHERE name = 'Kiteen Hoivakoti'").await;
    let link = format!("/indicators?month=2018-04&amp;service=day-activities&amp;provider_id={kiteen}");
    assert!(several.body.contains(&link), "each is a link with the service kept: {}", several.body);
    let caption = "Budjetit ja kustannukset kunnittain: Päivätoiminta, huhtikuu 2018";
    assert!(text.contains(caption), "the service narrows while the provider is chosen: {text}");
    let none = words(&app.get("/indicators?month=2018-04&provider=zzz").await.text());
    assert_eq!(none.matches("Minkään palveluntuottajan nimessä ei ole tekstiä \"zzz\"").count(), 1, "{none}");
    let service = words(&app.get("/indicators?month=2018-04&service=personal-assistance").await.text());
    assert!(
        service.contains("Budjetit ja kustannukset kunnittain: Henkilökohtainen apu, huhtikuu 2018"),
        "{service}"
    );
    assert!(service.contains("Näytä kaikki palvelut ja palveluntuottajat"), "{service}");

    // The CSV of a narrowed view says what it is narrowed to in every line.
    let csv = app.get(&format!("/indicators.csv?month=2018-04&provider_id={kotipiha}")).await.body;
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("month,service,provider_id,provider,municipality,clients_charged"), "{csv}");
    assert!(
        lines[1..].iter().all(|l| l.starts_with(&format!("2018-04,all,{kotipiha},Kotipiha Oy,"))),
        "{csv}"
    );
}
