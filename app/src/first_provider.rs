//! Choosing the first provider of a service the decision has and no provider gives yet (a new
//! client's, or one an accepted proposal added): the agreement is made from the client's choice,
//! from the next day or the day the decision begins.

use serde::{Deserialize, Serialize};

use crate::feedback::Feedback;

/// A service of the decision with no provider, and the first day one could start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedsProvider {
    pub product: String,
    /// "YYYY-MM-DD".
    pub first_day: String,
}

/// A provider that could give the service: active, offering it, serving the client's
/// municipality.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub provider_id: i64,
    pub name: String,
    pub unit_price: String,
    pub feedback: Feedback,
}

/// `/first-provider`: the services with no provider; with `?product=` the providers to choose
/// from; with `&provider=` the choice to confirm. `chosen` once made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstProviderPage {
    pub needing: Vec<NeedsProvider>,
    /// The service being chosen for, when it needs a provider.
    pub product: Option<NeedsProvider>,
    pub candidates: Vec<Candidate>,
    /// The provider to confirm.
    pub confirm: Option<Candidate>,
    /// Why the choice cannot be made: a message id, said beside the choices.
    pub error: Option<String>,
    /// Just made: the service, the provider and the first day.
    pub chosen: Option<(String, String, String)>,
}

/// The fields of the choice.
pub mod fields {
    pub const PRODUCT: &str = "product";
    pub const PROVIDER: &str = "provider";
    /// Present once the list of providers was sent, chosen or not.
    pub const CHECK: &str = "check";
}
