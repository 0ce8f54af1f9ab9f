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

# pg_secret FILE: prints the secret kept in FILE, making a random one first if there is none. The file is readable by
# its owner alone (root, when the scripts run as root).
pg_secret() {
  local file=$1
  if [[ ! -s $file ]]; then
    (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file")
  fi
  chmod 600 "$file"
  cat "$file"
}

# pg_password DIR: the password of the cluster's superuser 'postgres' (DIR/password, see pg_require_password).
pg_password() { pg_secret "$1/password"; }

# pg_require_password DIR: the superuser gets a generated password (DIR/password) and every connection, over TCP or
# the socket, must give it (SCRAM). A cluster made before this, which trusted every local user, is switched over the
# next time it starts. The server must be stopped: the password is set in single-user mode, which accepts no
# connection, so the cluster never listens while it still trusts.
pg_require_password() {
  local dir=$1 hba="$1/data/pg_hba.conf" marker="# Platform: password authentication (scripts/postgres.sh)"
  local new_password=false
  [[ -s $dir/password ]] || new_password=true
  local password
  password=$(pg_password "$dir")
  if $new_password || ! grep -qxF "$marker" "$hba"; then
    as_pg "$PG_BIN/postgres" --single -D "$dir/data" postgres >>"$dir/initdb.log" 2>&1 \
      <<<"ALTER ROLE postgres PASSWORD '$password';"
    cat >"$hba" <<EOF_HBA
$marker
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 scram-sha-256
host    all       all   127.0.0.1/32  scram-sha-256
host    all       all   ::1/128       scram-sha-256
EOF_HBA
  fi
}

# pg_start DIR PORT [durable|throwaway]: initialise DIR once, then start a server on 127.0.0.1:PORT. A durable cluster
# (the run command's) asks for a password (pg_require_password); a throwaway one (the tests') trusts local users.
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
  [[ $mode == durable ]] && pg_require_password "$dir"
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

# pg_start_standby DIR PORT PRIMARY_PORT: a hot standby of the cluster on 127.0.0.1:PRIMARY_PORT, made once with
# pg_basebackup (built-in streaming replication; -R writes the primary's address and standby.signal), then started on
# 127.0.0.1:PORT. It serves reads only (ConnectionStrings:PlatformReadOnly) and follows the primary continuously. The
# primary must accept replication connections from 127.0.0.1 (a throwaway cluster's pg_hba.conf does; a durable one
# needs a `host replication <role> 127.0.0.1/32 scram-sha-256` line and a role WITH REPLICATION).
pg_start_standby() {
  local dir=$1 port=$2 primary_port=$3
  pg_ensure_installed
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/data" -R -X stream --checkpoint=fast >"$dir/basebackup.log" 2>&1
  fi
  pg_stop "$dir"
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c hot_standby=on" start >/dev/null
}
