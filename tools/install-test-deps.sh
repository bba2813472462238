#!/usr/bin/env bash
# Installs the outside validators the tests run on the tables, the GeoJSON layer and the map:
#   gdal-bin (ogrinfo, ogr2ogr), librsvg2-bin (rsvg-convert); PyPI frictionless, geojson-validator, duckdb.
# Tests fail (they do not skip) when one is missing. Usage: tools/install-test-deps.sh
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
command -v ogrinfo >/dev/null || need+=(gdal-bin)
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v python3 >/dev/null || need+=(python3 python3-pip)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q "${need[@]}"
fi
python3 -m pip install --quiet frictionless geojson-validator duckdb
