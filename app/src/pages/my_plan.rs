//! My plan: the support plan in the client's own words (what matters, goals, what the budget is
//! for, who helps, the next meeting), who wrote each version and when, and the comments of the
//! client and their relatives, with the form to add one. Printable.

use leptos::prelude::*;

use crate::access::actor_role_label_id;
use crate::components::figure::Figure;
use crate::components::form::{ErrorSummary, FormName, FormTitle, TextArea};
use crate::context::{use_page_context, ClientPage, FormId, PageData};
use crate::i18n::format::{day, month_name, time};
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::plan::{fields, Plan, PlanComment, PlanPage, Written, MAX_COMMENT_CHARS};
use crate::proposals::{ProposalState, ProposalView};

#[component]
pub fn MyPlanPage() -> impl IntoView {
    match use_page_context().data {
        PageData::Plan(page) => view! { <PlanView page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn PlanView(page: ClientPage<PlanPage>) -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let title = if page.is_self {
        t.text("plan-title-self")
    } else {
        t.text_with("plan-title-other", &[("name", page.client_name.clone().into())])
    };
    let flash = ctx.flash.filter(|f| f.form == FormId::PlanComment);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let content = page.content;
    let shown = content.plan.as_ref().map_or(content.newest, |plan| plan.version);
    let body = match content.plan {
        None => view! {
            <p class="lead">{t.text("plan-none")}</p>
            <p>{t.text("plan-none-help")}</p>
        }
        .into_any(),
        Some(plan) => {
            let older = (plan.version < content.newest).then(|| {
                let said = t.text_with(
                    "plan-older-version",
                    &[("version", plan.version.into()), ("day", day(t, &plan.written.day).into())],
                );
                view! {
                    <div class="notice" role="status">
                        <p>{said}</p>
                        <p><a class="link-alone" href=paths::MY_PLAN>{t.text("plan-see-newest")}</a></p>
                    </div>
                }
            });
            view! {
                {older}
                <p class="lead">{t.text("plan-intro")}</p>
                <PlanParts t plan />
            }
            .into_any()
        }
    };
    // A comment is on a version of the plan: with none written yet there is nothing to comment on.
    let comment_form = (content.may_comment && content.newest > 0).then(|| {
        let value = flash.as_ref().map(|f| f.value(fields::COMMENT)).unwrap_or_default();
        let error = flash.as_ref().and_then(|f| f.error(fields::COMMENT)).map(|e| e.text(t));
        view! {
            <form method="post" action=paths::PLAN_COMMENTS class="form no-print" novalidate=true>
                <FormName form=FormId::PlanComment />
                <TextArea
                    name=fields::COMMENT
                    label=t.text("plan-comment-label")
                    hint=t.text_with("plan-comment-hint", &[("max", MAX_COMMENT_CHARS.into())])
                    error=error.unwrap_or_default()
                    value=value
                />
                <button type="submit" class="button">{t.text("plan-comment-send")}</button>
            </form>
        }
    });
    let saved = content.commented.then(|| {
        view! { <p class="notice" role="status">{t.text("plan-comment-saved")}</p> }
    });
    view! {
        <FormTitle text=title.clone() has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{title}</h1>
        {body}
        <section aria-labelledby="comments">
            <h2 id="comments">{t.text("plan-comments-title")}</h2>
            {saved}
            <Comments t comments=content.comments />
            {comment_form}
        </section>
        <ProposalSection t proposal=content.proposal may_propose=content.may_comment done=content.proposal_done />
        <Versions t versions=content.versions shown />
        <p class="hint no-print">{t.text("print-hint")}</p>
        <p class="no-print">
            <a class="link-alone" href=paths::DECISION>{t.text("plan-to-decision")}</a>
        </p>
    }
}

/// The plan's parts under their headings, and the next meeting first: it is what a client looks
/// for most often.
#[component]
fn PlanParts(t: I18n, plan: Plan) -> impl IntoView {
    let next = plan.next_meeting.as_deref().map_or_else(|| t.text("plan-next-none"), |next| day(t, next));
    let parts = [
        ("plan-what-matters", plan.what_matters),
        ("plan-goals", plan.goals),
        ("plan-budget-use", plan.budget_use),
        ("plan-helpers", plan.helpers),
    ];
    let parts = parts
        .into_iter()
        .map(|(heading, text)| {
            view! {
                <h2>{t.text(heading)}</h2>
                <p class="plan-text">{text}</p>
            }
        })
        .collect_view();
    view! {
        <dl class="figures">
            <Figure label=t.text("plan-next-meeting") value=next />
        </dl>
        <p>{t.text_with("plan-written", &[("written", written_text(t, &plan.written).into())])}</p>
        {parts}
    }
}

#[component]
fn Comments(t: I18n, comments: Vec<PlanComment>) -> impl IntoView {
    if comments.is_empty() {
        return view! { <p>{t.text("plan-comments-none")}</p> }.into_any();
    }
    let items = comments
        .into_iter()
        .map(|comment| {
            view! {
                <li class="comment">
                    <p>{written_text(t, &comment.written)}</p>
                    <blockquote>{comment.text}</blockquote>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plan-comments">{items}</ul> }.into_any()
}

/// Using the budget differently: the newest proposal and its answer, and the way to make one.
#[component]
fn ProposalSection(
    t: I18n,
    proposal: Option<ProposalView>,
    may_propose: bool,
    done: Option<ProposalState>,
) -> impl IntoView {
    let done = done.map(|done| {
        let id =
            if done == ProposalState::Waiting { "plan-proposal-sent" } else { "plan-proposal-taken-back" };
        view! { <p class="notice" role="status">{t.text(id)}</p> }
    });
    let waits = proposal.as_ref().is_some_and(|p| p.state == ProposalState::Waiting);
    let status = proposal.map(|proposal| {
        let month = month_name(t, &proposal.effect.month);
        let sent = t.text_with(
            "plan-proposal-sent-by",
            &[
                ("who", proposal.proposed.by.clone().into()),
                ("day", day(t, &proposal.proposed.day).into()),
                ("month", month.clone().into()),
            ],
        );
        let answered = proposal.answer.map(|(reason, by)| {
            let id = match proposal.state {
                ProposalState::Accepted => "plan-proposal-accepted",
                ProposalState::Refused => "plan-proposal-refused",
                ProposalState::Waiting | ProposalState::Withdrawn => "plan-proposal-withdrawn",
            };
            let said = t.text_with(
                id,
                &[("who", by.by.into()), ("day", day(t, &by.day).into()), ("month", month.clone().into())],
            );
            let reason = (!reason.is_empty()).then(|| {
                view! {
                    <p>{t.text("plan-proposal-reason")}</p>
                    <blockquote class="plan-text">{reason}</blockquote>
                }
            });
            let to_decision = (proposal.state == ProposalState::Accepted).then(|| {
                view! {
                    <p><a class="link-alone" href=paths::DECISION>{t.text("plan-proposal-see-decision")}</a></p>
                    <p><a class="link-alone" href=paths::FIRST_PROVIDER>{t.text("first-provider-link")}</a></p>
                }
            });
            view! {
                <p>{said}</p>
                {reason}
                {to_decision}
            }
        });
        let waiting = waits.then(|| view! { <p>{t.text("plan-proposal-waits")}</p> });
        view! {
            <p>{sent}</p>
            {waiting}
            {answered}
        }
    });
    let link = (may_propose && !waits).then(|| {
        view! { <p class="no-print"><a class="link-alone" href=paths::MY_PROPOSAL>{t.text("plan-proposal-link")}</a></p> }
    });
    let see = (may_propose && waits).then(|| {
        view! { <p class="no-print"><a class="link-alone" href=paths::MY_PROPOSAL>{t.text("plan-proposal-see")}</a></p> }
    });
    view! {
        <section aria-labelledby="proposal">
            <h2 id="proposal">{t.text("plan-proposal-title")}</h2>
            {done}
            <p>{t.text("plan-proposal-intro")}</p>
            {status}
            {see}
            {link}
        </section>
    }
}

/// Every version with who wrote it and when; each but the one shown links to itself.
#[component]
fn Versions(t: I18n, versions: Vec<(u32, Written)>, shown: u32) -> impl IntoView {
    if versions.len() < 2 {
        return ().into_any();
    }
    let items = versions
        .into_iter()
        .map(|(version, written)| {
            let said = t.text_with(
                "plan-version-line",
                &[("version", version.into()), ("written", written_text(t, &written).into())],
            );
            if version == shown {
                view! { <li aria-current="true">{said}</li> }.into_any()
            } else {
                let href = format!("{}?{}={version}", paths::MY_PLAN, fields::VERSION);
                view! { <li><a class="link-alone" href=href>{said}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="versions" class="no-print">
            <h2 id="versions">{t.text("plan-versions-title")}</h2>
            <p>{t.text("plan-versions-intro")}</p>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

/// "Riikka Savolainen (counsellor), 12.4.2018 at 10.05".
fn written_text(t: I18n, written: &Written) -> String {
    let role = t.text(actor_role_label_id(&written.role));
    t.text_with(
        "plan-written-by",
        &[
            ("who", written.by.clone().into()),
            ("role", role.into()),
            ("day", day(t, &written.day).into()),
            ("time", time(t.lang, &written.time).into()),
        ],
    )
}
