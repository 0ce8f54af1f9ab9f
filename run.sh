#!/usr/bin/env bash
# Runs Platform: a private PostgreSQL under .data/ (unless ConnectionStrings__Platform is set, with
# ConnectionStrings__PlatformOwner for migrations), migrations,
# both provinces' demo data, and the site on http://127.0.0.1:${PORT:-5080}.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/postgres.sh

port=${PORT:-5080}
pg_port=${PLATFORM_PG_PORT:-5433}

if [[ -z "${ConnectionStrings__Platform:-}" ]]; then
  pg_start "$root/.data/postgres" "$pg_port" durable
  trap 'pg_stop "$root/.data/postgres"' EXIT
  psql_local() { as_pg "$PG_BIN/psql" -h "$root/.data/postgres" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -tAc "$1"; }
  psql_local "select 1 from pg_database where datname='platform'" | grep -q 1 ||
    as_pg "$PG_BIN/createdb" -h "$root/.data/postgres" -p "$pg_port" -U postgres platform
  # The application connects as platform_app, which owns nothing (row-level security applies to it);
  # migrations run as the owner. The private cluster trusts local connections, so no password is set.
  psql_local "select 1 from pg_roles where rolname='platform_app'" | grep -q 1 || psql_local "create role platform_app login"
  psql_local "alter role platform_app login"
  export ConnectionStrings__PlatformOwner="Host=127.0.0.1;Port=$pg_port;Database=platform;Username=postgres"
  export ConnectionStrings__Platform="Host=127.0.0.1;Port=$pg_port;Database=platform;Username=platform_app"
fi

# The host and whatever packs are in plugins/: deleting a pack's folder removes its province, with no code change.
dotnet build src/Platform.Web -c Release -nologo -v quiet
rm -rf "$root/artifacts/plugins"
for pack in plugins/*/*.csproj; do
  dotnet build "$pack" -c Release -nologo -v quiet
done
export Plugins__Path="$root/artifacts/plugins"
export Demo__Load=true
# Links that leave the site (.ics files) use this address, never the request's Host header.
export Platform__PublicUrl=${PLATFORM_PUBLIC_URL:-http://127.0.0.1:$port}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
echo "Platform: http://127.0.0.1:$port"
dotnet src/Platform.Web/bin/Release/net10.0/Platform.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/Platform.Web"
