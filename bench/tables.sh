#!/usr/bin/env bash
# Benchmark (not a test): CSV tables and the GeoJSON layer on the 10x Reuters corpus, next to
# ogr2ogr writing the same points. Results go in docs/benchmarks.md ("CSV tables and the GeoJSON layer") by hand.
#
#   swift build -c release && bench/tables.sh OUTDIR          # from the project root
#
# Inputs (made in OUTDIR, never committed: the corpus is research-licensed):
#   reuters.jsonl       from ../shared/bench/prepare.py --no-points (19,043 stories, 19 MB)
#   reuters-10x.jsonl   reuters.jsonl 10 times; copy k>0 gets ids "rKK-<id>" (190,430 stories)
#   points.json         newskit corpus JSON: 3,779 short synthetic documents and 37,790 CITY
#                       entities with coordinates, one mention each (synthetic, no corpus text)
#   points.csv          the same 37,790 points as doc_id,name,geonameid,lat,lon (ogr2ogr's input,
#                       shaped like ../shared/bench's bbc-10x-points.csv)
# Jobs (RUNS runs each, default 3; median wall seconds, peak RSS from /usr/bin/time -f %M):
#   csv-1x / csv-10x      newskit export --no-entities --format csv  (extraction is not merged yet)
#   geojson-10x           newskit export --no-entities --format geojson on reuters-10x (empty layer:
#                         the cost of reading; there are no entities without extraction)
#   geojson-points        newskit export --no-entities --format geojson points.json  (37,790 features)
#   ogr2ogr-points        ogr2ogr -f GeoJSON -lco RFC7946=YES points.csv        (37,790 features)
# Env: NEWSKIT (default .build/release/newskit), RUNS, SHARED (default ../shared).
set -euo pipefail
OUT="${1:?usage: bench/tables.sh OUTDIR}"
NK="${NEWSKIT:-.build/release/newskit}"
SHARED="${SHARED:-../shared}"
RUNS="${RUNS:-3}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
NK="$(cd "$(dirname "$NK")" && pwd)/$(basename "$NK")"
[ -x "$NK" ] || { echo "no newskit binary at $NK (swift build -c release)" >&2; exit 1; }
command -v ogr2ogr >/dev/null || { echo "ogr2ogr missing: apt-get install -y gdal-bin" >&2; exit 1; }
IN="$OUT/inputs"
mkdir -p "$IN"

if [ ! -s "$IN/reuters.jsonl" ]; then
  python3 "$SHARED/bench/prepare.py" "$SHARED/corpus" "$IN" --no-points >&2
fi
python3 - "$IN" <<'PY'
import json, os, random, sys
inp = sys.argv[1]
ten = os.path.join(inp, "reuters-10x.jsonl")
if not os.path.exists(ten):
    lines = open(os.path.join(inp, "reuters.jsonl"), encoding="utf-8").read().splitlines()
    with open(ten, "w", encoding="utf-8", newline="\n") as f:
        for k in range(10):
            for line in lines:
                d = json.loads(line)
                if k:
                    d["id"] = f"r{k:02d}-{d['id']}"
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
rng = random.Random(7)
docs, ents, ments, rows = [], [], [], ["doc_id,name,geonameid,lat,lon"]
for i in range(37790):
    doc = f"doc-{i % 3779:05d}"
    lat, lon = round(rng.uniform(-60, 75), 5), round(rng.uniform(-180, 180), 5)
    name = f"Place {i:05d}"
    ents.append({"id": f"geonames:{1000000 + i}", "type": "CITY", "name": name, "aliases": [],
                 "geonameid": 1000000 + i, "latitude": lat, "longitude": lon,
                 "country_code": "XX", "admin1": "01", "population": 1000 + i})
    ments.append({"document_id": doc, "entity_id": f"geonames:{1000000 + i}", "text": name,
                  "start": 0, "end": len(name), "sentence": 0})
    rows.append(f"{doc},{name},{1000000 + i},{lat},{lon}")
for j in range(3779):
    docs.append({"id": f"doc-{j:05d}", "title": f"Story {j}", "date": "2022-03-01",
                 "text": "A synthetic story about places.", "metadata": {}})
ents.sort(key=lambda e: e["id"])
json.dump({"format": "newskit-corpus", "version": 1, "documents": docs, "entities": ents, "mentions": ments},
          open(os.path.join(inp, "points.json"), "w", encoding="utf-8"))
open(os.path.join(inp, "points.csv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY

# job NAME INPUT COMMAND: RUNS runs of the bash COMMAND ($W is an empty scratch folder);
# prints the median seconds, MB/s of INPUT and the peak RSS over the runs.
job() {
  local name="$1" input="$2" cmd="$3" times=() rss=0 w="$OUT/work/$1"
  for _ in $(seq "$RUNS"); do
    rm -rf "$w" && mkdir -p "$w"
    W="$w" /usr/bin/time -f '%e %M' -o "$w.time" bash -c "$cmd"
    read -r secs kib <"$w.time"
    times+=("$secs")
    [ "$kib" -gt "$rss" ] && rss="$kib"
  done
  local bytes median
  bytes=$(stat -c %s "$input")
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v n="$name" -v b="$bytes" -v s="$median" -v r="$rss" \
    'BEGIN { printf "job=%s bytes=%d seconds=%.3f mb_per_s=%.2f max_rss_mb=%.1f\n", n, b, s, b/1e6/s, r*1024/1e6 }' |
    tee -a "$OUT/results.txt"
}
export NK IN
export SOURCE_DATE_EPOCH=0
: >"$OUT/results.txt"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
job csv-1x "$IN/reuters.jsonl" '"$NK" export --quiet --no-entities --format csv --output "$W/tables" "$IN/reuters.jsonl"'
job csv-10x "$IN/reuters-10x.jsonl" '"$NK" export --quiet --no-entities --format csv --output "$W/tables" "$IN/reuters-10x.jsonl"'
job geojson-10x "$IN/reuters-10x.jsonl" '"$NK" export --quiet --no-entities --format geojson --output "$W/places.geojson" "$IN/reuters-10x.jsonl"'
job geojson-points "$IN/points.json" '"$NK" export --quiet --no-entities --format geojson --output "$W/places.geojson" "$IN/points.json"'
job ogr2ogr-points "$IN/points.csv" 'ogr2ogr -f GeoJSON -lco RFC7946=YES -a_srs EPSG:4326 -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO "$W/points.geojson" "$IN/points.csv"'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
