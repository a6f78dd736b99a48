//! The client's proposals to use the budget differently, the one waiting for the decision-maker
//! and those answered, with who proposed and who answered, and when.

use std::collections::BTreeMap;

use app::proposals::ProposalState;
use rust_decimal::Decimal;
use sqlx::{AnyConnection, Row};

use super::budget::{date_text, parse_date};
use super::changes::Actor;
use super::StoreError;
use crate::rules::flexible::Proposal;
use crate::rules::{Product, YearMonth};

/// A proposal as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProposal {
    pub id: i64,
    pub client_id: i64,
    pub client_name: String,
    pub decision_id: i64,
    pub proposal: Proposal,
    pub why: String,
    /// What the change meant when it was sent, as JSON.
    pub effect: String,
    pub proposed_by: Actor,
    pub proposed_at: i64,
    pub state: ProposalState,
    /// The decision-maker's reason, who answered and when; `None` until answered.
    pub answer: Option<(String, Actor, i64)>,
}

/// A proposal to keep, waiting.
pub struct NewProposal<'a> {
    pub client_id: i64,
    pub decision_id: i64,
    pub proposal: &'a Proposal,
    pub why: &'a str,
    /// What the change meant when it was sent, as JSON.
    pub effect: &'a str,
    pub by: &'a Actor,
    pub at: i64,
}

pub async fn insert(conn: &mut AnyConnection, new: &NewProposal<'_>) -> Result<(), StoreError> {
    let units: BTreeMap<&str, String> = new
        .proposal
        .units
        .iter()
        .map(|(product, units)| (product.code(), units.normalize().to_string()))
        .collect();
    let units = serde_json::to_string(&units).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO budget_proposals (client_id, decision_id, from_day, units, why, effect, \
         proposed_by, proposed_by_role, proposed_at, state) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'waiting')",
    )
    .bind(new.client_id)
    .bind(new.decision_id)
    .bind(date_text(new.proposal.from.first_day()))
    .bind(units)
    .bind(new.why)
    .bind(new.effect)
    .bind(&new.by.name)
    .bind(&new.by.role)
    .bind(new.at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Answers the waiting proposal `id` (accepted, refused or withdrawn); false when it no longer
/// waits.
pub async fn answer(
    conn: &mut AnyConnection,
    id: i64,
    state: ProposalState,
    reason: &str,
    by: &Actor,
    at: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE budget_proposals SET state = $1, answer = $2, answered_by = $3, answered_by_role = $4, \
         answered_at = $5 WHERE id = $6 AND state = 'waiting'",
    )
    .bind(state.code())
    .bind(reason)
    .bind(&by.name)
    .bind(&by.role)
    .bind(at)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

const SELECT: &str =
    "SELECT p.id, p.client_id, c.name, p.decision_id, p.from_day, p.units, p.why, p.effect, \
     p.proposed_by, p.proposed_by_role, p.proposed_at, p.state, p.answer, p.answered_by, \
     p.answered_by_role, p.answered_at FROM budget_proposals p JOIN clients c ON c.id = p.client_id";

/// The client's proposal waiting for an answer, if one does.
pub async fn waiting(conn: &mut AnyConnection, client_id: i64) -> Result<Option<StoredProposal>, StoreError> {
    let row = sqlx::query(&format!("{SELECT} WHERE p.client_id = $1 AND p.state = 'waiting'"))
        .bind(client_id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(proposal_of).transpose()
}

/// The client's newest proposal, whatever its state.
pub async fn newest(conn: &mut AnyConnection, client_id: i64) -> Result<Option<StoredProposal>, StoreError> {
    let row = sqlx::query(&format!("{SELECT} WHERE p.client_id = $1 ORDER BY p.id DESC LIMIT 1"))
        .bind(client_id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(proposal_of).transpose()
}

/// Every proposal of the client, the oldest first.
pub async fn all_of(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<StoredProposal>, StoreError> {
    let rows = sqlx::query(&format!("{SELECT} WHERE p.client_id = $1 ORDER BY p.id"))
        .bind(client_id)
        .fetch_all(conn)
        .await?;
    rows.iter().map(proposal_of).collect()
}

/// Every proposal waiting, the longest-waiting first.
pub async fn all_waiting(conn: &mut AnyConnection) -> Result<Vec<StoredProposal>, StoreError> {
    let rows = sqlx::query(&format!("{SELECT} WHERE p.state = 'waiting' ORDER BY p.proposed_at, p.id"))
        .fetch_all(conn)
        .await?;
    rows.iter().map(proposal_of).collect()
}

fn proposal_of(row: &sqlx::any::AnyRow) -> Result<StoredProposal, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("budget proposal {what}"));
    let from = YearMonth::of(parse_date(&row.try_get::<String, _>("from_day")?)?);
    let units: BTreeMap<String, String> =
        serde_json::from_str(&row.try_get::<String, _>("units")?).map_err(|_| corrupt("units"))?;
    let units = units
        .iter()
        .map(|(code, units)| Some((Product::parse(code)?, units.parse::<Decimal>().ok()?)))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| corrupt("units"))?;
    let state = ProposalState::parse(&row.try_get::<String, _>("state")?).ok_or_else(|| corrupt("state"))?;
    let answer = match row.try_get::<Option<i64>, _>("answered_at")? {
        Some(at) => {
            let by = Actor { name: row.try_get("answered_by")?, role: row.try_get("answered_by_role")? };
            Some((row.try_get::<Option<String>, _>("answer")?.unwrap_or_default(), by, at))
        }
        None => None,
    };
    Ok(StoredProposal {
        id: row.try_get("id")?,
        client_id: row.try_get("client_id")?,
        client_name: row.try_get("name")?,
        decision_id: row.try_get("decision_id")?,
        proposal: Proposal { from, units },
        why: row.try_get("why")?,
        effect: row.try_get("effect")?,
        proposed_by: Actor { name: row.try_get("proposed_by")?, role: row.try_get("proposed_by_role")? },
        proposed_at: row.try_get("proposed_at")?,
        state,
        answer,
    })
}
