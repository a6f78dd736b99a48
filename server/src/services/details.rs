//! "My details": the client's personal details, hidden when the helper view is on, and their
//! counsellor with the next contact agreed.

use app::details::{Details, Personal};
use app::role::Role;
use chrono::NaiveDate;

use crate::store::budget::{self, date_text};
use crate::store::details;
use crate::store::{Db, StoreError};

/// Which of a client's personal details a reader needs to know (Act 703/2023 on need to know,
/// ASVS 8.2.3). What a reader does not need is left out of the page, not covered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedToKnow {
    /// The client, their counsellor, a relative who acts for them.
    Everything,
    /// A relative who may only look: where to reach the client, not who they are in the
    /// registers (identity code) nor their health.
    Contact,
    /// An experience expert helping with the portal, or anyone in the helper view.
    Nothing,
}

impl NeedToKnow {
    pub fn of(role: Role, may_act: bool, helper_view: bool) -> NeedToKnow {
        match role {
            _ if helper_view => NeedToKnow::Nothing,
            Role::ExperienceExpert => NeedToKnow::Nothing,
            Role::Relative if !may_act => NeedToKnow::Contact,
            _ => NeedToKnow::Everything,
        }
    }
}

/// The client's details, as much of them as the reader needs to know.
pub async fn details(
    db: &Db,
    client_id: i64,
    today: NaiveDate,
    need: NeedToKnow,
) -> Result<Option<Details>, StoreError> {
    let Some(client) = budget::find_client(&mut db.pool.acquire().await?, client_id).await? else {
        return Ok(None);
    };
    let Some(found) = details::of(db, client_id).await? else { return Ok(None) };
    let contact = |value: Option<String>| value.map(|v| Personal::new(v, need == NeedToKnow::Nothing));
    let sensitive = |value: Option<String>| value.map(|v| Personal::new(v, need != NeedToKnow::Everything));
    let today = date_text(today);
    Ok(Some(Details {
        identity_code: sensitive(found.details.identity_code.as_deref().map(masked_identity_code)),
        address: contact(found.details.address),
        phone: contact(found.details.phone),
        municipality: client.municipality,
        health: sensitive(found.details.health_details),
        counsellor: found.counsellor,
        next_contact: found.next_contact.filter(|next| *next >= today),
    }))
}

/// An identity code as pages show it: the date of birth and the century sign, the rest hidden
/// (`120385-****`). Enough for the person to recognise as theirs; never the whole code, which
/// with a name opens services in others' names.
pub fn masked_identity_code(code: &str) -> String {
    let shown: String = code.trim().chars().take(7).collect();
    format!("{shown}****")
}

#[cfg(test)]
mod tests {
    use super::{masked_identity_code, NeedToKnow};

    #[test]
    fn an_identity_code_is_never_shown_whole() {
        assert_eq!(masked_identity_code("070448-9049"), "070448-****");
        assert_eq!(masked_identity_code(" 141156-905J"), "141156-****");
    }
    use app::role::Role;

    #[test]
    fn each_reader_needs_to_know_what_their_task_needs() {
        assert_eq!(NeedToKnow::of(Role::Client, true, false), NeedToKnow::Everything);
        assert_eq!(NeedToKnow::of(Role::Counsellor, false, false), NeedToKnow::Everything);
        assert_eq!(NeedToKnow::of(Role::Relative, true, false), NeedToKnow::Everything);
        assert_eq!(NeedToKnow::of(Role::Relative, false, false), NeedToKnow::Contact);
        assert_eq!(NeedToKnow::of(Role::ExperienceExpert, false, false), NeedToKnow::Nothing);
        assert_eq!(
            NeedToKnow::of(Role::Client, true, true),
            NeedToKnow::Nothing,
            "the helper view hides all"
        );
    }
}
