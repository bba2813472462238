#!/usr/bin/env bash
# End-to-end entity quality (not a test): CoNLL-2003 dev through the whole pipeline and the CSV
# exporter, scored on mentions.csv with ../shared/eval/ner_eval.py (exact name and type per
# document; PER/ORG/LOC, MISC ignored), next to the tagger-only score of the same model
# (newskit-train evaluate, exact token spans). Usage, from the repository root:
#   bench/ner-e2e.sh [GOLD.jsonl.gz [GOLD.conll.gz]]     (default: CoNLL-2003 dev)
# Env: SHARED (default ../shared beside the checkout), OUT (default /tmp/newskit-ner-e2e),
# TAGGER_ONLY=0 to skip the tagger-only score. Research data is read in place, never copied here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
GOLD="${1:-$SHARED/ner/conll2003-dev.jsonl.gz}"
CONLL="${2:-$SHARED/ner/conll2003-dev.conll.gz}"
OUT="${OUT:-/tmp/newskit-ner-e2e}"
cd "$ROOT"
swift build -c release --scratch-path .build-release --product newskit >&2
mkdir -p "$OUT"
python3 "$SHARED/eval/ner_eval.py" strip "$GOLD" > "$OUT/input.jsonl"
.build-release/release/newskit export "$OUT/input.jsonl" --format csv --output "$OUT/tables" >&2
echo "== end to end (mentions.csv, ner_eval.py conll)"
python3 "$SHARED/eval/ner_eval.py" conll "$GOLD" "$OUT/tables"
if [[ "${TAGGER_ONLY:-1}" == 1 ]]; then
  swift build -c release --scratch-path .build-release --product newskit-train >&2
  echo "== tagger only (newskit-train evaluate, exact token spans)"
  .build-release/release/newskit-train evaluate --model Sources/Core/Resources/ner-model.bin.gz --conll "$CONLL"
fi
