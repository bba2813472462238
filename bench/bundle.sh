#!/usr/bin/env bash
# Benchmark (not a test): newskit's tar.gz bundle writer against bsdtar -czf and GNU tar | gzip
# on the same folder, at the same gzip level, in the same run. See docs/benchmarks.md, "tar.gz bundles".
#
#   bench/bundle.sh [INPUTS]
#
# INPUTS holds bbc-txt/ and bbc-10x-txt/ from ../shared/bench/prepare.sh (made there when absent).
# Env: NEWSKIT (default .build/release/newskit), RUNS (default 5), LEVEL (default 6), WORK (scratch),
# QUIET_WAIT (default 0): before each run, wait up to this many seconds for the box to be idle,
# BASELINE (optional): another newskit binary (an older build) timed on the same command, as job
# newskit-base, for a before/after in the same run.
#
# Jobs per input folder:
#   newskit         newskit export DIR --no-entities --format tar.gz --option level=L
#                   (writes the originals AND data/corpus.json, the SHA-256 manifest: about twice the
#                   bytes to gzip; 1 MiB gzip members by libdeflate on one thread per core: docs/bundles.md)
#   newskit-base    the same command with $BASELINE (only when set)
#   newskit-jobs1   the same with --jobs 1: every block compressed on the main thread (same bytes);
#                   left out for a newskit without --jobs (NEWSKIT=an older build)
#   bsdtar          bsdtar -czf --options gzip:compression-level=L DIR   (the originals only)
#   gnu-tar-gzip    tar -cf - DIR | gzip -L                               (the originals only)
#   newskit-json    newskit export DIR --no-entities --format json: the same reading and corpus.json,
#                   no archive. newskit minus newskit-json is the bundle writer's own time
#                   (originals re-read and checked, two digests, gzip of originals + corpus.json)
#   bsdtar-bag      bsdtar -czf on newskit's extracted bag: the same bytes newskit compresses,
#                   so bsdtar-bag vs the writer's own time is the fair ratio for the writer itself
# Prints one line per job: wall seconds and CPU seconds (user+sys; median of RUNS), MB/s of the input
# folder and of the bytes archived (by CPU time), peak RSS in MB (largest of all runs,
# /usr/bin/time -f %M), then the ratios, each by CPU time (medians) and by wall time (x > 1: newskit
# is faster; wall ratios use each job's fastest run, the one least slowed by other load). Throughput is wall time, but on a shared box wall time swings with other load, CPU time
# much less; newskit's gzip uses every core, so its wall time can be below its CPU time while the
# other tools' cannot. The load average is printed at the start of each input, and other_cpu_s is
# the CPU that other processes took during a job's runs (median): Linux shares the cores fairly
# between login sessions, so while another session keeps one core busy, a job gets one core however
# many threads it has.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
INPUTS="${1:-/tmp/newskit-bench/inputs}"
NK="${NEWSKIT:-$ROOT/.build/release/newskit}"
RUNS="${RUNS:-5}"
LEVEL="${LEVEL:-6}"
WORK="${WORK:-$(mktemp -d)}"
WARMUP="${WARMUP:-1}"
[ -x "$NK" ] || { echo "build first: swift build -c release (or set NEWSKIT)" >&2; exit 1; }
for tool in bsdtar tar gzip /usr/bin/time; do command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libarchive-tools tar gzip time)" >&2; exit 1; }; done
if [ ! -d "$INPUTS/bbc-10x-txt" ]; then "$ROOT/../shared/bench/prepare.sh" "$INPUTS"; fi

bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s}'; }

median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }
minimum() { sort -n | head -1 | awk '{printf "%.3f", $1}'; }

HZ=$(getconf CLK_TCK)
# CPU ticks every process has used since boot (user, nice, system, irq, softirq).
busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# Waits up to QUIET_WAIT seconds for 2 seconds in which the box is at least 95% idle.
wait_quiet() {
  local deadline=$((SECONDS + ${QUIET_WAIT:-0})) before
  while [ "$SECONDS" -lt "$deadline" ]; do
    before=$(busy_ticks); sleep 2
    [ $(($(busy_ticks) - before)) -lt $((HZ * 2 * $(nproc) / 20)) ] && return
  done
  return 0
}

# run NAME CMD...: RUNS timed runs; sets SECONDS_MEDIAN and SECONDS_MIN (wall), CPU_MEDIAN (user+sys),
# OTHER_MEDIAN (other processes' CPU seconds meanwhile) and RSS_MB
run() {
  local name="$1"; shift
  local walls=() cpus=() others=() rss=0 kb start cpu
  [ "$WARMUP" = 1 ] && { "$@" >/dev/null 2>&1 || true; }  # page cache
  for _ in $(seq "$RUNS"); do
    wait_quiet
    start=$(busy_ticks)
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { echo "job $name failed: $(cat "$WORK/err")" >&2; exit 1; }
    read -r wall user sys kb < <(tail -1 "$WORK/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    walls+=("$wall"); cpus+=("$cpu")
    others+=("$(awk -v t=$(($(busy_ticks) - start)) -v hz="$HZ" -v c="$cpu" 'BEGIN {o = t / hz - c; print (o < 0 ? 0 : o)}')")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  OTHER_MEDIAN=$(printf '%s\n' "${others[@]}" | median)
  SECONDS_MEDIAN=$(printf '%s\n' "${walls[@]}" | median)
  SECONDS_MIN=$(printf '%s\n' "${walls[@]}" | minimum)
  CPU_MEDIAN=$(printf '%s\n' "${cpus[@]}" | median)
  RSS_MB=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k*1024/1e6}')
}

report() { # job input_bytes archived_bytes
  awk -v j="$1" -v s="$SECONDS_MEDIAN" -v m="$SECONDS_MIN" -v c="$CPU_MEDIAN" -v o="$OTHER_MEDIAN" -v i="$2" -v a="$3" -v r="$RSS_MB" -v d="$DIR" \
    'BEGIN {if (c <= 0) c = 0.01; printf "input=%s job=%-13s wall_s=%s wall_min_s=%s cpu_s=%s other_cpu_s=%s in_mb_per_cpu_s=%.1f archived_mb_per_cpu_s=%.1f max_rss_mb=%s\n", d, j, s, m, c, o, i/1e6/c, a/1e6/c, r}'
}

echo "# $(date -u +%FT%TZ) runs=$RUNS level=$LEVEL cores=$(nproc)" >&2
for DIR in bbc-txt bbc-10x-txt; do
  echo "# $DIR load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  IN_BYTES=$(bytes_of "$INPUTS/$DIR")
  W="$WORK/$DIR"; rm -rf "$W"; mkdir -p "$W"
  run newskit "$NK" export "$INPUTS/$DIR" --no-entities --quiet --format tar.gz --option "level=$LEVEL" --output "$W/newskit.tar.gz"
  NK_S=$CPU_MEDIAN NK_W=$SECONDS_MIN NK_RSS=$RSS_MB
  mkdir -p "$W/bag" && tar -xzf "$W/newskit.tar.gz" -C "$W/bag"
  BAG=$(ls "$W/bag"); BAG_BYTES=$(bytes_of "$W/bag/$BAG")
  report newskit "$IN_BYTES" "$BAG_BYTES"
  if [ -n "${BASELINE:-}" ]; then
    run newskit-base "$BASELINE" export "$INPUTS/$DIR" --no-entities --quiet --format tar.gz --option "level=$LEVEL" --output "$W/base.tar.gz"
    BASE_W=$SECONDS_MIN
    report newskit-base "$IN_BYTES" "$BAG_BYTES"
    awk -v d="$DIR" -v b="$BASE_W" -v n="$NK_W" -v s="$(stat -c %s "$W/base.tar.gz")" 'BEGIN {printf "ratio input=%s wall: newskit_vs_baseline=%.2fx baseline_tar_gz=%d\n", d, b/n, s}'
  fi
  N1_S=0 N1_W=0
  # grep without -q reads all of the help: -q exits at the first match, newskit gets SIGPIPE and pipefail
  # made the test false, so the --jobs 1 job was silently left out.
  if "$NK" export --help 2>&1 | grep -- '--jobs' >/dev/null; then
    run newskit-jobs1 "$NK" export "$INPUTS/$DIR" --no-entities --quiet --format tar.gz --option "level=$LEVEL" --jobs 1 --output "$W/jobs1.tar.gz"
    cmp -s "$W/newskit.tar.gz" "$W/jobs1.tar.gz" || { echo "--jobs 1 gave other bytes than the default" >&2; exit 1; }
    N1_S=$CPU_MEDIAN N1_W=$SECONDS_MIN
    report newskit-jobs1 "$IN_BYTES" "$BAG_BYTES"
  fi
  run newskit-json "$NK" export "$INPUTS/$DIR" --no-entities --quiet --format json --output "$W/corpus.json"
  JS_S=$CPU_MEDIAN JS_W=$SECONDS_MIN JS_RSS=$RSS_MB
  report newskit-json "$IN_BYTES" "$IN_BYTES"
  run bsdtar bsdtar -czf "$W/bsdtar.tar.gz" --options "gzip:compression-level=$LEVEL" -C "$INPUTS" "$DIR"
  BSD_S=$CPU_MEDIAN BSD_W=$SECONDS_MIN BSD_RSS=$RSS_MB
  report bsdtar "$IN_BYTES" "$IN_BYTES"
  run gnu-tar-gzip bash -c "tar -cf - -C '$INPUTS' '$DIR' | gzip -$LEVEL > '$W/gnu.tar.gz'"
  GNU_W=$SECONDS_MIN GNU_S=$CPU_MEDIAN
  report gnu-tar-gzip "$IN_BYTES" "$IN_BYTES"
  run bsdtar-bag bsdtar -czf "$W/bag.tar.gz" --options "gzip:compression-level=$LEVEL" -C "$W/bag" "$BAG"
  BAG_S=$CPU_MEDIAN BAG_W=$SECONDS_MIN BAG_RSS=$RSS_MB
  report bsdtar-bag "$IN_BYTES" "$BAG_BYTES"
  # writer = newskit minus newskit-json (same reading and corpus.json, no archive); by CPU and by wall
  awk -v d="$DIR" -v n="$NK_S" -v j="$JS_S" -v b="$BSD_S" -v g="$BAG_S" -v n1="$N1_S" \
      -v nw="$NK_W" -v jw="$JS_W" -v bw="$BSD_W" -v gw="$BAG_W" -v n1w="$N1_W" \
      -v gnw="$GNU_W" -v gns="$GNU_S" -v nr="$NK_RSS" -v jr="$JS_RSS" -v br="$BSD_RSS" -v ib="$IN_BYTES" -v bb="$BAG_BYTES" -v zb="$(stat -c %s "$W/newskit.tar.gz")" -v gb="$(stat -c %s "$W/bag.tar.gz")" \
    'BEGIN {w = n - j; if (w <= 0) w = 0.001; ww = nw - jw; if (ww <= 0) ww = 0.001; w1 = n1w - jw; if (w1 <= 0) w1 = 0.001; c1 = (n1 > 0) ? n1 - j : 0; g1 = (n1 > 0) ? gw/w1 : 0; if (n1 <= 0) w1 = 0;
      printf "ratio input=%s wall: whole_command_vs_gnu_tar_same_folder=%.2fx cpu: whole_command_vs_gnu_tar_same_folder=%.2fx\n", d, gnw/nw, gns/n;
      printf "ratio input=%s cpu: whole_command_vs_bsdtar_same_folder=%.2fx whole_command_vs_bsdtar_same_bytes=%.2fx writer_only_s=%.3f writer_only_vs_bsdtar_same_bytes=%.2fx writer_jobs1_s=%.3f\n",
        d, b/n, g/n, w, g/w, c1;
      printf "ratio input=%s wall: whole_command_vs_bsdtar_same_folder=%.2fx whole_command_vs_bsdtar_same_bytes=%.2fx writer_only_s=%.3f writer_only_vs_bsdtar_same_bytes=%.2fx writer_jobs1_s=%.3f writer_jobs1_vs_bsdtar_same_bytes=%.2fx\n",
        d, bw/nw, gw/nw, ww, gw/ww, w1, g1;
      printf "sizes input=%s rss_newskit=%s rss_newskit_json=%s rss_bsdtar=%s archived_bytes=%d folder_bytes=%d newskit_tar_gz=%d bsdtar_bag_tar_gz=%d\n",
        d, nr, jr, br, bb, ib, zb, gb}'
  rm -rf "$W"
done
