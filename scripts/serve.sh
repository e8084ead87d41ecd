#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh serve), builds the app into
# dist/ and serves it at http://127.0.0.1:8080 with a plain static server,
# as the static hosts users deploy to would. Ctrl-C stops it.
#
# For live reload while developing, use `trunk serve` instead.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

scripts/setup.sh serve
trunk build --release --offline
echo "Airlock is at http://127.0.0.1:8080/"
exec python3 -m http.server --bind 127.0.0.1 8080 --directory dist
