"""Place resolution (stage 5): place names in a parsed article -> geocoded ``PlaceMention``s.

``resolve_places`` works in four steps:

1. candidates  spaCy GPE/LOC/FAC entities and gazetteer landmark phrases
               (the longer span wins where they overlap); a leading "the"
               and a trailing possessive are trimmed off
2. filter      nationality words ("Russian") and metonymic uses of a place
               for its government ("Pyongyang said", see ``communique.metonymy``)
               are dropped
3. context     each mention's best reading without context gives the
               countries and first-level divisions the article is about
4. choose      each mention takes the reading with the highest score: a prior
               by kind and population, plus the context of the *other*
               mentions and the countries passed in by the actor stage, plus
               an explicit container ("Paris, Texas")
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .gazetteer import Entry, Gazetteer, Place
from .metonymy import is_metonymic
from .model import Location, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Entity labels that name places. NORP ("Russian") never does.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Small spaCy models often label a well-known place ORG ("Texas", "U.S.") or
# PERSON ("in Gainesville"). Such an entity is read as a place when its whole
# text is a country's or division's name, or a city's name of at least this
# many people, or when it is the object of one of these prepositions.
MISLABELLED_LABELS = frozenset({"ORG", "PERSON", "NORP"})
MISLABELLED_MIN_POPULATION = 100_000
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})

# Scores, tuned by hand on the LGL and TR-News geoparsing gold sets (see
# ``communique eval geo``): a country outranks a first-level division of the
# same name, which outranks all but the largest capitals; context from the
# rest of the article must be able to overturn that ("Georgia" with "Atlanta").
PRIOR_COUNTRY = 10.0
PRIOR_ADMIN1 = 8.0
PRIOR_LANDMARK = 9.0
CAPITAL_BONUS = 2.5  # PPLC: "Washington" is the city before the state
ALTERNATE_NAME_PENALTY = 1.5  # matched an alternate name, not the place's own
CONTEXT_COUNTRY_BONUS = 2.5  # the place lies in a country the article is about
CONTEXT_REGION_BONUS = 3.0  # ... in a division another mention names or lies in
DOMINANT_COUNTRY_BONUS = 1.5  # ... and most of the other mentions lie there too
DOMINANT_MIN_MENTIONS = 3
CONTAINER_BONUS = 6.0  # "Paris, Texas": the next name contains this one
CONTAINER_MISMATCH = -3.0


@dataclass(frozen=True)
class PlaceCandidate:
    """A span that may name a place, before disambiguation."""

    span: tuple[int, int]
    text: str
    entries: tuple[Entry, ...]
    source: str  # "entity" or "landmark"
    skipped: str | None = None  # "metonymy" or "demonym" when dropped
    container: tuple[Entry, ...] = ()


def resolve_places(
    doc: Doc, gazetteer: Gazetteer, *, context_countries: Sequence[str] = ()
) -> tuple[PlaceMention, ...]:
    """Geocoded place mentions of a parsed article, in text order."""
    # Metonymic mentions are not places, but "Pyongyang said" still tells
    # which country the article is about, so they count as context.
    candidates = [c for c in find_place_candidates(doc, gazetteer)
                  if c.entries and c.skipped != "demonym"]
    chosen = choose_places(candidates, context_countries=context_countries)
    return tuple(
        PlaceMention(text=c.text, span=c.span, location=to_location(c.text, place))
        for c, place in zip(candidates, chosen)
        if c.skipped is None
    )


def find_place_candidates(doc: Doc, gazetteer: Gazetteer) -> list[PlaceCandidate]:
    """Every place-like span of ``doc``, kept or skipped with the reason."""
    from spacy.util import filter_spans

    spans: list[Span] = [e for e in doc.ents
                         if e.label_ in PLACE_LABELS or _mislabelled_place(e, gazetteer)]
    landmark_spans = [doc[s:e] for _, s, e in gazetteer.landmark_matcher(doc.vocab)(doc)]
    landmark_starts = {(s.start, s.end) for s in landmark_spans}
    spans = filter_spans([*spans, *landmark_spans])

    out: list[PlaceCandidate] = []
    for span in spans:
        span = _trim(span)
        if span is None:
            continue
        source = "landmark" if (span.start, span.end) in landmark_starts else "entity"
        text = span.text
        skipped = None
        if gazetteer.is_demonym(text):
            skipped = "demonym"
        elif is_metonymic(span):
            skipped = "metonymy"
        out.append(PlaceCandidate(
            span=(span.start_char, span.end_char), text=text,
            entries=gazetteer.lookup(text), source=source, skipped=skipped,
            container=_container(span, gazetteer),
        ))
    return out


def choose_places(
    candidates: Sequence[PlaceCandidate], *, context_countries: Sequence[str] = ()
) -> list[Place]:
    """The best reading of each candidate, given the others as context."""
    # First reading, without context: what the article seems to be about.
    first = [_best(c, Counter(), Counter(), context_countries) for c in candidates]
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    for place in first:
        _count(place, countries, regions, +1)
    chosen = []
    for candidate, place in zip(candidates, first):
        _count(place, countries, regions, -1)  # a mention is no context for itself
        chosen.append(_best(candidate, countries, regions, context_countries))
        _count(place, countries, regions, +1)
    return chosen


def score(
    entry: Entry,
    countries: Counter[str],
    regions: Counter[tuple[str, str]],
    context_countries: Sequence[str] = (),
    container: tuple[Entry, ...] = (),
) -> float:
    """How likely ``entry`` is the place meant, given the article's context."""
    place = entry.place
    if place.kind == "country":
        value = PRIOR_COUNTRY
    elif place.kind == "admin1":
        value = PRIOR_ADMIN1
    elif place.kind == "landmark":
        value = PRIOR_LANDMARK
    else:
        value = math.log10(place.population + 10)
        if place.feature == "PPLC":
            value += CAPITAL_BONUS
    if not entry.primary:
        value -= ALTERNATE_NAME_PENALTY
    if place.country and (countries[place.country] or place.country in context_countries):
        value += CONTEXT_COUNTRY_BONUS
    if place.kind == "city" and place.country and _dominant(countries) == place.country:
        value += DOMINANT_COUNTRY_BONUS
    if place.region and regions[place.region] and place.kind != "country":
        value += CONTEXT_REGION_BONUS
    if container:
        value += CONTAINER_BONUS if any(_contains(c.place, place) for c in container) \
            else CONTAINER_MISMATCH
    return value


def to_location(text: str, place: Place) -> Location:
    return Location(
        extracted_place=text, resolved_place=place.name, geonameid=place.geonameid,
        lat=place.lat, lon=place.lon, country_code=place.country,
        feature_code=place.feature, resolution=place.resolution,
    )


# -- helpers ----------------------------------------------------------------


def _best(candidate: PlaceCandidate, countries: Counter[str],
          regions: Counter[tuple[str, str]], context_countries: Sequence[str]) -> Place:
    entries = candidate.entries
    if candidate.source == "landmark":
        landmarks = [e for e in entries if e.place.kind == "landmark"]
        entries = tuple(landmarks) or entries
    best = max(entries, key=lambda e: (score(e, countries, regions, context_countries,
                                             candidate.container), e.place.population))
    return best.place


def _dominant(countries: Counter[str]) -> str | None:
    """The country most other mentions lie in, when it holds at least half of them."""
    total = sum(countries.values())
    if total < DOMINANT_MIN_MENTIONS:
        return None
    country, n = countries.most_common(1)[0]
    return country if 2 * n >= total else None


def _count(place: Place, countries: Counter[str], regions: Counter[tuple[str, str]],
           step: int) -> None:
    if place.country:
        countries[place.country] += step
    if place.region:
        regions[place.region] += step


def _contains(outer: Place, inner: Place) -> bool:
    if outer.kind == "country":
        return outer.country == inner.country and inner.kind != "country"
    if outer.kind == "admin1":
        return inner.region == outer.region and inner.kind == "city"
    return False


def _trim(span: Span) -> Span | None:
    """Drop a leading determiner and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s")
                           or (doc[end - 1].is_punct and doc[end - 1].text != ".")):
        end -= 1
    return doc[start:end] if end > start else None


def _container(span: Span, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """Countries or divisions named right after a comma: "Paris, Texas"."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return ()
    following = [e for e in doc.ents if e.start == span.end + 1 and e.label_ in PLACE_LABELS]
    text = following[0].text if following else doc[span.end + 1].text
    entries = gazetteer.lookup(text)
    return tuple(e for e in entries if e.place.kind in ("country", "admin1"))


def _mislabelled_place(span: Span, gazetteer: Gazetteer) -> bool:
    """An ORG/PERSON/NORP entity that is really a place name (see MISLABELLED_LABELS)."""
    if span.label_ not in MISLABELLED_LABELS or gazetteer.is_demonym(span.text):
        return False
    entries = [e for e in gazetteer.lookup(span.text) if e.primary]
    if not entries:
        return False
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS:
        return True
    if span.label_ == "PERSON":
        return False
    return any(e.place.kind in ("country", "admin1")
               or e.place.population >= MISLABELLED_MIN_POPULATION for e in entries)
