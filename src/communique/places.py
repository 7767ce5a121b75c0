"""Place resolution (stage 5): place names in a parsed article -> geocoded ``PlaceMention``s.

``resolve_places`` works in four steps:

1. candidates  spaCy GPE/LOC/FAC entities, gazetteer landmark phrases,
               upper-case datelines ("BEIRUT, Lebanon --") and divisions or
               towns inside organisation names ("Kentucky State Police")
               (the longer span wins where they overlap); a leading "the"
               and a trailing possessive are trimmed off; an ORG/PERSON
               entity counts when its name is a place elsewhere in the text
2. filter      nationality words ("Russian") and metonymic uses of a place
               for its government ("Pyongyang said", see ``communique.metonymy``)
               are dropped
3. context     each distinct name votes for the countries and first-level
               divisions of its readings, weighted by their prior odds
4. choose      each mention takes the reading with the highest score: a prior
               by kind and population, plus the votes of the *other* names
               and the countries passed in by the actor stage, plus an
               explicit container ("Paris, Texas"); a second round votes
               with the chosen readings. Small towns need the article's
               support, and a town overturns a foreign national capital of
               its name only in a story local to the town's country.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from .errors import DataError
from .gazetteer import Entry, Gazetteer, Place, name_key
from .metonymy import is_metonymic
from .model import Location, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUCCESSIONS_FILE = "successions.json"

# "the town OF Samarra", "the southern city OF Nis": what follows is a place.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "capital", "district", "province",
                              "region", "county", "municipality", "enclave", "island", "suburb"})

# Entity labels that name places. NORP ("Russian") never does.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Small spaCy models often label a well-known place ORG ("Texas", "U.S."),
# PERSON ("in Gainesville") or PRODUCT ("targets in Kursk", after the
# submarine). Such an entity is read as a place when its whole
# text is a country's or division's name, or a city's name of at least this
# many people, or when it is the object of one of these prepositions.
MISLABELLED_LABELS = frozenset({"ORG", "PERSON", "NORP", "LANGUAGE", "PRODUCT"})
# Cities found without any entity tag must be this big (or a capital).
UNTAGGED_MIN_POPULATION = 1_000_000
MISLABELLED_MIN_POPULATION = 100_000
# Verbs whose object is a place one goes to: "visited Chennai".
VISITING_VERBS = frozenset({"visit", "tour", "reach"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                                "through"})

# Words that narrow a place without naming another one: "North Texas",
# "Sichuan province". A name made of one of them and a known place is
# located at that place.
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "far", "upstate", "downstate", "greater",
    "metro", "downtown", "rural",
})
DESIGNATOR_WORDS = frozenset({"province", "state", "region", "prefecture", "governorate",
                              "oblast", "district", "city", "county"})
# Datelines: an upper-case place opening a paragraph, then one of these.
DATELINE_PUNCT = frozenset({",", "-", "--", "\u2014", "\u2013", "(", ":"})
# A town named inside an organisation's name must be at least this big to be
# read as a place ("Dublin City Council"); divisions always are.
EMBEDDED_MIN_POPULATION = 15_000
# Last words of newspapers' names ("the Washington POST", "the Jerusalem
# POST", "the New York TIMES"): the place in them is where a paper is
# published, which says nothing of where what it reports happened.
MASTHEAD_WORDS = frozenset({
    "post", "times", "herald", "journal", "tribune", "gazette", "chronicle", "telegraph",
    "observer", "courier", "examiner", "globe", "inquirer", "sun", "star", "mail", "express",
    "independent", "dispatch", "bulletin", "register", "record", "standard", "mirror",
})
# Words that make a name an institution's, located by the place it names.
INSTITUTION_WORDS = frozenset({
    "university", "college", "school", "academy", "police", "sheriff", "department",
    "council", "county", "city", "state", "hospital", "court", "board", "district",
    "commission", "authority", "office", "fire", "library", "museum", "zoo", "airport",
    "port", "chamber", "bureau", "agency", "assembly", "legislature", "senate",
    "government", "administration", "ministry", "patrol", "guard", "center", "centre",
    "clinic", "prison", "jail", "church", "cathedral", "diocese", "schools",
    "society", "foundation", "association", "club", "league", "team",
})
# Town names that are also ordinary words in institutions' names.
GENERIC_NAME_WORDS = frozenset({
    "central", "metro", "federal", "national", "superior", "spring", "green", "union",
    "united", "general", "liberty", "independence", "international", "grand", "royal",
    "first", "community", "public", "north", "south", "east", "west", "new", "university",
    "christian", "memorial", "regional", "valley", "lake", "mission", "unity", "victory",
})

# Scores, tuned by hand on the LGL and TR-News geoparsing gold sets (see
# ``communique eval geo``): a country outranks a first-level division of the
# same name, which outranks all but the largest capitals; context from the
# rest of the article must be able to overturn that ("Georgia" with "Atlanta").
PRIOR_COUNTRY = 10.0
PRIOR_ADMIN1 = 8.0
PRIOR_LANDMARK = 9.0
PRIOR_ADMIN2 = 5.0  # "Henry County": many states have one; context picks it
CAPITAL_BONUS = 2.5  # PPLC: "Washington" is the city before the state
ALTERNATE_NAME_PENALTY = 1.5  # matched an alternate name, not the place's own
CONTEXT_COUNTRY_BONUS = 2.5  # the place lies in a country the article is about
CONTEXT_REGION_BONUS = 3.0  # ... in a division another mention names or lies in
DOMINANT_COUNTRY_BONUS = 1.5  # ... and most of the other mentions lie there too
DOMINANT_MIN_MENTIONS = 3  # other distinct names needed to call a country dominant
DOMINANT_REGION_BONUS = 1.5  # local news: most other names lie in one division
CONTEXT_ROUNDS = 2
# Towns below this size need the article's support (see ``_supported``).
SMALL_TOWN_POPULATION = 15_000
SMALL_TOWN_MIN_SUPPORT = 0.5  # votes for the town's division from the other names
# A city this big, and this many times bigger than the namesake the context
# favours, is meant unless the story is local to the namesake's country.
MAJOR_CITY_POPULATION = 150_000
MAJOR_CITY_RATIO = 8
CONTAINER_BONUS = 6.0  # "Paris, Texas": the next name contains this one
CONTAINER_MISMATCH = -3.0


@dataclass(frozen=True)
class PlaceCandidate:
    """A span that may name a place, before disambiguation."""

    span: tuple[int, int]
    text: str
    entries: tuple[Entry, ...]
    source: str  # "entity", "landmark", "dateline", "organization" (inside an ORG name) or "capital"
    skipped: str | None = None  # "metonymy" or "demonym" when dropped
    container: tuple[Entry, ...] = ()


def resolve_places(
    doc: Doc, gazetteer: Gazetteer, *, context_countries: Sequence[str] = (),
    day: dt.date | None = None,
) -> tuple[PlaceMention, ...]:
    """Geocoded place mentions of a parsed article, in text order; on
    ``day`` (the article's date), a place in a state that did not yet
    exist lies in the state it later left (``successions.json``)."""
    # Metonymic mentions are not places, but "Pyongyang said" still tells
    # which country the article is about, so they count as context.
    candidates = [c for c in find_place_candidates(doc, gazetteer)
                  if c.entries and c.skipped != "demonym"]
    taken = [c.span for c in candidates]
    candidates += [c for c in _home_capitals(doc, gazetteer, context_countries) if not _overlaps(c.span, taken)]
    candidates.sort(key=lambda c: c.span)
    chosen = choose_places(candidates, context_countries=context_countries)
    found = [PlaceMention(text=c.text, span=c.span, location=to_location(c.text, place))
             for c, place in zip(candidates, chosen)
             if c.skipped is None and place is not None]
    # a small town passed over for want of support gets it from "the town of"
    found += unlisted_towns(doc, gazetteer, found,
                            [c.span for c in candidates if c.skipped is not None],
                            context_countries=context_countries)
    found.sort(key=lambda m: m.span)
    return tuple(dataclasses.replace(m, location=country_on(m.location, day)) for m in found)


def unlisted_towns(doc: Doc, gazetteer: Gazetteer, places: Sequence[PlaceMention],
                   taken: Sequence[tuple[int, int]], *,
                   context_countries: Sequence[str] = ()) -> list[PlaceMention]:
    """Towns the gazetteer does not list, where the text says they are towns:
    "near the town of Banibangou in the Tillaberi region", "in Kyauk Ka Lay
    village in Sagaing", "near Bani-Bangou, a rural commune".

    Small places are where much of the violence news reports happens, and a
    gazetteer of towns of 15,000 people lists few of them. Such a town keeps
    its name, with no GeoNames id and no coordinates (where it is, we do not
    know), in the country of the place the sentence puts it in right after
    ("... in the western Tillaberi region"), or else of the article's only
    country (of its places and ``context_countries``); a name with neither
    is left out.
    """
    countries = {m.location.country_code for m in places if m.location.country_code}
    countries.update(context_countries)
    sole_country = next(iter(countries)) if len(countries) == 1 else None
    taken = [*taken, *(m.span for m in places)]
    out: list[PlaceMention] = []
    gpe = {(e.start, e.end) for e in doc.ents if e.label_ == "GPE"}
    for start, end, called_town in _settlement_names(doc):
        span = doc[start:end]
        bounds = (span.start_char, span.end_char)
        if _overlaps(bounds, taken) or is_demonym(gazetteer, span.text):
            continue
        container = _next_place(doc, end, places)
        if not called_town and (container is None or (start, end) not in gpe):
            continue  # "in Saravena, in Colombia's Arauca department" says where it is
        country = (container.location.country_code if container
                   else _demonym_country(doc, start) or sole_country)
        if country is None:
            continue
        listed = [e.place for e in gazetteer.lookup(span.text)
                  if e.place.kind == "city" and e.place.country == country]
        if listed:
            location = to_location(span.text, max(listed, key=lambda p: p.population))
        else:
            location = Location(extracted_place=span.text, country_code=country,
                                feature_code="PPL", resolution=TOWN_RESOLUTION)
        out.append(PlaceMention(text=span.text, span=bounds, location=location))
        taken.append(bounds)
    return out


# Nouns that say a name is a town's: "the town OF X", "X VILLAGE", "X, a rural COMMUNE"
# (and "X border crossing", a site reports tell apart as they do towns).
TOWN_NOUNS = frozenset({"town", "city", "village", "port", "suburb", "commune", "hamlet",
                        "settlement", "township", "locality"})
TOWN_RESOLUTION = 4  # the resolution of a city in the gazetteer
# What may lie between an unlisted town and the place that contains it:
# "Banibangou IN THE WESTERN Tillaberi region", "Saravena, IN Colombia's ...".
_CONTAINER_GAP = 6


def _settlement_names(doc: Doc) -> list[tuple[int, int, bool]]:
    """Token ranges of capitalised names (not opening a sentence), and whether
    the text calls each a town (``TOWN_NOUNS``)."""
    out = []
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]) or (i and _name_word(doc[i - 1])):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 6 and (
                _name_word(doc[end]) or doc[end].text in ("-", "‑") and end + 1 < len(doc)
                and not doc[end - 1].whitespace_ and _name_word(doc[end + 1])):
            end += 1
        before = doc[i - 1] if i else None
        after = doc[end] if end < len(doc) else None
        called_town = (
            before is not None and before.lower_ == "of" and before.head.lemma_.lower() in TOWN_NOUNS
            and before.head.i < i
            or after is not None and after.lemma_.lower() in TOWN_NOUNS and after.pos_ == "NOUN"
            and not after.text[:1].isupper()
            or _border_crossing(doc, end)
            or after is not None and after.text == "," and _appositive_town(doc, end + 1))
        if doc[i].i != doc[i].sent.start:
            out.append((i, end, bool(called_town)))
        i = end
    return out


def _demonym_country(doc: Doc, start: int) -> str | None:
    """The country a nationality word on the town noun before a name says
    the town is in: "the northern SERBIAN city of Novi Sad"."""
    before = doc[start - 1] if start else None
    if before is None or before.lower_ != "of" or before.head.lemma_.lower() not in TOWN_NOUNS:
        return None
    capitals = _capitals_by_demonym()
    return next((capitals[m.text][0] for m in before.head.children
                 if m.dep_ in ("amod", "compound") and m.text in capitals), None)


def _border_crossing(doc: Doc, i: int) -> bool:
    """"X border crossing", "X crossing point": a site named like a town."""
    words = [t.lower_ for t in doc[i:i + 2]]
    return words[:1] == ["crossing"] or words == ["border", "crossing"]


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _appositive_town(doc: Doc, i: int) -> bool:
    """", a rural commune", ", a small town": a town noun after a determiner
    and adjectives."""
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the"):
        return False
    for token in doc[i + 1:i + 5]:
        if token.lemma_.lower() in TOWN_NOUNS and token.pos_ == "NOUN":
            return True
        if token.pos_ not in ("ADJ", "ADV", "NOUN"):
            return False
    return False


def _next_place(doc: Doc, end: int, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place named right after token ``end`` in the same sentence,
    through a place preposition, a comma, a determiner, adjectives or a
    town noun ("Wabag IN Papua New Guinea's Enga province")."""
    if end >= len(doc):
        return None
    sent_end = doc[end].sent.end_char
    last = min(end + _CONTAINER_GAP, len(doc) - 1)
    for mention in places:
        start = mention.span[0]
        if start < doc[end].idx or start > doc[last].idx or start >= sent_end:
            continue
        between = [t for t in doc[end:last + 1] if t.idx < start]
        if all(t.text == "," or t.lower_ in PLACE_PREPOSITIONS | {"the", "of"} or t.pos_ == "ADJ"
               or t.lemma_.lower() in TOWN_NOUNS for t in between):
            return mention
    return None


@functools.lru_cache(maxsize=1)
def successions() -> dict[str, tuple[str, dt.date]]:
    """New state -> (the state it left, its first day), from package data."""
    resource = files("communique") / "data" / "gazetteer" / SUCCESSIONS_FILE
    try:
        raw = json.loads(resource.read_text(encoding="utf-8"))
        return {s["code"]: (s["from"], dt.date.fromisoformat(s["since"])) for s in raw["successions"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{resource} cannot be read ({exc}); reinstall communique") from exc


def country_on(location: Location, day: dt.date | None) -> Location:
    """``location`` with the country it lay in on ``day``."""
    if day is None or location.country_code is None:
        return location
    before = successions().get(location.country_code)
    if before is None or day >= before[1]:
        return location
    return dataclasses.replace(location, country_code=before[0])


def find_place_candidates(doc: Doc, gazetteer: Gazetteer) -> list[PlaceCandidate]:
    """Every place-like span of ``doc``, kept or skipped with the reason."""
    from spacy.util import filter_spans

    ents = doc.ents  # built anew on every access: read once
    place_keys = {name_key(e.text) for e in ents if e.label_ in PLACE_LABELS}
    spans: list[Span] = [e for e in ents
                         if e.label_ in PLACE_LABELS
                         or _mislabelled_place(e, gazetteer, place_keys)]
    landmark_spans = [doc[s:e] for _, s, e in gazetteer.landmark_matcher(doc.vocab)(doc)]
    landmark_starts = {(s.start, s.end) for s in landmark_spans}
    # An entity the tagger ran past a landmark's name ("the Great Hall of
    # the People ON Monday") that the gazetteer does not know gives way to it.
    spans = [e for e in spans if not any(
        e.start <= m.start and m.end <= e.end and (m.start, m.end) != (e.start, e.end)
        for m in landmark_spans) or _lookup(gazetteer, e.text)]
    dateline_spans = _datelines(doc, gazetteer)
    dateline_starts = {(s.start, s.end) for s in dateline_spans}
    taken = {i for span in [*spans, *landmark_spans, *dateline_spans]
             for i in range(span.start, span.end)}
    embedded = [sub for e in ents
                 if e.label_ == "ORG" and not any(i in taken for i in range(e.start, e.end))
                 for sub in _embedded_places(e, gazetteer)]
    embedded_starts = {(s.start, s.end) for s in embedded}
    taken |= {i for e in ents for i in range(e.start, e.end)} | {i for s in embedded for i in range(s.start, s.end)}
    untagged = _untagged_places(doc, gazetteer, taken)
    spans = filter_spans([*spans, *landmark_spans, *dateline_spans, *embedded, *untagged])

    out: list[PlaceCandidate] = []
    for span in spans:
        bounds = (span.start, span.end)
        span = _trim(span)
        if span is None:
            continue
        source = ("landmark" if bounds in landmark_starts else
                  "dateline" if bounds in dateline_starts else
                  "organization" if bounds in embedded_starts else "entity")
        text = span.text
        skipped = None
        if is_demonym(gazetteer, text):
            skipped = "demonym"
        elif source == "entity" and is_metonymic(span):
            skipped = "metonymy"
        out.append(PlaceCandidate(
            span=(span.start_char, span.end_char), text=text,
            entries=_lookup(gazetteer, text), source=source, skipped=skipped,
            container=_container(span, gazetteer),
        ))
    # ("the KAZAKH capital": a demonym the tagger read as a place is no place
    # of its own, and gives way to the capital it names)
    capitals = _demonym_capitals(doc, gazetteer)
    out = [c for c in out if not (c.skipped == "demonym" and _overlaps(c.span, [k.span for k in capitals]))]
    spans_taken = [c.span for c in out]
    out += [c for c in capitals if not _overlaps(c.span, spans_taken)]
    return sorted(out, key=lambda c: c.span)


def _demonym_capitals(doc: Doc, gazetteer: Gazetteer) -> list[PlaceCandidate]:
    """"The Serbian capital", "the Iraqi capital": the capital of the
    country the demonym names (its first capital, from the knowledge base)."""
    capitals = _capitals_by_demonym()
    out = []
    for token in doc:
        if token.lemma_.lower() != "capital" or token.pos_ != "NOUN":
            continue
        for mod in token.children:
            if mod.dep_ not in ("amod", "compound") or mod.text not in capitals:
                continue
            entries = _capital_entries(gazetteer, *capitals[mod.text])
            if entries:
                out.append(_capital_candidate(doc, mod, token, entries))
    return out


def _home_capitals(doc: Doc, gazetteer: Gazetteer, context_countries: Sequence[str]) -> list[PlaceCandidate]:
    """"In the capital", "into the capital": the capital of the country the
    article is about (the one its actors name most, clearly ahead of the
    next), when the phrase names no other ("the Serbian capital" is read
    by ``_demonym_capitals``)."""
    ranked = Counter(context_countries).most_common(2) + [(None, 0), (None, 0)]
    home = ranked[0][0] if ranked[0][1] > ranked[1][1] else None
    city = _capital_of().get(home) if home else None
    entries = _capital_entries(gazetteer, home, city) if city else ()
    if not entries:
        return []
    out = []
    for token in doc:
        if (token.lemma_.lower() != "capital" or token.pos_ != "NOUN" or token.dep_ != "pobj"
                or token.head.lower_ not in PLACE_PREPOSITIONS | {"into", "to", "from", "outside", "through",
                                                                  "across", "around"}):
            continue
        children = list(token.children)
        if [c.lower_ for c in children] != ["the"] or (
                token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue  # only a bare "the capital": not "the capital Kabul", "the capital of Chad"
        out.append(_capital_candidate(doc, children[0], token, entries))
    return out


def _capital_entries(gazetteer: Gazetteer, country: str, city: str) -> tuple[Entry, ...]:
    """The gazetteer's reading of ``country``'s capital ``city`` (its
    primary name and capital before namesakes: Brasília, not Brasília de
    Minas), as a one-entry tuple, or () when the gazetteer lacks it."""
    entries = sorted((e for e in gazetteer.lookup(city) if e.place.country == country and e.place.kind == "city"),
                     key=lambda e: (not e.primary, e.place.feature != "PPLC"))
    return tuple(entries[:1])


def _capital_candidate(doc: Doc, first: Token, capital: Token, entries: tuple[Entry, ...]) -> PlaceCandidate:
    """The candidate for the words from ``first`` to "capital"."""
    end = capital.idx + len(capital)
    return PlaceCandidate(span=(first.idx, end), text=doc.text[first.idx:end], entries=entries, source="capital")


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


@functools.lru_cache(maxsize=1)
def _capital_of() -> dict[str, str]:
    """Country code -> its first capital, from kb/countries.json."""
    return {state["code"]: state["capitals"][0] for state in _states() if state.get("capitals")}


def capital_of(code: str) -> str | None:
    """The name of the capital of the country with alpha-3 ``code``."""
    return _capital_of().get(code)


@functools.lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    return {state["code"]: state["name"] for state in _states()}


def state_name(code: str) -> str:
    """The name of the state with alpha-3 ``code`` (the code if unknown)."""
    return _state_names().get(code, code)


@functools.lru_cache(maxsize=1)
def _states() -> list[dict]:
    resource = files("communique") / "data" / "kb" / "countries.json"
    try:
        return json.loads(resource.read_text(encoding="utf-8"))["states"]
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"{resource} cannot be read ({exc}); reinstall communique") from exc


@functools.lru_cache(maxsize=1)
def _capitals_by_demonym() -> dict[str, tuple[str, str]]:
    """Demonym -> (country code, its first capital), from kb/countries.json."""
    return {demonym: (state["code"], state["capitals"][0])
            for state in _states() if state.get("capitals")
            for demonym in state.get("demonyms", ())}


@functools.lru_cache(maxsize=1)
def _kb_demonyms() -> frozenset[str]:
    """Every demonym of kb/countries.json, as ``name_key`` folds it."""
    return frozenset(name_key(d) for state in _states() for d in state.get("demonyms", ()))


def is_demonym(gazetteer: Gazetteer, text: str) -> bool:
    """A nationality word ("Kazakh", "Saudi"), which is no place: the
    gazetteer's demonyms and the knowledge base's, which name more of the
    short forms news uses."""
    if gazetteer.is_demonym(text):
        return True
    key = name_key(text)
    # (the knowledge base also files "US" and "Myanmar" as demonyms: a
    # country's own name stays a place)
    return (key in _kb_demonyms() or key.endswith("s") and key[:-1] in _kb_demonyms()) and not any(
        e.place.kind == "country" for e in gazetteer.lookup(text))


def choose_places(
    candidates: Sequence[PlaceCandidate], *, context_countries: Sequence[str] = ()
) -> list[Place | None]:
    """The best reading of each candidate, given the others as context.

    None for a name whose only readings are small towns the article gives no
    support to (see ``SMALL_TOWN_POPULATION``).

    Each distinct name votes for the countries and first-level divisions its
    readings lie in, weighted by how likely each reading is without context
    (so "Springfield" says little and "Chiefland" says "Florida"). Each
    mention then takes its best reading given the votes of the *other* names;
    a second round repeats this with the chosen readings as votes.
    """
    keys = [name_key(c.text) for c in candidates]
    votes: dict[str, Votes] = {}
    for key, candidate in zip(keys, candidates):
        if key not in votes:
            votes[key] = _soft_votes(candidate.entries)
    chosen = [_best(c, _context(votes, key), context_countries) for c, key in zip(candidates, keys)]
    for _ in range(CONTEXT_ROUNDS - 1):
        votes = {}
        for key, place in zip(keys, chosen):
            if place is not None:
                votes.setdefault(key, _hard_votes(place))
        chosen = [_best(c, _context(votes, key), context_countries)
                  for c, key in zip(candidates, keys)]
    return chosen


@dataclass(frozen=True)
class Votes:
    """What one name says about where the article is: weights by country and division."""

    countries: dict[str, float]
    regions: dict[tuple[str, str], float]


@dataclass(frozen=True)
class Context:
    """The other names' votes, summed, and the country/division most of them lie in."""

    countries: Counter[str]
    regions: Counter[tuple[str, str]]
    dominant_country: str | None
    dominant_region: tuple[str, str] | None
    names: int = 0  # how many other names voted


def prior(entry: Entry) -> float:
    """How likely ``entry`` is the place meant, before any context."""
    place = entry.place
    if place.kind == "country":
        value = PRIOR_COUNTRY
    elif place.kind == "admin1":
        value = PRIOR_ADMIN1
    elif place.kind == "admin2":
        value = PRIOR_ADMIN2
    elif place.kind == "landmark":
        value = PRIOR_LANDMARK
    else:
        value = math.log10(place.population + 10)
        if place.feature == "PPLC":
            value += CAPITAL_BONUS
    if not entry.primary:
        value -= ALTERNATE_NAME_PENALTY
    return value


def score(
    entry: Entry,
    context: Context,
    context_countries: Sequence[str] = (),
    container: tuple[Entry, ...] = (),
) -> float:
    """How likely ``entry`` is the place meant, given the article's context."""
    place = entry.place
    value = prior(entry)
    if place.country:
        support = min(1.0, context.countries[place.country])
        if place.country in context_countries:
            support = 1.0
        value += CONTEXT_COUNTRY_BONUS * support
        if place.kind in ("city", "admin2") and context.dominant_country == place.country:
            value += DOMINANT_COUNTRY_BONUS
    if place.region and place.kind != "country":
        value += CONTEXT_REGION_BONUS * min(1.0, context.regions[place.region])
        if place.kind in ("city", "admin2") and context.dominant_region == place.region:
            value += DOMINANT_REGION_BONUS
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


def _best(candidate: PlaceCandidate, context: Context,
          context_countries: Sequence[str]) -> Place | None:
    entries = candidate.entries
    if candidate.source == "landmark":
        landmarks = [e for e in entries if e.place.kind == "landmark"]
        entries = tuple(landmarks) or entries
    names_division = any(e.primary and e.place.kind in ("country", "admin1") for e in entries)
    # A town of the name in a country the actors name makes another of its
    # names elsewhere a misreading: "Kamenica" near Novi Sad, not Chemnitz.
    home = {e.place.country for e in entries if e.primary} & set(context_countries)
    entries = [e for e in entries
               if _supported(e.place, context, candidate.container, names_division)
               and (e.primary or _spelt_alike(candidate.text, e.place.name)
                    or not (_foreign_to(e.place, context, context_countries)
                            or home and e.place.country not in home))]
    if not entries:
        return None
    best = max(entries, key=lambda e: (score(e, context, context_countries,
                                             candidate.container), e.place.population))
    # The article's actors may name the country of a namesake of a foreign
    # capital ("militias in Tripoli ... the north LEBANESE port"): then it
    # stands. (Not so for a major city that is no capital: "US officials met
    # in Geneva" is still Switzerland's Geneva.)
    named_here = best.place.country in context_countries
    capital = next((e for e in entries if e.primary and e.place.feature == "PPLC"
                    and e.place.country != best.place.country
                    and not (named_here and e.place.country not in context_countries)), None)
    if capital is not None and best.place.kind == "city" and not _local(best.place, context) \
            and not any(_contains(c.place, best.place) for c in candidate.container):
        return capital.place  # "Paris" is the French capital unless the story is local
    major = max((e for e in entries if e.primary and e.place.kind == "city"),
                key=lambda e: e.place.population, default=None)
    if (major is not None and best.place.kind == "city" and major.place.country != best.place.country
            and major.place.population >= MAJOR_CITY_POPULATION
            and major.place.population >= MAJOR_CITY_RATIO * max(best.place.population, 1)
            and not _local_within(best.place, context)
            and not any(_contains(c.place, best.place) for c in candidate.container)):
        # "officials of the US and Russia met in Geneva": naming a country
        # says who met, not that a small American Geneva is meant.
        return major.place
    return best.place


def _foreign_to(place: Place, context: Context, context_countries: Sequence[str]) -> bool:
    """True for a city in a country none of the article's other names lies
    in, nor its actors, when they point somewhere: read by another of its
    names ("Boni" for Bonn), it is a misreading of a place the gazetteer lacks
    ("near Boni in the Mopti region")."""
    return (place.kind == "city" and bool(context.countries)
            and context.countries[place.country] == 0 and place.country not in context_countries)


def _spelt_alike(text: str, name: str) -> bool:
    """The same name but for accents and marks: "Samarra" and "Sāmarrā’"."""
    return _plain(text) == _plain(name)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _local_within(place: Place, context: Context) -> bool:
    """Most other names of the article lie inside ``place``'s country (its
    towns and divisions, not the country's own name): local news there."""
    inside = sum(v for (country, _), v in context.regions.items() if country == place.country)
    return bool(place.country) and context.names > 0 and 2 * inside >= context.names


def _local(place: Place, context: Context) -> bool:
    """Most other names of the article lie in ``place``'s country: local news there."""
    return bool(place.country) and context.names > 0 and \
        2 * context.countries[place.country] >= context.names


def _supported(place: Place, context: Context, container: tuple[Entry, ...],
               names_division: bool = False) -> bool:
    """A small town is a reading only where the article points to its division.

    Thousands of small towns are named like common words or like bigger
    places ("Independence", "Wales", "Eu"); one is meant only when another
    name of the article lies in its division, or a container names it
    ("Paris, Tenn."). A small town named like a country or division
    ("Wales", "Lebanon") needs the container. Everything bigger is always a
    reading.
    """
    if place.kind != "city" or place.population >= SMALL_TOWN_POPULATION:
        return True
    if any(_contains(c.place, place) and c.place.kind == "admin1" for c in container):
        return True
    return not names_division and bool(
        place.region and context.regions[place.region] >= SMALL_TOWN_MIN_SUPPORT)


def _soft_votes(entries: Sequence[Entry]) -> Votes:
    """Votes spread over a name's readings by their prior odds (base 10)."""
    countries: dict[str, float] = {}
    regions: dict[tuple[str, str], float] = {}
    if not entries:
        return Votes(countries, regions)
    priors = [prior(e) for e in entries]
    top = max(priors)
    weights = [10 ** (p - top) for p in priors]
    total = sum(weights)
    for entry, weight in zip(entries, weights):
        share = weight / total
        place = entry.place
        if place.country:
            countries[place.country] = countries.get(place.country, 0.0) + share
        if place.region and place.kind != "country":
            regions[place.region] = regions.get(place.region, 0.0) + share
    return Votes(countries, regions)


def _hard_votes(place: Place) -> Votes:
    return Votes({place.country: 1.0} if place.country else {},
                 {place.region: 1.0} if place.region else {})


def _context(votes: dict[str, Votes], own_key: str) -> Context:
    """The sum of every other name's votes: a name is no context for itself."""
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    names = 0
    for key, vote in votes.items():
        if key == own_key:
            continue
        names += 1
        countries.update(vote.countries)
        regions.update(vote.regions)
    return Context(countries, regions, _dominant(countries, names), _dominant(regions, names),
                   names)


def _dominant(counts: Counter, names: int):
    """The key holding at least half of the votes of enough names, or None."""
    if names < DOMINANT_MIN_MENTIONS or not counts:
        return None
    key, n = counts.most_common(1)[0]
    return key if 2 * n >= names else None


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


def _mislabelled_place(span: Span, gazetteer: Gazetteer, place_keys: set[str]) -> bool:
    """An ORG/PERSON/NORP entity that is really a place name (see MISLABELLED_LABELS)."""
    if (span.label_ not in MISLABELLED_LABELS or is_demonym(gazetteer, span.text)
            or not span.text[:1].isupper()):
        return False  # (a place is named with a capital: "recovered from the bush")
    known = gazetteer.lookup(span.text)
    entries = [e for e in known if e.primary]
    head = span.root
    placed = head.dep_ == "pobj" and (head.head.lower_ in PLACE_PREPOSITIONS or (
        head.head.lower_ == "of" and head.head.head.lemma_.lower() in SETTLEMENT_NOUNS))
    if known and head.dep_ == "compound" and head.head.lemma_.lower() in SETTLEMENT_NOUNS:
        return True  # "the Poonch DISTRICT", "Sivas PROVINCE"
    moving = head.dep_ == "pobj" and head.head.lower_ in ("on", "into", "to", "towards", "toward", "from")
    if (not entries and (placed or moving)
            and any(e.place.population >= MISLABELLED_MIN_POPULATION for e in known)):
        return True  # "near Samarra", "bombs on Zaporizhzhia": a city's usual English spelling is often an alternate name
    if not entries:
        return False
    if name_key(span.text) in place_keys:
        return True  # one sense per discourse: the same name is a place elsewhere here
    if placed:
        return True  # "in Gainesville", "the city of Nis"
    if span.label_ == "PERSON":
        # "aid to Kyiv" tagged as a person: only a big capital is taken back,
        # or a big city one visits or reaches ("Clinton visited CHENNAI")
        visited = head.dep_ == "dobj" and head.head.lemma_.lower() in VISITING_VERBS
        return any((e.place.feature == "PPLC" or visited and e.place.kind == "city")
                   and e.place.population >= UNTAGGED_MIN_POPULATION for e in entries)
    return any(e.place.kind in ("country", "admin1")
               or e.place.population >= MISLABELLED_MIN_POPULATION for e in entries)


def _untagged_places(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Capitals and big cities the tagger did not mark at all ("aid to Kyiv"
    is no entity for the small English model): runs of up to three proper
    nouns outside any entity whose own name is a national capital or a city
    of UNTAGGED_MIN_POPULATION people."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        if doc[i].pos_ != "PROPN" or i in taken or not doc[i].is_title:
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" and end not in taken \
                and doc[end].is_title:
            end += 1
        span = doc[i:end]
        if any(e.primary and e.place.kind == "city"
               and (e.place.feature == "PPLC" or e.place.population >= UNTAGGED_MIN_POPULATION)
               for e in gazetteer.lookup(span.text)):
            out.append(span)
        i = end
    return out


def _lookup(gazetteer: Gazetteer, text: str) -> tuple[Entry, ...]:
    """Entries for ``text``; failing that, for it without a direction or a designator.

    "Northeast Georgia" and "Sichuan province" are located by "Georgia" and
    "Sichuan"; the mention keeps its whole text.
    """
    found = gazetteer.lookup(text)
    if found:
        return found
    words = text.split()
    if len(words) < 2:
        return ()
    if words[0].casefold() in DIRECTION_WORDS:
        rest = words[2:] if words[1].casefold() in DIRECTION_WORDS and len(words) > 2 else words[1:]
        return tuple(e for e in gazetteer.lookup(" ".join(rest))
                     if e.place.kind in ("country", "admin1")
                     or e.place.population >= MISLABELLED_MIN_POPULATION)
    if words[-1].casefold() in DESIGNATOR_WORDS:
        return tuple(e for e in gazetteer.lookup(" ".join(words[:-1]))
                     if e.place.kind in ("admin1", "admin2", "city"))
    return ()


def _datelines(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """An upper-case place opening a paragraph or the text: "BEIRUT, Lebanon --"."""
    out = []
    for start in [0, *(t.i + 1 for t in doc if "\n" in t.text and t.i + 1 < len(doc))]:
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_alpha and doc[end].is_upper \
                and len(doc[end]) > 1:
            end += 1
        if end == start or end >= len(doc) or doc[end].text not in DATELINE_PUNCT:
            continue
        text = doc[start:end].text
        if any(e.primary and e.place.kind in ("country", "admin1", "city")
               for e in gazetteer.lookup(text)):
            out.append(doc[start:end])
    return out


def _embedded_places(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """A division or town named inside an institution's name.

    "Kentucky State Police", "University of Cincinnati", "Dublin City Council"
    locate the institution. A first-level or US county division counts in
    any organisation's name ("Tennessee Senior Olympics"); a town only in an
    institution's (``INSTITUTION_WORDS``), so "Lincoln Financial" does not
    count; countries are left out, as "China Daily" or "Syria Democratic
    Forces" name actors, not places.
    """
    doc = span.doc
    tokens = [t for t in span if t.lower_ != "the"]
    if len(tokens) < 2 or tokens[-1].lower_ in MASTHEAD_WORDS:
        return []  # "the WASHINGTON Post" names a paper, not where its news happened
    first, last = tokens[0].i, span.end
    found = []
    # the longest leading run of proper nouns that is a place: "Ohio State University"
    for end in range(min(last - 1, first + 3), first, -1):
        institution = bool({t.lower_ for t in doc[end:last]} & INSTITUTION_WORDS)
        if all(t.pos_ == "PROPN" for t in doc[first:end]) \
                and _locates(gazetteer, doc[first:end].text, institution):
            found.append(doc[first:end])
            break
    # what follows "of": "University of Cincinnati", "Department of ... of Ohio"
    for t in span:
        if t.lower_ == "of" and t.i + 1 < last:
            tail = doc[t.i + 1:last]
            institution = bool({w.lower_ for w in doc[first:t.i]} & INSTITUTION_WORDS)
            if _locates(gazetteer, tail.text, institution):
                found.append(tail)
            break
    return found


def _locates(gazetteer: Gazetteer, text: str, institution: bool) -> bool:
    """A division's name anywhere, a town's only in an institution's name."""
    if name_key(text) in INSTITUTION_WORDS or name_key(text) in GENERIC_NAME_WORDS:
        return False
    return not is_demonym(gazetteer, text) and any(
        e.primary and (e.place.kind in ("admin1", "admin2")
                       or (institution and e.place.kind == "city"
                           and e.place.population >= EMBEDDED_MIN_POPULATION))
        for e in gazetteer.lookup(text))
