#!/usr/bin/env python3
"""acc@161 by feature class and the commonest errors, for bench/geo-eval.sh.

Matches gold toponyms to newskit's mentions exactly as `ner_eval.py geo` does (same text in the
same document, mentions taken in order), then groups the found ones by the feature class of the
entity they resolved to: city, country, admin (admin1, admin2), other (continents, seas, regions,
places without a record). Prints the class table, the commonest errors (gold text, newskit's
place, distance), and the share right when a country counts as right whenever the gold point lies
inside the resolved country's outline (newskit's Natural Earth outline): what the country points'
convention costs, apart from resolution.
"""
import argparse
import collections
import gzip
import importlib.util
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from world_outline import read_rings  # noqa: E402  (newskit's own reader, tools/world_outline.py)


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("ner_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def inside(rings, lat, lon):
    for ring in rings:
        crossing = False
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
                crossing = not crossing
        if crossing:
            return True
    return False


CLASSES = {"city": "city", "country": "country", "admin1": "admin", "admin2": "admin"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("tables")
    parser.add_argument("--scorer", required=True, help="path of ner_eval.py")
    parser.add_argument("--outline", required=True, help="newskit's world-110m.txt")
    parser.add_argument("--errors", type=int, default=10)
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    opener = gzip.open if args.gold.endswith(".gz") else open
    gold = [json.loads(line) for line in opener(args.gold, "rt", encoding="utf-8")]
    pred = scorer.load_pred(args.tables)
    world = read_rings(args.outline)
    found, right, by_outline = collections.Counter(), collections.Counter(), 0
    errors = collections.Counter()
    for document in gold:
        pool = collections.defaultdict(list)
        for kind, text, entity in pred.get(scorer.doc_key(document["id"]), []):
            if kind in ("CITY", "COUNTRY", "LOCATION"):
                pool[scorer.norm(text)].append(entity)
        for toponym in document["toponyms"]:
            if toponym.get("lat") is None or not pool.get(scorer.norm(toponym["text"])):
                continue
            entity = pool[scorer.norm(toponym["text"])].pop(0)
            feature = entity.get("feature_class") or "none"
            group = CLASSES.get(feature, "other")
            found[group] += 1
            try:
                km = scorer.km(float(toponym["lat"]), float(toponym["lon"]), float(entity["latitude"]), float(entity["longitude"]))
            except (KeyError, ValueError, TypeError):
                km = None
            ok = km is not None and km <= 161
            right[group] += ok
            if ok or (feature == "country" and inside(world.get(entity.get("country_code"), []), float(toponym["lat"]), float(toponym["lon"]))):
                by_outline += 1
            if not ok:
                errors[(toponym["text"], entity.get("name") or "", feature, entity.get("country_code") or "",
                        "no point" if km is None else f"{km:.0f} km")] += 1
    total = sum(found.values())
    print("| feature class (as resolved) | found | acc@161 |")
    print("| --- | ---: | ---: |")
    for group in ("city", "country", "admin", "other"):
        print(f"| {group} | {found[group]} | {right[group] / max(1, found[group]):.3f} |")
    print(f"| all | {total} | {sum(right.values()) / max(1, total):.3f} |")
    print(f"\nacc@161 over found with countries judged by outline: {by_outline / max(1, total):.3f}")
    print(f"\n{args.errors} commonest errors (count, gold text -> newskit's place, class, country, distance):")
    for (text, name, feature, country, km), count in errors.most_common(args.errors):
        print(f"{count:4d}  {text} -> {name} ({feature}, {country or '-'}), {km}")


if __name__ == "__main__":
    main()
