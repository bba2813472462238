#!/usr/bin/env python3
"""Converts newskit corpus JSON (`newskit export DIR --format json`) into the JSON that
/work/shared/eval/score.py reads: one predicted entity per (document, entity), named by the
entity's canonical name, with the surface forms of its mentions in that document as aliases.

Usage
  newskit export samples --format json --output corpus.json
  python3 tools/score_json.py corpus.json > predictions.json
  python3 ../shared/eval/score.py predictions.json
"""
import json
import sys


def convert(corpus):
    entities = {e["id"]: e for e in corpus.get("entities", [])}
    documents = {d["id"]: {} for d in corpus.get("documents", [])}
    for mention in corpus.get("mentions", []):
        entity = entities.get(mention["entity_id"])
        if entity is None:
            continue
        per_doc = documents.setdefault(mention["document_id"], {})
        prediction = per_doc.get(entity["id"])
        if prediction is None:
            prediction = {"type": entity["type"], "name": entity["name"], "aliases": []}
            if entity.get("geonameid") is not None:
                prediction["geonameid"] = entity["geonameid"]
            per_doc[entity["id"]] = prediction
        if mention["text"] != entity["name"] and mention["text"] not in prediction["aliases"]:
            prediction["aliases"].append(mention["text"])
    return {"documents": {doc: [per_doc[key] for key in sorted(per_doc)] for doc, per_doc in documents.items()}}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as handle:
        corpus = json.load(handle)
    json.dump(convert(corpus), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
