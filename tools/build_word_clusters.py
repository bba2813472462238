#!/usr/bin/env python3
"""Learns hierarchical word clusters from unlabelled news, for the tagger's cluster features.

Ratinov and Roth (2009) give a linear NER tagger the Brown-cluster path of each word, so that
words seen in similar contexts (`Leicestershire`, `Somerset`; `Maxar`, `Planet`) share features
even when one never occurs in the labelled data. This script makes the same kind of resource
with a faster recipe that runs in a minute on one core: each word (case kept) is described by
its left and right neighbours (positive PMI over the most frequent context words), projected to
a few dimensions with a truncated SVD, and split recursively in two by 2-means. A word's
cluster is its path of 0/1 decisions from the root, like a Brown-cluster bit string, so its
prefixes are clusters at coarser levels.

Usage (deterministic: the same inputs give the same output bytes):
  python3 tools/build_word_clusters.py ../shared/corpus/reuters21578.jsonl.gz \\
      ../shared/corpus/bbc-news-2225.jsonl.gz ../shared/ner/conll2003-train.jsonl.gz \\
      > tools/word-clusters.tsv

Then retrain the tagger with `--clusters tools/word-clusters.tsv` (docs/tagger.md): the model
file carries the table.

Needs numpy and scipy (`pip install numpy scipy`), only to rebuild the table.
Input: JSONL files (plain or .gz) with `title` and/or `text`. Output: `path<TAB>word` lines,
sorted by word. Only the derived clusters are kept: no sentence of the input survives.
"""
import collections
import gzip
import json
import re
import sys

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.linalg import svds

MIN_COUNT = 4
CONTEXTS = 2500
DIMENSIONS = 64
MAX_DEPTH = 14
MIN_LEAF = 6

TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.'&][A-Za-z0-9]+)*\.?|[^\sA-Za-z0-9]")


def tokens(text):
    """Roughly newskit's tokenizer: words with inner dots/apostrophes, `'s` apart, marks alone."""
    for line in text.split("\n"):
        words = []
        for word in TOKEN.findall(line):
            if word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", word):
                word = word[:-1]
            if len(word) > 2 and word[-2:] in ("'s", "'S"):
                words += [word[:-2], word[-2:]]
            else:
                words.append(word)
        if words:
            yield words


def read(paths):
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                for field in ("title", "text"):
                    if doc.get(field):
                        yield from tokens(doc[field])


def context_matrix(sentences, vocab, contexts):
    rows, cols = [], []
    for words in sentences:
        padded = ["<s>"] + words + ["</s>"]
        for i in range(1, len(padded) - 1):
            w = vocab.get(padded[i])
            if w is None:
                continue
            for side, neighbour in ((0, padded[i - 1]), (1, padded[i + 1])):
                c = contexts.get(neighbour.lower())
                if c is not None:
                    rows.append(w)
                    cols.append(side * len(contexts) + c)
    data = np.ones(len(rows), dtype=np.float64)
    m = csr_matrix((data, (rows, cols)), shape=(len(vocab), 2 * len(contexts)))
    m.sum_duplicates()
    return m


def ppmi(m):
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    values = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = values > 0
    return csr_matrix((values[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def two_means(x):
    """Deterministic 2-means: seeds are the point farthest from the mean and the one farthest from it."""
    centre = x.mean(axis=0)
    a = x[np.argmax(((x - centre) ** 2).sum(axis=1))]
    b = x[np.argmax(((x - a) ** 2).sum(axis=1))]
    for _ in range(12):
        left = ((x - a) ** 2).sum(axis=1) <= ((x - b) ** 2).sum(axis=1)
        if left.all() or not left.any():
            break
        a, b = x[left].mean(axis=0), x[~left].mean(axis=0)
    return left


def paths(x, words):
    result = {}
    stack = [(np.arange(len(words)), "")]
    while stack:
        members, path = stack.pop()
        if len(members) < MIN_LEAF or len(path) >= MAX_DEPTH:
            for m in members:
                result[words[m]] = path or "0"
            continue
        left = two_means(x[members])
        if left.all() or not left.any():
            for m in members:
                result[words[m]] = path or "0"
            continue
        stack.append((members[~left], path + "1"))
        stack.append((members[left], path + "0"))
    return result


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    sentences = list(read(argv[1:]))
    counts = collections.Counter(w for s in sentences for w in s)
    lower = collections.Counter()
    for w, c in counts.items():
        lower[w.lower()] += c
    words = sorted(w for w, c in counts.items() if c >= MIN_COUNT)
    vocab = {w: i for i, w in enumerate(words)}
    top = sorted(lower.items(), key=lambda item: (-item[1], item[0]))[:CONTEXTS]
    contexts = {w: i for i, w in enumerate(sorted(w for w, _ in top))}
    contexts.setdefault("<s>", len(contexts))
    contexts.setdefault("</s>", len(contexts))
    m = ppmi(context_matrix(sentences, vocab, contexts))
    u, s, _ = svds(m, k=DIMENSIONS, v0=np.ones(min(m.shape)) / np.sqrt(min(m.shape)))
    x = u * np.sqrt(s)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    # svds returns components in no guaranteed sign: fix each one's sign for stable output.
    x *= np.sign(x.sum(axis=0) + 1e-12)
    x = np.round(x, 6)
    result = paths(x, words)
    out = sys.stdout
    for w in words:
        out.write(f"{result[w]}\t{w}\n")


if __name__ == "__main__":
    main(sys.argv)
