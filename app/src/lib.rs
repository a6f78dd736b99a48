//! The portal's pages, rendered on the server; only their islands run in the browser.
//! No database and no budget rules here: the server provides what pages show.

// A page's view is one nested type; the sign-in page with its island is deeper than the default.
#![recursion_limit = "256"]

pub mod access;
pub mod assets;
pub mod budget;
pub mod changes;
pub mod components;
pub mod context;
pub mod counsellor;
pub mod details;
pub mod feedback;
pub mod first_provider;
pub mod help_hours;
pub mod i18n;
pub mod indicators;
pub mod islands;
pub mod joining;
pub mod messages;
pub mod pages;
pub mod paths;
pub mod plan;
pub mod proposals;
pub mod provider_survey;
pub mod provider_work;
pub mod providers;
pub mod record_upload;
pub mod role;
pub mod settlements;
pub mod wellbeing;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::layout::Layout;
use crate::context::use_i18n;
use crate::pages::{
    accessibility::AccessibilityPage,
    application::ApplicationView,
    applications::ApplicationsView,
    ask_counsellor::{AskCounsellorView, ConversationView},
    change_provider::ChangeProviderPage,
    client_sign_in::ClientSignInView,
    client_wellbeing::ClientWellbeingView,
    clients::ClientsView,
    compare::ComparePage,
    contact::ContactView,
    decision::DecisionPage,
    decision_form::DecisionFormView,
    decisions::DecisionsView,
    done_for_me::DoneForMePage,
    email::EmailView,
    feedback::FeedbackPage,
    feedback_answer::FeedbackAnswerPage,
    feedback_comments::FeedbackCommentsView,
    first_provider::FirstProviderView,
    glossary::GlossaryPage,
    held_records::HeldRecordsView,
    help_hours::HelpHoursView,
    helpers::HelpersView,
    home::HomePage,
    indicators::IndicatorsView,
    join::JoinView,
    kiosk::KioskView,
    leave::LeavePage,
    mandates::MandatesView,
    messages::MessagesView,
    my_change::MyChangePage,
    my_changes::MyChangesPage,
    my_details::MyDetailsPage,
    my_plan::MyPlanPage,
    not_found::NotFoundPage,
    not_known::NotKnownPage,
    our_clients::OurClientsView,
    our_records::OurRecordsView,
    participation::ParticipationQuestionsPage,
    plan_form::PlanFormView,
    proposal::ProposalView,
    proposal_answer::ProposalAnswerView,
    provider::ProviderPage,
    provider_survey::ProviderSurveyView,
    providers::ProvidersPage,
    record_upload::RecordUploadView,
    refused_looks::RefusedLooksView,
    report::ReportView,
    review::ReviewView,
    self_check::SelfCheckView,
    settlement::SettlementView,
    settlements::SettlementsView,
    sign_in::SignInPage,
    statement::StatementPage,
    upload_records::UploadRecordsView,
    visit_codes::VisitCodesView,
    wellbeing::WellbeingView,
    who_looked::WhoLookedPage,
    whose::WhosePageView,
};

/// The whole HTML document, rendered on the server. Only its islands run in the browser.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;

    use crate::islands::{IslandScript, IslandsOnPage};

    // Outside islands the server writes no hydration markers: nothing there is hydrated.
    if let Some(shared) = Owner::current_shared_context() {
        shared.set_is_hydrating(false);
    }
    provide_context(IslandsOnPage::default());
    let ctx = context::use_page_context();
    let mut class = format!("text-size-{}", ctx.prefs.text_size.code());
    if ctx.prefs.easy_read {
        class.push_str(" easy-read");
    }
    if ctx.helper_view {
        class.push_str(" helper-view");
    }
    view! {
        <!DOCTYPE html>
        <html lang=ctx.prefs.lang.code() class=class>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <MetaTags />
            </head>
            <body>
                <App />
                <IslandScript options />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let t = use_i18n();
    let portal_name = t.text("portal-name");
    view! {
        <Stylesheet id="leptos" href=assets::versioned("/pkg/portal.css") />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta name="description" content=t.text("portal-description") />
        <Title formatter=move |title: String| format!("{title} – {portal_name}") />
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/sign-in") view=SignInPage />
                    <Route path=path!("/sign-in/not-known") view=NotKnownPage />
                    <Route path=path!("/accessibility") view=AccessibilityPage />
                    <Route path=path!("/statements/:month") view=StatementPage />
                    <Route path=path!("/decision") view=DecisionPage />
                    <Route path=path!("/glossary") view=GlossaryPage />
                    <Route path=path!("/providers") view=ProvidersPage />
                    <Route path=path!("/providers/:id") view=ProviderPage />
                    <Route path=path!("/compare") view=ComparePage />
                    <Route path=path!("/change-provider") view=ChangeProviderPage />
                    <Route path=path!("/change-provider/provider") view=ChangeProviderPage />
                    <Route path=path!("/change-provider/effects") view=ChangeProviderPage />
                    <Route path=path!("/change-provider/check") view=ChangeProviderPage />
                    <Route path=path!("/my-changes") view=MyChangesPage />
                    <Route path=path!("/my-changes/:id") view=MyChangePage />
                    <Route path=path!("/my-changes/:id/cancel") view=MyChangePage />
                    <Route path=path!("/leave") view=LeavePage />
                    <Route path=path!("/feedback") view=FeedbackPage />
                    <Route path=path!("/feedback/questions") view=ParticipationQuestionsPage />
                    <Route path=path!("/feedback/:id") view=FeedbackAnswerPage />
                    <Route path=path!("/f") view=KioskView />
                    <Route path=path!("/f/:code") view=KioskView />
                    <Route path=path!("/visit-codes") view=VisitCodesView />
                    <Route path=path!("/our-clients") view=OurClientsView />
                    <Route path=path!("/our-records") view=OurRecordsView />
                    <Route path=path!("/our-records/new") view=ReportView />
                    <Route path=path!("/our-records/upload") view=UploadRecordsView />
                    <Route path=path!("/join") view=JoinView />
                    <Route path=path!("/join/:secret") view=ApplicationView />
                    <Route path=path!("/applications") view=ApplicationsView />
                    <Route path=path!("/applications/:id") view=ReviewView />
                    <Route path=path!("/our-records/uploads/:id") view=RecordUploadView />
                    <Route path=path!("/provider-survey") view=ProviderSurveyView />
                    <Route path=path!("/messages") view=MessagesView />
                    <Route path=path!("/ask-counsellor") view=AskCounsellorView />
                    <Route path=path!("/email") view=EmailView />
                    <Route path=path!("/clients/:id/messages") view=ConversationView />
                    <Route path=path!("/feedback-comments") view=FeedbackCommentsView />
                    <Route path=path!("/who-looked") view=WhoLookedPage />
                    <Route path=path!("/helpers") view=HelpersView />
                    <Route path=path!("/help-hours") view=HelpHoursView />
                    <Route path=path!("/done-for-me") view=DoneForMePage />
                    <Route path=path!("/whose-matters") view=WhosePageView />
                    <Route path=path!("/my-details") view=MyDetailsPage />
                    <Route path=path!("/my-plan") view=MyPlanPage />
                    <Route path=path!("/my-plan/proposal") view=ProposalView />
                    <Route path=path!("/first-provider") view=FirstProviderView />
                    <Route path=path!("/how-am-i-doing") view=WellbeingView />
                    <Route path=path!("/how-am-i-doing/:n") view=SelfCheckView />
                    <Route path=path!("/refused-looks") view=RefusedLooksView />
                    <Route path=path!("/indicators") view=IndicatorsView />
                    <Route path=path!("/settlements") view=SettlementsView />
                    <Route path=path!("/settlements/:month") view=SettlementView />
                    <Route path=path!("/clients") view=ClientsView />
                    <Route path=path!("/clients/:id/contact") view=ContactView />
                    <Route path=path!("/clients/:id/mandates") view=MandatesView />
                    <Route path=path!("/clients/:id/sign-in") view=ClientSignInView />
                    <Route path=path!("/clients/:id/held") view=HeldRecordsView />
                    <Route path=path!("/clients/:id/decision") view=DecisionFormView />
                    <Route path=path!("/decisions") view=DecisionsView />
                    <Route path=path!("/clients/:id/plan") view=PlanFormView />
                    <Route path=path!("/clients/:id/proposal") view=ProposalAnswerView />
                    <Route path=path!("/clients/:id/wellbeing") view=ClientWellbeingView />
                </Routes>
            </Layout>
        </Router>
    }
}
