//! `portal`: runs the personal-budget portal. Configuration comes from the environment; see
//! the README.

use std::process::ExitCode;

use server::config::Config;
use server::http;
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
    }
    let app = http::router(state);
    if let Err(error) = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await {
        eprintln!("portal: stopped with an error: {error}");
        return ExitCode::from(1);
    }
    tracing::info!("stopped");
    ExitCode::SUCCESS
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
