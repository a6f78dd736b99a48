//! The provider registry's rows: searching active providers by the filters, loading them with
//! their places, languages, prices, capacity, quality and feedback counts, and a provider
//! replacing its own data.

use std::collections::HashMap;

use app::providers::{Location, Offer, PriceChange, Provider, Quality};
use chrono::NaiveDate;
use sqlx::any::AnyArguments;
use sqlx::{Any, AnyConnection, Arguments, Executor, Row};

use super::budget::date_text;
use super::sql::Sql;
use super::{id_list, StoreError};
use crate::rules::{Money, Product};
use crate::values;

/// The search form's filters, as the database reads them. Only active providers are found.
#[derive(Clone, Debug, Default)]
pub struct Query<'a> {
    pub product: Option<&'a str>,
    pub municipality: Option<&'a str>,
    pub language: Option<&'a str>,
    /// Every feature must be found at one and the same place.
    pub accessibility: &'a [String],
    /// Only providers with free places (for the product, when one is given).
    pub free_places: bool,
}

/// Where a page of the registry starts and how long it is, in the order of `search_ids`.
#[derive(Clone, Debug)]
pub struct Window<'a> {
    /// The last provider of the page before: its name and id.
    pub after: Option<(&'a str, i64)>,
    pub limit: i64,
}

/// Ids of the active providers that pass every filter, by name.
pub async fn search_ids(conn: &mut AnyConnection, query: &Query<'_>) -> Result<Vec<i64>, StoreError> {
    search_window(conn, query, None).await
}

/// Ids of one page of the providers that pass every filter, by name then id: a keyset page, so
/// a provider added or removed between two pages neither repeats nor skips one.
pub async fn search_ids_in(
    conn: &mut AnyConnection,
    query: &Query<'_>,
    window: &Window<'_>,
) -> Result<Vec<i64>, StoreError> {
    search_window(conn, query, Some(window)).await
}

async fn search_window(
    conn: &mut AnyConnection,
    query: &Query<'_>,
    window: Option<&Window<'_>>,
) -> Result<Vec<i64>, StoreError> {
    let mut sql = String::from("SELECT p.id FROM providers p WHERE p.active = 1");
    let mut args = AnyArguments::default();
    let bind = |args: &mut AnyArguments, value: &str| -> String {
        args.add(value.to_string()).expect("a text argument encodes");
        format!("${}", args.len())
    };
    if let Some(product) = query.product {
        let n = bind(&mut args, product);
        sql += &format!(
            " AND EXISTS (SELECT 1 FROM provider_products pp WHERE pp.provider_id = p.id AND pp.product = {n})"
        );
    }
    if let Some(municipality) = query.municipality {
        let n = bind(&mut args, municipality);
        sql += &format!(
            " AND EXISTS (SELECT 1 FROM provider_areas a WHERE a.provider_id = p.id AND a.municipality = {n})"
        );
    }
    if let Some(language) = query.language {
        let n = bind(&mut args, language);
        sql += &format!(
            " AND EXISTS (SELECT 1 FROM provider_languages l WHERE l.provider_id = p.id AND l.language = {n})"
        );
    }
    if !query.accessibility.is_empty() {
        let list: Vec<String> = query.accessibility.iter().map(|f| bind(&mut args, f)).collect();
        sql += &format!(
            " AND EXISTS (SELECT 1 FROM provider_locations loc WHERE loc.provider_id = p.id AND \
             (SELECT COUNT(*) FROM location_accessibility la WHERE la.location_id = loc.id \
             AND la.feature IN ({})) = {})",
            list.join(", "),
            list.len()
        );
    }
    if query.free_places {
        let product = match query.product {
            Some(product) => format!(" AND c.product = {}", bind(&mut args, product)),
            None => String::new(),
        };
        sql += &format!(
            " AND EXISTS (SELECT 1 FROM provider_capacity c WHERE c.provider_id = p.id \
             AND c.free_places > 0{product})"
        );
    }
    if let Some((name, id)) = window.and_then(|w| w.after) {
        let n = bind(&mut args, name);
        args.add(id).expect("an integer argument encodes");
        let m = args.len();
        sql += &format!(" AND (p.name > {n} OR (p.name = {n} AND p.id > ${m}))");
    }
    sql += " ORDER BY p.name, p.id";
    if let Some(window) = window {
        args.add(window.limit).expect("an integer argument encodes");
        sql += &format!(" LIMIT ${}", args.len());
    }
    Ok(sqlx::query_scalar_with(&sql, args).fetch_all(&mut *conn).await?)
}

/// A provider as stored, with its feedback counted per score (1..5) for the rules to aggregate.
pub struct Registered {
    /// `feedback` is left empty: only the rules may decide what of it is shown (B19).
    pub provider: Provider,
    pub distribution: [i64; 5],
}

/// The ids as an SQL list. They are integers from the database, so nothing can be injected,
/// and one list serves every table below.
fn provider_mut(by_id: &mut HashMap<i64, Registered>, id: i64) -> Option<&mut Provider> {
    by_id.get_mut(&id).map(|r| &mut r.provider)
}

/// Loads the providers with these ids, in the order given. Inactive ones are loaded too:
/// callers decide whether to show them.
pub async fn load(conn: &mut AnyConnection, ids: &[i64]) -> Result<Vec<Registered>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = id_list(ids);
    let mut by_id: HashMap<i64, Registered> = HashMap::new();
    let rows =
        sqlx::query(&format!("SELECT id, name, phone, email, website FROM providers WHERE id IN ({list})"))
            .fetch_all(&mut *conn)
            .await?;
    for r in rows {
        let id: i64 = r.try_get("id")?;
        let provider = Provider {
            id,
            name: r.try_get("name")?,
            descriptions: Default::default(),
            phone: r.try_get("phone")?,
            email: r.try_get("email")?,
            website: r.try_get("website")?,
            areas: Vec::new(),
            locations: Vec::new(),
            languages: Vec::new(),
            offers: Vec::new(),
            price_history: Vec::new(),
            quality: None,
            feedback: Default::default(),
        };
        by_id.insert(id, Registered { provider, distribution: [0; 5] });
    }

    let rows = sqlx::query(&format!(
        "SELECT provider_id, language, description FROM provider_descriptions WHERE provider_id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(p) = provider_mut(&mut by_id, r.try_get("provider_id")?) {
            p.descriptions.insert(r.try_get("language")?, r.try_get("description")?);
        }
    }

    let rows = sqlx::query(&format!(
        "SELECT provider_id, municipality FROM provider_areas WHERE provider_id IN ({list}) ORDER BY municipality"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(p) = provider_mut(&mut by_id, r.try_get("provider_id")?) {
            p.areas.push(r.try_get("municipality")?);
        }
    }

    let rows = sqlx::query(&format!(
        "SELECT provider_id, language FROM provider_languages WHERE provider_id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(p) = provider_mut(&mut by_id, r.try_get("provider_id")?) {
            p.languages.push(r.try_get("language")?);
        }
    }
    for registered in by_id.values_mut() {
        let languages = &mut registered.provider.languages;
        languages.sort_by_key(|l| app::providers::STAFF_LANGUAGES.iter().position(|k| k == l));
    }

    let rows = sqlx::query(&format!(
        "SELECT loc.provider_id, loc.name, loc.address, loc.postal_code, loc.municipality, loc.id \
         FROM provider_locations loc WHERE loc.provider_id IN ({list}) ORDER BY loc.id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let mut location_of: HashMap<i64, (i64, usize)> = HashMap::new();
    for r in rows {
        let provider_id: i64 = r.try_get("provider_id")?;
        if let Some(p) = provider_mut(&mut by_id, provider_id) {
            location_of.insert(r.try_get("id")?, (provider_id, p.locations.len()));
            p.locations.push(Location {
                name: r.try_get("name")?,
                address: r.try_get("address")?,
                postal_code: r.try_get("postal_code")?,
                municipality: r.try_get("municipality")?,
                accessibility: Vec::new(),
            });
        }
    }
    let rows = sqlx::query(&format!(
        "SELECT la.location_id, la.feature FROM location_accessibility la \
         JOIN provider_locations loc ON loc.id = la.location_id WHERE loc.provider_id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(&(provider_id, index)) = location_of.get(&r.try_get::<i64, _>("location_id")?) {
            if let Some(p) = provider_mut(&mut by_id, provider_id) {
                p.locations[index].accessibility.push(r.try_get("feature")?);
            }
        }
    }
    for registered in by_id.values_mut() {
        for location in &mut registered.provider.locations {
            location
                .accessibility
                .sort_by_key(|f| app::providers::ACCESSIBILITY_FEATURES.iter().position(|k| k == f));
        }
    }

    let rows = sqlx::query(&format!(
        "SELECT pp.provider_id, pp.product, pp.unit_price_cents, c.free_places FROM provider_products pp \
         LEFT JOIN provider_capacity c ON c.provider_id = pp.provider_id AND c.product = pp.product \
         WHERE pp.provider_id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(p) = provider_mut(&mut by_id, r.try_get("provider_id")?) {
            p.offers.push(Offer {
                product: r.try_get("product")?,
                unit_price: Money::from_cents(r.try_get("unit_price_cents")?).to_string(),
                free_places: r.try_get("free_places")?,
            });
        }
    }
    for registered in by_id.values_mut() {
        let offers = &mut registered.provider.offers;
        offers.sort_by_key(|o| Product::parse(&o.product));
    }

    let rows = sqlx::query(&format!(
        "SELECT provider_id, product, unit_price_cents, valid_from FROM provider_price_history \
         WHERE provider_id IN ({list}) ORDER BY valid_from, id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(p) = provider_mut(&mut by_id, r.try_get("provider_id")?) {
            p.price_history.push(PriceChange {
                product: r.try_get("product")?,
                unit_price: Money::from_cents(r.try_get("unit_price_cents")?).to_string(),
                valid_from: r.try_get("valid_from")?,
            });
        }
    }

    let rows = sqlx::query(&format!(
        "SELECT provider_id, qualified_staff_percent, staff_turnover_percent, complaints_upheld, \
         inspection_date, inspection_result, reported_on FROM provider_quality WHERE provider_id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        if let Some(p) = provider_mut(&mut by_id, r.try_get("provider_id")?) {
            p.quality = Some(Quality {
                qualified_staff_percent: r.try_get("qualified_staff_percent")?,
                staff_turnover_percent: r.try_get("staff_turnover_percent")?,
                complaints_upheld: r.try_get("complaints_upheld")?,
                inspection_date: r.try_get("inspection_date")?,
                inspection_result: r.try_get("inspection_result")?,
                reported_on: r.try_get("reported_on")?,
            });
        }
    }

    let rows = sqlx::query(&format!(
        "SELECT provider_id, score, COUNT(*) AS n FROM feedback_answers WHERE provider_id IN ({list}) \
         GROUP BY provider_id, score"
    ))
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        let score: i64 = r.try_get("score")?;
        if let (Some(registered), Some(slot)) =
            (by_id.get_mut(&r.try_get("provider_id")?), usize::try_from(score - 1).ok())
        {
            if let Some(count) = registered.distribution.get_mut(slot) {
                *count = r.try_get("n")?;
            }
        }
    }

    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

pub async fn is_active<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<bool>, StoreError> {
    let active: Option<i64> =
        sqlx::query_scalar("SELECT active FROM providers WHERE id = $1").bind(id).fetch_optional(ex).await?;
    Ok(active.map(|a| a == 1))
}

/// Marks a provider active or not; false when there is no such provider.
pub async fn set_active<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    active: bool,
) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE providers SET active = $1 WHERE id = $2")
        .bind(i64::from(active))
        .bind(id)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Every municipality an active provider serves, for the search form.
pub async fn served_municipalities<'e>(
    ex: impl Executor<'e, Database = Any>,
) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT a.municipality FROM provider_areas a JOIN providers p ON p.id = a.provider_id \
         WHERE p.active = 1 ORDER BY a.municipality",
    )
    .fetch_all(ex)
    .await?)
}

/// The client's saved accessibility needs and the languages they speak (at least the language
/// of their decision).
pub async fn client_needs(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<(Vec<String>, Vec<String>), StoreError> {
    let mut needs: Vec<String> = sqlx::query_scalar("SELECT feature FROM client_needs WHERE client_id = $1")
        .bind(client_id)
        .fetch_all(&mut *conn)
        .await?;
    needs.sort_by_key(|f| app::providers::ACCESSIBILITY_FEATURES.iter().position(|k| k == f));
    let mut languages: Vec<String> =
        sqlx::query_scalar("SELECT language FROM client_languages WHERE client_id = $1 ORDER BY language")
            .bind(client_id)
            .fetch_all(&mut *conn)
            .await?;
    if languages.is_empty() {
        let own: Option<String> = sqlx::query_scalar("SELECT language FROM clients WHERE id = $1")
            .bind(client_id)
            .fetch_optional(&mut *conn)
            .await?;
        languages.extend(own);
    }
    Ok((needs, languages))
}

/// Replaces the client's saved accessibility needs.
pub async fn replace_client_needs(
    conn: &mut AnyConnection,
    client_id: i64,
    needs: &[String],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM client_needs WHERE client_id = $1").bind(client_id).execute(&mut *conn).await?;
    let needs: Vec<&str> = needs.iter().map(String::as_str).collect();
    insert_client_needs(conn, client_id, &needs, &[]).await
}

pub async fn insert_client_needs(
    conn: &mut AnyConnection,
    client_id: i64,
    needs: &[&str],
    languages: &[&str],
) -> Result<(), StoreError> {
    for need in needs {
        sqlx::query("INSERT INTO client_needs (client_id, feature) VALUES ($1, $2)")
            .bind(client_id)
            .bind(*need)
            .execute(&mut *conn)
            .await?;
    }
    for language in languages {
        sqlx::query("INSERT INTO client_languages (client_id, language) VALUES ($1, $2)")
            .bind(client_id)
            .bind(*language)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A provider's own data, as it sends it: everything but its id, activity and feedback.
#[derive(Clone, Debug)]
pub struct ProviderData {
    pub name: String,
    pub descriptions: Vec<(String, String)>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub areas: Vec<String>,
    pub locations: Vec<Location>,
    pub languages: Vec<String>,
    /// Product, unit price, free places.
    pub offers: Vec<(Product, Money, Option<i64>)>,
    pub quality: Option<Quality>,
}

/// Replaces a provider's data with `data`, keeping the price history: a price that changes
/// (or a product newly offered) gets a history row from `today`.
pub async fn replace(
    conn: &mut AnyConnection,
    id: i64,
    data: &ProviderData,
    today: NaiveDate,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE providers SET name = $1, phone = $2, email = $3, website = $4 WHERE id = $5")
        .bind(&data.name)
        .bind(&data.phone)
        .bind(&data.email)
        .bind(&data.website)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for table in [
        "provider_descriptions",
        "provider_areas",
        "provider_languages",
        "provider_capacity",
        "provider_quality",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE provider_id = $1"))
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(
        "DELETE FROM location_accessibility WHERE location_id IN \
         (SELECT id FROM provider_locations WHERE provider_id = $1)",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM provider_locations WHERE provider_id = $1").bind(id).execute(&mut *conn).await?;

    for (language, text) in &data.descriptions {
        sqlx::query(
            "INSERT INTO provider_descriptions (provider_id, language, description) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(language)
        .bind(text)
        .execute(&mut *conn)
        .await?;
    }
    for area in &data.areas {
        sqlx::query("INSERT INTO provider_areas (provider_id, municipality) VALUES ($1, $2)")
            .bind(id)
            .bind(area)
            .execute(&mut *conn)
            .await?;
    }
    for language in &data.languages {
        sqlx::query("INSERT INTO provider_languages (provider_id, language) VALUES ($1, $2)")
            .bind(id)
            .bind(language)
            .execute(&mut *conn)
            .await?;
    }
    for location in &data.locations {
        let location_id: i64 = sqlx::query_scalar(
            "INSERT INTO provider_locations (provider_id, name, address, postal_code, municipality) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(&location.name)
        .bind(&location.address)
        .bind(&location.postal_code)
        .bind(&location.municipality)
        .fetch_one(&mut *conn)
        .await?;
        for feature in &location.accessibility {
            sqlx::query("INSERT INTO location_accessibility (location_id, feature) VALUES ($1, $2)")
                .bind(location_id)
                .bind(feature)
                .execute(&mut *conn)
                .await?;
        }
    }

    let current: Vec<(String, i64)> =
        sqlx::query("SELECT product, unit_price_cents FROM provider_products WHERE provider_id = $1")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("product")?, r.try_get("unit_price_cents")?)))
            .collect::<Result<_, sqlx::Error>>()?;
    sqlx::query("DELETE FROM provider_products WHERE provider_id = $1").bind(id).execute(&mut *conn).await?;
    for &(product, price, free_places) in &data.offers {
        let unchanged = current.iter().any(|(p, cents)| p == product.code() && *cents == price.cents());
        insert_offer(&mut *conn, id, product, price, (!unchanged).then_some(today)).await?;
        if let Some(free) = free_places {
            sqlx::query(
                "INSERT INTO provider_capacity (provider_id, product, free_places) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(product.code())
            .bind(free)
            .execute(&mut *conn)
            .await?;
        }
    }

    if let Some(q) = &data.quality {
        sqlx::query(
            "INSERT INTO provider_quality (provider_id, qualified_staff_percent, staff_turnover_percent, \
             complaints_upheld, inspection_date, inspection_result, reported_on) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(q.qualified_staff_percent)
        .bind(q.staff_turnover_percent)
        .bind(q.complaints_upheld)
        .bind(&q.inspection_date)
        .bind(&q.inspection_result)
        .bind(&q.reported_on)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A new active provider that serves its home municipality.
pub async fn insert(conn: &mut AnyConnection, name: &str, municipality: &str) -> Result<i64, StoreError> {
    let id: i64 =
        sqlx::query_scalar("INSERT INTO providers (name, municipality) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(municipality)
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query("INSERT INTO provider_areas (provider_id, municipality) VALUES ($1, $2)")
        .bind(id)
        .bind(municipality)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// What a bank needs to pay the provider: its business ID, IBAN and BIC.
pub async fn set_bank_details(
    conn: &mut AnyConnection,
    provider_id: i64,
    (business_id, iban, bic): (&str, &str, &str),
) -> Result<(), StoreError> {
    sqlx::query("UPDATE providers SET business_id = $1, iban = $2, bic = $3 WHERE id = $4")
        .bind(business_id)
        .bind(iban)
        .bind(bic)
        .bind(provider_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Offers a product at a price; with `priced_from`, the price also goes into the history.
pub async fn insert_offer(
    conn: &mut AnyConnection,
    provider_id: i64,
    product: Product,
    price: Money,
    priced_from: Option<NaiveDate>,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO provider_products (provider_id, product, unit_price_cents) VALUES ($1, $2, $3)")
        .bind(provider_id)
        .bind(product.code())
        .bind(price.cents())
        .execute(&mut *conn)
        .await?;
    if let Some(day) = priced_from {
        sqlx::query(
            "INSERT INTO provider_price_history (provider_id, product, unit_price_cents, valid_from) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(provider_id)
        .bind(product.code())
        .bind(price.cents())
        .bind(date_text(day))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Records one feedback answer (the demo's; issue 6 adds the invitations that lead here).
pub async fn insert_feedback<'e>(
    ex: impl Executor<'e, Database = Any>,
    provider_id: i64,
    product: Product,
    score: i64,
    given_on: NaiveDate,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO feedback_answers (provider_id, product, score, given_on) VALUES ($1, $2, $3, $4)",
    )
    .bind(provider_id)
    .bind(product.code())
    .bind(score)
    .bind(date_text(given_on))
    .execute(ex)
    .await?;
    Ok(())
}

/// Whether the provider has an agreement for the product still running on `day`.
pub async fn product_in_use<'e>(
    ex: impl Executor<'e, Database = Any>,
    provider_id: i64,
    product: Product,
    day: NaiveDate,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM agreements WHERE provider_id = $1 AND product = $2 \
         AND (end_date IS NULL OR end_date >= $3)",
    )
    .bind(provider_id)
    .bind(product.code())
    .bind(date_text(day))
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// The provider's name; `None` when there is no such provider.
pub async fn name_of(conn: &mut impl Sql, id: i64) -> Result<Option<String>, StoreError> {
    conn.optional("SELECT name FROM providers WHERE id = $1", values![id], |r| r.string("name")).await
}

/// Every provider's id and name, by name.
pub async fn names(conn: &mut AnyConnection) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query("SELECT id, name FROM providers ORDER BY name, id").fetch_all(&mut *conn).await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
}

/// The services the provider lists a price for, in the order of [`Product::ALL`].
pub async fn offered_products(
    conn: &mut AnyConnection,
    provider_id: i64,
) -> Result<Vec<Product>, StoreError> {
    let codes: Vec<String> =
        sqlx::query_scalar("SELECT product FROM provider_products WHERE provider_id = $1")
            .bind(provider_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut products: Vec<Product> = codes.iter().filter_map(|c| Product::parse(c)).collect();
    products.sort();
    Ok(products)
}
