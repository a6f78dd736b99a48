//! A provider joins the registry: its application, where it stands, and the organiser's review.
//! The server fills these; `pages::join`, `pages::application` and `pages::applications` show
//! them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The application form's fields. Each price, accessibility feature and staff language has a
/// field of its own (`price-{service}`, `feature-{code}`, `language-{code}`).
pub mod fields {
    pub const NAME: &str = "name";
    pub const BUSINESS_ID: &str = "business-id";
    pub const MUNICIPALITY: &str = "municipality";
    pub const CONTACT_NAME: &str = "contact-name";
    pub const CONTACT_CODE: &str = "contact-code";
    pub const EMAIL: &str = "email";
    pub const PHONE: &str = "phone";
    pub const DESCRIPTION: &str = "description";
    pub const PLACE_NAME: &str = "place-name";
    pub const PLACE_ADDRESS: &str = "place-address";
    pub const PLACE_POSTAL_CODE: &str = "place-postal-code";
    pub const PLACE_MUNICIPALITY: &str = "place-municipality";
    pub const AREAS: &str = "areas";
    pub const IBAN: &str = "iban";
    pub const BIC: &str = "bic";
    pub const PERMIT: &str = "permit";
    /// The organiser's question when asking for more.
    pub const QUESTION: &str = "question";
    /// Kept beside the fields: the language the description was written in.
    pub const LANG: &str = "lang";

    pub fn price(product: &str) -> String {
        format!("price-{product}")
    }

    pub fn feature(code: &str) -> String {
        format!("feature-{code}")
    }

    pub fn language(code: &str) -> String {
        format!("language-{code}")
    }
}

/// Where an application stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ApplicationState {
    /// Sent (or answered), waiting for the organiser.
    Waiting,
    /// The organiser asked for more; waiting for the applicant.
    Asked,
    /// In the registry, with a sign-in.
    Accepted,
}

impl ApplicationState {
    pub fn code(self) -> &'static str {
        match self {
            ApplicationState::Waiting => "waiting",
            ApplicationState::Asked => "asked",
            ApplicationState::Accepted => "accepted",
        }
    }

    pub fn parse(code: &str) -> Option<ApplicationState> {
        [ApplicationState::Waiting, ApplicationState::Asked, ApplicationState::Accepted]
            .into_iter()
            .find(|s| s.code() == code)
    }

    /// The message id of where it stands, in a list.
    pub fn label_id(self) -> &'static str {
        match self {
            ApplicationState::Waiting => "application-state-waiting",
            ApplicationState::Asked => "application-state-asked",
            ApplicationState::Accepted => "application-state-accepted",
        }
    }
}

/// One step of an application, for both sides to see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationEvent {
    /// "YYYY-MM-DD".
    pub day: String,
    pub actor: String,
    /// "sent", "asked", "answered" or "accepted".
    pub what: String,
    pub note: Option<String>,
}

impl ApplicationEvent {
    pub fn label_id(&self) -> &'static str {
        match self.what.as_str() {
            "sent" => "application-event-sent",
            "asked" => "application-event-asked",
            "answered" => "application-event-answered",
            _ => "application-event-accepted",
        }
    }
}

/// `/join` and, asked for more, `/join/{secret}`: the application form. Filled in from what was
/// sent when the applicant changes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinPage {
    pub values: BTreeMap<String, String>,
}

/// `/join/{secret}`: the applicant's own view of the application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationPage {
    pub secret: String,
    pub name: String,
    pub state: ApplicationState,
    pub question: Option<String>,
    pub events: Vec<ApplicationEvent>,
    /// The form as sent, to change when asked for more.
    pub values: BTreeMap<String, String>,
    /// The applicant came here from sending it.
    pub just_sent: bool,
}

/// `/applications`: the organiser's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationsPage {
    /// The open ones first (waiting, then asked), then the accepted, the latest first in each.
    pub applications: Vec<ApplicationSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: i64,
    pub name: String,
    /// "YYYY-MM-DD".
    pub sent_on: String,
    pub state: ApplicationState,
}

/// `/applications/{id}`: one application to review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPage {
    pub id: i64,
    pub state: ApplicationState,
    pub question: Option<String>,
    pub events: Vec<ApplicationEvent>,
    pub values: BTreeMap<String, String>,
    /// Each service offered, by code, with its price in euros ("72.50").
    pub prices: Vec<(String, String)>,
    /// The provider's id in the registry once accepted.
    pub provider_id: Option<i64>,
}
