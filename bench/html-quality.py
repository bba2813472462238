#!/usr/bin/env python3
"""Article-text quality of newskit's HTML reader against trafilatura and readability-lxml.

For each page in Tests/CoreTests/Fixtures/html/ (invented articles with the markup of news
sites), the extracted text of each tool is compared with the hand-written reference in
Tests/CoreTests/Fixtures/html-reference/NAME.txt, as bags of lower-cased word tokens (runs of
letters and digits): precision = shared tokens / extracted tokens, recall = shared tokens /
reference tokens, F1 their harmonic mean. The title is not part of any text compared.

Tools get the page's raw bytes (finding the encoding is part of the job). trafilatura runs with
include_comments=False (its default keeps reader comments, which are not article text);
readability-lxml's summary HTML is flattened to text with lxml.

  pip install trafilatura readability-lxml
  swift build && python3 bench/html-quality.py [--newskit .build/debug/newskit] [--markdown]
  python3 bench/html-quality.py --pages bench/html-heldout/pages --references bench/html-heldout/reference

bench/html-heldout/ holds pages written after the extractor, and not used to tune it: the
fairer of the two measures (the test fixtures were written while building it).
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "Tests/CoreTests/Fixtures/html")
REFERENCES = os.path.join(ROOT, "Tests/CoreTests/Fixtures/html-reference")


def tokens(text):
    return Counter(t for t in re.split(r"[^\w]+|_", text.lower()) if t)


def score(extracted, reference):
    got, want = tokens(extracted), tokens(reference)
    shared = sum((got & want).values())
    precision = shared / max(1, sum(got.values()))
    recall = shared / max(1, sum(want.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def newskit_texts(binary, pages):
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "pages.json")
        subprocess.run([binary, "export", pages, "--format", "json", "-o", out, "--no-entities", "-q"], check=True)
        with open(out, encoding="utf-8") as f:
            return {d["id"]: d["text"] for d in json.load(f)["documents"]}


def trafilatura_text(data):
    import trafilatura
    return trafilatura.extract(data, include_comments=False, include_tables=True) or ""


def readability_text(data):
    import lxml.html
    from readability import Document
    summary = Document(data).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for block in tree.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote", "div", "br"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--newskit", default=os.path.join(ROOT, ".build/debug/newskit"))
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--pages", default=PAGES, help="folder of pages")
    parser.add_argument("--references", default=REFERENCES, help="folder of NAME.txt reference texts")
    args = parser.parse_args()
    ours = newskit_texts(args.newskit, args.pages)
    tools = {"newskit": None, "trafilatura": trafilatura_text, "readability-lxml": readability_text}
    rows, totals = [], {name: [0.0, 0.0, 0.0] for name in tools}
    names = sorted(n for n in os.listdir(args.pages) if not n.startswith("."))
    for name in names:
        stem = os.path.splitext(name)[0]
        with open(os.path.join(args.pages, name), "rb") as f:
            data = f.read()
        with open(os.path.join(args.references, stem + ".txt"), encoding="utf-8") as f:
            reference = f.read()
        row = [stem]
        for tool, extract in tools.items():
            text = ours.get(stem, "") if extract is None else extract(data)
            p, r, f1 = score(text, reference)
            for i, v in enumerate((p, r, f1)):
                totals[tool][i] += v
            row.append((p, r, f1))
        rows.append(row)
    header = ["page"] + [f"{t} P / R / F1" for t in tools]
    fmt = lambda c: f"{c[0]:.2f} / {c[1]:.2f} / {c[2]:.2f}"
    mean = ["**mean**" if args.markdown else "mean"] + [fmt([v / len(rows) for v in totals[t]]) for t in tools]
    lines = [[row[0]] + [fmt(c) for c in row[1:]] for row in rows] + [mean]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] * len(header)) + "|")
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(x[i]) for x in [header] + lines) for i in range(len(header))]
        for line in [header] + lines:
            print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)))


if __name__ == "__main__":
    sys.exit(main())
