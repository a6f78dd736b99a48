#!/usr/bin/env bash
# Builds the release server and site, then compresses the site's files once with brotli at the
# highest quality, so the server sends the .br file instead of compressing on every request.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo leptos build --release
find target/site -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.svg' \) \
  -exec brotli --force --keep --quality=11 {} +
