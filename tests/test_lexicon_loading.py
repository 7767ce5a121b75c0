"""The packaged event and relation lexicons load, and broken files are refused."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from communique.errors import DataError
from communique.lexicon import (
    EventLexicon,
    LexiconEntry,
    RelationLexicon,
    quad_for_cameo,
)
from communique.model import PLOVER_CATEGORIES


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


@pytest.fixture(scope="module")
def relations() -> RelationLexicon:
    return RelationLexicon.load()


# --- small hand-built tokens: enough of spaCy's Token for the matcher --------


@dataclass
class FakeToken:
    lemma_: str
    pos_: str
    dep_: str = "ROOT"
    tag_: str = ""
    children: list[FakeToken] = field(default_factory=list)
    i: int = 0  # word order is not modelled: every fake word stands at 0

    @property
    def head(self) -> FakeToken:  # not read by the matcher
        return self

    @property
    def lower_(self) -> str:
        return self.lemma_

    @property
    def subtree(self) -> list[FakeToken]:
        return [self, *(t for c in self.children for t in c.subtree)]

    @property
    def ancestors(self) -> list[FakeToken]:
        return []


def verb(lemma: str, *children: FakeToken) -> FakeToken:
    return FakeToken(lemma, "VERB", children=list(children))


def child(lemma: str, dep: str, pos: str = "NOUN") -> FakeToken:
    return FakeToken(lemma, pos, dep)


# --- the shipped files --------------------------------------------------------


def test_lexicon_shipped_events_cover_every_plover_category(lexicon: EventLexicon) -> None:
    assert len(lexicon.entries) >= 400
    categories = {e.event for e in lexicon.entries}
    assert categories == set(PLOVER_CATEGORIES)
    assert {e.pos for e in lexicon.entries} == {"VERB", "NOUN"}


def test_lexicon_shipped_quad_codes_follow_cameo_roots(lexicon: EventLexicon) -> None:
    for entry in lexicon.entries:
        assert entry.quad_code == quad_for_cameo(entry.cameo), entry.id
        assert -10 <= entry.intensity <= 10


def test_lexicon_shipped_relations_have_cues_of_every_kind(relations: RelationLexicon) -> None:
    assert len(relations.cues) >= 40
    assert {c.stance for c in relations.cues} >= {"cooperative", "strained", "hostile", "neutral"}
    assert {c.trend for c in relations.cues} >= {"improving", "deteriorating", "stable"}
    assert {"relationship", "relation", "tie"} <= relations.nouns


@pytest.mark.parametrize("lemma,constraint,value", [
    ("hold", "object", "talk"),
    ("sign", "object", "agreement"),
    ("impose", "object", "sanction"),
    ("lift", "object", "sanction"),
    ("call", "prep", "for"),
    ("pull", "prep", "out"),
    ("cut", "object", "tie"),
    ("sever", "object", "relation"),
    ("recall", "object", "ambassador"),
    ("expel", "object", "diplomat"),
    ("open", "object", "fire"),
    ("launch", "object", "missile"),
    ("carry", "object", "strike"),
    ("refuse", "xcomp", "meet"),
])
def test_lexicon_has_multiword_construction(
    lexicon: EventLexicon, lemma: str, constraint: str, value: str
) -> None:
    assert any(value in getattr(e, constraint) for e in lexicon.lookup(lemma, "VERB"))


# --- lookup and matching ------------------------------------------------------


def test_lexicon_lookup_puts_specific_entries_before_the_plain_word(lexicon: EventLexicon) -> None:
    found = lexicon.lookup("refuse", "VERB")
    assert len(found) > 1
    assert found[-1].specificity == 0
    assert [e.specificity for e in found] == sorted((e.specificity for e in found), reverse=True)
    assert lexicon.lookup("Refuse", "VERB") == found
    assert lexicon.lookup("no-such-word", "VERB") == ()


def test_lexicon_match_prefers_the_constrained_sense(lexicon: EventLexicon) -> None:
    refuse_to_meet = verb("refuse", child("meet", "xcomp", "VERB"))
    refuse_plain = verb("refuse", child("request", "dobj"))
    assert lexicon.match(refuse_to_meet)[0].id == "refuse-meet.verb"
    assert lexicon.match(refuse_plain)[0].event == "REJECT"
    assert lexicon.match(refuse_plain)[0].specificity == 0


def test_lexicon_light_verb_fires_only_with_its_object(lexicon: EventLexicon) -> None:
    assert lexicon.match(verb("hold", child("talk", "dobj")))[0].event == "CONSULT"
    assert lexicon.match(verb("hold", child("suspect", "dobj"))) == ()
    # a passive subject counts as the object: "sanctions were imposed"
    assert lexicon.match(verb("impose", child("sanction", "nsubjpass")))[0].event == "SANCTION"
    # a conjoined object counts too: "imposed curbs and sanctions"
    curbs = child("curfew", "dobj")
    curbs.children.append(child("sanction", "conj"))
    assert lexicon.match(verb("impose", curbs))[0].event == "SANCTION"


def test_lexicon_modifier_separates_air_strike_from_labour_strike(lexicon: EventLexicon) -> None:
    air = FakeToken("strike", "NOUN", children=[child("air", "compound")])
    labour = FakeToken("strike", "NOUN", children=[child("dock", "compound")])
    assert lexicon.match(air)[0].event == "ASSAULT"
    assert lexicon.match(labour)[0].event == "PROTEST"


def test_lexicon_corrects_known_lemmatiser_errors(lexicon: EventLexicon) -> None:
    staged = verb("stag", child("protest", "dobj"))
    assert lexicon.lemma_of(staged) == "stage"
    assert lexicon.match(staged)[0].event == "PROTEST"


def test_lexicon_entry_is_frozen(lexicon: EventLexicon) -> None:
    entry = lexicon.entries[0]
    assert isinstance(entry, LexiconEntry)
    with pytest.raises(AttributeError):
        entry.event = "ASSAULT"  # type: ignore[misc]


def test_relation_cue_comparative_only_needs_a_comparative(relations: RelationLexicon) -> None:
    closer = FakeToken("close", "ADJ", tag_="JJR")
    more_close = FakeToken("close", "ADJ", tag_="JJ", children=[child("more", "advmod", "ADV")])
    close = FakeToken("close", "ADJ", tag_="JJ")
    comparative_ids = {c.id for c in relations.cues if c.comparative_only and c.lemma == "close"}
    assert comparative_ids
    assert comparative_ids <= {c.id for c in relations.match(closer)}
    assert comparative_ids <= {c.id for c in relations.match(more_close)}
    assert not comparative_ids & {c.id for c in relations.match(close)}


# --- broken files are refused with a message naming file, entry and problem ---


GOOD_ENTRY = {
    "id": "visit.verb", "lemma": "visit", "pos": "VERB", "event": "CONSULT", "mode": "visit",
    "cameo": "042", "quad_code": 1, "intensity": 1.9, "example": "Modi visited Dhaka.",
    "actor": "IND", "recipient": "BGD",
}
VOCABULARY = {"modes": {"CONSULT": ["visit"], "SANCTION": []}, "contexts": ["economic"]}


def write_events(tmp_path: Path, entries: list[dict]) -> Path:
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"vocabulary": VOCABULARY, "entries": entries}), encoding="utf-8")
    return path


def broken(**changes) -> dict:
    entry = copy.deepcopy(GOOD_ENTRY)
    for key, value in changes.items():
        if value is KeyError:
            del entry[key]
        else:
            entry[key] = value
    return entry


def test_lexicon_loads_a_valid_file(tmp_path: Path) -> None:
    lex = EventLexicon.load(write_events(tmp_path, [GOOD_ENTRY]))
    assert [e.id for e in lex.entries] == ["visit.verb"]


@pytest.mark.parametrize("entry,problem", [
    (broken(event="VISIT"), "unknown PLOVER category"),
    (broken(mode="phone"), "unknown mode"),
    (broken(cameo="42"), "bad CAMEO code"),
    (broken(cameo="2101"), "bad CAMEO code"),
    (broken(cameo=42), "bad CAMEO code"),
    (broken(quad_code=3), "inconsistent with CAMEO"),
    (broken(intensity=11), "out of range"),
    (broken(intensity="high"), "out of range"),
    (broken(example=""), "missing example"),
    (broken(example=KeyError), "lacks the required field"),
    (broken(lemma="Visit"), "lower-case spaCy lemma"),
    (broken(pos="ADJ"), "pos"),
    (broken(actor="Russia"), "actor"),
    (broken(context=["weather"]), "unknown context"),
    (broken(factuality="maybe"), "factuality"),
    (broken(xcomp=[]), "non-empty list"),
    (broken(colour="red"), "unknown field"),
    (broken(predicate=["Come into force"]), "lower-case phrases"),
    (broken(predicate="take effect"), "lower-case phrases"),
    (broken(id="hold.verb", lemma="hold"), "light verb"),
])
def test_lexicon_rejects_broken_entry(tmp_path: Path, entry: dict, problem: str) -> None:
    path = write_events(tmp_path, [entry])
    with pytest.raises(DataError) as raised:
        EventLexicon.load(path)
    message = str(raised.value)
    assert problem in message
    assert str(path) in message
    assert repr(entry["id"]) in message


def test_lexicon_rejects_duplicate_id(tmp_path: Path) -> None:
    other = broken(object=["city"])
    with pytest.raises(DataError, match="defined twice"):
        EventLexicon.load(write_events(tmp_path, [GOOD_ENTRY, other]))


def test_lexicon_rejects_indistinguishable_entries(tmp_path: Path) -> None:
    twin = broken(id="visit-again.verb")
    with pytest.raises(DataError, match="same head word and constraints"):
        EventLexicon.load(write_events(tmp_path, [GOOD_ENTRY, twin]))


def test_lexicon_governed_and_clause_constraints_tell_entries_apart(tmp_path: Path) -> None:
    governed = broken(id="visit-on.verb", governed_by=["on"])
    clausal = broken(id="visit-that.verb", clause=True)
    loaded = EventLexicon.load(write_events(tmp_path, [GOOD_ENTRY, governed, clausal]))
    assert [(e.governed_by, e.clause) for e in loaded.entries] == [((), False), (("on",), False), ((), True)]
    with pytest.raises(DataError, match="'clause' must be true or false"):
        EventLexicon.load(write_events(tmp_path, [broken(clause="yes")]))


def test_lexicon_a_named_person_may_meet_an_object_constraint(tmp_path: Path) -> None:
    receive = broken(id="receive.verb", lemma="receive", object=["minister"], object_person=True)
    assert EventLexicon.load(write_events(tmp_path, [receive])).entries[0].object_person
    with pytest.raises(DataError, match="'object_person' must be true or false"):
        EventLexicon.load(write_events(tmp_path, [broken(object_person=True)]))
    with pytest.raises(DataError, match="'object_person' must be true or false"):
        EventLexicon.load(write_events(tmp_path, [broken(object=["minister"], object_person="yes")]))


def test_lexicon_a_complements_object_tells_entries_apart(tmp_path: Path) -> None:
    plain = broken(id="visit-to.verb", xcomp=["close"])
    narrow = broken(id="visit-to-close.verb", xcomp=["close"], xcomp_object=["embassy"])
    loaded = EventLexicon.load(write_events(tmp_path, [plain, narrow]))
    assert [e.xcomp_object for e in loaded.entries] == [(), ("embassy",)]
    with pytest.raises(DataError, match="give an 'xcomp' too"):
        EventLexicon.load(write_events(tmp_path, [broken(xcomp_object=["embassy"])]))


def test_lexicon_a_prepositions_object_tells_entries_apart(tmp_path: Path) -> None:
    narrow = broken(id="visit-with-duties.verb", prep=["with"], prep_object=["duty"])
    loaded = EventLexicon.load(write_events(tmp_path, [GOOD_ENTRY, narrow]))
    assert [e.prep_object for e in loaded.entries] == [(), ("duty",)]
    assert loaded.entries[1].specificity == 2
    with pytest.raises(DataError, match="give a 'prep' too"):
        EventLexicon.load(write_events(tmp_path, [broken(prep_object=["duty"])]))


def test_lexicon_accepts_light_verb_with_object(tmp_path: Path) -> None:
    entry = broken(id="hold-talk.verb", lemma="hold", object=["talk"], mode=None, cameo="040")
    assert EventLexicon.load(write_events(tmp_path, [entry])).entries[0].object == ("talk",)


def test_lexicon_rejects_unreadable_or_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot be read"):
        EventLexicon.load(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="not valid JSON"):
        EventLexicon.load(bad)
    no_vocabulary = tmp_path / "novocab.json"
    no_vocabulary.write_text(json.dumps({"entries": [GOOD_ENTRY]}), encoding="utf-8")
    with pytest.raises(DataError, match="vocabulary"):
        EventLexicon.load(no_vocabulary)


GOOD_CUE = {"id": "cool.verb", "lemma": "cool", "pos": "VERB", "stance": "strained",
            "trend": "deteriorating", "example": "Ties between Lima and Quito cooled."}


@pytest.mark.parametrize("changes,problem", [
    ({"stance": "angry"}, "unknown stance"),
    ({"trend": "up"}, "unknown trend"),
    ({"stance": None, "trend": None}, "neither a stance nor a trend"),
    ({"example": " "}, "missing example"),
    ({"pos": "DET"}, "pos"),
    ({"comparative_only": "yes"}, "comparative_only"),
])
def test_relation_lexicon_rejects_broken_cue(tmp_path: Path, changes: dict, problem: str) -> None:
    cue = {**GOOD_CUE, **changes}
    path = tmp_path / "relations.json"
    path.write_text(json.dumps({"nouns": ["tie"], "cues": [cue]}), encoding="utf-8")
    with pytest.raises(DataError, match=problem):
        RelationLexicon.load(path)


def test_relation_lexicon_rejects_duplicate_cue(tmp_path: Path) -> None:
    path = tmp_path / "relations.json"
    path.write_text(json.dumps({"nouns": ["tie"], "cues": [GOOD_CUE, GOOD_CUE]}), encoding="utf-8")
    with pytest.raises(DataError, match="defined twice"):
        RelationLexicon.load(path)
