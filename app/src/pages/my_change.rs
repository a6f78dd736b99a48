//! One change of provider: its receipt (reference, dates, who made it), which can be printed,
//! and the question whether to cancel it while that is still possible (B16).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::budget::product_label_id;
use crate::changes::{ChangePage, ChangeStatus, DoneBy};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, PageData};
use crate::i18n::format::day;
use crate::i18n::{msg, I18n};
use crate::pages::my_changes::{change_summary, StatusTag};
use crate::pages::not_found::NotFoundPage;
use crate::paths;
use crate::role::Role;

#[component]
pub fn MyChangePage() -> impl IntoView {
    match use_page_context().data {
        PageData::Change(page) => view! { <ChangeView page=*page /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// "Aino Kettunen (client)".
fn who(t: I18n, by: &DoneBy) -> String {
    // Not a role of a person: the organiser's staff through the API.
    let role = Role::parse(&by.role).map(|r| t.text(r.label_id())).unwrap_or_else(|| t.text("role-staff"));
    t.text_with("done-by", &[("name", by.name.clone().into()), ("role", role.into())])
}

#[component]
fn ChangeView(page: ChangePage) -> impl IntoView {
    let t = use_page_context().i18n();
    let c = page.change.clone();
    if page.confirm_cancel {
        return view! { <CancelQuestion t page /> }.into_any();
    }
    let title = t.text("change-receipt-title");
    let banner = page.message.clone().map(|id| {
        let done = id == msg("change-made-title") || id == msg("change-cancelled-title");
        let class = if done { "confirmation" } else { "notice notice--warning" };
        let reference = (id == msg("change-made-title"))
            .then(|| view! { <p>{t.text_with("change-reference", &[("reference", c.reference.clone().into())])}</p> });
        view! {
            <div class=class role="status">
                <h2>{t.text(&id)}</h2>
                {reference}
            </div>
        }
    });
    let service = t.text(product_label_id(&c.product));
    let row = |label: String, value: String| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let cancelled = c.cancelled.as_ref().map(|by| row(t.text("change-cancelled-by"), who(t, by)));
    let cancel = (page.may_act && c.status == ChangeStatus::Pending).then(|| {
        let until = c.cancel_until.clone().map(|d| day(t, &d)).unwrap_or_default();
        view! {
            <h2>{t.text("change-cancel-title")}</h2>
            <p>{t.text_with("change-cancel-until", &[("day", until.into())])}</p>
            <p class="no-print">
                <a href=paths::cancel_change(c.id) class="button button--secondary">
                    {t.text("change-cancel-link")}
                </a>
            </p>
        }
    });
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {banner}
        <p class="lead">{change_summary(t, &c)}</p>
        <p>
            <StatusTag t status=c.status />
        </p>
        <dl class="facts">
            {row(t.text("change-reference-label"), c.reference.clone())}
            {row(t.text("change-check-service"), service)}
            {row(t.text("change-notice-given"), day(t, &c.notice_on))}
            {row(t.text_with("change-check-last-day", &[("provider", c.old_provider.clone().into())]), day(t, &c.old_last_day))}
            {row(t.text_with("change-check-first-day", &[("provider", c.new_provider.clone().into())]), day(t, &c.new_first_day))}
            {row(t.text("change-made-by"), who(t, &c.made))}
            {cancelled}
        </dl>
        <p class="hint">{t.text("change-print-hint")}</p>
        {cancel}
        <p class="no-print">
            <a class="link-alone" href=paths::MY_CHANGES>{t.text("link-my-changes")}</a>
        </p>
    }
    .into_any()
}

#[component]
fn CancelQuestion(t: I18n, page: ChangePage) -> impl IntoView {
    let c = page.change;
    let title = t.text("change-cancel-question");
    let what = t.text_with(
        "change-cancel-means",
        &[
            ("provider", c.old_provider.clone().into()),
            ("service", t.text(product_label_id(&c.product)).into()),
        ],
    );
    let body = if c.status == ChangeStatus::Pending {
        view! {
            <p class="lead">{change_summary(t, &c)}</p>
            <p>{what}</p>
            <form method="post" action=paths::cancel_change(c.id) class="form">
                <button type="submit" class="button button--warning">
                    <Pictogram code="21A9" />
                    {t.text("change-cancel-yes")}
                </button>
            </form>
        }
        .into_any()
    } else {
        view! { <p>{t.text("change-refused-too-late-to-cancel")}</p> }.into_any()
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {body}
        <p>
            <a class="link-alone" href=paths::my_change(c.id)>{t.text("change-cancel-no")}</a>
        </p>
    }
}
