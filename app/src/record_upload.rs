//! A provider's file of a month's service records: sent, checked row by row, shown, and stored
//! on one confirm. The server fills these; `pages::upload_records` and `pages::record_upload`
//! show them.

use serde::{Deserialize, Serialize};

/// The file's columns, as the API names a record's fields; `client_name` may be there too (the
/// template has it, for people to read) and is not used.
pub mod columns {
    pub const RECORD_ID: &str = "provider_record_id";
    pub const CLIENT_ID: &str = "client_id";
    pub const CLIENT_NAME: &str = "client_name";
    pub const PRODUCT: &str = "product";
    pub const DATE: &str = "date";
    pub const UNITS: &str = "units";
    pub const UNIT_PRICE: &str = "unit_price";
    /// The columns a file must have, in the template's order.
    pub const REQUIRED: [&str; 6] = [RECORD_ID, CLIENT_ID, PRODUCT, DATE, UNITS, UNIT_PRICE];
}

/// The upload form's one field.
pub const FILE_FIELD: &str = "file";

/// The most rows one file may have.
pub const MAX_ROWS: usize = 20_000;

/// The most rows a page about a file lists one by one; the counts cover every row.
pub const ROWS_LISTED: usize = 1_000;

/// `/our-records/upload`: the form to send a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadFormPage {
    /// Whether the provider has clients to report for: without, there is nothing to send.
    pub has_clients: bool,
    /// The files sent before, the latest first.
    pub earlier: Vec<UploadSummary>,
}

/// A file sent before, in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadSummary {
    pub id: i64,
    pub file_name: String,
    pub rows: i64,
    pub state: UploadState,
}

/// Where a file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UploadState {
    /// Checked and shown; nothing stored until the provider confirms.
    Checked,
    /// Being stored, part by part.
    Storing,
    /// Every row went through.
    Stored,
    /// Storing stopped part-way (the server stopped or the database failed); confirmed again,
    /// it goes on, and rows stored already are not stored twice.
    Interrupted,
}

impl UploadState {
    pub fn code(self) -> &'static str {
        match self {
            UploadState::Checked => "checked",
            UploadState::Storing => "storing",
            UploadState::Stored => "stored",
            UploadState::Interrupted => "interrupted",
        }
    }

    pub fn parse(code: &str) -> Option<UploadState> {
        [UploadState::Checked, UploadState::Storing, UploadState::Stored, UploadState::Interrupted]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// `/our-records/uploads/{id}`: one file, what storing it would do or did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadPage {
    pub id: i64,
    pub file_name: String,
    pub state: UploadState,
    /// Every row of the file.
    pub rows: i64,
    /// Rows stored so far while storing.
    pub done: i64,
    /// What storing would do (checked) or did (stored), counted over every row.
    pub counts: RowCounts,
    /// The rows that are not simply charged, by line, at most [`ROWS_LISTED`].
    pub listed: Vec<UploadRow>,
    /// The month most of the rows are about, "YYYY-MM", to go and see them in Our records.
    pub month: Option<String>,
}

/// How many rows came to each end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowCounts {
    pub charged: i64,
    pub held: i64,
    pub repeated: i64,
    pub refused: i64,
}

impl RowCounts {
    /// The rows that store a record: charged or held.
    pub fn stored(&self) -> i64 {
        self.charged + self.held
    }
}

/// One row of a file and what became (or would become) of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadRow {
    /// The file's line, the header being line 1.
    pub line: u32,
    /// The provider's id for the record, as the row had it.
    pub record_id: String,
    pub outcome: RowOutcome,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowOutcome {
    /// Stored and charged to the client's budget.
    Charged,
    /// Stored and held for the counsellor's review: the budget would run out (B8).
    Held,
    /// Stored before with the same values: nothing stored again (B9).
    Repeated,
    /// Not stored: the message ids of what is wrong, each about one column.
    Refused { reasons: Vec<String> },
}
