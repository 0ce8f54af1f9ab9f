#!/usr/bin/env bash
# Runs the benchmark on demand (never part of the tests): builds Release, publishes the host as a production install
# does (ReadyToRun, into .bench-data/app), starts a throwaway PostgreSQL under
# .bench-data/ with a fresh database, measures start-up, fills the province with the load-test dataset (run in the host
# by the benchmark's attached assembly, after the start-ups so that the first one meets an empty database), measures
# load, writes docs/benchmarks.md, stops the cluster. The start-ups are repeated with a pack for every province of the
# country (benchmarks/generate-packs.sh, into .bench-data/packs) on a second fresh database; BENCH_MANY_PACKS=0 skips
# that part, and the ministry's roll-up measured over every one of those provinces filled with the load-test dataset (on
# a database of its own). `--only rollup` runs the roll-up alone.
# Extra arguments go to the benchmark program (e.g. --duration 5 for a quick try; see benchmarks/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/postgres.sh

pg_port=${BENCH_PG_PORT:-5434}
pg_dir="$root/.bench-data/postgres"
many_packs=${BENCH_MANY_PACKS:-1}

if ss -ltn 2>/dev/null | grep -q "127.0.0.1:$pg_port "; then
  [[ -f "$pg_dir/data/postmaster.pid" ]] || { echo "Port $pg_port is taken by another server; set BENCH_PG_PORT." >&2; exit 1; }
fi

dotnet build Platform.sln -c Release -nologo -v quiet
# The host as a production install publishes it (docs/operations.md, step 1): for the runtime, compiled ahead of time.
dotnet publish src/Platform.Web -c Release -r linux-x64 --self-contained false -o .bench-data/app -nologo -v quiet

many_args=()
if [[ $many_packs != 0 ]]; then
  benchmarks/generate-packs.sh .bench-data/packs
  many_args=(--many-plugins .bench-data/packs --many-plugins-database platform_bench_packs --rollup-database platform_bench_rollup)
fi

pg_start "$pg_dir" "$pg_port" throwaway
trap 'pg_stop "$pg_dir"' EXIT
# A fresh database every time, so that the first start-up is a cold one (migrations and demo data).
for database in platform_bench platform_bench_packs platform_bench_production platform_bench_rollup; do
  as_pg "$PG_BIN/dropdb" -h "$pg_dir" -p "$pg_port" -U postgres --if-exists --force "$database"
  as_pg "$PG_BIN/createdb" -h "$pg_dir" -p "$pg_port" -U postgres "$database"
done
as_pg "$PG_BIN/psql" -h "$pg_dir" -p "$pg_port" -U postgres -qc \
  "do \$\$ begin create role platform_app login; exception when duplicate_object then null; end \$\$;"

commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- . ':!docs/benchmarks.md' || commit+=" + uncommitted changes"

dotnet benchmarks/Platform.Benchmarks/bin/Release/net10.0/Platform.Benchmarks.dll \
  --app .bench-data/app/Platform.Web.dll \
  --connection "Host=127.0.0.1;Port=$pg_port;Database=platform_bench;Username=postgres" \
  --plugins artifacts/plugins \
  --output docs/benchmarks.md \
  --commit "$commit" \
  --dataset-years 5 \
  --postgres-pid "$(head -n 1 "$pg_dir/data/postmaster.pid")" \
  --database "$("$PG_BIN/postgres" --version | sed 's/^postgres (PostgreSQL) /PostgreSQL /'), local throwaway cluster (fsync off)" \
  "${many_args[@]}" \
  "$@"
