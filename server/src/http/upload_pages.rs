//! A provider's file of service records: the form, the file to fill in, the check, the confirm.

use app::context::{FieldError, FormFlash, FormId, PageData};
use app::paths;
use app::record_upload::{FILE_FIELD, MAX_ROWS};
use app::role::Role;
use axum::extract::{FromRequest, Multipart, Path, Request};
use axum::http::header;
use axum::response::{IntoResponse, Redirect};

use super::session;
use super::visit::{PageResult, SignedIn};
use crate::services::record_upload::{self, FileError};

/// `/our-records/upload`: the form to send a file.
pub async fn upload_form(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let page = record_upload::form_page(&visit.state.db, provider_id, visit.today()).await?;
    Ok(visit.page(PageData::UploadRecords(Box::new(page))).await)
}

/// `/our-records/upload/template.csv`: a file to fill in with the provider's clients.
pub async fn template(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let csv = record_upload::template(&visit.state.db, &account, provider_id, visit.today()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"records.csv\""),
        ],
        csv,
    )
        .into_response())
}

/// POST `/our-records/upload`: checks the file and shows what storing it would do, or brings
/// the form back with what is wrong with the file.
pub async fn upload(signed_in: SignedIn, request: Request) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let mut file = Err(FileError::NoFile);
    let mut too_large = false;
    // Read only once the role is known: anyone else is told "not found" whatever they sent. A
    // form sent without a file (not as multipart) has no file.
    let mut multipart = Multipart::from_request(request, &()).await.ok();
    while let Some(parts) = multipart.as_mut() {
        match parts.next_field().await {
            Ok(Some(field)) if field.name() == Some(FILE_FIELD) => {
                let name = field.file_name().unwrap_or("").to_string();
                match field.bytes().await {
                    Ok(bytes) if name.is_empty() && bytes.is_empty() => {}
                    Ok(bytes) => file = Ok((name, bytes)),
                    Err(_) => too_large = true,
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            // The body was cut short or is larger than the server takes.
            Err(_) => {
                too_large = true;
                break;
            }
        }
    }
    let error = match file {
        _ if too_large => FieldError::new(FILE_FIELD, "upload-error-too-large"),
        Ok((name, bytes)) => {
            let db = &visit.state.db;
            match record_upload::check(db, &account, provider_id, &name, &bytes, visit.today()).await? {
                Ok(id) => return Ok(Redirect::to(&paths::record_upload(id)).into_response()),
                Err(error) => file_error(&error),
            }
        }
        Err(error) => file_error(&error),
    };
    let flash = FormFlash { form: FormId::Upload, values: Default::default(), errors: vec![error] };
    session::set_flash(&visit.session, flash).await;
    Ok(Redirect::to(paths::UPLOAD_RECORDS).into_response())
}

fn file_error(error: &FileError) -> FieldError {
    let said = FieldError::new(FILE_FIELD, error.message_id());
    match error {
        FileError::Unreadable(line) => said.with("line", *line as usize),
        FileError::TooManyRows => said.with("most", MAX_ROWS),
        _ => said,
    }
}

/// `/our-records/uploads/{id}`: the file, what storing it would do, is doing or did.
pub async fn upload_page(Path(id): Path<i64>, signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    match record_upload::page(&visit.state.db, provider_id, id).await? {
        Some(page) => Ok(visit.page(PageData::RecordUpload(Box::new(page))).await),
        None => Ok(visit.not_found().await),
    }
}

/// POST `/our-records/uploads/{id}/store`: stores the file's rows, part by part, while the page
/// shows how far it got. Sent twice, the second finds the file taken and stores nothing.
pub async fn store(Path(id): Path<i64>, signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::Provider).await?;
    let Some(provider_id) = account.provider_id else { return Ok(visit.not_found().await) };
    let db = visit.state.db.clone();
    if record_upload::claim(&db, provider_id, id).await? {
        let today = visit.today();
        tokio::spawn(async move {
            if let Err(error) = record_upload::store(&db, provider_id, id, today).await {
                tracing::error!(%error, upload = id, "storing an uploaded file stopped");
            }
        });
    }
    Ok(Redirect::to(&paths::record_upload(id)).into_response())
}
