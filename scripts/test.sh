#!/usr/bin/env bash
# Runs every test of the portal: formatting and lints, the Rust tests (rules, texts, and the
# integration tests on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set), the release
# WebAssembly with its size measured, the browser tests (two workers, each with its own portal and
# demo data), and a short run of each benchmark. Installs what is missing first. Ends with a table
# of how long each step took and one summary line. Why it is laid out so: docs/decisions/0016.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source "$root/scripts/tool-path.sh"
target=${CARGO_TARGET_DIR:-$root/target}
browser_workers=${BROWSER_WORKERS:-2}

passed=0
failed=0
log=$(mktemp)
data=$(mktemp -d)
server_pids=()

# Step timings: each step runs until the next one starts.
step_names=()
step_seconds=()
step_started=$SECONDS
step() {
  end_step
  step_names+=("$*")
  step_started=$SECONDS
  printf '\n== %s\n' "$*"
}
end_step() {
  [ ${#step_names[@]} -gt ${#step_seconds[@]} ] && step_seconds+=($((SECONDS - step_started)))
  return 0
}
minutes() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }
print_timings() {
  end_step
  echo
  echo "timings (minutes:seconds):"
  for i in "${!step_seconds[@]}"; do
    printf '  %7s  %s\n' "$(minutes "${step_seconds[$i]}")" "${step_names[$i]}"
  done
  printf '  %7s  all\n' "$(minutes $SECONDS)"
}

finish() {
  stop_portals
  stop_identity_providers
  stop_smtp_server
  drop_test_databases
  print_timings
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

# The local OpenID Connect providers (end2end/oidc/provider.mjs): one like Suomi.fi for clients
# and relatives, one like an organisation's own for staff. Every portal below is registered with
# both, as client portal-N, and proves itself with its own key.
urls=()
key_dirs=()
first_port=$((20000 + RANDOM % 20000))
citizens_port=$((first_port + 50))
staff_port=$((first_port + 51))
provider_pids=()
start_identity_providers() {
  local clients="" n
  for n in "$@"; do clients+="${clients:+,}portal-$n=http://localhost:$((first_port + n))"; done
  for kind in citizens staff; do
    local port=$citizens_port
    [ "$kind" = staff ] && port=$staff_port
    (cd end2end/oidc && OIDC_PORT=$port OIDC_KIND=$kind OIDC_CLIENTS=$clients exec node provider.mjs) \
      >"$data/oidc-$kind.log" 2>&1 &
    provider_pids+=($!)
  done
  for port in $citizens_port $staff_port; do
    wait_until_answers "http://localhost:$port/.well-known/openid-configuration" ||
      { cat "$data"/oidc-*.log; fail "the local identity providers did not start"; }
  done
}
stop_identity_providers() {
  [ ${#provider_pids[@]} -gt 0 ] && kill "${provider_pids[@]}" 2>/dev/null
  provider_pids=()
  return 0
}

# A real SMTP server on loopback (aiosmtpd, end2end/smtp/server.py) for the portals' e-mail: each
# e-mail it takes is a JSON file in $mail_folder, which the browser tests read the links from.
smtp_port=$((first_port + 60))
mail_folder="$data/mail"
smtp_pid=""
start_smtp_server() {
  "$root/scripts/tools/venv/bin/python" end2end/smtp/server.py "$smtp_port" "$mail_folder" >"$data/smtp.log" 2>&1 &
  smtp_pid=$!
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$data/smtp.log"
  fail "the SMTP test server did not start"
}
stop_smtp_server() {
  [ -n "$smtp_pid" ] && kill "$smtp_pid" 2>/dev/null
  smtp_pid=""
  return 0
}

# Starts the debug portal that `cargo test` built, on fresh demo data in its own SQLite file, and
# adds its address to `urls`. The site (CSS, WebAssembly) is the release one in target/site. Its
# new key's grace time (61 s) outlasts the 60 s the local provider keeps a portal's keys.
start_portal() {
  local n=$1 port=$((first_port + $1))
  mkdir -p "$data/$n/keys"
  "$target/debug/portal" key new "$data/$n/keys/first.pem" 2>/dev/null || fail "making a key"
  DATABASE_URL="sqlite://$data/$n/portal.db" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_DEMO=1 \
    PORTAL_TODAY=2018-05-10 LEPTOS_SITE_ROOT=target/site RUST_LOG=warn \
    PORTAL_PUBLIC_URL="http://localhost:$port" PORTAL_OIDC_KEY_DIR="$data/$n/keys" PORTAL_OIDC_KEY_GRACE_SECONDS=61 \
    PORTAL_OIDC_ISSUER="http://localhost:$citizens_port" PORTAL_OIDC_CLIENT_ID="portal-$n" \
    PORTAL_STAFF_OIDC_ISSUER="http://localhost:$staff_port" PORTAL_STAFF_OIDC_CLIENT_ID="portal-$n" \
    PORTAL_SMTP_URL="smtp://127.0.0.1:$smtp_port" \
    "$target/debug/portal" >"$data/$n/server.log" 2>&1 &
  server_pids+=($!)
  urls+=("http://localhost:$port")
  key_dirs+=("$data/$n/keys")
}
wait_until_answers() {
  for _ in $(seq 1 150); do
    curl -fsS "$1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}
wait_until_ready() {
  wait_until_answers "$1/readyz"
}
stop_portals() {
  [ ${#server_pids[@]} -gt 0 ] && kill "${server_pids[@]}" 2>/dev/null
  server_pids=()
  return 0
}

step "tools"
./scripts/install-tools.sh || fail "installing the tools"
# The settlement test checks the bank payment file against the published schema with this
# Python (sepaxml and xmlschema, from install-tools.sh); unset, that test says it did not run.
export PORTAL_SCHEMA_PYTHON="$root/scripts/tools/venv/bin/python"

step "formatting"
cargo fmt --all --check || fail "cargo fmt: run 'cargo fmt --all'"

# The workspace's default members are the server and the app with its server side, so one run
# covers both; the browser side is the same app crate built for wasm32 with `hydrate`.
step "lints, server side"
cargo clippy --all-targets -- -D warnings || fail "clippy"
step "lints, browser side"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings || fail "clippy (browser side)"

# One build for the server's and the app's tests; it also builds the debug `portal` binary that
# the browser tests run. Each integration test runs once per engine (`…::on_sqlite`, `…::on_postgres`).
step "Rust tests: unit tests, and integration tests on SQLite"
cargo test -- --skip ::on_postgres 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || fail "Rust tests"
# The texts test prints how much has an easy-read form; shown here, not counted again.
cargo test -q --test texts easy_read -- --nocapture --test-threads=1 2>/dev/null |
  grep -o -e 'easy-read coverage [a-z]*: [^;]*' -e 'easy-read of client-facing texts: .*'

step "Rust tests: integration tests on PostgreSQL"
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "on $TEST_POSTGRES_URL"
  drop_test_databases
  cargo test -p server --test integration ::on_postgres 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  count_cargo
  [ "$status" = 0 ] || fail "Rust tests on PostgreSQL"
else
  echo "not run: TEST_POSTGRES_URL is not set (CI sets it; see README)"
fi

step "release WebAssembly"
./scripts/build-release.sh --frontend-only || fail "release build"
wasm=$(ls target/site/pkg/*.wasm | head -n 1)
raw=$(stat -c %s "$wasm")
br=$(stat -c %s "$wasm.br")
echo "WebAssembly: $raw bytes, $br bytes with brotli ($wasm)"

step "browser tests ($browser_workers workers)"
start_identity_providers $(seq 0 $((browser_workers - 1)))
start_smtp_server
for n in $(seq 0 $((browser_workers - 1))); do start_portal "$n"; done
for n in "${!urls[@]}"; do
  wait_until_ready "${urls[$n]}" || { cat "$data/$n/server.log"; fail "the portal did not start"; }
done
(cd end2end && PORTAL_URLS=$(IFS=,; echo "${urls[*]}") PORTAL_KEY_DIRS=$(IFS=,; echo "${key_dirs[*]}") \
  MAIL_FOLDER="$mail_folder" npx playwright test)
status=$?
counts=$(node -e '
  const r = require(process.argv[1]);
  const s = r.stats;
  console.log((s.expected + s.flaky) + " " + (s.unexpected));
' "$root/end2end/test-results/results.json" 2>/dev/null || echo "0 1")
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))
[ "$status" = 0 ] || {
  for n in "${!urls[@]}"; do tail -n 30 "$data/$n/server.log"; done
  tail -n 20 "$data"/oidc-*.log
  # Last, so that a report that keeps only the end of the output still names what failed.
  node -e '
    const walk = (suite, path) => {
      for (const s of suite.suites || []) walk(s, [...path, s.title]);
      for (const spec of suite.specs || []) for (const t of spec.tests)
        if (t.status === "unexpected") {
          const r = t.results[t.results.length - 1] || {};
          const why = ((r.error && r.error.message) || "").split("\n").slice(0, 4).join(" | ");
          console.log("failed: " + [...path, spec.title].filter(Boolean).join(" > ") + " [" + t.projectName + "]: " + why);
        }
    };
    walk(require(process.argv[1]), []);
  ' "$root/end2end/test-results/results.json" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g'
  fail "browser tests"
}
stop_portals
stop_identity_providers
stop_smtp_server

# The JSON API against its own OpenAPI document: schemathesis sends what the document allows and
# what it forbids, with a fixed seed, as the organiser's staff and as a provider, on fresh demo
# data. Every check; a rule's 422 counts as an answer to a well-formed request (schemathesis.toml,
# docs/decisions/0020-hardening.md).
step "API fuzzing (schemathesis)"
start_portal 9
fuzz_url=${urls[-1]}
wait_until_ready "$fuzz_url" || { cat "$data/9/server.log"; fail "the portal did not start"; }
for token in demo-staff-token demo-provider-token-kotipiha; do
  echo "as $token"
  if (cd "$data" && NO_COLOR=1 "$root/scripts/tools/venv/bin/schemathesis" --config-file "$root/schemathesis.toml" \
    run "$fuzz_url/api/openapi.json" --checks all \
    -H "Authorization: Bearer $token" --seed 20181 --max-examples 25 --workers 1) >"$data/fuzz.log" 2>&1; then
    passed=$((passed + 1))
    tail -n 12 "$data/fuzz.log"
  else
    failed=$((failed + 1))
    cat "$data/fuzz.log"
    fail "schemathesis found problems in the API as $token"
  fi
done
stop_portals

# The benchmarks run briefly, on the debug build, to show they work and what they print; the
# figures to compare come from scripts/bench.sh (optimised build, full load).
step "benchmarks, short runs (figures: scripts/bench.sh)"
BENCH_REQUESTS=10 BENCH_PROVIDERS=100 BENCH_LARGE_PROVIDERS=300 BENCH_CLIENTS=2000 BENCH_SMALL_CLIENTS=300 BENCH_RECORDS_PER_CLIENT=20 BENCH_UPLOAD_ROWS=2000 \
  cargo test -p server --benches 2>&1 | tee "$log" |
  grep -E "^budget API|^provider search|^scale|^record upload|^direct reads|^  [^ ]|error|panicked"
[ "${PIPESTATUS[0]}" = 0 ] || { tail -n 30 "$log"; fail "the benchmarks"; }
exit 0
