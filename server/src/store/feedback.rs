//! The rows of feedback: invitations (B18), visit codes (B20), answers and their counts (B19),
//! and the process and participation answers.

use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::budget::{date_text, parse_date};
use super::sql::Sql;
use super::StoreError;
use crate::rules::feedback::{Occasion, ParticipationAnswer, Score};
use crate::rules::Product;
use crate::store::changes::Actor;
use crate::values;

fn product(code: &str) -> Result<Product, StoreError> {
    Product::parse(code).ok_or_else(|| StoreError::Corrupt(format!("product {code}")))
}

fn products(list: &str) -> Result<Vec<Product>, StoreError> {
    list.split(',').map(product).collect()
}

/// B18: opens the invitation for a provider-day of accepted records, or adds the record's
/// service to the one already open; whether a new one opened. The caller holds the client's lock.
pub async fn open_invitation(
    conn: &mut impl Sql,
    client_id: i64,
    provider_id: i64,
    day: NaiveDate,
    service: Product,
    opened_on: NaiveDate,
) -> Result<bool, StoreError> {
    let existing = conn
        .optional(
            "SELECT id, products FROM feedback_invitations \
             WHERE client_id = $1 AND provider_id = $2 AND service_day = $3",
            values![client_id, provider_id, date_text(day)],
            |r| Ok((r.int("id")?, r.string("products")?)),
        )
        .await?;
    match existing {
        None => {
            conn.execute(
                "INSERT INTO feedback_invitations (client_id, provider_id, service_day, products, opened_on) \
                 VALUES ($1, $2, $3, $4, $5)",
                values![client_id, provider_id, date_text(day), service.code(), date_text(opened_on)],
            )
            .await?;
            Ok(true)
        }
        Some((id, list)) => {
            let mut services = products(&list)?;
            if !services.contains(&service) {
                services.push(service);
                services.sort();
                let list: Vec<&str> = services.iter().map(|p| p.code()).collect();
                let sql = "UPDATE feedback_invitations SET products = $1 WHERE id = $2";
                conn.execute(sql, values![list.join(","), id]).await?;
            }
            Ok(false)
        }
    }
}

/// An invitation with its provider's name and whether it has its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationRow {
    pub id: i64,
    pub provider_id: i64,
    pub provider_name: String,
    pub services: Vec<Product>,
    pub service_day: NaiveDate,
    pub opened_on: NaiveDate,
    pub answered: bool,
}

const INVITATION_COLUMNS: &str = "i.id, i.provider_id, p.name, i.products, i.service_day, i.opened_on, \
     (SELECT COUNT(*) FROM feedback_answers a WHERE a.invitation_id = i.id) AS answers \
     FROM feedback_invitations i JOIN providers p ON p.id = i.provider_id";

fn invitation_from_row(r: &AnyRow) -> Result<InvitationRow, StoreError> {
    Ok(InvitationRow {
        id: r.try_get("id")?,
        provider_id: r.try_get("provider_id")?,
        provider_name: r.try_get("name")?,
        services: products(&r.try_get::<String, _>("products")?)?,
        service_day: parse_date(&r.try_get::<String, _>("service_day")?)?,
        opened_on: parse_date(&r.try_get::<String, _>("opened_on")?)?,
        answered: r.try_get::<i64, _>("answers")? > 0,
    })
}

/// A client's invitations opened on or after `since`, the latest service first.
pub async fn invitations_of(
    conn: &mut AnyConnection,
    client_id: i64,
    since: NaiveDate,
) -> Result<Vec<InvitationRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {INVITATION_COLUMNS} WHERE i.client_id = $1 AND i.opened_on >= $2 \
         ORDER BY i.service_day DESC, p.name"
    ))
    .bind(client_id)
    .bind(date_text(since))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(invitation_from_row).collect()
}

/// One of the client's invitations; `None` when it is someone else's or does not exist.
pub async fn find_invitation(
    conn: &mut AnyConnection,
    client_id: i64,
    id: i64,
) -> Result<Option<InvitationRow>, StoreError> {
    let row = sqlx::query(&format!("SELECT {INVITATION_COLUMNS} WHERE i.client_id = $1 AND i.id = $2"))
        .bind(client_id)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(invitation_from_row).transpose()
}

/// Whose an invitation is; `None` when there is no such invitation.
pub async fn client_of_invitation(conn: &mut AnyConnection, id: i64) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT client_id FROM feedback_invitations WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?)
}

/// An answer to store: from an invitation or from a visit code.
pub struct NewAnswer<'a> {
    pub provider_id: i64,
    pub client_id: Option<i64>,
    pub service: Product,
    pub score: Score,
    pub given_on: NaiveDate,
    pub invitation_id: Option<i64>,
    pub visit_code_id: Option<i64>,
    pub words: Option<&'a str>,
    pub contact_me: bool,
    /// Who answered an invitation, and when (Unix seconds); `None` for a visit code.
    pub answered_by: Option<(&'a Actor, i64)>,
}

/// Stores an answer. A second answer to the same invitation or code is a unique violation.
pub async fn insert_answer(conn: &mut AnyConnection, answer: &NewAnswer<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO feedback_answers (provider_id, client_id, product, score, given_on, invitation_id, \
         visit_code_id, words, contact_me, answered_by, answered_by_role, answered_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(answer.provider_id)
    .bind(answer.client_id)
    .bind(answer.service.code())
    .bind(answer.score.value())
    .bind(date_text(answer.given_on))
    .bind(answer.invitation_id)
    .bind(answer.visit_code_id)
    .bind(answer.words)
    .bind(i64::from(answer.contact_me))
    .bind(answer.answered_by.map(|(by, _)| by.name.as_str()))
    .bind(answer.answered_by.map(|(by, _)| by.role.as_str()))
    .bind(answer.answered_by.map(|(_, at)| at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The answers to one provider counted per service and score (B19 turns them into aggregates).
pub async fn counts_by_service(
    conn: &mut AnyConnection,
    provider_id: i64,
) -> Result<Vec<(Product, [i64; 5])>, StoreError> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT product, score, COUNT(*) FROM feedback_answers WHERE provider_id = $1 \
         GROUP BY product, score ORDER BY product",
    )
    .bind(provider_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut counts: Vec<(Product, [i64; 5])> = Vec::new();
    for (code, score, n) in rows {
        let service = product(&code)?;
        let slot = usize::try_from(score - 1).ok().filter(|s| *s < 5);
        let Some(slot) = slot else { return Err(StoreError::Corrupt(format!("feedback score {score}"))) };
        match counts.iter_mut().find(|(p, _)| *p == service) {
            Some((_, distribution)) => distribution[slot] = n,
            None => {
                let mut distribution = [0; 5];
                distribution[slot] = n;
                counts.push((service, distribution));
            }
        }
    }
    counts.sort_by_key(|(p, _)| *p);
    Ok(counts)
}

/// A visit code with its provider's name and whether its one answer was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitCodeRow {
    pub id: i64,
    pub code: String,
    pub provider_id: i64,
    pub provider_name: String,
    pub service: Product,
    pub valid_until: NaiveDate,
    pub used: bool,
}

pub async fn insert_visit_code(
    conn: &mut AnyConnection,
    code: &str,
    provider_id: i64,
    service: Product,
    made_on: NaiveDate,
    valid_until: NaiveDate,
    made_by: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO visit_codes (code, provider_id, product, created_on, valid_until, created_by) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(code)
    .bind(provider_id)
    .bind(service.code())
    .bind(date_text(made_on))
    .bind(date_text(valid_until))
    .bind(made_by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn find_visit_code(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<VisitCodeRow>, StoreError> {
    let row = sqlx::query(
        "SELECT v.id, v.code, v.provider_id, p.name, v.product, v.valid_until, \
         (SELECT COUNT(*) FROM feedback_answers a WHERE a.visit_code_id = v.id) AS answers \
         FROM visit_codes v JOIN providers p ON p.id = v.provider_id WHERE v.code = $1",
    )
    .bind(code)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(VisitCodeRow {
            id: r.try_get("id")?,
            code: r.try_get("code")?,
            provider_id: r.try_get("provider_id")?,
            provider_name: r.try_get("name")?,
            service: product(&r.try_get::<String, _>("product")?)?,
            valid_until: parse_date(&r.try_get::<String, _>("valid_until")?)?,
            used: r.try_get::<i64, _>("answers")? > 0,
        })
    })
    .transpose()
}

/// Own words or a contact request, for the organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentRow {
    /// The answer's id: where the next page of older ones starts.
    pub id: i64,
    pub given_on: NaiveDate,
    pub provider_name: String,
    pub service: Product,
    pub score: i64,
    pub words: Option<String>,
    /// The client, only when they asked to be contacted.
    pub contact: Option<(i64, String)>,
    pub at_service_place: bool,
}

/// The newest answers with own words or a contact request, older than the answer `before` when
/// given, at most `limit`. The condition is the partial index's (migration 0037) word for word,
/// as the databases use such an index only then.
pub async fn comments(
    conn: &mut AnyConnection,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<CommentRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT a.id, a.given_on, p.name AS provider_name, a.product, a.score, a.words, a.contact_me, \
         a.client_id, c.name AS client_name, a.visit_code_id \
         FROM feedback_answers a JOIN providers p ON p.id = a.provider_id \
         LEFT JOIN clients c ON c.id = a.client_id \
         WHERE (a.words IS NOT NULL OR a.contact_me = 1) AND a.id < $1 ORDER BY a.id DESC LIMIT $2",
    )
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            let contact_me = r.try_get::<i64, _>("contact_me")? == 1;
            let client: Option<i64> = r.try_get("client_id")?;
            let name: Option<String> = r.try_get("client_name")?;
            Ok(CommentRow {
                id: r.try_get("id")?,
                given_on: parse_date(&r.try_get::<String, _>("given_on")?)?,
                provider_name: r.try_get("provider_name")?,
                service: product(&r.try_get::<String, _>("product")?)?,
                score: r.try_get("score")?,
                words: r.try_get("words")?,
                contact: if contact_me { client.zip(name) } else { None },
                at_service_place: r.try_get::<Option<i64>, _>("visit_code_id")?.is_some(),
            })
        })
        .collect()
}

/// Where the page of the `page` answers just newer than the answer `newest_shown` starts: the
/// `before` of that page, or `None` when it is the page of the newest answers.
pub async fn newer_comments_start(
    conn: &mut AnyConnection,
    newest_shown: i64,
    page: i64,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT a.id FROM feedback_answers a \
         WHERE (a.words IS NOT NULL OR a.contact_me = 1) AND a.id > $1 ORDER BY a.id LIMIT 1 OFFSET $2",
    )
    .bind(newest_shown)
    .bind(page)
    .fetch_optional(&mut *conn)
    .await?)
}

/// The occasions a client has answered (or skipped) with the day of the answer.
pub async fn participation_of(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<(Occasion, NaiveDate)>, StoreError> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT occasion, answered_on FROM participation_answers WHERE client_id = $1")
            .bind(client_id)
            .fetch_all(&mut *conn)
            .await?;
    rows.into_iter()
        .map(|(occasion, on)| {
            let occasion = Occasion::parse(&occasion)
                .ok_or_else(|| StoreError::Corrupt(format!("occasion {occasion}")))?;
            Ok((occasion, parse_date(&on)?))
        })
        .collect()
}

/// Stores the participation answers of one occasion; a second time is a unique violation.
pub async fn insert_participation(
    conn: &mut AnyConnection,
    client_id: i64,
    occasion: Occasion,
    answer: ParticipationAnswer,
    answered_on: NaiveDate,
    (by, at): (&Actor, i64),
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO participation_answers (client_id, occasion, process_score, heard_score, choice_score, \
         answered_on, answered_by, answered_by_role, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(client_id)
    .bind(occasion.code())
    .bind(answer.process.map(Score::value))
    .bind(answer.heard.map(Score::value))
    .bind(answer.choice.map(Score::value))
    .bind(date_text(answered_on))
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Answers given for the client by someone else: who, when, and to which provider (`None` for
/// the process and participation questions), newest first.
pub async fn answered_by_others(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<(Actor, i64, Option<String>)>, StoreError> {
    let rows: Vec<(String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT a.answered_by, a.answered_by_role, a.answered_at, p.name FROM feedback_answers a \
         JOIN providers p ON p.id = a.provider_id \
         WHERE a.client_id = $1 AND a.answered_by_role IS NOT NULL AND a.answered_by_role <> 'client' \
         UNION ALL \
         SELECT answered_by, answered_by_role, answered_at, NULL FROM participation_answers \
         WHERE client_id = $1 AND answered_by_role <> 'client'",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(name, role, at, provider)| (Actor { name, role }, at, provider)).collect())
}
