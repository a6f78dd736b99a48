//! The counsellor workspace: the counsellor's clients with what needs attention, opening a
//! client's pages as the client sees them, recording a guidance contact, setting mandates, preparing
//! the decision for the decision-maker, reviewing records held for review, and letting the client
//! and their relatives sign in with strong identification; and the decision-maker's list of
//! prepared decisions, where they decide. Only the client's own counsellor (or, for a prepared
//! decision, a decision-maker) gets anything; any other id answers 404 and is logged as a refused
//! look.

use std::collections::BTreeMap;

use app::access::LookedAt;
use app::context::{FieldError, FormFlash, FormId, PageData};
use app::counsellor::{
    review_fields, sign_in_fields, ClientsPage, ContactPage, DecisionFormPage, DecisionsPage, HeldPage,
    MandatesPage, Reviewed,
};
use app::paths;
use app::plan::PlanFormPage;
use app::proposals::ProposalState;
use app::role::Role;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect};

use super::visit::{
    counselled_name, decision_desk_name, proposal_desk_name, Counselled, PageResult, SignedIn, Visit,
};
use super::{session, AppState};
use crate::clock::now_unix;
use crate::services::access::{self, Reader};
use crate::services::reviews::{self, ReviewError};
use crate::services::{budget, counsellor, decision_form, identity_links, mandates, plans, proposals};
use crate::store::accounts::Account;
use crate::store::budget::date_text;
use crate::store::StoreError;

/// `/clients`: the counsellor's clients, what needs attention, and the next agreed contacts.
pub async fn clients(signed_in: SignedIn) -> PageResult {
    let (mut visit, account) = signed_in.only(Role::Counsellor).await?;
    // The workspace is no client's page: coming back to it closes the client opened.
    session::forget_client(&visit.session).await;
    if let Some(viewer) = visit.ctx.viewer.as_mut() {
        viewer.helping = None;
    }
    let clients = counsellor::workspace(&visit.state.db, &account, visit.today()).await?;
    let recorded = visit.query_value("recorded").and_then(|value| value.parse::<i64>().ok());
    let recorded_for =
        recorded.and_then(|id| clients.iter().find(|c| c.client_id == id)).map(|c| c.name.clone());
    Ok(visit.page(PageData::Clients(Box::new(ClientsPage { clients, recorded_for }))).await)
}

/// POST `/clients/{id}/open`: the client's pages from now on show this client's matters, read
/// only, each look logged. Another counsellor's client changes nothing, and is logged.
pub async fn open_client(Path(client_id): Path<i64>, visit: Visit) -> PageResult {
    let Some(account) = visit.account.clone() else { return Ok(visit.to_sign_in()) };
    if counselled_name(&visit.state, &account, client_id, "open a client's pages").await?.is_none() {
        return Ok(visit.not_found().await);
    }
    session::choose_client(&visit.session, client_id).await;
    Ok(Redirect::to(paths::HOME).into_response())
}

/// `/clients/{id}/contact`: the form to record a guidance contact, and the contacts so far.
pub async fn contact_page(counselled: Counselled) -> PageResult {
    let contacts = counsellor::contacts(&counselled.visit.state.db, counselled.client_id).await?;
    counselled.log(&LookedAt::Contacts).await?;
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let page = ContactPage { client_id, client_name, today: date_text(visit.today()), contacts };
    Ok(visit.page(PageData::Contact(Box::new(page))).await)
}

/// POST `/clients/{id}/contact`: records the contact, or brings the form back filled in with
/// each error beside its field.
pub async fn record_contact(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let post = ClientPost { client_id, what: "record a guidance contact", back: paths::contact(client_id) };
    post.answer(visit, body, async |state, account, form| {
        match counsellor::check_contact(form, state.clock.today()) {
            Ok(contact) => {
                counsellor::record_contact(&state.db, account, client_id, &contact, now_unix()).await?;
                Ok(Outcome::Go(format!("{}?recorded={client_id}", paths::CLIENTS)))
            }
            Err(errors) => {
                Ok(Outcome::back(FormId::Contact, errors.iter().map(|e| (e.field(), e.message_id()))))
            }
        }
    })
    .await
}

/// `/clients/{id}/mandates`: the relatives who may handle the client's matters, and the form to
/// let one look, or also act, until a day or with no end.
pub async fn mandates_page(counselled: Counselled) -> PageResult {
    let db = &counselled.visit.state.db;
    let mandates = mandates::in_force(db, counselled.client_id, counselled.visit.today()).await?;
    let relatives = mandates::relatives(db).await?;
    counselled.log(&LookedAt::Mandates).await?;
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let done = visit.query_value("done").filter(|value| value == "set" || value == "ended");
    let page = MandatesPage { client_id, client_name, mandates, relatives, done };
    Ok(visit.page(PageData::Mandates(Box::new(page))).await)
}

/// POST `/clients/{id}/mandates`: sets the mandate in the counsellor's name, or brings the form
/// back filled in with each error beside its field.
pub async fn set_mandate(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::mandates(client_id);
    let post = ClientPost { client_id, what: "set a mandate", back: back.clone() };
    post.answer(visit, body, async |state, account, form| {
        let relatives = mandates::relatives(&state.db).await?;
        match mandates::check(form, &relatives, state.clock.today()) {
            Ok(mandate) => {
                mandates::set(&state.db, account, client_id, &mandate).await?;
                Ok(Outcome::Go(format!("{back}?done=set")))
            }
            Err(errors) => {
                Ok(Outcome::back(FormId::Mandate, errors.iter().map(|e| (e.field(), e.message_id()))))
            }
        }
    })
    .await
}

/// POST `/clients/{id}/mandates/{mandate}/end`: the mandate no longer holds from today.
pub async fn end_mandate(
    Path((client_id, mandate_id)): Path<(i64, i64)>,
    visit: Visit,
    body: String,
) -> PageResult {
    let back = paths::mandates(client_id);
    let post = ClientPost { client_id, what: "end a mandate", back: back.clone() };
    post.answer(visit, body, async |state, account, _| {
        let ended = mandates::end(&state.db, account, client_id, mandate_id, state.clock.today()).await?;
        Ok(Outcome::Go(if ended { format!("{back}?done=ended") } else { back }))
    })
    .await
}

/// `/clients/{id}/sign-in`: whether the client and which relatives sign in with strong
/// identification, and the forms to let them.
pub async fn sign_in_page(counselled: Counselled) -> PageResult {
    counselled.log(&LookedAt::SignIn).await?;
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let done = visit.query_value("done").filter(|value| value == "client" || value == "relative");
    let page = identity_links::page(&visit.state.db, client_id, client_name, done).await?;
    Ok(visit.page(PageData::ClientSignIn(Box::new(page))).await)
}

/// POST `/clients/{id}/sign-in`: lets the client sign in with the identity code typed, or brings
/// the form back filled in with the error beside the field.
pub async fn let_client_sign_in(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::sign_in_of(client_id);
    let post = ClientPost { client_id, what: "let the client sign in", back: back.clone() };
    post.answer(visit, body, async |state, account, form| {
        let db = &state.db;
        Ok(match identity_links::let_client_sign_in(db, &state.identity, account, client_id, form).await? {
            Ok(()) => Outcome::Go(format!("{back}?done=client")),
            Err(error) => Outcome::back(FormId::ClientSignIn, [(sign_in_fields::CODE, error.message_id())]),
        })
    })
    .await
}

/// POST `/clients/{id}/sign-in/relative`: lets a relative of the client sign in, or brings the
/// form back filled in with each error beside its field.
pub async fn let_relative_sign_in(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::sign_in_of(client_id);
    let post = ClientPost { client_id, what: "let a relative sign in", back: back.clone() };
    post.answer(visit, body, async |state, account, form| {
        let db = &state.db;
        Ok(
            match identity_links::let_relative_sign_in(db, &state.identity, account, client_id, form).await? {
                Ok(()) => Outcome::Go(format!("{back}?done=relative")),
                Err(errors) => Outcome::back(
                    FormId::RelativeSignIn,
                    errors.into_iter().map(|(field, error)| (field, error.message_id())),
                ),
            },
        )
    })
    .await
}

/// `/decisions`: the decision-maker's list of decisions the counsellors prepared. Naming the
/// clients is a look at each of them, logged as one.
pub async fn decisions(signed_in: SignedIn) -> PageResult {
    let (visit, account) = signed_in.only(Role::DecisionMaker).await?;
    let db = &visit.state.db;
    let waiting = decision_form::waiting(db).await?;
    let ids: Vec<i64> = waiting.iter().map(|w| w.client_id).collect();
    access::log_reads(db, Reader::Person(&account), &ids, &LookedAt::DecisionsToMake).await?;
    let proposals = proposals::waiting(db).await?;
    let ids: Vec<i64> = proposals.iter().map(|p| p.client_id).collect();
    access::log_reads(db, Reader::Person(&account), &ids, &LookedAt::ProposalsToAnswer).await?;
    let decided_for = session::take_decided_for(&visit.session).await;
    let answered = visit
        .query_value("answered")
        .and_then(|code| ProposalState::parse(&code))
        .filter(|state| [ProposalState::Accepted, ProposalState::Refused].contains(state));
    let page = DecisionsPage { waiting, proposals, decided_for, answered };
    Ok(visit.page(PageData::Decisions(Box::new(page))).await)
}

/// `/clients/{id}/decision`: the client's decision, what waits for the decision-maker, and the
/// form: the counsellor's to prepare, the decision-maker's to decide.
pub async fn decision_page(Path(client_id): Path<i64>, signed_in: SignedIn) -> PageResult {
    let SignedIn { visit, account } = signed_in;
    let route = paths::DECISION_FORM;
    let Some(client_name) = decision_desk_name(&visit.state, &account, client_id, route).await? else {
        return Ok(visit.not_found().await);
    };
    let db = &visit.state.db;
    let decision = budget::decision(db, client_id, visit.today()).await?;
    let prepared = decision_form::prepared(db, client_id).await?;
    access::log_read(db, Reader::Person(&account), client_id, &LookedAt::Decision).await?;
    let page = DecisionFormPage {
        client_id,
        client_name,
        decision,
        services: decision_form::services(),
        prepared,
        deciding: account.role == Role::DecisionMaker,
        saved: visit.query_value("saved").is_some(),
    };
    Ok(visit.page(PageData::DecisionForm(Box::new(page))).await)
}

/// POST `/clients/{id}/decision`: the counsellor's form is kept for the decision-maker; the
/// decision-maker's makes or changes the decision with their grounds. Either comes back filled in
/// with each error beside its field.
pub async fn save_decision(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::decision_form(client_id);
    let post = ClientPost { client_id, what: "make or change a decision", back: back.clone() };
    let session = visit.session.clone();
    post.answer_at(Desk::Decision, visit, body, async |state, account, form| {
        let today = state.clock.today();
        let checked = decision_form::check(form);
        let saved = if account.role == Role::DecisionMaker {
            match (checked, decision_form::check_grounds(form)) {
                (Ok(decision), Ok(grounds)) => {
                    decision_form::decide(&state.db, account, client_id, &decision, &grounds, today).await?
                }
                (checked, grounds) => {
                    Err(checked.err().unwrap_or_default().into_iter().chain(grounds.err()).collect())
                }
            }
        } else {
            match checked {
                Ok(decision) => {
                    decision_form::prepare(&state.db, account, client_id, &decision, form, today).await?
                }
                Err(errors) => Err(errors),
            }
        };
        Ok(match saved {
            Ok(()) if account.role == Role::DecisionMaker => {
                let client =
                    crate::store::budget::find_client(&mut state.db.pool.acquire().await?, client_id).await?;
                let name = client.map(|c| c.name).unwrap_or_default();
                session::set_decided_for(&session, &name).await;
                Outcome::Go(paths::DECISIONS.to_string())
            }
            Ok(()) => Outcome::Go(format!("{back}?saved")),
            Err(errors) => Outcome::back_with_numbers(
                FormId::Decision,
                errors.iter().map(|e| (e.field(), e.message_id(), e.numbers())),
            ),
        })
    })
    .await
}

/// `/clients/{id}/proposal`: the client's proposal to use the budget differently, for the
/// decision-maker to answer while it waits.
pub async fn proposal_page(Path(client_id): Path<i64>, signed_in: SignedIn) -> PageResult {
    let SignedIn { visit, account } = signed_in;
    let route = paths::PROPOSAL_ANSWER;
    if proposal_desk_name(&visit.state, &account, client_id, route).await?.is_none() {
        return Ok(visit.not_found().await);
    }
    let Some(page) = proposals::answer_page(&visit.state.db, client_id).await? else {
        return Ok(visit.not_found().await);
    };
    access::log_read(&visit.state.db, Reader::Person(&account), client_id, &LookedAt::Proposal).await?;
    Ok(visit.page(PageData::ProposalAnswer(Box::new(page))).await)
}

/// POST `/clients/{id}/proposal`: accepts or refuses the proposal with the reason the client
/// reads; an answer that cannot be saved comes back filled in with its errors.
pub async fn answer_proposal(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::proposal_answer(client_id);
    let post = ClientPost { client_id, what: "answer a budget proposal", back };
    let session = visit.session.clone();
    post.answer_at(Desk::Proposal, visit, body, async |state, account, form| {
        let today = state.clock.today();
        let answered = proposals::answer(&state.db, account, client_id, form, today, now_unix()).await?;
        Ok(match answered {
            // Answered meanwhile by someone else: the list says what is left.
            None => Outcome::Go(paths::DECISIONS.to_string()),
            Some(Ok(answer)) => {
                let client =
                    crate::store::budget::find_client(&mut state.db.pool.acquire().await?, client_id).await?;
                session::set_decided_for(&session, &client.map(|c| c.name).unwrap_or_default()).await;
                Outcome::Go(format!("{}?answered={}", paths::DECISIONS, answer.code()))
            }
            Some(Err(errors)) => Outcome::Back {
                form: FormId::ProposalAnswer,
                errors: errors.into_iter().map(|e| e.field_error()).collect(),
            },
        })
    })
    .await
}

/// `/clients/{id}/plan`: the form to write the support plan's next version, from the newest.
pub async fn plan_page(counselled: Counselled) -> PageResult {
    let plan = plans::newest(&counselled.visit.state.db, counselled.client_id).await?;
    counselled.log(&LookedAt::Plan).await?;
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let saved = visit.query_value("saved").is_some();
    Ok(visit.page(PageData::PlanForm(Box::new(PlanFormPage { client_id, client_name, plan, saved }))).await)
}

/// POST `/clients/{id}/plan`: saves the plan as a new version in the counsellor's name, or brings
/// the form back filled in with each error beside its field.
pub async fn save_plan(Path(client_id): Path<i64>, visit: Visit, body: String) -> PageResult {
    let back = paths::plan_form(client_id);
    let post = ClientPost { client_id, what: "write the support plan", back: back.clone() };
    post.answer(visit, body, async |state, account, form| match plans::check(form, state.clock.today()) {
        Ok(plan) => {
            plans::save(&state.db, client_id, &plan, &Reader::Person(account).actor(), now_unix()).await?;
            Ok(Outcome::Go(format!("{back}?saved")))
        }
        Err(errors) => {
            let errors = errors.iter().map(|e| (e.field(), e.message_id(), e.numbers()));
            Ok(Outcome::back_with_numbers(FormId::Plan, errors))
        }
    })
    .await
}

/// `/clients/{id}/held`: the client's records held for review, and what is left to charge them.
pub async fn held_page(counselled: Counselled) -> PageResult {
    let budget =
        budget::budget(&counselled.visit.state.db, counselled.client_id, counselled.visit.today()).await?;
    counselled.log(&LookedAt::HeldRecords).await?;
    let (left, held) = match budget {
        Some(budget) => (Some(budget.left), budget.held),
        None => (None, Vec::new()),
    };
    let Counselled { visit, client_id, client_name, .. } = counselled;
    let done = visit.query_value("done").and_then(|value| Reviewed::parse(&value));
    let page = HeldPage { client_id, client_name, left, held, done };
    Ok(visit.page(PageData::Held(Box::new(page))).await)
}

/// POST `/clients/{id}/held/{record}/release`: charges the record if it fits in what is left.
pub async fn release_record(
    Path((client_id, record_id)): Path<(i64, i64)>,
    visit: Visit,
    body: String,
) -> PageResult {
    let back = paths::held(client_id);
    let post = ClientPost { client_id, what: "release a held record", back: back.clone() };
    post.answer(visit, body, async |state, account, _| {
        let released = reviews::release(&state.db, account, client_id, record_id, state.clock.today()).await;
        reviewed(released, record_id, &back, Reviewed::Released)
    })
    .await
}

/// POST `/clients/{id}/held/{record}/refuse`: refuses the record with the reason given.
pub async fn refuse_record(
    Path((client_id, record_id)): Path<(i64, i64)>,
    visit: Visit,
    body: String,
) -> PageResult {
    let back = paths::held(client_id);
    let post = ClientPost { client_id, what: "refuse a held record", back: back.clone() };
    post.answer(visit, body, async |state, account, form| {
        let reason = form.get(review_fields::REASON).map(String::as_str).unwrap_or("");
        let refused =
            reviews::refuse(&state.db, account, client_id, record_id, reason, state.clock.today()).await;
        reviewed(refused, record_id, &back, Reviewed::Refused)
    })
    .await
}

/// A review done goes back to the list saying so; one that was not comes back with its error on
/// the record's card, or for the page as a whole when the record is no longer held.
fn reviewed(
    result: Result<(), ReviewError>,
    record_id: i64,
    back: &str,
    done: Reviewed,
) -> Result<Outcome, StoreError> {
    let error = match result {
        Ok(()) => return Ok(Outcome::Go(format!("{back}?done={}", done.code()))),
        Err(ReviewError::Store(error)) => return Err(error),
        Err(error) => error,
    };
    let field = match error {
        ReviewError::NotHeld => String::new(),
        _ => error.field(record_id),
    };
    Ok(Outcome::back(FormId::Review, [(field, error.message_id())]))
}

/// A post about one client in the workspace: only their counsellor gets it done.
pub(super) struct ClientPost {
    pub client_id: i64,
    /// What was asked, for the log of refusals.
    pub what: &'static str,
    /// The form's page, where the form comes back with its errors.
    pub back: String,
}

/// What a workspace post came to.
pub(super) enum Outcome {
    /// Done; go on to this address.
    Go(String),
    /// The form back, filled in, with these errors.
    Back { form: FormId, errors: Vec<FieldError> },
}

impl Outcome {
    pub(super) fn back<F: Into<String>>(
        form: FormId,
        errors: impl IntoIterator<Item = (F, &'static str)>,
    ) -> Outcome {
        let errors = errors.into_iter().map(|(field, id)| FieldError::new(field, id)).collect();
        Outcome::Back { form, errors }
    }

    /// [`Outcome::back`] with errors whose messages name numbers ("at most { $most }").
    pub(super) fn back_with_numbers<F: Into<String>>(
        form: FormId,
        errors: impl IntoIterator<Item = (F, &'static str, Vec<(&'static str, usize)>)>,
    ) -> Outcome {
        let errors = errors
            .into_iter()
            .map(|(field, id, numbers)| {
                numbers.into_iter().fold(FieldError::new(field, id), |error, (name, n)| error.with(name, n))
            })
            .collect();
        Outcome::Back { form, errors }
    }
}

/// Who may post about a client.
enum Desk {
    /// Only the client's counsellor.
    Counsellor,
    /// The client's counsellor, or a decision-maker while a prepared decision waits.
    Decision,
    /// A decision-maker while a proposal of the client's waits.
    Proposal,
}

impl ClientPost {
    /// Reads the form, lets the client's counsellor `act` on it, and answers: anyone else is
    /// sent to sign in, or gets 404 with the asking logged.
    pub(super) async fn answer(
        self,
        visit: Visit,
        body: String,
        act: impl AsyncFnOnce(&AppState, &Account, &BTreeMap<String, String>) -> Result<Outcome, StoreError>,
    ) -> PageResult {
        self.answer_at(Desk::Counsellor, visit, body, act).await
    }

    /// [`ClientPost::answer`] for whoever works at `desk`.
    async fn answer_at(
        self,
        desk: Desk,
        visit: Visit,
        body: String,
        act: impl AsyncFnOnce(&AppState, &Account, &BTreeMap<String, String>) -> Result<Outcome, StoreError>,
    ) -> PageResult {
        let form: BTreeMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
        let Some(account) = visit.account.clone() else { return Ok(super::visit::sign_in_then(&self.back)) };
        let name = match desk {
            Desk::Counsellor => counselled_name(&visit.state, &account, self.client_id, self.what).await?,
            Desk::Decision => decision_desk_name(&visit.state, &account, self.client_id, self.what).await?,
            Desk::Proposal => proposal_desk_name(&visit.state, &account, self.client_id, self.what).await?,
        };
        if name.is_none() {
            return Ok(visit.not_found().await);
        }
        Ok(match act(&visit.state, &account, &form).await? {
            Outcome::Go(to) => Redirect::to(&to).into_response(),
            Outcome::Back { form: id, errors } => {
                session::set_flash(&visit.session, FormFlash { form: id, values: form, errors }).await;
                Redirect::to(&self.back).into_response()
            }
        })
    }
}
