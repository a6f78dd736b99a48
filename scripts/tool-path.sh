# Sourced by the scripts: puts the tools install-tools.sh installs first on PATH (cargo's bin
# folder for cargo-leptos and wasm-bindgen, scripts/tools for binaryen's wasm-opt).
export PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
