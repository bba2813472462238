#!/usr/bin/env bash
# Benchmark (not a test): newskit's EPUB digest against pandoc's Markdown-to-EPUB on the BBC
# corpus, in the same run, with and without entities, plus newskit on the 10x corpus to check that
# peak RSS stays flat. Env FULL10X_RUNS (default 1): runs of the 10x export with entities.
#
#   bench/epub.sh [INPUTS]        # INPUTS defaults to /tmp/newskit-bench/inputs
#
# INPUTS is made by ../shared/bench/prepare.sh when missing (bbc-txt/, bbc-10x-txt/, bbc.md).
# Env: NEWSKIT (default .build/release/newskit; build it with `swift build -c release`),
#      NEWSKIT_BEFORE (another newskit binary, e.g. one built from an older commit: its two 1x
#      jobs run after pandoc in the same run, and the books are compared byte for byte),
#      RUNS (newskit runs, default 5), PANDOC_RUNS (default 2), EPUBCHECK=1 to validate the 1x book.
# Prints one line a job: tool, job, median wall seconds, median CPU seconds (user + sys), max RSS
# in MB (from /usr/bin/time), then the speed-up over pandoc (wall, and CPU) and the RSS ratio
# 10x/1x. On a shared box compare the ratios of one run, and prefer CPU seconds under load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IN="${1:-/tmp/newskit-bench/inputs}"
NK="${NEWSKIT:-$ROOT/.build/release/newskit}"
RUNS="${RUNS:-5}" PANDOC_RUNS="${PANDOC_RUNS:-2}"
SHARED="${SHARED_BENCH:-$ROOT/../shared/bench}"
[ -d "$SHARED" ] || SHARED=/work/shared/bench
[ -x "$NK" ] || { echo "no newskit at $NK: run swift build -c release --product newskit" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 1; }
command -v pandoc >/dev/null || { echo "needs pandoc: apt-get install -y pandoc" >&2; exit 1; }
[ -d "$IN/bbc-txt" ] && [ -d "$IN/bbc-10x-txt" ] && [ -f "$IN/bbc.md" ] || "$SHARED/prepare.sh" "$IN" >&2
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export SOURCE_DATE_EPOCH=0
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $("$NK" --version 2>/dev/null || echo newskit), $(pandoc --version | head -1)" >&2

# measure NAME RUNS COMMAND...: prints "NAME median_wall_seconds max_rss_mb median_cpu_seconds"
measure() {
  local name="$1" runs="$2"; shift 2
  local times=() cpus=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M %U %S" -o "$W/time" "$@" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; exit 1; }
    read -r seconds kb user sys <"$W/time"
    times+=("$seconds")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  echo "$name $(median "${times[@]}") $(awk -v k="$rss" 'BEGIN {printf "%.1f", k*1024/1e6}') $(median "${cpus[@]}")"
}
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# Two newskit jobs: the shared bench's `epub-digest` (--no-entities: a book of the articles, the
# work pandoc does) and `epub-digest-full` (the default: entities, indexes and the places map too).
R1=$(measure newskit-epub-1x "$RUNS" "$NK" export "$IN/bbc-txt" --format epub --no-entities --quiet -o "$W/nk-1x.epub")
R10=$(measure newskit-epub-10x "$RUNS" "$NK" export "$IN/bbc-10x-txt" --format epub --no-entities --quiet -o "$W/nk-10x.epub")
F1=$(measure newskit-full-1x "$RUNS" "$NK" export "$IN/bbc-txt" --format epub --quiet -o "$W/nk-full-1x.epub")
F10=$(measure newskit-full-10x "${FULL10X_RUNS:-1}" "$NK" export "$IN/bbc-10x-txt" --format epub --quiet -o "$W/nk-full-10x.epub")
RP=$(measure pandoc-epub-1x "$PANDOC_RUNS" pandoc -f markdown -t epub3 --toc --toc-depth=2 -o "$W/pandoc.epub" "$IN/bbc.md")
LINES=("$R1" "$R10" "$F1" "$F10" "$RP")
if [ -n "${NEWSKIT_BEFORE:-}" ]; then
  B1=$(measure before-epub-1x "$RUNS" "$NEWSKIT_BEFORE" export "$IN/bbc-txt" --format epub --no-entities --quiet -o "$W/before-1x.epub")
  BF1=$(measure before-full-1x "$RUNS" "$NEWSKIT_BEFORE" export "$IN/bbc-txt" --format epub --quiet -o "$W/before-full-1x.epub")
  LINES+=("$B1" "$BF1")
  cmp -s "$W/before-1x.epub" "$W/nk-1x.epub" && cmp -s "$W/before-full-1x.epub" "$W/nk-full-1x.epub" &&
    echo "# before and after: byte-identical books" >&2 || echo "# before and after: the books DIFFER" >&2
fi
for line in "${LINES[@]}"; do
  set -- $line
  echo "job=$1 seconds=$2 cpu_seconds=$4 max_rss_mb=$3"
done
set -- $R1; nk1="$2" rss1="$3" nkc1="$4"
set -- $R10; rss10="$3"
set -- $F1; full1="$2" frss1="$3" fullc1="$4"
set -- $F10; frss10="$3"
set -- $RP; pd="$2" pdc="$4"
awk -v a="$pd" -v b="$nk1" -v f="$full1" -v ac="$pdc" -v bc="$nkc1" -v fc="$fullc1" -v r1="$rss1" -v r10="$rss10" -v fr1="$frss1" -v fr10="$frss10" \
  'BEGIN {printf "speedup_vs_pandoc: no-entities=%.1fx full=%.1fx (goals 20x, 10x)  cpu: no-entities=%.1fx full=%.1fx  rss_10x_over_1x: no-entities=%.2f full=%.2f\n", a/b, a/f, ac/bc, ac/fc, r10/r1, fr10/fr1}'
if [ -n "${NEWSKIT_BEFORE:-}" ]; then
  set -- $B1; b1="$2" b1c="$4"
  set -- $BF1; bf1="$2" bf1c="$4"
  awk -v a="$pd" -v b="$b1" -v f="$bf1" -v ac="$pdc" -v bc="$b1c" -v fc="$bf1c" \
    'BEGIN {printf "before_speedup_vs_pandoc: no-entities=%.1fx full=%.1fx  cpu: no-entities=%.1fx full=%.1fx\n", a/b, a/f, ac/bc, ac/fc}'
fi
echo "# load $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
ls -l "$W/nk-1x.epub" "$W/nk-10x.epub" "$W/pandoc.epub" | awk '{print "# " $5 " bytes " $NF}' >&2
if [ "${EPUBCHECK:-0}" = 1 ]; then
  java -jar "$(command -v epubcheck)" "$W/nk-1x.epub" 2>&1 | grep -E "^Messages|ERROR|WARNING" | head -20
fi
