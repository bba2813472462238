#!/usr/bin/env bash
# Article-text quality and speed of newskit's HTML reader against trafilatura on the same pages,
# in the same run (a benchmark, not a test).
#
# Runs `newskit export PAGES --format json --no-entities` and trafilatura 2.3.1
# (bench/html-trafilatura.py, bare_extraction with include_comments=False) over the folder of
# saved pages, scores both with the scorer of the development set (word 4-gram shingles against
# the gold text, mean per page; title = same word tokens), and prints pages per second for each,
# by wall clock and per CPU second (on a shared machine the second is the steadier number).
#
#   python3 -m venv /tmp/venv && /tmp/venv/bin/pip install trafilatura==2.3.1 lxml_html_clean
#   swift build -c release
#   bench/html-eval.sh [EVAL_DIR=../shared/eval/html] [PYTHON=/tmp/venv/bin/python] [newskit=.build/release/newskit]
#
# Set SKIP_PEER=1 to score newskit alone (faster while iterating); OUT=dir keeps the predictions.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval/html}
python=${2:-/tmp/venv/bin/python}
bin=${3:-.build/release/newskit}
[[ -x $bin ]] || { echo "build first: swift build -c release (or pass the binary)" >&2; exit 1; }
work=${OUT:-$(mktemp -d)}
mkdir -p "$work"
[[ -n ${OUT:-} ]] || trap 'rm -rf "$work"' EXIT
pages=$(find "$eval_dir/pages" -name '*.htm*' | wc -l)

/usr/bin/time -f '%e %U %S' -o "$work/newskit.time" \
    "$bin" export "$eval_dir/pages" --format json --no-entities -o "$work/newskit.json" 2> "$work/newskit.log" || true
read -r seconds user sys < "$work/newskit.time"
echo "== newskit: $(grep -c 'warning' "$work/newskit.log" || true) warnings (see $work/newskit.log)"
python3 "$eval_dir/score.py" "$eval_dir/gold.jsonl" "$work/newskit.json" --json "$work/newskit-pages.json" | sed -n '2,6p'
awk -v p="$pages" -v t="$seconds" -v c="$(echo "$user + $sys" | bc)" \
    'BEGIN { printf "newskit      %d pages  %.2f s wall  %.0f pages/s  %.2f CPU s  %.0f pages/CPU s\n", p, t, p / t, c, p / c }' | tee "$work/speed"

[[ -z ${SKIP_PEER:-} ]] || exit 0
read -r tpages tseconds tcpu < <("$python" bench/html-trafilatura.py "$eval_dir/pages" "$work/trafilatura.jsonl")
echo "== trafilatura"
python3 "$eval_dir/score.py" "$eval_dir/gold.jsonl" "$work/trafilatura.jsonl" | sed -n '2,6p'
awk -v p="$tpages" -v t="$tseconds" -v c="$tcpu" \
    'BEGIN { printf "trafilatura  %d pages  %.2f s wall  %.0f pages/s  %.2f CPU s  %.0f pages/CPU s\n", p, t, p / t, c, p / c }' | tee -a "$work/speed"
awk 'NR == 1 { w = $7; c = $12 } NR == 2 { printf "speed ratio newskit/trafilatura: %.1fx wall, %.1fx per CPU second\n", w / $7, c / $12 }' "$work/speed"
