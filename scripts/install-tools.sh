#!/usr/bin/env bash
# Installs what building and testing the portal needs, and only what is missing.
# Safe to run any number of times. Pinned versions: see docs/toolchain.md.
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130
WASM_OPT_VERSION=0.116.1

say() { printf '[install-tools] %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

installed_version() { "$1" --version 2>/dev/null | awk '{print $2}' || true; }

if [ "$(installed_version cargo-leptos)" != "$CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 12 minutes on two cores)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
fi

if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the locked set needs a newer Rust than the machine's.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q 'version 116'; then
  say "installing wasm-opt $WASM_OPT_VERSION (binaryen 116; Debian's binaryen 108 breaks hydration)"
  cargo install wasm-opt --version "$WASM_OPT_VERSION" --locked
fi

missing_packages=()
command -v brotli >/dev/null || missing_packages+=(brotli)
command -v curl >/dev/null || missing_packages+=(curl)
if [ "${SKIP_BROWSER:-0}" != 1 ]; then
  [ -x /usr/bin/chromium ] || missing_packages+=(chromium)
fi
if [ ${#missing_packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi

here="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${SKIP_BROWSER:-0}" != 1 ] && [ -f "$here/end2end/package-lock.json" ]; then
  stamp="$here/end2end/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$here/end2end/package-lock.json"; then
    say "installing the end-to-end test packages"
    (cd "$here/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$here/end2end/package-lock.json" "$stamp"
  fi
fi
say "all tools present"
