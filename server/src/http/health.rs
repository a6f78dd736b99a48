//! `/healthz`: the process answers. `/readyz`: and its database does too.

use axum::extract::State;
use axum::http::StatusCode;

use super::AppState;

pub async fn alive() -> &'static str {
    "ok"
}

pub async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.db.is_reachable().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database not reachable")
    }
}
