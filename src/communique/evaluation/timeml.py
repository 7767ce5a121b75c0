"""``communique eval timeml``: dates against TempEval-3 TBAQ (TimeBank + AQUAINT).

Each ``.tml`` document gives its creation time (``<DCT>``), used as the
publication date, and its text with gold ``TIMEX3`` tags. Tags are stripped to
get the plain text and the gold offsets; ``find_timexes`` runs on that text
with a spaCy parse. Only gold ``TIMEX3`` of ``type="DATE"`` are scored (the DCT
is outside ``<TEXT>`` and never scored).

* recall / precision, **strict**: the same character span; **relaxed**: the
  spans overlap. ``precision_relaxed_any`` counts a prediction as right when it
  overlaps a gold TIMEX3 of any type (TIME, DURATION, SET as well).
* value accuracy, over relaxed matches: values are compared at date level —
  a time part (``T...``, e.g. ``1998-02-27TMO``) is dropped from both sides;
  trailing unspecified parts of the gold (``1982-XX`` -> ``1982``,
  ``199X`` -> ``199``) are dropped and any remaining ``X`` matches any digit
  (``1998-WXX`` accepts ``1998-W17``). A range we merged ("from March to May")
  carries the value of its first part, so it can match the first gold only.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..errors import DataError
from ..model import Timex
from . import Report

NAME = "timeml"
CORPORA = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    span: tuple[int, int]
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    name: str
    created: dt.date
    text: str
    gold: tuple[GoldTimex, ...]


def read_tml(path: Path) -> TimeMLDocument:
    """The plain text, creation date and gold TIMEX3 of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    if dct is None or body is None:
        raise DataError(f"{path}: no <DCT> or <TEXT> element; is this a TimeML file?")
    value = dict(_ATTR.findall(dct.group(1))).get("value", "")
    try:
        created = dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise DataError(f"{path}: creation time {value!r} is not a date") from exc
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    position = 0
    source = body.group(1)
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(GoldTimex((start, length), "", attrs.get("type", ""),
                                  attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(source[position:]))
    text = "".join(pieces)
    gold = [GoldTimex(g.span, text[g.span[0]:g.span[1]], g.type, g.value) for g in gold]
    return TimeMLDocument(path.stem, created, text, tuple(gold))


def normalise_value(value: str) -> str:
    """A TimeML value at date level (see the module docstring)."""
    value = value.split("T", 1)[0] if re.match(r"\d", value) else value
    value = re.sub(r"-W(\d)(?=$|-)", r"-W0\1", value)  # gold "2000-W7" is week 07
    while True:
        trimmed = re.sub(r"-X+$", "", value)
        trimmed = re.sub(r"(?<=\d)X+$", "", trimmed)
        if trimmed == value:
            return value
        value = trimmed


def values_agree(gold: str, ours: str) -> bool:
    g, o = normalise_value(gold), normalise_value(ours)
    if "X" not in g:
        return g == o
    return re.fullmatch(re.escape(g).replace("X", r"\w"), o) is not None


def _shape(value: str) -> str:
    """The granularity of a TimeML value, for naming error kinds."""
    value = normalise_value(value)
    if value.endswith("_REF"):
        return value
    for shape, pattern in (("day", r"\d{4}-\d\d-\d\d"), ("month", r"\d{4}-\d\d"),
                           ("week", r"\d{4}-W\w\w(-WE)?"), ("quarter", r"\d{4}-[QH]\w"),
                           ("season", r"\d{4}-(SP|SU|FA|WI)"), ("year", r"\d{4}"),
                           ("decade", r"\d{3}"), ("century", r"\d\d")):
        if re.fullmatch(pattern, value):
            return shape
    return "other"


def _error_kind(gold: GoldTimex, ours: Timex) -> str:
    gs, os_ = _shape(gold.value), _shape(ours.value)
    if gs != os_:
        return f"granularity: gold {gs}, ours {os_}"
    g, o = normalise_value(gold.value), normalise_value(ours.value)
    if g[:4] != o[:4]:
        return f"wrong year ({gs})"
    return f"wrong {gs} in the right year"


def run(shared: Path, *, limit: int | None = None, config: Config | None = None) -> Report:
    from ..nlp import Parser
    from ..timex import TimexLexicon, find_timexes

    config = config or Config()
    folder = shared / "eval" / "timeml"
    paths = sorted(p for corpus in CORPORA for p in (folder / corpus).glob("*.tml"))
    if not paths:
        raise DataError(
            f"no TimeML files under {folder}/{{{','.join(CORPORA)}}}; put the TempEval-3 "
            f"TBAQ corpus there or pass --shared"
        )
    if limit:
        paths = paths[:limit]
    documents = [read_tml(p) for p in paths]
    parser = Parser(config)
    lexicon = TimexLexicon.load()

    gold_n = strict_found = relaxed_found = 0
    predicted_n = strict_right = relaxed_right = any_right = 0
    value_right = value_scored = 0
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    started = time.perf_counter()
    for document, doc in zip(documents, parser.pipe(d.text for d in documents)):
        predicted = find_timexes(document.text, document.created, doc=doc, lexicon=lexicon)
        dates = [g for g in document.gold if g.type == "DATE"]
        gold_n += len(dates)
        predicted_n += len(predicted)
        for g in dates:
            overlapping = [p for p in predicted if p.span[0] < g.span[1] and g.span[0] < p.span[1]]
            if any(p.span == g.span for p in overlapping):
                strict_found += 1
            if not overlapping:
                kind = f"missed {_shape(g.value)}"
                errors[kind] += 1
                examples.setdefault(kind, f"{g.text!r} ({g.value}) in {document.name}")
                continue
            relaxed_found += 1
            value_scored += 1
            best = min(overlapping, key=lambda p: abs(p.span[0] - g.span[0]))
            if values_agree(g.value, best.value):
                value_right += 1
            else:
                kind = _error_kind(g, best)
                errors[kind] += 1
                examples.setdefault(kind, f"{best.text!r}: gold {g.value}, ours {best.value} "
                                          f"in {document.name}")
        for p in predicted:
            if any(g.span == p.span for g in dates):
                strict_right += 1
            if any(p.span[0] < g.span[1] and g.span[0] < p.span[1] for g in dates):
                relaxed_right += 1
            other = [g for g in document.gold if p.span[0] < g.span[1] and g.span[0] < p.span[1]]
            if other:
                any_right += 1
            if not other:
                kind = f"spurious {_shape(p.value)}"
                errors[kind] += 1
                examples.setdefault(kind, f"{p.text!r} ({p.value}) in {document.name}")
    seconds = time.perf_counter() - started

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    metrics: dict[str, float] = {
        "documents": len(documents),
        "gold_dates": gold_n,
        "predicted": predicted_n,
        "recall_strict": ratio(strict_found, gold_n),
        "recall_relaxed": ratio(relaxed_found, gold_n),
        "precision_strict": ratio(strict_right, predicted_n),
        "precision_relaxed": ratio(relaxed_right, predicted_n),
        "precision_relaxed_any": ratio(any_right, predicted_n),
        "value_accuracy_relaxed": ratio(value_right, value_scored),
        "value_correct_over_gold": ratio(value_right, gold_n),
        "seconds": round(seconds, 1),
    }
    rows = ["commonest error kinds (count, kind, first example):"]
    rows += [f"{n:5d}  {kind:<40} {examples[kind]}" for kind, n in errors.most_common(10)]
    return Report(name=NAME, metrics=metrics, table="\n".join(rows),
                  notes=("gold: TIMEX3 type=DATE in <TEXT>; values compared at date level "
                         "(time parts dropped, gold X parts are wildcards)",))
