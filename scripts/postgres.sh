#!/usr/bin/env bash
# A private PostgreSQL cluster under a folder of the repository, started and stopped by our own scripts.
# Sourced by run.sh and test.sh. PostgreSQL refuses to run as root, so the cluster belongs to the 'postgres' user.
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

pg_ensure_installed() {
  if [[ -z "${PG_BIN}" || ! -x "${PG_BIN}/initdb" ]]; then
    echo "PostgreSQL server not found; installing it with apt-get…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
}

# as_pg CMD…: run a PostgreSQL binary as the cluster's owner (root is refused by initdb and postgres).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR PORT [durable|throwaway]: initialise DIR once, then start a server on 127.0.0.1:PORT.
pg_start() {
  local dir=$1 port=$2 mode=${3:-durable}
  pg_ensure_installed
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
    # The server runs as postgres, which must be able to pass through every folder above its own (a clone in a
    # `mktemp -d` folder is root's alone): grant search, never read, where it is missing.
    local up
    up=$(cd "$dir/.." && pwd)
    while [[ $up != / ]]; do
      runuser -u postgres -- test -x "$up" || chmod o+x "$up"
      up=$(dirname "$up")
    done
  fi
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    local sync=()
    [[ $mode == throwaway ]] && sync=(--no-sync)
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 "${sync[@]}" >"$dir/initdb.log"
  fi
  pg_stop "$dir"
  local opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
  # Speed over durability is fine for a cluster that is deleted after the tests, never for the run command's data.
  [[ $mode == throwaway ]] && opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null
}

pg_stop() {
  local dir=$1
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
