//! Who may see a client's data, and the log of every look by someone other than the client.
//! Pages and the API both ask here; nothing else decides.

use chrono::NaiveDate;

use app::access::{Look, LookedAt, LooksPage, Purpose, Refusal};
use app::role::Role;

use crate::clock::{helsinki_day, helsinki_day_and_time, helsinki_midnight, now_unix};
use crate::rules::YearMonth;
use crate::services::help;
use crate::store::access_log::{self, Entry};
use crate::store::accounts::{self, Account};
use crate::store::budget::{self, date_text};
use crate::store::changes::Actor;
use crate::store::counsellor;
use crate::store::group_commit::Job;
use crate::store::sql::{self, Sql, Straight};
use crate::store::tokens::TokenRole;
use crate::store::{Db, Engine, StoreError};

/// Someone asking to read a client's data.
#[derive(Clone, Copy, Debug)]
pub enum Reader<'a> {
    /// A signed-in person.
    Person(&'a Account),
    /// An API token.
    Token { role: TokenRole, label: &'a str },
}

impl Reader<'_> {
    fn is_the_client(&self, client_id: i64) -> bool {
        matches!(self, Reader::Person(a) if a.role == Role::Client && a.client_id == Some(client_id))
    }

    /// Who this is, for the history of what was done.
    pub fn actor(&self) -> Actor {
        let (name, role) = self.name_and_role();
        Actor { name: name.to_string(), role: role.to_string() }
    }

    /// Why this reader may look at a client's data: the right they look by.
    fn purpose(&self) -> Purpose {
        match self {
            Reader::Person(account) => match account.role {
                Role::Relative => Purpose::Mandate,
                Role::ExperienceExpert => Purpose::Help,
                Role::Counsellor => Purpose::Guidance,
                Role::DecisionMaker => Purpose::Decision,
                Role::Provider => Purpose::Service,
                Role::Client | Role::Organiser => Purpose::Administration,
            },
            Reader::Token { role: TokenRole::Provider(_), .. } => Purpose::Service,
            Reader::Token { .. } => Purpose::Administration,
        }
    }

    fn name_and_role(&self) -> (&str, &'static str) {
        match self {
            Reader::Person(a) => (&a.display_name, a.role.code()),
            Reader::Token { role: TokenRole::Staff, label } => (label, "staff"),
            Reader::Token { role: TokenRole::Provider(_), label } => (label, "provider"),
        }
    }
}

/// What someone asks to do with a client's matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    /// See the budget, statements, changes.
    Read,
    /// Change provider, cancel a change, leave the personal budget.
    Act,
}

/// Whether the reader has the right: the client, a relative whose mandate is valid today (and,
/// to act, lets them act), an experience expert the client let in or the client's counsellor
/// (both only to read), or the organiser's staff. Everyone else is answered as if the
/// client did not exist.
pub async fn may(
    db: &Db,
    reader: Reader<'_>,
    client_id: i64,
    today: NaiveDate,
    right: Right,
) -> Result<bool, StoreError> {
    Ok(match reader {
        Reader::Person(account) => match account.role {
            Role::Client => account.client_id == Some(client_id),
            Role::Relative => {
                let to_act = right == Right::Act;
                accounts::has_mandate(db, account.id, client_id, &date_text(today), to_act).await?
            }
            Role::ExperienceExpert => {
                right == Right::Read && help::may_look(db, account.id, client_id, now_unix()).await?
            }
            // The counsellor sees their clients' pages as the clients do; what they change, they
            // change in the workspace, in their own name.
            Role::Counsellor => {
                right == Right::Read
                    && counsellor::counselled_name(db, account.id, client_id).await?.is_some()
            }
            _ => false,
        },
        // The organiser's staff may read any client there is; an id of no one is "not found"
        // here, before anything is logged against it.
        Reader::Token { role: TokenRole::Staff, .. } => {
            budget::find_client(&mut db.pool.acquire().await?, client_id).await?.is_some()
        }
        Reader::Token { role: TokenRole::Provider(_), .. } => false,
    })
}

/// Something done for a client, named in the log of refusals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    ChangeProvider,
    CancelChange,
    Leave,
    AnswerFeedback,
}

impl Act {
    pub fn code(self) -> &'static str {
        match self {
            Act::ChangeProvider => "act: change provider",
            Act::CancelChange => "act: cancel a change",
            Act::Leave => "act: leave the personal budget",
            Act::AnswerFeedback => "act: answer feedback",
        }
    }
}

/// Writes a refused look or act to the log of refusals: someone asked for a client's matters
/// they have no right to, perhaps by changing an id in an address.
pub async fn log_refusal(
    db: &Db,
    reader: Reader<'_>,
    asked_client_id: i64,
    what: &str,
) -> Result<(), StoreError> {
    let (actor, actor_role) = reader.name_and_role();
    tracing::warn!(actor, actor_role, asked_client_id, what, "refused a look at a client's matters");
    access_log::record_refusal(&db.pool, asked_client_id, &Entry { actor, actor_role, what, at: now_unix() })
        .await
}

/// Writes a look at the client's data to the access log, unless the client looked themselves.
pub async fn log_read(
    db: &Db,
    reader: Reader<'_>,
    client_id: i64,
    what: &LookedAt,
) -> Result<(), StoreError> {
    if reader.is_the_client(client_id) {
        return Ok(());
    }
    log_reads(db, reader, &[client_id], what).await
}

/// [`log_read`] of many clients, written in one transaction: a list of clients is one look at
/// each of them.
pub async fn log_reads(
    db: &Db,
    reader: Reader<'_>,
    client_ids: &[i64],
    what: &LookedAt,
) -> Result<(), StoreError> {
    let (actor, actor_role) = reader.name_and_role();
    let (what, at, purpose) = (what.code(), now_unix(), reader.purpose().code());
    let others: Vec<i64> = client_ids.iter().copied().filter(|&id| !reader.is_the_client(id)).collect();
    if others.is_empty() {
        return Ok(());
    }
    let look = LookToLog {
        client_ids: others,
        actor: actor.to_string(),
        actor_role: actor_role.to_string(),
        what,
        at,
        purpose,
    };
    match db.engine {
        // Looks of the same moment share one synced commit (docs/decisions/0045).
        Engine::Sqlite => db.looks.run(db, look).await,
        // PostgreSQL commits side by side and shares the disk's flushes itself.
        Engine::Postgres => look.do_alone(db).await,
    }
}

/// A look waiting to be written to the access log.
#[derive(Clone, Debug)]
pub struct LookToLog {
    client_ids: Vec<i64>,
    actor: String,
    actor_role: String,
    what: String,
    at: i64,
    purpose: &'static str,
}

impl LookToLog {
    async fn record_in(&self, conn: &mut impl Sql) -> Result<(), StoreError> {
        let entry = Entry { actor: &self.actor, actor_role: &self.actor_role, what: &self.what, at: self.at };
        access_log::record(conn, &self.client_ids, &entry, self.purpose).await
    }
}

impl Job for LookToLog {
    type Done = Result<(), StoreError>;

    /// Every look in one transaction: on an SQLite file written straight, in one hand-over
    /// (docs/decisions/0050-reports-written-straight.md), in memory through sqlx. A look the
    /// database fails leaves nothing of the group written: each is then written alone, so each
    /// request gets its own outcome.
    async fn do_group(db: Db, group: Vec<LookToLog>) -> Vec<Result<Self::Done, LookToLog>> {
        let _turn = db.write_turn().await;
        let written = match &db.direct {
            Some(direct) => {
                let looks = group.clone();
                direct.write(move |tx| sql::now(record_all(&mut Straight::new(tx), &looks))).await
            }
            None => record_all_through_sqlx(&db, &group).await,
        };
        match written {
            Ok(()) => group.iter().map(|_| Ok(Ok(()))).collect(),
            Err(error) => {
                tracing::info!(%error, "a group of looks failed; each is logged alone");
                group.into_iter().map(Err).collect()
            }
        }
    }

    async fn do_alone(self, db: &Db) -> Self::Done {
        let _turn = db.write_turn().await;
        let mut tx = db.pool.begin().await?;
        self.record_in(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    fn stopped() -> Self::Done {
        Err(StoreError::GroupStopped)
    }
}

/// Each of `looks` in the caller's transaction.
async fn record_all(conn: &mut impl Sql, looks: &[LookToLog]) -> Result<(), StoreError> {
    for look in looks {
        look.record_in(conn).await?;
    }
    Ok(())
}

/// [`record_all`] in a transaction of the pool's.
async fn record_all_through_sqlx(db: &Db, looks: &[LookToLog]) -> Result<(), StoreError> {
    let mut tx = db.pool.begin().await?;
    record_all(&mut tx, looks).await?;
    tx.commit().await?;
    Ok(())
}

/// The most refused looks the organiser's review shows at once.
pub const REFUSALS_SHOWN: i64 = 500;

/// One month of the client's access log, newest first, grouped so that repeats make one line,
/// with where the months before and after it that have looks are. Without a month asked for, the
/// month of the newest look. Nothing is ever left out: every look is on some month's page.
pub async fn looks_at(db: &Db, client_id: i64, month: Option<YearMonth>) -> Result<LooksPage, StoreError> {
    let month = match month {
        Some(month) => month,
        None => match access_log::newest(&db.pool, client_id).await? {
            Some(at) => YearMonth::of(helsinki_day(at)),
            None => YearMonth::of(helsinki_day(now_unix())),
        },
    };
    let from = helsinki_midnight(month.first_day());
    let until = helsinki_midnight(month.next().first_day());
    let groups = access_log::grouped_for_client(&db.pool, client_id, (from, until)).await?;
    let (before, after) = access_log::neighbours(&db.pool, client_id, (from, until)).await?;
    let month_of = |at: i64| YearMonth::of(helsinki_day(at)).to_string();
    let looks = groups
        .into_iter()
        .map(|group| {
            let (day, time) = helsinki_day_and_time(group.first_at);
            let (_, until) = helsinki_day_and_time(group.last_at);
            Look {
                who: group.actor,
                role: group.actor_role,
                what: LookedAt::parse(&group.what),
                purpose: group.purpose.as_deref().and_then(Purpose::parse),
                day,
                time,
                until,
                count: group.count,
            }
        })
        .collect();
    Ok(LooksPage {
        month: month.to_string(),
        looks,
        earlier: before.map(month_of),
        later: after.map(month_of),
    })
}

/// The newest refused looks, for the organiser's security review, in Helsinki time.
pub async fn refusals(db: &Db) -> Result<Vec<Refusal>, StoreError> {
    let rows = access_log::refusals(&db.pool, REFUSALS_SHOWN).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (day, time) = helsinki_day_and_time(row.at);
            Refusal {
                who: row.actor,
                role: row.actor_role,
                client_id: row.asked_client_id,
                what: row.what,
                day,
                time,
            }
        })
        .collect())
}

/// Whose matters a signed-in person's pages show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matters {
    pub client_id: i64,
    pub client_name: String,
    /// An experience expert's look: nothing can be changed or sent.
    pub read_only: bool,
    /// When an expert's look ends by itself (Unix seconds).
    pub until: Option<i64>,
}

/// Whose matters a signed-in person handles in the pages: a client their own; a relative the
/// client they chose (`chosen`, kept in their session), or else the first their mandates name; an
/// experience expert the client whose grant of help is the newest running one; a counsellor the
/// client they opened from the workspace, if they are that client's counsellor.
pub async fn whose_matters(
    db: &Db,
    account: &Account,
    today: NaiveDate,
    chosen: Option<i64>,
) -> Result<Option<Matters>, StoreError> {
    match account.role {
        Role::Client => Ok(account.client_id.map(|client_id| Matters {
            client_id,
            client_name: account.display_name.clone(),
            read_only: false,
            until: None,
        })),
        Role::Relative => {
            let mandated = accounts::mandated_clients(db, account.id, &date_text(today)).await?;
            let pick = mandated.iter().find(|m| Some(m.client_id) == chosen).or(mandated.first());
            Ok(pick.map(|m| Matters {
                client_id: m.client_id,
                client_name: m.client_name.clone(),
                read_only: !m.can_act,
                until: None,
            }))
        }
        Role::Counsellor => {
            let Some(client_id) = chosen else { return Ok(None) };
            Ok(counsellor::counselled_name(db, account.id, client_id).await?.map(|client_name| Matters {
                client_id,
                client_name,
                read_only: true,
                until: None,
            }))
        }
        Role::ExperienceExpert => {
            Ok(help::current_for_helper(db, account.id, now_unix()).await?.map(|g| Matters {
                client_id: g.client_id,
                client_name: g.client_name,
                read_only: true,
                until: Some(g.ends_at),
            }))
        }
        _ => Ok(None),
    }
}
