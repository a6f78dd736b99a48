//! A provider reports a service record: B6 to B9 in one transaction.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::AnyConnection;

use crate::rules::records::{charge, check, status_under_cap, Charge, RecordCheck, RecordStatus, Refusal};
use crate::rules::usage::{self, Alert, Outlook, UsedRecord};
use crate::rules::{decision::plan, Money, Period, Product, YearMonth};
use crate::services::budget::outlook_in;
use crate::services::messages::{self, RecordNews, UseNews};
use crate::store::budget::{self, RecordRow, StoredDecision, StoredRecord};
use crate::store::group_commit::Job;
use crate::store::sql::{self, Sql, Straight};
use crate::store::{feedback, month_totals, providers};
use crate::store::{Db, Engine, StoreError};
use app::messages::Kind;

/// A record as the provider sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRecord {
    pub provider_record_id: String,
    pub client_id: i64,
    pub product: Product,
    pub date: NaiveDate,
    pub units: Decimal,
    pub unit_price: Money,
}

/// What became of a record: charged or held, with what it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reported {
    pub id: i64,
    pub status: RecordStatus,
    /// What the record costs, charged or (when held) what it would charge.
    pub charge: Charge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Stored now.
    Created(Reported),
    /// Sent before with the same content: the first result, nothing charged again (B9).
    Repeated(Reported),
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The provider has no agreement with this client, or the client does not exist. The two
    /// look the same from outside, so a provider cannot probe for clients.
    #[error("no such client")]
    UnknownClient,
    #[error("refused: {0}")]
    Refused(Refusal),
    /// The provider's id was used before for a record with other content (B9).
    #[error("this record id was already used for another record")]
    Conflict,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ReportError {
    fn from(error: sqlx::Error) -> Self {
        ReportError::Store(error.into())
    }
}

/// How often a report is tried again when the database is busy, before the caller is told so.
const BUSY_RETRIES: u32 = 3;

/// Reports a record for `provider_id` on `today`. Either everything is stored or nothing is. A
/// database too busy to take it is tried again a few times, a little later each time; nothing
/// half-written stays between tries.
pub async fn report(
    db: &Db,
    provider_id: i64,
    record: &NewRecord,
    today: NaiveDate,
) -> Result<Outcome, ReportError> {
    let mut tries = 0;
    loop {
        match report_once(db, provider_id, record, today).await {
            Err(ReportError::Store(error)) if error.is_busy() && tries < BUSY_RETRIES => {
                tries += 1;
                tracing::info!(%error, tries, "the database was busy; reporting again");
                tokio::time::sleep(std::time::Duration::from_millis(50 * u64::from(tries))).await;
            }
            outcome => return outcome,
        }
    }
}

async fn report_once(
    db: &Db,
    provider_id: i64,
    record: &NewRecord,
    today: NaiveDate,
) -> Result<Outcome, ReportError> {
    // The same record sent again is answered from what is stored, without waiting for the
    // client's lock: a replay writes nothing. Anything else goes the whole way below.
    let mut conn = db.pool.acquire().await?;
    let replayed = budget::find_record(&mut conn, provider_id, &record.provider_record_id).await?;
    drop(conn);
    if let Some(first) = replayed {
        if let Ok(outcome) = repeated(&first, record) {
            return Ok(outcome);
        }
    }
    match db.engine {
        // SQLite writes one at a time whatever is done: reports that wait together share one
        // commit. PostgreSQL writes them side by side, each on its own connection.
        Engine::Sqlite => {
            let report = Report { provider_id, record: record.clone(), today };
            db.reports.run(db, report).await
        }
        Engine::Postgres => report_alone(db, provider_id, record, today).await,
    }
}

/// A report in a transaction of its own.
async fn report_alone(
    db: &Db,
    provider_id: i64,
    record: &NewRecord,
    today: NaiveDate,
) -> Result<Outcome, ReportError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    match report_in(&mut tx, provider_id, record, today).await {
        Ok(outcome) => {
            tx.commit().await?;
            Ok(outcome)
        }
        // The same id sent twice at the same moment: the other request stored it first.
        Err(ReportError::Store(StoreError::Sqlx(sqlx::Error::Database(e)))) if e.is_unique_violation() => {
            tx.rollback().await?;
            let mut conn = db.pool.acquire().await?;
            match budget::find_record(&mut *conn, provider_id, &record.provider_record_id).await? {
                Some(first) => repeated(&first, record),
                None => Err(ReportError::Conflict),
            }
        }
        Err(other) => Err(other),
    }
}

/// A report waiting to share a commit with the reports sent at the same moment
/// ([`crate::store::group_commit`]).
#[derive(Clone, Debug)]
pub struct Report {
    provider_id: i64,
    record: NewRecord,
    today: NaiveDate,
}

impl Job for Report {
    type Done = Result<Outcome, ReportError>;

    /// The group's reports in one transaction (see [`report_group`]). On an SQLite file they are
    /// written straight, in one hand-over to a blocking thread instead of two for each of their
    /// statements (docs/decisions/0050-reports-written-straight.md); in memory through sqlx. If
    /// the database fails any report, or the commit, the whole group is rolled back and every
    /// report is handed back to be reported alone.
    async fn do_group(db: Db, group: Vec<Report>) -> Vec<Result<Self::Done, Report>> {
        let _turn = db.write_turn().await;
        let done = match &db.direct {
            Some(direct) => {
                let reports = group.clone();
                direct.write(move |tx| sql::now(report_group(&mut Straight::new(tx), &reports))).await
            }
            None => group_through_sqlx(&db, &group).await,
        };
        match done {
            Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
            Err(error) => {
                tracing::info!(%error, "a group of reports failed; each is reported alone");
                group.into_iter().map(Err).collect()
            }
        }
    }

    async fn do_alone(self, db: &Db) -> Self::Done {
        report_alone(db, self.provider_id, &self.record, self.today).await
    }

    fn stopped() -> Self::Done {
        Err(ReportError::Store(StoreError::GroupStopped))
    }
}

/// Each report of `group` in the caller's transaction, in the order they came, so each sees the
/// ones before it (the budget's limit, a record id sent twice). Groups are SQLite's alone
/// (`report_once`), where the transaction's first write takes the whole database's write lock,
/// and with it every client's: no client is locked apart. A report the rules refuse is answered
/// so: it has written nothing (see [`report_locked`]). A database error fails the whole group.
/// A savepoint a report would let the others go on, at two more statements each, paid by every
/// report for a failure that hardly ever comes.
async fn report_group(
    conn: &mut impl Sql,
    group: &[Report],
) -> Result<Vec<Result<Outcome, ReportError>>, StoreError> {
    let mut outcomes = Vec::with_capacity(group.len());
    for report in group {
        match report_locked(conn, report.provider_id, &report.record, report.today).await {
            Err(ReportError::Store(error)) => return Err(error),
            answered => outcomes.push(answered),
        }
    }
    Ok(outcomes)
}

/// [`report_group`] through sqlx, in a transaction of the pool's. SQLite takes its write lock at
/// the first write, so the transaction begins with one, on the first report's client.
async fn group_through_sqlx(
    db: &Db,
    group: &[Report],
) -> Result<Vec<Result<Outcome, ReportError>>, StoreError> {
    let mut tx = db.pool.begin().await?;
    if let Some(first) = group.first() {
        budget::lock_client(&mut *tx, first.record.client_id).await?;
    }
    let outcomes = report_group(&mut tx, group).await?;
    tx.commit().await?;
    Ok(outcomes)
}

/// Reports a record inside the caller's transaction (the demo data uses this too). A charged
/// record opens the client's feedback invitation for that provider-day from `today` (B18).
pub async fn report_in(
    conn: &mut AnyConnection,
    provider_id: i64,
    record: &NewRecord,
    today: NaiveDate,
) -> Result<Outcome, ReportError> {
    budget::lock_client(&mut *conn, record.client_id).await?;
    report_locked(conn, provider_id, record, today).await
}

/// [`report_in`] for a caller that holds the client's lock. Every refusal comes before the first
/// write: a report answered with an error other than [`ReportError::Store`] has written nothing.
async fn report_locked(
    conn: &mut impl Sql,
    provider_id: i64,
    record: &NewRecord,
    today: NaiveDate,
) -> Result<Outcome, ReportError> {
    let agreements = budget::agreements_with(&mut *conn, record.client_id, provider_id).await?;
    if agreements.is_empty() {
        return Err(ReportError::UnknownClient);
    }
    let decision = budget::decision_for(&mut *conn, record.client_id, record.date).await?;
    if let Some(first) = budget::find_record(&mut *conn, provider_id, &record.provider_record_id).await? {
        return repeated(&first, record);
    }
    let Some(decision) = decision else { return Err(ReportError::Refused(Refusal::NotInPlan)) };
    let periods: Vec<Period> =
        agreements.iter().filter(|(product, _)| *product == record.product).map(|(_, p)| *p).collect();
    // With no agreement for this product, any period that cannot contain the date will do.
    let agreement = periods
        .iter()
        .find(|p| p.contains(record.date))
        .or(periods.first())
        .copied()
        .unwrap_or(Period { from: NaiveDate::MAX, to: NaiveDate::MAX });
    let line = decision.lines.iter().find(|l| l.product == record.product);
    let line_value = check(&RecordCheck {
        date: record.date,
        units: record.units,
        unit_price: record.unit_price,
        line_value: line.map(|l| l.unit_value),
        decision_period: &decision.period,
        agreement_period: &agreement,
    })
    .map_err(ReportError::Refused)?;
    let cost = charge(record.units, record.unit_price, line_value);
    let left = left_under_cap(&mut *conn, &decision).await?;
    let status = status_under_cap(cost.charged, left);
    let id = budget::insert_record(
        &mut *conn,
        &StoredRecord {
            provider_id,
            provider_record_id: &record.provider_record_id,
            client_id: record.client_id,
            decision_id: decision.id,
            product: record.product,
            date: record.date,
            units: record.units,
            unit_price: record.unit_price,
            charge: cost,
            status,
        },
    )
    .await?;
    if status == RecordStatus::Held {
        let provider = providers::name_of(&mut *conn, provider_id).await?.unwrap_or_default();
        let news = RecordNews {
            client_id: record.client_id,
            record_id: id,
            provider: &provider,
            product: record.product,
            date: record.date,
        };
        messages::record_news(&mut *conn, Kind::RecordHeld, &news, today).await?;
    }
    if status == RecordStatus::Charged {
        let opened = feedback::open_invitation(
            &mut *conn,
            record.client_id,
            provider_id,
            record.date,
            record.product,
            today,
        )
        .await?;
        if opened {
            messages::feedback_open(&mut *conn, record.client_id, provider_id, record.date, today).await?;
        }
        let charged = Charged { amount: cost.charged, day: record.date };
        tell_use(&mut *conn, &decision, left, charged, today).await?;
    }
    Ok(Outcome::Created(Reported { id, status, charge: cost }))
}

/// B8: what is left of the decision's total for one more charge, counting every charged record
/// whatever its date. Reporting a record and releasing a held one both ask this.
pub async fn left_under_cap(conn: &mut impl Sql, decision: &StoredDecision) -> Result<Money, StoreError> {
    let total = plan(&decision.period, &decision.lines).total;
    Ok(total - month_totals::charged_total(&mut *conn, decision.id).await?)
}

/// What a charge was: how much, of a service on which day.
pub struct Charged {
    pub amount: Money,
    pub day: NaiveDate,
}

/// B12: after a charge out of `left`, tells the client's side and the counsellor of a mark of use
/// passed and of the outlook turned at risk. Releasing a held record tells too.
pub async fn tell_use(
    conn: &mut impl Sql,
    decision: &StoredDecision,
    left: Money,
    charged: Charged,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let total = plan(&decision.period, &decision.lines).total;
    let before = total - left;
    let mut alerts: Vec<Alert> =
        usage::mark_passed(total, before, before + charged.amount).into_iter().collect();
    // The outlook (B11) projects from the months before today's: a charge in this month or a
    // later one cannot turn it, and most reports are of this month.
    let turns_outlook = YearMonth::of(charged.day) < YearMonth::of(today);
    if turns_outlook && matches!(outlook_in(&mut *conn, decision, today).await?, Outlook::AtRisk { .. }) {
        alerts.push(Alert::AtRisk);
    }
    let news = UseNews {
        client_id: decision.client_id,
        decision_id: decision.id,
        alerts,
        left: left - charged.amount,
        last_day: decision.period.to,
    };
    messages::budget_use(conn, &news, today).await
}

/// B9: the first result when the content is the same, a conflict when it is not.
fn repeated(first: &RecordRow, record: &NewRecord) -> Result<Outcome, ReportError> {
    let UsedRecord { product, date, units, charged, own_share, status, .. } = first.used;
    let same = first.client_id == record.client_id
        && product == record.product
        && date == record.date
        && units.normalize() == record.units.normalize()
        && first.unit_price == record.unit_price;
    if !same {
        return Err(ReportError::Conflict);
    }
    Ok(Outcome::Repeated(Reported { id: first.id, status, charge: Charge { charged, own_share } }))
}
