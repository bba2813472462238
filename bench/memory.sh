#!/usr/bin/env bash
# Benchmark (not a test): peak RSS of `newskit export --format all` (every built-in format, with
# entities) on one JSONL line holding a 1, 16 and 64 MiB article, the last just under the
# 64 MiB line limit. The goal (issue 14): under 500 MB at 64 MiB, whatever the document's length.
#
#   bench/memory.sh [SIZES]       # SIZES defaults to "1 16 64" (MiB)
#
# The articles are the BBC corpus's stories concatenated (bench/huge-document.py), made at bench
# time from ../shared/corpus and deleted afterwards; never committed.
# Env: NEWSKIT (default .build/release/newskit), FORMATS (default all), EXTRA (more export flags,
#      e.g. --no-entities). Prints one line a size: bytes of text, seconds, max RSS in MB
#      (/usr/bin/time -f %M), RSS bytes per byte of line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NK="${NEWSKIT:-$ROOT/.build/release/newskit}"
SIZES="${1:-1 16 64}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus/bbc-news-2225.jsonl.gz}"
[ -f "$CORPUS" ] || CORPUS=/work/shared/corpus/bbc-news-2225.jsonl.gz
[ -x "$NK" ] || { echo "no newskit at $NK: run swift build -c release --product newskit" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 1; }
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export SOURCE_DATE_EPOCH=0
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, formats ${FORMATS:-all} ${EXTRA:-}" >&2
for size in $SIZES; do
  python3 "$ROOT/bench/huge-document.py" "$CORPUS" "$size" "$W/huge-$size.jsonl"
  bytes=$(stat -c %s "$W/huge-$size.jsonl")
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$W/time" "$NK" export "$W/huge-$size.jsonl" --format "${FORMATS:-all}" ${EXTRA:-} --quiet -o "$W/out-$size" \
    >/dev/null 2>"$W/err" || { cat "$W/err" >&2; exit 1; }
  read -r seconds kb <"$W/time"
  awk -v s="$size" -v b="$bytes" -v t="$seconds" -v k="$kb" \
    'BEGIN {printf "job=huge-line-%smib bytes=%d seconds=%s max_rss_mb=%.1f rss_bytes_per_line_byte=%.1f\n", s, b, t, k*1024/1e6, k*1024/b}'
  rm -rf "$W/out-$size" "$W/huge-$size.jsonl"
done
