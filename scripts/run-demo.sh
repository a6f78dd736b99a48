#!/usr/bin/env bash
# Runs the portal with demo data on the embedded SQLite database (data/portal.db, made on the
# first run). Installs what is missing first. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

SKIP_BROWSER=1 ./scripts/install-tools.sh
source scripts/tool-path.sh
./scripts/build-release.sh

export PORTAL_LISTEN="${PORTAL_LISTEN:-127.0.0.1:3000}"
export PORTAL_DEMO="${PORTAL_DEMO:-1}"
# The demo keeps a database of its own: a real one is never opened in demo mode.
export DATABASE_URL="${DATABASE_URL:-sqlite://data/demo.db}"
export PORTAL_TODAY="${PORTAL_TODAY:-2018-05-10}"
# Plain HTTP on this machine only: browsers keep Secure cookies for localhost, not always for
# other names, so the demo does not ask for them unless told to.
export PORTAL_SECURE_COOKIES="${PORTAL_SECURE_COOKIES:-0}"
export LEPTOS_SITE_ROOT=target/site
exec "${CARGO_TARGET_DIR:-target}/release/portal"
