//! Signing in: strong identification (a link to Suomi.fi, and one for staff to their
//! organisation's sign-in), and, in the demo or where allowed, a password form. The form posts to
//! the server without JavaScript; after an error the page comes back with the user name filled
//! in and the error beside the field and in the summary. No memory test: paste and password
//! managers work (WCAG 3.3.8).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::form::{ErrorSummary, FormTitle, PasswordField, TextField};
use crate::components::icons::Pictogram;
use crate::context::{use_page_context, DemoAccount, FormId};
use crate::i18n::I18n;
use crate::paths;

pub const USERNAME: &str = "username";
pub const PASSWORD: &str = "password";

#[component]
pub fn SignInPage() -> impl IntoView {
    let ctx = use_page_context();
    let t = ctx.i18n();
    let flash = ctx.flash.filter(|f| f.form == FormId::SignIn);
    let errors = flash.as_ref().map(|f| f.errors.clone()).unwrap_or_default();
    let error_text = |field: &str| flash.as_ref().and_then(|f| f.error(field)).map(|e| e.text(t));
    let username = flash.as_ref().map(|f| f.value(USERNAME)).unwrap_or_default();
    let query = use_query_map();
    let return_to = || {
        query
            .read()
            .get(paths::RETURN_TO)
            .filter(|p| paths::is_safe_return_path(p))
            .unwrap_or_else(|| paths::HOME.to_string())
    };
    let title = t.text("sign-in-title");
    let ways = ctx.sign_in_ways;
    let return_to = return_to();
    let form_error = error_text("");
    view! {
        <FormTitle text=title has_errors=!errors.is_empty() />
        <ErrorSummary errors />
        <h1>{t.text("sign-in-title")}</h1>
        {ctx
            .form_waits
            .then(|| {
                view! {
                    <div class="notice notice--warning">
                        <p>{t.text("sign-in-form-kept")}</p>
                    </div>
                }
            })}
        {form_error.map(|e| view! { <p class="field__error">{e}</p> })}
        {ways
            .identify
            .then(|| {
                view! {
                    <p>{t.text("sign-in-identify-intro")}</p>
                    <p>
                        <a class="button" href=paths::identify(false, &return_to)>
                            <Pictogram code="1F511" />
                            {t.text("sign-in-identify")}
                        </a>
                    </p>
                }
            })}
        {ways
            .passwords
            .then(|| {
                view! {
                    {ways.identify.then(|| view! { <h2>{t.text("sign-in-password-title")}</h2> })}
                    <p>{t.text("sign-in-intro")}</p>
                    <form method="post" action=paths::SIGN_IN class="form" novalidate=true>
                        <input type="hidden" name=paths::RETURN_TO value=return_to.clone() />
                        <TextField
                            name=USERNAME
                            label=t.text("sign-in-username")
                            value=username
                            error=error_text(USERNAME).unwrap_or_default()
                            autocomplete="username"
                            spellcheck_off=true
                        />
                        <PasswordField
                            name=PASSWORD
                            label=t.text("sign-in-password")
                            error=error_text(PASSWORD).unwrap_or_default()
                            autocomplete="current-password"
                        />
                        <button type="submit" class="button">
                            <Pictogram code="1F511" />
                            {t.text("sign-in-submit")}
                        </button>
                    </form>
                }
            })}
        <h2>{t.text("sign-in-trouble-title")}</h2>
        <p>{t.text(if ways.passwords { "sign-in-trouble-text" } else { "sign-in-trouble-identify" })}</p>
        {ways
            .staff
            .then(|| {
                view! {
                    <h2>{t.text("sign-in-staff-title")}</h2>
                    <p>{t.text("sign-in-staff-intro")}</p>
                    <p>
                        <a class="link-alone" href=paths::identify(true, &return_to)>
                            {t.text("sign-in-staff")}
                        </a>
                    </p>
                }
            })}
        <h2>{t.text("sign-in-join-title")}</h2>
        <p>
            <a class="link-alone" href=paths::JOIN>{t.text("sign-in-join")}</a>
        </p>
        {(!ctx.demo_accounts.is_empty()).then(|| view! { <DemoAccounts t accounts=ctx.demo_accounts /> })}
    }
}

#[component]
fn DemoAccounts(t: I18n, accounts: Vec<DemoAccount>) -> impl IntoView {
    let rows = accounts
        .into_iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">
                        <code>{a.username}</code>
                    </th>
                    <td>{a.name}</td>
                    <td>{t.text(a.role.label_id())}</td>
                    <td>{t.text(&a.situation_id)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="demo-accounts">
            <h2 id="demo-accounts-title">{t.text("demo-accounts-title")}</h2>
            <p>{t.text("demo-accounts-password")}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="demo-accounts-title">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t.text("demo-accounts-username")}</th>
                            <th scope="col">{t.text("demo-accounts-name")}</th>
                            <th scope="col">{t.text("demo-accounts-role")}</th>
                            <th scope="col">{t.text("demo-accounts-situation")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
