"""Is a place name standing for a government? ("Pyongyang said", "talks with Beijing")

Shared by actor resolution (a metonymic capital is an actor) and place
resolution (only a non-metonymic one is a place), so the two never disagree.
The decision reads the dependency parse around the mention's head token.
A name is metonymic when it fills an agent's or partner's role: the subject
of an action or speech verb, the possessor of a policy, the object of a verb
that takes a political partner ("urged Tehran"), or "with/against/by X".
It is a place when it is located, visited, struck or described: "in Seoul",
"visit Pyongyang", "Atlanta was flooded", "Tbilisi was calm".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions that put a name in an agent or partner role: "talks with Beijing".
AGENTIVE_PREPOSITIONS = frozenset({"with", "by", "against", "between", "among"})
# Verbs whose direct object is a destination or location, not a partner.
MOTION_VERBS = frozenset({
    "visit", "arrive", "reach", "leave", "enter", "travel", "fly", "tour",
    "return", "land", "flee", "evacuate", "bomb", "shell", "strike", "raid",
    "capture", "seize", "occupy", "besiege", "hit", "target", "surround",
    "liberate", "invade", "host", "approach", "depart", "cross", "rock",
    "shake", "flood", "pound", "storm", "blanket", "cover", "move", "relocate",
    "drive", "walk", "head", "sail", "call", "name", "rename", "make",
    "blockade", "attack",
})
# Verbs whose subject (active or passive) is a location undergoing something
# physical: "Atlanta was flooded", "the city lies on the river".
PHYSICAL_VERBS = frozenset({
    "flood", "hit", "strike", "shake", "rock", "bomb", "shell", "pound",
    "damage", "destroy", "evacuate", "close", "reopen", "lie", "sit",
    "locate", "situate", "border", "cover", "blanket", "burn", "swelter",
    "freeze", "suffer", "experience", "crest", "overflow", "flow",
    "host", "see", "record", "grow", "shrink", "become", "remain",
    "stay", "look", "seem", "appear", "feel", "get", "have",
    "build", "found", "name", "rename", "call", "populate", "surround",
    "occupy", "capture", "seize", "liberate", "besiege", "attack", "target",
    "raid", "storm", "plunge", "sink", "shelter", "settle",
})
# Physical verbs that a government does to someone when it is their active
# subject with an object: "Washington and London BOMBED targets in Yemen",
# "Moscow SEIZED the tanker" (but "Kyiv was hit", "Atlanta flooded").
ARMED_ACTS = frozenset({
    "bomb", "shell", "strike", "hit", "pound", "attack", "target", "raid", "storm",
    "capture", "seize", "occupy", "besiege", "liberate", "surround", "blockade",
})
COPULAS = frozenset({"be"})
# Verbs that, with a predicate for their object, name it rather than act
# on it: a verdict by their subject ("Beijing CALLED the sanctions A
# PROVOCATION"), no phone call or meeting called ("called the talks a success").
NAMING_VERBS = frozenset({"call", "name"})
# Nouns whose "on X" names who is pressed, not where: "sanctions on Moscow".
PRESSURE_NOUNS = frozenset({
    "sanction", "pressure", "embargo", "tariff", "ban", "restriction", "demand",
    "call", "penalty", "curb", "limit", "war", "claim",
})
# Nouns of acts addressed by one party to another, whose "from X" names the
# party: "a request FROM La Paz", "pressure from Washington" (not "refugees
# from Kyiv").
SOURCED_NOUNS = frozenset({
    "request", "demand", "call", "appeal", "proposal", "offer", "invitation", "warning",
    "threat", "criticism", "pressure", "protest", "complaint", "condemnation", "accusation",
    "message", "letter", "note", "reply", "response", "ultimatum", "order", "summons",
})
# Nouns after a possessive place that make it a location, not an actor:
# "Seoul's streets", "Kyiv's outskirts".
LOCATIVE_HEAD_NOUNS = frozenset({
    "street", "outskirt", "suburb", "centre", "center", "airport", "skyline",
    "district", "neighbourhood", "neighborhood", "residents", "resident",
    "population", "mayor", "port", "harbour", "harbor", "square", "metro",
    "river", "coast", "border", "city", "downtown", "weather", "economy",
    "hospital", "school", "university", "people", "citizen", "water", "area",
    "region", "province", "county", "village", "town", "road", "highway",
    "bridge", "park", "zoo", "team", "club", "stadium", "police", "fire",
    # divisions: "Colombia's eastern Arauca department", "Nigeria's Zamfara state"
    "department", "state", "governorate", "oblast", "prefecture", "municipality",
    "commune", "township", "island", "highlands", "capital",
})
# Entity labels that never stand for a government: rivers, seas, mountains,
# regions (LOC), buildings and roads (FAC).
NEVER_METONYMIC_LABELS = frozenset({"LOC", "FAC"})


def is_metonymic(span: Span) -> bool:
    """True when a place name in ``span`` is used for the government there."""
    if span.label_ in NEVER_METONYMIC_LABELS:
        return False
    head = span.root
    if _is_container(head) or _named_after_settlement_noun(span):
        return False
    # Climb through a conjunction: "Seoul and Tokyo said" -> the first conjunct.
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return _role_is_agentive(head)


# Nouns a town's name follows as their appositive: "Zimbabwe's second CITY Bulawayo".
APPOSED_TOWN_NOUNS = frozenset({"city", "town", "village", "capital", "port"})


def _named_after_settlement_noun(span: Span) -> bool:
    """"Police in Zimbabwe's second city BULAWAYO detained ...": the name
    names the city before it, whatever role the parser gives it."""
    start = span.start
    return start > 0 and span.doc[start - 1].lemma_.lower() in APPOSED_TOWN_NOUNS \
        and span.doc[start - 1].pos_ == "NOUN"


def _is_container(token: Token) -> bool:
    """'Louisville, Ky.': a state or country after 'PLACE,' only locates it."""
    if token.dep_ not in ("appos", "npadvmod", "conj", "compound"):
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.text == "," and token.head.i < token.i


def _role_is_agentive(token: Token) -> bool:
    dep = token.dep_
    verb = token.head
    lemma = verb.lemma_.lower()
    if dep in ("nsubj", "csubj"):
        if lemma in ARMED_ACTS and any(c.dep_ == "dobj" for c in verb.children):
            return True
        if lemma in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children):
            return True  # "BEIJING called the sanctions a provocation" (not "the city is called ...")
        return lemma not in COPULAS and lemma not in PHYSICAL_VERBS
    if dep == "nsubjpass":
        return lemma not in PHYSICAL_VERBS
    if dep == "poss":
        return lemma not in LOCATIVE_HEAD_NOUNS
    if dep in ("dobj", "dative"):
        return lemma not in MOTION_VERBS
    if dep == "pobj":
        if verb.lower_ == "on":  # "sanctions on Moscow", not "on Crimea's coast"
            return verb.head.lemma_.lower() in PRESSURE_NOUNS
        if verb.lower_ == "from":  # "a request from La Paz", not "flights from Kyiv"
            return verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in SOURCED_NOUNS
        return verb.lower_ in AGENTIVE_PREPOSITIONS or verb.dep_ == "agent"
    if dep == "appos":
        return _role_is_agentive(verb)
    return False
