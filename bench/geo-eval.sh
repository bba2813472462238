#!/usr/bin/env bash
# Geocoding quality (not a test): a geoparsing gold set through the whole pipeline and the CSV
# exporter, scored with ../shared/eval/ner_eval.py geo (recall, acc@161 over found and over all
# gold), then bench/geo-classes.py: acc@161 by feature class as resolved, the commonest errors,
# and countries judged by outline (right when the gold point lies inside the resolved country).
# Usage, from the repository root:
#   bench/geo-eval.sh [GOLD.jsonl.gz]          (default: the GeoVirus development set)
# Env: SHARED (default ../shared beside the checkout), OUT (default /tmp/newskit-geo-eval),
# NEWSKIT (binary; default .build/release/newskit, built if missing), ERRORS (rows, default 10).
# Research data is read in place, never copied here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
GOLD="${1:-$SHARED/eval/geo/geovirus-dev.jsonl.gz}"
OUT="${OUT:-/tmp/newskit-geo-eval}"
NK="${NEWSKIT:-$ROOT/.build/release/newskit}"
if [ ! -x "$NK" ]; then (cd "$ROOT" && swift build -c release --product newskit >&2); fi
mkdir -p "$OUT"
python3 "$SHARED/eval/ner_eval.py" strip "$GOLD" > "$OUT/input.jsonl"
"$NK" export "$OUT/input.jsonl" --format csv --output "$OUT/tables" --force --quiet
python3 "$SHARED/eval/ner_eval.py" geo "$GOLD" "$OUT/tables"
python3 "$ROOT/bench/geo-classes.py" "$GOLD" "$OUT/tables" --errors "${ERRORS:-10}" \
  --outline "$ROOT/Sources/Exporters/Resources/world-110m.txt" --scorer "$SHARED/eval/ner_eval.py"
