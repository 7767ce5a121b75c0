"""Relation claims over real parses, with hand-built actor mentions and a small
relation lexicon (the packaged one is tested with its loader)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.lexicon import RelationCue, RelationLexicon
from communique.model import ActorMention, Article, Entity
from communique.relations import find_relations


def cue(ident, lemma, pos, stance, trend, comparative_only=False):
    return RelationCue(id=ident, lemma=lemma, pos=pos, stance=stance, trend=trend,
                       example="(test cue)", comparative_only=comparative_only)


LEXICON = RelationLexicon(
    nouns=frozenset({"relationship", "relation", "tie", "atmosphere", "alliance"}),
    cues=(
        cue("cool.verb", "cool", "VERB", "strained", "deteriorating"),
        cue("sour.verb", "sour", "VERB", "strained", "deteriorating"),
        cue("improve.verb", "improve", "VERB", None, "improving"),
        cue("close.adj", "close", "ADJ", "cooperative", "improving", comparative_only=True),
        cue("cooperative.adj", "cooperative", "ADJ", "cooperative", None),
        cue("strained.adj", "strained", "ADJ", "strained", None),
        cue("warm.adj", "warm", "ADJ", "cooperative", None),
        cue("rift.noun", "rift", "NOUN", "strained", None),
        cue("improvement.noun", "improvement", "NOUN", None, "improving"),
        cue("widen.verb", "widen", "VERB", None, "deteriorating"),
    ),
)

NAMES = {
    "North Korea": "PRK", "Russia": "RUS", "China": "CHN", "South Korea": "KOR",
    "Seoul": "KOR", "Beijing": "CHN", "Hanoi": "VNM", "Washington": "USA", "Vietnam": "VNM",
    "Japan": "JPN", "India": "IND", "Canada": "CAN",
}


def actors_in(text):
    found = []
    for name, code in NAMES.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            found.append(ActorMention(name, (m.start(), m.end()),
                                      Entity(text=name, name=name, country=code, type="state")))
    return tuple(sorted(found, key=lambda a: a.span))


@pytest.fixture(scope="module")
def relations(nlp):
    def run(text):
        article = Article(id="r1", text=text, published=dt.datetime(2024, 6, 14))
        return find_relations(nlp(text), article, LEXICON, actors_in(text))
    return run


def test_relations_between_phrase_with_comparative(relations):
    (claim,) = relations("The closer relationship between North Korea and Russia worries Seoul.")
    assert claim.pair == ("PRK", "RUS")
    assert (claim.stance, claim.trend) == ("cooperative", "improving")
    assert claim.factuality == "asserted"


def test_relations_possessive_pronoun_takes_the_governing_subject(relations):
    (claim,) = relations("South Korea said its relationship with China has cooled.")
    assert claim.pair == ("CHN", "KOR")
    assert (claim.stance, claim.trend) == ("strained", "deteriorating")


def test_relations_attributive_cue_on_the_noun(relations):
    (claim,) = relations("Officials praised the cooperative atmosphere between Seoul and Beijing.")
    assert claim.pair == ("CHN", "KOR") and claim.stance == "cooperative"


def test_relations_predicated_state_of_conjoined_actors(relations):
    (claim,) = relations("Japan and India have grown closer in recent years.")
    assert claim.pair == ("IND", "JPN") and claim.trend == "improving"


def test_relations_positive_degree_does_not_fire_a_comparative_only_cue(relations):
    assert relations("The close relationship between Japan and India is old.") == ()


def test_relations_need_two_parties_and_a_state(relations):
    assert relations("Relations have cooled.") == ()
    assert relations("The relationship between Japan and India was discussed.") == ()


def test_relations_span_and_text_point_at_the_sentence(relations):
    text = "Talks ended. Ties between Canada and India have soured."
    (claim,) = relations(text)
    assert text[claim.span[0]:claim.span[1]] == claim.text == "Ties between Canada and India have soured."


def test_relations_future_state_keeps_its_factuality(relations):
    (claim,) = relations("Analysts say ties between Vietnam and China could sour.")
    assert claim.factuality == "hypothetical"


def test_relations_holders_are_the_subject_of_the_governing_verb(relations):
    (claim,) = relations("Vietnam and Japan enjoy warm relations.")
    assert claim.pair == ("JPN", "VNM") and claim.stance == "cooperative"
    (claim,) = relations("Canada keeps warm relations with India.")
    assert claim.pair == ("CAN", "IND")


def test_relations_cue_noun_names_the_relation_and_its_state(relations):
    (claim,) = relations("The rift between Japan and China widened.")
    assert claim.pair == ("CHN", "JPN")
    assert (claim.stance, claim.trend) == ("strained", "deteriorating")


def test_relations_state_noun_over_the_relation_noun(relations):
    (claim,) = relations("The improvement in ties between India and China surprised analysts.")
    assert claim.pair == ("CHN", "IND") and claim.trend == "improving"


def test_relations_parties_attached_to_the_verb(relations):
    (claim,) = relations("A strained relationship exists between Vietnam and China.")
    assert claim.pair == ("CHN", "VNM") and claim.stance == "strained"


def test_relations_claims_of_one_pair_merge_with_every_sentence_as_evidence(relations):
    text = ("Relations between Japan and China are strained. Officials say nothing changed. "
            "Ties between China and Japan have cooled further.")
    (claim,) = relations(text)
    assert claim.pair == ("CHN", "JPN")
    assert (claim.stance, claim.trend) == ("strained", "deteriorating")
    assert [e.text for e in claim.evidence] == [
        "Relations between Japan and China are strained.", "Ties between China and Japan have cooled further."]
    assert claim.evidence[1].event_text == "cooled"
    assert claim.text == claim.evidence[0].text


def test_relations_claims_of_different_factuality_stay_apart(relations):
    text = "Ties between Japan and India are warm. Analysts say ties between Japan and India could sour."
    claims = relations(text)
    assert sorted(c.factuality for c in claims) == ["asserted", "hypothetical"]
    assert all(len(c.evidence) == 1 for c in claims)


def test_relations_attributive_state_is_presupposed_under_a_governing_verb(relations):
    (claim,) = relations("Seoul is trying to keep the closer relationship between Japan and China in check.")
    assert claim.pair == ("CHN", "JPN") and claim.trend == "improving"
    assert claim.factuality == "asserted"


def test_relations_attributive_state_under_a_noun_of_fear_stays_hypothetical(relations):
    (claim,) = relations("Canada voiced fears of a closer relationship between Japan and China.")
    assert claim.factuality == "hypothetical"
