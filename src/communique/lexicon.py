"""The event and relation lexicons: which words denote which PLOVER event.

Knowledge lives in two package data files; this module loads and validates
them and answers the coder's one question, "which entries could this word
trigger, most specific first?".

``data/lexicon/events.json``
    ``{"vocabulary": {"modes": {CATEGORY: [mode, ...]}, "contexts": [...]},
    "entries": [...]}``. Each entry names a head word (``lemma``, ``pos``),
    the PLOVER ``event``, ``mode``, nearest ``cameo`` code, ``quad_code`` and
    ``intensity``, an ``example`` sentence it must code (with the ``actor`` and
    ``recipient`` codes the example yields), and optional constraints that
    narrow it: ``xcomp``, ``object``, ``prep``, ``modifier``, ``subject``
    (lists of lemmas, all of which kinds must hold), ``xcomp_object`` (the
    object the complement must take: "ordered China to close its
    CONSULATE"), ``prep_object`` (the object its ``prep`` must take: "hit
    Russian steel WITH DUTIES" is a sanction, "hit the town with rockets"
    not), ``object_not`` and
    ``modifier_not`` (words that rule the entry out: "released a STATEMENT",
    "a LEGAL battle", "pressed AHEAD with"), ``governed_by`` (prepositions whose object the word
    must be: troops "ON alert"), ``predicate`` (phrases of the verb the word
    must be the subject of: tariffs "CAME INTO FORCE") and ``clause`` (true:
    the word takes a content clause, "protested THAT the police ..."), plus ``context``, ``factuality`` and
    ``negative_examples`` (sentences in which it must not fire).

``data/lexicon/relations.json``
    ``{"nouns": [...], "cues": [...]}``: nouns that name a relation
    ("ties", "relationship") and cue words that state its ``stance`` and
    ``trend`` ("cooled", "closer", "cordial").

``LexiconEntry.matches`` and ``RelationCue.matches`` read a parsed token
(duck-typed: ``lemma_``, ``pos_``, ``tag_``, ``dep_``, ``children``,
``head``, optionally ``text`` and ``ent_type_``), so the coder and the tests
apply constraints the same way.

``EventLexicon.match`` reads a token as the small English model tagged it
first, then, when that finds nothing, as the word it most likely is
(``EventLexicon.readings``): a verb the model tagged NOUN/PROPN but which
governs a subject, auxiliary or object ("Police BAN rallies" in some
parses); a past participle tagged ADJ; a Title Case headline word whose
lemma is its surface form ("Kenya DEPLOYS Troops"); a "re-" verb the lexicon
lacks read as its base ("REIMPOSED curbs" is "imposed curbs"). A word the
model marks as a date or time ("in March") is never a trigger. A verb the
model made a modifier of its own object ("Russia has CONCENTRATED troops",
with "troops" as the root) takes that noun as its object (``verb_objects``).

``EventLexicon.bind`` answers as ``match`` does, with the words each entry's
constraints consumed; the event coder relies on it, so constraints are
implemented once, here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
import dataclasses
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from .errors import DataError
from .metonymy import NAMING_VERBS
from .model import FACTUALITIES, PLOVER_CATEGORIES

EVENTS_FILE = "events.json"
RELATIONS_FILE = "relations.json"

# Parts of speech a head word may have, and the spaCy tags that count as it.
# Title-case headlines turn nouns into PROPN ("Putin Visit To Pyongyang").
EVENT_POS: Mapping[str, frozenset[str]] = {
    "VERB": frozenset({"VERB"}),
    "NOUN": frozenset({"NOUN", "PROPN"}),
}
# The small English model tags "closer" in "have grown closer" as an adverb.
CUE_POS: Mapping[str, frozenset[str]] = {
    "VERB": frozenset({"VERB"}),
    "NOUN": frozenset({"NOUN", "PROPN"}),
    "ADJ": frozenset({"ADJ", "ADV"}),
    "ADV": frozenset({"ADV"}),
}
# Verbs that carry no event of their own: the object says what happened
# ("hold talks", "launch strikes", "carry out raids", "pay a visit").
LIGHT_VERBS = frozenset({
    "hold", "make", "take", "launch", "carry", "conduct", "stage", "give",
    "have", "do", "pay", "mount", "put", "set", "get",
})
STANCES = ("cooperative", "strained", "hostile", "neutral")
TRENDS = ("improving", "deteriorating", "stable")

# Dependency labels through which each constraint is read.
# The small model attaches "allow X TO RETURN" as ccomp or advcl as often as
# xcomp; ``communique.events`` reads the same labels.
XCOMP_DEPS = frozenset({"xcomp", "acl", "ccomp", "advcl", "oprd"})  # oprd: "was declared PERSONA non grata"
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr"})
_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative"})
# Particles the tagger may read as adverbs: "Vucevic stepped DOWN on Tuesday".
_PARTICLES = frozenset({"down", "up", "out", "off", "back", "aside", "away"})
_MARK_DEPS = frozenset({"mark"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
# ... and those of adverbs, which rule out an entry too ("pressed AHEAD").
_ADVERB_DEPS = frozenset({"advmod", "prt"})
# A NOUN/PROPN token with one of these children is a verb the tagger missed.
_VERBAL_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "neg"})
# Month names that, written in lower case, are words: "a march on parliament".
_LOWERCASE_NOT_MONTHS = frozenset({"march"})
# Entity types that are never an event ("in MARCH", "the STRIKE of midnight").
_NOT_EVENT_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                 "QUANTITY"})
# Inflections a Title Case headline word (or a verb tagged ADJ) keeps in its
# "lemma" ("Deploys", "unblocked"), removed to find the lexicon's lemma.
_HEADLINE_SUFFIXES = ("ies", "ied", "es", "s", "ed", "d", "ing")

_CAMEO = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{1,2}$|^(0[1-9]|1[0-9]|20)$")
_CODE = re.compile(r"^[A-Z]{2,6}$")  # ISO alpha-3 or an organisation code (EU, NATO)
_ID = re.compile(r"^[a-z0-9][a-z0-9.\-_]*$")


class TokenLike(Protocol):
    """The parts of a spaCy ``Token`` the lexicon reads."""

    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    lower_: str

    @property
    def children(self) -> Iterable[TokenLike]: ...

    @property
    def head(self) -> TokenLike: ...

    @property
    def i(self) -> int: ...

    @property
    def subtree(self) -> Iterable[TokenLike]: ...

    @property
    def ancestors(self) -> Iterable[TokenLike]: ...


def quad_for_cameo(cameo: str) -> int:
    """The quad class of a CAMEO code: 01-05 -> 1, 06-08 -> 2, 09-14 -> 3, 15-20 -> 4."""
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 14:
        return 3
    return 4


# ---------------------------------------------------------------------------
# Event lexicon
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LexiconEntry:
    """One way of saying that a PLOVER event happened."""

    id: str
    lemma: str
    pos: str
    event: str
    mode: str | None
    cameo: str
    quad_code: int
    intensity: float
    example: str
    actor: str | None = None
    recipient: str | None = None
    xcomp: tuple[str, ...] = ()
    # Lemmas the complement's object must have: "ordered China to close its
    # CONSULATE" is a sanction, "ordered the army to close the border" not.
    xcomp_object: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    # Lemmas the object of that preposition must have: "hit Russian steel
    # WITH new DUTIES" is a sanction, "hit the town with rockets" an attack.
    prep_object: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    object_not: tuple[str, ...] = ()
    # A named person (a PROPN the model tags PERSON) meets the object
    # constraint too: "Putin RECEIVED Kerry", "Macron CALLED Erdogan".
    object_person: bool = False
    modifier_not: tuple[str, ...] = ()
    governed_by: tuple[str, ...] = ()
    predicate: tuple[str, ...] = ()
    clause: bool = False
    context: tuple[str, ...] = ()
    factuality: str | None = None
    negative_examples: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        """How many constraint kinds narrow the entry (0 for the plain word)."""
        return sum(bool(c) for c in (self.xcomp, self.object, self.prep, self.prep_object,
                                     self.modifier, self.subject, self.governed_by,
                                     self.predicate, self.clause))

    def matches(self, token: TokenLike, lemma: str | None = None, *,
                any_pos: bool = False, partitives: frozenset[str] = frozenset(),
                frames: frozenset[str] = frozenset()) -> bool:
        """True when ``token`` is this entry's head word and every constraint holds.

        ``lemma`` overrides the token's own lemma (``EventLexicon.lemma_of``
        corrects the few lemmas the statistical lemmatiser gets wrong);
        ``any_pos`` skips the part-of-speech test, for a reading in which the
        caller has already decided what the word is (``EventLexicon.readings``);
        an object in ``partitives`` ("thousands OF refugees", "a team OF
        inspectors") stands for the noun of its "of" phrase, and an object in
        ``frames`` ("mediation EFFORTS", "the peace PROCESS") for its compound.
        """
        return self.bind(token, lemma, any_pos=any_pos, partitives=partitives,
                         frames=frames) is not None

    def _object_as_subject(self, token: TokenLike) -> list[Any]:
        """The object noun the parser made the subject of a bare participle
        ("said the TREATY signed with Britain completed ..."): a treaty signs
        nothing, it is what was signed."""
        # (a participle: "the protest ENDED with a promise" is a finite verb
        # of which the protest is the subject indeed)
        if token.tag_ != "VBN" or any(c.dep_ in ("dobj", "aux", "auxpass") for c in token.children):
            return []
        return [c for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.object]

    def bind(self, token: TokenLike, lemma: str | None = None, *,
             any_pos: bool = False, partitives: frozenset[str] = frozenset(),
             frames: frozenset[str] = frozenset()) -> tuple[Any, ...] | None:
        """The words this entry's constraints consume on ``token`` (the
        complement, object and modifier it names; "impose SANCTIONS"), or
        None when ``token`` is not this entry. Arguments as for ``matches``."""
        lemma = token.lemma_.lower() if lemma is None else lemma
        if lemma != self.lemma or not (any_pos or token.pos_ in EVENT_POS[self.pos]):
            return None
        children = list(token.children)
        consumed: list[Any] = []
        objects: list[Any] = []
        if self.xcomp:
            # A reported clause ("told AFP the army LIFTED the blockade") is
            # no complement, but an idiom the tagger read as one is: "declared
            # two diplomats PERSONA non GRATA" holds more than one of its words.
            hit = [c for c in children if c.dep_ in XCOMP_DEPS and c.lemma_.lower() in self.xcomp
                   and (not finite_clause(c) or any(g.lemma_.lower() in self.xcomp for g in c.children))]
            # ("barred them FROM ENTERING": the gerund of a "from" phrase)
            hit += [g for c in children if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in self.xcomp]
            # ("gave him two DAYS TO LEAVE": the infinitive on the time given)
            hit += [g for c in children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in GIVEN_TIME_NOUNS
                    for g in c.children if g.dep_ in ("relcl", "acl") and g.lemma_.lower() in self.xcomp]
            if not hit and len(self.xcomp) > 1:
                hit = _idiom_words(token, self.xcomp)
            if self.xcomp_object:
                hit = [w for h in hit for w in _with_object(h, self.xcomp_object, partitives, frames)]
            if not hit:
                return None
            consumed += hit
        if self.object:
            if lemma in NAMING_VERBS and {"dobj", "oprd"} <= {c.dep_ for c in children}:
                # "called the talks A SUCCESS" names them; it calls no meeting
                # (the model may read a lone name as the predicate: "called ERDOGAN")
                return None
            referents: dict[int, Any] = {}
            heads = object_heads(token, partitives, frames, referents)
            # (by the word too: the model lemmatises "doses" as "dos")
            hit = ([h for h in heads if not _noun_forms(h).isdisjoint(self.object)]
                   or self._object_as_subject(token))
            if not hit and self.object_person:
                hit = _named_people(token, heads)
            if not hit:
                return None
            objects = [c for h in hit if h.dep_ == "dobj" for c in h.children if c.dep_ == "conj"]
            # (the words an object pronoun refers back to stay where they are:
            # the pronoun is what the act's words hold)
            consumed += [referents.get(h.i, h) for h in hit] if referents else hit
        # (or the last of coordinated objects, where the model may hang it:
        # "ordered the carrier and a cruiser TO the Arabian Sea"; not a lone
        # object's own phrase, "flew 200 aircraft OVER the Atlantic")
        if self.prep and not (_any_child([c for c in (*children, *(c for o in objects for c in o.children
                                                                    if c.dep_ == "prep"))
                                          if not _dated(c)], _PREP_DEPS, self.prep)
                              or any(c.dep_ == "advmod" and c.lower_ in _PARTICLES
                                     and c.lower_ in self.prep and c.i == token.i + 1
                                     for c in children)
                              or any(c.dep_ == "advcl" and _any_child(list(c.children), _MARK_DEPS, self.prep)
                                     for c in children)):
            return None  # ... or the "for" of a clause: "pushing FOR the US to back the plan"
        if self.prep_object:
            hit = [o for c in children if c.dep_ in _PREP_DEPS and c.lower_ in self.prep
                   for o in _of_phrases([pobj for pobj in c.children if pobj.dep_ == "pobj"])
                   if not _noun_forms(o).isdisjoint(self.prep_object)]
            if not hit:
                return None
            consumed += hit[:1]
        if self.modifier:
            # (a verb's adverb modifies it too: "would respond FIRMLY")
            deps = _MODIFIER_DEPS | {"advmod"} if self.pos == "VERB" else _MODIFIER_DEPS
            hit = [c for c in children if c.dep_ in deps and c.lemma_.lower() in self.modifier]
            if not hit:
                return None
            consumed += hit
        # (or the state the object is said to be in: "searched COLLAPSED homes")
        if self.object_not and any(w.lemma_.lower() in self.object_not or w.lower_ in self.object_not
                                   for h in object_heads(token, partitives, frames)
                                   for w in (h, *(c for c in h.children if c.dep_ == "amod"))):
            return None
        if self.modifier_not and _any_child(children, _MODIFIER_DEPS | _ADVERB_DEPS,
                                            self.modifier_not):
            return None
        if self.governed_by and not (token.dep_ == "pobj" and token.head.lemma_.lower() in self.governed_by):
            return None
        if self.predicate and predicate_phrases(token).isdisjoint(self.predicate):
            return None
        if self.clause and not any(c.dep_ == "ccomp" for c in children):
            return None
        if self.subject:
            hit = [h for h in subject_heads(token, partitives) if not _noun_forms(h).isdisjoint(self.subject)]
            if not hit:
                return None
            consumed += hit[:1]
        return tuple(consumed)


@dataclass(frozen=True)
class LexiconMatch:
    """An entry that a token realises, and the words its constraints consumed."""

    entry: LexiconEntry
    consumed: tuple[Any, ...]


@dataclass(frozen=True)
class EventLexicon:
    """Every event entry, indexed by head lemma and part of speech."""

    entries: tuple[LexiconEntry, ...]
    modes: Mapping[str, tuple[str, ...]]
    contexts: tuple[str, ...]
    lemma_fixes: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    verb_prefixes: tuple[str, ...] = ()
    prefix_exceptions: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | None = None) -> EventLexicon:
        """Load and validate the packaged event lexicon (or the file at ``path``)."""
        name, raw = _read_json(path, EVENTS_FILE)
        if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
            raise DataError(f"{name}: expected an object with a list under 'entries'")
        vocabulary = raw.get("vocabulary")
        if not isinstance(vocabulary, dict):
            raise DataError(
                f"{name}: expected 'vocabulary' with 'modes' (PLOVER category -> modes) "
                f"and 'contexts'"
            )
        modes = _read_modes(name, vocabulary.get("modes"))
        contexts = _str_tuple(name, "vocabulary", "contexts", vocabulary.get("contexts"))
        lemma_fixes = _read_lemma_fixes(name, vocabulary.get("lemma_fixes", {}))
        prefixes = _str_tuple(name, "vocabulary", "verb_prefixes", vocabulary.get("verb_prefixes"))
        exceptions = frozenset(_str_tuple(name, "vocabulary", "prefix_exceptions",
                                          vocabulary.get("prefix_exceptions")))
        partitives = frozenset(_str_tuple(name, "vocabulary", "partitives",
                                          vocabulary.get("partitives")))
        frames = frozenset(_str_tuple(name, "vocabulary", "frames", vocabulary.get("frames", [])))
        entries: list[LexiconEntry] = []
        seen: dict[str, LexiconEntry] = {}
        signatures: dict[tuple, str] = {}
        for position, item in enumerate(raw["entries"]):
            entry = _event_entry(name, position, item, modes, contexts)
            if entry.id in seen:
                raise DataError(f"{name}: entry {entry.id!r} is defined twice; ids must be unique")
            signature = (entry.lemma, entry.pos, entry.xcomp, entry.xcomp_object, entry.object,
                         entry.prep, entry.modifier, entry.subject, entry.governed_by, entry.predicate,
                         entry.clause)
            if signature in signatures:
                raise DataError(
                    f"{name}: entry {entry.id!r} has the same head word and constraints as "
                    f"{signatures[signature]!r}; merge them or add a constraint"
                )
            seen[entry.id] = entry
            signatures[signature] = entry.id
            entries.append(entry)
        return cls(entries=tuple(entries), modes=modes, contexts=contexts,
                   lemma_fixes=lemma_fixes, verb_prefixes=prefixes, prefix_exceptions=exceptions,
                   partitives=partitives, frames=frames)

    def lookup(self, lemma: str, pos: str) -> tuple[LexiconEntry, ...]:
        """Entries headed by ``lemma``/``pos``, most specific first (file order within)."""
        index = self._index()
        return index.get((lemma.lower(), pos), ())

    def lemma_of(self, token: TokenLike) -> str:
        """The token's lower-case lemma, corrected where the lemmatiser is known to err
        ("staged" -> "stag" is "stage")."""
        lemma = token.lemma_.lower()
        return self.lemma_fixes.get(token.pos_, {}).get(lemma, lemma)

    def match(self, token: TokenLike) -> tuple[LexiconEntry, ...]:
        """Entries whose constraints hold on ``token``, most specific first, under
        the first of its ``readings`` that any entry accepts."""
        return tuple(m.entry for m in self.bind(token))

    def bind(self, token: TokenLike) -> tuple[LexiconMatch, ...]:
        """As ``match``, with the words each entry's constraints consumed. The
        entry's ``pos`` is the reading under which it matched: a verb the
        model tagged NOUN comes back as a VERB entry."""
        for lemma, pos, tagged in self.readings(token):
            found = []
            for entry in self.lookup(lemma, pos):
                consumed = entry.bind(token, lemma, any_pos=not tagged, partitives=self.partitives,
                                      frames=self.frames)
                if consumed is not None:
                    found.append(LexiconMatch(entry, consumed))
            if found:
                return tuple(found)
        return ()

    def readings(self, token: TokenLike) -> list[tuple[str, str, bool]]:
        """``(lemma, lexicon pos, as tagged)`` readings of ``token``, most likely first.

        The tagger's own reading comes first; the others repair what the
        small model is known to get wrong (see the module docstring) and
        are offered only for lemmas the lexicon has.
        """
        if getattr(token, "ent_type_", "") in _NOT_EVENT_ENTITIES and not (
                getattr(token, "text", "") in _LOWERCASE_NOT_MONTHS
                and any(c.dep_ == "det" for c in token.children)):
            return []  # (the tagger takes "the end of A march" for a date)
        lemma = self.lemma_of(token)
        tagged = next((p for p, tags in EVENT_POS.items() if token.pos_ in tags), None)
        out: list[tuple[str, str, bool]] = []
        if tagged == "NOUN" and any(c.dep_ in _VERBAL_DEPS for c in token.children):
            out.append((lemma, "VERB", False))  # a subject or object makes it a verb
        if tagged is not None:
            out.append((lemma, tagged, True))
        if token.pos_ == "ADJ" and (token.tag_ in ("VBN", "VBD") or any(
                c.dep_ in _VERBAL_DEPS for c in token.children)):
            # "Ethiopia UNBLOCKED aid routes": tagged JJ, lemma left inflected.
            out += [(base, "VERB", False) for base in [lemma, *self._inflection_bases(lemma)]]
        text = getattr(token, "text", "")
        if token.pos_ == "PROPN" and text[:1].isupper() and lemma == text.lower():
            for base in self._headline_bases(lemma):
                out += [(base, "VERB", False), (base, "NOUN", False)]
        if token.pos_ == "VERB" and not self.lookup(lemma, "VERB"):
            out += [(base, "VERB", True) for base in self._unprefixed(lemma)]
        return out

    def _headline_bases(self, word: str) -> list[str]:
        """Lexicon lemmas a Title Case word may inflect ("deploys" -> "deploy")."""
        return [b for b in [word, *self._inflection_bases(word)]
                if (b, "VERB") in self._index() or (b, "NOUN") in self._index()]

    def _inflection_bases(self, word: str) -> list[str]:
        """Lexicon lemmas ``word`` may be an inflection of ("unblocked" -> "unblock")."""
        index = self._index()
        bases = [word[: -len(s)] + ("y" if s in ("ies", "ied") else "") for s in
                 _HEADLINE_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
        bases += [b + "e" for b in bases]  # "Staged" -> "stag" -> "stage"
        bases += [b[:-1] for b in bases if len(b) > 3 and b[-1] == b[-2]]  # "banned" -> "ban"
        return list(dict.fromkeys(b for b in bases if (b, "VERB") in index or (b, "NOUN") in index))

    def _unprefixed(self, lemma: str) -> list[str]:
        """The base of a prefixed verb the lexicon lacks ("reimpose" -> "impose")."""
        if lemma in self.prefix_exceptions:
            return []
        return [lemma[len(p):] for p in self.verb_prefixes
                if lemma.startswith(p) and len(lemma) - len(p) >= 4
                and self.lookup(lemma[len(p):], "VERB")]

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(e.lemma for e in self.entries)

    def _index(self) -> dict[tuple[str, str], tuple[LexiconEntry, ...]]:
        cached = self.__dict__.get("_cached_index")
        if cached is None:
            grouped: dict[tuple[str, str], list[LexiconEntry]] = {}
            for entry in self.entries:
                grouped.setdefault((entry.lemma, entry.pos), []).append(entry)
            cached = {
                key: tuple(sorted(group, key=lambda e: -e.specificity))  # stable sort
                for key, group in grouped.items()
            }
            object.__setattr__(self, "_cached_index", cached)
        return cached


def _identified(name: str, kind: str, position: int, item: Any) -> tuple[str, str]:
    """The id of the ``position``-th object of a data file, and how error
    messages name it."""
    if not isinstance(item, dict):
        raise DataError(f"{name}: {kind} #{position} is not an object")
    ident = item.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise DataError(
            f"{name}: {kind} #{position} has no valid 'id' (lower-case letters, digits, '.-_')"
        )
    return ident, f"{name}: {kind} {ident!r}"


def _event_entry(
    name: str, position: int, item: Any, modes: Mapping[str, tuple[str, ...]],
    contexts: tuple[str, ...],
) -> LexiconEntry:
    ident, where = _identified(name, "entry", position, item)
    required = ("lemma", "pos", "event", "mode", "cameo", "quad_code", "intensity", "example",
                "actor", "recipient")
    missing = [key for key in required if key not in item]
    if missing:
        raise DataError(f"{where} lacks the required field(s) {missing}")
    known = set(required) | {"id", "xcomp", "xcomp_object", "object", "prep", "prep_object",
                             "modifier", "subject",
                             "object_not", "object_person",
                             "modifier_not", "governed_by", "predicate", "clause", "context",
                             "factuality", "negative_examples"}
    unknown = sorted(set(item) - known)
    if unknown:
        raise DataError(f"{where} has unknown field(s) {unknown}; valid fields: {sorted(known)}")

    lemma = _lemma(where, "lemma", item["lemma"])
    pos = item["pos"]
    if pos not in EVENT_POS:
        raise DataError(f"{where}: pos {pos!r} is not one of {sorted(EVENT_POS)}")
    event = item["event"]
    if event not in PLOVER_CATEGORIES:
        raise DataError(
            f"{where}: unknown PLOVER category {event!r}; use one of {list(PLOVER_CATEGORIES)}"
        )
    mode = item["mode"]
    if mode is not None and mode not in modes.get(event, ()):
        raise DataError(
            f"{where}: unknown mode {mode!r} for {event}; use null or one of "
            f"{list(modes.get(event, ()))}"
        )
    cameo = item["cameo"]
    if not isinstance(cameo, str) or not _CAMEO.match(cameo):
        raise DataError(
            f"{where}: bad CAMEO code {cameo!r}; write it as a string of 2-4 digits with its "
            f"leading zero and a root from 01 to 20, e.g. \"042\""
        )
    quad = item["quad_code"]
    expected_quad = quad_for_cameo(cameo)
    if quad != expected_quad or isinstance(quad, bool):
        raise DataError(
            f"{where}: quad_code {quad!r} is inconsistent with CAMEO {cameo} "
            f"(root {cameo[:2]} is quad {expected_quad})"
        )
    intensity = item["intensity"]
    if (not isinstance(intensity, (int, float)) or isinstance(intensity, bool)
            or not -10.0 <= intensity <= 10.0):
        raise DataError(f"{where}: intensity {intensity!r} is out of range; use -10 .. 10")
    example = item["example"]
    if not isinstance(example, str) or not example.strip():
        raise DataError(f"{where}: missing example; give a sentence of your own it must code")
    actor = _code(where, "actor", item["actor"])
    recipient = _code(where, "recipient", item["recipient"])

    xcomp = _lemmas(where, "xcomp", item.get("xcomp"))
    xcomp_object = _lemmas(where, "xcomp_object", item.get("xcomp_object"))
    if xcomp_object and not xcomp:
        raise DataError(f"{where}: 'xcomp_object' constrains the complement: give an 'xcomp' too")
    obj = _lemmas(where, "object", item.get("object"))
    prep = _lemmas(where, "prep", item.get("prep"))
    prep_object = _lemmas(where, "prep_object", item.get("prep_object"))
    if prep_object and not prep:
        raise DataError(f"{where}: 'prep_object' constrains a preposition's object: give a 'prep' too")
    modifier = _lemmas(where, "modifier", item.get("modifier"))
    subject = _lemmas(where, "subject", item.get("subject"))
    object_not = _lemmas(where, "object_not", item.get("object_not"))
    modifier_not = _lemmas(where, "modifier_not", item.get("modifier_not"))
    governed_by = _lemmas(where, "governed_by", item.get("governed_by"))
    predicate = _phrases(where, "predicate", item.get("predicate"))
    clause = item.get("clause", False)
    if not isinstance(clause, bool):
        raise DataError(f"{where}: 'clause' must be true or false")
    object_person = item.get("object_person", False)
    if not isinstance(object_person, bool) or (object_person and not obj):
        raise DataError(f"{where}: 'object_person' must be true or false, and true only with an 'object'")
    if lemma in LIGHT_VERBS and pos == "VERB" and not obj and len(xcomp) < 2:
        raise DataError(
            f"{where}: {lemma!r} is a light verb; give an 'object' constraint "
            f"(\"hold talks\", \"launch strikes\") or an idiom of two or more 'xcomp' "
            f"words (\"take to the streets\") so it does not fire on every use"
        )
    context = _str_tuple(name, ident, "context", item.get("context", []))
    bad_context = [c for c in context if c not in contexts]
    if bad_context:
        raise DataError(f"{where}: unknown context(s) {bad_context}; use some of {list(contexts)}")
    factuality = item.get("factuality")
    if factuality is not None and factuality not in FACTUALITIES:
        raise DataError(
            f"{where}: factuality {factuality!r} is not one of {list(FACTUALITIES)}"
        )
    negatives = _str_tuple(name, ident, "negative_examples", item.get("negative_examples", []))
    return LexiconEntry(
        id=ident, lemma=lemma, pos=pos, event=event, mode=mode, cameo=cameo,
        quad_code=quad, intensity=float(intensity), example=example, actor=actor,
        recipient=recipient, xcomp=xcomp, xcomp_object=xcomp_object, object=obj, prep=prep,
        prep_object=prep_object, modifier=modifier,
        subject=subject, object_not=object_not, object_person=object_person,
        modifier_not=modifier_not, governed_by=governed_by,
        predicate=predicate, clause=clause, context=context, factuality=factuality, negative_examples=negatives,
    )


def _read_lemma_fixes(name: str, raw: Any) -> dict[str, dict[str, str]]:
    """``{"VERB": {"stag": "stage"}}``: wrong lemma -> right lemma, per spaCy POS."""
    if not isinstance(raw, dict) or not all(
        isinstance(v, dict) and all(isinstance(a, str) and isinstance(b, str) for a, b in v.items())
        for v in raw.values()
    ):
        raise DataError(
            f"{name}: 'vocabulary.lemma_fixes' must map a spaCy POS to {{wrong lemma: right lemma}}"
        )
    return {pos: dict(fixes) for pos, fixes in raw.items()}


def _read_modes(name: str, raw: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise DataError(f"{name}: 'vocabulary.modes' must map PLOVER categories to mode lists")
    unknown = [c for c in raw if c not in PLOVER_CATEGORIES]
    if unknown:
        raise DataError(
            f"{name}: vocabulary.modes names unknown PLOVER categories {unknown}; "
            f"use {list(PLOVER_CATEGORIES)}"
        )
    return {c: _str_tuple(name, "vocabulary.modes", c, v) for c, v in raw.items()}


# ---------------------------------------------------------------------------
# Relation lexicon
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RelationCue:
    """A word that states the condition of a relation ("cooled", "cordial")."""

    id: str
    lemma: str
    pos: str
    stance: str | None
    trend: str | None
    example: str
    comparative_only: bool = False
    negative_examples: tuple[str, ...] = ()

    def matches(self, token: TokenLike) -> bool:
        """True when ``token`` is this cue (in the comparative when it must be)."""
        if token.pos_ not in CUE_POS[self.pos] or token.lemma_.lower() != self.lemma:
            return False
        if self.comparative_only:
            more = any(c.lemma_.lower() == "more" for c in token.children)
            return token.tag_ in ("JJR", "RBR") or more
        return True


@dataclass(frozen=True)
class RelationLexicon:
    """Relation nouns and the cue words that describe a relation's state."""

    nouns: frozenset[str]
    cues: tuple[RelationCue, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> RelationLexicon:
        """Load and validate the packaged relation lexicon (or the file at ``path``)."""
        name, raw = _read_json(path, RELATIONS_FILE)
        if not isinstance(raw, dict) or not isinstance(raw.get("cues"), list):
            raise DataError(f"{name}: expected an object with 'nouns' and a list under 'cues'")
        nouns = frozenset(
            _lemma(f"{name}: nouns", "noun", n) for n in _str_tuple(name, "", "nouns",
                                                                     raw.get("nouns"))
        )
        if not nouns:
            raise DataError(f"{name}: 'nouns' is empty; list the nouns that name a relation")
        cues: list[RelationCue] = []
        seen: set[str] = set()
        for position, item in enumerate(raw["cues"]):
            cue = _relation_cue(name, position, item)
            if cue.id in seen:
                raise DataError(f"{name}: cue {cue.id!r} is defined twice; ids must be unique")
            seen.add(cue.id)
            cues.append(cue)
        return cls(nouns=nouns, cues=tuple(cues))

    def lookup(self, lemma: str, pos: str) -> tuple[RelationCue, ...]:
        lemma = lemma.lower()
        return tuple(c for c in self.cues if c.lemma == lemma and c.pos == pos)

    def match(self, token: TokenLike) -> tuple[RelationCue, ...]:
        """Cues that ``token`` realises."""
        lemma = token.lemma_.lower()
        return tuple(c for c in self.cues if c.lemma == lemma and c.matches(token))


def _relation_cue(name: str, position: int, item: Any) -> RelationCue:
    ident, where = _identified(name, "cue", position, item)
    required = ("lemma", "pos", "stance", "trend", "example")
    missing = [key for key in required if key not in item]
    if missing:
        raise DataError(f"{where} lacks the required field(s) {missing}")
    known = set(required) | {"id", "comparative_only", "negative_examples"}
    unknown = sorted(set(item) - known)
    if unknown:
        raise DataError(f"{where} has unknown field(s) {unknown}; valid fields: {sorted(known)}")
    lemma = _lemma(where, "lemma", item["lemma"])
    pos = item["pos"]
    if pos not in CUE_POS:
        raise DataError(f"{where}: pos {pos!r} is not one of {sorted(CUE_POS)}")
    stance, trend = item["stance"], item["trend"]
    if stance is not None and stance not in STANCES:
        raise DataError(f"{where}: unknown stance {stance!r}; use null or one of {list(STANCES)}")
    if trend is not None and trend not in TRENDS:
        raise DataError(f"{where}: unknown trend {trend!r}; use null or one of {list(TRENDS)}")
    if stance is None and trend is None:
        raise DataError(f"{where}: gives neither a stance nor a trend; set at least one")
    example = item["example"]
    if not isinstance(example, str) or not example.strip():
        raise DataError(f"{where}: missing example; give a sentence of your own it must code")
    comparative = item.get("comparative_only", False)
    if not isinstance(comparative, bool):
        raise DataError(f"{where}: comparative_only must be true or false, got {comparative!r}")
    negatives = _str_tuple(name, ident, "negative_examples", item.get("negative_examples", []))
    return RelationCue(
        id=ident, lemma=lemma, pos=pos, stance=stance, trend=trend, example=example,
        comparative_only=comparative, negative_examples=negatives,
    )


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _read_json(path: Path | None, filename: str) -> tuple[str, Any]:
    if path is None:
        resource = resources.files("communique") / "data" / "lexicon" / filename
        name = f"communique/data/lexicon/{filename}"
        try:
            text = resource.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise DataError(f"{name} is missing from the package; reinstall communique") from exc
    else:
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"{name} cannot be read ({exc.strerror}); check the path") from exc
    try:
        return name, json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc


def _lemma(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or value != value.lower():
        raise DataError(f"{where}: {key} {value!r} must be a lower-case spaCy lemma")
    return value


def _lemmas(where: str, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):  # a single lemma may be written without a list
        value = [value]
    if not isinstance(value, list) or not value:
        raise DataError(f"{where}: {key} must be a non-empty list of lemmas")
    return tuple(_lemma(where, key, v) for v in value)


def _phrases(where: str, key: str, value: Any) -> tuple[str, ...]:
    """Lower-case phrases of lemmas ("come into force")."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(
            isinstance(v, str) and v.strip() and v == " ".join(v.lower().split()) for v in value):
        raise DataError(f"{where}: {key} must be a non-empty list of lower-case phrases of "
                        "lemmas, words separated by one space (\"come into force\")")
    return tuple(value)


def _code(where: str, key: str, value: Any) -> str | None:
    if value is not None and (not isinstance(value, str) or not _CODE.match(value)):
        raise DataError(f"{where}: {key} {value!r} must be an ISO alpha-3 country code, an organisation code such as 'EU', or null")
    return value


def _str_tuple(name: str, ident: str, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        where = f"{name}: {ident!r}" if ident else name
        raise DataError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _any_child(children: list, deps: frozenset[str], lemmas: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps and c.lemma_.lower() in lemmas for c in children)


# Verbs whose complement is a bare infinitive: "let them GO", "made them LEAVE".
BARE_INFINITIVE_GOVERNORS = frozenset({"let", "make", "help"})


def finite_clause(verb: TokenLike) -> bool:
    """True for a finite clause ("officials told AFP the army LIFTED the
    blockade", "a truce agreed on Saturday between the army and rebels WAS
    HOLDING"): reported speech, not the complement "told them TO LIFT"."""
    if verb.dep_ not in ("ccomp", "advcl"):
        return False
    if verb.tag_ == "VBP" and verb.head.lemma_.lower() in BARE_INFINITIVE_GOVERNORS:
        return False  # "let the two tourists GO": a bare infinitive, tagged as a present
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_.lower() in ("be", "have")
        for c in verb.children)


def amod_verb(token: TokenLike) -> bool:
    """True for a verb the small model made a modifier of its own object
    ("Russia HAS CONCENTRATED troops", "Chad SHELTERED Sudanese refugees",
    with "troops"/"refugees" as the root): an ``amod`` with a subject or
    auxiliary of its own, or a proper noun before it as its subject."""
    if token.dep_ != "amod":
        return False
    if any(c.dep_ in ("nsubj", "aux") or (c.dep_ == "npadvmod" and c.pos_ == "PROPN")
           for c in token.children):
        return True
    # "The bloc FROZE assets" parsed as "[bloc] [froze] assets": a past tense
    # (not a participle) modifying a noun, after a noun that is its subject.
    return token.tag_ == "VBD" and bool(amod_subjects(token))


def amod_subjects(token: TokenLike) -> list[Any]:
    """The nouns before a verb parsed as a modifier of its object that the
    model hung on that object ("The 27-nation BLOC froze assets")."""
    return [s for s in token.head.children if s.dep_ in ("nmod", "compound", "nsubj")
            and s.i < token.i and s.pos_ in ("NOUN", "PROPN")]


def _idiom_words(token: TokenLike, words: Sequence[str]) -> list[Any]:
    """The words of a several-word complement idiom written together after
    ``token`` in its own clause, however the parser attached them: "declared
    two diplomats at the embassy in Bucharest PERSONA NON GRATA" (read as
    the object of "in"). None unless every word is there, within a span no
    wider than the idiom and one word more."""
    found = [t for t in token.subtree if t.i > token.i and t.lemma_.lower() in words
             and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == token.i]
    if not found or {t.lemma_.lower() for t in found} != set(words):
        return _idiom_after_object(token, words)
    return found if found[-1].i - found[0].i <= len(words) else []


# What may stand between a verb and the idiom that completes it, when the
# parser tore the idiom out of the verb's clause: the verb's object phrase.
_OBJECT_PHRASE_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})


def _idiom_after_object(token: TokenLike, words: Sequence[str]) -> list[Any]:
    """The idiom's words written right after ``token`` and its object phrase
    when the parser hung them elsewhere: in "its decision to declare 12
    French officials PERSONA NON GRATA was a response", the small model read
    "persona" as the verb of the sentence. Only a plain noun phrase of at
    most six words may come between."""
    sent = getattr(token, "sent", None)
    if sent is None:
        return []
    following = token.doc[token.i + 1:min(sent.end, token.i + 8 + len(words))]
    start = next((k for k, t in enumerate(following[:7]) if t.lower_ in words), None)
    if not start:  # nothing between: the idiom would be in the verb's own clause
        return []
    found = [t for t in following[start:start + len(words) + 1] if t.lower_ in words]
    if {t.lower_ for t in found} != set(words):
        return []
    return found if all(t.pos_ in _OBJECT_PHRASE_POS for t in following[:start]) else []


def verb_objects(token: TokenLike) -> list[Any]:
    """The objects of a verb: its direct objects (or passive subject, or
    attribute), or, for a verb parsed as a modifier of its own object
    (``amod_verb``), the noun it modifies."""
    direct = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    if not direct and contact_relative(token):
        direct = [token.doc[token.head.left_edge.i - 1]]
    elif not direct and (amod_verb(token) or passive_modifier(token) or _bare_relative(token)):
        direct = [token.head]
    return (direct or misread_compounds(token) or misread_reported_objects(token)
            or misread_participles(token) or misread_named_objects(token))


def misread_named_objects(token: TokenLike) -> list[Any]:
    """A named person right after a verb with no object, which the small
    model read as what the verb calls someone: in "Macron called ERDOGAN on
    Tuesday", "Erdogan" is an ``oprd``. Not when something else says what
    (or who) the person is called ("called Erdogan a dictator")."""
    children = list(token.children)
    named = [c for c in children if c.dep_ == "oprd" and _named_person(c)]
    if len(named) != 1 or any(c.dep_ in _PREDICATIVE_DEPS for c in children if c is not named[0]):
        return []
    return named


def _named_person(token: TokenLike) -> bool:
    return token.pos_ == "PROPN" and getattr(token, "ent_type_", "") == "PERSON"


def misread_participles(token: TokenLike) -> list[Any]:
    """The noun a passive participle modifies, where the small model read
    the participle as the verb of a clause with the noun its subject: in
    "welcomed the ceasefire REACHED between the army and the rebels",
    "ceasefire" is the subject of "reached". A participle with no auxiliary
    and a subject is such a misreading only when it names whom the act was
    between or by whom it was done, as ``passive_modifier`` asks."""
    if getattr(token, "tag_", "") != "VBN" or any(c.dep_ in ("aux", "auxpass", *_OBJECT_DEPS)
                                                  for c in token.children):
        return []
    if not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("between", "among")
               for c in token.children):
        return []
    return [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]


def misread_reduced_relative(token: TokenLike) -> Any:
    """The noun a past participle right after it describes, where the small
    model read the participle as a past tense heading a clause of its own
    with no subject: in "called on Serbia to release the three Kosovo
    POLICEMEN DETAINED a day earlier", "detained" is an adverbial clause of
    "called". A past tense with no subject, auxiliary, object or
    subordinator straight after a noun that is an object is a participle on
    that noun. None when the verb is no such misreading."""
    if getattr(token, "tag_", "") not in ("VBD", "VBN") or token.dep_ not in ("advcl", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "csubj", *_OBJECT_DEPS)
           or c.tag_ in ("WP", "WDT", "WRB") for c in token.children):
        return None
    doc = getattr(token, "doc", None)  # (tokens built by hand for tests may have none)
    if doc is None or token.i == 0:
        return None
    noun = doc[token.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj") or noun.sent != token.sent:
        return None
    return noun


def misread_subject_participle(token: TokenLike) -> Any:
    """The noun a past participle describes where the small model made the
    noun the participle's subject and left the clause's own verb without
    one: in "the Turkish AIRCRAFT BROUGHT DOWN off the coast on Friday HAD
    BEEN over Syrian waters" and "the Russian JOURNALISTS DETAINED in Minsk
    WERE FREED", the tagger still reads a participle (VBN) with no
    auxiliary, and a later verb with an auxiliary of its own has no
    subject. None when the verb is no such misreading."""
    if getattr(token, "tag_", "") != "VBN" or any(
            c.dep_ in ("aux", "auxpass", "nsubjpass", "mark", "xcomp", *_OBJECT_DEPS)
            for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 1:
        return None
    later = [*token.children, *(token.head.children if token.dep_ == "ccomp" else ())]
    if not any(v.i > token.i and v.dep_ in ("ccomp", "conj") and v.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("aux", "auxpass") for c in v.children)
               and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children)
               for v in later):
        return None
    return subjects[0]


def misread_reported_objects(token: TokenLike) -> list[Any]:
    """An object the small model read as the subject of the reporting verb
    after it: in "Britain is expelling 23 Russian DIPLOMATS, Prime Minister
    Theresa May told parliament", "diplomats" (with May as its apposition)
    is the subject of "told". The noun starts right after the verb and a
    comma follows it."""
    doc = getattr(token, "doc", None)  # (tokens built by hand for tests may have none)
    if doc is None or token.pos_ not in ("VERB", "AUX") or any(c.dep_ in _OBJECT_DEPS for c in token.children):
        return []
    return [s for c in token.children if c.dep_ in ("ccomp", "parataxis") and c.i > token.i
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
            and s.left_edge.i == token.i + 1 and s.i + 1 < len(doc) and doc[s.i + 1].text == ","]


def _bare_relative(token: TokenLike) -> bool:
    """A relative clause with a subject of its own and no relative pronoun,
    whose noun is its object: "the agreement its minister SIGNED"."""
    return (token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "nsubj" for c in token.children)
            and not any(c.dep_ in ("dobj", "nsubjpass", "attr", "ccomp", "xcomp") or c.tag_ in ("WP", "WDT", "WRB")
                        for c in token.children))


def contact_relative(token: TokenLike) -> bool:
    """A relative clause with no relative pronoun that the small model hung
    on its own subject: in "the agreement ITS MINISTER SIGNED with Congo",
    "signed" modifies "minister". Two noun phrases side by side and then a
    verb make such a clause; its object is the first noun."""
    head = token.head
    if token.dep_ != "acl" or head.pos_ not in ("NOUN", "PROPN") or head.i > token.i:
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "a", "an"))
               for c in head.children):
        return False
    start = head.left_edge.i
    if start <= token.sent.start:
        return False
    before = token.doc[start - 1]
    return (before.pos_ in ("NOUN", "PROPN") and before.dep_ != "compound"
            and before.head.i != head.i and before.ent_type_ not in ("DATE", "TIME"))


def passive_modifier(token: TokenLike) -> bool:
    """True for a passive participle that names its doer on the noun it acts
    on: "relief supplies SENT by Kazakhstan", or a named partner in it: "the
    agreement SIGNED with Tajikistan", or those it is between: "the
    ceasefire REACHED between the army and the rebels". Without any ("the
    curfew IMPOSED in Sudan after the coup", "IMPOSED with immediate
    effect") such a participle mostly describes."""
    return (token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("between", "among")) or (
                        c.dep_ == "prep" and c.lower_ == "with" and any(
                            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children))
                    for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in token.children))


def misread_compounds(token: TokenLike) -> list[Any]:
    """A noun compound after a verb that the small model read as a clause
    of its own ("imposed ASSET FREEZES on officials", with "asset" the
    subject of "freezes"): the second noun, which is the verb's object."""
    compounds = [c for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VBZ"
                 and not any(g.dep_ in ("aux", "neg", "dobj", "mark") for g in c.children)
                 and any(g.dep_ == "nsubj" and g.i == c.i - 1 and g.tag_ == "NN" for g in c.children)]
    # ... and a noun with a participle after it, read the same way: "will
    # hold naval DRILLS starting on Sunday", with "drills" the subject of
    # "starting"
    described = [s for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
                 and not any(m.dep_ in ("aux", "neg", "mark") for m in c.children)
                 for s in c.children if s.dep_ == "nsubj" and s.i == c.i - 1 and s.tag_ in ("NN", "NNS")]
    return compounds + described


# Complements that make a verb's object what it is called or made, not whom
# it meets: "called Erdogan A DICTATOR", "received him AS a friend".
_PREDICATIVE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp"})


def _named_people(verb: TokenLike, heads: list[Any]) -> list[Any]:
    """The named people among a verb's object ``heads`` (``object_person``):
    none when the verb says what the person is ("called Erdogan a dictator")."""
    people = [h for h in heads if _named_person(h)]
    if any(c.dep_ in _PREDICATIVE_DEPS and c not in people for c in verb.children):
        return []
    return people


def object_heads(token: TokenLike, partitives: frozenset[str] = frozenset(),
                 frames: frozenset[str] = frozenset(),
                 referents: dict[int, Any] | None = None) -> list[Any]:
    """The nouns an object constraint reads on ``token``: each object
    (``verb_objects``) and its conjuncts, and the noun a partitive object
    quantifies ("dozens OF diplomats", "two members OF the embassy staff");
    an amount also names what it counts with "in" ("$4 billion IN aid");
    a frame noun stands for its compound ("ended MEDIATION efforts"), and a
    name for its title ("received PRESIDENT Erdogan"); an event noun's
    object is its "of" or "on" phrase ("the expulsion OF diplomats", "a ban
    ON grain"), and a number
    counts what its "of" phrase names ("two OF its diplomats")."""
    heads: list[Any] = []
    objects = verb_objects(token)
    if token.lemma_.lower() == "give" and any(o.lemma_.lower() in GIVEN_TIME_NOUNS for o in objects):
        # "gave the French AMBASSADOR 72 hours to leave": the time is given
        # to the one the order is about
        objects = [c for c in token.children if c.dep_ == "dative"] or objects
    if not objects and token.pos_ in ("NOUN", "PROPN"):
        objects = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on")
                   for pobj in prep.children if pobj.dep_ == "pobj"]
        if not objects:
            # "ordered HIS expulsion": the one the possessive stands for
            objects = [c for c in token.children if c.dep_ == "poss" and c.lower_ in UNDERGOER_PRONOUNS]
    for pronoun in [o for o in objects if o.lower_ in OBJECT_PRONOUNS | UNDERGOER_PRONOUNS]:
        # "Ottawa expelled THEM": the noun it refers back to
        for antecedent in _subject_before(pronoun):
            # (and the title of a name: "ambassador Anatoly Viktorov")
            titles = [c for c in antecedent.children if c.dep_ == "compound"] if antecedent.pos_ == "PROPN" else []
            for word in (antecedent, *titles):
                heads.append(word)
                if referents is not None:
                    referents[word.i] = pronoun
    # ("campaigners WHO were seized": the relative pronoun stands for its antecedent)
    objects = [token.head if c.tag_ in ("WP", "WDT") and token.dep_ == "relcl" else c for c in objects]
    for child in objects:
        heads += [child, *(c for c in child.children if c.dep_ == "conj")]
        if child.lemma_.lower() in CARRIER_NOUNS:
            heads += carried(child)  # "sent three PLANES carrying medical EQUIPMENT"
        if child.pos_ == "PROPN" or child.lemma_.lower() in frames:
            # "received Turkish PRESIDENT Tayyip Erdogan": the title of a name
            # (or "U.S. SECRETARY of State John Kerry", a modifier to the model)
            heads += [c for c in child.children if c.dep_ == "compound"
                      or child.pos_ == "PROPN" and c.dep_ == "nmod" and c.pos_ in ("PROPN", "NOUN")]
        if child.lemma_.lower() in partitives or child.pos_ == "NUM":
            preps = ("of", "in") if child.pos_ == "NUM" else ("of",)
            quantified = [pobj for prep in child.children if prep.dep_ == "prep"
                          and prep.lemma_.lower() in preps for pobj in prep.children
                          if pobj.dep_ == "pobj"]
            # "sections of the Pan-American HIGHWAY North": a name's own noun
            heads += [h for pobj in quantified for h in (pobj, *(
                c for c in pobj.children if c.dep_ == "compound" and pobj.pos_ == "PROPN"))]
            if not quantified and child.pos_ == "NOUN":
                # "an aircraft CARRIER group", "a RESCUE team": with no "of"
                # phrase, the words before it say what the group is of
                heads += [c for c in child.children if c.dep_ == "compound"]
    return heads


def _with_object(verb: Any, lemmas: tuple[str, ...], partitives: frozenset[str],
                 frames: frozenset[str]) -> list[Any]:
    """``verb`` and those of its objects (``object_heads``) that are one of
    ``lemmas``, or nothing when it has none of them."""
    found = [o for o in object_heads(verb, partitives, frames) if o.lemma_.lower() in lemmas]
    return [verb, *found] if found else []


# Spans of time one party gives another to do something: "gave him 72
# HOURS to leave".
GIVEN_TIME_NOUNS = frozenset({"hour", "day", "week", "month"})

# Pronouns that stand for who undergoes an act: "expelled THEM", "ordered
# HIS expulsion".
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
UNDERGOER_PRONOUNS = frozenset({"his", "her", "their"})


def _subject_before(pronoun: Any) -> list[Any]:
    """The noun a pronoun most likely refers back to, for reading what an act
    is done to: the last subject before it in its sentence (not that of
    the pronoun's own clause), else the first subject of the sentence
    before ("The six Indian diplomats ... are to return home. Ottawa
    expelled THEM after ...")."""
    sent = pronoun.sent
    if pronoun.lower_ in ("him", "her"):
        # "held a meeting with Russian ambassador Anatoly VIKTOROV after
        # summoning HIM": the last person named before it, where named
        named = [t for t in sent if t.i < pronoun.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and t.dep_ not in ("compound", "flat", "poss")]
        if named:
            return named[-1:]
    # (not the subject of its own clause: "OTTAWA expelled them")
    clause = next((a.i for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = [t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
           and t.pos_ in ("NOUN", "PROPN") and t.head.i != clause]
    if own or sent.start == 0:
        return own[-1:]
    before = pronoun.doc[sent.start - 1].sent
    return [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")][:1]


# Words that are prepositions or subordinators: "AFTER the talks", "AFTER
# the tariffs came into force".
SUBORDINATING_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def predicate_phrases(noun: TokenLike) -> set[str]:
    """What is said of ``noun`` as a subject, as phrases of lemmas: the verb
    it is the subject of, or a relative clause on it ("tariffs, WHICH CAME
    into force"), with its particle ("kick in"), its object ("take effect")
    or a preposition and its object ("come into force")."""
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") and noun.head is not noun else []
    verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    # (the model often hangs the relative clause on the noun's own phrase:
    # "tariffs on electric VEHICLES, which came into force")
    verbs += [c for p in noun.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj" for c in o.children if c.dep_ == "relcl"]
    stranded = stranded_predicate(noun)
    if stranded is not None:
        verbs.append(stranded)
    phrases: set[str] = set()
    for verb in verbs:
        lemma = verb.lemma_.lower()
        phrases.add(lemma)
        for c in verb.children:
            if c.dep_ in ("prt", "dobj"):
                phrases.add(f"{lemma} {c.lemma_.lower()}")
            elif c.dep_ == "prep":
                phrases.update(f"{lemma} {c.lower_} {o.lemma_.lower()}"
                               for o in c.children if o.dep_ == "pobj")
    return phrases


def stranded_predicate(noun: TokenLike) -> Any | None:
    """The verb of a clause whose subordinator the model read as a
    preposition taking ``noun`` as its object, leaving the verb right after
    the noun's phrase with no subject: "cutting prices AFTER Washington's
    TARIFFS on Chinese goods CAME into force"; or None."""
    doc = getattr(noun, "doc", None)
    if doc is None or noun.dep_ != "pobj" or noun.head.lower_ not in SUBORDINATING_PREPOSITIONS:
        return None
    end = max(t.i for t in noun.subtree) + 1
    if end < len(doc) and doc[end].pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in doc[end].children):
        return doc[end]
    return None


def _noun_forms(noun: TokenLike) -> set[str]:
    """A noun's lemma, and its written form with a plural "s" taken off:
    the model lemmatises "doses" as "dos"."""
    lower = noun.lower_
    return {noun.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}


def subject_heads(token: TokenLike, partitives: frozenset[str] = frozenset()) -> list[Any]:
    """The nouns a subject constraint reads on ``token``: each subject, the
    words that classify it ("PEACEKEEPING troops") and the noun a partitive
    subject quantifies ("the first deployment OF troops"), what a carrier
    subject carries ("a plane CARRYING medical SUPPLIES", "trucks LOADED
    WITH food"), and the nouns joined to either ("a convoy of armoured
    vehicles AND SOLDIERS")."""
    heads: list[Any] = []
    for subj in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
        # ("rescuers WHO flew into Morocco": the relative pronoun stands for its antecedent)
        nouns = [token.head if subj.tag_ in ("WP", "WDT") and token.dep_ == "relcl" else subj]
        if subj.lemma_.lower() in partitives:
            nouns += [pobj for prep in subj.children if prep.dep_ == "prep" and prep.lemma_.lower() == "of"
                      for pobj in prep.children if pobj.dep_ == "pobj"]
        nouns += [cargo for noun in list(nouns) for cargo in carried(noun)]
        if subj.lemma_.lower() in CARRIER_NOUNS:
            # "a plane touched down in Mogadishu WITH ten tonnes OF FOOD"
            nouns += _of_phrases([o for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                                  for o in p.children if o.dep_ == "pobj"])
        nouns += [c for noun in nouns for c in noun.children if c.dep_ == "conj"]
        for noun in nouns:
            heads += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return heads


CARRYING_VERBS = frozenset({"carry", "bring", "load", "transport", "ferry"})

# Vehicles that take the nationality of what they carry ("a plane carrying
# Chinese doctors"; ``carried``) when nothing names their own.
CARRIER_NOUNS = frozenset({"plane", "aircraft", "airplane", "flight", "truck", "lorry", "convoy",
                           "ship", "vessel", "boat", "helicopter", "train", "cargo"})


def carried(noun: TokenLike) -> list[Any]:
    """What a vehicle noun is said to carry in a participle after it: the
    object of "carrying"/"bringing" or of "loaded with", and its "of"
    phrase ("600,000 doses OF vaccine", "31 tonnes OF equipment")."""
    cargo: list[Any] = []
    for verb in (c for c in noun.children
                 if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS):
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        objects += [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for pobj in prep.children if pobj.dep_ == "pobj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        cargo += _of_phrases(objects)
    return cargo


def _of_phrases(nouns: list[Any]) -> list[Any]:
    """Each noun and the noun of its "of" phrase ("31 tonnes OF equipment")."""
    return [found for noun in nouns for found in (noun, *(
        pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children if pobj.dep_ == "pobj"))]


def _dated(prep: TokenLike) -> bool:
    """A preposition whose object is a date or time ("on TUESDAY"): not the
    preposition a phrasal entry asks for ("call ON", "fire ON")."""
    return any(getattr(c, "ent_type_", "") in ("DATE", "TIME") for c in prep.children)
