#!/usr/bin/env bash
# Lays out a plugins folder with a pack for every province of Viet Nam (34 provinces and cities since the 2025
# merger), for the start-up benchmark only: Sơn La and Đắk Lắk are copied from artifacts/plugins as built, and one pack
# per other province is generated from the pack template (templates/platform-pack) as an author outside this
# repository would make it, then built in Release. The generated packs describe the template's minimal province
# (two agencies, two seats, one standing agency, one reporting stage, two demo appointments) under the province's
# own code and name; they are never shipped and never committed.
#
# Usage: benchmarks/generate-packs.sh OUT_DIR [COUNT]
#   OUT_DIR  the plugins folder to fill (one folder per pack, as artifacts/plugins); keep it under .bench-data/
#   COUNT    how many provinces to generate, 1–32 (default 32: every province other than son-la and dak-lak)
# Needs the solution built (artifacts/plugins holds the two real packs); packs the Sdk into artifacts/packages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: benchmarks/generate-packs.sh OUT_DIR [COUNT]" >&2
  exit 2
fi
mkdir -p "$1"
out=$(cd "$1" && pwd)
count=${2:-32}

# Code, pack name (the template's sourceName: PascalCase, no diacritics) and Vietnamese name of every province and
# city of Viet Nam after the 2025 merger, other than the two with a real pack.
provinces=(
  "ha-noi|HaNoi|Hà Nội"
  "ho-chi-minh|HoChiMinh|Hồ Chí Minh"
  "hai-phong|HaiPhong|Hải Phòng"
  "da-nang|DaNang|Đà Nẵng"
  "can-tho|CanTho|Cần Thơ"
  "hue|Hue|Huế"
  "quang-ninh|QuangNinh|Quảng Ninh"
  "cao-bang|CaoBang|Cao Bằng"
  "lang-son|LangSon|Lạng Sơn"
  "lai-chau|LaiChau|Lai Châu"
  "dien-bien|DienBien|Điện Biên"
  "thanh-hoa|ThanhHoa|Thanh Hóa"
  "nghe-an|NgheAn|Nghệ An"
  "ha-tinh|HaTinh|Hà Tĩnh"
  "tuyen-quang|TuyenQuang|Tuyên Quang"
  "lao-cai|LaoCai|Lào Cai"
  "thai-nguyen|ThaiNguyen|Thái Nguyên"
  "phu-tho|PhuTho|Phú Thọ"
  "bac-ninh|BacNinh|Bắc Ninh"
  "hung-yen|HungYen|Hưng Yên"
  "ninh-binh|NinhBinh|Ninh Bình"
  "quang-tri|QuangTri|Quảng Trị"
  "quang-ngai|QuangNgai|Quảng Ngãi"
  "gia-lai|GiaLai|Gia Lai"
  "khanh-hoa|KhanhHoa|Khánh Hòa"
  "lam-dong|LamDong|Lâm Đồng"
  "dong-nai|DongNai|Đồng Nai"
  "tay-ninh|TayNinh|Tây Ninh"
  "vinh-long|VinhLong|Vĩnh Long"
  "dong-thap|DongThap|Đồng Tháp"
  "ca-mau|CaMau|Cà Mau"
  "an-giang|AnGiang|An Giang"
)

if ! [[ $count =~ ^[0-9]+$ ]] || (( count < 1 || count > ${#provinces[@]} )); then
  echo "COUNT must be between 1 and ${#provinces[@]}." >&2
  exit 2
fi

real_packs="$root/artifacts/plugins"
if ! compgen -G "$real_packs/*/plugin.json" >/dev/null; then
  echo "No pack in $real_packs: build the solution first (dotnet build Platform.sln -c Release)." >&2
  exit 1
fi

# The packs build against the Sdk of this checkout, packed into the local feed the template points at.
feed="$root/artifacts/packages"
sdk_version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/src/Platform.Sdk/Sdk.Version.props")
"$root/scripts/pack-sdk.sh" -c Release >/dev/null

# The sources live outside the repository, as an author's would: inside it, the repository's Directory.Build.props
# and central package versions would apply to them. Their own package folder keeps a stale cached Sdk of the same
# version from answering for the one just packed.
work=$(mktemp -d "${TMPDIR:-/tmp}/platform-bench-packs.XXXXXX")
trap 'rm -rf "$work"' EXIT
hive="$work/template-hive"
export NUGET_PACKAGES="$work/nuget-packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet new install "$root/templates/platform-pack" --debug:custom-hive "$hive" >/dev/null

echo "Generating $count packs from templates/platform-pack (Sdk $sdk_version)"
solution="$work/Packs.slnx"
echo "<Solution>" >"$solution"
names=()
for entry in "${provinces[@]:0:$count}"; do
  IFS='|' read -r code name title <<<"$entry"
  dotnet new platform-pack --debug:custom-hive "$hive" -n "$name" -o "$work/$name" --province "$code" \
    --provinceName "$title" --feed "$feed" --sdkVersion "$sdk_version" >/dev/null
  # Only the pack: its conformance-test project would need xunit from nuget.org and is not what the host loads.
  echo "  <Project Path=\"$name/Platform.Packs.$name/Platform.Packs.$name.csproj\" />" >>"$solution"
  names+=("$name")
done
echo "</Solution>" >>"$solution"

echo "Building them in Release (one build)"
dotnet build "$solution" -c Release --source "$feed" -nologo -v quiet -clp:ErrorsOnly

# Lay the folder out as the host scans it: one sub-folder per pack with its plugin.json and assembly. Only folders
# that hold a pack are replaced; anything else in OUT_DIR is left alone.
for folder in "$out"/*/; do
  if [[ -f "$folder/plugin.json" ]]; then rm -rf "$folder"; fi
done
for folder in "$real_packs"/*/; do
  if [[ -f "$folder/plugin.json" ]]; then cp -r "$folder" "$out/"; fi
done
for name in "${names[@]}"; do
  cp -r "$work/$name/Platform.Packs.$name/bin/Release/net10.0" "$out/$name"
  rm -f "$out/$name"/Platform.Sdk.*
done

echo "$(compgen -G "$out/*/plugin.json" | wc -l) packs in $out"
