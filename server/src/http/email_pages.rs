//! `/email`: a person's e-mail address for messages and the themes that come by e-mail; the
//! link that verifies an address; for the organiser, what did not arrive.

use std::collections::BTreeMap;

use app::context::{FieldError, FormFlash, FormId, PageData};
use app::messages::{email_fields as fields, EmailNews, Theme, MAX_ADDRESS};
use app::paths;
use app::role::Role;
use axum::response::{IntoResponse, Redirect};

use super::session;
use super::visit::{PageResult, SignedIn, Visit};
use crate::services::email::{self, SaveError};

fn with_news(news: EmailNews) -> String {
    format!("{}?news={}#news", paths::EMAIL, news.code())
}

/// `/email`: the address, where it stands and the themes; for the organiser, the failures.
pub async fn page(SignedIn { visit, account }: SignedIn) -> PageResult {
    if Theme::of_role(account.role).is_empty() && account.role != Role::Organiser {
        return Ok(visit.not_found().await);
    }
    let news = visit.query_value("news").as_deref().and_then(EmailNews::parse);
    let off = visit.state.mailer.is_none();
    let page = email::page(&visit.state.db, &account, off, news).await?;
    Ok(visit.page(PageData::Email(Box::new(page))).await)
}

/// POST `/email`: saves the choices and sends a link to a new address, or brings the form back
/// filled in with the error beside the address.
pub async fn save(SignedIn { visit, account }: SignedIn, body: String) -> PageResult {
    if Theme::of_role(account.role).is_empty() {
        return Ok(visit.not_found().await);
    }
    let Some(mailer) = visit.state.mailer.clone() else {
        return Ok(Redirect::to(paths::EMAIL).into_response());
    };
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let value =
        |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let ticked: Vec<String> =
        pairs.iter().filter(|(k, _)| k == fields::THEME).map(|(_, v)| v.clone()).collect();
    let themes = email::chosen_themes(&account, &ticked);
    let message_id =
        match email::save(&visit.state.db, &mailer, &account, &value(fields::ADDRESS), &themes).await {
            Ok(news) => return Ok(Redirect::to(&with_news(news)).into_response()),
            Err(SaveError::Address(error)) => error.message_id(),
            Err(SaveError::NotSent(error)) => {
                tracing::warn!(%error, "a verification e-mail could not be sent");
                "email-error-not-sent"
            }
            Err(SaveError::Store(error)) => return Err(error.into()),
        };
    let values = BTreeMap::from([
        (fields::ADDRESS.to_string(), value(fields::ADDRESS)),
        (fields::THEME.to_string(), ticked.join(",")),
    ]);
    let error = FieldError::new(fields::ADDRESS, message_id).with("most", MAX_ADDRESS);
    session::set_flash(&visit.session, FormFlash { form: FormId::Email, values, errors: vec![error] }).await;
    Ok(Redirect::to(paths::EMAIL).into_response())
}

/// POST `/email/remove`: no more e-mail; messages still come to the portal.
pub async fn remove(SignedIn { visit, account }: SignedIn) -> PageResult {
    email::remove(&visit.state.db, &account).await?;
    Ok(Redirect::to(&with_news(EmailNews::Removed)).into_response())
}

/// GET `/email/verify?token=`: the link in the e-mail. It may be opened on another device than
/// the one signed in: the address is verified either way, and the page says so after sign-in.
pub async fn verify(visit: Visit) -> PageResult {
    let token = visit.query_value("token").unwrap_or_default();
    let news = if !token.is_empty() && email::verify(&visit.state.db, &token).await? {
        EmailNews::Verified
    } else {
        EmailNews::LinkOld
    };
    Ok(Redirect::to(&with_news(news)).into_response())
}
