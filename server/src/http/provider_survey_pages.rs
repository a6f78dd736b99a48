//! Working with the organiser: a provider's answers twice a year. Only a provider's sign-in.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId, PageData};
use app::paths;
use app::role::Role;
use axum::response::{IntoResponse, Redirect};

use super::session;
use super::visit::{PageResult, SignedIn};
use crate::clock::now_unix;
use crate::services::provider_survey;

/// `/provider-survey`: the questions for this half of the year, with the answer given so far.
pub async fn page(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let saved = visit.query_value("saved").is_some();
    let page = provider_survey::page(&visit.state.db, provider_id, visit.today(), saved).await?;
    Ok(visit.page(PageData::ProviderSurvey(Box::new(page))).await)
}

/// POST `/provider-survey`: keeps the answer for this half, or brings the form back filled in
/// with each error beside its question.
pub async fn answer(signed_in: SignedIn, body: String) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    match provider_survey::check(&form, visit.today()) {
        Ok(answer) => {
            provider_survey::save(
                &visit.state.db,
                provider_id,
                &answer,
                visit.today(),
                &account.display_name,
                now_unix(),
            )
            .await?;
            Ok(Redirect::to(&format!("{}?saved", paths::PROVIDER_SURVEY)).into_response())
        }
        Err(errors) => {
            let errors = errors.iter().map(|e| FieldError::new(e.field(), e.message_id())).collect();
            session::set_flash(
                &visit.session,
                FormFlash { form: FormId::ProviderSurvey, values: form, errors },
            )
            .await;
            Ok(Redirect::to(paths::PROVIDER_SURVEY).into_response())
        }
    }
}
