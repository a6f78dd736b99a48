//! "Who helps me": the client lets an experience expert see their portal for a few hours, and
//! ends it. Only the client: a relative cannot hand the client's portal on to someone else. And
//! the expert's "Hours of help", recorded for the clients who let them in.

use std::collections::BTreeMap;

use app::access::{fields, Expert, HelpGrant, HelpersPage};
use app::context::{FieldError, FormFlash, FormId, PageData};
use app::help_hours::Done;
use app::i18n::msg;
use app::paths;
use app::role::Role;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::pages::internal_error;
use super::visit::{not_found_answer, own_scope, Matters, PageResult, SignedIn};
use super::{session, AppState};
use crate::clock::{helsinki_day_and_time, now_unix};
use crate::services::expert_hours;
use crate::services::help::{self, HelpError};

/// `/helpers`: who can see the portal now, and the form to let an expert in. Only the client.
pub async fn helpers(Matters { visit, scope }: Matters) -> PageResult {
    if !scope.is_self() {
        return Ok(visit.not_found().await);
    }
    let done = visit.query_value("done").filter(|value| value == "granted" || value == "ended");
    let grants = help::running_for_client(&visit.state.db, scope.client_id, now_unix())
        .await?
        .into_iter()
        .map(|g| {
            let (ends_day, ends_time) = helsinki_day_and_time(g.ends_at);
            HelpGrant { id: g.id, helper: g.helper_name, ends_day, ends_time }
        })
        .collect();
    let experts = help::experts(&visit.state.db)
        .await?
        .into_iter()
        .map(|(account_id, name)| Expert { account_id, name })
        .collect();
    let page = HelpersPage { grants, experts, done };
    Ok(visit.page(PageData::Helpers(Box::new(page))).await)
}

/// POST `/helpers`: lets the chosen expert see the portal for the chosen hours.
pub async fn let_help(State(state): State<AppState>, session: Session, body: String) -> Response {
    let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let helper = form.get(fields::HELPER).and_then(|v| v.parse::<i64>().ok());
    let hours = form.get(fields::HOURS).and_then(|v| v.parse::<i64>().ok());
    let scope = match own_scope(&state, &session, paths::HELPERS).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    let granted = match (helper, hours) {
        (Some(helper), Some(hours)) => {
            help::grant(&state.db, scope.client_id, helper, hours, now_unix()).await
        }
        _ => Err(HelpError::UnknownHelper),
    };
    match granted {
        Ok(_) => Redirect::to(&format!("{}?done=granted", paths::HELPERS)).into_response(),
        Err(HelpError::UnknownHelper | HelpError::UnknownDuration) => {
            // Whatever was wrong, the person chooses again; their choices stay.
            let errors = vec![FieldError::new(fields::HELPER, msg("helpers-error-helper"))];
            session::set_flash(&session, FormFlash { form: FormId::Help, values: form, errors }).await;
            Redirect::to(paths::HELPERS).into_response()
        }
        Err(HelpError::Store(error)) => internal_error(error),
    }
}

/// POST `/helpers/{id}/end`: ends one running grant now.
pub async fn end_help(State(state): State<AppState>, Path(id): Path<i64>, session: Session) -> Response {
    let scope = match own_scope(&state, &session, paths::HELPERS).await {
        Ok(scope) => scope,
        Err(answer) => return answer,
    };
    match help::end(&state.db, scope.client_id, id, now_unix()).await {
        Ok(true) => Redirect::to(&format!("{}?done=ended", paths::HELPERS)).into_response(),
        // No such help of this client's.
        Ok(false) => not_found_answer(),
        Err(error) => internal_error(error),
    }
}

/// `/help-hours`: an experience expert's hours of help, and the form to record more.
pub async fn help_hours(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::ExperienceExpert).await?;
    let done = match (visit.query_value("saved"), visit.query_value("removed"), visit.query_value("restored"))
    {
        (Some(_), _, _) => Some(Done::Saved),
        (_, Some(id), _) => id.parse().ok().map(Done::Removed),
        (_, _, Some(_)) => Some(Done::Restored),
        _ => None,
    };
    let page = expert_hours::page(&visit.state.db, &account, now_unix(), visit.today(), done).await?;
    Ok(visit.page(PageData::HelpHours(Box::new(page))).await)
}

/// POST `/help-hours`: records the hours for a client who let the expert in lately, or brings
/// the form back filled in with each error beside its field.
pub async fn record_help_hours(signed_in: SignedIn, body: String) -> PageResult {
    let (visit, account) = signed_in.only(Role::ExperienceExpert).await?;
    let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let db = &visit.state.db;
    let clients = expert_hours::clients(db, &account, now_unix()).await?;
    match expert_hours::check(&form, &clients, visit.today()) {
        Ok(hours) => {
            expert_hours::record(db, &account, &hours, now_unix()).await?;
            Ok(Redirect::to(&format!("{}?saved", paths::HELP_HOURS)).into_response())
        }
        Err(errors) => {
            let errors = errors.iter().map(|e| FieldError::new(e.field(), e.message_id())).collect();
            session::set_flash(&visit.session, FormFlash { form: FormId::HelpHours, values: form, errors })
                .await;
            Ok(Redirect::to(paths::HELP_HOURS).into_response())
        }
    }
}

/// POST `/help-hours/{id}/remove`: takes back the expert's own hours written by mistake.
pub async fn remove_help_hours(signed_in: SignedIn, Path(id): Path<i64>) -> PageResult {
    let (visit, account) = signed_in.only(Role::ExperienceExpert).await?;
    if expert_hours::remove(&visit.state.db, &account, id, visit.today(), now_unix()).await? {
        Ok(Redirect::to(&format!("{}?removed={id}", paths::HELP_HOURS)).into_response())
    } else {
        // Another's hours, gone already, or too old to take back: none the expert may remove.
        Ok(visit.not_found().await)
    }
}

/// POST `/help-hours/{id}/restore`: undoes a removal made by mistake.
pub async fn restore_help_hours(signed_in: SignedIn, Path(id): Path<i64>) -> PageResult {
    let (visit, account) = signed_in.only(Role::ExperienceExpert).await?;
    if expert_hours::restore(&visit.state.db, &account, id, visit.today()).await? {
        Ok(Redirect::to(&format!("{}?restored", paths::HELP_HOURS)).into_response())
    } else {
        Ok(visit.not_found().await)
    }
}
