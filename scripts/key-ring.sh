#!/usr/bin/env bash
# The certificate that encrypts the data-protection key ring at rest (docs/security.md), for the run command: kept
# outside the database, in the repository's .data/ folder, readable by its owner alone. Sourced by run.sh.
set -euo pipefail

# key_ring_certificate DIR: makes DIR/key-ring.pfx (RSA, self-signed, protected by the password in
# DIR/key-ring.password) unless it exists, and prints its path. Keys already encrypted with it need it to be read:
# deleting it signs everyone out and invalidates open forms.
key_ring_certificate() {
  local dir=$1
  local pfx="$dir/key-ring.pfx" password="$dir/key-ring.password"
  if [[ ! -s $pfx ]]; then
    command -v openssl >/dev/null || {
      echo "openssl not found; installing it with apt-get…" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null
    }
    (
      umask 077
      mkdir -p "$dir"
      head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$password"
      openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -subj "/CN=Platform data-protection key ring" \
        -keyout "$dir/key-ring.key.pem" -out "$dir/key-ring.cert.pem" 2>/dev/null
      openssl pkcs12 -export -inkey "$dir/key-ring.key.pem" -in "$dir/key-ring.cert.pem" \
        -passout "file:$password" -out "$pfx"
      rm -f "$dir/key-ring.key.pem" "$dir/key-ring.cert.pem"
    )
  fi
  chmod 700 "$dir"
  chmod 600 "$pfx" "$password"
  echo "$pfx"
}
