//! The portal's addresses and form field names, shared by the pages and the server's handlers.

pub const HOME: &str = "/";
pub const SIGN_IN: &str = "/sign-in";
pub const SIGN_OUT: &str = "/sign-out";
/// Goes to an identity provider (GET, `?door=citizens|staff`): Suomi.fi, or staff's own.
pub const IDENTIFY: &str = "/sign-in/identify";
/// Where the identity provider sends the person back (the redirect URI registered with it).
pub const IDENTIFIED: &str = "/sign-in/identified";
/// The plain page for someone identified whom the portal does not know.
pub const NOT_KNOWN: &str = "/sign-in/not-known";
/// Where an identity provider says that a person's session with it has ended (POST, from the
/// provider's server: OpenID Connect Back-Channel Logout).
pub const BACK_CHANNEL_LOGOUT: &str = "/sign-in/back-channel-logout";
/// Which provider the identify link goes to.
pub const DOOR: &str = "door";
/// The portal's public keys, for the identity providers (JWKS).
pub const JWKS: &str = "/.well-known/jwks.json";
pub const PREFERENCES: &str = "/preferences";
/// How long the sign-in lasts (GET, JSON), and staying signed in (POST): for the warning island.
pub const SESSION: &str = "/session";
pub const ACCESSIBILITY: &str = "/accessibility";
/// One month's statement; the server's route. Link with [`statement`].
pub const STATEMENT: &str = "/statements/{month}";
pub const DECISION: &str = "/decision";
pub const GLOSSARY: &str = "/glossary";
/// Find a provider: a GET form whose fields are in [`search`].
pub const PROVIDERS: &str = "/providers";
/// One provider's page; the server's route. Link with [`provider`].
pub const PROVIDER: &str = "/providers/{id}";
/// Saves the accessibility needs ticked in the search as the client's own (a post).
pub const MY_NEEDS: &str = "/my-needs";
/// The query mark that says the needs were just saved.
pub const NEEDS_SAVED: &str = "saved=needs";
/// Two or three providers side by side, chosen with the [`search::COMPARE`] field.
pub const COMPARE: &str = "/compare";

/// Change provider: one question per page, the answers so far in the query (see [`change_step`]).
pub const CHANGE_PROVIDER: &str = "/change-provider";
pub const CHANGE_PROVIDER_PROVIDER: &str = "/change-provider/provider";
pub const CHANGE_PROVIDER_EFFECTS: &str = "/change-provider/effects";
/// Check your answers (GET) and confirm (POST).
pub const CHANGE_PROVIDER_CHECK: &str = "/change-provider/check";
/// My changes: every change of provider and its status.
pub const MY_CHANGES: &str = "/my-changes";
/// One change's receipt; the server's route. Link with [`my_change`].
pub const MY_CHANGE: &str = "/my-changes/{id}";
/// "Are you sure?" (GET) and the cancelling (POST); link with [`cancel_change`].
pub const CANCEL_CHANGE: &str = "/my-changes/{id}/cancel";
/// Leave the personal budget: what it means and the confirmation (GET), leaving (POST).
pub const LEAVE: &str = "/leave";
/// The optional answer to "why do you leave" (POST).
pub const LEAVE_REASON: &str = "/leave/reason";

/// Tell us how it went: the open feedback invitations and the questions due.
pub const FEEDBACK: &str = "/feedback";
/// One invitation's answer form (GET) and the answer (POST); link with [`feedback_answer`].
pub const FEEDBACK_ANSWER: &str = "/feedback/{id}";
/// The process and participation questions (GET), the answers or the skip (POST).
pub const PARTICIPATION: &str = "/feedback/questions";
/// Feedback at the service place without signing in: type the visit code.
pub const KIOSK_START: &str = "/f";
/// The faces for one visit code (GET) and the answer (POST); link with [`kiosk`].
pub const KIOSK: &str = "/f/{code}";
/// The thank-you page of the service place, which goes back to the start by itself.
pub const KIOSK_THANKS: &str = "/f/thanks";
/// A provider makes visit codes (GET, and POST to make one).
pub const VISIT_CODES: &str = "/visit-codes";
pub const OUR_CLIENTS: &str = "/our-clients";
pub const OUR_RECORDS: &str = "/our-records";
pub const REPORT: &str = "/our-records/new";
/// A provider sends a file of records (GET the form, POST the file), gets a file to fill in,
/// sees what storing a file would do and confirms it.
pub const UPLOAD_RECORDS: &str = "/our-records/upload";
pub const UPLOAD_TEMPLATE: &str = "/our-records/upload/template.csv";
pub const RECORD_UPLOAD: &str = "/our-records/uploads/{id}";
pub const STORE_UPLOAD: &str = "/our-records/uploads/{id}/store";
/// A provider applies to join the registry (GET the form, POST it); its application's own page,
/// by the secret in its link (GET, and POST the changed form when asked for more).
pub const JOIN: &str = "/join";
pub const APPLICATION: &str = "/join/{secret}";
/// The organiser's applications, one to review, and asking for more or accepting it (POST).
pub const APPLICATIONS: &str = "/applications";
pub const REVIEW: &str = "/applications/{id}";
pub const ASK: &str = "/applications/{id}/ask";
pub const ACCEPT: &str = "/applications/{id}/accept";
/// The organiser's monthly settlements, one month's, and that month as files and approved.
pub const SETTLEMENTS: &str = "/settlements";
pub const SETTLEMENT: &str = "/settlements/{month}";
pub const SETTLEMENT_CSV: &str = "/settlements/{month}/csv";
pub const SETTLEMENT_PAYMENTS: &str = "/settlements/{month}/payments";
pub const APPROVE_SETTLEMENT: &str = "/settlements/{month}/approve";
/// A provider tells how working with the organiser goes, twice a year (GET, and POST to answer).
pub const PROVIDER_SURVEY: &str = "/provider-survey";
/// The organiser's indicators for a month (GET, `?month=YYYY-MM`), and the same as CSV.
pub const INDICATORS: &str = "/indicators";
pub const INDICATORS_CSV: &str = "/indicators.csv";
/// The organiser's list of own words and contact requests, newest first, a page at a time.
pub const FEEDBACK_COMMENTS: &str = "/feedback-comments";
/// The query that asks for the answers older than one: `/feedback-comments?before=1234`.
pub const BEFORE: &str = "before";
/// Who helps me: let an experience expert see the portal for a few hours (GET, and POST to let).
pub const HELPERS: &str = "/helpers";
/// An experience expert records their hours of help (GET form, POST).
pub const HELP_HOURS: &str = "/help-hours";
/// An expert takes back hours written down by mistake (POST); link with [`help_hours_remove`].
pub const HELP_HOURS_REMOVE: &str = "/help-hours/{id}/remove";
/// Puts back hours removed by mistake (POST); link with [`help_hours_restore`].
pub const HELP_HOURS_RESTORE: &str = "/help-hours/{id}/restore";
/// Ends one grant of help (POST); link with [`end_help`].
pub const END_HELP: &str = "/helpers/{id}/end";
/// Whose matters a relative with several mandates handles: the choice (GET) and choosing (POST).
pub const WHOSE: &str = "/whose-matters";
/// Done for me: what others have done for the client.
pub const DONE_FOR_ME: &str = "/done-for-me";
/// My details: identity code, address, phone, what the services are for, the counsellor.
pub const MY_DETAILS: &str = "/my-details";
/// My plan: the support plan, its versions and comments (GET, `?version=N` for an earlier one).
pub const MY_PLAN: &str = "/my-plan";
/// A comment on the plan by the client or a relative who may act (POST).
pub const PLAN_COMMENTS: &str = "/my-plan/comments";
/// Using the budget differently: the form and what the change means (GET, `?check` with the
/// form's values), and sending the proposal (POST).
pub const MY_PROPOSAL: &str = "/my-plan/proposal";
/// The first provider of a service the decision has and no provider gives: the services, the
/// providers for one (`?product=`), the choice to confirm (`&provider=`), all GET; and the
/// choice itself (POST).
pub const FIRST_PROVIDER: &str = "/first-provider";
/// Takes back the proposal that waits (POST).
pub const WITHDRAW_PROPOSAL: &str = "/my-plan/proposal/withdraw";
/// "How am I doing?": the self-checks so far and who may see them.
pub const WELLBEING: &str = "/how-am-i-doing";
/// One question of the self-check (GET, POST); link with [`self_check_question`].
pub const SELF_CHECK_QUESTION: &str = "/how-am-i-doing/{n}";
/// The self-check's last step: who may see the answers, and saving them (GET, POST).
pub const SELF_CHECK_SHARE: &str = "/how-am-i-doing/share";
/// The client changes whether the counsellor may see the answers (POST).
pub const WELLBEING_SHARING: &str = "/how-am-i-doing/sharing";
/// The organiser's log of refused looks at clients' data.
pub const REFUSED_LOOKS: &str = "/refused-looks";
/// Who looked at my data: the client's own access log.
pub const WHO_LOOKED: &str = "/who-looked";
/// The query that names a month: `/who-looked?month=2018-04`.
pub const MONTH: &str = "month";

/// The decision-maker's list of decisions the counsellors prepared.
pub const DECISIONS: &str = "/decisions";

/// The counsellor's clients, with what needs attention.
pub const CLIENTS: &str = "/clients";
/// Shows one client's pages as the client sees them (POST); link with [`open_client`].
pub const OPEN_CLIENT: &str = "/clients/{id}/open";
/// Record a guidance contact (GET form, POST); link with [`contact`].
pub const CONTACT: &str = "/clients/{id}/contact";

/// Who may handle a client's matters (GET) and setting a mandate (POST); link with [`mandates`].
pub const MANDATES: &str = "/clients/{id}/mandates";
/// Ends one mandate (POST); link with [`end_mandate`].
pub const END_MANDATE: &str = "/clients/{id}/mandates/{mandate}/end";

/// How the client signs in with strong identification, and their relatives (GET), and letting
/// the client sign in (POST); link with [`sign_in_of`].
pub const CLIENT_SIGN_IN: &str = "/clients/{id}/sign-in";
/// Lets a relative of the client sign in with strong identification (POST); link with
/// [`relative_sign_in`].
pub const RELATIVE_SIGN_IN: &str = "/clients/{id}/sign-in/relative";

/// The client's records held for review (GET); link with [`held`].
pub const HELD: &str = "/clients/{id}/held";
/// Releases one held record (POST); link with [`release_record`].
pub const RELEASE_RECORD: &str = "/clients/{id}/held/{record}/release";
/// Refuses one held record with a reason (POST); link with [`refuse_record`].
pub const REFUSE_RECORD: &str = "/clients/{id}/held/{record}/refuse";

/// The client's decision, and the form to make or change it (GET, POST); link with
/// [`decision_form`].
pub const DECISION_FORM: &str = "/clients/{id}/decision";

/// The decision-maker answers a client's proposal (GET, POST); link with [`proposal_answer`].
pub const PROPOSAL_ANSWER: &str = "/clients/{id}/proposal";

/// The counsellor writes the support plan (GET form, POST); link with [`plan_form`].
pub const PLAN_FORM: &str = "/clients/{id}/plan";

/// The counsellor's view of a client's self-checks; link with [`client_wellbeing`].
pub const CLIENT_WELLBEING: &str = "/clients/{id}/wellbeing";
/// The counsellor's side of a client's conversation (GET), and an answer to it (POST).
pub const CONVERSATION: &str = "/clients/{id}/messages";
/// Everyone's inbox: what happened that the person should know.
pub const MESSAGES: &str = "/messages";
/// A client or a relative writes to the counsellor (GET the page, POST a message).
pub const ASK_COUNSELLOR: &str = "/ask-counsellor";
/// The person's e-mail address and the messages that come by e-mail (GET, POST); for the
/// organiser, the e-mails that did not arrive.
pub const EMAIL: &str = "/email";
/// Removes the person's e-mail address (POST).
pub const EMAIL_REMOVE: &str = "/email/remove";
/// The link sent to a new address: opening it verifies the address (GET with `?token=`).
pub const EMAIL_VERIFY: &str = "/email/verify";

pub fn record_upload(id: i64) -> String {
    format!("/our-records/uploads/{id}")
}

pub fn store_upload(id: i64) -> String {
    format!("/our-records/uploads/{id}/store")
}

pub fn application(secret: &str) -> String {
    format!("/join/{secret}")
}

pub fn review(id: i64) -> String {
    format!("/applications/{id}")
}

pub fn ask(id: i64) -> String {
    format!("/applications/{id}/ask")
}

pub fn accept(id: i64) -> String {
    format!("/applications/{id}/accept")
}

pub fn settlement(month: &str) -> String {
    format!("/settlements/{month}")
}

pub fn settlement_csv(month: &str) -> String {
    format!("/settlements/{month}/csv")
}

pub fn settlement_payments(month: &str) -> String {
    format!("/settlements/{month}/payments")
}

pub fn approve_settlement(month: &str) -> String {
    format!("/settlements/{month}/approve")
}

pub fn conversation(id: i64) -> String {
    format!("/clients/{id}/messages")
}

pub fn help_hours_remove(id: i64) -> String {
    format!("/help-hours/{id}/remove")
}

pub fn help_hours_restore(id: i64) -> String {
    format!("/help-hours/{id}/restore")
}

pub fn client_wellbeing(id: i64) -> String {
    format!("/clients/{id}/wellbeing")
}

pub fn self_check_question(n: usize) -> String {
    format!("/how-am-i-doing/{n}")
}

pub fn plan_form(id: i64) -> String {
    format!("/clients/{id}/plan")
}

pub fn proposal_answer(id: i64) -> String {
    format!("/clients/{id}/proposal")
}

pub fn decision_form(id: i64) -> String {
    format!("/clients/{id}/decision")
}

pub fn held(id: i64) -> String {
    format!("/clients/{id}/held")
}

pub fn release_record(id: i64, record: i64) -> String {
    format!("/clients/{id}/held/{record}/release")
}

pub fn refuse_record(id: i64, record: i64) -> String {
    format!("/clients/{id}/held/{record}/refuse")
}

pub fn mandates(id: i64) -> String {
    format!("/clients/{id}/mandates")
}

pub fn end_mandate(id: i64, mandate: i64) -> String {
    format!("/clients/{id}/mandates/{mandate}/end")
}

pub fn sign_in_of(id: i64) -> String {
    format!("/clients/{id}/sign-in")
}

pub fn relative_sign_in(id: i64) -> String {
    format!("/clients/{id}/sign-in/relative")
}

pub fn open_client(id: i64) -> String {
    format!("/clients/{id}/open")
}

pub fn contact(id: i64) -> String {
    format!("/clients/{id}/contact")
}

pub fn end_help(id: i64) -> String {
    format!("/helpers/{id}/end")
}

pub fn feedback_answer(id: i64) -> String {
    format!("/feedback/{id}")
}

pub fn kiosk(code: &str) -> String {
    format!("/f/{code}")
}

pub fn my_change(id: i64) -> String {
    format!("/my-changes/{id}")
}

pub fn cancel_change(id: i64) -> String {
    format!("/my-changes/{id}/cancel")
}

/// The fields of the provider search, which the compare page shares.
pub mod search {
    pub const PRODUCT: &str = "product";
    pub const MUNICIPALITY: &str = "municipality";
    pub const LANGUAGE: &str = "language";
    pub const ACCESSIBILITY: &str = "accessibility";
    pub const FREE_PLACES: &str = "free-places";
    pub const SORT: &str = "sort";
    pub const COMPARE: &str = "compare";
    /// How many results are shown: the first page, or more after "Show more".
    pub const SHOWN: &str = "shown";
}

pub fn provider(id: i64) -> String {
    format!("/providers/{id}")
}

/// The statement of a month given as "YYYY-MM".
pub fn statement(month: &str) -> String {
    format!("/statements/{month}")
}

/// A term's place in the glossary.
pub fn glossary_term(term: &str) -> String {
    format!("{GLOSSARY}#{term}")
}

/// The field that carries where to go back to after a form post.
pub const RETURN_TO: &str = "return_to";

/// The sign-in page, which leads back to `return_to` after (the front page needs no mention).
pub fn sign_in_then(return_to: &str) -> String {
    with_query(SIGN_IN, &[(RETURN_TO, return_to)].into_iter().filter(|(_, p)| *p != HOME).collect::<Vec<_>>())
}

/// The link to an identity provider: Suomi.fi (`staff` false) or staff's own organisation's.
pub fn identify(staff: bool, return_to: &str) -> String {
    let door = staff.then_some((DOOR, "staff"));
    let back = (return_to != HOME).then_some((RETURN_TO, return_to));
    with_query(IDENTIFY, &door.into_iter().chain(back).collect::<Vec<_>>())
}

fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        return path.to_string();
    }
    let query: Vec<String> = pairs.iter().map(|(name, value)| format!("{name}={}", encode(value))).collect();
    format!("{path}?{}", query.join("&"))
}

/// Percent-encodes a query value, leaving `/` as it is so addresses stay readable.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A path the portal may send a person back to: local, absolute, and not protocol-relative.
pub fn is_safe_return_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_safe_to_return_to() {
        assert!(is_safe_return_path("/"));
        assert!(is_safe_return_path("/budget?month=2018-03"));
        assert!(!is_safe_return_path("//evil.example/"));
        assert!(!is_safe_return_path("/\\evil.example/"));
        assert!(!is_safe_return_path("https://evil.example/"));
        assert!(!is_safe_return_path("/\r\nSet-Cookie: x"));
        assert!(!is_safe_return_path(""));
    }

    #[test]
    fn sign_in_links_carry_where_to_go_back_to() {
        assert_eq!(sign_in_then(HOME), "/sign-in");
        assert_eq!(
            sign_in_then("/who-looked?month=2018-04"),
            "/sign-in?return_to=/who-looked%3Fmonth%3D2018-04"
        );
        assert_eq!(identify(false, HOME), "/sign-in/identify");
        assert_eq!(identify(true, "/clients"), "/sign-in/identify?door=staff&return_to=/clients");
    }
}
