#!/usr/bin/env bash
# Runs the portal with demo data on the embedded SQLite database (data/demo.db, made on the first
# run), with local OpenID Connect providers beside it: one like Suomi.fi e-Identification
# (http://localhost:4400) and one like an organisation's staff sign-in (http://localhost:4401), so
# "Identify yourself" works as it would in production. The demo's passwords work too. Installs
# what is missing first. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

SKIP_BROWSER=1 ./scripts/install-tools.sh
source scripts/tool-path.sh
./scripts/build-release.sh
portal="${CARGO_TARGET_DIR:-target}/release/portal"

export PORTAL_LISTEN="${PORTAL_LISTEN:-127.0.0.1:3000}"
export PORTAL_DEMO="${PORTAL_DEMO:-1}"
# The demo keeps a database of its own: a real one is never opened in demo mode.
export DATABASE_URL="${DATABASE_URL:-sqlite://data/demo.db}"
export PORTAL_TODAY="${PORTAL_TODAY:-2018-05-10}"
# Plain HTTP on this machine only: browsers keep Secure cookies for localhost, not always for
# other names, so the demo does not ask for them unless told to.
export PORTAL_SECURE_COOKIES="${PORTAL_SECURE_COOKIES:-0}"
export LEPTOS_SITE_ROOT=target/site

# Strong identification through the local providers, unless the demo is pointed at others.
if [ -z "${PORTAL_OIDC_ISSUER:-}" ]; then
  port=${PORTAL_LISTEN##*:}
  export PORTAL_PUBLIC_URL="http://localhost:$port"
  export PORTAL_OIDC_KEY_DIR=data/demo-keys
  mkdir -p "$PORTAL_OIDC_KEY_DIR"
  ls "$PORTAL_OIDC_KEY_DIR"/*.pem >/dev/null 2>&1 || "$portal" key new "$PORTAL_OIDC_KEY_DIR/first.pem"
  export PORTAL_OIDC_ISSUER=http://localhost:4400 PORTAL_OIDC_CLIENT_ID=demo
  export PORTAL_STAFF_OIDC_ISSUER=http://localhost:4401 PORTAL_STAFF_OIDC_CLIENT_ID=demo
  pids=()
  trap 'kill "${pids[@]}" 2>/dev/null' EXIT
  for kind in citizens staff; do
    oidc_port=4400
    [ "$kind" = staff ] && oidc_port=4401
    (cd end2end/oidc && OIDC_PORT=$oidc_port OIDC_KIND=$kind OIDC_CLIENTS="demo=$PORTAL_PUBLIC_URL" \
      exec node provider.mjs 2>/dev/null) &
    pids+=($!)
  done
fi
"$portal"
