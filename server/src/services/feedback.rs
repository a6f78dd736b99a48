//! Feedback: a client's invitations and answers (B18), visit codes at the service place (B20),
//! the aggregates anyone may see (B19), the organiser's list of words and contact requests, and
//! the process and participation questions.

use app::feedback::{
    Comment, CommentsPage, FeedbackSummary, Invitation, InvitationState as StateView,
    Occasion as OccasionView, PageStart, ServiceFeedback, VisitCode,
};
use chrono::{Days, NaiveDate};
use rand::Rng;

use crate::clock::now_unix;
use crate::rules::feedback::{
    self as rules, check_invitation_answer, check_visit_answer, invitation_state, normalise_code, Answer,
    FeedbackRefusal, InvitationState, Occasion, ParticipationAnswer, CODE_ALPHABET, CODE_LENGTH,
};
use crate::rules::Product;
use crate::services::providers::public_feedback;
use crate::store::budget::date_text;
use crate::store::changes::{self as change_rows, Actor};
use crate::store::feedback::{self as rows, InvitationRow, NewAnswer};
use crate::store::{providers, Db, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    /// Not this client's invitation, or no such invitation or code: the same from outside.
    #[error("no such invitation or visit code")]
    NotFound,
    #[error("the provider does not offer this service")]
    ServiceNotOffered,
    #[error("{0}")]
    Refused(FeedbackRefusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for FeedbackError {
    fn from(error: sqlx::Error) -> Self {
        FeedbackError::Store(error.into())
    }
}

impl FeedbackError {
    pub fn code(&self) -> &'static str {
        match self {
            FeedbackError::NotFound => "not-found",
            FeedbackError::ServiceNotOffered => "product-not-offered",
            FeedbackError::Refused(refusal) => refusal.code(),
            FeedbackError::Store(_) => "internal",
        }
    }
}

fn is_unique_violation(error: &StoreError) -> bool {
    matches!(error, StoreError::Sqlx(sqlx::Error::Database(e)) if e.is_unique_violation())
}

fn view(row: &InvitationRow, today: NaiveDate) -> Invitation {
    let state = match invitation_state(row.opened_on, row.answered, today) {
        InvitationState::Open { .. } => StateView::Open,
        InvitationState::Answered => StateView::Answered,
        InvitationState::Expired => StateView::Expired,
    };
    Invitation {
        id: row.id,
        provider_id: row.provider_id,
        provider: row.provider_name.clone(),
        services: row.services.iter().map(|p| p.code().to_string()).collect(),
        service_day: date_text(row.service_day),
        open_until: date_text(rules::last_day_open(row.opened_on)),
        state,
    }
}

/// The client's invitations that are still open today.
pub async fn open_invitations(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
) -> Result<Vec<Invitation>, StoreError> {
    let since = today - Days::new(rules::OPEN_DAYS - 1);
    let mut conn = db.pool.acquire().await?;
    let all = rows::invitations_of(&mut conn, client_id, since).await?;
    Ok(all.iter().map(|row| view(row, today)).filter(|i| i.state == StateView::Open).collect())
}

/// One of the client's invitations, whatever its state.
pub async fn invitation(
    db: &Db,
    client_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<Option<Invitation>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    Ok(rows::find_invitation(&mut conn, client_id, id).await?.map(|row| view(&row, today)))
}

/// Whose invitation this is, if anyone's.
pub async fn owner_of_invitation(db: &Db, id: i64) -> Result<Option<i64>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    rows::client_of_invitation(&mut conn, id).await
}

/// B18: the one answer to an invitation. Two answers at once: the database keeps the first.
pub async fn answer(
    db: &Db,
    client_id: i64,
    id: i64,
    given: &Answer,
    by: &Actor,
    today: NaiveDate,
) -> Result<(), FeedbackError> {
    let mut tx = db.pool.begin().await?;
    let row = rows::find_invitation(&mut tx, client_id, id).await?.ok_or(FeedbackError::NotFound)?;
    let checked = check_invitation_answer(invitation_state(row.opened_on, row.answered, today), given)
        .map_err(FeedbackError::Refused)?;
    let stored = rows::insert_answer(
        &mut tx,
        &NewAnswer {
            provider_id: row.provider_id,
            client_id: Some(client_id),
            // The day's first service carries the answer in the per-service counts.
            service: row.services[0],
            score: checked.score,
            given_on: today,
            invitation_id: Some(row.id),
            visit_code_id: None,
            words: checked.words.as_deref(),
            contact_me: checked.contact_me,
            answered_by: Some((by, now_unix())),
        },
    )
    .await;
    match stored {
        Err(e) if is_unique_violation(&e) => Err(FeedbackError::Refused(FeedbackRefusal::AlreadyAnswered)),
        Err(e) => Err(e.into()),
        Ok(()) => Ok(tx.commit().await?),
    }
}

fn new_code() -> String {
    let mut rng = rand::thread_rng();
    (0..CODE_LENGTH).map(|_| char::from(CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())])).collect()
}

/// B20: a new one-time code for a visit to `provider_id` for `service`.
pub async fn make_visit_code(
    db: &Db,
    provider_id: i64,
    service: Product,
    made_by: &str,
    today: NaiveDate,
) -> Result<VisitCode, FeedbackError> {
    let mut conn = db.pool.acquire().await?;
    let offers = providers::offered_products(&mut conn, provider_id).await?;
    if !offers.contains(&service) {
        return Err(FeedbackError::ServiceNotOffered);
    }
    let provider = providers::name_of(&mut conn, provider_id).await?.ok_or(FeedbackError::NotFound)?;
    let valid_until = rules::visit_code_valid_until(today);
    // 29^8 codes: a clash is rare, and the unique constraint turns it into another try.
    for _ in 0..5 {
        let code = new_code();
        match rows::insert_visit_code(&mut conn, &code, provider_id, service, today, valid_until, made_by)
            .await
        {
            Ok(()) => {
                return Ok(VisitCode {
                    path: app::paths::kiosk(&code),
                    code,
                    product: service.code().to_string(),
                    provider,
                    valid_until: date_text(valid_until),
                })
            }
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(FeedbackError::Store(StoreError::Corrupt("no free visit code after five tries".into())))
}

/// A code the provider made, to show again with its QR code; `None` for another's code.
pub async fn own_visit_code(db: &Db, provider_id: i64, typed: &str) -> Result<Option<VisitCode>, StoreError> {
    let Some(code) = normalise_code(typed) else { return Ok(None) };
    let mut conn = db.pool.acquire().await?;
    let row = rows::find_visit_code(&mut conn, &code).await?.filter(|r| r.provider_id == provider_id);
    Ok(row.map(|r| VisitCode {
        path: app::paths::kiosk(&r.code),
        code: r.code,
        product: r.service.code().to_string(),
        provider: r.provider_name,
        valid_until: date_text(r.valid_until),
    }))
}

/// The services a provider offers, for its visit-code page.
pub async fn offered(db: &Db, provider_id: i64) -> Result<(String, Vec<Product>), StoreError> {
    let mut conn = db.pool.acquire().await?;
    let name = providers::name_of(&mut conn, provider_id).await?.unwrap_or_default();
    Ok((name, providers::offered_products(&mut conn, provider_id).await?))
}

/// What a visit code is for, if it can still be answered.
pub struct Visit {
    pub code: String,
    pub provider: String,
    pub service: Product,
}

/// The visit behind a typed code, or why it cannot be answered.
pub async fn visit(db: &Db, typed: &str, today: NaiveDate) -> Result<Visit, FeedbackError> {
    let code = normalise_code(typed).ok_or(FeedbackError::NotFound)?;
    let mut conn = db.pool.acquire().await?;
    let row = rows::find_visit_code(&mut conn, &code).await?.ok_or(FeedbackError::NotFound)?;
    if row.used {
        return Err(FeedbackError::Refused(FeedbackRefusal::AlreadyAnswered));
    }
    if today > row.valid_until {
        return Err(FeedbackError::Refused(FeedbackRefusal::CodeExpired));
    }
    Ok(Visit { code: row.code, provider: row.provider_name, service: row.service })
}

/// B20: the one answer for a visit code. No client is linked, and no contact is taken.
pub async fn answer_visit(
    db: &Db,
    typed: &str,
    given: &Answer,
    today: NaiveDate,
) -> Result<(), FeedbackError> {
    let code = normalise_code(typed).ok_or(FeedbackError::NotFound)?;
    let mut tx = db.pool.begin().await?;
    let row = rows::find_visit_code(&mut tx, &code).await?.ok_or(FeedbackError::NotFound)?;
    let checked =
        check_visit_answer(row.valid_until, row.used, today, given).map_err(FeedbackError::Refused)?;
    let stored = rows::insert_answer(
        &mut tx,
        &NewAnswer {
            provider_id: row.provider_id,
            client_id: None,
            service: row.service,
            score: checked.score,
            given_on: today,
            invitation_id: None,
            visit_code_id: Some(row.id),
            words: checked.words.as_deref(),
            contact_me: false,
            answered_by: None,
        },
    )
    .await;
    match stored {
        Err(e) if is_unique_violation(&e) => Err(FeedbackError::Refused(FeedbackRefusal::AlreadyAnswered)),
        Err(e) => Err(e.into()),
        Ok(()) => Ok(tx.commit().await?),
    }
}

/// B19: a provider's feedback as anyone may see it, overall and per service.
pub async fn summary(db: &Db, provider_id: i64) -> Result<Option<FeedbackSummary>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    if providers::name_of(&mut conn, provider_id).await?.is_none() {
        return Ok(None);
    }
    let counts = rows::counts_by_service(&mut conn, provider_id).await?;
    let mut overall = [0; 5];
    for (_, distribution) in &counts {
        for (total, n) in overall.iter_mut().zip(distribution) {
            *total += n;
        }
    }
    Ok(Some(FeedbackSummary {
        provider_id,
        overall: public_feedback(overall),
        by_service: counts
            .into_iter()
            .map(|(p, d)| ServiceFeedback { product: p.code().to_string(), feedback: public_feedback(d) })
            .collect(),
    }))
}

/// How many answers the organiser's list shows on one page.
pub const COMMENTS_ON_A_PAGE: i64 = 25;

/// A page of the answers with own words or a contact request, newest first, for the organiser
/// (never for other clients or providers: B19): the newest, or those older than the answer
/// `before`. The ids are of the clients named, whose access logs get a line.
pub async fn comments(db: &Db, before: Option<i64>) -> Result<(CommentsPage, Vec<i64>), StoreError> {
    let mut conn = db.pool.acquire().await?;
    let mut rows = rows::comments(&mut conn, before, COMMENTS_ON_A_PAGE + 1).await?;
    let more = rows.len() as i64 > COMMENTS_ON_A_PAGE;
    rows.truncate(COMMENTS_ON_A_PAGE as usize);
    let older = if more { rows.last().map(|r| PageStart::Before(r.id)) } else { None };
    let newer = match (before, rows.first()) {
        (None, _) => None,
        (Some(_), Some(first)) => Some(
            rows::newer_comments_start(&mut conn, first.id, COMMENTS_ON_A_PAGE)
                .await?
                .map_or(PageStart::Newest, PageStart::Before),
        ),
        // Past the oldest answer: the way back is to the newest.
        (Some(_), None) => Some(PageStart::Newest),
    };
    let named = rows.iter().filter_map(|r| r.contact.as_ref().map(|(id, _)| *id)).collect();
    let comments = rows
        .into_iter()
        .map(|r| Comment {
            given_on: date_text(r.given_on),
            provider: r.provider_name,
            product: r.service.code().to_string(),
            score: r.score,
            words: r.words,
            contact: r.contact.map(|(_, name)| name),
            at_service_place: r.at_service_place,
        })
        .collect();
    let page = CommentsPage { comments, on_a_page: COMMENTS_ON_A_PAGE, newer, older };
    Ok((page, named))
}

/// The process and participation questions due today, if any.
pub async fn participation_due(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
) -> Result<Option<OccasionView>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let changes = change_rows::changes_of(&mut conn, client_id).await?;
    let in_force: Vec<(i64, NaiveDate)> =
        changes.iter().filter(|c| !c.cancelled).map(|c| (c.id, c.notice_on)).collect();
    let answered = rows::participation_of(&mut conn, client_id).await?;
    Ok(rules::participation_due(today, &in_force, &answered).map(|occasion| match occasion {
        Occasion::AfterChange(id) => OccasionView::AfterChange {
            code: occasion.code(),
            new_provider: changes
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.new_provider.clone())
                .unwrap_or_default(),
        },
        Occasion::Month(month) => OccasionView::Month { code: occasion.code(), month: month.to_string() },
    }))
}

/// Saves the answers (or the skip) for the occasion due. An occasion that is not due, or was
/// answered a moment ago in another tab, changes nothing.
pub async fn answer_participation(
    db: &Db,
    client_id: i64,
    occasion: &str,
    answer: ParticipationAnswer,
    by: &Actor,
    today: NaiveDate,
) -> Result<bool, StoreError> {
    let due = participation_due(db, client_id, today).await?;
    let Some(occasion) = due.filter(|d| d.code() == occasion).and_then(|d| Occasion::parse(d.code())) else {
        return Ok(false);
    };
    let mut conn = db.pool.acquire().await?;
    match rows::insert_participation(&mut conn, client_id, occasion, answer, today, (by, now_unix())).await {
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
        Ok(()) => Ok(true),
    }
}
