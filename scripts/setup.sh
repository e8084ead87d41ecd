#!/usr/bin/env bash
# Installs what Airlock needs on a fresh Debian machine, as root.
#
#   scripts/setup.sh serve   # what building and serving the app needs
#   scripts/setup.sh test    # that, plus the test tools
#
# Idempotent: a tool already present at the right version is skipped. Every
# download comes from crates.io, npm, or Debian's packages (and rustup's own
# target store for the wasm32 standard library); no browser is downloaded.
# Prints one line per tool: `ok NAME VERSION` or `installing NAME ...`.
set -euo pipefail

mode="${1:-}"
case "$mode" in
  serve | test) ;;
  *)
    echo "usage: scripts/setup.sh serve|test" >&2
    exit 2
    ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

ok() { echo "ok $*"; }
installing() { echo "installing $*"; }
die() {
  echo "setup: $*" >&2
  exit 1
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Rust ------------------------------------------------------------------
if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  die "cargo and rustup are missing: this machine needs its Rust toolchain (rustup) first"
fi

# (Output captured first: `grep -q` closing a pipe early would fail it.)
targets="$(rustup target list --installed)"
if grep -qx wasm32-unknown-unknown <<<"$targets"; then
  ok "rust target wasm32-unknown-unknown"
else
  installing "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$mode" = test ]; then
  components="$(rustup component list --installed)"
  for component in rustfmt clippy; do
    if grep -q "^$component" <<<"$components"; then
      ok "rust component $component"
    else
      installing "rust component $component"
      rustup component add "$component"
    fi
  done
fi

# --- The crates in Cargo.lock, for every target: `trunk build --offline`
# passes --offline to cargo, so it builds only from this cache.
if (cd "$root" && cargo fetch --offline --quiet) >/dev/null 2>&1; then
  ok "crates in Cargo.lock"
else
  installing "crates in Cargo.lock (cargo fetch)"
  (cd "$root" && cargo fetch --quiet)
fi

# --- Trunk 0.21.x -----------------------------------------------------------
trunk_version="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$trunk_version" == 0.21.* ]]; then
  ok "trunk $trunk_version"
else
  installing "trunk 0.21.x (cargo install; about 11 minutes on 2 cores)"
  cargo install trunk --version '^0.21' --locked
fi

# --- wasm-bindgen-cli at exactly the version in Cargo.lock ------------------
bindgen_version="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' "$root/Cargo.lock")"
[ -n "$bindgen_version" ] || die "no wasm-bindgen version in Cargo.lock"
have_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
have_runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_bindgen" = "$bindgen_version" ] && [ "$have_runner" = "$bindgen_version" ]; then
  ok "wasm-bindgen-cli $bindgen_version"
else
  installing "wasm-bindgen-cli $bindgen_version (cargo install; a few minutes)"
  # Not --locked: one of the crate's locked dependencies is not in the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# --- Node.js and npm (the machine's own; Debian 12's is too old) ------------
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  die "node and npm are missing: this machine needs Node.js 20 or newer with npm"
fi
ok "node $(node --version)"

# --- wasm-opt (binaryen 132 from npm) ---------------------------------------
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
if grep -qE 'version 132([^0-9]|$)' <<<"$wasm_opt_version"; then
  ok "wasm-opt 132"
else
  installing "wasm-opt 132 (npm install -g binaryen@132)"
  npm install -g --no-fund --no-audit binaryen@132 >/dev/null
fi

# --- Python 3 (the static server) -------------------------------------------
if command -v python3 >/dev/null; then
  ok "python3 $(python3 -c 'import platform; print(platform.python_version())')"
else
  installing "python3 (apt)"
  apt_install python3
fi

[ "$mode" = test ] || exit 0

# --- Chromium and ChromeDriver from Debian ----------------------------------
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  ok "chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
  ok "chromedriver $(chromedriver --version | awk '{print $2}')"
else
  installing "chromium chromium-driver (apt)"
  apt_install chromium chromium-driver
fi

# --- CJK fonts, so the Korean and Japanese screenshots show their glyphs ----
if [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  ok "fonts-noto-cjk"
else
  installing "fonts-noto-cjk (apt)"
  apt_install fonts-noto-cjk
fi

# --- The end-to-end tests' npm packages (playwright-core, pinned) -----------
e2e="$root/tests/e2e"
marker="$e2e/node_modules/.package-lock.json"
if [ -e "$marker" ] && ! [ "$marker" -ot "$e2e/package-lock.json" ]; then
  ok "tests/e2e node_modules (playwright-core $(node -p 'require(process.argv[1]).version' "$e2e/node_modules/playwright-core/package.json"))"
else
  installing "tests/e2e node_modules (npm ci)"
  (cd "$e2e" && npm ci --no-fund --no-audit >/dev/null)
  touch "$marker"
fi
