"""Is a place name standing for a government? ("Pyongyang said", "talks with Beijing")

Shared by actor resolution (a metonymic capital is an actor) and place
resolution (only a non-metonymic one is a place), so the two never disagree.
The decision reads the dependency parse around the mention's head token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions that put a place name in a locative role: "in Seoul".
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "near", "from", "to", "into", "across", "outside", "inside",
    "around", "throughout", "toward", "towards", "via", "through", "within",
    "over", "off", "onto", "beyond", "along", "out", "of",
})
# Prepositions that put it in an agent or partner role: "talks with Beijing".
AGENTIVE_PREPOSITIONS = frozenset({"with", "by", "against", "between", "on", "for", "among"})
# Verbs whose direct object is a destination or location, not a partner.
MOTION_VERBS = frozenset({
    "visit", "arrive", "reach", "leave", "enter", "travel", "fly", "tour",
    "return", "land", "flee", "evacuate", "bomb", "shell", "strike", "raid",
    "capture", "seize", "occupy", "besiege", "hit", "target", "surround",
    "liberate", "invade", "host", "approach", "depart", "cross",
})
# Nouns after a possessive place that make it a location, not an actor:
# "Seoul's streets", "Kyiv's outskirts".
LOCATIVE_HEAD_NOUNS = frozenset({
    "street", "outskirt", "suburb", "centre", "center", "airport", "skyline",
    "district", "neighbourhood", "neighborhood", "residents", "resident",
    "population", "mayor", "port", "harbour", "harbor", "square", "metro",
})


def is_metonymic(span: Span) -> bool:
    """True when a place name in ``span`` is used for the government there."""
    head = span.root
    # Climb through a conjunction: "Seoul and Tokyo said" -> the first conjunct.
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return _role_is_agentive(head)


def _role_is_agentive(token: Token) -> bool:
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass", "csubj"):
        return True
    if dep == "poss":
        return token.head.lemma_.lower() not in LOCATIVE_HEAD_NOUNS
    if dep in ("dobj", "dative"):
        return token.head.lemma_.lower() not in MOTION_VERBS
    if dep == "pobj":
        prep = token.head
        word = prep.lower_
        return word in AGENTIVE_PREPOSITIONS or prep.dep_ == "agent"
    if dep == "appos":
        return _role_is_agentive(token.head)
    return False
