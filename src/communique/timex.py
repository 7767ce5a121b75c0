"""Temporal expressions normalised against the publication date (stage 4).

``find_timexes(text, published, doc=...)`` finds the date-denoting expressions
of an article and gives each a first and last day, a precision and a TimeML
``TIMEX3`` value. It works in three passes:

1. **match** — rules (regular expressions built from the word lists in
   ``data/timex.json``) propose candidate spans; the longest wins where they
   overlap;
2. **resolve** — in text order, each candidate is turned into a ``Timex``
   against the publication day (in the publication's own time zone). The
   direction of underspecified dates ("on Tuesday", "in February") follows the
   tense of the clause: from the spaCy parse when one is given, otherwise from
   cue words. Anaphoric expressions ("the next day") resolve against the last
   resolved date; with none they are dropped, never invented;
3. **combine** — "from next Tuesday through Wednesday" becomes one range, and a
   time of day next to a date ("Tuesday at 9 a.m.") goes into its ``time``.

Durations that are not dates ("for three years", "a 10-year plan") are not
matched at all: counts of units are only read as dates with "ago", "since",
"later"/"earlier" or "the first ... in N years".
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING, Literal

from .errors import DataError
from .model import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

Tense = Literal["past", "present", "future"]
Direction = Literal["past", "future"] | None

DATA_FILE = "timex.json"

# How much farther a date against the tense may be than one along it (see
# _day_in_year); tuned by hand on TimeBank/AQUAINT month-day errors: 3-5 give the
# same figures, 1 ignores the tense, large values pick dates a year off.
WRONG_WAY = 4

# A lowercase word after a month name, not a function word: "the May RAID",
# not "the March FOR Our Lives".
NOUN_AFTER = re.compile(r" (?!(?:for|and|the|was|has|had|who|which|that)\b)[a-z]{3,}")


# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------


class TimexLexicon:
    """The word lists of ``data/timex.json`` and the patterns built from them."""

    def __init__(self, data: dict) -> None:
        try:
            self.months: dict[str, int] = data["months"]
            self.ambiguous_months: frozenset[str] = frozenset(data["ambiguous_months"])
            self.weekdays: dict[str, int] = data["weekdays"]
            self.seasons: dict[str, str] = data["seasons"]
            self.season_months: dict[str, list[int]] = data["season_months"]
            self.parts_of_day: dict[str, str] = data["parts_of_day"]
            self.numbers: dict[str, int] = data["number_words"]
            self.vague_counts: dict[str, int] = data["vague_counts"]
            self.ordinals: dict[str, int] = data["ordinals"]
            self.decade_words: dict[str, int] = data["decade_words"]
            self.future_lemmas: frozenset[str] = frozenset(data["future_lemmas"])
            self.decision_lemmas: frozenset[str] = frozenset(data["decision_lemmas"])
            self.future_cues: frozenset[str] = frozenset(data["future_cues"])
            self.past_cues: frozenset[str] = frozenset(data["past_cues"])
            self.vague_refs: dict[str, str] = data["vague_refs"]
            self.vague_ref_days: dict[str, list[int]] = data["vague_ref_days"]
            self.bare_month_cues: frozenset[str] = frozenset(data["bare_month_cues"])
            self.not_after_year: frozenset[str] = frozenset(data["not_after_year"])
        except KeyError as exc:
            raise DataError(
                f"communique/data/{DATA_FILE}: missing key {exc}; restore the file "
                f"from the package"
            ) from exc
        self.rules = _build_rules(self)

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> TimexLexicon:
        """The packaged word lists (read once; the object is never changed)."""
        resource = files("communique") / "data" / DATA_FILE
        try:
            data = json.loads(resource.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(
                f"communique/data/{DATA_FILE} cannot be read ({exc}); reinstall communique"
            ) from exc
        return cls(data)

    def number(self, word: str) -> tuple[int, bool] | None:
        """The value of a count ("24", "twenty-four", "a few") and whether it is vague."""
        word = re.sub(r"\s+", " ", word.lower().strip())
        if word.isdigit():
            return int(word), False
        if word in self.numbers:
            return self.numbers[word], False
        if word in self.vague_counts:
            return self.vague_counts[word], True
        parts = re.split(r"[- ]", word)
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            return self.numbers[parts[0]] + self.numbers[parts[1]], False
        return None


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------


def find_timexes(
    text: str,
    published: dt.datetime | dt.date | None,
    *,
    doc: Doc | None = None,
    lexicon: TimexLexicon | None = None,
) -> tuple[Timex, ...]:
    """The date-denoting expressions of ``text``, normalised against ``published``.

    ``published`` may carry a time zone; the publication day is taken in that
    zone. Without it only expressions that name their year are resolved.
    ``doc`` (a spaCy parse of the same text) gives the tense around each
    expression; without it cue words are used.
    """
    lexicon = lexicon or TimexLexicon.load()
    ref = _publication_day(published)
    tenses = _TenseReader(text, doc, lexicon)
    candidates = _select(_candidates(text, lexicon))
    resolver = _Resolver(text, ref, lexicon, tenses)
    return tuple(resolver.run(candidates))


def _publication_day(published: dt.datetime | dt.date | None) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()  # local date in the publication's own zone
    return published


# ---------------------------------------------------------------------------
# Pass 1: candidates
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Candidate:
    kind: str
    start: int
    end: int
    match: re.Match[str]


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def _build_rules(lx: TimexLexicon) -> tuple[_Rule, ...]:
    mon = rf"(?:{_alternation(lx.months)})\.?"
    wkd = rf"(?:{_alternation(lx.weekdays)})\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[6-9]|20)\d\d"
    tens = _alternation([w for w, v in lx.numbers.items() if 20 <= v <= 90 and " " not in w])
    small = _alternation([w for w, v in lx.numbers.items() if v < 20 and w not in ("a", "an")])
    num = (
        rf"(?:\d{{1,3}}|(?:{tens})(?:[- ](?:{small}))?|{small}|a couple of|a dozen|"
        rf"{_alternation(lx.vague_counts)}|an?)"
    )
    part = _alternation(lx.parts_of_day)
    season = _alternation(lx.seasons)
    ordinal = _alternation(lx.ordinals)
    decade_word = _alternation(lx.decade_words)
    approx = r"(?:(?:about|nearly|almost|some|roughly|around|more than|over|less than)\s+)?"
    mod = r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end)"
    # "the second half of April", "of next month" (a year's halves are "quarter")
    halves = r"the (?:first|second|latter) half of"
    vague = _alternation(lx.vague_refs)
    unit = r"(?:day|week|month|year|decade)s?"
    after_word = r"(?=\s*(?:[,.;:!?)\"']|$|and\b|but\b|or\b|when\b|as\b|because\b|than\b))"

    spec = [
        ("iso", rf"\b(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("numeric", rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>{year})\b"),
        ("month_day_range",
         rf"\b(?P<mon>{mon})\s+(?P<d1>{day})\s*(?:-|–|to|through|until|and)\s*(?P<d2>{day})"
         rf"(?:,?\s+(?P<y>{year}))?\b"),
        ("day_month_range",
         rf"\b(?P<d1>{day})\s*(?:-|–|to|and)\s*(?P<d2>{day})\s+(?:of\s+)?(?P<mon>{mon})"
         rf"(?:,?\s+(?P<y>{year}))?\b"),
        ("month_day",
         rf"\b(?:(?P<wkd>{wkd}),?\s+)?(?P<mon>{mon})\s+(?P<d>{day})\b(?!:\d|\s*%)"
         rf"(?:,?\s+(?P<y>{year})\b)?"),
        ("day_month",
         rf"\b(?:(?P<wkd>{wkd}),?\s+)?(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<mon>{mon})"
         rf"(?:,?\s+(?P<y>{year}))?\b"),
        ("month",
         rf"\b(?:(?P<mod>{mod}|{halves})[- ]?|(?P<rel>last|next|this|this past|this coming|that)\s+)?"
         rf"(?P<mon>{mon})(?:,?\s+(?:of\s+)?(?P<y>{year}))?\b"),
        ("year_range", rf"\b(?P<y1>{year})\s*(?:-|–)\s*(?P<y2>{year}|\d\d)\b"),
        ("year",
         rf"(?<![\d$€£¥#.,/-])\b(?:(?P<mod>{mod})[- ]?(?:of\s+)?)?(?:fiscal\s+|the year\s+)?"
         rf"(?P<y>{year})\b(?![\d%]|[.,]\d|-)"),
        ("spoken_year",
         rf"\b(?:the year\s+)?(?:nineteen[- ](?P<t>{tens})(?:[- ](?P<o>{small}))?"
         rf"|two thousand(?:\s+and\s+(?P<o2>{small}))?)\b"),
        ("decade",
         rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?(?:(?P<c>1[6-9]|20)(?P<d>\d)0s"
         rf"|'(?P<d2>\d)0s|(?P<w>{decade_word}))\b"),
        ("century", rf"\b(?:the\s+)?(?P<n>1\d|2[01])(?:st|nd|rd|th)[- ]century\b"),
        ("weekday",
         rf"\b(?:(?P<rel>last|next|this|this past|this coming|coming|past)\s+)?"
         rf"(?P<wkd>{wkd})(?:\s+(?P<part>{part}))?\b"),
        ("deictic_day",
         r"\b(?:(?P<w>today|tonight|yesterday|tomorrow|overnight)(?:\s+(?P<part>" + part + r"))?"
         r"|the day (?P<x>before yesterday|after tomorrow)"
         r"|(?P<this>this|last)\s+(?P<part2>" + part + r"))\b"),
        ("relative_unit",
         rf"\b(?:(?P<mod>earlier|later|early|late|mid|the end of|the beginning of|the start of"
         rf"|{halves})"
         rf"[- ](?:in\s+)?)?(?P<rel>this|last|next|the current|this past|the coming)\s+"
         rf"(?P<unit>week|weekend|month|year)\b(?!-)"),
        ("the_weekend", r"\bthe\s+weekend\b"),
        ("in_the_unit",
         r"\b(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b"),
        ("quarter",
         rf"\b(?:(?:the|this year's|last year's|its)\s+)?(?:fiscal\s+)?(?P<q>{ordinal})[- ]"
         rf"(?P<what>quarter|half)(?:\s+of\s+(?:(?P<y>{year})|(?P<rel>this|last|next)\s+year|the\s+year))?\b"),
        ("quarter_rel",
         r"\b(?:the\s+)?(?P<rel>latest|most recent|last|this|next|current|coming)\s+quarter\b"),
        ("q_code", rf"\b[Qq](?P<q>[1-4])(?:\s+(?P<y>{year}))?\b"),
        ("season",
         rf"\b(?:(?P<rel>last|next|this|this past|this coming|the)\s+)?"
         rf"(?:(?P<mod>early|late|mid)[- ])?(?P<s>{season})(?:\s+of\s+(?P<y>{year}))?\b"),
        ("ago",
         rf"\b{approx}(?P<n>{num})\s+(?P<unit>{unit})\s+ago\b"),
        ("since",
         rf"\b{approx}(?P<n>{num})\s+(?P<unit>year|month|decade)s?\s+since\b"),
        ("first_in",
         rf"\bfirst\b[^.;!?]{{0,80}}?\b(?P<core>in\s+{approx}(?P<n>{num})\s+"
         rf"(?P<unit>year|month|decade)s)\b"),
        ("later",
         rf"\b(?P<n>{num})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier)\b"),
        ("anaphor",
         rf"\b(?:(?P<pre>later|earlier)\s+)?(?P<det>that same|the same|that|the next|"
         rf"the following|the previous|the preceding)\s+(?P<unit>day|week|month|year|{part})\b"),
        ("day_before", rf"\bthe day (?P<dir>before|after){after_word}"),
        ("same_time", r"\b(?:around|about|at roughly|at about)\s+the same time\b"),
        ("within",
         rf"\bwithin\s+(?:the\s+next\s+)?(?P<n>{num})\s+(?P<unit>day|week|month|year)s?\b"),
        ("recent",
         rf"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?P<which>recent|past few|last few|past several|"
         rf"last several|coming|next few|next several|upcoming)\s+(?P<unit>day|week|month|year)s\b"),
        # (not "THE FUTURE of American forces": a noun, no time; nor "SHORTLY
        # after dawn prayers", "SOON afterwards": close to another moment, not to now)
        ("vague", rf"\b(?P<w>{vague})\b"
                  rf"(?!\s+(?:\d|(?:{tens}|{small})\b|few|several|couple|week|month|year|decade|day|of\b"
                  rf"|after\b|before\b|afterwards|afterward|thereafter|beforehand))"),
        ("clock",
         r"\b(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b)"
         r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d)|(?P<noon>noon|midnight))"
         r"(?:\s+(?-i:(?P<tz>GMT|UTC|[A-Z][DS]T|KST|JST|CET|CEST|BST|IST|MSK)))?"),
    ]
    rules = [_Rule(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in spec]
    return tuple(rules)


def _candidates(text: str, lx: TimexLexicon) -> Iterator[_Candidate]:
    for rule in lx.rules:
        for match in rule.pattern.finditer(text):
            if rule.kind == "first_in":
                yield _Candidate(rule.kind, match.start("core"), match.end("core"), match)
            elif match.end() > match.start():
                yield _Candidate(rule.kind, match.start(), match.end(), match)


def _select(candidates: Iterator[_Candidate]) -> list[_Candidate]:
    """Longest candidates first; drop any overlapping one already taken."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------------------
# Tense around an expression
# ---------------------------------------------------------------------------


class _TenseReader:
    """Past, present or future of the clause an expression belongs to."""

    FUTURE_AUX = {"will", "shall", "'ll", "would", "wo", "could", "may", "might", "should",
                  "must", "can", "ca"}
    # "agreed to deepen ties AFTER talks on Monday": what happened before the
    # clause's event lies on the side of its finite verb ("agreed": past),
    # not of the plan the infinitive states.
    EARLIER_PREPOSITIONS = frozenset({"after", "following"})

    def __init__(self, text: str, doc: Doc | None, lx: TimexLexicon) -> None:
        self.text = text
        self.doc = doc if doc is not None and doc.text == text else None
        self.lx = lx

    def __call__(self, start: int, end: int) -> Tense | None:
        if self.doc is not None:
            tense = self._from_parse(start, end)
            if tense is not None:
                return tense
        return self._from_cues(start, end)

    # Words that put what follows them later than their clause: "AHEAD OF
    # Sunday's vote", "on the EVE of Monday's summit".
    LATER_WORDS = frozenset({"ahead", "before", "until", "till", "eve", "for", "toward", "towards",
                             "prepare", "preparation"})

    def past_owner(self, start: int, end: int) -> bool:
        """Whether a possessive date's noun ("SATURDAY's assault") sits in a
        past clause by no word that puts it later than that clause."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        node = span.root
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in self.LATER_WORDS:
                return False
        return node.pos_ in ("VERB", "AUX") and self._verb_tense(node, depth=0) == "past"

    # -- with a parse -------------------------------------------------------

    def _from_parse(self, start: int, end: int) -> Tense | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verb = span.root
        earlier = False
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            earlier = earlier or (verb.dep_ == "prep" and verb.lower_ in self.EARLIER_PREPOSITIONS)
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if (verb.dep_ == "ccomp" and verb.head.i < span.start
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in verb.children)):
            # "Beijing said ON MONDAY it would respond": a date before the
            # reported clause's subject is the saying's, which the model
            # hung on the clause
            verb = verb.head
        if verb.lower_ in self.EARLIER_PREPOSITIONS and verb.tag_ == "VBG":
            # "pledged to keep in contact FOLLOWING talks on Wednesday": the
            # preposition read as a participle
            governor = verb.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            if governor.i != verb.i and governor.pos_ in ("VERB", "AUX"):
                return self._finite_tense(governor)
        if earlier:
            return self._finite_tense(verb)
        return self._verb_tense(verb, depth=0)

    def _finite_tense(self, verb) -> Tense | None:  # noqa: ANN001 - spaCy Token
        """The tense of the finite verb an infinitive or participle hangs on."""
        for _ in range(5):
            if verb.tag_ not in ("VB", "VBG", "VBN") or verb.head.i == verb.i:
                break
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
                break
            verb = verb.head
        if verb.tag_ == "VBD":
            return "past"
        return self._verb_tense(verb, depth=0)

    def _verb_tense(self, verb, depth: int) -> Tense | None:  # noqa: ANN001 - spaCy Token
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        aux_words = {a.lower_ for a in auxes}
        if verb.lemma_.lower() in self.lx.future_lemmas and verb.tag_ != "VBD" and not (
                verb.lemma_.lower() in self.lx.decision_lemmas and aux_words & {"was", "were"}):
            # "agreed to meet ON FRIDAY" looks ahead; "a truce WAS AGREED on
            # Friday" was reached then (what was expected or scheduled on a
            # day still looks ahead)
            return "future"
        if aux_words & {"have", "has", "had", "'ve", "'d", "been"} and verb.tag_ in ("VBN", "VBG"):
            return "past"
        if verb.tag_ == "VBN" and not auxes:
            return "past"  # "the decision, announced Wednesday"
        if aux_words & self.FUTURE_AUX:
            return "future"
        if "to" in aux_words or (verb.tag_ == "VB" and not auxes):
            return self._governing_tense(verb, depth)
        if verb.tag_ == "VBD" or aux_words & {"was", "were", "did"}:
            return "past"
        if verb.tag_ in ("VBZ", "VBP") or aux_words & {"is", "are", "am", "'s", "'re", "'m"}:
            return "present"
        if verb.tag_ == "VBG" or verb.tag_ == "VBN":
            return self._governing_tense(verb, depth)
        return None

    def _governing_tense(self, verb, depth: int) -> Tense | None:  # noqa: ANN001
        """An infinitive or participle takes its direction from what governs it."""
        head = verb.head
        while (head.i != verb.i and head.pos_ not in ("VERB", "AUX", "ADJ")
               and head.head.i != head.i):
            if head.lemma_.lower() in self.lx.future_lemmas:
                return "future"
            head = head.head
        if head.i == verb.i or depth > 4:
            return "future" if verb.tag_ == "VB" else None
        if head.lemma_.lower() in self.lx.future_lemmas:
            return "future"
        tense = self._verb_tense(head, depth + 1)
        if verb.tag_ == "VB" and tense in ("present", None):
            return "future"  # "to hold talks on Tuesday": not yet done
        return tense

    # -- without a parse ----------------------------------------------------

    def _from_cues(self, start: int, end: int) -> Tense | None:
        left = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start)) + 1
        right_stop = re.search(r"[.!?\n]", self.text[end:])
        right = end + right_stop.start() if right_stop else len(self.text)
        best: tuple[int, Tense] | None = None
        for m in re.finditer(r"[A-Za-z']+", self.text[left:right]):
            w = m.group().lower()
            pos = left + m.start()
            if start <= pos < end:
                continue
            if w in self.lx.future_cues or (
                w.endswith("ing") and re.search(r"\b(?:is|are|am)\s+$", self.text[left:pos])
            ):
                tense: Tense = "future"  # "will", "expected", "are preparing to ..."
            elif w in self.lx.past_cues or (len(w) > 4 and w.endswith("ed")):
                tense = "past"
            else:
                continue
            distance = start - pos if pos < start else (pos - end) * 2
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else None


# ---------------------------------------------------------------------------
# Pass 2: resolution
# ---------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> tuple[dt.date, dt.date, str]:
    monday = day - dt.timedelta(days=day.weekday())
    iso = monday.isocalendar()
    return monday, monday + dt.timedelta(days=6), f"{iso[0]}-W{iso[1]:02d}"


def _narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """The part of a period that "early", "mid", "late", "the end of" point at."""
    if not mod:
        return start, end
    mod = mod.lower()
    length = (end - start).days + 1
    third = max(length // 3, 1)
    if mod in ("early", "the beginning of", "the start of"):
        return start, start + dt.timedelta(days=third - 1)
    if mod in ("mid", "the middle of"):
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    if mod in ("late", "the end of", "end"):
        return end - dt.timedelta(days=third - 1), end
    if mod.endswith("half of"):  # "the second half of April": the 16th to the 30th
        half = length // 2
        if mod.startswith("the first"):
            return start, start + dt.timedelta(days=half - 1)
        return start + dt.timedelta(days=half), end
    return start, end


@dataclass(frozen=True)
class _Found:
    """A resolved candidate, before ranges and times are combined."""

    candidate: _Candidate
    timex: Timex | None = None
    clock: str | None = None


class _Resolver:
    def __init__(self, text: str, ref: dt.date | None, lx: TimexLexicon,
                 tense: _TenseReader) -> None:
        self.text = text
        self.ref = ref
        self.lx = lx
        self.tense = tense
        self.anchors: list[Timex] = []

    # -- driver ---------------------------------------------------------------

    def run(self, candidates: list[_Candidate]) -> list[Timex]:
        found: list[_Found] = []
        i = 0
        while i < len(candidates):
            c = candidates[i]
            if c.kind == "clock":
                found.append(_Found(c, clock=self._clock(c.match)))
                i += 1
                continue
            nxt = candidates[i + 1] if i + 1 < len(candidates) else None
            if nxt is not None and nxt.kind != "clock" and self._joins_range(c, nxt):
                first = self._resolve(c)
                second = self._resolve(nxt, after=first) if first else None
                if (first and second and second.end >= first.start
                        and not first.vague and not second.vague):
                    timex = self._range(first, second)
                    self._remember(timex)
                    found.append(_Found(c, timex))
                    i += 2
                    continue
            timex = self._resolve(c)
            if timex is not None:
                self._remember(timex)
            found.append(_Found(c, timex))
            i += 1
        return self._attach_clocks(found)

    def _joins_range(self, a: _Candidate, b: _Candidate) -> bool:
        gap = self.text[a.end:b.start]
        if re.fullmatch(r"\s*(?:-|–|—|to|through|thru|until|till)\s*", gap, re.IGNORECASE):
            return True
        before = self.text[max(0, a.start - 9):a.start].lower()
        return bool(re.fullmatch(r"\s*and\s*", gap, re.IGNORECASE)) and before.rstrip().endswith("between")

    def _range(self, first: Timex, second: Timex) -> Timex:
        order = {"day": 0, "month": 1, "year": 2}
        precision = max(first.precision, second.precision, key=order.__getitem__)
        start, end = first.span[0], second.span[1]
        return Timex(text=self.text[start:end], span=(start, end), start=first.start,
                     end=second.end, precision=precision, value=first.value,
                     vague=first.vague or second.vague, time=first.time)

    def _remember(self, timex: Timex) -> None:
        if not timex.vague:
            self.anchors.append(timex)

    def _attach_clocks(self, found: list[_Found]) -> list[Timex]:
        out: list[Timex | None] = [f.timex for f in found]
        for i, f in enumerate(found):
            if f.clock is None:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(found) or out[j] is None or out[j].precision != "day":
                    continue
                other = out[j]
                lo, hi = sorted([(f.candidate.start, f.candidate.end), other.span])
                gap = self.text[lo[1]:hi[0]]
                if re.fullmatch(r"\s*(?:,|at|on|,\s*at|,\s*on)?\s*", gap, re.IGNORECASE):
                    span = (lo[0], hi[1])
                    out[j] = Timex(text=self.text[span[0]:span[1]], span=span, start=other.start,
                                   end=other.end, precision="day", value=other.value,
                                   vague=other.vague, time=f.clock,
                                   anchor_span=other.anchor_span)
                    break
        return [t for t in out if t is not None]

    # -- one candidate --------------------------------------------------------

    def _resolve(self, c: _Candidate, after: Timex | None = None) -> Timex | None:
        method = getattr(self, f"_r_{c.kind}")
        try:
            result = method(c.match, c, after)
        except (ValueError, OverflowError):  # e.g. February 30
            return None
        if result is None:
            return None
        start, end, precision, value, extra = result
        return Timex(text=self.text[c.start:c.end], span=(c.start, c.end), start=start, end=end,
                     precision=precision, value=value, **extra)

    def _direction(self, c: _Candidate, after: Timex | None) -> Tense | None:
        if after is not None:
            return "future"
        if self.text.startswith(("'s", "’s"), c.end):
            # "Wednesday's ruling": no verb of its own; take the nearest,
            # unless what it owns sits in a past clause and not ahead of it
            # ("killed in SATURDAY'S assault", said on a Thursday)
            return "past" if self.tense.past_owner(c.start, c.end) else None
        return self.tense(c.start, c.end)

    def _base(self, after: Timex | None) -> dt.date | None:
        return after.start if after is not None else self.ref

    def _proper(self, word: str) -> bool:
        return word[:1].isupper()

    # Each _r_<kind> returns (start, end, precision, value, extra fields) or None.

    def _r_iso(self, m, c, after):  # noqa: ANN001, ANN202
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        return day, day, "day", day.isoformat(), {}

    def _r_numeric(self, m, c, after):  # noqa: ANN001, ANN202
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 >= b:
            day = dt.date(year, b, a)
        elif b > 12 >= a:
            day = dt.date(year, a, b)
        elif a == b:
            day = dt.date(year, a, b)
        else:
            return None  # 03/04/2024: day and month cannot be told apart
        return day, day, "day", day.isoformat(), {}

    def _month_number(self, word: str) -> int:
        return self.lx.months[word.lower().rstrip(".")]

    def _day_in_year(self, month: int, day: int, year: str | None, c: _Candidate,
                     after: Timex | None) -> dt.date | None:
        if year:
            return dt.date(int(year), month, day)
        base = self._base(after)
        if base is None:
            return None
        options = [dt.date(base.year + k, month, day) for k in (-1, 0, 1)
                   if not (month == 2 and day == 29 and not calendar.isleap(base.year + k))]
        direction = self._direction(c, after)
        if after is not None:
            return min((d for d in options if d >= base), default=options[-1])

        def cost(day: dt.date) -> int:
            # A date without its year is near the base day: a reading against the
            # tense costs WRONG_WAY times its distance, so "on March 12" said in
            # past tense a month before is still the coming one, not last year's.
            days = (day - base).days
            against = (direction == "past" and days > 0) or (direction == "future" and days < 0)
            return abs(days) * (WRONG_WAY if against else 1)

        return min(options, key=cost)

    def _r_month_day(self, m, c, after):  # noqa: ANN001, ANN202
        if not self._proper(m["mon"]):
            return None
        day = self._day_in_year(self._month_number(m["mon"]), int(re.sub(r"\D", "", m["d"])),
                                m["y"], c, after)
        if day is None:
            return None
        return day, day, "day", day.isoformat(), {}

    _r_day_month = _r_month_day

    def _r_month_day_range(self, m, c, after):  # noqa: ANN001, ANN202
        if not self._proper(m["mon"]):
            return None
        month = self._month_number(m["mon"])
        d1, d2 = int(re.sub(r"\D", "", m["d1"])), int(re.sub(r"\D", "", m["d2"]))
        first = self._day_in_year(month, d1, m["y"], c, after)
        if first is None or d2 < d1:
            return None
        last = first.replace(day=d2)
        return first, last, "day", first.isoformat(), {}

    _r_day_month_range = _r_month_day_range

    def _r_month(self, m, c, after):  # noqa: ANN001, ANN202
        word = m["mon"]
        if not self._proper(word):
            return None
        key = word.lower().rstrip(".")
        mod, rel = (m["mod"] or "").lower() or None, (m["rel"] or "").lower() or None
        if not m["y"]:
            if len(key) <= 4 and key not in ("june", "july", "may"):
                return None  # a bare abbreviation ("Jan") is more often a name
            if key in self.lx.ambiguous_months and not (mod or rel):
                before = re.findall(r"[A-Za-z-]+", self.text[max(0, c.start - 20):c.start])
                # ("the MAY raid", "the MARCH elections": the month of a thing named after it)
                named_after = (bool(before) and before[-1].lower() == "the"
                               and NOUN_AFTER.match(self.text, c.end) is not None)
                if (not before or before[-1].lower() not in self.lx.bare_month_cues) and not named_after:
                    return None  # "May" the modal or the surname, "March" the verb
        month = self._month_number(word)
        if m["y"]:
            year = int(m["y"])
        else:
            base = self._base(after)
            if base is None:
                return None
            if rel in ("last", "this past"):
                year = base.year if month < base.month else base.year - 1
            elif rel in ("next", "this coming"):
                year = base.year if month > base.month else base.year + 1
            elif rel in ("this", "that"):
                year = base.year
            else:
                first = self._day_in_year(month, 1, None, c, after)
                direction = self._direction(c, after)
                if month == base.month:
                    year = base.year
                elif direction is None or direction == "present":
                    year = base.year if abs(month - base.month) <= 6 else first.year
                else:
                    # a month is "past" while any of it is before the base day
                    year = first.year
                    if direction == "past" and month > base.month:
                        year = base.year - 1
                    if direction == "future" and month < base.month:
                        year = base.year + 1
        start, end = _narrow(dt.date(year, month, 1), _month_end(year, month), mod)
        return start, end, "month", f"{year}-{month:02d}", {}

    def _r_year_range(self, m, c, after):  # noqa: ANN001, ANN202
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if y2 <= y1:
            return None
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", str(y1), {}

    def _r_year(self, m, c, after):  # noqa: ANN001, ANN202
        year = int(m["y"])
        if not m["mod"] and not self._looks_like_year(c, m.start("y"), m.end("y")):
            return None
        start, end = _narrow(dt.date(year, 1, 1), dt.date(year, 12, 31), m["mod"])
        return start, end, "year", str(year), {}

    def _looks_like_year(self, c: _Candidate, start: int, end: int) -> bool:
        """A bare four-digit number is a year unless it counts things ("2000 troops")."""
        nxt = re.match(r"\s+([A-Za-z]+)", self.text[end:])
        if nxt and nxt.group(1).lower() in self.lx.not_after_year:
            return False
        if nxt and nxt.group(1).islower() and nxt.group(1).endswith("s") and len(nxt.group(1)) > 3:
            prev = re.search(r"([A-Za-z]+)\s+$", self.text[:start])
            if not prev or prev.group(1).lower() not in ("in", "since", "of", "by", "until", "from"):
                return False
        prev = re.search(r"([A-Za-z]+)\s+$", self.text[:start])
        if prev and prev.group(1).lower() in ("the", "a", "about", "some", "nearly", "over"):
            # "the 1996 Olympic Games", "the 2019 election" yes; "some 1500 soldiers" no
            return bool(nxt and (nxt.group(1)[:1].isupper() or nxt.group(1).lower() in (
                "period", "election", "elections", "season", "budget", "census", "level",
                "summit", "vote", "war", "attack", "attacks", "accord", "agreement")))
        return True

    def _r_spoken_year(self, m, c, after):  # noqa: ANN001, ANN202
        if m["t"]:
            year = 1900 + self.lx.numbers[m["t"].lower()] + (
                self.lx.numbers[m["o"].lower()] if m["o"] else 0)
        else:
            year = 2000 + (self.lx.numbers[m["o2"].lower()] if m["o2"] else 0)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), {}

    def _r_decade(self, m, c, after):  # noqa: ANN001, ANN202
        if m["c"]:
            first = int(m["c"]) * 100 + int(m["d"]) * 10
        else:
            digit = int(m["d2"]) if m["d2"] else self.lx.decade_words[m["w"].lower()]
            if m["w"] and not self.text[c.start:c.end].lower().startswith("the"):
                return None  # "in his sixties" is an age
            base = self._base(after)
            century = (base.year // 100 * 100) if base else 1900
            first = century + digit * 10
            if base and first > base.year:
                first -= 100
        start, end = _narrow(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), m["mod"])
        return start, end, "year", str(first // 10), {}

    def _r_century(self, m, c, after):  # noqa: ANN001, ANN202
        n = int(m["n"])
        return (dt.date((n - 1) * 100 + 1, 1, 1), dt.date(n * 100, 12, 31), "year",
                f"{n - 1:02d}", {})

    def _r_weekday(self, m, c, after):  # noqa: ANN001, ANN202
        if not self._proper(m["wkd"]):
            return None
        base = self._base(after)
        if base is None:
            return None
        target = self.lx.weekdays[m["wkd"].lower().rstrip(".")]
        rel = (m["rel"] or "").lower()
        back = (base.weekday() - target) % 7  # days back to the one on or before base
        ahead = (target - base.weekday()) % 7
        if rel in ("last", "this past", "past"):
            offset = -(back or 7)
        elif rel in ("coming", "this coming"):
            offset = ahead or 7
        elif rel == "next":
            # "next Wednesday" said on a Tuesday is the Wednesday of next week
            # (tomorrow would be "Wednesday" or "this Wednesday"); said on a
            # Friday, "next Tuesday" is the coming one, in next week anyway.
            offset = ahead + 7 if 0 < ahead and target > base.weekday() else (ahead or 7)
        else:
            direction = self._direction(c, after)
            if rel == "this" and direction != "past":
                direction = "future"
            if direction == "past":
                offset = -back
            elif direction == "future":
                offset = ahead
            else:
                offset = -back if back <= ahead else ahead
        day = base + dt.timedelta(days=offset)
        value = day.isoformat()
        if m["part"]:
            value += "T" + self.lx.parts_of_day[m["part"].lower()]
        return day, day, "day", value, {}

    def _r_deictic_day(self, m, c, after):  # noqa: ANN001, ANN202
        if self.ref is None:
            return None
        word = (m["w"] or "").lower()
        # ("struck Kyiv OVERNIGHT": the night that ends on the day of the report)
        offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0}
        part = m["part"] or m["part2"]
        if m["x"]:
            offset = -2 if m["x"].lower().startswith("before") else 2
        elif m["this"]:
            offset = -1 if m["this"].lower() == "last" else 0
        else:
            offset = offsets[word]
        day = self.ref + dt.timedelta(days=offset)
        value = day.isoformat()
        if word == "tonight":
            value += "TNI"
        elif part:
            value += "T" + self.lx.parts_of_day[part.lower()]
        return day, day, "day", value, {}

    def _unit_period(self, unit: str, base: dt.date, delta: int) -> tuple[dt.date, dt.date, str, str]:
        """The week/weekend/month/year ``delta`` units from the one holding ``base``."""
        if unit in ("week", "weekend"):
            monday, sunday, _ = _week(base + dt.timedelta(days=7 * delta))
            _, _, value = _week(monday)
            if unit == "weekend":
                return monday + dt.timedelta(days=5), sunday, "day", value + "-WE"
            return monday, sunday, "day", value
        if unit == "month":
            y, mo = _add_months(base.year, base.month, delta)
            return dt.date(y, mo, 1), _month_end(y, mo), "month", f"{y}-{mo:02d}"
        y = base.year + delta
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", str(y)

    def _r_relative_unit(self, m, c, after):  # noqa: ANN001, ANN202
        if self.ref is None:
            return None
        rel = m["rel"].lower()
        delta = {"this": 0, "the current": 0, "last": -1, "this past": -1, "next": 1,
                 "the coming": 1}[rel]
        unit = m["unit"].lower()
        start, end, precision, value = self._unit_period(unit, self.ref, delta)
        mod = (m["mod"] or "").lower()
        if unit == "week" and delta == -1 and not mod and self.ref.weekday() == 6:
            # Written on a Sunday, "last week" is as often the week that
            # ends that day ("the reporter arrested last week", on
            # Wednesday) as the one before it: the period holds both.
            end = self.ref - dt.timedelta(days=1)
        if mod == "earlier" and delta == 0:
            end = min(end, self.ref)
        elif mod == "later" and delta == 0:
            start = max(start, self.ref)
        else:
            start, end = _narrow(start, end, mod or None)
        return start, end, precision, value, {}

    def _r_the_weekend(self, m, c, after):  # noqa: ANN001, ANN202
        base = self._base(after)
        if base is None:
            return None
        direction = self._direction(c, after)
        if base.weekday() >= 5:
            delta = 0
        elif direction == "past":
            delta = -1
        elif direction == "future":
            delta = 0
        else:
            delta = -1 if base.weekday() <= 1 else 0
        start, end, precision, value = self._unit_period("weekend", base, delta)
        return start, end, precision, value, {}

    def _r_in_the_unit(self, m, c, after):  # noqa: ANN001, ANN202
        if self.ref is None:
            return None
        start, end, precision, value = self._unit_period(m["unit"].lower(), self.ref, 0)
        if m["mod"].lower() == "earlier":
            end = min(end, self.ref)
        else:
            start = max(start, self.ref)
        return start, end, precision, value, {}

    def _quarter(self, q: int, year: int, half: bool = False):  # noqa: ANN202
        if half:
            first = 1 if q == 1 else 7
            return (dt.date(year, first, 1), _month_end(year, first + 5), "month", f"{year}-H{q}", {})
        first = 3 * (q - 1) + 1
        return dt.date(year, first, 1), _month_end(year, first + 2), "month", f"{year}-Q{q}", {}

    def _r_quarter(self, m, c, after):  # noqa: ANN001, ANN202
        q = self.lx.ordinals[m["q"].lower()]
        half = m["what"].lower() == "half"
        if half and q > 2:
            return None
        lead = self.text[c.start:c.end].lower()
        if m["y"]:
            year = int(m["y"])
        else:
            if self.ref is None:
                return None
            year = self.ref.year
            if m["rel"]:
                year += {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
            elif lead.startswith("last year's"):
                year -= 1
            elif not lead.startswith("this year's"):
                current = (self.ref.month - 1) // (6 if half else 3) + 1
                direction = self._direction(c, after)
                if direction == "past" and q > current:
                    year -= 1
                elif direction == "future" and q < current:
                    year += 1
        return self._quarter(q, year, half)

    def _r_quarter_rel(self, m, c, after):  # noqa: ANN001, ANN202
        if self.ref is None:
            return None
        rel = m["rel"].lower()
        delta = {"latest": -1, "most recent": -1, "last": -1, "this": 0, "current": 0,
                 "next": 1, "coming": 1}[rel]
        y, mo = _add_months(self.ref.year, (self.ref.month - 1) // 3 * 3 + 1, 3 * delta)
        return self._quarter((mo - 1) // 3 + 1, y)

    def _r_q_code(self, m, c, after):  # noqa: ANN001, ANN202
        if not self.text[c.start] == "Q":
            return None
        if m["y"]:
            return self._quarter(int(m["q"]), int(m["y"]))
        if self.ref is None:
            return None
        return self._quarter(int(m["q"]), self.ref.year)

    def _r_season(self, m, c, after):  # noqa: ANN001, ANN202
        word = m["s"].lower()
        rel = (m["rel"] or "").lower()
        if word == "fall" and not (rel or m["y"]):
            return None  # "prices fall"
        if rel == "the" and not m["y"]:
            before = self.text[max(0, c.start - 4):c.start].lower()
            if not before.strip().endswith(("in", "by", "until", "during", "this")):
                return None
        code = self.lx.seasons[word]
        first_month, last_month = self.lx.season_months[code]
        if m["y"]:
            year = int(m["y"])
        else:
            base = self._base(after)
            if base is None:
                return None
            season_of_base = next((k for k, (a, b) in self.lx.season_months.items()
                                   if (a <= base.month <= b if a <= b else
                                       base.month >= a or base.month <= b)), None)
            year = base.year - (1 if code == "WI" and base.month <= 2 else 0)
            if rel in ("last", "this past"):
                if season_of_base == code or first_month > base.month:
                    year -= 1
            elif rel in ("next", "this coming"):
                if season_of_base == code or (first_month <= base.month and code != "WI"):
                    year += 1
            elif rel not in ("this",) and code != season_of_base:
                direction = self._direction(c, after)
                if direction == "past" and first_month > base.month:
                    year -= 1
                elif direction == "future" and first_month < base.month and code != "WI":
                    year += 1
        end_year = year + 1 if first_month > last_month else year
        start, end = _narrow(dt.date(year, first_month, 1), _month_end(end_year, last_month),
                             m["mod"])
        return start, end, "month", f"{year}-{code}", {}

    def _count(self, word: str) -> tuple[int, bool] | None:
        return self.lx.number(word)

    def _shift(self, base: dt.date, unit: str, n: int):  # noqa: ANN202
        """The period ``n`` units away from ``base`` (negative: before)."""
        unit = unit.lower().rstrip("s")
        if unit == "day":
            day = base + dt.timedelta(days=n)
            return day, day, "day", day.isoformat()
        if unit == "week":
            monday, sunday, value = _week(base + dt.timedelta(days=7 * n))
            return monday, sunday, "day", value
        if unit == "month":
            y, mo = _add_months(base.year, base.month, n)
            return dt.date(y, mo, 1), _month_end(y, mo), "month", f"{y}-{mo:02d}"
        years = n * (10 if unit == "decade" else 1)
        y = base.year + years
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", str(y)

    def _counted_from_ref(self, m) -> tuple[int, bool] | None:  # noqa: ANN001
        """The count of "N units ago/since/within", when there is a reference
        day to count from and the number can be read."""
        return None if self.ref is None else self._count(m["n"])

    def _r_ago(self, m, c, after):  # noqa: ANN001, ANN202
        count = self._counted_from_ref(m)
        if count is None:
            return None
        n, vague = count
        unit = m["unit"].lower().rstrip("s")
        if vague:
            low = self._shift(self.ref, unit, -2 * n)
            high = self._shift(self.ref, unit, -max(n // 2, 1))
            precision = "day" if unit in ("day", "week") else ("month" if unit == "month" else "year")
            return low[0], high[1], precision, "PAST_REF", {"vague": True}
        start, end, precision, value = self._shift(self.ref, unit, -n)
        return start, end, precision, value, {}

    def _since(self, m, c, after):  # noqa: ANN001, ANN202
        count = self._counted_from_ref(m)
        if count is None or count[1]:
            return None
        start, end, precision, value = self._shift(self.ref, m["unit"], -count[0])
        return start, end, precision, value, {}

    _r_since = _since
    _r_first_in = _since

    def _anchor(self, unit: str) -> Timex | None:
        allowed = {"day": ("day",), "week": ("day",), "month": ("day", "month")}.get(
            unit, ("day", "month", "year"))
        for timex in reversed(self.anchors):
            if timex.precision in allowed and not timex.value.endswith("_REF"):
                if unit == "day" and timex.start != timex.end and "-W" in timex.value:
                    continue  # a week is no anchor for "the same day"
                return timex
        return None

    def _relative_to_anchor(self, unit: str, n: int):  # noqa: ANN202
        anchor = self._anchor(unit)
        if anchor is None:
            if n < 0 and unit == "day" and self.ref is not None:
                # "his meeting the previous day", with no day named before it:
                # the day before the report.
                start, end, precision, value = self._shift(self.ref, unit, n)
                return start, end, precision, value, {}
            return None
        start, end, precision, value = self._shift(anchor.start, unit, n)
        return start, end, precision, value, {"anchor_span": anchor.span}

    def _r_later(self, m, c, after):  # noqa: ANN001, ANN202
        count = self._count(m["n"])
        if count is None or count[1]:
            return None
        sign = 1 if m["dir"].lower() == "later" else -1
        return self._relative_to_anchor(m["unit"].lower(), sign * count[0])

    def _r_anaphor(self, m, c, after):  # noqa: ANN001, ANN202
        det = m["det"].lower()
        unit = m["unit"].lower()
        part = self.lx.parts_of_day.get(unit)
        offset = {"that same": 0, "the same": 0, "that": 0, "the next": 1, "the following": 1,
                  "the previous": -1, "the preceding": -1}[det]
        result = self._relative_to_anchor("day" if part else unit, offset)
        if result is None:
            return None
        if part:
            start, end, precision, value, extra = result
            return start, end, precision, value + "T" + part, extra
        return result

    def _r_day_before(self, m, c, after):  # noqa: ANN001, ANN202
        return self._relative_to_anchor("day", -1 if m["dir"].lower() == "before" else 1)

    def _r_same_time(self, m, c, after):  # noqa: ANN001, ANN202
        anchor = self._anchor("year")
        if anchor is None:
            return None
        return (anchor.start, anchor.end, anchor.precision, anchor.value,
                {"vague": True, "anchor_span": anchor.span})

    def _r_within(self, m, c, after):  # noqa: ANN001, ANN202
        count = self._counted_from_ref(m)
        if count is None:
            return None
        n, vague = count
        n = n + (2 if vague and m["unit"].lower().startswith("day") else 0)
        _, end, _, _ = self._shift(self.ref, m["unit"], n)
        if m["unit"].lower().startswith("day"):
            end = self.ref + dt.timedelta(days=n)
        precision = "day" if m["unit"].lower().startswith(("day", "week")) else (
            "month" if m["unit"].lower().startswith("month") else "year")
        return self.ref, end, precision, "FUTURE_REF", {"vague": True}

    def _r_recent(self, m, c, after):  # noqa: ANN001, ANN202
        if self.ref is None:
            return None
        which = m["which"].lower()
        unit = m["unit"].lower()
        span_units = {"day": 7, "week": 28, "month": 183, "year": 5 * 365}[unit]
        precision = "day" if unit in ("day", "week") else unit
        if which in ("coming", "next few", "next several", "upcoming"):
            return (self.ref, self.ref + dt.timedelta(days=span_units), precision, "FUTURE_REF",
                    {"vague": True})
        return (self.ref - dt.timedelta(days=span_units), self.ref, precision, "PAST_REF",
                {"vague": True})

    def _r_vague(self, m, c, after):  # noqa: ANN001, ANN202
        if self.ref is None:
            return None
        value = self.lx.vague_refs[re.sub(r"\s+", " ", m["w"].lower())]
        low, high = self.lx.vague_ref_days[value]
        start = self.ref + dt.timedelta(days=low)
        end = self.ref + dt.timedelta(days=high)
        precision = "day"
        if m["w"].lower().endswith(("the past", "the future", "long term")):
            start = self.ref - dt.timedelta(days=3650) if value == "PAST_REF" else start
            end = self.ref + dt.timedelta(days=3650) if value == "FUTURE_REF" else end
            precision = "year"
        return start, end, precision, value, {"vague": True}

    def _clock(self, m: re.Match[str]) -> str | None:
        if m["noon"]:
            return "12:00" if m["noon"].lower() == "noon" else "00:00"
        if m["h24"]:
            return f"{int(m['h24']):02d}:{m['mi24']}"
        hour = int(m["h"]) % 12
        if m["ap"].lower().startswith("p"):
            hour += 12
        return f"{hour:02d}:{m['mi'] or '00'}"


__all__ = ["TimexLexicon", "find_timexes"]
