//! Our clients, the provider's workspace: who starts and who leaves soon, then every client with
//! the services agreed and their days. Each look is in the clients' own logs.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::day;
use crate::i18n::{msg, I18n};
use crate::pages::not_found::NotFoundPage;
use crate::provider_work::{Arrival, Ending, OurAgreement, OurClient, OurClientsPage};

#[component]
pub fn OurClientsView() -> impl IntoView {
    match use_page_context().data {
        PageData::OurClients(page) => view! { <OurClients page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn OurClients(page: OurClientsPage) -> impl IntoView {
    let t = use_page_context().i18n();
    let title = t.text("our-clients-title");
    let intro = t.text_with(
        "our-clients-intro",
        &[("provider", page.provider.clone().into()), ("count", page.clients.len().into())],
    );
    let starting = page
        .starting()
        .into_iter()
        .map(|(client, agreement)| view! { <li>{turn_text(t, client, agreement, Turn::Starts)}</li> })
        .collect_view();
    let ending = page
        .ending()
        .into_iter()
        .map(|(client, agreement)| view! { <li>{turn_text(t, client, agreement, Turn::Ends)}</li> })
        .collect_view();
    let all = if page.clients.is_empty() {
        view! { <p>{t.text("our-clients-none")}</p> }.into_any()
    } else {
        let cards = page.clients.into_iter().map(|client| view! { <ClientCard t client /> }).collect_view();
        view! { <ul class="cards cards--wide">{cards}</ul> }.into_any()
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{intro}</p>
        <h2>{t.text("our-clients-starting")}</h2>
        {list_or(t, starting, "our-clients-starting-none")}
        <h2>{t.text("our-clients-ending")}</h2>
        {list_or(t, ending, "our-clients-ending-none")}
        <h2>{t.text("our-clients-all")}</h2>
        <p>{t.text("our-clients-logged")}</p>
        {all}
    }
}

/// A list of what is coming, or the sentence that says nothing is.
fn list_or(t: I18n, items: Vec<impl IntoView>, none: &'static str) -> AnyView {
    if items.is_empty() {
        view! { <p>{t.text(none)}</p> }.into_any()
    } else {
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    }
}

#[derive(Clone, Copy)]
enum Turn {
    Starts,
    Ends,
}

/// "Aino Kettunen, Day activities: starts on 15.5.2018. The client changes to you ..."
fn turn_text(t: I18n, client: &str, agreement: &OurAgreement, turn: Turn) -> String {
    let id = match (turn, agreement.starts, agreement.ends) {
        (Turn::Starts, Some(Arrival::FromAnotherProvider), _) => msg("our-clients-starts-change"),
        (Turn::Starts, _, _) => msg("our-clients-starts-new"),
        (Turn::Ends, _, Some(Ending::ToAnotherProvider)) => msg("our-clients-ends-change"),
        (Turn::Ends, _, Some(Ending::LeavesBudget)) => msg("our-clients-ends-budget"),
        (Turn::Ends, _, _) => msg("our-clients-ends-agreed"),
    };
    t.text_with(
        id,
        &[
            ("client", client.to_string().into()),
            ("service", t.text(product_label_id(&agreement.product)).into()),
            ("first", day(t, &agreement.first_day).into()),
            ("last", agreement.last_day.as_deref().map(|d| day(t, d)).unwrap_or_default().into()),
        ],
    )
}

#[component]
fn ClientCard(t: I18n, client: OurClient) -> impl IntoView {
    let services = client
        .agreements
        .iter()
        .map(|a| {
            let service = t.text(product_label_id(&a.product));
            let first = day(t, &a.first_day);
            let text = match &a.last_day {
                Some(last) => t.text_with(
                    "our-clients-from-until",
                    &[("service", service.into()), ("first", first.into()), ("last", day(t, last).into())],
                ),
                None => {
                    t.text_with("our-clients-from", &[("service", service.into()), ("first", first.into())])
                }
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <li class="card">
            <h3>{client.name}</h3>
            <ul class="plain-list">{services}</ul>
        </li>
    }
}
