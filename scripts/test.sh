#!/usr/bin/env bash
# Runs every test of the portal: formatting and lints, the Rust tests (rules, texts, and the
# integration tests on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set), a release
# build with its size measured, and the browser tests against the real server with demo data.
# Installs what is missing first. Ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="$HOME/.cargo/bin:$PATH"

passed=0
failed=0
log=$(mktemp)
server_pid=""

finish() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  drop_test_databases
  echo
  echo "summary: $passed passed, $failed failed"
}
trap finish EXIT

fail() {
  echo "FAILED: $*" >&2
  # A failing step that counted no failing test still counts as one failure.
  [ "$failed" -gt 0 ] || failed=1
  exit 1
}

step() { printf '\n== %s\n' "$*"; }

drop_test_databases() {
  [ -n "${TEST_POSTGRES_URL:-}" ] && command -v psql >/dev/null || return 0
  psql "$TEST_POSTGRES_URL" -Atqc "SELECT datname FROM pg_database WHERE datname LIKE 'portal_test_%'" 2>/dev/null |
    while read -r db; do psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1; done
}

# Adds up "test result: ok. N passed; M failed" lines of cargo test.
count_cargo() {
  local p f
  p=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
}

step "tools"
./scripts/install-tools.sh || fail "installing the tools"

step "formatting and lints"
cargo fmt --all --check || fail "cargo fmt: run 'cargo fmt --all'"
cargo clippy --all-targets -- -D warnings || fail "clippy"
cargo clippy -p app --features ssr --all-targets -- -D warnings || fail "clippy (app, server side)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings || fail "clippy (browser side)"

step "Rust tests"
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "integration tests run on SQLite and on PostgreSQL ($TEST_POSTGRES_URL)"
else
  echo "TEST_POSTGRES_URL is not set: integration tests run on SQLite only"
fi
drop_test_databases
cargo test -p server 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || fail "server tests"
cargo test -p app --features ssr -- --nocapture 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || fail "app tests"

step "release build"
./scripts/build-release.sh || fail "release build"
wasm=$(ls target/site/pkg/*.wasm | head -n 1)
raw=$(stat -c %s "$wasm")
br=$(brotli -c -q 11 "$wasm" | wc -c)
echo "WebAssembly: $raw bytes, $br bytes with brotli ($wasm)"

step "browser tests"
port=$((20000 + RANDOM % 20000))
data=$(mktemp -d)
DATABASE_URL="sqlite://$data/portal.db" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_DEMO=1 PORTAL_TODAY=2018-05-10 \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=warn "${CARGO_TARGET_DIR:-target}/release/portal" >"$data/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$data/server.log"; fail "the portal did not start"; }
node end2end/measure-page.mjs "http://localhost:$port/sign-in" || fail "measuring the sign-in page"
(cd end2end && PORTAL_URL="http://localhost:$port" npx playwright test)
status=$?
counts=$(node -e '
  const r = require(process.argv[1]);
  const s = r.stats;
  console.log((s.expected + s.flaky) + " " + (s.unexpected));
' "$root/end2end/test-results/results.json" 2>/dev/null || echo "0 1")
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))
[ "$status" = 0 ] || { tail -n 30 "$data/server.log"; fail "browser tests"; }
kill "$server_pid" 2>/dev/null
server_pid=""

# Last: cargo builds the portal binary again for a benchmark, without the settings
# cargo-leptos gives it, and the browser tests need the one cargo-leptos built.
step "budget API under load (a year of daily records, over loopback)"
cargo bench -p server --bench budget_api 2>&1 | tee "$log" | grep -E "^budget API|error|panicked"
[ "${PIPESTATUS[0]}" = 0 ] || { tail -n 30 "$log"; fail "the budget API benchmark"; }
step "provider search under load (1,000 providers, over loopback)"
cargo bench -p server --bench provider_search 2>&1 | tee "$log" | grep -E "^provider search|error|panicked"
[ "${PIPESTATUS[0]}" = 0 ] || { tail -n 30 "$log"; fail "the provider search benchmark"; }
exit 0
