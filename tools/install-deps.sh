#!/usr/bin/env bash
# Installs what newskit needs on a fresh Debian machine with Swift 6, and nothing that is
# already there: the C libraries newskit links (libarchive, zlib, libdeflate, libxml2) and, with --test, the
# outside validators the test suite runs against newskit's output (bsdtar, ogrinfo, epubcheck,
# frictionless, bagit, geojson-validator, jsonschema, duckdb, rsvg-convert) and pyspark for the
# Spark driver's byte-identity test.
#
#   tools/install-deps.sh          build dependencies only
#   tools/install-deps.sh --test   build dependencies and the validators used by `swift test`
set -euo pipefail

want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

sudo_if_needed() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_packages=(libarchive-dev zlib1g-dev libdeflate-dev libxml2-dev pkg-config)
if $want_test; then
    apt_packages+=(libarchive-tools gdal-bin librsvg2-bin epubcheck default-jre-headless unzip python3-pip time)
fi

missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "install-deps: installing Debian packages: ${missing[*]}" >&2
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if $want_test; then
    pip_missing=()
    python3 -c 'import frictionless' 2>/dev/null || pip_missing+=(frictionless)
    python3 -c 'import bagit' 2>/dev/null || pip_missing+=(bagit)
    python3 -c 'import geojson_validator' 2>/dev/null || pip_missing+=(geojson-validator)
    python3 -c 'import jsonschema' 2>/dev/null || pip_missing+=(jsonschema)
    python3 -c 'import duckdb' 2>/dev/null || pip_missing+=(duckdb)
    # contrib/spark's driver, run in local mode by the Spark test (Java: default-jre-headless above).
    python3 -c 'import pyspark' 2>/dev/null || pip_missing+=(pyspark)
    if ((${#pip_missing[@]})); then
        echo "install-deps: installing Python packages: ${pip_missing[*]}" >&2
        python3 -m pip install --quiet --disable-pip-version-check "${pip_missing[@]}" 2>/dev/null \
            || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${pip_missing[@]}"
    fi
fi
