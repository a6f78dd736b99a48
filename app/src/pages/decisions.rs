//! Decisions to make: the decision-maker's list of decisions the counsellors prepared, the
//! longest-waiting first, each opening the form where they decide.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::{use_page_context, PageData};
use crate::counsellor::DecisionsPage;
use crate::i18n::format::{day, month_name};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::proposals::ProposalState;

#[component]
pub fn DecisionsView() -> impl IntoView {
    match use_page_context().data {
        PageData::Decisions(page) => view! { <Decisions page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Decisions(page: DecisionsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("decisions-title");
    let done_id = match page.answered {
        Some(ProposalState::Accepted) => "decisions-answered-accepted",
        Some(ProposalState::Refused) => "decisions-answered-refused",
        _ => "decisions-decided",
    };
    let decided = page.decided_for.map(|name| {
        view! { <p class="notice" role="status">{t.text_with(done_id, &[("name", name.into())])}</p> }
    });
    let proposals_count = t.text_with("decisions-proposals-count", &[("count", page.proposals.len().into())]);
    let proposals = (!page.proposals.is_empty()).then(|| {
        let rows = page
            .proposals
            .into_iter()
            .map(|waiting| {
                let open =
                    t.text_with("decisions-proposal-open", &[("name", waiting.client_name.clone().into())]);
                let sent = t.text_with(
                    "decisions-proposal-sent",
                    &[
                        ("name", waiting.proposed_by.into()),
                        ("day", day(t, &waiting.day).into()),
                        ("month", month_name(t, &waiting.month).into()),
                    ],
                );
                view! {
                    <li class="card">
                        <h3>{waiting.client_name}</h3>
                        <p>{sent}</p>
                        <p>
                            <a class="link-alone" href=paths::proposal_answer(waiting.client_id)>{open}</a>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards cards--wide">{rows}</ul> }
    });
    let count = t.text_with("decisions-count", &[("count", page.waiting.len().into())]);
    let list = (!page.waiting.is_empty()).then(|| {
        let rows = page
            .waiting
            .into_iter()
            .map(|waiting| {
                let open = t.text_with("decisions-open", &[("name", waiting.client_name.clone().into())]);
                let prepared = t.text_with(
                    "decisions-prepared",
                    &[("name", waiting.prepared_by.into()), ("day", day(t, &waiting.day).into())],
                );
                view! {
                    <li class="card">
                        <h3>{waiting.client_name}</h3>
                        <p>{prepared}</p>
                        <p>
                            <a class="link-alone" href=paths::decision_form(waiting.client_id)>{open}</a>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards cards--wide">{rows}</ul> }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {decided}
        <h2>{t.text("decisions-prepared-title")}</h2>
        <p class="lead">{count}</p>
        <p>{t.text("decisions-intro")}</p>
        {list}
        <h2>{t.text("decisions-proposals-title")}</h2>
        <p>{proposals_count}</p>
        <p>{t.text("decisions-proposals-intro")}</p>
        {proposals}
    }
}
