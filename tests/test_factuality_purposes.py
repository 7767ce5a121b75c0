"""What an infinitive of purpose tells: the end a force was raised or sent for is
not a report that it was done; a decision's act is done as the decision is
(sentences written for these tests, published Tuesday 2024-03-05, conftest)."""

from __future__ import annotations

import pytest


def of(events, category):
    return [e for e in events if e.event == category]


@pytest.mark.parametrize("text, trigger", [
    # a participle describing a noun, with its purpose
    ("The Kurdish-led force, a coalition of militias raised by Washington to fight Islamic State, "
     "condemned the decision on Monday.", "fight"),
    ("The rebels said they shot down a helicopter carrying soldiers sent to attack their positions "
     "near Goma on Sunday.", "attack"),
    # a body raised for an end, with the end
    ("The Syrian Democratic Forces, a group of Kurdish and Arab units raised by Washington "
     "specifically to fight Isis, condemned the move on Monday.", "fight"),
])
def test_factuality_the_end_a_force_is_raised_or_sent_for_is_not_yet_done(code, text, trigger):
    found = [e for e in of(code(text), "ASSAULT") if e.event_text == trigger]
    assert found and found[0].factuality == "hypothetical", [(e.event_text, e.factuality)
                                                              for e in code(text)]


def test_factuality_an_act_under_a_decision_is_done_as_the_decision_is(code):
    events = code("Britain's decision to expel 23 Russian diplomats drew an angry response from "
                  "Moscow on Wednesday.")
    expelled = of(events, "SANCTION")
    assert expelled and expelled[0].factuality == "asserted"


def _noun_with_infinitive(nlp, words, heads, deps, pos):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=words)
    infinitive = next(t for t in doc if t.dep_ == "acl")
    return infinitive, infinitive.head


def test_factuality_an_infinitive_on_a_noun_by_what_the_noun_is(nlp):
    """(built parses, so that each reading is tested whatever the model does:
    it reads most such infinitives as relative clauses)"""
    from communique.factuality import _purpose_of_noun

    force = _noun_with_infinitive(
        nlp, ["a", "force", "to", "protect", "civilians"], [1, 1, 3, 1, 3],
        ["det", "ROOT", "aux", "acl", "dobj"], ["DET", "NOUN", "PART", "VERB", "NOUN"])
    assert _purpose_of_noun(*force) == "hypothetical"
    first = _noun_with_infinitive(
        nlp, ["the", "first", "force", "to", "protect", "civilians"], [2, 2, 2, 4, 2, 4],
        ["det", "amod", "ROOT", "aux", "acl", "dobj"], ["DET", "ADJ", "NOUN", "PART", "VERB", "NOUN"])
    assert _purpose_of_noun(*first) is None
    summit = _noun_with_infinitive(
        nlp, ["the", "summit", "to", "be", "held"], [1, 1, 4, 4, 1],
        ["det", "ROOT", "aux", "auxpass", "acl"], ["DET", "NOUN", "PART", "AUX", "VERB"])
    assert _purpose_of_noun(*summit) == "future"
    decision = _noun_with_infinitive(
        nlp, ["the", "decision", "to", "expel", "diplomats"], [1, 1, 3, 1, 3],
        ["det", "ROOT", "aux", "acl", "dobj"], ["DET", "NOUN", "PART", "VERB", "NOUN"])
    assert _purpose_of_noun(*decision) is None
