//! The portal's server: the budget rules, storage, sign-in, and the web layer that renders
//! the pages of the `app` crate.

pub mod clock;
pub mod config;
pub mod demo;
pub mod http;
pub mod rules;
pub mod services;
pub mod store;

use std::sync::Arc;

use leptos::config::LeptosOptions;

use crate::clock::Clock;
use crate::config::Config;
use crate::http::AppState;
use crate::store::{Db, StoreError};

/// Connects to the database, brings its schema up to date, fills an empty one with demo data
/// in demo mode, and returns the state the web layer runs on.
pub async fn prepare(config: Config, leptos: LeptosOptions) -> Result<AppState, StoreError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    if config.demo && db.is_empty().await? {
        let hash = tokio::task::spawn_blocking(|| services::passwords::hash(demo::DEMO_PASSWORD))
            .await
            .expect("hashing does not panic");
        demo::seed(&db, &hash).await?;
        tracing::info!("filled the empty database with demo data");
    }
    let clock = match config.today {
        Some(day) => Clock::Fixed(day),
        None => Clock::Helsinki,
    };
    let site_version = http::site_files::version(&leptos);
    Ok(AppState {
        db,
        config: Arc::new(config),
        clock,
        leptos,
        site_version,
        visit_limits: Default::default(),
    })
}
