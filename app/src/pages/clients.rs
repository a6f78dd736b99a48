//! My clients, the counsellor's workspace: each client with what needs attention, the next agreed
//! contact and this year's guidance, and the ways to open their pages or record a contact.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::context::{use_page_context, PageData};
use crate::counsellor::{Attention, ClientRow, ClientsPage};
use crate::i18n::format::day;
use crate::i18n::I18n;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

#[component]
pub fn ClientsView() -> impl IntoView {
    match use_page_context().data {
        PageData::Clients(page) => view! { <Clients page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Clients(page: ClientsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("clients-title");
    let recorded = page.recorded_for.map(|name| {
        view! { <p class="notice" role="status">{t.text_with("clients-recorded", &[("name", name.into())])}</p> }
    });
    let summary = (!page.clients.is_empty()).then(|| summary(t, &page.clients));
    let list = if page.clients.is_empty() {
        view! { <p>{t.text("clients-none")}</p> }.into_any()
    } else {
        let cards = page.clients.into_iter().map(|client| view! { <ClientCard t client /> }).collect_view();
        view! { <ul class="cards cards--wide">{cards}</ul> }.into_any()
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {recorded}
        {summary}
        {list}
        // Below the list, so that the first client's matters are on a phone's first screen.
        <p>{t.text("clients-open-hint")}</p>
        <p>{t.text("clients-logged")}</p>
    }
}

/// The answer the page is for, right under its title: who needs attention most and why, then how
/// many clients need attention. The list is in that order too, but on a phone with the largest text
/// its first matter is below the first screen.
fn summary(t: I18n, clients: &[ClientRow]) -> impl IntoView {
    // The list is sorted by each card's most urgent matter: the first card's first is the most urgent.
    let Some((client, matter)) = clients.first().and_then(|c| c.attention.first().map(|a| (c, a))) else {
        return view! { <p class="clients-summary">{t.text("clients-summary-none")}</p> }.into_any();
    };
    let needing = clients.iter().filter(|c| !c.attention.is_empty()).count();
    view! {
        <p class="clients-summary">
            <strong>{t.text_with("clients-most-urgent", &[("name", client.name.clone().into())])}</strong>
            " "
            {attention_text(t, matter)}
        </p>
        <p>{t.text_with("clients-summary", &[("count", needing.into())])}</p>
    }
    .into_any()
}

#[component]
fn ClientCard(t: I18n, client: ClientRow) -> impl IntoView {
    let name = client.name.clone();
    let attention = if client.attention.is_empty() {
        view! { <p>{t.text("clients-nothing-needs-attention")}</p> }.into_any()
    } else {
        let client_id = client.client_id;
        let items = client
            .attention
            .iter()
            .map(|a| match a {
                // Held records are reviewed on their own page: the item leads there.
                Attention::HeldRecords(_) => {
                    view! { <li><a class="link-alone" href=paths::held(client_id)>{attention_text(t, a)}</a></li> }.into_any()
                }
                Attention::MessageWaiting => {
                    view! { <li><a class="link-alone" href=paths::conversation(client_id)>{attention_text(t, a)}</a></li> }
                        .into_any()
                }
                _ => view! { <li>{attention_text(t, a)}</li> }.into_any(),
            })
            .collect_view();
        view! {
            <h3>{t.text("clients-attention")}</h3>
            <ul class="attention">{items}</ul>
        }
        .into_any()
    };
    let next = client
        .next_contact
        .as_deref()
        .map(|next| view! { <p>{t.text_with("clients-next-contact", &[("day", day(t, next).into())])}</p> });
    let guidance = t.text_with(
        "clients-this-year",
        &[("contacts", client.contacts_this_year.into()), ("minutes", client.minutes_this_year.into())],
    );
    view! {
        <li class="card">
            <h2>{name.clone()}</h2>
            // What needs attention straight under the name: on a phone it is what shows first.
            {attention}
            <p>{client.municipality}</p>
            {next}
            <p>{guidance}</p>
            <div class="button-row">
                <form method="post" action=paths::open_client(client.client_id)>
                    <button type="submit" class="button">
                        {t.text_with("clients-open", &[("name", name.clone().into())])}
                    </button>
                </form>
                <a class="button button--secondary" href=paths::conversation(client.client_id)>
                    {t.text_with("clients-messages", &[("name", name.clone().into())])}
                </a>
                <a class="button button--secondary" href=paths::contact(client.client_id)>
                    {t.text_with("clients-record-contact", &[("name", name.clone().into())])}
                </a>
                <a class="button button--secondary" href=paths::mandates(client.client_id)>
                    {t.text_with("clients-mandates", &[("name", name.clone().into())])}
                </a>
                <a class="button button--secondary" href=paths::sign_in_of(client.client_id)>
                    {t.text_with("clients-sign-in", &[("name", name.clone().into())])}
                </a>
                <a class="button button--secondary" href=paths::plan_form(client.client_id)>
                    {t.text_with("clients-plan", &[("name", name.clone().into())])}
                </a>
                <a class="button button--secondary" href=paths::client_wellbeing(client.client_id)>
                    {t.text_with("clients-wellbeing", &[("name", name.clone().into())])}
                </a>
                <a class="button button--secondary" href=paths::decision_form(client.client_id)>
                    {t.text_with("clients-decision", &[("name", name.into())])}
                </a>
            </div>
        </li>
    }
}

fn attention_text(t: I18n, attention: &Attention) -> String {
    match attention {
        Attention::UsedUp => t.text("clients-attention-used-up"),
        Attention::AtRisk => t.text("clients-attention-at-risk"),
        Attention::HeldRecords(n) => t.text_with("clients-attention-held", &[("count", (*n).into())]),
        Attention::PendingChanges(n) => t.text_with("clients-attention-pending", &[("count", (*n).into())]),
        Attention::MessageWaiting => t.text("clients-attention-message"),
        Attention::ProposalWaiting => t.text("clients-attention-proposal"),
        Attention::ContactRequests(n) => t.text_with("clients-attention-requests", &[("count", (*n).into())]),
        Attention::ContactOverdue(next) => {
            t.text_with("clients-attention-overdue", &[("day", day(t, next).into())])
        }
        Attention::NoNextContact => t.text("clients-attention-no-next-contact"),
    }
}
