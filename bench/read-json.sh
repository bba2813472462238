#!/usr/bin/env bash
# Reading benchmark (not a test): the JSONL reader and the json exporter on the Reuters corpus
# at 1x and 10x, next to `cat` and `gzip -6` on the same file.
#
#   bench/read-json.sh [WORKDIR]
#
# Builds newskit in release mode, prepares the inputs from ../shared/corpus with
# ../shared/bench/prepare.py (reuters.jsonl; the research-licensed data stays in WORKDIR, default
# a fresh temporary folder, never in the repository), makes reuters-10x.jsonl (copy k > 0 gets ids
# "rKK-<id>", as prepare.py does for BBC), then runs each job RUNS times (default 3) and prints
# the best wall time:
#   job=<name> input=<file> bytes=<n> seconds=<best wall> mb_per_s=<bytes/1e6/seconds>
#       cpu_seconds=<user+sys of that run> cpu_mb_per_s=<bytes/1e6/cpu> max_rss_mb=<peak RSS, 1e6 bytes>
# The box is shared: compare within one run, and prefer cpu_mb_per_s when the load is high
# (the load average is printed before and after).
# Needs: swift, python3, /usr/bin/time (Debian package `time`), gzip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
[ -d "$SHARED/corpus" ] || SHARED=/work/shared
WORK="${1:-$(mktemp -d /tmp/newskit-read-bench.XXXXXX)}"
RUNS="${RUNS:-3}"
mkdir -p "$WORK"
log() { printf '[read-json] %s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
  log "installing the Debian package time"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y time >&2
fi

log "building newskit (release)"
(cd "$ROOT" && swift build -c release --product newskit >&2)
NK="$ROOT/.build/release/newskit"

IN="$WORK/inputs"
if [ ! -s "$IN/reuters.jsonl" ]; then
  # prepare.sh would also install spaCy and geotext into a venv for the other benchmarks; this one
  # needs only reuters.jsonl, which prepare.py writes with the standard library alone.
  log "preparing inputs in $IN"
  python3 "$SHARED/bench/prepare.py" "$SHARED/corpus" "$IN" --no-points --scale 10 >/dev/null 2>&1
fi
if [ ! -s "$IN/reuters-10x.jsonl" ]; then
  python3 - "$IN/reuters.jsonl" "$IN/reuters-10x.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
    for k in range(10):
        for line in lines:
            d = json.loads(line)
            if k:
                d["id"] = f"r{k:02d}-{d['id']}"
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
fi

log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# run JOB FILE COMMAND...: the best of RUNS runs (by wall time), with its CPU time and the peak RSS.
run() {
  local job="$1" file="$2"; shift 2
  local bytes best="" cpu="" rss=0 i
  bytes=$(stat -c %s "$file")
  for ((i = 0; i < RUNS; i++)); do
    /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' "$@" >/dev/null
    read -r wall user sys kb < "$WORK/time.txt"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$wall"; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    fi
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  awk -v job="$job" -v f="$(basename "$file")" -v b="$bytes" -v s="$best" -v c="$cpu" -v r="$rss" 'BEGIN {
    if (s < 0.01) s = 0.01; if (c < 0.01) c = 0.01
    printf "job=%s input=%s bytes=%d seconds=%.2f mb_per_s=%.1f cpu_seconds=%.2f cpu_mb_per_s=%.1f max_rss_mb=%.1f\n",
      job, f, b, s, b / 1e6 / s, c, b / 1e6 / c, r * 1024 / 1e6 }'
}

for scale in 1x 10x; do
  f="$IN/reuters.jsonl"; [ "$scale" = 10x ] && f="$IN/reuters-10x.jsonl"
  cat "$f" >/dev/null  # warm the page cache
  run "cat-$scale" "$f" cat "$f"
  run "gzip-6-$scale" "$f" gzip -6 -c "$f"
  run "newskit-inspect-$scale" "$f" "$NK" inspect "$f" --no-entities --quiet
  run "newskit-json-$scale" "$f" "$NK" export "$f" --format json --no-entities --quiet -o "$WORK/out-$scale.json"
done
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
log "outputs and inputs are in $WORK (remove it when done)"
