#!/usr/bin/env python3
"""Writes one JSONL line holding a news-like article of SIZE MiB (bench/memory.sh).

The text is the BBC corpus's articles (title, blank line, text) concatenated, over and over,
until it has SIZE MiB of UTF-8; the line stays under newskit's 64 MiB line limit by the JSON
around it. Made at bench time from ../shared/corpus, never committed (research licence).

    bench/huge-document.py CORPUS.jsonl.gz SIZE_MIB OUT.jsonl
"""
import gzip
import json
import sys


def main():
    corpus, size_mib, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    articles = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(f"{record.get('title', '')}\n\n{record['text']}\n\n")
    # The JSON escaping (\n, quotes) adds a few percent: leave room for it under 64 MiB.
    target = int(size_mib * 1024 * 1024 * 0.97)
    parts, size = [], 0
    while size < target:
        for article in articles:
            encoded = len(article.encode("utf-8"))
            if size + encoded > target:
                break
            parts.append(article)
            size += encoded
        else:
            continue
        break
    text = "".join(parts).rstrip("\n") + "\n"
    record = {"id": f"huge-{size_mib:g}mib", "title": "A very long document", "source": "bench", "text": text}
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
