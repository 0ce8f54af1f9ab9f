#!/usr/bin/env bash
# Runs Platform: a private PostgreSQL under .data/ (unless ConnectionStrings__Platform is set, with
# ConnectionStrings__PlatformOwner for migrations), migrations,
# both provinces' demo data, and the site on http://127.0.0.1:${PORT:-5080}.
# The cluster's passwords and the key ring's certificate are made once and kept under .data/, readable by root only.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/postgres.sh
source scripts/key-ring.sh

port=${PORT:-5080}
pg_port=${PLATFORM_PG_PORT:-5433}

# step MESSAGE: what the command is doing now, so that minutes of building are not minutes of silence.
step() { printf '[run.sh %4ss] %s\n' "$SECONDS" "$*"; }

cluster=""
watcher=""
finish() {
  if [[ -n $watcher ]]; then kill "$watcher" 2>/dev/null || true; fi
  if [[ -n $cluster ]]; then pg_stop "$cluster"; fi
}
trap finish EXIT

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Port $port is already in use; set PORT to another port." >&2
  exit 1
fi

if [[ -z "${ConnectionStrings__Platform:-}" ]]; then
  step "Starting PostgreSQL: .data/postgres on 127.0.0.1:$pg_port (PLATFORM_PG_PORT changes the port)…"
  cluster="$root/.data/postgres"
  pg_start "$cluster" "$pg_port" durable
  owner_password=$(pg_password "$cluster")
  app_password=$(pg_secret "$cluster/platform_app.password")
  psql_local() { PGPASSWORD=$owner_password "$PG_BIN/psql" -h "$cluster" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
  psql_local -c "select 1 from pg_database where datname='platform'" | grep -q 1 ||
    PGPASSWORD=$owner_password "$PG_BIN/createdb" -h "$cluster" -p "$pg_port" -U postgres platform
  # The application connects as platform_app, which owns nothing (row-level security applies to it);
  # migrations run as the owner. The cluster asks both for their password (never on a command line: standard input).
  psql_local -c "select 1 from pg_roles where rolname='platform_app'" | grep -q 1 || psql_local -c "create role platform_app login"
  psql_local <<<"alter role platform_app login password '$app_password';"
  export ConnectionStrings__PlatformOwner="Host=127.0.0.1;Port=$pg_port;Database=platform;Username=postgres;Password=$owner_password"
  export ConnectionStrings__Platform="Host=127.0.0.1;Port=$pg_port;Database=platform;Username=platform_app;Password=$app_password"
fi

# The key ring that signs sessions and form tokens lives in the database, encrypted with a certificate it does not hold.
if [[ -z "${DataProtection__CertificatePath:-}" ]]; then
  step "Key-ring certificate: .data/keys/key-ring.pfx (made on the first run)…"
  DataProtection__CertificatePath=$(key_ring_certificate "$root/.data/keys")
  DataProtection__CertificatePassword=$(cat "$root/.data/keys/key-ring.password")
  export DataProtection__CertificatePath DataProtection__CertificatePassword
fi

# The host and whatever packs are in plugins/: deleting a pack's folder removes its province, with no code change.
step "Building the host (Release; the first build takes a few minutes)…"
dotnet build src/Platform.Web -c Release -nologo -v quiet
rm -rf "$root/artifacts/plugins"
for pack in plugins/*/*.csproj; do
  step "Building the pack $(basename "$(dirname "$pack")")…"
  dotnet build "$pack" -c Release -nologo -v quiet
done
export Plugins__Path="$root/artifacts/plugins"
export Demo__Load=true
# Links that leave the site (.ics files) use this address, never the request's Host header.
export Platform__PublicUrl=${PLATFORM_PUBLIC_URL:-http://127.0.0.1:$port}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
# Audit trail: the key of its MACs and its checkpoint file live outside the database (docs/operations.md).
mkdir -p "$root/.data"
[[ -s "$root/.data/audit.key" ]] || (umask 077 && head -c 32 /dev/urandom | base64 > "$root/.data/audit.key")
export Audit__KeyFile=${Audit__KeyFile:-$root/.data/audit.key}
export Audit__CheckpointFile=${Audit__CheckpointFile:-$root/.data/audit-checkpoints.log}
# Without Mail__Smtp__Host, mail is written as .eml files here (listed on /admin/mail).
export Mail__PickupFolder=${Mail__PickupFolder:-$root/.data/mail}

step "Starting Platform: applying migrations, then loading the demo data of each province (the host logs each step)…"
# The site answers once the migrations and the demo data are done: say so then, with its address.
(
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do sleep 1; done
  step "Serving at http://127.0.0.1:$port (PORT changes the port; Ctrl+C stops the site and its database)"
) &
watcher=$!
dotnet src/Platform.Web/bin/Release/net10.0/Platform.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/Platform.Web"
