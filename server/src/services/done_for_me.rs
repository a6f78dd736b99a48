//! "Done for me": what others than the client have done for them, from the records each act
//! already keeps (who made or cancelled a change, who gave notice, who answered feedback, who
//! set or ended a relative's mandate, who let the client or a relative sign in, who made or
//! changed the decision, who released or refused a held record, who wrote down hours of help).

use app::access::{Deed, DoneForMe};
use app::budget::HeldRecord;
use app::proposals::ProposalState;
use app::role::Role;

use crate::clock::helsinki_day_and_time;
use crate::services::budget::units_text;
use crate::services::expert_hours;
use crate::store::budget::date_text;
use crate::store::changes::{self as change_rows, Actor};
use crate::store::decisions as decision_rows;
use crate::store::expert_hours as help_rows;
use crate::store::feedback as feedback_rows;
use crate::store::identity_links as link_rows;
use crate::store::mandates as mandate_rows;
use crate::store::plans as plan_rows;
use crate::store::proposals as proposal_rows;
use crate::store::provider_choices as choice_rows;
use crate::store::reviews::{self as review_rows, Outcome};
use crate::store::self_checks as check_rows;
use crate::store::{Db, StoreError};

/// Newest first; in the same second a cancellation or the notice came after the change.
pub async fn done_for(db: &Db, client_id: i64) -> Result<Vec<DoneForMe>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let by_someone_else = |actor: &Actor| actor.role != Role::Client.code();
    let mut done: Vec<(i64, Actor, Deed)> = Vec::new();
    for change in change_rows::changes_of(&mut conn, client_id).await? {
        let (product, from, to) =
            (change.product.code().to_string(), change.old_provider.clone(), change.new_provider.clone());
        let (made_by, made_at) = change.made_by;
        if by_someone_else(&made_by) {
            let deed = Deed::ChangedProvider { product: product.clone(), from: from.clone(), to: to.clone() };
            done.push((made_at, made_by, deed));
        }
        if let Some((cancelled_by, cancelled_at)) = change.cancelled_by.filter(|(a, _)| by_someone_else(a)) {
            done.push((cancelled_at, cancelled_by, Deed::CancelledChange { product, from, to }));
        }
    }
    if let Some(departure) = change_rows::departure_of(&mut conn, client_id).await? {
        let (by, at) = departure.done_by;
        if by_someone_else(&by) {
            done.push((at, by, Deed::Left));
        }
    }
    for (by, at, provider) in feedback_rows::answered_by_others(&mut conn, client_id).await? {
        let deed = match provider {
            Some(provider) => Deed::AnsweredFeedback { provider },
            None => Deed::AnsweredQuestions,
        };
        done.push((at, by, deed));
    }
    for happened in mandate_rows::history(&mut conn, client_id).await? {
        let deed = if happened.ended {
            Deed::EndedMandate { relative: happened.relative }
        } else {
            Deed::GaveMandate {
                relative: happened.relative,
                can_act: happened.can_act,
                until: happened.valid_until,
            }
        };
        done.push((happened.at, happened.by, deed));
    }
    for linked in link_rows::history(&mut conn, client_id).await? {
        let relative = (!linked.own).then_some(linked.name);
        done.push((linked.at, linked.by, Deed::LetSignIn { relative }));
    }
    for (by, at, event) in decision_rows::history(&mut conn, client_id).await? {
        let deed = Deed::MadeDecision {
            from: date_text(event.period.from),
            to: date_text(event.period.to),
            total: event.total.to_string(),
            old_total: event.old_total.map(|m| m.to_string()),
        };
        done.push((at, by, deed));
    }
    for version in plan_rows::versions(&mut conn, client_id).await? {
        let deed = Deed::WrotePlan { version: u32::try_from(version.version).unwrap_or(u32::MAX) };
        done.push((version.at, version.by, deed));
    }
    for comment in plan_rows::comments(&mut conn, client_id).await? {
        if by_someone_else(&comment.by) {
            done.push((comment.at, comment.by, Deed::CommentedPlan));
        }
    }
    for check in check_rows::checks_of(&mut conn, client_id).await? {
        if by_someone_else(&check.by) {
            done.push((check.at, check.by, Deed::AnsweredSelfCheck));
        }
    }
    for entry in help_rows::history(&mut conn, client_id).await? {
        let hours = expert_hours::hours_text(entry.minutes);
        if let Some(removed_at) = entry.removed_at {
            let deed = Deed::RemovedHelpHours { day: entry.day.clone(), hours: hours.clone() };
            done.push((removed_at, entry.by.clone(), deed));
        }
        done.push((entry.at, entry.by, Deed::WroteHelpHours { day: entry.day, hours }));
    }
    for proposal in proposal_rows::all_of(&mut conn, client_id).await? {
        let month = proposal.proposal.from.to_string();
        if by_someone_else(&proposal.proposed_by) {
            let deed = Deed::ProposedChange { month: month.clone() };
            done.push((proposal.proposed_at, proposal.proposed_by, deed));
        }
        let Some((_, by, at)) = proposal.answer else { continue };
        let deed = match proposal.state {
            ProposalState::Accepted => Deed::AnsweredProposal { month, accepted: true },
            ProposalState::Refused => Deed::AnsweredProposal { month, accepted: false },
            _ if by_someone_else(&by) => Deed::WithdrewProposal { month },
            _ => continue,
        };
        done.push((at, by, deed));
    }
    for choice in choice_rows::choices_of(&mut conn, client_id).await? {
        if by_someone_else(&choice.by) {
            let deed =
                Deed::ChoseProvider { product: choice.product.code().into(), provider: choice.provider };
            done.push((choice.at, choice.by, deed));
        }
    }
    for reviewed in review_rows::history(&mut conn, client_id).await? {
        let record = HeldRecord {
            id: reviewed.record_id,
            provider: reviewed.provider,
            product: reviewed.product.code().to_string(),
            date: date_text(reviewed.date),
            units: units_text(reviewed.units),
            amount: reviewed.amount.to_string(),
        };
        let deed = match (reviewed.outcome, reviewed.reason) {
            (Outcome::Refused, Some(reason)) => Deed::RefusedRecord { record, reason },
            _ => Deed::ReleasedRecord { record },
        };
        done.push((reviewed.at, reviewed.by, deed));
    }
    let step = |deed: &Deed| match deed {
        Deed::ChangedProvider { .. } => 0,
        Deed::CancelledChange { .. } => 1,
        _ => 2,
    };
    done.sort_by(|a, b| b.0.cmp(&a.0).then(step(&b.2).cmp(&step(&a.2))));
    Ok(done
        .into_iter()
        .map(|(at, by, deed)| {
            let (day, time) = helsinki_day_and_time(at);
            DoneForMe { who: by.name, role: by.role, deed, day, time }
        })
        .collect())
}
