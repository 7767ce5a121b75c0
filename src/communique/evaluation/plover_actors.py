"""``communique eval plover-actors``: source/target actors of the PLOVER gold records.

Each record's ``textInfo.markup`` marks actors as ``(SRC: ...)``, ``(TAR: ...)``
or ``(SRC/TAR: ...)``. The markup is stripped to plain text (keeping the
offsets of every marked span), parsed, and resolved with ``resolve_actors``
as of the record's ``date``. Each gold actor (``source``/``target`` list,
``actorText`` + ``code``) is located in a marked span; our answer is the
mention overlapping it most.

Scoring, and how CAMEO codes map to ours:

- country: the gold code's first three letters against ``Entity.country``.
  CAMEO codes are ISO 3166-1 alpha-3 except a few listed in
  ``data/kb/cameo_codes.json`` (``JAP`` -> ``JPN``, ``ROM`` -> ``ROU`` ...).
  ``IGO`` and ``NGO`` are not countries: they are right when our entity is an
  organisation (``org`` set, no country) or has that sector; ``IMG`` when it
  is a group with no country.
- sector: where the gold gives one (``***`` means unknown and is skipped), its
  first three letters against ``Entity.sector`` (``CVLalb`` -> ``CVL``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from ..actors import resolve_actors
from ..config import Config
from ..errors import DataError
from ..kb import KnowledgeBase
from ..model import ActorMention, Article
from ..nlp import Parser
from . import Report

NAME = "plover-actors"
GOLD = Path("eval") / "plover" / "PLOVER_GSR_dev.json"
TAG = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC|[A-Z]{3,8}):\s*")
ORG_CODES = frozenset({"IGO", "NGO", "IMG"})


@dataclass(frozen=True)
class GoldActor:
    record: str
    text: str
    code: str
    sector: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    day: dt.date | None
    actors: tuple[GoldActor, ...]


def strip_markup(markup: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Plain text of a PLOVER markup and its tagged spans (tag, start, end)."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    stack: list[tuple[str, int]] = []
    depth: list[bool] = []  # for each open parenthesis: is it a tag?
    i, length = 0, 0
    while i < len(markup):
        tag = TAG.match(markup, i) if markup[i] == "(" else None
        if tag is not None:
            i = tag.end()
            stack.append((tag.group(1), length))
            depth.append(True)
            continue
        ch = markup[i]
        if ch == "(":
            depth.append(False)
        elif ch == ")" and depth:
            if depth.pop():
                name, start = stack.pop()
                spans.append((name, start, length))
                i += 1
                continue
        out.append(ch)
        length += 1
        i += 1
    return "".join(out), spans


def load_gold(path: Path, limit: int | None = None) -> list[GoldRecord]:
    if not path.exists():
        raise DataError(f"PLOVER gold file {path} is missing; pass --shared pointing at the "
                        f"folder that holds eval/plover/PLOVER_GSR_dev.json")
    records = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        if raw.get("event") == "DOCUMENT" or not raw.get("textInfo"):
            continue
        text, spans = strip_markup(raw["textInfo"].get("markup") or raw.get("text", ""))
        actors = []
        for role in ("source", "target"):
            entries = raw.get(role)
            if not isinstance(entries, list):
                continue
            tags = [s for s in spans if role[:3].upper() in s[0]]
            for entry in entries:
                actors.append(GoldActor(raw["id"], entry.get("actorText", ""), entry.get("code", ""),
                                        entry.get("sector"), _locate(entry.get("actorText", ""), text, tags)))
        day = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
        records.append(GoldRecord(raw["id"], text, day, tuple(actors)))
        if limit and len(records) >= limit:
            break
    return records


def _locate(actor_text: str, text: str, tags: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    wanted = " ".join(actor_text.split()).lower()
    for _, start, end in tags:
        marked = " ".join(text[start:end].split()).lower()
        if marked and marked in wanted:
            return start, end
        if wanted and wanted in marked:  # one of a list: "(TAR: Iran, Libya, Sudan)"
            at = text.lower().find(wanted, start, end)
            if at >= 0:
                return at, at + len(wanted)
            return start, end
    at = text.lower().find(wanted) if wanted else -1
    return (at, at + len(wanted)) if at >= 0 else None


def cameo_to_iso() -> dict[str, str]:
    path = files("communique") / "data" / "kb" / "cameo_codes.json"
    return json.loads(path.read_text(encoding="utf-8"))["cameo_to_iso"]


def best_mention(mentions: tuple[ActorMention, ...], span: tuple[int, int]) -> ActorMention | None:
    def overlap(m: ActorMention) -> int:
        return min(m.span[1], span[1]) - max(m.span[0], span[0])

    # The mention that starts where the gold actor starts ("rebels in the
    # Ivory Coast" -> "rebels"), else the one overlapping most.
    hits = [m for m in mentions if overlap(m) > 0]
    return max(hits, key=lambda m: (m.span[0] == span[0], overlap(m), -(m.span[1] - m.span[0]))) if hits else None


def country_correct(code: str, mention: ActorMention | None, mapping: dict[str, str]) -> bool:
    if mention is None:
        return False
    entity = mention.entity
    gold = code[:3]
    if gold in ("IGO", "NGO"):
        return (entity.org is not None and entity.country is None) or entity.sector == gold
    if gold == "IMG":
        return entity.country is None and entity.type in ("group", "organization")
    return entity.country == mapping.get(gold, gold)


def run(shared: Path, *, limit: int | None = None, config: Config) -> Report:
    records = load_gold(shared / GOLD, limit)
    kb = KnowledgeBase.load()
    parser = Parser(config)
    mapping = cameo_to_iso()
    docs = parser.pipe(r.text for r in records)
    n = located = found = right = 0
    sector_n = sector_right = 0
    errors: list[str] = []
    for record, doc in zip(records, docs):
        published = dt.datetime.combine(record.day, dt.time()) if record.day else None
        mentions = resolve_actors(doc, Article(id=record.id, text=record.text, published=published), kb)
        for actor in record.actors:
            n += 1
            if actor.span is None:
                errors.append(f"{record.id}  {actor.text!r}  gold {actor.code}: not located in the markup")
                continue
            located += 1
            mention = best_mention(mentions, actor.span)
            found += mention is not None
            ok = country_correct(actor.code, mention, mapping)
            right += ok
            got = "-" if mention is None else (
                f"{mention.text!r} -> {mention.entity.country or mention.entity.org} "
                f"{mention.entity.sector} ({mention.entity.resolved_by})")
            gold_sector = (actor.sector or "")[:3]
            if gold_sector and gold_sector != "***":
                sector_n += 1
                sector_ok = mention is not None and mention.entity.sector == gold_sector
                sector_right += sector_ok
            else:
                sector_ok = True
            if not ok or not sector_ok:
                errors.append(f"{record.id}  {actor.text!r}  gold {actor.code}/{actor.sector or '-'}  got {got}")
    metrics = {
        "records": len(records),
        "gold_actors": n,
        "located": located,
        "found": found,
        "country_accuracy": right / located if located else 0.0,
        "country_accuracy_all": right / n if n else 0.0,
        "sector_gold": sector_n,
        "sector_accuracy": sector_right / sector_n if sector_n else 0.0,
    }
    notes = (
        "country_accuracy: over gold actors located in the markup; _all counts unlocated ones as wrong",
        "IGO/NGO gold codes count right when our entity is an organisation (org set, no country)",
        "sector_accuracy: over gold actors with a sector (first three letters; '***' skipped)",
    )
    return Report(NAME, metrics, table="errors:\n" + "\n".join(errors), notes=notes)
