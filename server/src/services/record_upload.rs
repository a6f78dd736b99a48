//! A provider's file of service records (issue 24, decision 0040): read, then checked row by row
//! by a trial of the path every report takes (`records::report_in`, rolled back), shown, and on
//! one confirm stored through that path again, part by part, each part one transaction.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sqlx::AnyConnection;

use app::provider_work::fields;
use app::record_upload::{
    columns, RowCounts, RowOutcome, UploadFormPage, UploadPage, UploadRow, UploadState, MAX_ROWS, ROWS_LISTED,
};

use crate::clock::now_unix;
use crate::rules::records::RecordStatus;
use crate::rules::YearMonth;
use crate::services::api_tokens::hash;
use crate::services::provider_work::{report_error, ReportFormError};
use crate::services::records::{self, NewRecord, Outcome};
use crate::store::accounts::Account;
use crate::store::record_uploads::{self, NewUpload, Upload, STALLED_SECONDS};
use crate::store::{changes, Db, StoreError};

/// Rows stored in one transaction: small enough that other writers wait a moment at most, large
/// enough that a file of 10,000 rows is 20 commits.
pub const ROWS_PER_PART: usize = 500;

/// Why a file cannot be checked at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("no file was chosen")]
    NoFile,
    #[error("the file is not text in UTF-8")]
    NotText,
    #[error("the file has no rows of records")]
    NoRows,
    #[error("the file lacks columns: {0:?}")]
    MissingColumns(Vec<&'static str>),
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("the file cannot be read as CSV at line {0}")]
    Unreadable(u64),
}

impl FileError {
    pub fn message_id(&self) -> &'static str {
        match self {
            FileError::NoFile => "upload-error-no-file",
            FileError::NotText => "upload-error-not-text",
            FileError::NoRows => "upload-error-no-rows",
            FileError::MissingColumns(_) => "upload-error-columns",
            FileError::TooManyRows => "upload-error-too-many",
            FileError::Unreadable(_) => "upload-error-unreadable",
        }
    }
}

/// One row of a file: its line and its values under the report form's field names, so that the
/// form's own check reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRow {
    pub line: u32,
    values: BTreeMap<String, String>,
}

/// Reads a CSV file of records. Spreadsheets in Finland write `;` between columns (the comma is
/// the decimal mark), others `,`: the header line says which. Rows left empty, or with only
/// the template's client and service filled in, are not records and are skipped.
pub fn read(bytes: &[u8]) -> Result<Vec<FileRow>, FileError> {
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotText)?;
    let text = text.trim_start_matches('\u{feff}');
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.contains(';') { b';' } else { b',' };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let names: Vec<String> =
        reader.headers().map_err(|_| FileError::Unreadable(1))?.iter().map(|h| h.to_lowercase()).collect();
    let missing: Vec<&'static str> =
        columns::REQUIRED.into_iter().filter(|c| !names.iter().any(|n| n == c)).collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError::Unreadable(e.position().map_or(0, |p| p.line())))?;
        let value = |column: &str| {
            names.iter().position(|n| n == column).and_then(|i| record.get(i)).unwrap_or("").to_string()
        };
        let written = [columns::RECORD_ID, columns::DATE, columns::UNITS, columns::UNIT_PRICE];
        if written.iter().all(|c| value(c).is_empty()) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(FileError::TooManyRows);
        }
        let values = [
            (fields::RECORD, value(columns::RECORD_ID)),
            (fields::CLIENT, value(columns::CLIENT_ID)),
            (fields::SERVICE, value(columns::PRODUCT)),
            (fields::DATE, value(columns::DATE)),
            (fields::UNITS, value(columns::UNITS)),
            (fields::PRICE, value(columns::UNIT_PRICE)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let line = record.position().map_or(0, |p| p.line()) as u32;
        rows.push(FileRow { line, values });
    }
    if rows.is_empty() {
        return Err(FileError::NoRows);
    }
    Ok(rows)
}

impl FileRow {
    /// The row's record id, or the one made from its values when it has none.
    fn record_id(&self, record: Option<&NewRecord>) -> String {
        let given = self.values.get(fields::RECORD).map(String::as_str).unwrap_or("");
        match (given, record) {
            ("", Some(record)) => made_record_id(record),
            (given, _) => given.to_string(),
        }
    }

    /// The record the row reports, checked by the report form's rules.
    fn record(&self) -> Result<NewRecord, Vec<ReportFormError>> {
        let mut values = self.values.clone();
        let without_id = values.get(fields::RECORD).is_none_or(|v| v.is_empty());
        if without_id {
            values.insert(fields::RECORD.to_string(), "made-from-values".to_string());
        }
        let mut record = crate::services::provider_work::check_report(&values)?;
        if without_id {
            record.provider_record_id = made_record_id(&record);
        }
        Ok(record)
    }
}

/// A small provider's spreadsheet has no ids of its own: a row without one gets an id made from
/// what it says, so the same row sent again is the same record (B9). Two services to one client
/// of the same kind, day, amount and price would be one record: write ids to tell them apart.
fn made_record_id(record: &NewRecord) -> String {
    let said = format!(
        "{}|{}|{}|{}|{}",
        record.client_id,
        record.product.code(),
        record.date,
        record.units.normalize(),
        record.unit_price
    );
    format!("file-{}", &hash(&said)[..16])
}

/// What a file's error or a refused row says, in words about the file's columns.
fn reason(error: ReportFormError) -> &'static str {
    match error {
        ReportFormError::Client => "upload-error-client",
        ReportFormError::Service => "upload-error-service",
        ReportFormError::Date => "upload-error-date",
        ReportFormError::Again => "upload-error-again",
        other => other.message_id(),
    }
}

/// Reports each row in the caller's transaction, in order, as the API would one by one.
async fn report_rows(
    conn: &mut AnyConnection,
    provider_id: i64,
    rows: &[FileRow],
    today: NaiveDate,
) -> Result<Vec<UploadRow>, StoreError> {
    let mut outcomes = Vec::with_capacity(rows.len());
    for row in rows {
        let record = row.record();
        let outcome = match &record {
            Err(errors) => refused(errors.iter().copied()),
            Ok(record) => match records::report_in(&mut *conn, provider_id, record, today).await {
                Ok(Outcome::Created(reported)) if reported.status == RecordStatus::Held => RowOutcome::Held,
                Ok(Outcome::Created(_)) => RowOutcome::Charged,
                Ok(Outcome::Repeated(_)) => RowOutcome::Repeated,
                Err(error) => refused([report_error(error)?]),
            },
        };
        outcomes.push(UploadRow { line: row.line, record_id: row.record_id(record.as_ref().ok()), outcome });
    }
    Ok(outcomes)
}

fn refused(errors: impl IntoIterator<Item = ReportFormError>) -> RowOutcome {
    RowOutcome::Refused { reasons: errors.into_iter().map(|e| reason(e).to_string()).collect() }
}

/// Checks a file the provider sent: every row goes through the reporting path in a transaction
/// that is then rolled back, so the outcomes are those storing would have now, the budget's
/// limit counting the file's earlier rows. Keeps the file and what was found; gives its id.
pub async fn check(
    db: &Db,
    account: &Account,
    provider_id: i64,
    file_name: &str,
    bytes: &[u8],
    today: NaiveDate,
) -> Result<Result<i64, FileError>, StoreError> {
    let _turn = db.write_turn().await;
    let mut tx = db.pool.begin().await?;
    let checked = check_in(&mut tx, account.id, provider_id, file_name, bytes, today).await?;
    tx.commit().await?;
    Ok(checked)
}

/// [`check`] in the caller's transaction (the demo data has a file waiting too); the trial
/// runs in a nested one, which is rolled back.
pub async fn check_in(
    conn: &mut AnyConnection,
    account_id: i64,
    provider_id: i64,
    file_name: &str,
    bytes: &[u8],
    today: NaiveDate,
) -> Result<Result<i64, FileError>, StoreError> {
    let rows = match read(bytes) {
        Ok(rows) => rows,
        Err(error) => return Ok(Err(error)),
    };
    let mut trial = sqlx::Connection::begin(&mut *conn).await?;
    let checked = report_rows(&mut trial, provider_id, &rows, today).await?;
    trial.rollback().await?;
    let new = NewUpload {
        provider_id,
        uploaded_by: account_id,
        uploaded_at: now_unix(),
        file_name,
        content: &String::from_utf8_lossy(bytes),
        checked: &checked,
    };
    Ok(Ok(record_uploads::insert(&mut *conn, &new).await?))
}

/// Takes the file for storing. False when it is stored already or being stored: confirming
/// twice stores nothing twice.
pub async fn claim(db: &Db, provider_id: i64, upload_id: i64) -> Result<bool, StoreError> {
    let _turn = db.write_turn().await;
    let mut conn = db.pool.acquire().await?;
    record_uploads::claim(&mut conn, provider_id, upload_id, now_unix()).await
}

/// Stores a claimed file from where it got to, a part at a time; each part's records and the
/// file's progress are one transaction, so a stop leaves whole parts and says how far.
pub async fn store(db: &Db, provider_id: i64, upload_id: i64, today: NaiveDate) -> Result<(), StoreError> {
    let outcome = store_parts(db, provider_id, upload_id, today).await;
    if outcome.is_err() {
        let _turn = db.write_turn().await;
        let mut conn = db.pool.acquire().await?;
        record_uploads::interrupted(&mut conn, upload_id).await?;
    }
    outcome
}

async fn store_parts(db: &Db, provider_id: i64, upload_id: i64, today: NaiveDate) -> Result<(), StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(upload) = record_uploads::find(&mut conn, provider_id, upload_id).await? else { return Ok(()) };
    drop(conn);
    let rows = read(upload.content.as_bytes())
        .map_err(|e| StoreError::Corrupt(format!("a kept upload cannot be read again: {e}")))?;
    let mut stored = upload.stored;
    let parts: Vec<&[FileRow]> = rows[stored.len().min(rows.len())..].chunks(ROWS_PER_PART).collect();
    if parts.is_empty() {
        let _turn = db.write_turn().await;
        let mut conn = db.pool.acquire().await?;
        return record_uploads::progress(&mut conn, upload_id, &stored, UploadState::Stored, now_unix())
            .await;
    }
    let last = parts.len() - 1;
    for (n, part) in parts.into_iter().enumerate() {
        let _turn = db.write_turn().await;
        let mut tx = db.pool.begin().await?;
        stored.extend(report_rows(&mut tx, provider_id, part, today).await?);
        let state = if n == last { UploadState::Stored } else { UploadState::Storing };
        record_uploads::progress(&mut tx, upload_id, &stored, state, now_unix()).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// `/our-records/upload`: whether there is anything to report, and the files sent before.
pub async fn form_page(db: &Db, provider_id: i64, today: NaiveDate) -> Result<UploadFormPage, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let agreements = changes::provider_agreements(&mut conn, provider_id, today).await?;
    let earlier = record_uploads::latest(&mut conn, provider_id, 10).await?;
    Ok(UploadFormPage { has_clients: !agreements.is_empty(), earlier })
}

/// `/our-records/uploads/{id}`: the provider's file, what storing would do or did.
pub async fn page(db: &Db, provider_id: i64, upload_id: i64) -> Result<Option<UploadPage>, StoreError> {
    let mut conn = db.pool.acquire().await?;
    let Some(upload) = record_uploads::find(&mut conn, provider_id, upload_id).await? else {
        return Ok(None);
    };
    Ok(Some(upload_page(upload, now_unix())))
}

fn upload_page(upload: Upload, now: i64) -> UploadPage {
    let state = match upload.state {
        UploadState::Storing if upload.touched_at < now - STALLED_SECONDS => UploadState::Interrupted,
        state => state,
    };
    let rows = if state == UploadState::Checked { &upload.checked } else { &upload.stored };
    let mut counts = RowCounts::default();
    for row in rows {
        match row.outcome {
            RowOutcome::Charged => counts.charged += 1,
            RowOutcome::Held => counts.held += 1,
            RowOutcome::Repeated => counts.repeated += 1,
            RowOutcome::Refused { .. } => counts.refused += 1,
        }
    }
    let listed =
        rows.iter().filter(|r| r.outcome != RowOutcome::Charged).take(ROWS_LISTED).cloned().collect();
    UploadPage {
        id: upload.id,
        file_name: upload.file_name,
        state,
        rows: upload.row_count,
        done: upload.done_rows,
        counts,
        listed,
        month: month_of_most(&upload.content),
    }
}

/// The month most of the file's rows are dated in, to show them in Our records afterwards.
fn month_of_most(content: &str) -> Option<String> {
    let rows = read(content.as_bytes()).ok()?;
    let mut months: BTreeMap<YearMonth, usize> = BTreeMap::new();
    for row in &rows {
        if let Ok(record) = row.record() {
            *months.entry(YearMonth::of(record.date)).or_default() += 1;
        }
    }
    months.into_iter().max_by_key(|(month, n)| (*n, std::cmp::Reverse(*month))).map(|(m, _)| m.to_string())
}

/// `/our-records/upload/template.csv`: a file to fill in, one line per client and service the
/// provider has an agreement for today or later, the other columns empty.
pub async fn template(
    db: &Db,
    account: &Account,
    provider_id: i64,
    today: NaiveDate,
) -> Result<String, StoreError> {
    use crate::services::csv::field;
    let mut conn = db.pool.acquire().await?;
    let agreements = changes::provider_agreements(&mut conn, provider_id, today).await?;
    drop(conn);
    let header = [
        columns::RECORD_ID,
        columns::CLIENT_ID,
        columns::CLIENT_NAME,
        columns::PRODUCT,
        columns::DATE,
        columns::UNITS,
        columns::UNIT_PRICE,
    ];
    let mut csv = header.join(",") + "\n";
    let mut lines: Vec<(i64, String, &str)> =
        agreements.iter().map(|a| (a.client_id, a.client_name.clone(), a.product.code())).collect();
    lines.sort();
    lines.dedup();
    for (client_id, name, product) in &lines {
        csv.push_str(&format!(",{client_id},{},{product},,,\n", field(name)));
    }
    let mut ids: Vec<i64> = lines.iter().map(|l| l.0).collect();
    ids.dedup();
    crate::services::access::log_reads(
        db,
        crate::services::access::Reader::Person(account),
        &ids,
        &app::access::LookedAt::ProviderClients,
    )
    .await?;
    Ok(csv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_separator_is_read_and_unfilled_lines_are_no_rows() {
        let semicolons = "provider_record_id;client_id;client_name;product;date;units;unit_price\n\
                          a-1;7;\"Kettunen; Aino\";day-activities;2.5.2018;1;75,00\n\
                          ;7;Aino;day-activities;;;\n\
                          ;;;;;;\n";
        let rows = read(semicolons.as_bytes()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        let record = rows[0].record().unwrap();
        assert_eq!((record.client_id, record.unit_price.to_string()), (7, "75.00".to_string()));
        let commas = "\u{feff}Provider_Record_Id,client_id,product,date,units,unit_price\nb,7,day-activities,2018-05-02,\"2,5\",75.00\n";
        let rows = read(commas.as_bytes()).unwrap();
        assert_eq!(
            rows[0].record().unwrap().units.to_string(),
            "2.5",
            "a byte-order mark and capitals are fine"
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_says_why() {
        assert_eq!(
            read(b"client;date\n1;2.5.2018\n"),
            Err(FileError::MissingColumns(vec![
                columns::RECORD_ID,
                columns::CLIENT_ID,
                columns::PRODUCT,
                columns::UNITS,
                columns::UNIT_PRICE
            ]))
        );
        assert_eq!(
            read(b"provider_record_id,client_id,product,date,units,unit_price\n"),
            Err(FileError::NoRows)
        );
        assert_eq!(read(&[0xff, 0xfe, 0x00]), Err(FileError::NotText));
    }

    #[test]
    fn a_row_without_an_id_gets_the_same_id_each_time() {
        let file = "provider_record_id,client_id,product,date,units,unit_price\n,7,day-activities,2.5.2018,1,\"75,00\"\n,7,day-activities,2018-05-02,1.0,75\n";
        let rows = read(file.as_bytes()).unwrap();
        let ids: Vec<String> = rows.iter().map(|r| r.record().unwrap().provider_record_id).collect();
        assert!(ids[0].starts_with("file-"));
        assert_eq!(ids[0], ids[1], "the same values written another way are the same record");
    }
}
