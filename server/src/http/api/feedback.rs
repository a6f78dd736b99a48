//! Feedback through the API: a client's invitations and answers (B18), visit codes and the
//! answers given with them (B20), and a provider's public aggregates (B19).

use app::access::LookedAt;
use app::feedback::{FeedbackSummary, Invitation, VisitCode};
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::auth::{may_act, open_client, Caller};
use super::error::{ApiError, ErrorBody};
use super::input::{self, ApiJson, ApiPath};
use crate::http::{limits, AppState};
use crate::rules::feedback::{Answer, FeedbackRefusal};
use crate::services::access::Act;
use crate::services::feedback::{self, FeedbackError};

impl From<FeedbackError> for ApiError {
    fn from(error: FeedbackError) -> ApiError {
        match error {
            FeedbackError::Store(e) => e.into(),
            FeedbackError::NotFound => ApiError::not_found("invitation or visit code"),
            FeedbackError::Refused(FeedbackRefusal::AlreadyAnswered) => {
                ApiError::new(StatusCode::CONFLICT, error.code(), error.to_string())
            }
            other => ApiError::refused(other.code(), other.to_string()),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/clients/{client_id}/feedback-invitations", tag = "feedback",
    security(("bearer" = []), ("session" = [])),
    params(("client_id" = i64, Path)),
    responses(
        (status = 200, description = "The invitations open today, the latest service first", body = [Invitation]),
        (status = 404, description = "No such client, or not one this caller may see", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
pub async fn invitations(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(client_id): ApiPath<i64>,
) -> Result<Json<Vec<Invitation>>, ApiError> {
    open_client(&state, &caller, client_id, &LookedAt::FeedbackInvitations).await?;
    Ok(Json(feedback::open_invitations(&state.db, client_id, state.clock.today()).await?))
}

/// An answer: a face from 1 (very bad) to 5 (very good), optional words, optional contact.
#[derive(Deserialize, ToSchema)]
pub struct AnswerBody {
    #[schema(example = 4)]
    pub score: Option<i64>,
    /// At most 2000 characters. Only the organiser reads them (B19).
    #[serde(default)]
    pub words: String,
    /// "Please contact me": only with an invitation, never with a visit code.
    #[serde(default)]
    pub contact_me: bool,
}

impl From<AnswerBody> for Answer {
    fn from(body: AnswerBody) -> Answer {
        Answer { score: body.score, words: body.words, contact_me: body.contact_me }
    }
}

#[utoipa::path(post, path = "/api/v1/feedback/{invitation_id}", tag = "feedback", request_body = AnswerBody,
    security(("session" = [])),
    params(("invitation_id" = i64, Path)),
    responses(
        (status = 201, description = "Answered; the invitation as it is now", body = Invitation),
        (status = 404, description = "No such invitation for a client this person may act for", body = ErrorBody),
        (status = 409, description = "already-answered: one answer each (B18)", body = ErrorBody),
        (status = 422, description = "score-missing, words-too-long or invitation-expired", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
pub async fn answer(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(invitation_id): ApiPath<i64>,
    ApiJson(body): ApiJson<AnswerBody>,
) -> Result<(StatusCode, Json<Invitation>), ApiError> {
    // Feedback is a person's own voice: the client's, or a relative's who acts for them.
    if !matches!(caller, Caller::Person(_)) {
        return Err(ApiError::forbidden());
    }
    let client_id =
        feedback::owner_of_invitation(&state.db, invitation_id).await?.ok_or(FeedbackError::NotFound)?;
    may_act(&state, &caller, client_id, Act::AnswerFeedback).await.map_err(|_| FeedbackError::NotFound)?;
    let today = state.clock.today();
    feedback::answer(&state.db, client_id, invitation_id, &body.into(), &caller.reader().actor(), today)
        .await?;
    let invitation = feedback::invitation(&state.db, client_id, invitation_id, today).await?;
    Ok((StatusCode::CREATED, Json(invitation.ok_or(FeedbackError::NotFound)?)))
}

#[derive(Deserialize, ToSchema)]
pub struct VisitCodeBody {
    /// The service of the visit.
    #[schema(example = "day-activities")]
    pub product: String,
}

#[utoipa::path(post, path = "/api/v1/visit-codes", tag = "provider", request_body = VisitCodeBody,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "A one-time code, valid 7 days; open /f/{code} to answer", body = VisitCode),
        (status = 422, description = "product-not-offered", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
pub async fn make_visit_code(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<VisitCodeBody>,
) -> Result<(StatusCode, Json<VisitCode>), ApiError> {
    let provider_id = caller.require_provider()?;
    let service = input::product(&body.product)?;
    let label = caller.reader().actor().name;
    let code =
        feedback::make_visit_code(&state.db, provider_id, service, &label, state.clock.today()).await?;
    Ok((StatusCode::CREATED, Json(code)))
}

#[derive(Serialize, ToSchema)]
pub struct Thanks {
    #[schema(example = "received")]
    pub status: &'static str,
}

/// The answer to a flood: wait and try again.
pub fn too_many_tries() -> Response {
    let mut response = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate-limited",
        "too many tries from this place or on this code; wait a minute",
    )
    .into_response();
    response.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
    response
}

#[utoipa::path(post, path = "/api/v1/visit-feedback/{code}", tag = "feedback", request_body = AnswerBody,
    params(("code" = String, Path, description = "The visit code, in any case, spaces allowed")),
    responses(
        (status = 201, description = "Received; the code is used up", body = Thanks),
        (status = 404, description = "No such code", body = ErrorBody),
        (status = 409, description = "already-answered: the code was used", body = ErrorBody),
        (status = 422, description = "score-missing, words-too-long or code-expired", body = ErrorBody),
        (status = 429, description = "rate-limited: too many tries from one place or on one code", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
pub async fn visit_answer(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
    request: Request,
) -> Response {
    match limits::allow_answer(&state.db, limits::place(request.extensions()), &code).await {
        Ok(true) => {}
        Ok(false) => return too_many_tries(),
        Err(error) => return ApiError::from(error).into_response(),
    }
    let ApiJson(body) =
        match <ApiJson<AnswerBody> as FromRequest<AppState>>::from_request(request, &state).await {
            Ok(body) => body,
            Err(error) => return error.into_response(),
        };
    match feedback::answer_visit(&state.db, &code, &body.into(), state.clock.today()).await {
        Ok(()) => (StatusCode::CREATED, Json(Thanks { status: "received" })).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[utoipa::path(get, path = "/api/v1/providers/{id}/feedback-summary", tag = "providers",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "Average, count and distribution overall and per service; \
            empty below five answers (B19)", body = FeedbackSummary),
        (status = 404, description = "No such provider", body = ErrorBody)))]
pub async fn summary(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<FeedbackSummary>, ApiError> {
    Ok(Json(feedback::summary(&state.db, id).await?.ok_or_else(|| ApiError::not_found("provider"))?))
}
