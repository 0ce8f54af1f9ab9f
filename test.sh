#!/usr/bin/env bash
# Runs every test — unit, architecture, integration on a real PostgreSQL, browser in headless Chromium — and ends
# with one line "N passed, N failed[, N skipped]" summed over all test projects. Exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/postgres.sh
set +e

summary() { echo "$1 passed, $2 failed, $3 skipped"; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
    echo "warning: chromium could not be installed; browser tests will fail" >&2
fi

# The mail tests' SMTP server (Debian's aiosmtpd, run by the tests with /usr/bin/python3).
if ! /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  echo "Installing Debian's python3-aiosmtpd for the mail tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null) ||
    echo "warning: python3-aiosmtpd could not be installed; mail tests will fail" >&2
fi

# The reverse proxy in front of two instances of the host (Debian's nginx, run by the tests as a child process).
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  echo "Installing Debian's nginx for the tests of several instances behind a proxy…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null) ||
    echo "warning: nginx could not be installed; the tests of several instances will fail" >&2
fi

# The browser tests' accessibility check (axe-core, npm packages of the tests alone, locked in package-lock.json).
if ! command -v npm >/dev/null 2>&1; then
  echo "Installing Debian's Node.js and npm for the browser tests' accessibility check…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null) ||
    echo "warning: npm could not be installed; browser tests will fail" >&2
fi
(cd tests/Platform.BrowserTests/accessibility && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
  echo "warning: npm ci for the accessibility check failed; browser tests will fail" >&2

data="$root/.test-data"
pg_port=${PLATFORM_TEST_PG_PORT:-55432}
pg_stop "$data/postgres"
rm -rf "$data"
if ! pg_start "$data/postgres" "$pg_port" throwaway; then
  echo "PostgreSQL could not be started; see $data/postgres/server.log" >&2
  summary 0 1 0
  exit 1
fi
trap 'pg_stop "$data/postgres"' EXIT
export PLATFORM_TEST_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"

if ! dotnet build Platform.sln -nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed." >&2
  summary 0 1 0
  exit 1
fi

# The Sdk's packages in the local feed (artifacts/packages): the template test builds a pack outside the repository against them.
if ! scripts/pack-sdk.sh --no-build -c Debug >/dev/null; then
  echo "Packing the Sdk failed." >&2
  summary 0 1 0
  exit 1
fi

results="$data/results"
# A test that waits forever must not hold the run until CI gives up: after 10 minutes without a test finishing, the
# test host is stopped, the test it was running is named, and its project counts as failed (no results, below).
dotnet test Platform.sln --no-build -nologo --logger "trx;LogFilePrefix=results" --results-directory "$results" \
  --blame-hang-timeout 10m --blame-hang-dump-type none
test_rc=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed); e=$(value error); t=$(value timeout); a=$(value aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

# A test project whose host crashed writes no results: count it as a failure rather than as nothing.
projects=$(grep -l 'Microsoft.NET.Test.Sdk' tests/*/*.csproj | wc -l)
if (( files < projects )); then
  echo "$((projects - files)) test project(s) produced no results." >&2
  failed=$((failed + projects - files))
fi
if (( test_rc != 0 && failed == 0 )); then failed=1; fi

summary "$passed" "$failed" "$skipped"
(( failed == 0 ))
