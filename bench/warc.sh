#!/usr/bin/env bash
# Throughput and memory of the WARC reader (a benchmark, not a test).
#
# Builds a .warc.gz of N page records (the fixture pages repeated; plus one request record per
# page, and every tenth response an image) and runs
#   newskit export crawl.warc.gz --format json -o /dev/null --no-entities -q
# at 1x and 10x, reporting pages/s (wall clock, and per CPU second: on a shared machine the
# second is the steadier number) and peak RSS (GNU time's %M). Memory should stay nearly flat
# from 1x to 10x: records are streamed and bodies re-read by offset when exported; what grows is
# one small header per document.
#
#   bench/warc.sh [N=20000] [newskit binary=.build/release/newskit]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
bin=${2:-.build/release/newskit}
[[ -x $bin ]] || { echo "build first: swift build -c release (or pass the binary)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-6s %9s %9s %8s %10s %9s %12s %10s\n' scale records pages seconds pages/s cpu_s pages/cpu_s peak_MiB
for scale in 1 10; do
    count=$((n * scale))
    python3 bench/make-warc.py "$work/crawl.warc.gz" "$count"
    pages=$((count - count / 10))
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" export "$work/crawl.warc.gz" --format json -o /dev/null --no-entities -q
    read -r seconds user sys kib < "$work/time"
    awk -v s="$scale" -v r="$((count * 2))" -v p="$pages" -v t="$seconds" -v u="$user" -v y="$sys" -v k="$kib" \
        'BEGIN { c = u + y; printf "%-6s %9d %9d %8.1f %10.0f %9.1f %12.0f %10.1f\n", s "x", r, p, t, p / t, c, p / c, k / 1024 }'
    ls -l "$work/crawl.warc.gz" | awk '{ printf "       (%s: %.1f MiB compressed)\n", "crawl.warc.gz", $5 / 1048576 }'
done
