#!/usr/bin/env python3
"""Runs trafilatura over a folder of saved pages, for bench/html-eval.sh (a benchmark, not a test).

Writes JSON Lines {"id": file stem, "text", "title"} (the format ../shared/eval/html/score.py
reads) and prints one line: `pages seconds cpu_seconds`. The time covers reading each file and
trafilatura's `bare_extraction` (include_comments=False), as newskit's timing covers reading and
extracting. Single process, as trafilatura runs by default.

  python3 bench/html-trafilatura.py PAGES_DIR OUT.jsonl
"""
import json, os, sys, time

import trafilatura


def main():
    pages, out = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(pages) if n.endswith((".html", ".htm")))
    wall, cpu = time.perf_counter(), time.process_time()
    rows = []
    for name in names:
        with open(os.path.join(pages, name), "rb") as f:
            data = f.read()
        doc = trafilatura.bare_extraction(data, include_comments=False, with_metadata=True)
        text = title = ""
        if doc is not None:
            doc = doc if isinstance(doc, dict) else doc.as_dict()
            text, title = doc.get("text") or "", doc.get("title") or ""
        rows.append({"id": os.path.splitext(name)[0], "text": text, "title": title})
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(names), f"{wall:.2f}", f"{cpu:.2f}")


if __name__ == "__main__":
    main()
