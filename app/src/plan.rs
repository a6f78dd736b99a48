//! The support plan (tukisuunnitelma): what matters to the client, their goals, what the budget is
//! used for and why, who helps, and when they next meet. The counsellor writes it with the client;
//! every saved version is kept, and the client and a relative who may act add comments.

use serde::{Deserialize, Serialize};

/// One saved version of the plan, as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// 1 for the first version, then one more for each save.
    pub version: u32,
    pub what_matters: String,
    pub goals: String,
    pub budget_use: String,
    pub helpers: String,
    /// The next meeting agreed, "YYYY-MM-DD".
    pub next_meeting: Option<String>,
    pub written: Written,
}

/// Who wrote a version or a comment, and when, in Helsinki time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    pub by: String,
    /// A [`crate::role::Role`] code.
    pub role: String,
    /// "YYYY-MM-DD".
    pub day: String,
    /// "HH:MM".
    pub time: String,
}

/// A comment on the plan by the client or a relative acting for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanComment {
    /// The version of the plan the comment was written on.
    pub version: u32,
    pub text: String,
    pub written: Written,
}

/// `/my-plan`: one version of the plan (the newest unless another was asked for), every version's
/// who and when, the comments, and whether this person may comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanPage {
    pub plan: Option<Plan>,
    /// The newest version's number; 0 when there is no plan yet.
    pub newest: u32,
    /// Every version, the newest first.
    pub versions: Vec<(u32, Written)>,
    /// The newest first.
    pub comments: Vec<PlanComment>,
    pub may_comment: bool,
    /// A comment was just saved.
    pub commented: bool,
    /// The newest proposal to use the budget differently, and its answer.
    pub proposal: Option<crate::proposals::ProposalView>,
    /// A proposal was just sent (waiting) or taken back (withdrawn): said once.
    pub proposal_done: Option<crate::proposals::ProposalState>,
}

/// `/clients/{id}/plan`: the counsellor's form to write the plan's next version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFormPage {
    pub client_id: i64,
    pub client_name: String,
    /// The newest version: the form starts from it.
    pub plan: Option<Plan>,
    pub saved: bool,
}

/// The fields of the plan form and the comment form.
pub mod fields {
    pub const WHAT_MATTERS: &str = "what-matters";
    pub const GOALS: &str = "goals";
    pub const BUDGET_USE: &str = "budget-use";
    pub const HELPERS: &str = "helpers";
    pub const NEXT_MEETING: &str = "next-meeting";
    pub const COMMENT: &str = "comment";
    /// `/my-plan?version=N` shows an earlier version.
    pub const VERSION: &str = "version";
}

/// The most characters in one part of the plan: about a page of text.
pub const MAX_PART_CHARS: usize = 3000;
/// The most characters in a comment.
pub const MAX_COMMENT_CHARS: usize = 1000;
