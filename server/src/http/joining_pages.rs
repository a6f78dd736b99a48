//! Joining the registry: the applicant's form and page, and the organiser's review.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId, PageData};
use app::joining::{fields, ApplicationPage};
use app::paths;
use app::role::Role;
use axum::extract::Path;
use axum::http::Extensions;
use axum::response::{IntoResponse, Redirect};

use super::visit::{PageResult, SignedIn, Visit};
use super::{limits, session};
use crate::services::joining::{self, JoinError, NotNow};

fn form_of(body: &str) -> BTreeMap<String, String> {
    form_urlencoded::parse(body.as_bytes()).into_owned().collect()
}

async fn back_with(visit: &Visit, form: FormId, values: BTreeMap<String, String>, errors: Vec<JoinError>) {
    let errors = errors.iter().map(|e| FieldError::new(e.field(), e.message_id())).collect();
    session::set_flash(&visit.session, FormFlash { form, values, errors }).await;
}

/// `/join`: the application form, for anyone.
pub async fn join_form(visit: Visit) -> PageResult {
    Ok(visit.page(PageData::Join(Box::default())).await)
}

/// POST `/join`: sends the application and goes to its own page, or brings the form back
/// filled in with each error beside its field.
pub async fn apply(visit: Visit, extensions: Extensions, body: String) -> PageResult {
    let form = form_of(&body);
    if !limits::allow_application(&visit.state.db, limits::place(&extensions)).await? {
        let errors = vec![FieldError::new("", "join-error-too-many")];
        session::set_flash(&visit.session, FormFlash { form: FormId::Join, values: form, errors }).await;
        return Ok(Redirect::to(paths::JOIN).into_response());
    }
    let lang = visit.ctx.prefs.lang.code();
    let state = &visit.state;
    match joining::apply(&state.db, &state.identity, &form, lang, visit.today()).await? {
        Ok(secret) => Ok(Redirect::to(&format!("{}?sent", paths::application(&secret))).into_response()),
        Err(errors) => {
            back_with(&visit, FormId::Join, form, errors).await;
            Ok(Redirect::to(paths::JOIN).into_response())
        }
    }
}

/// `/join/{secret}`: where the application stands, for whoever holds its link.
pub async fn application(Path(secret): Path<String>, visit: Visit) -> PageResult {
    match joining::application_page(&visit.state.db, &secret).await? {
        Some(page) => {
            let page = ApplicationPage { just_sent: visit.query_value("sent").is_some(), ..page };
            Ok(visit.page(PageData::Application(Box::new(page))).await)
        }
        None => Ok(visit.not_found().await),
    }
}

/// POST `/join/{secret}`: the application changed as the organiser asked.
pub async fn answer(Path(secret): Path<String>, visit: Visit, body: String) -> PageResult {
    let form = form_of(&body);
    let lang = visit.ctx.prefs.lang.code();
    let state = &visit.state;
    let back = paths::application(&secret);
    match joining::answer(&state.db, &state.identity, &secret, &form, lang, visit.today()).await? {
        None => Ok(visit.not_found().await),
        Some(Ok(())) => Ok(Redirect::to(&format!("{back}?sent")).into_response()),
        Some(Err(errors)) => {
            back_with(&visit, FormId::Join, form, errors).await;
            Ok(Redirect::to(&back).into_response())
        }
    }
}

/// `/applications`: the organiser's list of applications.
pub async fn applications(signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    let page = joining::applications_page(&visit.state.db).await?;
    Ok(visit.page(PageData::Applications(Box::new(page))).await)
}

/// `/applications/{id}`: one application to review.
pub async fn review(Path(id): Path<i64>, signed_in: SignedIn) -> PageResult {
    let (visit, _) = signed_in.only(Role::Organiser).await?;
    match joining::review_page(&visit.state.db, id).await? {
        Some(page) => Ok(visit.page(PageData::Review(Box::new(page))).await),
        None => Ok(visit.not_found().await),
    }
}

/// POST `/applications/{id}/ask`: asks the applicant for more.
pub async fn ask(Path(id): Path<i64>, signed_in: SignedIn, body: String) -> PageResult {
    let (visit, account) = signed_in.only(Role::Organiser).await?;
    let form = form_of(&body);
    let question = form.get(fields::QUESTION).map(|q| q.trim()).unwrap_or("");
    let back = paths::review(id);
    let error = if question.is_empty() {
        Some(FieldError::new(fields::QUESTION, "review-error-question"))
    } else {
        let db = &visit.state.db;
        match joining::ask(db, &account.display_name, id, question, visit.today()).await? {
            Ok(()) => None,
            Err(_) => Some(FieldError::new("", "review-error-moved")),
        }
    };
    if let Some(error) = error {
        let flash = FormFlash { form: FormId::ApplicationReview, values: form, errors: vec![error] };
        session::set_flash(&visit.session, flash).await;
    }
    Ok(Redirect::to(&back).into_response())
}

/// POST `/applications/{id}/accept`: the provider enters the registry.
pub async fn accept(Path(id): Path<i64>, signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Organiser).await?;
    let back = paths::review(id);
    let outcome = joining::accept(&visit.state.db, &account.display_name, id, visit.today()).await?;
    if let Err(why) = outcome {
        let message = match why {
            NotNow::Moved => "review-error-moved",
            NotNow::PersonHasSignIn => "review-error-has-sign-in",
        };
        let errors = vec![FieldError::new("", message)];
        session::set_flash(
            &visit.session,
            FormFlash { form: FormId::ApplicationReview, values: BTreeMap::new(), errors },
        )
        .await;
    }
    Ok(Redirect::to(&back).into_response())
}
