//! `portal`: runs the personal-budget portal. Configuration comes from the environment; see
//! the README.
//!
//! `portal token create|list|revoke` manage API tokens: a new one's hash is stored and the
//! token printed once; each expires (365 days unless `--days` says otherwise) or is revoked.

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

    let args: Vec<String> = std::env::args().skip(1).collect();
    // Making a key needs no configuration: it comes before the portal is configured to use it.
    if let [key, new, path] = args.as_slice() {
        if key == "key" && new == "new" {
            return new_key(std::path::Path::new(path));
        }
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("portal: bad configuration: {error}");
            return ExitCode::from(2);
        }
    };
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
    tokio::spawn(delete_expired_sessions(state.db.clone(), state.config.session.absolute_seconds));
    tokio::spawn(server::services::reminders::run_hourly(state.db.clone(), state.clock));
    match &state.mailer {
        Some(mailer) => {
            let every = std::time::Duration::from_secs(10);
            tokio::spawn(server::services::email::run(state.db.clone(), mailer.clone(), every));
        }
        None => println!("E-mail is off: PORTAL_SMTP_URL is not set. Messages come only to the portal."),
    }
    // The peer's address feeds the throttles on feedback at the service place.
    let app = http::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    if let Err(error) = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await {
        eprintln!("portal: stopped with an error: {error}");
        return ExitCode::from(1);
    }
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// Writes a new private key for signing the portal's requests to identity providers, readable
/// by its owner only. Put it in PORTAL_OIDC_KEY_DIR; see the README on rotating keys.
fn new_key(path: &std::path::Path) -> ExitCode {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let pem = match server::identity::keys::new_key_pem() {
        Ok(pem) => pem,
        Err(error) => {
            eprintln!("portal: could not make a key: {error}");
            return ExitCode::from(1);
        }
    };
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .and_then(|mut file| file.write_all(pem.as_bytes()));
    match written {
        Ok(()) => {
            eprintln!("wrote a new key to {}", path.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portal: cannot write {}: {error}", path.display());
            ExitCode::from(1)
        }
    }
}

const USAGE: &str = "usage: portal key new FILE
       portal token create --role staff [--days N]
       portal token create --role provider --provider ID [--days N]
       portal token list
       portal token revoke ID
       portal demo scale --clients N --records-per-client M --providers P";

/// What the command line asks for besides serving: managing API tokens, and filling an empty
/// database with a county-sized data set to measure with.
enum Command {
    Create { role: TokenRole, days: i64 },
    List,
    Revoke(i64),
    Scale(server::demo::scale::Size),
}

fn parse_command(args: &[&str]) -> Option<Command> {
    let days = |rest: &[&str]| match rest {
        [] => Some(server::services::api_tokens::DEFAULT_VALID_DAYS),
        ["--days", n] => n.parse().ok().filter(|n| (1..=3650).contains(n)),
        _ => None,
    };
    match args {
        ["token", "create", "--role", "staff", rest @ ..] => {
            Some(Command::Create { role: TokenRole::Staff, days: days(rest)? })
        }
        ["token", "create", "--role", "provider", "--provider", id, rest @ ..] => {
            Some(Command::Create { role: TokenRole::Provider(id.parse().ok()?), days: days(rest)? })
        }
        ["token", "list"] => Some(Command::List),
        ["token", "revoke", id] => Some(Command::Revoke(id.parse().ok()?)),
        ["demo", "scale", "--clients", clients, "--records-per-client", records, "--providers", providers] => {
            Some(Command::Scale(server::demo::scale::Size {
                clients: clients.parse().ok()?,
                records_per_client: records.parse().ok()?,
                providers: providers.parse().ok().filter(|&p| p > 0)?,
            }))
        }
        _ => None,
    }
}

async fn run_command(config: Config, args: &[String]) -> ExitCode {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let Some(command) = parse_command(&args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
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
    let done = match command {
        Command::Create { role, days } => create_token(&db, role, days).await,
        Command::List => list_tokens(&db).await,
        Command::Scale(size) => build_scale_data(&db, size).await,
        Command::Revoke(id) => {
            match server::store::tokens::revoke(&db.pool, id, server::clock::now_unix()).await {
                Ok(true) => {
                    println!("revoked token {id}: it no longer works");
                    Ok(true)
                }
                Ok(false) => {
                    eprintln!("portal: there is no token {id} still in use");
                    Ok(false)
                }
                Err(error) => Err(error),
            }
        }
    };
    match done {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) => {
            eprintln!("portal: {error}");
            ExitCode::from(1)
        }
    }
}

async fn create_token(db: &Db, role: TokenRole, days: i64) -> Result<bool, server::store::StoreError> {
    if let TokenRole::Provider(id) = role {
        if !server::store::budget::provider_exists(&db.pool, id).await? {
            eprintln!("portal: there is no provider {id}");
            return Ok(false);
        }
    }
    let label = match role {
        TokenRole::Staff => "staff (command line)".to_string(),
        TokenRole::Provider(id) => format!("provider {id} (command line)"),
    };
    let made = server::services::api_tokens::create(db, role, &label, days).await?;
    // The token alone on standard output, for scripts; the rest to the person.
    println!("{}", made.token);
    eprintln!(
        "token {} made, valid for {days} days; revoke it with: portal token revoke {}",
        made.id, made.id
    );
    Ok(true)
}

async fn list_tokens(db: &Db) -> Result<bool, server::store::StoreError> {
    let day = |at: Option<i64>| at.map_or("-".to_string(), |at| server::clock::helsinki_day_and_time(at).0);
    println!("{:>4}  {:<8}  {:<12}  {:<12}  {:<12}  label", "id", "role", "made", "expires", "revoked");
    for t in server::store::tokens::list(&db.pool).await? {
        let (made, expires, revoked) = (day(Some(t.created_at)), day(t.expires_at), day(t.revoked_at));
        println!("{:>4}  {:<8}  {made:<12}  {expires:<12}  {revoked:<12}  {}", t.id, t.role, t.label);
    }
    Ok(true)
}

/// Fills an empty database with the scale data set, as a demo database: its counsellors and
/// relatives sign in with the demo password.
async fn build_scale_data(
    db: &Db,
    size: server::demo::scale::Size,
) -> Result<bool, server::store::StoreError> {
    use server::store::kind::{self, DatabaseKind};
    if !db.is_empty().await? {
        eprintln!("portal: the database is not empty; the scale data set goes only into an empty one");
        return Ok(false);
    }
    kind::set(db, DatabaseKind::Demo, server::clock::now_unix()).await?;
    let hash = server::services::passwords::hash(server::demo::DEMO_PASSWORD);
    let started = std::time::Instant::now();
    let made = server::demo::scale::build(db, size, &hash).await?;
    println!(
        "made {} clients, {} records ({} held), {} providers, {} counsellors, {} mandates in {:.1} s",
        made.client_ids.len(),
        made.records,
        made.held,
        size.providers,
        made.counsellors.len(),
        made.mandates,
        started.elapsed().as_secs_f64()
    );
    if let Some((_, username, clients)) = made.counsellors.first() {
        println!(
            "sign in (password \"{}\") as {username} to see {clients} clients, as {} for one client's own pages, \
             as {} for the organiser's; run with PORTAL_DEMO=1 PORTAL_TODAY=2018-12-31",
            server::demo::DEMO_PASSWORD,
            made.client_username,
            made.organiser_username
        );
    }
    Ok(true)
}

/// Deletes sessions that ran out, and ended provider sessions older than any sign-in can last,
/// every quarter of an hour, so the tables do not grow. A failed round is logged and the next
/// one tries again.
async fn delete_expired_sessions(db: Db, longest_sign_in_seconds: i64) {
    let sessions = DbSessionStore::new(db.clone());
    let mut every = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
    loop {
        every.tick().await;
        if let Err(error) = sessions.delete_expired().await {
            tracing::warn!(%error, "could not delete expired sessions");
        }
        let before = server::clock::now_unix() - longest_sign_in_seconds;
        if let Err(error) = server::store::provider_sessions::forget_before(&db, before).await {
            tracing::warn!(%error, "could not forget ended provider sessions");
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
