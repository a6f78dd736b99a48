#!/usr/bin/env bash
# The benchmarks at full load on an optimised build, for figures to compare (scripts/test.sh only
# checks that they run). Each prints p50, p99 and requests a second. Settings: BENCH_CONNECTIONS,
# BENCH_REQUESTS, BENCH_PROVIDERS (see server/benches/).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p server --bench budget_api
cargo bench -p server --bench provider_search
