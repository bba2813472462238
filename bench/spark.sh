#!/usr/bin/env bash
# Benchmark (not a test): `newskit export` against the Spark driver (contrib/spark) in local mode
# with 1 and 2 executor cores (local[1], local[2]), on the 1x and 10x BBC corpus and the 10x
# Reuters corpus. Prints wall time and peak RSS of each run, the peak RSS of every kind of newskit
# process Spark starts (extract per partition, each merge step, the final merge), and whether
# Spark's CSV tables and GeoJSON are byte-identical to export's. Results go in README's
# "Scaling out" section by hand.
#
#   swift build -c release && bench/spark.sh [OUTDIR]          # from the project root
#
# Inputs (made in OUTDIR/inputs, never committed: the corpora are research-licensed):
#   bbc.jsonl           ../shared/corpus/bbc-news-2225.jsonl.gz unpacked (2,225 articles)
#   bbc-10x.jsonl       bbc.jsonl 10 times; copy k>0 gets ids "bKK-<id>" (22,250 articles)
#   reuters-10x.jsonl   reuters21578.jsonl.gz 10 times; copy k>0 gets ids "rKK-<id>" (190,430)
# Env: NEWSKIT (default .build/release/newskit), SHARED (default ../shared), PARTITIONS (default 8;
#      a list such as "2 4 8" runs each), CORES (default "1 2": local[N] for each), CORPORA (default
#      "bbc bbc-10x reuters-10x"), RUNS (default 1; the fastest run is kept), DRIVER (default
#      contrib/spark/newskit_spark.py; another driver file, e.g. an older one, to compare).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-/tmp/newskit-bench-spark}"
SHARED="${SHARED:-$ROOT/../shared}"
NK="${NEWSKIT:-$ROOT/.build/release/newskit}"
PARTITIONS="${PARTITIONS:-8}"
CORES="${CORES:-1 2}"
DRIVER="${DRIVER:-$ROOT/contrib/spark/newskit_spark.py}"
CORPORA="${CORPORA:-bbc bbc-10x reuters-10x}"
RUNS="${RUNS:-1}"
[ -x "$NK" ] || { echo "no newskit binary at $NK (swift build -c release)" >&2; exit 1; }
python3 -c 'import pyspark' 2>/dev/null || { echo "pyspark missing: tools/install-deps.sh --test" >&2; exit 1; }
mkdir -p "$OUT/inputs" "$OUT/work"
OUT="$(cd "$OUT" && pwd)"; IN="$OUT/inputs"; W="$OUT/work"
NK="$(cd "$(dirname "$NK")" && pwd)/$(basename "$NK")"

python3 - "$SHARED/corpus" "$IN" <<'PY'
import gzip, json, os, sys
corpus, inp = sys.argv[1], sys.argv[2]
def copies(source, target, times, prefix):
    path = os.path.join(inp, target)
    if os.path.exists(path):
        return
    lines = gzip.open(os.path.join(corpus, source), "rt", encoding="utf-8").read().splitlines()
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        for k in range(times):
            for line in lines:
                d = json.loads(line)
                if k:
                    d["id"] = f"{prefix}{k:02d}-{d['id']}"
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    os.replace(path + ".tmp", path)
copies("bbc-news-2225.jsonl.gz", "bbc.jsonl", 1, "b")
copies("bbc-news-2225.jsonl.gz", "bbc-10x.jsonl", 10, "b")
copies("reuters21578.jsonl.gz", "reuters-10x.jsonl", 10, "r")
PY

# A newskit that records each process's subcommand, wall seconds and peak RSS (KB) in $W/processes.
cat >"$W/newskit" <<SH
#!/usr/bin/env bash
exec /usr/bin/time -a -o "$W/processes" -f "\$1\${2:+ \$2} %e %M" "$NK" "\$@"
SH
chmod +x "$W/newskit"
# Keep the wrapper's resource bundles beside it, as newskit expects.
for bundle in "$(dirname "$NK")"/*.resources; do ln -sfn "$bundle" "$W/$(basename "$bundle")"; done

echo "load: $(uptime | sed 's/.*load average: //'); cores: $(nproc); partitions: $PARTITIONS; driver: $DRIVER" >&2
# jvm_peak: samples the RSS of Spark's JVM (driver and executors share it in local mode) every
# 0.2 s until $W/sampling disappears; writes the peak in KB to $W/jvm.
jvm_peak() {
  local peak=0 kb
  while [ -e "$W/sampling" ]; do
    for pid in $(pgrep -f org.apache.spark.deploy.SparkSubmit || true); do
      kb=$(awk '/VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${kb:-0}" -gt "$peak" ] && peak=$kb
    done
    sleep 0.2
  done
  echo "$peak" >"$W/jvm"
}
timed() { # timed NAME CMD...: best of $RUNS; prints NAME seconds peak_rss_mb (of the process /usr/bin/time waits for)
  local name=$1 best="" rss=0 jvm=0; shift
  for _ in $(seq "$RUNS"); do
    rm -f "$W/jvm"; touch "$W/sampling"; jvm_peak & local sampler=$!
    /usr/bin/time -f '%e %M' -o "$W/time" "$@" >/dev/null 2>"$W/stderr" || { cat "$W/stderr" >&2; exit 1; }
    rm -f "$W/sampling"; wait "$sampler"
    read -r secs kb <"$W/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; rss=$kb; jvm=$(cat "$W/jvm"); fi
  done
  printf '%-28s seconds=%-8s peak_rss_mb=%d' "$name" "$best" "$((rss / 1024))"
  [[ "$name" == spark* ]] && printf ' (python driver; Spark JVM peak_rss_mb=%d)' "$((jvm / 1024))"
  printf '\n'
}
processes() { # the newskit processes of the last run: count, max seconds, max peak RSS, by kind
  awk '{kind=$1; if ($1=="merge-step") kind=$1" "$2; n[kind]++; s=$(NF-1); r=$NF;
        if (s>S[kind]) S[kind]=s; if (r>R[kind]) R[kind]=r}
       END {for (k in n) printf "    %-20s processes=%d max_seconds=%.2f max_peak_rss_mb=%d\n", k, n[k], S[k], R[k]/1024}' "$W/processes" | sort
}
for corpus in $CORPORA; do
  input="$IN/$corpus.jsonl"
  echo "== $corpus: $(wc -l <"$input") articles, $(du -m "$input" | cut -f1) MB"
  rm -rf "$W/export"
  timed "newskit export" "$NK" export "$input" --format csv --format geojson --output "$W/export" --quiet
  for cores in $CORES; do
    for partitions in $PARTITIONS; do
      rm -rf "$W/spark" "$W/processes"
      timed "spark local[$cores] p=$partitions" python3 "$DRIVER" "$input" --format csv --format geojson \
        --output "$W/spark" --master "local[$cores]" --partitions "$partitions" --newskit "$W/newskit"
      processes
      if diff -r "$W/export" "$W/spark" >/dev/null; then echo "    same bytes as export: yes"; else echo "    same bytes as export: NO"; fi
    done
  done
  echo "    distinct entities: $(($(wc -l <"$W/export/tables/entities.csv") - 1)), mentions: $(($(wc -l <"$W/export/tables/mentions.csv") - 1))"
done
# Model and gazetteer load: one short article through `newskit extract` (what each partition pays).
echo '{"text":"Talks in Paris."}' >"$W/one.jsonl"
timed "extract, one article" "$NK" extract "$W/one.jsonl" --output "$W/one.partial.jsonl" --quiet
