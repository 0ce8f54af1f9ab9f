#!/usr/bin/env bash
# Packs Platform.Sdk and Platform.Sdk.Testing (version from src/Platform.Sdk/Sdk.Version.props, with their XML docs and
# readme) into artifacts/packages, the local feed pack authors build against (templates/platform-pack).
# Usage: scripts/pack-sdk.sh [--no-build] [-c Debug|Release]. test.sh calls it after building the solution.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
feed="$root/artifacts/packages"
mkdir -p "$feed"
for project in src/Platform.Sdk/Platform.Sdk.csproj src/Platform.Sdk.Testing/Platform.Sdk.Testing.csproj; do
  dotnet pack "$root/$project" -nologo -v quiet -clp:ErrorsOnly -o "$feed" "$@"
done
echo "Sdk packages in $feed:"
ls "$feed"
