//! The organiser's monthly settlements: what each provider is paid for a month. The server fills
//! these; `pages::settlements` and `pages::settlement` show them.

use serde::{Deserialize, Serialize};

/// The fields of the form that approves a settlement: the figures the organiser saw, so that a
/// settlement that changed meanwhile is not approved unseen.
pub mod fields {
    pub const RECORDS: &str = "records";
    pub const AMOUNT: &str = "amount";
}

/// What a month pays, in all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthSum {
    /// "YYYY-MM".
    pub month: String,
    pub providers: i64,
    pub records: i64,
    /// What the organiser pays, in euros ("1234.50").
    pub amount: String,
}

/// An approved month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettledMonth {
    pub sum: MonthSum,
    /// "YYYY-MM-DD".
    pub approved_on: String,
    pub approved_by: String,
}

/// `/settlements`: the month to settle next and the months settled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettlementsPage {
    /// The month to settle next and what it would pay now; none when there is nothing to pay.
    pub next: Option<MonthSum>,
    /// While the next month has not ended: the first day it can be settled, "YYYY-MM-DD".
    pub next_from: Option<String>,
    /// The latest first.
    pub settled: Vec<SettledMonth>,
}

/// `/settlements/{month}`: one month's settlement, per provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettlementPage {
    pub sum: MonthSum,
    pub state: SettlementState,
    /// By provider name.
    pub lines: Vec<SettlementLine>,
    /// What the clients paid the providers themselves, in all.
    pub own_shares: String,
    /// Why the bank payment file cannot be made, when it cannot.
    pub payment_file: PaymentFile,
}

/// Whether the month is settled, and if not, whether it can be now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SettlementState {
    /// Approved: locked.
    Settled { approved_on: String, approved_by: String, pay_on: String },
    /// The next month to settle, ended: the organiser can approve it.
    Ready,
    /// The next month to settle, but it has not ended: from this day on, "YYYY-MM-DD".
    NotOver { from: String },
    /// An earlier month must be settled first.
    NotNext { next: String },
}

/// What a settlement pays one provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettlementLine {
    pub provider: String,
    pub business_id: Option<String>,
    pub records: i64,
    /// What the budgets were charged: what the organiser pays the provider.
    pub amount: String,
    /// What the clients paid the provider themselves.
    pub own_shares: String,
    /// The payment's reference number.
    pub reference: String,
}

/// Whether the bank payment file can be made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentFile {
    Ready,
    /// Only an approved settlement is paid.
    NotApproved,
    /// The settlement pays no one anything.
    NothingToPay,
    /// The organiser's own account is not set in the server's configuration.
    NoPayer,
    /// These providers' business ID, IBAN or BIC is missing or fails its check.
    BankDetailsMissing {
        providers: Vec<String>,
    },
}
