//! `portal`: runs the personal-budget portal. Configuration comes from the environment; see
//! the README.
//!
//! `portal token create --role staff` and `portal token create --role provider --provider ID`
//! make an API token, store its hash and print the token once.

use std::process::ExitCode;

use server::config::Config;
use server::http;
use server::store::sessions::DbSessionStore;
use server::store::tokens::TokenRole;
use server::store::Db;
use tower_sessions::session_store::ExpiredDeletion;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();

    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("portal: bad configuration: {error}");
            return ExitCode::from(2);
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        return run_command(config, &args).await;
    }
    let leptos = match leptos::config::get_configuration(None) {
        Ok(conf) => conf.leptos_options,
        Err(error) => {
            eprintln!("portal: bad Leptos configuration: {error}");
            return ExitCode::from(2);
        }
    };
    let listen = config.listen;
    let demo = config.demo;
    let state = match server::prepare(config, leptos).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portal: cannot start: {error}");
            return ExitCode::from(1);
        }
    };
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("portal: cannot listen on {listen}: {error}");
            return ExitCode::from(1);
        }
    };
    println!("The portal is running at http://{listen}/");
    if demo {
        println!("Demo sign-ins, each with the password \"{}\":", server::demo::DEMO_PASSWORD);
        for (username, role) in server::demo::sign_ins() {
            println!("  {username:<10} {}", role.code());
        }
        println!(
            "Demo API tokens: staff \"{}\", provider Kotipiha Oy \"{}\"",
            server::demo::DEMO_STAFF_TOKEN,
            server::demo::DEMO_PROVIDER_TOKEN
        );
    }
    tokio::spawn(delete_expired_sessions(DbSessionStore::new(state.db.clone())));
    // The peer's address feeds the throttles on feedback at the service place.
    let app = http::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    if let Err(error) = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await {
        eprintln!("portal: stopped with an error: {error}");
        return ExitCode::from(1);
    }
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

const USAGE: &str = "usage: portal [token create --role staff | token create --role provider --provider ID]";

/// The one command besides serving: making an API token.
async fn run_command(config: Config, args: &[String]) -> ExitCode {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let role = match args.as_slice() {
        ["token", "create", "--role", "staff"] => TokenRole::Staff,
        ["token", "create", "--role", "provider", "--provider", id] => match id.parse() {
            Ok(id) => TokenRole::Provider(id),
            Err(_) => {
                eprintln!("portal: the provider id must be a number\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let db = match Db::connect(&config.database_url).await {
        Ok(db) => db,
        Err(error) => {
            eprintln!("portal: cannot open the database: {error}");
            return ExitCode::from(1);
        }
    };
    if let Err(error) = db.migrate().await {
        eprintln!("portal: cannot update the database: {error}");
        return ExitCode::from(1);
    }
    if let TokenRole::Provider(id) = role {
        match server::store::budget::provider_exists(&db.pool, id).await {
            Ok(true) => {}
            Ok(false) => {
                eprintln!("portal: there is no provider {id}");
                return ExitCode::from(1);
            }
            Err(error) => {
                eprintln!("portal: {error}");
                return ExitCode::from(1);
            }
        }
    }
    let label = match role {
        TokenRole::Staff => "staff (command line)".to_string(),
        TokenRole::Provider(id) => format!("provider {id} (command line)"),
    };
    match server::services::api_tokens::create(&db, role, &label).await {
        Ok(token) => {
            println!("{token}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portal: cannot store the token: {error}");
            ExitCode::from(1)
        }
    }
}

/// Deletes sessions that ran out, every quarter of an hour, so the table does not grow. A failed
/// round is logged and the next one tries again.
async fn delete_expired_sessions(sessions: DbSessionStore) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
    loop {
        every.tick().await;
        if let Err(error) = sessions.delete_expired().await {
            tracing::warn!(%error, "could not delete expired sessions");
        }
    }
}

/// Ends on Ctrl-C or SIGTERM; requests under way are finished first.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("stopping: finishing the requests under way");
}
