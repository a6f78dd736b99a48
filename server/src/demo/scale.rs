//! A county-sized data set for measuring the portal: `portal demo scale --clients N
//! --records-per-client M --providers P`, and the scale benchmark. It fills an empty database
//! through the storage code, in large transactions, with the shapes a county has: decisions of
//! one to four lines, several providers per client, records spread over 2018 and charged or held
//! by the budget rules, some relatives with mandates, counsellors with 30 to 300 clients each,
//! feedback answers (some with the client's own words or a contact request), one client who
//! signs in and the organiser. The same seed gives the same data.

use app::role::Role;
use chrono::{Days, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;

use crate::rules::decision::{plan, DecisionLine, LineKind};
use crate::rules::feedback::Score;
use crate::rules::records::{charge, status_under_cap, RecordStatus};
use crate::rules::{Money, Period, Product};
use crate::store::accounts::{self, NewAccount};
use crate::store::budget::{self, StoredRecord};
use crate::store::feedback::{self, NewAnswer};
use crate::store::mandates::{self, NewMandate};
use crate::store::{counsellor, decisions, providers, Db, Engine, StoreError};

/// How big a data set to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub clients: usize,
    pub records_per_client: usize,
    pub providers: usize,
}

/// What was made, for the benchmark to ask about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Made {
    pub client_ids: Vec<i64>,
    pub records: usize,
    pub held: usize,
    /// The first provider, and the clients it gives personal assistance to.
    pub provider_id: i64,
    pub provider_clients: Vec<i64>,
    /// Each counsellor's account, user name and number of clients; the first has the most.
    pub counsellors: Vec<(i64, String, usize)>,
    pub mandates: usize,
    /// The user name of the first client, who signs in to their own pages.
    pub client_username: String,
    pub organiser_username: String,
}

/// Who signs in to the set besides its counsellors and relatives.
const CLIENT_USERNAME: &str = "scale-client-1";
const ORGANISER_USERNAME: &str = "scale-organiser";

/// Every decision of the set runs through 2018.
pub fn year() -> Period {
    let day = |m, d| NaiveDate::from_ymd_opt(2018, m, d).expect("a day of 2018");
    Period::new(day(1, 1), day(12, 31)).expect("a year")
}

/// How many clients each counsellor has, in turn: the first has the 300 a busy counsellor has.
const CASELOADS: [usize; 6] = [300, 30, 150, 60, 240, 90];

/// Clients written in one transaction: large enough to be fast, small enough to keep memory low.
const CLIENTS_PER_TRANSACTION: usize = 500;

/// Fills an empty database; `password_hash` is what the made accounts sign in with.
pub async fn build(db: &Db, size: Size, password_hash: &str) -> Result<Made, StoreError> {
    let mut rng = StdRng::seed_from_u64(2018);
    let providers = (size.providers.max(1)) as i64;
    let mut tx = db.pool.begin().await?;
    let mut provider_ids = Vec::new();
    for n in 0..providers {
        let id = providers::insert(&mut tx, &format!("Palvelu {n:05} Oy"), municipality(n)).await?;
        for product in Product::ALL {
            providers::insert_offer(&mut tx, id, product, price(product, n), Some(year().from)).await?;
        }
        provider_ids.push(id);
    }
    let counsellors = counsellor_accounts(&mut tx, size.clients, password_hash).await?;
    let organiser = person(ORGANISER_USERNAME, "Järjestäjä", Role::Organiser, password_hash, None);
    accounts::insert(&mut *tx, &organiser).await?;
    tx.commit().await?;

    let mut made = Made {
        client_ids: Vec::with_capacity(size.clients),
        records: 0,
        held: 0,
        provider_id: provider_ids[0],
        provider_clients: Vec::new(),
        counsellors: counsellors.clone(),
        mandates: 0,
        client_username: CLIENT_USERNAME.to_string(),
        organiser_username: ORGANISER_USERNAME.to_string(),
    };
    let mut caseload = counsellors.iter().flat_map(|(id, _, n)| std::iter::repeat_n(*id, *n));
    for first in (0..size.clients).step_by(CLIENTS_PER_TRANSACTION) {
        let mut tx = db.pool.begin().await?;
        for n in first..(first + CLIENTS_PER_TRANSACTION).min(size.clients) {
            let client_id =
                budget::insert_client(&mut *tx, &format!("Asiakas {n:06}"), municipality(n as i64), "fi")
                    .await?;
            made.client_ids.push(client_id);
            if n == 0 {
                let client =
                    person(CLIENT_USERNAME, "Asiakas 000000", Role::Client, password_hash, Some(client_id));
                accounts::insert(&mut *tx, &client).await?;
            }
            if let Some(counsellor_id) = caseload.next() {
                counsellor::assign(&mut *tx, client_id, counsellor_id).await?;
            }
            let lines = decision_lines(&mut rng, size.records_per_client, n % 25 == 24);
            let decision_id = decisions::make(&mut tx, client_id, &year(), &lines).await?;
            // Personal assistance is the first line, from the n-th provider round the list.
            let line_providers: Vec<Offer> = (0..lines.len())
                .map(|k| {
                    let index = (n + k * 7919) % provider_ids.len();
                    Offer { provider_id: provider_ids[index], price_of: index as i64 }
                })
                .collect();
            for (line, offer) in lines.iter().zip(&line_providers) {
                let provider_id = offer.provider_id;
                budget::insert_agreement(&mut *tx, client_id, provider_id, line.product, year().from, None)
                    .await?;
            }
            if line_providers[0].provider_id == made.provider_id {
                made.provider_clients.push(client_id);
            }
            let (records, held) = write_records(
                &mut tx,
                client_id,
                decision_id,
                &lines,
                &line_providers,
                size.records_per_client,
            )
            .await?;
            made.records += records;
            made.held += held;
            if n % 20 == 0 {
                mandate_for(&mut tx, client_id, n, password_hash).await?;
                made.mandates += 1;
            }
            if n % 5 == 0 {
                let answer =
                    feedback_answer(&mut rng, n, client_id, line_providers[0].provider_id, lines[0].product);
                feedback::insert_answer(&mut tx, &answer).await?;
            }
        }
        tx.commit().await?;
    }
    if db.engine == Engine::Postgres {
        // PostgreSQL plans by its statistics and reads sums from an index alone only where its
        // visibility map says the rows are settled; autovacuum would gather both only some time
        // later, and a database that has grown over years has them.
        sqlx::query("VACUUM ANALYZE").execute(&db.pool).await?;
    }
    Ok(made)
}

/// Who gives a line's service, and which price list is theirs (see [`price`]).
struct Offer {
    provider_id: i64,
    price_of: i64,
}

fn municipality(n: i64) -> &'static str {
    const PLACES: [&str; 6] = ["Joensuu", "Kitee", "Lieksa", "Nurmes", "Outokumpu", "Ilomantsi"];
    PLACES[(n % 6) as usize]
}

/// A provider's price: the voucher's value, or up to two euros above it (the client's own share).
fn price(product: Product, provider: i64) -> Money {
    let tier = product.has_tiers().then_some(2);
    let value = product.voucher_value(tier).expect("every product has a value");
    value + Money::from_cents((provider % 3) * 100)
}

/// Every fifth client's answer about their personal assistance; a quarter of them in the
/// client's own words, one in ten asking to be contacted.
fn feedback_answer(
    rng: &mut StdRng,
    n: usize,
    client_id: i64,
    provider_id: i64,
    service: Product,
) -> NewAnswer<'static> {
    const WORDS: [&str; 3] =
        ["Avustaja tuli ajallaan.", "Toivoisin samaa avustajaa joka kerta.", "Palvelu oli hyvää."];
    let answered = n / 5;
    NewAnswer {
        provider_id,
        client_id: Some(client_id),
        service,
        score: Score::new(rng.gen_range(1..=5)).expect("1 to 5 is a score"),
        given_on: year().from + Days::new((n % 300) as u64),
        invitation_id: None,
        visit_code_id: None,
        words: answered.is_multiple_of(4).then_some(WORDS[answered % WORDS.len()]),
        contact_me: answered.is_multiple_of(10),
        answered_by: None,
    }
}

fn person<'a>(
    username: &'a str,
    display_name: &'a str,
    role: Role,
    password_hash: &'a str,
    client_id: Option<i64>,
) -> NewAccount<'a> {
    NewAccount {
        username,
        display_name,
        role,
        password_hash,
        client_id,
        provider_id: None,
        prefs: None,
        demo_situation: None,
    }
}

async fn counsellor_accounts(
    conn: &mut sqlx::AnyConnection,
    clients: usize,
    password_hash: &str,
) -> Result<Vec<(i64, String, usize)>, StoreError> {
    let mut made = Vec::new();
    let mut left = clients;
    for n in 0.. {
        if left == 0 {
            break;
        }
        let count = CASELOADS[n % CASELOADS.len()].min(left);
        left -= count;
        let username = format!("scale-counsellor-{}", n + 1);
        let name = format!("Ohjaaja {}", n + 1);
        let new = person(&username, &name, Role::Counsellor, password_hash, None);
        made.push((accounts::insert(&mut *conn, &new).await?, username, count));
    }
    Ok(made)
}

/// Personal assistance and up to three more services. Hours a month are enough for the records
/// to come, except for a client `short` of them, whose later records are held (B8).
fn decision_lines(rng: &mut StdRng, records: usize, short: bool) -> Vec<DecisionLine> {
    // A short client has one line, so that no other line's money keeps them under the cap.
    let count = if short { 1 } else { rng.gen_range(1..=4) };
    let hours_a_month = Decimal::from(((records / count).max(1) * HOURS_A_VISIT).div_ceil(12) + 2);
    let units_per_month = if short { hours_a_month / Decimal::from(2) } else { hours_a_month };
    let mut lines = vec![DecisionLine {
        product: Product::PersonalAssistance,
        tier: None,
        kind: LineKind::Monthly { units_per_month },
        unit_value: Product::PersonalAssistance.voucher_value(None).expect("a value"),
    }];
    let others = [Product::DayActivities, Product::SupportedHousing, Product::OneToOneCare];
    for &product in others.iter().take(count - 1) {
        let tier = product.has_tiers().then(|| rng.gen_range(1..=3));
        let kind = match product {
            Product::OneToOneCare => LineKind::Monthly { units_per_month },
            _ => LineKind::Daily,
        };
        let unit_value = product.voucher_value(tier).expect("a value");
        lines.push(DecisionLine { product, tier, kind, unit_value });
    }
    lines
}

/// A relative who may act for the client, until the end of the year.
async fn mandate_for(
    conn: &mut sqlx::AnyConnection,
    client_id: i64,
    n: usize,
    password_hash: &str,
) -> Result<(), StoreError> {
    let username = format!("scale-relative-{n}");
    let name = format!("Omainen {n:06}");
    let new = person(&username, &name, Role::Relative, password_hash, None);
    let relative_account_id = accounts::insert(&mut *conn, &new).await?;
    let mandate =
        NewMandate { client_id, relative_account_id, can_act: true, valid_until: Some("2018-12-31") };
    mandates::write(conn, &mandate).await
}

const HOURS_A_VISIT: usize = 3;

/// The client's records, over the lines in turn and spread over the year, each charged or held
/// as reporting it would have been; how many were written and how many held.
async fn write_records(
    conn: &mut sqlx::AnyConnection,
    client_id: i64,
    decision_id: i64,
    lines: &[DecisionLine],
    line_providers: &[Offer],
    count: usize,
) -> Result<(usize, usize), StoreError> {
    let period = year();
    let cap = plan(&period, lines).total;
    let mut charged = Money::ZERO;
    let ids: Vec<String> = (0..count).map(|j| format!("scale-{client_id}-{j}")).collect();
    let mut records = Vec::with_capacity(count);
    let mut held = 0;
    for (j, provider_record_id) in ids.iter().enumerate() {
        let k = j % lines.len();
        let line = &lines[k];
        let units = match line.kind {
            LineKind::Daily => Decimal::ONE,
            LineKind::Monthly { .. } => Decimal::from(HOURS_A_VISIT),
        };
        let offer = &line_providers[k];
        let date = period.from + Days::new((j * 365 / count.max(1)) as u64);
        let unit_price = price(line.product, offer.price_of);
        let cost = charge(units, unit_price, line.unit_value);
        let status = status_under_cap(cost.charged, cap - charged);
        match status {
            RecordStatus::Charged => charged = charged + cost.charged,
            _ => held += 1,
        }
        records.push(StoredRecord {
            provider_id: offer.provider_id,
            provider_record_id,
            client_id,
            decision_id,
            product: line.product,
            date,
            units,
            unit_price,
            charge: cost,
            status,
        });
    }
    budget::insert_records(conn, &records).await?;
    Ok((records.len(), held))
}
