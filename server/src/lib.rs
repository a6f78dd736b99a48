//! The portal's server: the budget rules, storage, sign-in, and the web layer that renders
//! the pages of the `app` crate.

pub mod clock;
pub mod config;
pub mod demo;
pub mod http;
pub mod identity;
pub mod rules;
pub mod services;
pub mod store;

/// mimalloc in place of the C library's allocator: a request allocates for every row and statement
/// sqlx hands between threads, and glibc's malloc was a sixth of the portal's time under load
/// (docs/decisions/0042-group-commit.md). Declared here, it serves the portal, its tests and its
/// benchmarks alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::sync::Arc;

use leptos::config::LeptosOptions;

use crate::clock::Clock;
use crate::config::Config;
use crate::http::AppState;
use crate::store::kind::{self, DatabaseKind};
use crate::store::{Db, StoreError};

/// Why the server would not start on the database it was given.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "demo mode is on, but this database belongs to a real service; demo sign-ins with a \
         published password must never open it. Start without PORTAL_DEMO=1, or give the demo a \
         database of its own"
    )]
    DemoOnRealDatabase,
    #[error(
        "this database was made for the demo: its sign-ins and API tokens are published. Start \
         with PORTAL_DEMO=1, or give the service a new database (DATABASE_URL)"
    )]
    RealOnDemoDatabase,
    #[error(
        "nobody could sign in: outside the demo, passwords are off unless PORTAL_PASSWORD_SIGN_IN=allow. \
         Configure strong identification (PORTAL_OIDC_ISSUER, see the README)"
    )]
    NobodyCanSignIn,
    #[error("e-mail cannot be set up: {0}")]
    Email(String),
}

/// Connects to the database, brings its schema up to date, fills an empty one with demo data
/// in demo mode, and returns the state the web layer runs on. A demo server never opens a real
/// service's database, nor a real server a demo's.
pub async fn prepare(config: Config, leptos: LeptosOptions) -> Result<AppState, StartError> {
    if !config.identification.can_sign_in() {
        return Err(StartError::NobodyCanSignIn);
    }
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let kind = match kind::get(&db).await? {
        Some(kind) => kind,
        None => {
            let is_demo =
                if db.is_empty().await? { config.demo } else { kind::has_demo_accounts(&db).await? };
            let kind = if is_demo { DatabaseKind::Demo } else { DatabaseKind::Production };
            kind::set(&db, kind, clock::now_unix()).await?;
            kind
        }
    };
    match (config.demo, kind) {
        (true, DatabaseKind::Production) => return Err(StartError::DemoOnRealDatabase),
        (false, DatabaseKind::Demo) => return Err(StartError::RealOnDemoDatabase),
        _ => {}
    }
    if config.demo && db.is_empty().await? {
        let hash = tokio::task::spawn_blocking(|| services::passwords::hash(demo::DEMO_PASSWORD))
            .await
            .expect("hashing does not panic");
        demo::seed(&db, &hash, &config.identification.identity_key).await?;
        tracing::info!("filled the empty database with demo data");
    }
    let clock = match config.today {
        Some(day) => Clock::Fixed(day),
        None => Clock::Helsinki,
    };
    let site_version = http::site_files::version(&leptos);
    let identity = Arc::new(identity::Identity::new(&config.identification));
    let mailer = match &config.email {
        Some(email) => Some(Arc::new(services::email::Mailer::new(email).map_err(StartError::Email)?)),
        None => None,
    };
    Ok(AppState { db, config: Arc::new(config), clock, leptos, site_version, identity, mailer })
}
