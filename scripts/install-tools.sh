#!/usr/bin/env bash
# Installs what building and testing the portal needs, and only what is missing.
# Safe to run any number of times; a second run takes about a second. Pinned versions and why:
# docs/decisions/0016-fast-ci.md. Set SKIP_BROWSER=1 to leave out what only the browser tests need.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130
SCHEMATHESIS_VERSION=4.32.5
SEPAXML_VERSION=2.7.0
AIOSMTPD_VERSION=1.4.6

say() { printf '[install-tools] %s\n' "$*"; }

source "$here/scripts/tool-path.sh"

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

missing_packages=()
command -v brotli >/dev/null || missing_packages+=(brotli)
command -v curl >/dev/null || missing_packages+=(curl)
command -v npm >/dev/null || missing_packages+=(npm)
if [ "${SKIP_BROWSER:-0}" != 1 ]; then
  [ -x /usr/bin/chromium ] || missing_packages+=(chromium)
  # The Nu HTML checker (npm vnu-jar) in end2end/tests/html.spec.ts runs on Java.
  command -v java >/dev/null || missing_packages+=(default-jre-headless)
fi
if [ ${#missing_packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi

installed_version() { "$1" --version 2>/dev/null | awk '{print $2}' || true; }

# cargo-leptos only starts cargo, wasm-bindgen and wasm-opt (the CSS and the JavaScript glue it
# handles itself are a few kilobytes), so it is built without optimisation: 6.5 minutes on two cores
# instead of 13.5. scripts/build-release.sh gives it a larger stack, which unoptimised code needs.
# `no_downloads`: it must never fetch wasm-opt or anything else from the internet.
unoptimised() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_DEBUG=0 \
    CARGO_PROFILE_RELEASE_INCREMENTAL=false "$@"
}

if [ "$(installed_version cargo-leptos)" != "$CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 7 minutes on two cores)"
  unoptimised cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked \
    --features no_downloads --force
fi

if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Optimised: it rewrites the WebAssembly on every build. Not --locked: the locked set needs a
  # newer Rust than the machine's.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm package installs its lock file's versions into <dir>/node_modules once per change of the lock.
npm_install() {
  local dir="$here/$1" stamp="$here/$1/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$dir/package-lock.json"; then
    say "installing the npm packages of $1"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

# wasm-opt comes from binaryen 116 on npm (seconds to install) rather than from crates.io (8 minutes
# to build). Debian's binaryen 108 breaks hydration.
npm_install scripts/tools
wasm-opt --version | grep -q 'version 116' || { say "wasm-opt is not binaryen 116"; exit 1; }
# The local OpenID Connect providers (like Suomi.fi, and staff's own) of the demo and the tests.
npm_install end2end/oidc

# aiosmtpd (PyPI): the real SMTP server on loopback that the e-mail tests send to
# (end2end/smtp/server.py). The Rust tests need it too, so it comes whatever else is skipped.
venv="$here/scripts/tools/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if [ "$("$venv/bin/python" -c 'import aiosmtpd; print(aiosmtpd.__version__)' 2>/dev/null)" != "$AIOSMTPD_VERSION" ]; then
  say "installing aiosmtpd $AIOSMTPD_VERSION (PyPI)"
  "$venv/bin/pip" install -q --disable-pip-version-check "aiosmtpd==$AIOSMTPD_VERSION"
fi
# sepaxml (PyPI) ships the published ISO 20022 schemas; the settlement test checks the bank
# payment file against its pain.001.001.03.xsd with xmlschema, which sepaxml brings.
if [ "$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("sepaxml"))' 2>/dev/null)" != "$SEPAXML_VERSION" ]; then
  say "installing sepaxml $SEPAXML_VERSION (PyPI)"
  "$venv/bin/pip" install -q --disable-pip-version-check "sepaxml==$SEPAXML_VERSION"
fi

if [ "${SKIP_BROWSER:-0}" != 1 ]; then
  npm_install end2end
  # schemathesis (PyPI) fuzzes the API from its OpenAPI document in scripts/test.sh; it lives in
  # a virtual environment of its own so it touches no other Python.
  if [ "$("$venv/bin/schemathesis" --version 2>/dev/null | awk '{print $3}')" != "$SCHEMATHESIS_VERSION" ]; then
    say "installing schemathesis $SCHEMATHESIS_VERSION (PyPI, about a minute)"
    "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
fi
# Lighthouse is only for scripts/lighthouse.sh, a benchmark: the tests do not need it.
if [ "${WITH_LIGHTHOUSE:-0}" = 1 ]; then
  npm_install end2end/lighthouse
fi
say "all tools present"
