#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh test), then runs every check:
# formatting, clippy (native and wasm32), the native tests, the wasm tests in
# headless Chromium, the release build, the end-to-end tests against that
# build served under a sub-path, and the figures. A failing step does not
# stop the others. The last line counts every test, and a failed step that is
# not a test (fmt, clippy, build) as one failure:
#
#   42 passed, 0 failed
#
# Exits non-zero if anything failed. VERBOSE=1 prints every step's full log.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 2
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

passed=0
failed=0
logs="$(mktemp -d)"
serve_dir=""
server_pid=""

stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    server_pid=""
  fi
}
cleanup() {
  stop_server
  rm -rf "$logs" ${serve_dir:+"$serve_dir"}
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Prints a step's log without the build noise, at most 200 lines.
show_log() {
  if [ -n "${VERBOSE:-}" ]; then
    cat "$1"
    return
  fi
  grep -vE '^\s*(Compiling|Checking|Blocking|Downloading|Downloaded|Locking|Updating|Adding|Fresh|Finished|Running|Doc-tests) |^test .* \.\.\. ok$|^running 0 tests$|^test result: ok\. 0 passed|^\s*$' "$1" |
    head -n 200 | sed 's/^/    /'
}

# Runs a step that is not a test: a failure counts as one failed.
#   check NAME COMMAND...
check() {
  local name="$1" log="$logs/step.log" start=$SECONDS
  shift
  if "$@" >"$log" 2>&1; then
    echo "ok    $name ($((SECONDS - start))s)"
    [ -z "${VERBOSE:-}" ] || show_log "$log"
    return 0
  fi
  echo "FAIL  $name ($((SECONDS - start))s)"
  show_log "$log"
  failed=$((failed + 1))
  return 1
}

# Adds a test step's counts and reports it; a failed run with no failed test
# (it did not build, or crashed) counts as one failed.
#   tally NAME STATUS PASSED FAILED LOG SECONDS
tally() {
  local name="$1" status="$2" p="$3" f="$4" log="$5" took="$6"
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$f" = 0 ]; then
    echo "ok    $name: $p passed, 0 failed (${took}s)"
    [ -z "${VERBOSE:-}" ] || show_log "$log"
  else
    echo "FAIL  $name: $p passed, $f failed (${took}s)"
    show_log "$log"
  fi
}

# Runs cargo tests (native, or wasm through wasm-bindgen-test-runner) and
# sums their `test result: ... N passed; M failed` lines.
#   cargo_tests NAME CARGO-ARGS...
cargo_tests() {
  local name="$1" log="$logs/step.log" start=$SECONDS status counts
  shift
  cargo test --no-fail-fast "$@" >"$log" 2>&1
  status=$?
  counts="$(grep -E '^test result: ' "$log" |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' |
    awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }')"
  # shellcheck disable=SC2086 # two numbers
  tally "$name" "$status" $counts "$log" $((SECONDS - start))
}

echo "setup:"
scripts/setup.sh test 2>&1 | sed 's/^/    /'
if [ "${PIPESTATUS[0]}" != 0 ]; then
  echo "FAIL  setup (the steps below may fail for want of a tool)"
  failed=$((failed + 1))
fi

check "cargo fmt --check" cargo fmt --all -- --check
check "clippy (native)" cargo clippy --all-targets -- -D warnings
check "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

cargo_tests "native tests (cargo test)"

# Only tests/web.rs (the UI), tests/api.rs (the page-script API) and
# tests/determinism.rs (the browser's reports equal the native golden files)
# run in the browser: the core's tests run natively above, and the
# command-line tests cannot run in a browser.
CHROMEDRIVER="$(command -v chromedriver)" \
  cargo_tests "wasm tests in headless Chromium (tests/web.rs, tests/api.rs, tests/determinism.rs)" \
  --target wasm32-unknown-unknown --test web --test api --test determinism

if check "trunk build --release --offline" trunk build --release --offline; then
  # Serve a copy of dist/ under a sub-path, as a static host would, so the
  # end-to-end tests prove that the app's asset URLs are relative.
  serve_dir="$(mktemp -d)"
  cp -r dist "$serve_dir/airlock"
  python3 -u -m http.server --bind 127.0.0.1 0 --directory "$serve_dir" \
    >"$logs/server.log" 2>&1 &
  server_pid=$!
  port=""
  for _ in $(seq 100); do
    port="$(sed -nE 's/^Serving HTTP on .* port ([0-9]+) .*/\1/p' "$logs/server.log")"
    [ -z "$port" ] || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "FAIL  static server did not start"
    show_log "$logs/server.log"
    failed=$((failed + 1))
  else
    url="http://127.0.0.1:$port/airlock/"

    start=$SECONDS
    (
      cd tests/e2e &&
        AIRLOCK_URL="$url" node --test \
          --test-reporter=spec --test-reporter-destination=stdout \
          --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" \
          ./*.test.mjs
    ) >"$logs/step.log" 2>&1
    status=$?
    e2e_passed="$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$logs/e2e.tap" 2>/dev/null)"
    e2e_failed="$(sed -nE 's/^# (fail|cancelled) ([0-9]+)$/\2/p' "$logs/e2e.tap" 2>/dev/null |
      awk '{ f += $1 } END { print f + 0 }')"
    tally "end-to-end tests at $url" "$status" "${e2e_passed:-0}" "$e2e_failed" \
      "$logs/step.log" $((SECONDS - start))

    # Printed, not asserted; only the script failing to run counts.
    echo "figures:"
    node scripts/figures.mjs "$url" dist >"$logs/figures.log" 2>&1
    status=$?
    sed 's/^/    /' "$logs/figures.log"
    if [ "$status" != 0 ]; then
      echo "FAIL  scripts/figures.mjs"
      failed=$((failed + 1))
    fi

    # The editor's browser benchmark: printed, not asserted.
    docs="$logs/bench-docs"
    if cargo bench --bench emit -- "$docs" 100 500 1000 5000 10000 >"$logs/emit.log" 2>&1 &&
      node scripts/bench-browser.mjs "$url" "$docs" >"$logs/bench.log" 2>&1; then
      sed 's/^/    /' "$logs/bench.log"
    else
      echo "FAIL  scripts/bench-browser.mjs"
      cat "$logs/emit.log" "$logs/bench.log" 2>/dev/null | tail -20 | sed 's/^/    /'
      failed=$((failed + 1))
    fi
  fi
  stop_server
else
  echo "skip  end-to-end tests and figures (no build)"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
