//! The monthly settlement (rules::settlement): the organiser's list of months, one month per
//! provider, its approval, and the month as a CSV file and as a bank payment file.

use app::settlements::{
    MonthSum, PaymentFile, SettledMonth, SettlementLine, SettlementPage, SettlementState, SettlementsPage,
};
use chrono::NaiveDate;
use sqlx::AnyConnection;

use super::csv;
use super::payment_file::{self, Payment};
use crate::clock;
use crate::config::Payer;
use crate::rules::settlement::{self, NotNow};
use crate::rules::{bank, Money, YearMonth};
use crate::store::budget::date_text;
use crate::store::settlements::{self as store, ProviderLine, Settled, Which};
use crate::store::{Db, StoreError};

/// `/settlements`: the month to settle next with what it would pay now, and the months settled.
pub async fn settlements_page(db: &Db, today: NaiveDate) -> Result<SettlementsPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let settled = store::all(&mut conn).await?;
    let oldest = store::oldest_unpaid(&mut conn).await?;
    let next = settlement::next_month(settled.first().map(|s| s.month), oldest);
    let next_sum = match next {
        Some(month) => Some(sum(month, &store::lines(&mut conn, Which::Open(month), None).await?)),
        None => None,
    };
    let next_from =
        next.filter(|month| today <= month.last_day()).map(|month| date_text(month.next().first_day()));
    let mut months = Vec::with_capacity(settled.len());
    for s in &settled {
        let lines = store::lines(&mut conn, Which::Settled(s.month), None).await?;
        months.push(SettledMonth {
            sum: sum(s.month, &lines),
            approved_on: clock::helsinki_day_and_time(s.approved_at).0,
            approved_by: s.approved_by.clone(),
        });
    }
    Ok(SettlementsPage { next: next_sum, next_from, settled: months })
}

fn sum(month: YearMonth, lines: &[ProviderLine]) -> MonthSum {
    MonthSum {
        month: month.to_string(),
        providers: lines.len() as i64,
        records: lines.iter().map(|l| l.records).sum(),
        amount: lines.iter().map(|l| l.charged).sum::<Money>().to_string(),
    }
}

/// The month's settlement as it stands: approved, or what it would pay if approved now.
pub struct Month {
    pub month: YearMonth,
    pub settled: Option<Settled>,
    pub lines: Vec<ProviderLine>,
    /// Why it cannot be approved now, while it is not.
    pub not_now: Option<NotNow>,
}

/// The settlement of `month`; only `provider`'s line when one is given.
pub async fn month(
    conn: &mut AnyConnection,
    month: YearMonth,
    today: NaiveDate,
    provider: Option<i64>,
) -> Result<Month, StoreError> {
    let settled = store::settled(conn, month).await?;
    let which = if settled.is_some() { Which::Settled(month) } else { Which::Open(month) };
    let lines = store::lines(conn, which, provider).await?;
    let not_now = may_settle_now(conn, month, today).await?.err();
    Ok(Month { month, settled, lines, not_now })
}

/// Whether `month` can be settled on `today`, by the settlements and unpaid records as they are.
async fn may_settle_now(
    conn: &mut AnyConnection,
    month: YearMonth,
    today: NaiveDate,
) -> Result<Result<(), NotNow>, StoreError> {
    let last = store::latest(&mut *conn).await?;
    let oldest = store::oldest_unpaid(&mut *conn).await?;
    Ok(settlement::may_settle(month, today, last, oldest))
}

/// `/settlements/{month}`.
pub async fn settlement_page(
    db: &Db,
    month: YearMonth,
    today: NaiveDate,
    payer: Option<&Payer>,
) -> Result<SettlementPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let m = self::month(&mut conn, month, today, None).await?;
    let state = match (&m.settled, m.not_now) {
        (Some(s), _) => SettlementState::Settled {
            approved_on: clock::helsinki_day_and_time(s.approved_at).0,
            approved_by: s.approved_by.clone(),
            pay_on: date_text(s.pay_on),
        },
        (None, None) => SettlementState::Ready,
        (None, Some(NotNow::NotOver { from })) => SettlementState::NotOver { from: date_text(from) },
        (None, Some(NotNow::NotNext { next })) => SettlementState::NotNext { next: next.to_string() },
        // Settled by someone else between the two reads: the page says what it would pay.
        (None, Some(NotNow::Settled)) => SettlementState::NotNext { next: month.next().to_string() },
    };
    let payment_file = match payments(&m, payer) {
        Ok(_) => PaymentFile::Ready,
        Err(why) => why,
    };
    Ok(SettlementPage {
        sum: sum(month, &m.lines),
        state,
        lines: m
            .lines
            .iter()
            .map(|l| SettlementLine {
                provider: l.name.clone(),
                business_id: l.business_id.clone(),
                records: l.records,
                amount: l.charged.to_string(),
                own_shares: l.own_shares.to_string(),
                reference: settlement::payment_reference(month, l.provider_id),
            })
            .collect(),
        own_shares: m.lines.iter().map(|l| l.own_shares).sum::<Money>().to_string(),
        payment_file,
    })
}

/// The payments of an approved settlement, or why there can be no payment file.
fn payments(m: &Month, payer: Option<&Payer>) -> Result<Vec<Payment>, PaymentFile> {
    if m.settled.is_none() {
        return Err(PaymentFile::NotApproved);
    }
    if payer.is_none() {
        return Err(PaymentFile::NoPayer);
    }
    let paid: Vec<&ProviderLine> = m.lines.iter().filter(|l| l.charged.cents() > 0).collect();
    if paid.is_empty() {
        return Err(PaymentFile::NothingToPay);
    }
    let mut missing = Vec::new();
    let mut payments = Vec::with_capacity(paid.len());
    for line in paid {
        let valid = |value: &Option<String>, check: fn(&str) -> bool| value.clone().filter(|v| check(v));
        match (
            valid(&line.business_id, bank::business_id_is_valid),
            valid(&line.iban, bank::iban_is_valid),
            valid(&line.bic, bank::bic_is_valid),
        ) {
            (Some(business_id), Some(iban), Some(bic)) => payments.push(Payment {
                provider_id: line.provider_id,
                name: line.name.clone(),
                business_id,
                iban,
                bic,
                amount: line.charged,
            }),
            _ => missing.push(line.name.clone()),
        }
    }
    if missing.is_empty() {
        Ok(payments)
    } else {
        Err(PaymentFile::BankDetailsMissing { providers: missing })
    }
}

/// Why a settlement was not approved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotApproved {
    NotNow(NotNow),
    /// What it would pay is not what the organiser saw: records came or were released meanwhile.
    FiguresChanged,
}

/// Approves the settlement of `month` in one transaction, if it can be settled today and pays
/// what the organiser saw (`seen`: records and euros); locks it: its records are paid by it
/// and by no other.
pub async fn approve(
    db: &Db,
    month: YearMonth,
    approved_by: &str,
    today: NaiveDate,
    seen: (i64, Money),
) -> Result<Result<(), NotApproved>, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    if let Err(why) = may_settle_now(&mut tx, month, today).await? {
        return Ok(Err(NotApproved::NotNow(why)));
    }
    let settled = Settled {
        month,
        approved_by: approved_by.to_string(),
        approved_at: clock::now_unix(),
        pay_on: today,
    };
    let paid = match store::approve(&mut tx, &settled).await {
        Ok(paid) => paid,
        // Someone approved it a moment ago.
        Err(StoreError::Sqlx(sqlx::Error::Database(e))) if e.is_unique_violation() => {
            return Ok(Err(NotApproved::NotNow(NotNow::Settled)))
        }
        Err(e) => return Err(e),
    };
    if paid != seen {
        tx.rollback().await?;
        return Ok(Err(NotApproved::FiguresChanged));
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// The settlement as a CSV file: one line per provider, with stable English column names and
/// plain numbers.
pub fn csv(page: &SettlementPage) -> String {
    let settled = match &page.state {
        SettlementState::Settled { approved_on, .. } => approved_on.clone(),
        _ => String::new(),
    };
    let mut out = String::from(
        "settlement_month,approved_on,provider,business_id,records,paid_eur,own_shares_eur,reference\n",
    );
    for line in &page.lines {
        let fields = [
            page.sum.month.clone(),
            settled.clone(),
            csv::field(&line.provider),
            line.business_id.clone().unwrap_or_default(),
            line.records.to_string(),
            line.amount.clone(),
            line.own_shares.clone(),
            line.reference.clone(),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// The bank payment file of an approved settlement; why not, when it cannot be made.
pub async fn payment_file(
    db: &Db,
    month: YearMonth,
    payer: Option<&Payer>,
) -> Result<Result<String, PaymentFile>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let m = self::month(&mut conn, month, NaiveDate::MIN, None).await?;
    let (payments, payer, settled) = match (payments(&m, payer), payer, &m.settled) {
        (Ok(payments), Some(payer), Some(settled)) => (payments, payer, settled),
        (Err(why), _, _) => return Ok(Err(why)),
        _ => return Ok(Err(PaymentFile::NotApproved)),
    };
    // Made at the approval's moment: the same file each time it is fetched, with one message id
    // that a bank takes only once.
    let created = clock::helsinki_date_time(settled.approved_at);
    Ok(Ok(payment_file::pain_001(payer, month, &payments, created, settled.pay_on)))
}
