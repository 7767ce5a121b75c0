"""The records that pass between stages and make up the output contract.

Every record is a frozen dataclass. Field names follow ``DESIGN.md`` (and
PLOVER where PLOVER has a name). Lists are tuples so that records stay
immutable and hashable; they are written as JSON arrays.

``to_dict`` / ``from_dict`` give an exact JSON round trip, driven by the type
hints alone, and ``communique.schema`` derives the JSON Schema from the same
hints, so the contract is written down exactly once: here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Union

from .errors import RecordError

# ---------------------------------------------------------------------------
# Vocabularies of the contract
# ---------------------------------------------------------------------------

PloverCategory = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
]
Factuality = Literal["asserted", "future", "hypothetical", "negated"]
Precision = Literal["day", "month", "year"]
EntityType = Literal["state", "person", "organization", "group"]
Stance = Literal["cooperative", "strained", "hostile", "neutral"]
Trend = Literal["improving", "deteriorating", "stable"]

PLOVER_CATEGORIES: tuple[str, ...] = typing.get_args(PloverCategory)
FACTUALITIES: tuple[str, ...] = typing.get_args(Factuality)


# ---------------------------------------------------------------------------
# Article
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Author:
    name: str
    email: str | None = None


@dataclass(frozen=True)
class Alternate:
    """Another language version of the same article."""

    language: str
    url: str | None = None


@dataclass(frozen=True)
class Article:
    """One news article as read from a source, boilerplate removed.

    ``text`` is the clean body, paragraphs separated by a blank line; every
    offset elsewhere in the output refers to it. ``origin`` says where the
    article was read from (a path, ``path:line`` for JSON Lines, ``path#n``
    for the n-th WARC record) so that every output line can be traced back.
    """

    id: str
    text: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    authors: tuple[Author, ...] = ()
    language: str | None = None
    alternates: tuple[Alternate, ...] = ()
    origin: str | None = None


# ---------------------------------------------------------------------------
# Actors and places
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """A political actor as resolved on the article's date.

    ``kb_id`` names the knowledge-base entry it was resolved to (or is null),
    and ``resolved_by`` the rule that resolved it, for debugging.
    """

    text: str
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    type: EntityType | None = None
    office: str | None = None
    wikidata: str | None = None
    kb_id: str | None = None
    resolved_by: str | None = None


@dataclass(frozen=True)
class Location:
    extracted_place: str
    resolved_place: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    feature_code: str | None = None
    resolution: int | None = None


# ---------------------------------------------------------------------------
# Events and relations
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One mention of an event: its trigger words and the sentence."""

    event_text: str
    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Event:
    """One happening, coded in PLOVER, with its own time, certainty and evidence.

    ``date``/``enddate``/``date_precision`` are null only for background
    history that the text does not date ("his previous visit"): such an event
    is known to lie before the story, and inventing a day would be wrong.
    """

    id: str
    event: PloverCategory
    date: dt.date | None
    enddate: dt.date | None
    date_precision: Precision | None
    factuality: Factuality
    event_text: str
    text: str
    span: tuple[int, int]
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad_code: int | None = None
    intensity: float | None = None
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    date_text: str | None = None
    event_loc: Location | None = None
    historical: bool = False
    claimed_by: Entity | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class RelationClaim:
    """A statement about the state of a relation between two actors."""

    pair: tuple[str, str]
    text: str
    span: tuple[int, int]
    stance: Stance | None = None
    trend: Trend | None = None
    factuality: Factuality = "asserted"
    claimed_by: Entity | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Problem:
    """Why an article, or one stage of it, did not give a full result.

    ``code`` is the code of the ``communique.errors`` class (or warning) that
    describes the problem; ``stage`` names where it happened.
    """

    stage: str
    code: str
    message: str


@dataclass(frozen=True)
class Extraction:
    """One output line: an article and what was extracted from it."""

    article: Article
    events: tuple[Event, ...] = ()
    relations: tuple[RelationClaim, ...] = ()
    errors: tuple[Problem, ...] = ()
    # Mentions of a happening that name no one who acted ("the deployment",
    # "aid trucks reached Black River"), in categories the article codes no
    # event of: not events, only for the store to attach to a happening
    # other reports name the doer of (``events.code_events``).
    unattributed: tuple[Event, ...] = ()

    @property
    def ok(self) -> bool:
        """True unless a problem stopped the article from being read."""
        return not any(p.code.startswith("E") for p in self.errors)


# ---------------------------------------------------------------------------
# Between stages: mentions found in an article's text (not in the output line)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorMention:
    """A span of ``Article.text`` that names a political actor."""

    text: str
    span: tuple[int, int]
    entity: Entity


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised against the publication date.

    ``start``/``end`` are the first and last day of the period it denotes;
    ``value`` is the TimeML ``TIMEX3`` value (``2024-06-18``, ``2024-06``,
    ``2024-W25``, ``PAST_REF`` ...). ``vague`` marks expressions such as
    "soon" or "in recent weeks", whose range is a best reading, not a fact.
    ``anchor_span`` points at the mention a relative expression was
    resolved against ("the same day"), when there was one.
    """

    text: str
    span: tuple[int, int]
    start: dt.date
    end: dt.date
    precision: Precision
    value: str
    vague: bool = False
    time: str | None = None
    anchor_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A span of ``Article.text`` that names a place, geocoded."""

    text: str
    span: tuple[int, int]
    location: Location


# ---------------------------------------------------------------------------
# JSON round trip, driven by the type hints
# ---------------------------------------------------------------------------

_HINTS: dict[type, dict[str, Any]] = {}


def record_hints(cls: type) -> dict[str, Any]:
    """The resolved type hints of a record class (cached)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of a record, every field present, in field order."""
    return {f.name: _dump(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def from_dict(cls: type, data: Any) -> Any:
    """Build a record of class ``cls`` from ``to_dict`` output (validated)."""
    return _load(cls, data, cls.__name__)


def _load(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        last: RecordError | None = None
        for option in options:
            if option is type(None):
                continue
            try:
                return _load(option, value, where)
            except RecordError as exc:
                last = exc
        raise last or RecordError(f"{where}: no value allowed here, got {value!r}")
    if origin is Literal:
        allowed = typing.get_args(hint)
        if value not in allowed:
            raise RecordError(f"{where}: {value!r} is not one of {list(allowed)}")
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list):
            raise RecordError(f"{where}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise RecordError(f"{where}: expected {len(args)} items, got {len(value)}")
        return tuple(_load(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise RecordError(f"{where}: expected an object, got {type(value).__name__}")
        hints = record_hints(hint)
        unknown = set(value) - set(hints)
        if unknown:
            raise RecordError(f"{where}: unknown fields {sorted(unknown)}")
        kwargs = {k: _load(hints[k], v, f"{where}.{k}") for k, v in value.items()}
        try:
            return hint(**kwargs)
        except TypeError as exc:
            raise RecordError(f"{where}: {exc}") from exc
    if hint is dt.datetime:
        return _parse_iso(dt.datetime.fromisoformat, value, where)
    if hint is dt.date:
        return _parse_iso(dt.date.fromisoformat, value, where)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RecordError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if hint in (str, int, bool):
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise RecordError(f"{where}: expected {hint.__name__}, got {value!r}")
        return value
    raise RecordError(f"{where}: unsupported type {hint!r}")


def _parse_iso(parse: Any, value: Any, where: str) -> Any:
    if not isinstance(value, str):
        raise RecordError(f"{where}: expected an ISO 8601 string, got {value!r}")
    try:
        return parse(value)
    except ValueError as exc:
        raise RecordError(f"{where}: {value!r} is not ISO 8601") from exc


def replace(record: Any, **changes: Any) -> Any:
    """A copy of a record with some fields changed."""
    return dataclasses.replace(record, **changes)


__all__ = [
    "ActorMention", "Alternate", "Article", "Author", "Entity", "Event", "Evidence",
    "Extraction", "Location", "PlaceMention", "Problem", "RelationClaim", "Timex",
    "PLOVER_CATEGORIES", "FACTUALITIES", "from_dict", "to_dict", "replace",
]
