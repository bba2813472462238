"""Reads newskit's Natural Earth country outline, Sources/Exporters/Resources/world-110m.txt
(written by tools/build_world_outline.py): `C CODE<tab>name` lines, then one ring a line as
space-separated `lon,lat` pairs. Shared by tools/build_gazetteer.py and bench/geo-classes.py."""
import collections


def read_rings(path):
    """Country code -> its rings in file order, each a list of (lon, lat)."""
    rings, code = collections.defaultdict(list), None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("C "):
                code = line[2:].split("\t")[0]
                continue
            rings[code].append([tuple(map(float, pair.split(","))) for pair in line.split(" ")])
    return rings
