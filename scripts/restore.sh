#!/usr/bin/env bash
# restore.sh BACKUP_DIR DATABASE [--files-to DIR]
#
# Restores a folder made by backup.sh into a new database DATABASE of the cluster named by PGHOST, PGPORT, PGUSER (a
# superuser) and PGPASSWORD: checks the checksums, creates the roles the backup names that the cluster lacks (without
# passwords: set the application's with ALTER ROLE … PASSWORD afterwards), creates the database (it must not exist)
# and restores the dump into it. With --files-to, the operator's files (audit key, checkpoint file, key-ring
# certificate) are copied there, readable by their owner only, for the host's settings to point at.
# Then run `dotnet Platform.Web.dll audit verify` against the restored database before serving it.
set -euo pipefail
source "$(dirname "$0")/postgres.sh"
pg_ensure_installed

usage() { echo "usage: $0 BACKUP_DIR DATABASE [--files-to DIR]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
backup=$1
database=$2
shift 2
files_to=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --files-to) [[ $# -ge 2 ]] || usage; files_to=$2; shift 2 ;;
    *) usage ;;
  esac
done

if ! (cd "$backup" && sha256sum --quiet --check SHA256SUMS); then
  echo "Bản sao lưu không nguyên vẹn (sai tổng kiểm tra). / The backup is damaged (checksum mismatch)." >&2
  exit 1
fi

psql_target() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 --dbname=postgres "$@"; }
if [[ -n $(psql_target -tA -c "select 1 from pg_database where datname = '$database'") ]]; then
  echo "Cơ sở dữ liệu '$database' đã có: khôi phục chỉ vào cơ sở dữ liệu mới. / Database '$database' exists: restore into a new one only." >&2
  exit 1
fi

# Each role the backup names: created when missing, then given its attributes and memberships. The statements of a
# role the cluster already has (its superuser) fail harmlessly, so this part does not stop at the first error.
"$PG_BIN/psql" -X -q --dbname=postgres -f "$backup/roles.sql" 2>&1 | grep -v "already exists" >&2 || true

"$PG_BIN/createdb" "$database"
"$PG_BIN/pg_restore" --exit-on-error --dbname="$database" "$backup/database.dump"

if [[ -n $files_to ]]; then
  umask 077
  mkdir -p "$files_to"
  cp -p "$backup/files/." "$files_to/" -r
fi
echo "Đã khôi phục vào '$database'. / Restored into '$database'."
