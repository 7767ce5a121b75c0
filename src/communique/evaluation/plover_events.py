"""``communique eval plover-events``: event categories and source-target-category
triples on the PLOVER gold-standard records (``eval/plover/PLOVER_GSR_dev.json``).

Each record is one sentence with its gold ``event`` category, ``source`` and
``target`` actors and a ``textInfo.markup`` that brackets the event words as
``(EVT: ...)``. The record is run through the full path (actors, time,
places, events), dated 2000-01-01 as the records are.

- **category**: the coded event whose trigger words overlap the first gold
  ``EVT`` span (else any ``EVT`` span) has the gold category; a record with
  no such event counts as wrong. ``coverage`` is the share of records that
  have one.
- **triple**: category right, the set of actor countries equals the gold
  source countries (``code[:3]``), and the recipients equal the gold targets
  (or, when the gold has none, the coder gives none or the same parties as
  the source, the symmetric reading; where the gold marks the parties
  ``SRC/TAR``, actors and recipients together must be the parties).
  ``triple_overlap`` only asks the
  country sets to share a member.

Gold records use the 2016 category names; they are mapped to the current
ones as ``CAMEO2PLOVER-2021.txt`` does (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT). PLOVER codes a stated intent as
AGREE (cooperation) or THREATEN (conflict); our coder keeps the intended
event with ``factuality: future``. ``category`` applies PLOVER's convention
to our future events before comparing; ``category_raw`` does not. Gold
actor codes for organisations (``IGO``, ``NGO``, ``IMG`` ...) match any entity
with an ``org``; CAMEO country codes that differ from ISO 3166 (``JAP``,
``ITL`` ...) are mapped with ``data/kb/cameo_codes.json`` before comparing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import DataError
from ..model import Article, Event
from . import Report
from .plover_actors import cameo_to_iso

NAME = "plover-events"
GOLD = Path("eval") / "plover" / "PLOVER_GSR_dev.json"
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ORG_CODES = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "EUR"})
PUBLISHED = dt.datetime(2000, 1, 1, 12, 0, tzinfo=dt.timezone.utc)
_MARK = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC)\s*:\s*([^()]*)\)")


def run(shared: Path, *, limit: int | None = None, config: Config) -> Report:
    records = load_gold(shared, limit)
    from ..actors import resolve_actors
    from ..events import code_events
    from ..factuality import Cues
    from ..gazetteer import Gazetteer
    from ..kb import KnowledgeBase
    from ..lexicon import EventLexicon
    from ..nlp import Parser
    from ..places import resolve_places
    from ..timex import find_timexes

    parser = Parser(config)
    kb, gazetteer, lexicon = KnowledgeBase.load(), Gazetteer.load(), EventLexicon.load()
    cues = Cues.load()
    mapping = cameo_to_iso()
    clock: dict[str, float] = defaultdict(float)

    started = time.perf_counter()
    docs = list(parser.pipe(r["text"] for r in records))
    clock["parse"] = time.perf_counter() - started

    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, cat, triple, raw
    totals = defaultdict(int)
    misses: list[str] = []
    for record, doc in zip(records, docs):
        article = Article(id=record["id"], text=record["text"], published=PUBLISHED)
        t0 = time.perf_counter()
        actors = resolve_actors(doc, article, kb)
        t1 = time.perf_counter()
        timexes = find_timexes(article.text, PUBLISHED, doc=doc)
        t2 = time.perf_counter()
        countries = [a.entity.country for a in actors if a.entity.country]
        places = resolve_places(doc, gazetteer, context_countries=countries, day=PUBLISHED.date())
        t3 = time.perf_counter()
        events = code_events(doc, article, lexicon, actors, timexes, places, cues=cues)
        t4 = time.perf_counter()
        for stage, seconds in (("actors", t1 - t0), ("timex", t2 - t1), ("places", t3 - t2),
                               ("events", t4 - t3)):
            clock[stage] += seconds

        gold = RENAMED.get(record["event"], record["event"])
        chosen = choose_event(events, evt_spans(record))
        row = per_category[gold]
        row[0] += 1
        totals["n"] += 1
        if chosen is None:
            misses.append(f"{record['id']}: no event on the gold words")
            continue
        totals["covered"] += 1
        category = convention(chosen)
        if chosen.event == gold:
            row[3] += 1
            totals["raw"] += 1
        if category != gold:
            misses.append(f"{record['id']}: {category} for {gold} ('{chosen.event_text}')")
            continue
        row[1] += 1
        totals["category"] += 1
        source = gold_codes(record.get("source"), mapping)
        target = gold_codes(record.get("target"), mapping)
        symmetric = "SRC/TAR" in (record.get("textInfo") or {}).get("markup", "")
        if parties_match(chosen, source, target, exact=True, symmetric=symmetric):
            row[2] += 1
            totals["triple"] += 1
        if parties_match(chosen, source, target, exact=False, symmetric=symmetric):
            totals["overlap"] += 1

    n = max(totals["n"], 1)
    metrics: dict[str, float] = {
        "records": totals["n"],
        "coverage": totals["covered"] / n,
        "category": totals["category"] / n,
        "category_raw": totals["raw"] / n,
        "triple": totals["triple"] / n,
        "triple_overlap": totals["overlap"] / n,
        "parse_ms_per_record": 1000 * clock["parse"] / n,
    }
    for stage in ("actors", "timex", "places", "events"):
        metrics[f"{stage}_ms_per_record"] = 1000 * clock[stage] / n
    metrics["events_vs_parse"] = clock["events"] / clock["parse"] if clock["parse"] else 0.0
    notes = tuple(misses[:15]) + ((f"... {len(misses) - 15} more misses",) if len(misses) > 15 else ())
    return Report(name=NAME, metrics=metrics, table=_table(per_category), notes=notes)


def load_gold(shared: Path, limit: int | None) -> list[dict[str, Any]]:
    path = Path(shared) / GOLD
    if not path.exists():
        raise DataError(f"PLOVER gold records not found at {path}; pass --shared to the folder "
                        f"holding eval/plover/")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DataError(f"{path} is not valid JSON ({exc})") from exc
    records = [r for r in raw if r.get("event") not in (None, "DOCUMENT") and r.get("text")]
    return records[:limit] if limit else records


def evt_spans(record: dict[str, Any]) -> list[str]:
    """The event words bracketed in the record's markup, in order."""
    markup = (record.get("textInfo") or {}).get("markup", "")
    return [m.group(2).strip() for m in _MARK.finditer(markup) if m.group(1) == "EVT"]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 or w == "a"}


def choose_event(events: tuple[Event, ...], spans: list[str]) -> Event | None:
    """The coded event on the first gold EVT span, else on any EVT span."""
    for span in spans:
        words = _words(span)
        for event in events:
            trigger_words = {w for ev in event.evidence for w in _words(ev.event_text)}
            if trigger_words & words:
                return event
    return None


def convention(event: Event) -> str:
    """PLOVER's category for our event: an intended act is AGREE or THREATEN."""
    if event.factuality == "future" and event.event not in ("AGREE", "THREATEN"):
        return "AGREE" if (event.quad_code or 1) <= 2 else "THREATEN"
    return event.event


def gold_codes(actors: Any, mapping: dict[str, str] | None = None) -> set[str]:
    """The gold actors' country (or organisation) codes, CAMEO spellings
    mapped to ISO 3166 through ``mapping``."""
    if not isinstance(actors, list):
        return set()
    mapping = mapping or {}
    codes = (a["code"][:3] for a in actors if isinstance(a, dict) and a.get("code"))
    return {mapping.get(code, code) for code in codes}


def _ours(entities) -> set[str]:
    return {e.country or f"org:{e.org}" for e in entities if e.country or e.org}


def _same(ours: set[str], gold: set[str], exact: bool) -> bool:
    gold_states = {g for g in gold if g not in ORG_CODES}
    gold_orgs = len(gold) - len(gold_states)
    our_states = {o for o in ours if not o.startswith("org:")}
    our_orgs = len(ours) - len(our_states)
    if exact:
        return our_states == gold_states and (our_orgs > 0) == (gold_orgs > 0)
    return bool(our_states & gold_states) or (our_orgs > 0 and gold_orgs > 0)


def parties_match(event: Event, source: set[str], target: set[str], *, exact: bool,
                  symmetric: bool = False) -> bool:
    actors, recipients = _ours(event.actor), _ours(event.recipient)
    if symmetric and not target:
        # Gold "(SRC/TAR: A) ... (SRC/TAR: B)": the parties act on each other.
        return _same(actors | recipients, source, exact)
    if not _same(actors, source, exact):
        return False
    if target:
        return _same(recipients, target, exact)
    return not recipients or recipients == actors


def _table(per_category: dict[str, list[int]]) -> str:
    lines = [f"{'category':<11} {'n':>4} {'category':>9} {'triple':>7} {'raw':>6}"]
    for name in sorted(per_category):
        n, cat, triple, raw = per_category[name]
        lines.append(f"{name:<11} {n:>4} {cat / n:>9.3f} {triple / n:>7.3f} {raw / n:>6.3f}")
    return "\n".join(lines)
