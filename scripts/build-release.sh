#!/usr/bin/env bash
# Builds the release site (and the release server, unless given --frontend-only), then compresses
# the site's files once with brotli at the highest quality, so the server sends the .br file
# instead of compressing on every request. Arguments go to `cargo leptos build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tool-path.sh
# cargo-leptos is built without optimisation (scripts/install-tools.sh); its threads get 16 MiB.
export RUST_MIN_STACK=16777216
cargo leptos build --release "$@"
find target/site -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.svg' \) \
  -exec brotli --force --keep --quality=11 {} +
