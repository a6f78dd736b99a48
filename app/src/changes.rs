//! Changing provider (B14-B16) and leaving the personal budget (B17), as the API sends them and
//! the pages show them. Dates are "YYYY-MM-DD", money a string with two decimals.

use serde::{Deserialize, Serialize};

use crate::i18n::msg;
use crate::paths::{
    CHANGE_PROVIDER, CHANGE_PROVIDER_CHECK, CHANGE_PROVIDER_EFFECTS, CHANGE_PROVIDER_PROVIDER,
};
use crate::providers::{CostToYou, Found};

/// One of the client's running services with its provider (an agreement).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Service {
    pub agreement_id: i64,
    pub product: String,
    pub provider_id: i64,
    pub provider: String,
    /// The agreement's last day, when it has one (for example after a change).
    pub ends: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ChangeStatus {
    /// Made; the new provider has not started yet. It can still be cancelled.
    Pending,
    /// The new provider has started.
    Done,
    Cancelled,
}

impl ChangeStatus {
    pub fn label_id(self) -> &'static str {
        match self {
            ChangeStatus::Pending => msg("change-status-pending"),
            ChangeStatus::Done => msg("change-status-done"),
            ChangeStatus::Cancelled => msg("change-status-cancelled"),
        }
    }
}

/// Who did something, for the history: the client, or someone for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DoneBy {
    pub name: String,
    /// A role code: client, relative, staff, ...
    pub role: String,
    /// Unix seconds.
    pub at: i64,
}

/// A change of provider and its receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Change {
    pub id: i64,
    /// What the client can quote on the phone, e.g. "2018-0001".
    pub reference: String,
    pub agreement_id: i64,
    pub product: String,
    pub old_provider_id: i64,
    pub old_provider: String,
    pub new_provider_id: i64,
    pub new_provider: String,
    pub notice_on: String,
    pub old_last_day: String,
    pub new_first_day: String,
    pub status: ChangeStatus,
    /// The last day the change can be cancelled; `None` once it cannot.
    pub cancel_until: Option<String>,
    pub made: DoneBy,
    pub cancelled: Option<DoneBy>,
}

/// What a change would do, shown before the client confirms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEffects {
    pub service: Service,
    pub new_provider: Found,
    pub notice_on: String,
    pub old_last_day: String,
    pub new_first_day: String,
    /// The own share a month with the old provider: what the notice month costs.
    pub cost_now: CostToYou,
    /// The own share a month with the new provider.
    pub cost_after: CostToYou,
}

/// The steps of "Change provider", one question each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Service,
    Provider,
    Effects,
    Check,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Service, Step::Provider, Step::Effects, Step::Check];

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).expect("a step") + 1
    }
}

/// One step of the flow with what it shows. The answers so far travel in the address, so the
/// back button, a reload and signing in again all keep them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeFlow {
    pub step: Step,
    pub client_name: String,
    pub is_self: bool,
    /// The agreement chosen so far.
    pub agreement: Option<i64>,
    /// The new provider chosen so far.
    pub provider: Option<i64>,
    /// Step 1: the services that can be changed.
    pub services: Vec<Service>,
    /// Step 2: providers that can take the service over.
    pub candidates: Vec<Found>,
    /// Steps 3 and 4.
    pub effects: Option<ChangeEffects>,
    /// Sent with the confirmation so a double click makes one change.
    pub key: String,
    /// A message id: the question was not answered, or the change was refused.
    pub error: Option<String>,
}

/// "My changes": every change of provider, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangesPage {
    pub client_name: String,
    pub is_self: bool,
    pub changes: Vec<Change>,
    /// Whether the person may make and cancel changes (a relative needs a mandate to act).
    pub may_act: bool,
}

/// One change: its receipt, or the question whether to cancel it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePage {
    pub client_name: String,
    pub is_self: bool,
    pub change: Change,
    pub may_act: bool,
    /// Asking "Are you sure you want to cancel?"
    pub confirm_cancel: bool,
    /// A message id after a refused cancel, or a done message.
    pub message: Option<String>,
}

/// Why a client leaves: the optional, skippable question after leaving.
pub const LEAVE_REASONS: [&str; 5] = ["too-hard", "own-share", "no-provider", "moving", "other"];

pub fn leave_reason_label_id(code: &str) -> &'static str {
    match code {
        "too-hard" => msg("leave-reason-too-hard"),
        "own-share" => msg("leave-reason-own-share"),
        "no-provider" => msg("leave-reason-no-provider"),
        "moving" => msg("leave-reason-moving"),
        _ => msg("leave-reason-other"),
    }
}

/// The longest answer in own words to "why".
pub const LEAVE_REASON_MAX_CHARS: usize = 1000;

/// The personal budget is ending because the client gives notice (B17).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Departure {
    pub notice_on: String,
    /// The budget's last day.
    pub last_day: String,
    pub old_total: String,
    /// The decision total over the shortened period (B4-B5).
    pub new_total: String,
    pub done: DoneBy,
    /// Reason codes, when the client answered.
    pub reasons: Vec<String>,
    pub reason_text: Option<String>,
}

/// What giving notice today would do (B17), before the client decides.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeavePreview {
    pub last_day: String,
    pub old_total: String,
    pub new_total: String,
}

/// "Leave the personal budget": what it would mean, or that it is done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeavePage {
    pub client_name: String,
    pub is_self: bool,
    pub may_act: bool,
    /// What leaving today would do; `None` when no budget is running.
    pub preview: Option<LeavePreview>,
    /// Set when the client has left already.
    pub departure: Option<Departure>,
    /// The answer to "why" was just saved.
    pub reason_saved: bool,
}

/// Form field names of these flows.
pub mod fields {
    pub const AGREEMENT: &str = "agreement";
    pub const PROVIDER: &str = "provider";
    pub const KEY: &str = "key";
    pub const ERROR: &str = "error";
    pub const REASON: &str = "reason";
    pub const REASON_TEXT: &str = "reason-text";
}

/// The address of a step of "Change provider" with the answers given so far.
pub fn step_path(step: Step, agreement: Option<i64>, provider: Option<i64>) -> String {
    let path = match step {
        Step::Service => CHANGE_PROVIDER,
        Step::Provider => CHANGE_PROVIDER_PROVIDER,
        Step::Effects => CHANGE_PROVIDER_EFFECTS,
        Step::Check => CHANGE_PROVIDER_CHECK,
    };
    let query: Vec<String> = [(fields::AGREEMENT, agreement), (fields::PROVIDER, provider)]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| format!("{name}={v}")))
        .collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}
