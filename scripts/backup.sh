#!/usr/bin/env bash
# backup.sh OUT_DIR [--file PATH]...
#
# Backs up Platform into a new folder under OUT_DIR (platform-<UTC time>/, readable by its owner only):
#   database.dump   pg_dump, custom format, of the whole database (every module's schema, the audit trail, the
#                   encrypted data-protection key ring);
#   roles.sql       the cluster's roles and memberships (platform_app, platform_national_reader, …), without passwords;
#   files/          each --file given: what the operator keeps outside the database and a restore needs — the audit
#                   key (Audit:KeyFile), the audit checkpoint file (Audit:CheckpointFile), the key ring's certificate
#                   (DataProtection:CertificatePath) and its password;
#   SHA256SUMS      checksums of all of the above, checked by restore.sh.
# The database is read with PostgreSQL's usual variables: PGHOST, PGPORT, PGUSER (a superuser: row-level security
# hides rows from any other role), PGPASSWORD, PGDATABASE (default: platform).
set -euo pipefail
source "$(dirname "$0")/postgres.sh"
pg_ensure_installed

usage() { echo "usage: $0 OUT_DIR [--file PATH]..." >&2; exit 2; }
[[ $# -ge 1 ]] || usage
out=$1
shift
files=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --file) [[ $# -ge 2 ]] || usage; files+=("$2"); shift 2 ;;
    *) usage ;;
  esac
done

database=${PGDATABASE:-platform}
target="$out/platform-$(date -u +%Y%m%dT%H%M%SZ)"
umask 077
mkdir -p "$target/files"

for file in "${files[@]}"; do
  if [[ ! -f $file ]]; then
    echo "Không thấy tệp cần sao lưu: $file / File to back up not found: $file" >&2
    rm -rf "$target"
    exit 1
  fi
  cp -p "$file" "$target/files/"
done

"$PG_BIN/pg_dump" --format=custom --file="$target/database.dump" --dbname="$database"
# Roles belong to the cluster, not the database: a restore into a fresh cluster needs them first.
"$PG_BIN/pg_dumpall" --roles-only --no-role-passwords --file="$target/roles.sql"

(cd "$target" && find . -type f ! -name SHA256SUMS -printf '%P\n' | sort | xargs -d '\n' sha256sum >SHA256SUMS)
echo "$target"
