"""The actor knowledge base: states, organisations, institutions, office-holders.

Everything here is data shipped in ``communique/data/kb/``:

- ``countries.json``      states: names, demonyms, capitals, seats of power
- ``organizations.json``  international and regional organisations
- ``institutions.json``   common nouns that name actors ("foreign ministry",
                          "troops"), office titles, regional references
- ``groups.json``         ethnic and religious groups ("Kurds", "Tamil") with
                          the countries they mainly live in
- ``areas.json``          provinces, regions and large cities ("Darfur",
                          "Jaffna") that give a group noun its country
- ``ship_prefixes.json``  navies' prefixes of ship names ("USS", "HMS") and
                          their states
- ``inert_nouns.json``    nouns a nationality can describe without naming an
                          actor ("the Russian language", "Iraqi oil")
- ``people/*.json``       office-holders with dated offices, one file per
                          country or organisation

``KnowledgeBase.load()`` reads and validates all of it once; a bad entry
raises ``DataError`` naming the file, the entry and the fix. Lookups are
dictionary reads over token sequences, so resolving an article costs a few
hash probes per token (see ``bench/actors_speed.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from .errors import DataError

# PLOVER sectors (and the few CAMEO agent codes PLOVER keeps) accepted in data.
SECTORS = frozenset({
    "GOV", "MIL", "LEG", "JUD", "COP", "REB", "OPP", "CVL", "BUS", "MED", "IGO",
    "NGO", "REF", "EDU", "LAB", "REL", "PTY", "ELI", "SPY", "UAF", "HLH", "AGR",
    "CRM", "ENV", "SET",
})
ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "deputy_head_of_government", "legislature_speaker", "org_head", "military_chief",
    "other",
})
ENTITY_TYPES = frozenset({"state", "person", "organization", "group"})
_STATE_CODE = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^[A-Z][A-Z0-9+]{1,15}$")
_PERSON_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")

NameKind = Literal["person", "surname", "organization", "state", "demonym", "group", "capital",
                   "seat", "area"]
# When one span names several things, the first kind here wins.
KIND_PRIORITY: tuple[NameKind, ...] = (
    "person", "organization", "seat", "state", "demonym", "group", "capital", "area", "surname",
)
# Kinds of place a one-word name names before anyone who bears it: "Muscat
# said" is Oman's government, not Malta's former prime minister Joseph Muscat.
ONE_WORD_PLACE_KINDS: frozenset[NameKind] = frozenset({"capital", "state", "demonym", "seat", "area"})


def _name_rank(tokens: tuple[str, ...], entry: NameEntry) -> int:
    """Where ``entry`` stands among the readings of the name ``tokens``
    (``KIND_PRIORITY``, but a one-word place before a person)."""
    if len(tokens) == 1 and entry.kind in ONE_WORD_PLACE_KINDS:
        return -1
    return KIND_PRIORITY.index(entry.kind)


# Name particles that are never a surname on their own ("bin", "de").
# How alike two spellings of a name must be (difflib ratio) to be the same
# name: "Mitterand"/"Mitterrand" 0.95, "Habyariman"/"Habyarimana" 0.95,
# "Francois"/"Frank" 0.62.
NEAR_SPELLING = 0.85
# A one-word state name or demonym misspelt ("Ethopia") is read as the
# state when it is this long and this close to it.
NEAR_STATE_LENGTH = 6
NEAR_STATE_SPELLING = 0.9
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "do", "dos", "das", "van", "von", "der",
                        "la", "le", "du", "di", "del", "jr", "jr.", "sr", "sr.", "ii", "iii"})


@dataclass(frozen=True)
class Seat:
    """A building or street that stands for a government ("the Kremlin")."""

    text: str
    sector: str


@dataclass(frozen=True)
class State:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[Seat, ...] = ()


@dataclass(frozen=True)
class Organization:
    code: str
    name: str
    names: tuple[str, ...]
    sector: str
    parent: str | None = None
    wikidata: str | None = None
    country: str | None = None  # set for domestic groups (parties, armed groups)
    type: str = "organization"
    # Cities whose name, standing for a government, means this body:
    # "Brussels pledged 30 million euros" is the EU's pledge.
    seat_cities: tuple[str, ...] = ()
    # Common nouns that, definite, refer back to this body named before:
    # "NATO ... after THE ALLIANCE expelled eight", "the EU ... THE BLOC".
    called: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """An ethnic or religious group; ``countries`` main one first (may be empty)."""

    code: str
    name: str
    names: tuple[str, ...]
    countries: tuple[str, ...]
    sector: str


@dataclass(frozen=True)
class Area:
    """A place inside a state (province, region, city) that is not its capital."""

    name: str
    country: str


@dataclass(frozen=True)
class Office:
    title: str
    role: str
    sector: str
    country: str | None = None
    org: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    acting: bool = False

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def days_from(self, day: dt.date | None) -> int:
        """Days between ``day`` and this tenure (0 while it is held, or with no day)."""
        if day is not None and self.start is not None and day < self.start:
            return (self.start - day).days
        if day is not None and self.end is not None and day > self.end:
            return (day - self.end).days
        return 0


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]
    wikidata: str | None = None
    gender: str | None = None

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on ``day`` (the latest one with no day); a person
        holding two offices at once gets the first listed."""
        if not self.offices:
            return None
        if day is None:
            return max(self.offices, key=_office_order)
        for office in self.offices:
            if office.held_on(day):
                return office
        return None

    def nearest_office(self, day: dt.date | None, title: Title | None = None) -> Office | None:
        """The office held on ``day``, else the one whose tenure lies nearest
        to it ("President Reagan" in 2000: his presidency); with ``title``,
        only offices that title names, when there are any."""
        offices = [o for o in self.offices if title is None or title.names(o)] or list(self.offices)
        if not offices:
            return None
        if day is None:
            return max(offices, key=_office_order)
        return min(offices, key=lambda o: (o.days_from(day), -_office_order(o)[0].toordinal()))

    @property
    def home(self) -> str | None:
        """The country of the person's offices (the first office that has one)."""
        return next((o.country for o in self.offices if o.country), None)


def _office_order(office: Office) -> tuple[dt.date, dt.date]:
    return (office.start or dt.date.min, office.end or dt.date.max)


@dataclass(frozen=True)
class Institution:
    """A common noun (one to three lemmas, head last) that names an actor."""

    words: tuple[str, ...]
    sector: str
    type: str
    contextual: bool = False
    needs_country: bool = False


@dataclass(frozen=True)
class Title:
    """An office title; ``roles`` are the office roles it stands for."""

    words: tuple[str, ...]
    roles: tuple[str, ...]
    sector: str

    def names(self, office: Office) -> bool:
        """Does this title name ``office``? By role, or by its words ending
        the office's title ("Minister" names "Foreign Minister")."""
        if office.role in self.roles:
            return True
        held = office.title.lower().replace("-", " ").split()
        wanted = " ".join(self.words).replace("-", " ").split()
        return len(wanted) <= len(held) and held[-len(wanted):] == wanted


@dataclass(frozen=True)
class Region:
    """A regional reference ("the North") valid only when ``requires`` are all
    mentioned in the article."""

    words: tuple[str, ...]
    country: str
    requires: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class NameEntry:
    """What a name (a token sequence) can stand for."""

    kind: NameKind
    key: str  # state code, organisation code, group code or person id
    sector: str | None = None


@dataclass(frozen=True)
class Holding:
    person: Person
    office: Office


# Arabic articles written with a hyphen in the knowledge base ("al-Shabaab",
# "el-Sisi") and often with a space instead ("al Shabaab", "Al Qaeda").
_ARTICLES = frozenset({"al", "Al", "el", "El"})


def _spellings(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A name's tokens, and those of its spaced spelling where it opens with
    a hyphenated Arabic article: ("al", "-", "Shabaab") -> also ("al", "Shabaab")."""
    if len(tokens) >= 3 and tokens[0] in _ARTICLES and tokens[1] == "-":
        return tokens, (tokens[0], *tokens[2:])
    return (tokens,)


@dataclass
class _NameIndex:
    """Token-sequence lookup: ``first`` maps a first token to the lengths of
    the names that start with it, ``names`` a token tuple to its entries."""

    names: dict[tuple[str, ...], list[NameEntry]] = field(default_factory=dict)
    first: dict[str, set[int]] = field(default_factory=dict)

    def add(self, tokens: tuple[str, ...], entry: NameEntry) -> None:
        for form in _spellings(tokens):
            entries = self.names.setdefault(form, [])
            if entry not in entries:
                entries.append(entry)
            self.first.setdefault(form[0], set()).add(len(form))

    def freeze(self) -> tuple[dict[tuple[str, ...], tuple[NameEntry, ...]], dict[str, tuple[int, ...]]]:
        names = {k: tuple(sorted(v, key=lambda e: _name_rank(k, e))) for k, v in self.names.items()}
        first = {k: tuple(sorted(v, reverse=True)) for k, v in self.first.items()}
        return names, first


class KnowledgeBase:
    """States, organisations, institutions and office-holders, with lookups."""

    def __init__(
        self,
        states: dict[str, State],
        organizations: dict[str, Organization],
        people: dict[str, Person],
        institutions: tuple[Institution, ...],
        titles: tuple[Title, ...],
        title_modifiers: frozenset[str],
        regions: tuple[Region, ...],
        tokenize: Any,
        groups: dict[str, Group] | None = None,
        areas: tuple[Area, ...] = (),
        inert_nouns: frozenset[str] = frozenset(),
        ship_prefixes: dict[str, str] | None = None,
    ) -> None:
        self.states = states
        self.inert_nouns = inert_nouns
        self.ship_prefixes = ship_prefixes or {}
        self.groups = groups or {}
        self.organizations = organizations
        self.org_seats = {city: org.code for org in organizations.values() for city in org.seat_cities}
        self.people = people
        self.institutions = {i.words: i for i in institutions}
        self.titles = {t.words: t for t in titles}
        self.title_modifiers = title_modifiers
        self.regions = regions
        self.institution_length = max((len(w) for w in self.institutions), default=1)
        self.title_length = max((len(w) for w in self.titles), default=1)
        self.lexical_first_words = frozenset(w[0] for w in (*self.titles, *self.institutions))
        self.title_words = frozenset(w for words in self.titles for w in words)
        index = _NameIndex()
        for state in states.values():
            for name in state.names:
                index.add(tokenize(name), NameEntry("state", state.code, "GOV"))
            for name in state.demonyms:
                index.add(tokenize(name), NameEntry("demonym", state.code, "GOV"))
                plural = _plural_demonym(name)
                if plural and plural not in state.names:
                    index.add(tokenize(plural), NameEntry("demonym", state.code, "GOV"))
            for name in state.capitals:
                index.add(tokenize(name), NameEntry("capital", state.code, "GOV"))
            for seat in state.seats:
                index.add(tokenize(seat.text), NameEntry("seat", state.code, seat.sector))
        for org in organizations.values():
            for name in org.names:
                index.add(tokenize(name), NameEntry("organization", org.code, org.sector))
        for group in self.groups.values():
            for name in group.names:
                index.add(tokenize(name), NameEntry("group", group.code, group.sector))
        for area in areas:
            index.add(tokenize(area.name), NameEntry("area", area.country))
        for person in people.values():
            for name in (person.name, *person.aliases):
                index.add(tokenize(name), NameEntry("person", person.id))
        for surname, person in _distinctive_surnames(people.values(), tokenize, index).items():
            index.add(surname, NameEntry("surname", person.id))
        self.names, self._first = index.freeze()
        self._holdings = _index_holdings(people.values())
        self._by_surname = _index_surnames(people.values(), tokenize)

    # -- loading -----------------------------------------------------------

    @classmethod
    def load(cls, root: Traversable | Path | None = None) -> KnowledgeBase:
        """Read and validate the packaged knowledge base (or the one in ``root``)."""
        root = root if root is not None else files("communique") / "data" / "kb"
        countries = _read_json(root / "countries.json")
        orgs = _read_json(root / "organizations.json")
        inst = _read_json(root / "institutions.json")
        states = _load_states(countries, _where(root, "countries.json"))
        organizations = _load_organizations(orgs, _where(root, "organizations.json"), states)
        people: dict[str, Person] = {}
        people_dir = root / "people"
        if people_dir.is_dir():
            for entry in sorted(people_dir.iterdir(), key=lambda p: p.name):
                if entry.name.endswith(".json"):
                    where = _where(root, f"people/{entry.name}")
                    for person in _load_people(_read_json(entry), where, states, organizations):
                        if person.id in people:
                            raise DataError(
                                f"{where}: person id {person.id!r} is already used in another "
                                f"people file; list each person once, in their main country's file"
                            )
                        people[person.id] = person
        where = _where(root, "institutions.json")
        tokenize = _name_tokenizer()
        institutions = tuple(_load_institution(e, where, i, tokenize)
                             for i, e in enumerate(_list(inst, "institutions", where)))
        titles = tuple(_load_title(e, where, i, tokenize) for i, e in enumerate(_list(inst, "titles", where)))
        regions = tuple(_load_region(e, where, i, states) for i, e in enumerate(inst.get("regions", [])))
        modifiers = frozenset(str(m).lower() for m in inst.get("title_modifiers", []))
        groups = _load_groups(_optional(root / "groups.json"), _where(root, "groups.json"), states)
        areas = _load_areas(_optional(root / "areas.json"), _where(root, "areas.json"), states)
        inert = _load_inert_nouns(_optional(root / "inert_nouns.json"), _where(root, "inert_nouns.json"))
        ships = _load_ship_prefixes(_optional(root / "ship_prefixes.json"), _where(root, "ship_prefixes.json"),
                                    states)
        return cls(states, organizations, people, institutions, titles, modifiers, regions, tokenize,
                   groups, areas, inert, ships)

    # -- lookups -----------------------------------------------------------

    def near_state_name(self, word: str) -> NameEntry | None:
        """The state or demonym a one-word name misspells by a letter or two
        ("Ethopia", "Phillippines"): same first letter, at least
        NEAR_STATE_LENGTH letters, a close spelling (NEAR_STATE_SPELLING)."""
        if len(word) < NEAR_STATE_LENGTH:
            return None
        cache = self._near_state_cache
        if word not in cache:
            pool = self._state_words_by_letter.get(word[:1], ())
            close = difflib.get_close_matches(word, pool, n=1, cutoff=NEAR_STATE_SPELLING)
            cache[word] = next((e for e in self.names[(close[0],)] if e.kind in ("state", "demonym")),
                               None) if close else None
        return cache[word]

    @cached_property
    def _near_state_cache(self) -> dict[str, NameEntry | None]:
        return {}

    @cached_property
    def _state_words_by_letter(self) -> dict[str, list[str]]:
        """One-word state names and demonyms of NEAR_STATE_LENGTH letters or
        more, by first letter."""
        by_letter: dict[str, list[str]] = {}
        for key, entries in self.names.items():
            if len(key) == 1 and len(key[0]) >= NEAR_STATE_LENGTH and any(
                    e.kind in ("state", "demonym") for e in entries):
                by_letter.setdefault(key[0][:1], []).append(key[0])
        return by_letter

    def match_names(self, words: list[str]) -> Iterator[tuple[int, int, tuple[NameEntry, ...]]]:
        """Every (start, end, entries) where ``words[start:end]`` is a known name,
        longest first at each start."""
        names, first = self.names, self._first
        n = len(words)
        for i, word in enumerate(words):
            lengths = first.get(word)
            if not lengths:
                continue
            for length in lengths:
                if i + length <= n:
                    entries = names.get(tuple(words[i:i + length]))
                    if entries:
                        yield i, i + length, entries

    def holder(
        self, body: str, roles: Iterable[str], on: dt.date | None, title: str | None = None
    ) -> Holding | None:
        """Who held an office of ``body`` (state or org code) in one of
        ``roles`` (in order of preference) on ``on`` (latest with no date)."""
        for role in roles:
            found = _holder_in(self._holdings.get((body, role), ()), on)
            if found is not None:
                return found
        if title:
            found = _holder_in(self._holdings.get((body, "title:" + title.lower()), ()), on)
            if found is not None:
                return found
        return None

    def titled_person(self, name: tuple[str, ...], title: Title | None, country: str | None,
                      on: dt.date | None) -> Person | None:
        """The person a title or a country with a name stands for, when the
        name is not one the KB lists but ends in a known surname: "President
        Clinton" (the Clinton who was president), "Kenyan Vice-President X",
        "President Francois Mitterand" (a near spelling). Among those who
        held such an office (of ``country``, when given), the one holding it
        on ``on``, else the nearest tenure; None when two are equally near."""
        if title is None and country is None:
            return None
        surname = _fold(name[-1])
        ids = self._by_surname.get(surname, ())
        if not ids and title is not None and len(surname) > 4:
            ids = tuple(i for c in self._near_surnames(surname) for i in self._by_surname[c])
        ranked = []
        for pid in dict.fromkeys(ids):
            person = self.people[pid]
            if len(name) > 1 and not _same_given_name(name[0], person):
                continue
            offices = [o for o in person.offices if (title is None or title.names(o))
                       and (country is None or o.country == country)]
            if not offices:
                continue
            best = min(o.days_from(on) for o in offices)
            ranked.append((best, person))
        ranked.sort(key=lambda r: r[0])
        if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    def _near_surnames(self, surname: str) -> list[str]:
        """Known surnames spelt nearly like ``surname`` ("Mitterand"): only
        those with its first letter and a length a near spelling can have
        are compared, and each answer is kept."""
        cache = self._near_surname_cache
        if surname not in cache:
            # a ratio of NEAR_SPELLING allows this much difference in length
            slack = int(2 * len(surname) * (1 - NEAR_SPELLING) / NEAR_SPELLING)
            pool = [k for k in self._surnames_by_letter.get(surname[:1], ())
                    if abs(len(k) - len(surname)) <= slack]
            cache[surname] = difflib.get_close_matches(surname, pool, n=3, cutoff=NEAR_SPELLING)
        return cache[surname]

    @cached_property
    def _near_surname_cache(self) -> dict[str, list[str]]:
        return {}

    @cached_property
    def _surnames_by_letter(self) -> dict[str, list[str]]:
        by_letter: dict[str, list[str]] = {}
        for known in self._by_surname:
            by_letter.setdefault(known[:1], []).append(known)
        return by_letter

    def state_name(self, code: str | None) -> str | None:
        state = self.states.get(code or "")
        return state.name if state else None


def _distinctive_surnames(people: Iterable[Person], tokenize: Any,
                          index: _NameIndex) -> dict[tuple[str, ...], Person]:
    """The last word of each person's name where no other person's name ends
    in it and it names nothing else ("Ouattara", not "Kim" or "Jordan"), for
    people whose aliases do not already give it."""
    owners: dict[tuple[str, ...], set[str]] = {}
    anywhere: dict[str, set[str]] = {}  # a word -> everyone whose name has it
    by_id = {}
    for person in people:
        by_id[person.id] = person
        for name in (person.name, *person.aliases):
            words = tokenize(name)
            for word in words:
                anywhere.setdefault(word, set()).add(person.id)
            if len(words) > 1 and words[-1].lower() not in _PARTICLES and words[-1][:1].isupper():
                owners.setdefault(words[-1:], set()).add(person.id)
    return {
        surname: by_id[next(iter(ids))] for surname, ids in owners.items()
        if len(anywhere[surname[0]]) == 1 and len(surname[0]) > 2 and surname not in index.names
    }


def _fold(word: str) -> str:
    """Lower case without accents: "Mitterrand", "Francois" = "François"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _index_surnames(people: Iterable[Person], tokenize: Any) -> dict[str, tuple[str, ...]]:
    """Every person by the last word of each of their names (not particles)."""
    index: dict[str, list[str]] = {}
    for person in people:
        for name in (person.name, *person.aliases):
            words = [w for w in tokenize(name) if w.lower() not in _PARTICLES]
            if words and words[-1][:1].isupper() and len(words[-1]) > 1:
                ids = index.setdefault(_fold(words[-1]), [])
                if person.id not in ids:
                    ids.append(person.id)
    return {k: tuple(v) for k, v in index.items()}


def _same_given_name(given: str, person: Person) -> bool:
    """Does ``given`` agree with the first word of one of the person's names?"""
    given = _fold(given)
    for name in (person.name, *person.aliases):
        first = _fold(name.split()[0])
        if len(name.split()) > 1 and difflib.SequenceMatcher(None, given, first).ratio() >= NEAR_SPELLING:
            return True
    return False


def _plural_demonym(demonym: str) -> str | None:
    """"Iraqi" -> "Iraqis", "Afghan" -> "Afghans"; "Chinese", "British" stay."""
    if demonym.endswith(("ese", "sh", "ch", "ss", "s", "x", "z", ".")) or demonym.isupper():
        return None
    return demonym + "s"


def _holder_in(holdings: tuple[Holding, ...] | list[Holding], on: dt.date | None) -> Holding | None:
    if not holdings:
        return None
    if on is None:
        current = [h for h in holdings if h.office.end is None]
        return (current or list(holdings))[-1]
    starts = [h.office.start or dt.date.min for h in holdings]
    i = bisect.bisect_right(starts, on)
    for holding in reversed(holdings[:i]):
        if holding.office.held_on(on):
            return holding
    return None


def _index_holdings(people: Iterable[Person]) -> dict[tuple[str, str], tuple[Holding, ...]]:
    index: dict[tuple[str, str], list[Holding]] = {}
    for person in people:
        for office in person.offices:
            body = office.country or office.org
            if not body:
                continue
            for key in ((body, office.role), (body, "title:" + office.title.lower())):
                index.setdefault(key, []).append(Holding(person, office))
    # Acting holders after full ones starting the same day, so a full holder wins.
    return {
        k: tuple(sorted(v, key=lambda h: (h.office.start or dt.date.min, not h.office.acting)))
        for k, v in index.items()
    }


def _name_tokenizer():
    """Split names exactly as the English spaCy tokenizer splits text."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer

    def tokenize(name: str) -> tuple[str, ...]:
        return tuple(t.text for t in tokenizer(name.strip()))

    return tokenize


# ---------------------------------------------------------------------------
# Reading and validating the data files
# ---------------------------------------------------------------------------


def _where(root: Traversable | Path, name: str) -> str:
    return f"{root}/{name}" if isinstance(root, Path) else f"communique/data/kb/{name}"


def countries_named(text: str) -> frozenset[str]:
    """The states a text names by a name or a nationality word ("the
    Dominican army", "South Sudan" but not Sudan in it), as codes: what an
    article is about, read without parsing it."""
    by_first = _country_words()
    spans = [(m.start(), m.end(), code)
             for word in {w for found in _CAPITALISED_WORD.findall(text)  # "U.S.", "Russian."
                          for w in (found, found.rstrip("."), found.split("'")[0],
                                    found.split("’")[0])}  # "Sudan's"
             for code, pattern in by_first.get(word, ())
             for m in pattern.finditer(text)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    found, reach = set(), -1
    for start, end, code in spans:
        if end > reach:  # not inside a longer name found at an earlier start
            found.add(code)
            reach = end
    return frozenset(found)


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’.-]*[\w.]|\b[A-Z]\b")


# Nationality words whose plural names the people with an "s" ("Haitians",
# "Israelis"); not "Chinese", "British", "Swiss", "French".
PLURAL_DEMONYM_ENDINGS = frozenset("aeilnor")


@lru_cache(maxsize=1)
def _country_words() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Patterns of the names and nationality words of states, by first word."""
    data = _read_json(files("communique") / "data" / "kb" / "countries.json")
    by_first: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for state in data["states"]:
        demonyms = set(state.get("demonyms", ()))
        for name in (*state.get("names", ()), *demonyms):
            if not name[:1].isupper():
                continue
            # (the people too: "HAITIANS wait", "KENYANS voted")
            plural = name in demonyms and name[-1:] in PLURAL_DEMONYM_ENDINGS
            pattern = re.compile(rf"\b{re.escape(name)}{'s?' if plural else ''}(?!\w|-\w)")
            first = name.split()[0]
            for word in {first, f"{first}s"} if plural and first == name else {first}:
                by_first.setdefault(word, []).append((state["code"], pattern))
    return by_first


@lru_cache(maxsize=1)
def _packaged_organizations() -> tuple[dict, ...]:
    """The packaged organisations, read once for the helpers below."""
    data = _read_json(files("communique") / "data" / "kb" / "organizations.json")
    return tuple(data.get("organizations", ()))


@lru_cache(maxsize=1)
def parent_bodies() -> dict[str, tuple[str, str]]:
    """Each organisation that belongs to another, with the other and its own
    sector: "JNIM" -> ("ALQAEDA", "REB"), "UNSC" -> ("UN", "IGO"). Read
    from the packaged organisations (their ``parent``)."""
    return {o["code"]: (o["parent"], o.get("sector", "")) for o in _packaged_organizations()
            if o.get("parent")}


@lru_cache(maxsize=1)
def org_seat_cities() -> dict[str, frozenset[str]]:
    """The cities each organisation sits in, by code: "EU" -> {"Brussels"}.
    Read from the packaged organisations (their ``seat_cities``)."""
    return {o["code"]: frozenset(o["seat_cities"]) for o in _packaged_organizations()
            if o.get("seat_cities")}


def _read_json(path: Traversable | Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(f"knowledge-base file {path} is missing; reinstall communique") from exc
    except json.JSONDecodeError as exc:
        raise DataError(f"knowledge-base file {path} is not valid JSON ({exc}); fix the file") from exc


def _list(data: Any, key: str, where: str) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise DataError(f"{where}: expected an object with a list {key!r}")
    return data[key]


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: {key!r} must be a list of non-empty strings, got {value!r}")
    return tuple(value)


def _required(entry: Any, key: str, where: str) -> str:
    if not isinstance(entry, dict):
        raise DataError(f"{where}: expected an object, got {entry!r}")
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: field {key!r} is missing or empty; every entry needs one")
    return value


def _sector(value: Any, where: str) -> str:
    if value not in SECTORS:
        raise DataError(f"{where}: sector {value!r} is not a PLOVER sector; use one of {sorted(SECTORS)}")
    return value


def _optional(path: Traversable | Path) -> Any:
    """A data file that a trimmed knowledge base (tests, custom roots) may leave out."""
    return _read_json(path) if path.is_file() else {}


def _load_groups(data: Any, where: str, states: dict[str, State]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for i, entry in enumerate(data.get("groups", []) if data else []):
        code = _required(entry, "code", f"{where} groups[{i}]")
        here = f"{where} group {code}"
        if code in groups:
            raise DataError(f"{here}: listed twice; merge the two entries")
        countries = _strings(entry, "countries", here)
        unknown = [c for c in countries if c not in states]
        if unknown:
            raise DataError(f"{here}: countries {unknown} are not states in countries.json")
        groups[code] = Group(code, _required(entry, "name", here), _strings(entry, "names", here),
                             countries, _sector(entry.get("sector"), here))
    return groups


def _load_areas(data: Any, where: str, states: dict[str, State]) -> tuple[Area, ...]:
    areas = []
    for i, entry in enumerate(data.get("areas", []) if data else []):
        here = f"{where} areas[{i}]"
        name, country = _required(entry, "name", here), entry.get("country")
        if country not in states:
            raise DataError(f"{here}: country {country!r} of {name!r} is not a state in countries.json")
        areas.append(Area(name, country))
    return tuple(areas)


def _load_ship_prefixes(data: Any, where: str, states: dict[str, State]) -> dict[str, str]:
    if not data:
        return {}
    prefixes = data.get("prefixes") if isinstance(data, dict) else None
    if not isinstance(prefixes, dict):
        raise DataError(f"{where}: 'prefixes' must map a prefix ('USS') to a state code ('USA')")
    unknown = sorted(f"{p}: {c}" for p, c in prefixes.items() if c not in states)
    if unknown:
        raise DataError(f"{where}: {unknown} are not states in countries.json")
    bad = [p for p in prefixes if not (isinstance(p, str) and p.isalpha() and p[0].isupper())]
    if bad:
        raise DataError(f"{where}: prefixes {bad} must be written as navies write them ('USS', 'HSwMS')")
    return dict(prefixes)


def _load_inert_nouns(data: Any, where: str) -> frozenset[str]:
    if not data:
        return frozenset()
    nouns = _strings(data, "nouns", where)
    bad = [n for n in nouns if n != n.lower() or " " in n]
    if bad:
        raise DataError(f"{where}: nouns {bad} must be single lower-case lemmas ('wine', not 'Wines')")
    return frozenset(nouns)


def _load_states(data: Any, where: str) -> dict[str, State]:
    states: dict[str, State] = {}
    owner: dict[tuple[str, str], str] = {}
    for i, entry in enumerate(_list(data, "states", where)):
        code = _required(entry, "code", f"{where} states[{i}]")
        here = f"{where} state {code}"
        if not _STATE_CODE.match(code):
            raise DataError(f"{here}: code must be three capital letters (ISO 3166-1 alpha-3)")
        if code in states:
            raise DataError(f"{here}: listed twice; merge the two entries")
        seats = []
        for seat in entry.get("seats", []):
            seats.append(Seat(_required(seat, "text", here), _sector(seat.get("sector"), here)))
        state = State(
            code=code, name=_required(entry, "name", here), names=_strings(entry, "names", here),
            demonyms=_strings(entry, "demonyms", here), capitals=_strings(entry, "capitals", here),
            seats=tuple(seats),
        )
        for kind, names in (("name", state.names), ("demonym", state.demonyms)):
            for name in names:
                other = owner.setdefault((kind, name), code)
                if other != code:
                    raise DataError(
                        f"{here}: {kind} {name!r} is also a {kind} of {other}; "
                        f"keep it in one state only"
                    )
        states[code] = state
    return states


def _load_organizations(data: Any, where: str, states: dict[str, State]) -> dict[str, Organization]:
    orgs: dict[str, Organization] = {}
    for i, entry in enumerate(_list(data, "organizations", where)):
        code = _required(entry, "code", f"{where} organizations[{i}]")
        here = f"{where} organization {code}"
        if not _ORG_CODE.match(code) or code in orgs:
            raise DataError(f"{here}: code must be unique capitals and digits (e.g. 'UN', 'G20')")
        wikidata = entry.get("wikidata")
        if wikidata is not None and not _QID.match(str(wikidata)):
            raise DataError(f"{here}: wikidata {wikidata!r} is not a QID such as 'Q1065'")
        country = entry.get("country")
        if country is not None and country not in states:
            raise DataError(f"{here}: country {country!r} is not a state in countries.json")
        kind = entry.get("type", "group" if country else "organization")
        if kind not in ENTITY_TYPES:
            raise DataError(f"{here}: type {kind!r} is not one of {sorted(ENTITY_TYPES)}")
        orgs[code] = Organization(
            code=code, name=_required(entry, "name", here), names=_strings(entry, "names", here),
            sector=_sector(entry.get("sector"), here), parent=entry.get("parent"), wikidata=wikidata,
            country=country, type=kind, seat_cities=_strings(entry, "seat_cities", here),
            called=tuple(word.lower() for word in _strings(entry, "called", here)),
        )
    for org in orgs.values():
        if org.parent is not None and org.parent not in orgs:
            raise DataError(f"{where} organization {org.code}: parent {org.parent!r} is not listed")
    return orgs


def _date(value: Any, where: str, key: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise DataError(f"{where}: {key} {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _load_people(
    data: Any, where: str, states: dict[str, State], orgs: dict[str, Organization]
) -> Iterator[Person]:
    for i, entry in enumerate(_list(data, "people", where)):
        pid = _required(entry, "id", f"{where} people[{i}]")
        here = f"{where} person {pid!r}"
        if not _PERSON_ID.match(pid):
            raise DataError(f"{here}: id must be a lowercase ascii slug such as 'vladimir-putin'")
        wikidata = entry.get("wikidata")
        if wikidata is not None and not _QID.match(str(wikidata)):
            raise DataError(f"{here}: wikidata {wikidata!r} is not a QID such as 'Q7747' (or null)")
        gender = entry.get("gender")
        if gender not in (None, "m", "f"):
            raise DataError(f"{here}: gender must be 'm', 'f' or null, got {gender!r}")
        offices = []
        for j, raw in enumerate(entry.get("offices", [])):
            at = f"{here} offices[{j}]"
            role = raw.get("role") if isinstance(raw, dict) else None
            if role not in ROLES:
                raise DataError(f"{at}: role {role!r} is not one of {sorted(ROLES)}")
            country, org = raw.get("country"), raw.get("org")
            if country is not None and country not in states:
                raise DataError(f"{at}: country {country!r} is not a state in countries.json")
            if org is not None and not isinstance(org, str):
                raise DataError(f"{at}: org must be an organisation code or null, got {org!r}")
            if country is None and org is None:
                raise DataError(f"{at}: an office needs a country or an org")
            office = Office(
                title=_required(raw, "title", at), role=role, sector=_sector(raw.get("sector"), at),
                country=country, org=org, start=_date(raw.get("start"), at, "start"),
                end=_date(raw.get("end"), at, "end"), acting=bool(raw.get("acting", False)),
            )
            if office.start and office.end and office.end < office.start:
                raise DataError(f"{at}: end {office.end} is before start {office.start}")
            offices.append(office)
        aliases = _strings(entry, "aliases", here)
        yield Person(
            id=pid, name=_required(entry, "name", here),
            aliases=tuple(a for a in aliases if a.lower() not in _BARE_TITLES),
            offices=tuple(offices), wikidata=wikidata, gender=gender,
        )


# Aliases that are bare titles would match every "President": never names.
_BARE_TITLES = frozenset({"president", "prime minister", "king", "queen", "emir", "chancellor"})


def _lower_words(entry: Any, here: str, tokenize: Any) -> tuple[str, ...]:
    return tuple(w.lower() for w in tokenize(_required(entry, "words", here)))


def _load_institution(entry: Any, where: str, i: int, tokenize: Any) -> Institution:
    here = f"{where} institutions[{i}]"
    words = _lower_words(entry, here, tokenize)
    kind = entry.get("type")
    if kind not in ENTITY_TYPES:
        raise DataError(f"{here}: type {kind!r} is not one of {sorted(ENTITY_TYPES)}")
    return Institution(words, _sector(entry.get("sector"), here), kind, bool(entry.get("contextual")),
                       bool(entry.get("needs_country")))


def _load_title(entry: Any, where: str, i: int, tokenize: Any) -> Title:
    here = f"{where} titles[{i}]"
    roles = _strings(entry, "roles", here)
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise DataError(f"{here}: roles {bad} are not among {sorted(ROLES)}")
    words = _lower_words(entry, here, tokenize)
    return Title(words, roles, _sector(entry.get("sector"), here))


def _load_region(entry: Any, where: str, i: int, states: dict[str, State]) -> Region:
    here = f"{where} regions[{i}]"
    words = _strings(entry, "words", here)
    codes = (entry.get("country"), *_strings(entry, "requires", here))
    unknown = [c for c in codes if c not in states]
    if unknown:
        raise DataError(f"{here}: {unknown} are not states in countries.json")
    return Region(words, entry["country"], codes[1:], _required(entry, "rule", here))
