#!/usr/bin/env bash
# Stamps the service worker with the build it serves offline. Trunk runs it
# after each build (the post_build hook in Trunk.toml), in the staging
# directory that becomes dist/:
#
#   const BUILD = { version: "<16 hex digits>", files: ["airlock-web.js", …] };
#
# `files` is every file of the build but sw.js itself, sorted, relative to
# the app's directory; `version` is the start of the SHA-256 of their names
# and SHA-256 sums, so it changes exactly when a file's contents or the set
# of files change. Debug builds (trunk serve) are left unstamped: their
# worker caches nothing, so a rebuild always shows.
set -euo pipefail

dir="${TRUNK_STAGING_DIR:?run by trunk build (TRUNK_STAGING_DIR is not set)}"
sw="$dir/sw.js"
marker='const BUILD = { version: "unstamped", files: [] };'

[ -f "$sw" ] || { echo "precache: $sw is missing" >&2; exit 1; }
[ "${TRUNK_PROFILE:-release}" = release ] || exit 0

if command -v sha256sum >/dev/null; then
  sha256() { sha256sum "$@"; }
else
  sha256() { shasum -a 256 "$@"; }
fi

cd "$dir"
files="$(find . -type f ! -path ./sw.js | sed 's|^\./||' | LC_ALL=C sort)"
if grep -q '["\\]' <<<"$files"; then
  echo "precache: a file name holds a quote or a backslash" >&2
  exit 1
fi
version="$(while IFS= read -r file; do sha256 "$file"; done <<<"$files" | sha256 | cut -c1-16)"
names=()
while IFS= read -r file; do names+=("$file"); done <<<"$files"
list="$(printf '"%s", ' "${names[@]}")"
list="${list%, }"
stamp="const BUILD = { version: \"$version\", files: [$list] };"

if [ "$(grep -cxF "$marker" sw.js)" != 1 ]; then
  echo "precache: sw.js does not have the line to replace: $marker" >&2
  exit 1
fi
awk -v marker="$marker" -v stamp="$stamp" '$0 == marker { print stamp; next } { print }' \
  sw.js >sw.js.tmp
mv sw.js.tmp sw.js
echo "precache: sw.js caches ${#names[@]} files, version $version"
