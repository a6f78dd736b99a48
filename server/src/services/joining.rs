//! A provider joins the registry (issue 24, decision 0041): it applies with a form, follows its
//! application by a link only it holds, answers when the organiser asks for more, and once
//! accepted is in Find a provider and signs in with its contact person's strong identification.
//! Every step is logged for both sides to see.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use app::joining::{
    fields, ApplicationPage, ApplicationState, ApplicationSummary, ApplicationsPage, ReviewPage,
};
use app::providers::{Location, ACCESSIBILITY_FEATURES, STAFF_LANGUAGES};
use app::role::Role;

use crate::identity::code::{self, CodeError, IdentityCode};
use crate::identity::Identity;
use crate::rules::{bank, Money, Product};
use crate::services::api_tokens::{hash, random_secret};
use crate::services::decision_form::parse_euros;
use crate::store::accounts;
use crate::store::applications::{self, Application};
use crate::store::identity_links;
use crate::store::providers::{self, ProviderData};
use crate::store::{Db, StoreError};

/// What is wrong with an application, each beside its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinError {
    Name,
    BusinessId,
    Municipality,
    ContactName,
    Code(CodeError),
    Email,
    /// A price that is not an amount of euros, on the service's own field.
    Price(Product),
    NoService,
    PlaceName,
    PlaceAddress,
    PostalCode,
    PlaceMunicipality,
    Language,
    Iban,
    Bic,
    Permit,
}

impl JoinError {
    pub fn field(self) -> String {
        match self {
            JoinError::Name => fields::NAME.into(),
            JoinError::BusinessId => fields::BUSINESS_ID.into(),
            JoinError::Municipality => fields::MUNICIPALITY.into(),
            JoinError::ContactName => fields::CONTACT_NAME.into(),
            JoinError::Code(_) => fields::CONTACT_CODE.into(),
            JoinError::Email => fields::EMAIL.into(),
            JoinError::Price(product) => fields::price(product.code()),
            JoinError::NoService => fields::price(Product::ALL[0].code()),
            JoinError::PlaceName => fields::PLACE_NAME.into(),
            JoinError::PlaceAddress => fields::PLACE_ADDRESS.into(),
            JoinError::PostalCode => fields::PLACE_POSTAL_CODE.into(),
            JoinError::PlaceMunicipality => fields::PLACE_MUNICIPALITY.into(),
            JoinError::Language => fields::language(STAFF_LANGUAGES[0]),
            JoinError::Iban => fields::IBAN.into(),
            JoinError::Bic => fields::BIC.into(),
            JoinError::Permit => fields::PERMIT.into(),
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            JoinError::Name => "join-error-name",
            JoinError::BusinessId => "join-error-business-id",
            JoinError::Municipality => "join-error-municipality",
            JoinError::ContactName => "join-error-contact-name",
            JoinError::Code(CodeError::Missing) => "sign-in-of-error-code-missing",
            JoinError::Code(CodeError::Form) => "sign-in-of-error-code-form",
            JoinError::Code(CodeError::Check) => "sign-in-of-error-code-check",
            JoinError::Email => "join-error-email",
            JoinError::Price(_) => "join-error-price",
            JoinError::NoService => "join-error-no-service",
            JoinError::PlaceName => "join-error-place-name",
            JoinError::PlaceAddress => "join-error-place-address",
            JoinError::PostalCode => "join-error-postal-code",
            JoinError::PlaceMunicipality => "join-error-place-municipality",
            JoinError::Language => "join-error-language",
            JoinError::Iban => "join-error-iban",
            JoinError::Bic => "join-error-bic",
            JoinError::Permit => "join-error-permit",
        }
    }
}

/// An application that passed every check: the registry entry it makes and the bank details.
#[derive(Clone, Debug)]
pub struct Checked {
    pub data: ProviderData,
    pub municipality: String,
    pub business_id: String,
    pub iban: String,
    pub bic: String,
    /// The contact person's code, when one was typed (a changed application may keep the old).
    pub code: Option<IdentityCode>,
}

/// Checks the form; every wrong field is named, in the order of the form. The description is
/// kept in `lang`, the language it was written in.
pub fn check(
    values: &BTreeMap<String, String>,
    lang: &str,
    code_needed: bool,
) -> Result<Checked, Vec<JoinError>> {
    let value = |name: &str| values.get(name).map(|v| v.trim()).unwrap_or("").to_string();
    let mut errors = Vec::new();
    let mut need = |ok: bool, error: JoinError| {
        if !ok {
            errors.push(error);
        }
    };
    let name = value(fields::NAME);
    need(!name.is_empty(), JoinError::Name);
    let business_id = value(fields::BUSINESS_ID);
    need(bank::business_id_is_valid(&business_id), JoinError::BusinessId);
    let municipality = value(fields::MUNICIPALITY);
    need(!municipality.is_empty(), JoinError::Municipality);
    need(!value(fields::CONTACT_NAME).is_empty(), JoinError::ContactName);
    let typed = value(fields::CONTACT_CODE);
    let code = match (typed.is_empty(), code_needed) {
        (true, false) => None,
        _ => match code::check(&typed) {
            Ok(code) => Some(code),
            Err(error) => {
                need(false, JoinError::Code(error));
                None
            }
        },
    };
    let email = value(fields::EMAIL);
    need(email.contains('@') && !email.contains(char::is_whitespace), JoinError::Email);
    let mut offers = Vec::new();
    for product in Product::ALL {
        let typed = value(&fields::price(product.code()));
        if typed.is_empty() {
            continue;
        }
        match parse_euros(&typed).filter(|p| *p > Money::ZERO) {
            Some(price) => offers.push((product, price, None)),
            None => need(false, JoinError::Price(product)),
        }
    }
    let prices_typed = Product::ALL.iter().any(|p| !value(&fields::price(p.code())).is_empty());
    need(prices_typed, JoinError::NoService);
    let place = Location {
        name: value(fields::PLACE_NAME),
        address: value(fields::PLACE_ADDRESS),
        postal_code: value(fields::PLACE_POSTAL_CODE),
        municipality: value(fields::PLACE_MUNICIPALITY),
        accessibility: ACCESSIBILITY_FEATURES
            .iter()
            .filter(|f| values.contains_key(&fields::feature(f)))
            .map(|f| f.to_string())
            .collect(),
    };
    need(!place.name.is_empty(), JoinError::PlaceName);
    need(!place.address.is_empty(), JoinError::PlaceAddress);
    need(
        place.postal_code.len() == 5 && place.postal_code.bytes().all(|b| b.is_ascii_digit()),
        JoinError::PostalCode,
    );
    need(!place.municipality.is_empty(), JoinError::PlaceMunicipality);
    let languages: Vec<String> = STAFF_LANGUAGES
        .iter()
        .filter(|l| values.contains_key(&fields::language(l)))
        .map(|l| l.to_string())
        .collect();
    need(!languages.is_empty(), JoinError::Language);
    let iban = bank::normal_iban(&value(fields::IBAN));
    need(bank::iban_is_valid(&iban), JoinError::Iban);
    let bic = value(fields::BIC).to_uppercase();
    need(bank::bic_is_valid(&bic), JoinError::Bic);
    need(!value(fields::PERMIT).is_empty(), JoinError::Permit);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut areas = vec![municipality.clone()];
    for area in value(fields::AREAS).split([',', ';', '\n']).map(str::trim).filter(|a| !a.is_empty()) {
        if !areas.iter().any(|a| a.eq_ignore_ascii_case(area)) {
            areas.push(area.to_string());
        }
    }
    let description = value(fields::DESCRIPTION);
    let phone = value(fields::PHONE);
    Ok(Checked {
        data: ProviderData {
            name,
            descriptions: (!description.is_empty())
                .then(|| (lang.to_string(), description))
                .into_iter()
                .collect(),
            phone: (!phone.is_empty()).then_some(phone),
            email: Some(email),
            website: None,
            areas,
            locations: vec![place],
            languages,
            offers,
            quality: None,
        },
        municipality,
        business_id,
        iban,
        bic,
        code,
    })
}

/// The form's fields as kept, with the language the description was written in: the identity
/// code never, only its hash beside them.
fn kept(values: &BTreeMap<String, String>, lang: &str) -> BTreeMap<String, String> {
    let mut kept: BTreeMap<String, String> = values
        .iter()
        .map(|(k, v)| (k.clone(), v.trim().to_string()))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    kept.remove(fields::CONTACT_CODE);
    kept.remove(app::context::FORM_FIELD);
    kept.insert(fields::LANG.to_string(), lang.to_string());
    kept
}

/// Sends an application; gives the secret of the link the applicant follows it by.
pub async fn apply(
    db: &Db,
    identity: &Identity,
    values: &BTreeMap<String, String>,
    lang: &str,
    today: NaiveDate,
) -> Result<Result<String, Vec<JoinError>>, StoreError> {
    let checked = match check(values, lang, true) {
        Ok(checked) => checked,
        Err(errors) => return Ok(Err(errors)),
    };
    let code = checked.code.expect("a code is needed to apply");
    let secret = random_secret();
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let id = applications::insert(&mut tx, &hash(&secret), &kept(values, lang), &identity.hash(&code), today)
        .await?;
    applications::log(&mut tx, id, today, &value_of(values, fields::CONTACT_NAME), "sent", None).await?;
    tx.commit().await?;
    Ok(Ok(secret))
}

fn value_of(values: &BTreeMap<String, String>, name: &str) -> String {
    values.get(name).map(|v| v.trim().to_string()).unwrap_or_default()
}

/// `/join/{secret}`: the application as its applicant sees it; none for a wrong secret.
pub async fn application_page(db: &Db, secret: &str) -> Result<Option<ApplicationPage>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(application) = applications::by_secret(&mut conn, &hash(secret)).await? else { return Ok(None) };
    let events = applications::events(&mut conn, application.id).await?;
    Ok(Some(ApplicationPage {
        secret: secret.to_string(),
        name: value_of(&application.values, fields::NAME),
        state: application.state,
        question: application.question,
        events,
        values: application.values,
        just_sent: false,
    }))
}

/// Why an application cannot be changed or acted on now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotNow {
    /// Someone else moved it first, or it was never in that state.
    Moved,
    /// The contact person's identity already opens another sign-in.
    PersonHasSignIn,
}

/// The applicant's changed form, after the organiser asked for more: back to the organiser.
pub async fn answer(
    db: &Db,
    identity: &Identity,
    secret: &str,
    values: &BTreeMap<String, String>,
    lang: &str,
    today: NaiveDate,
) -> Result<Option<Result<(), Vec<JoinError>>>, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let Some(application) = applications::by_secret(&mut tx, &hash(secret)).await? else { return Ok(None) };
    let checked = match check(values, lang, false) {
        Ok(checked) => checked,
        Err(errors) => return Ok(Some(Err(errors))),
    };
    let asked = ApplicationState::Asked;
    if !applications::move_state(&mut tx, application.id, asked, ApplicationState::Waiting, None).await? {
        return Ok(Some(Ok(())));
    }
    let identity_hash = checked.code.map_or(application.identity_hash, |c| identity.hash(&c));
    applications::replace_form(&mut tx, application.id, &kept(values, lang), &identity_hash).await?;
    let contact = value_of(values, fields::CONTACT_NAME);
    applications::log(&mut tx, application.id, today, &contact, "answered", None).await?;
    tx.commit().await?;
    Ok(Some(Ok(())))
}

/// `/applications`: the open ones first, then the accepted.
pub async fn applications_page(db: &Db) -> Result<ApplicationsPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let mut all = applications::all(&mut conn).await?;
    all.sort_by_key(|a| (a.state != ApplicationState::Waiting, a.state == ApplicationState::Accepted));
    Ok(ApplicationsPage {
        applications: all
            .into_iter()
            .map(|a| ApplicationSummary {
                id: a.id,
                name: value_of(&a.values, fields::NAME),
                sent_on: a.sent_on.to_string(),
                state: a.state,
            })
            .collect(),
    })
}

/// `/applications/{id}`: one application to review.
pub async fn review_page(db: &Db, id: i64) -> Result<Option<ReviewPage>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(a) = applications::by_id(&mut conn, id).await? else { return Ok(None) };
    let events = applications::events(&mut conn, id).await?;
    let prices = Product::ALL
        .iter()
        .filter_map(|p| {
            let price = a.values.get(&fields::price(p.code())).and_then(|v| parse_euros(v))?;
            Some((p.code().to_string(), price.to_string()))
        })
        .collect();
    Ok(Some(ReviewPage {
        id,
        state: a.state,
        question: a.question,
        events,
        values: a.values,
        prices,
        provider_id: a.provider_id,
    }))
}

/// The organiser asks the applicant for more: the question goes to the applicant's page.
pub async fn ask(
    db: &Db,
    organiser: &str,
    id: i64,
    question: &str,
    today: NaiveDate,
) -> Result<Result<(), NotNow>, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let (waiting, asked) = (ApplicationState::Waiting, ApplicationState::Asked);
    if !applications::move_state(&mut tx, id, waiting, asked, Some(question)).await? {
        return Ok(Err(NotNow::Moved));
    }
    applications::log(&mut tx, id, today, organiser, "asked", Some(question)).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The organiser accepts: the provider enters the registry with its services, place, areas,
/// languages and bank details, and its contact person's identity opens its sign-in. All of it
/// or nothing.
pub async fn accept(
    db: &Db,
    organiser: &str,
    id: i64,
    today: NaiveDate,
) -> Result<Result<i64, NotNow>, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let Some(application) = applications::by_id(&mut tx, id).await? else { return Ok(Err(NotNow::Moved)) };
    let Application { values, identity_hash, .. } = &application;
    let lang = values.get(fields::LANG).map(String::as_str).unwrap_or("fi");
    let Ok(checked) = check(values, lang, false) else {
        return Err(StoreError::Corrupt(format!("application {id} no longer passes its checks")));
    };
    if accounts::find_by_identity_hash(&mut *tx, identity_hash).await?.is_some() {
        return Ok(Err(NotNow::PersonHasSignIn));
    }
    if !applications::move_state(&mut tx, id, ApplicationState::Waiting, ApplicationState::Accepted, None)
        .await?
    {
        return Ok(Err(NotNow::Moved));
    }
    let provider_id = providers::insert(&mut tx, &checked.data.name, &checked.municipality).await?;
    providers::replace(&mut tx, provider_id, &checked.data, today).await?;
    providers::set_bank_details(&mut tx, provider_id, (&checked.business_id, &checked.iban, &checked.bic))
        .await?;
    let account_id =
        identity_links::insert_identified(&mut tx, Role::Provider, &checked.data.name, None, identity_hash)
            .await?;
    accounts::set_provider(&mut *tx, account_id, provider_id).await?;
    applications::set_provider(&mut tx, id, provider_id).await?;
    applications::log(&mut tx, id, today, organiser, "accepted", None).await?;
    tx.commit().await?;
    Ok(Ok(provider_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn good() -> Vec<(&'static str, &'static str)> {
        vec![
            (fields::NAME, "Koli Oy"),
            (fields::BUSINESS_ID, "1234567-1"),
            (fields::MUNICIPALITY, "Lieksa"),
            (fields::CONTACT_NAME, "Kalle Koli"),
            (fields::CONTACT_CODE, "010180-9026"),
            (fields::EMAIL, "kalle@koli.example"),
            ("price-day-activities", "70,00"),
            (fields::PLACE_NAME, "Tupa"),
            (fields::PLACE_ADDRESS, "Kolintie 5"),
            (fields::PLACE_POSTAL_CODE, "83960"),
            (fields::PLACE_MUNICIPALITY, "Lieksa"),
            ("language-fi", "on"),
            (fields::AREAS, "Nurmes, lieksa, Joensuu"),
            (fields::IBAN, "fi21 1234 5600 0007 85"),
            (fields::BIC, "ndeafihh"),
            (fields::PERMIT, "2018-0500"),
        ]
    }

    #[test]
    fn a_good_application_makes_a_registry_entry() {
        let checked = check(&form(&good()), "fi", true).expect("passes");
        assert_eq!(checked.data.areas, ["Lieksa", "Nurmes", "Joensuu"], "home first, each once");
        assert_eq!(checked.data.offers, [(Product::DayActivities, Money::from_cents(7000), None)]);
        assert_eq!((checked.iban.as_str(), checked.bic.as_str()), ("FI2112345600000785", "NDEAFIHH"));
        assert!(checked.code.is_some());
    }

    #[test]
    fn each_wrong_field_is_named_in_the_order_of_the_form() {
        let mut wrong = good();
        wrong.retain(|(k, _)| !["price-day-activities", "language-fi"].contains(k));
        wrong.push((fields::BUSINESS_ID, "1234567-2"));
        wrong.push((fields::CONTACT_CODE, "010180-902X"));
        wrong.push((fields::IBAN, "FI21 1234 5600 0007 86"));
        let errors = check(&form(&wrong), "fi", true).unwrap_err();
        assert_eq!(
            errors,
            [
                JoinError::BusinessId,
                JoinError::Code(CodeError::Check),
                JoinError::NoService,
                JoinError::Language,
                JoinError::Iban
            ]
        );
    }

    #[test]
    fn a_changed_application_may_keep_its_code_and_the_code_is_never_kept() {
        let mut changed = good();
        changed.retain(|(k, _)| *k != fields::CONTACT_CODE);
        assert!(check(&form(&changed), "fi", false).is_ok_and(|c| c.code.is_none()));
        assert!(check(&form(&changed), "fi", true).is_err(), "a new application needs it");
        let kept = kept(&form(&good()), "sv");
        assert!(!kept.contains_key(fields::CONTACT_CODE));
        assert_eq!(kept.get(fields::LANG).map(String::as_str), Some("sv"));
    }
}
