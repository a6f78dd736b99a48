//! A provider's files of service records, kept from the check to the last row stored.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::StoreError;
use app::record_upload::{UploadRow, UploadState, UploadSummary};

/// A file as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upload {
    pub id: i64,
    pub provider_id: i64,
    pub file_name: String,
    pub content: String,
    pub row_count: i64,
    pub checked: Vec<UploadRow>,
    pub state: UploadState,
    pub done_rows: i64,
    pub stored: Vec<UploadRow>,
    /// Unix seconds.
    pub touched_at: i64,
}

/// A checked file, as it is first kept.
pub struct NewUpload<'a> {
    pub provider_id: i64,
    pub uploaded_by: i64,
    pub uploaded_at: i64,
    pub file_name: &'a str,
    pub content: &'a str,
    pub checked: &'a [UploadRow],
}

pub async fn insert(conn: &mut AnyConnection, new: &NewUpload<'_>) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO record_uploads \
         (provider_id, uploaded_by, uploaded_at, file_name, content, row_count, checked, state) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(new.provider_id)
    .bind(new.uploaded_by)
    .bind(new.uploaded_at)
    .bind(new.file_name)
    .bind(new.content)
    .bind(new.checked.len() as i64)
    .bind(to_json(new.checked))
    .bind(UploadState::Checked.code())
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// The provider's file `id`; another provider's is none of its business, so it is not found.
pub async fn find(conn: &mut AnyConnection, provider_id: i64, id: i64) -> Result<Option<Upload>, StoreError> {
    let row = sqlx::query(
        "SELECT id, provider_id, file_name, content, row_count, checked, state, done_rows, stored, touched_at \
         FROM record_uploads WHERE id = $1 AND provider_id = $2",
    )
    .bind(id)
    .bind(provider_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(upload_from_row).transpose()
}

/// The provider's latest files, the latest first.
pub async fn latest(
    conn: &mut AnyConnection,
    provider_id: i64,
    limit: i64,
) -> Result<Vec<UploadSummary>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, file_name, row_count, state FROM record_uploads WHERE provider_id = $1 \
         ORDER BY id DESC LIMIT $2",
    )
    .bind(provider_id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(UploadSummary {
                id: row.try_get("id")?,
                file_name: row.try_get("file_name")?,
                rows: row.try_get("row_count")?,
                state: state_of(row)?,
            })
        })
        .collect()
}

/// Storing that has not stored a part for this long stopped with its server process.
pub const STALLED_SECONDS: i64 = 60;

/// Takes the file for storing: true when it was checked, interrupted or stalled and is now the
/// caller's; false when another request took it or it is stored already.
pub async fn claim(
    conn: &mut AnyConnection,
    provider_id: i64,
    id: i64,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE record_uploads SET state = $1, touched_at = $2 WHERE id = $3 AND provider_id = $4 \
         AND (state IN ($5, $6) OR (state = $7 AND touched_at < $8))",
    )
    .bind(UploadState::Storing.code())
    .bind(now)
    .bind(id)
    .bind(provider_id)
    .bind(UploadState::Checked.code())
    .bind(UploadState::Interrupted.code())
    .bind(UploadState::Storing.code())
    .bind(now - STALLED_SECONDS)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Writes how far storing got, in the transaction that stored that far.
pub async fn progress(
    conn: &mut AnyConnection,
    id: i64,
    stored: &[UploadRow],
    state: UploadState,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE record_uploads SET done_rows = $1, stored = $2, state = $3, touched_at = $4 WHERE id = $5",
    )
    .bind(stored.len() as i64)
    .bind(to_json(stored))
    .bind(state.code())
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks the file as stopped part-way, so that confirming it again goes on.
pub async fn interrupted(conn: &mut AnyConnection, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE record_uploads SET state = $1 WHERE id = $2 AND state = $3")
        .bind(UploadState::Interrupted.code())
        .bind(id)
        .bind(UploadState::Storing.code())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

fn to_json(rows: &[UploadRow]) -> String {
    serde_json::to_string(rows).expect("rows serialise")
}

fn from_json(text: &str) -> Result<Vec<UploadRow>, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("an upload's rows: {e}")))
}

fn state_of(row: &AnyRow) -> Result<UploadState, StoreError> {
    let code: String = row.try_get("state")?;
    UploadState::parse(&code).ok_or_else(|| StoreError::Corrupt(format!("an upload's state: {code}")))
}

fn upload_from_row(row: &AnyRow) -> Result<Upload, StoreError> {
    Ok(Upload {
        id: row.try_get("id")?,
        provider_id: row.try_get("provider_id")?,
        file_name: row.try_get("file_name")?,
        content: row.try_get("content")?,
        row_count: row.try_get("row_count")?,
        checked: from_json(&row.try_get::<String, _>("checked")?)?,
        state: state_of(row)?,
        done_rows: row.try_get("done_rows")?,
        stored: from_json(&row.try_get::<String, _>("stored")?)?,
        touched_at: row.try_get("touched_at")?,
    })
}
