"""How the lexicon reads words the small English model mis-tags or mis-lemmatises:
verbs tagged NOUN or ADJ, Title Case headline words, "re-" verbs, partitive
objects and date phrases. Small hand-built tokens; no model is loaded."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from communique.lexicon import EventLexicon


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


@dataclass
class Tok:
    lemma_: str
    pos_: str
    dep_: str = "ROOT"
    tag_: str = ""
    text: str = ""
    ent_type_: str = ""
    children: list[Tok] = field(default_factory=list)

    @property
    def head(self) -> Tok:
        return self

    @property
    def lower_(self) -> str:
        return self.text.lower()


def kid(lemma: str, dep: str, pos: str = "NOUN", *children: Tok, ent: str = "") -> Tok:
    return Tok(lemma, pos, dep, text=lemma, ent_type_=ent, children=list(children))


def test_lexicon_reads_a_noun_tagged_verb_with_a_subject_as_the_verb(lexicon) -> None:
    ban = Tok("ban", "NOUN", text="ban", children=[kid("police", "nsubj"), kid("rally", "dobj")])
    assert lexicon.match(ban)[0].pos == "VERB"
    assert lexicon.match(ban)[0].event in ("COERCE", "SANCTION")
    bare = Tok("ban", "NOUN", "dobj", text="ban")  # "lifted the BAN": a noun
    assert lexicon.match(bare)[0].pos == "NOUN"


def test_lexicon_reads_an_adjective_tagged_participle_as_the_verb(lexicon) -> None:
    unblocked = Tok("unblocked", "ADJ", tag_="JJ", text="unblocked",
                    children=[kid("ethiopia", "nsubj", "PROPN"), kid("route", "dobj")])
    assert lexicon.match(unblocked)[0].event == "RETREAT"
    plain_adjective = Tok("unblocked", "ADJ", "amod", tag_="JJ", text="unblocked")
    assert lexicon.match(plain_adjective) == ()


def test_lexicon_reads_title_case_headline_verbs(lexicon) -> None:
    deploys = Tok("Deploys", "PROPN", "compound", text="Deploys")
    assert lexicon.match(deploys)[0].event == "MOBILIZE"
    # a capitalised word that is no inflection of a lexicon word stays quiet
    assert lexicon.match(Tok("Kenya", "PROPN", "compound", text="Kenya")) == ()


def test_lexicon_never_reads_a_date_as_an_event(lexicon) -> None:
    march = Tok("March", "PROPN", "pobj", text="March", ent_type_="DATE")
    assert lexicon.match(march) == ()
    assert lexicon.match(Tok("march", "NOUN", "nsubj", text="march"))[0].event == "PROTEST"


def test_lexicon_reads_an_unknown_re_verb_as_its_base(lexicon) -> None:
    reimposed = Tok("reimpose", "VERB", text="reimposed", children=[kid("sanction", "dobj")])
    assert lexicon.match(reimposed)[0].event == "SANCTION"
    # verbs the lexicon knows, or listed exceptions, are not stripped
    assert lexicon.match(Tok("resign", "VERB", text="resigned"))[0].event == "CONCEDE"
    removed = Tok("remove", "VERB", text="removed", children=[kid("troop", "dobj")])
    assert lexicon.match(removed)[0].event == "RETREAT"


def test_lexicon_object_may_be_the_noun_a_partitive_quantifies(lexicon) -> None:
    refugees = kid("refugee", "pobj")
    thousands = kid("thousand", "dobj", "NOUN", kid("of", "prep", "ADP", refugees))
    admitted = Tok("admit", "VERB", text="admitted", children=[thousands])
    assert lexicon.match(admitted)[0].id == "admit-refugees.verb"
    soldiers = kid("thousand", "dobj", "NOUN", kid("of", "prep", "ADP", kid("soldier", "pobj")))
    assert all(e.id != "admit-refugees.verb"
               for e in lexicon.match(Tok("admit", "VERB", children=[soldiers])))


def test_lexicon_phrasal_preposition_is_not_a_date(lexicon) -> None:
    tuesday = kid("on", "prep", "ADP", kid("Tuesday", "pobj", "PROPN", ent="DATE"))
    called = Tok("call", "VERB", text="called", children=[tuesday])
    assert all(e.id != "call-on.verb" for e in lexicon.match(called))
    on_iran = kid("on", "prep", "ADP", kid("Iran", "pobj", "PROPN", ent="GPE"))
    assert lexicon.match(Tok("call", "VERB", children=[on_iran]))[0].id == "call-on.verb"


def test_lexicon_vocabulary_lists_are_loaded(lexicon) -> None:
    assert "re" in lexicon.verb_prefixes
    assert "remove" in lexicon.prefix_exceptions
    assert {"thousand", "dozen", "team"} <= lexicon.partitives


def test_lexicon_bind_returns_the_words_the_constraints_consumed(lexicon) -> None:
    diplomats = kid("diplomat", "pobj")
    dozens = kid("dozen", "dobj", "NOUN", kid("of", "prep", "ADP", diplomats))
    expel = Tok("expel", "VERB", tag_="VBD", text="expelled",
                children=[kid("egypt", "nsubj", "PROPN"), dozens])
    (first, *_) = lexicon.bind(expel)
    assert first.entry.event == "SANCTION" and diplomats in first.consumed


@dataclass
class Modifier(Tok):
    """A token whose head is another token (``Tok.head`` is itself)."""

    governor: Tok | None = None

    @property
    def head(self) -> Tok:
        return self.governor or self


def test_lexicon_verb_parsed_as_a_modifier_of_its_object_takes_it_as_object(lexicon) -> None:
    # "Russia has concentrated troops": "troops" is the root, "concentrated" its amod.
    troops = Tok("troop", "NOUN", text="troops")
    verb = Modifier("concentrate", "VERB", "amod", tag_="VBN", text="concentrated",
                    children=[kid("have", "aux", "AUX")], governor=troops)
    troops.children = [verb]
    (first, *_) = lexicon.bind(verb)
    assert first.entry.event == "MOBILIZE" and first.consumed == (troops,)
    adjective = Modifier("concentrate", "VERB", "amod", tag_="VBN", text="concentrated",
                         governor=troops)  # "the concentrated troops": no subject, no auxiliary
    assert all(m.entry.object == () for m in lexicon.bind(adjective))
