//! A provider's own workspace: the clients it serves. The server fills these; the pages in
//! `pages::our_clients` show them.

use serde::{Deserialize, Serialize};

/// `/our-clients`: the provider's agreements running today or still to begin, by client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OurClientsPage {
    pub provider: String,
    /// By client name.
    pub clients: Vec<OurClient>,
}

impl OurClientsPage {
    /// The agreements that begin after today, soonest first, with their client's name.
    pub fn starting(&self) -> Vec<(&str, &OurAgreement)> {
        let mut found = self.each_agreement().filter(|(_, a)| a.starts.is_some()).collect::<Vec<_>>();
        found.sort_by(|a, b| a.1.first_day.cmp(&b.1.first_day));
        found
    }

    /// The agreements that have a last day, soonest first, with their client's name.
    pub fn ending(&self) -> Vec<(&str, &OurAgreement)> {
        let mut found = self.each_agreement().filter(|(_, a)| a.last_day.is_some()).collect::<Vec<_>>();
        found.sort_by(|a, b| a.1.last_day.cmp(&b.1.last_day));
        found
    }

    fn each_agreement(&self) -> impl Iterator<Item = (&str, &OurAgreement)> {
        self.clients.iter().flat_map(|c| c.agreements.iter().map(move |a| (c.name.as_str(), a)))
    }
}

/// One client of the provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OurClient {
    pub name: String,
    pub agreements: Vec<OurAgreement>,
}

/// One agreement: a service the provider gives the client, from a day, perhaps until a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OurAgreement {
    /// The service's code.
    pub product: String,
    /// "YYYY-MM-DD".
    pub first_day: String,
    pub last_day: Option<String>,
    /// Set when the agreement begins after today.
    pub starts: Option<Arrival>,
    /// Set when the agreement has a last day: why it ends.
    pub ends: Option<Ending>,
}

/// How a client comes to the provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arrival {
    /// The client changes to this provider from another one.
    FromAnotherProvider,
    /// A new agreement.
    New,
}

/// Why an agreement has a last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ending {
    /// The client changes to another provider.
    ToAnotherProvider,
    /// The client leaves the personal budget (B17).
    LeavesBudget,
    /// The agreement was made until that day.
    AgreedEnd,
}

/// The most records `/our-records` lists for one month; the count says how many there are.
pub const RECORDS_SHOWN: i64 = 1_000;

/// `/our-records?month=YYYY-MM`: the records the provider reported for one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OurRecordsPage {
    /// "YYYY-MM".
    pub month: String,
    /// The provider's id of a record just reported with the form, to say what became of it.
    pub reported: Option<String>,
    /// The nearest months before and after with records, "YYYY-MM".
    pub earlier: Option<String>,
    pub later: Option<String>,
    /// By service date and client; at most [`RECORDS_SHOWN`].
    pub records: Vec<OurRecord>,
    /// How many records the month has, shown or not.
    pub count: i64,
    /// What the charged records of the month add up to, euros.
    pub charged: String,
}

impl OurRecordsPage {
    /// The records held for review or refused: the ones the provider may need to ask about.
    pub fn not_charged(&self) -> impl Iterator<Item = &OurRecord> {
        self.records.iter().filter(|r| !matches!(r.state, RecordState::Charged { .. }))
    }
}

/// One reported service record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OurRecord {
    /// The provider's own id for it.
    pub provider_record_id: String,
    pub client: String,
    pub product: String,
    /// "YYYY-MM-DD".
    pub date: String,
    pub units: String,
    pub unit_price: String,
    /// What it costs, or (held or refused) what it would have cost.
    pub amount: String,
    pub state: RecordState,
}

/// Where a record stands (B8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordState {
    /// Charged to the budget; once the organiser has paid it, the month of that settlement.
    Charged { settlement: Option<String> },
    /// Held for the counsellor's review: the budget would have run out.
    Held,
    /// The counsellor refused it, in their words.
    Refused { reason: String },
}

/// The report form's fields.
pub mod fields {
    pub const CLIENT: &str = "client";
    pub const SERVICE: &str = "service";
    pub const DATE: &str = "date";
    pub const UNITS: &str = "units";
    pub const PRICE: &str = "price";
    /// Hidden: the record's id, made with the form, so that sending it twice stores it once (B9).
    pub const RECORD: &str = "record";
}

/// `/our-records/new`: the form to report one service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPage {
    /// The provider's clients with an agreement running today or later: id and name.
    pub clients: Vec<(i64, String)>,
    /// The services of those agreements, by code.
    pub services: Vec<String>,
    /// A new record id for this form.
    pub record_id: String,
}
