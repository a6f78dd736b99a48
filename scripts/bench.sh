#!/usr/bin/env bash
# The benchmarks at full load on an optimised build, for figures to compare (scripts/test.sh only
# checks that they run). Each prints p50, p99 and requests a second. Settings: BENCH_CONNECTIONS,
# BENCH_REQUESTS, BENCH_PROVIDERS, BENCH_LARGE_PROVIDERS, BENCH_CLIENTS, BENCH_SMALL_CLIENTS,
# BENCH_RECORDS_PER_CLIENT (see server/benches/); the scale benchmark measures PostgreSQL too
# when BENCH_POSTGRES_URL or TEST_POSTGRES_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p server --bench budget_api
cargo bench -p server --bench provider_search
cargo bench -p server --bench scale
cargo bench -p server --bench record_upload
cargo bench -p server --bench direct_reads
