"""The event coder: sentences -> PLOVER ``Event`` records.

``code_events`` runs five steps over one parsed article:

1. triggers   each token read by ``EventLexicon.bind`` (the one place
              constraints are checked); the most specific entry wins
              ("impose SANCTIONS" over "impose"), the reading it matched
              under decides whether the word is a verb or a noun, and the
              words its constraints consumed are not triggers of their own;
2. arguments  actor and recipient from the dependency parse (subject, "by"
              agent, object, "with/against/on/to/between" phrases,
              possessives of event nouns, else their nationality adjective
              "ISRAELI strikes"; pronouns as the actor resolver resolved
              them), mapped
              onto the resolved actor mentions; a trigger with no actor
              takes that of the headline's event of its category
              ("Norway expels two Russian diplomats" over "the
              expulsions were announced on Monday"), else is dropped;
3. context    factuality, background history and claimant from the
              trigger's own clause chain (``communique.factuality``);
4. time/place the temporal expression and place the trigger's chain
              governs, else the publication date, except for background
              with no date of its own ("had requested", "it is believed
              that X requested"), which stays undated;
5. merge      mentions of the same event in one article become one Event
              with every piece of evidence.

Besides lexicon triggers, a reported obligation ("Russia said Sudan must
return the helicopter") is coded as a demand by the speaker on the clause's
subject, the event named by ``obligation_event`` in ``cues.json``; and a
reported attribution of a hostile act ("Pompeo said Iran WAS RESPONSIBLE FOR
the attacks") as an accusation by the speaker (``attribution_event``).

The lexicon is passed in (an ``EventLexicon``). Load ``Cues`` once per run and pass it as
``cues=`` (it is read from the package on each call otherwise).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .actors import (COUNTERPART_NOUNS, GUESSED_COUNTRY, NATIONALITY_NOUN, RELATIONAL_NOUNS,
                     VISITING_NOUNS, for_or_against, tied_to_other)
from .factuality import (
    ANSWERING_VERBS, Cues, Reading, answered_act, before_story, clause_chain, dominant_country,
    ULTIMATUM_LEMMAS, accomplished_by, find_claimant, ordered_done, ordered_undergoers, present_tense,
    reaction_phrase, read_context,
    ultimatum_issuer, undone_act,
)
from .kb import countries_named, org_seat_cities
from .lexicon import (CARRIER_NOUNS, XCOMP_DEPS, EventLexicon, LexiconEntry, amod_subjects, amod_verb, carried,
                      contact_relative, misread_named_objects, misread_reduced_relative,
                      misread_subject_participle, stranded_predicate, verb_objects)
from .model import (
    ActorMention, Article, Entity, Event, Evidence, Factuality, PlaceMention, Timex, replace,
)
from .nlp import sentence_evidence
from .places import SETTLEMENT_NOUNS, state_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Categories where a conjoined subject with no separate recipient means the
# parties act on each other ("Seoul and Beijing held talks").
SYMMETRIC_EVENTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Prepositions whose object is the recipient of an event.
RECIPIENT_PREPOSITIONS = frozenset({"with", "against", "on", "to", "toward", "towards", "into", "at", "upon"})
# ... and, for some categories, where the actor withdraws from ("pulled its
# troops out of Niger", "withdrew from Syria").
CATEGORY_PREPOSITIONS = {"RETREAT": frozenset({"from", "of"}),
                         # "called off the strike AFTER deliberations WITH the government"
                         "CONCEDE": frozenset({"from", "after", "following", "despite"}),
                         # "declined to resign DESPITE pressure BY the commission"
                         "REJECT": frozenset({"despite"}),
                         "REQUEST": frozenset({"from"}),  # "demanded support FROM the assembly"
                         "COERCE": frozenset({"from"}),  # "seized weapons FROM militias"
                         # "recalled its envoy FROM Ankara", "banned imports FROM Iran"
                         "SANCTION": frozenset({"from"}),
                         "ACCUSE": frozenset({"over", "about"}), "PROTEST": frozenset({"over"}),
                         # "drills AROUND Taiwan", "troops massed NEAR the border with Ukraine"
                         "MOBILIZE": frozenset({"around", "near", "off"})}
# ... and, for some categories, the prepositions that name the target in
# preference to an addressee: "complained TO the UN OVER Israeli raids" is a
# complaint about Israel, "protested AGAINST X TO the embassy" one against X.
TARGET_FIRST_PREPOSITIONS = {"ACCUSE": ("against", "over", "about"), "PROTEST": ("against", "over")}
# On an object, its owner or author names the recipient before any other
# phrase: "the withdrawal OF Serbian forces from Bosnia" is asked of Serbia.
OWNER_PREPOSITIONS = frozenset({"by", "of"})
# Where an act takes place, read for categories whose target is the place
# when no party is named ("imposed a curfew IN Haiti").
PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "near", "throughout", "outside", "through"})
# On the object of a verb, its author or owner is the recipient too:
# "rejected calls BY Belarus", "dismissed an appeal FROM the president",
# "demanded the withdrawal OF Serbian forces".
OBJECT_PREPOSITIONS = frozenset({"by", "from", "of", "for"})  # "attacked a camp FOR refugees"
NOUN_PREPOSITIONS = frozenset({"of"})
# ... and, for a visit, where the visitor arrives ("arrived IN Canberra"):
# the host is the recipient.
MODE_PREPOSITIONS = {"visit": frozenset({"in"})}
# A past event dated more than this many days before publication is
# background history. One month, as DESIGN.md asks ("well before the
# story's time frame"); wire stories rarely report fresh news older than that.
HISTORICAL_DAYS = 31
# Confidence: how the arguments were found. Direct dependencies (subject,
# object) are worth more than arguments inherited from a governing clause.
CONFIDENCE_BASE = 0.35
CONFIDENCE_ACTOR = {"direct": 0.35, "inherited": 0.2, "headline": 0.1}
CONFIDENCE_RECIPIENT = {"direct": 0.2, "place": 0.1, "symmetric": 0.15, "inherited": 0.1,
                        "headline": 0.05, None: 0.0}
CONFIDENCE_SPECIFIC = 0.1


# ---------------------------------------------------------------------------
# Step 1: triggers
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: LexiconEntry  # its ``pos`` is the reading: a NOUN-tagged verb is a VERB
    consumed: tuple[Token, ...]  # words the entry's constraints matched


def find_triggers(sent: Span, lexicon: EventLexicon) -> list[Trigger]:
    """The event triggers of one sentence, in order: for each word, the most
    specific entry ``EventLexicon.bind`` accepts; words an entry's
    constraints consumed are not triggers of their own."""
    found: list[Trigger] = []
    for token in sent:
        if descriptor(token) or _left_in_state(token):
            continue
        # (an ultimatum's "face" entry matches only in one: "Venezuela would
        # face sanctions" is the speaker's threat, read through the noun)
        matches = [m for m in lexicon.bind(token)
                   if not (m.entry.lemma in ULTIMATUM_LEMMAS and ultimatum_issuer(token) is None)]
        if matches:
            found.append(Trigger(token, matches[0].entry, matches[0].consumed))
    # ... except a joint act the verb's entry took as its object: "the armies
    # of Niger and Mali LAUNCHED a JOINT OPERATION against Islamic State
    # fighters" is an attack on them and the two armies' cooperation; and the
    # act an agreement is to ("Lavrov and Kuleba agreed TO MEET in Antalya on
    # Thursday"): the agreement is made, the meeting planned
    taken = {t.i for trig in found for t in trig.consumed}
    agreed = {t.i for trig in found if trig.entry.event == "AGREE" and trig.entry.pos == "VERB"
              for t in trig.consumed if t.lemma_.lower() in trig.entry.xcomp and t.pos_ == "VERB"}
    return [trig for trig in found if trig.token.i not in taken or trig.token.i in agreed
            or trig.entry.event == "COOPERATE" and JOINT_WORDS & set(trig.entry.modifier)]


# Nouns of envoys whose presence makes an expulsion in their sentence a
# diplomatic one (cues.diplomatic_readings).
DIPLOMAT_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "chargé"})


def _kept_out_of_state(token: Token, index: MentionIndex) -> bool:
    """Whether ``token``'s "from" phrase names a state by name ("banned
    FROM RUSSIA") or a state's land ("barred 18 Americans from ITS
    TERRITORY", "from the country"), not an activity ("banned from
    politics")."""
    return any(o.dep_ == "pobj" and (
        o.pos_ == "PROPN" and (m := index.actor_at(o)) is not None and m.entity.type == "state"
        and m.entity.country or o.lemma_.lower() in STATE_LAND_NOUNS)
               for p in token.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children)


# Nouns of a state's own land: "banned from THE COUNTRY", "from ITS SOIL".
STATE_LAND_NOUNS = frozenset({"territory", "country", "soil"})


def _names_envoy(token: Token) -> bool:
    """Whether ``token`` names an envoy (``DIPLOMAT_NOUNS``), or a high
    commissioner, the envoy of one Commonwealth state to another."""
    lemma = token.lemma_.lower()
    return lemma in DIPLOMAT_NOUNS or lemma == "commissioner" and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "high" for c in token.children)


# Modifiers of acts done together: "a JOINT operation".
JOINT_WORDS = frozenset({"joint", "combined"})


def _name_interiors(actors: Sequence[ActorMention]) -> list[tuple[int, int]]:
    """Character spans of the multi-word names of organisations and groups:
    a word inside one ("the Rapid SUPPORT Forces", "the National LIBERATION
    Army"), or a capitalised word ending one ("the Three Brotherhood
    ALLIANCE"), is part of who they are, not something they did. A common
    noun ending a description ("the UN peacekeeping MISSION") still can be."""
    return [m.span for m in actors
            if " " in m.text and (m.entity.org or m.entity.type in ("organization", "group"))]


def _body_references(actors: Sequence[ActorMention]) -> set[int]:
    """Where the nouns start that refer back to a body named before ("NATO
    ... after THE ALLIANCE expelled eight"): the body, not an alliance made."""
    return {m.span[0] for m in actors if m.entity.resolved_by == "discourse:definite"}


def _in_spans(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    end_of_token = token.idx + len(token)
    named = token.pos_ == "PROPN" and token.text[:1].isupper()
    return any(start <= token.idx and (end_of_token < end or named and end_of_token == end)
               for start, end in spans)


# States something is left in ("left the pact IN TATTERS", "left the deal IN
# LIMBO", "left its troops IN PLACE"): no one leaves it, or leaves anywhere.
LEFT_STATES = frozenset({"tatter", "tatters", "ruin", "ruins", "limbo", "disarray", "shamble",
                         "shambles", "doubt", "place", "charge", "power", "office", "chaos"})


def _left_in_state(token: Token) -> bool:
    """A verb of leaving that leaves its object in a state (``LEFT_STATES``)."""
    return token.lemma_.lower() == "leave" and any(
        p.dep_ == "prep" and p.lower_ == "in" and o.dep_ == "pobj" and o.lemma_.lower() in LEFT_STATES
        for c in (token, *(o for o in token.children if o.dep_ == "dobj"))
        for p in c.children for o in p.children)


# Things an act noun only names the kind of, when it is their compound: "air
# RAID sirens sounded", "ran to BOMB shelters", "a MISSILE alert": no raid,
# bomb or missile is reported.
WARNING_DEVICES = frozenset({"siren", "alarm", "shelter", "bunker", "alert", "warning"})


# Verbs of a side taken, whose present participle on a noun describes the
# party ("rebels FIGHTING the regime") rather than reporting an act.
ROLE_PARTICIPLES = frozenset({"fight", "battle", "back", "support", "oppose"})


def descriptor(token: Token) -> bool:
    """True for a participle fused into a name's description ("the US-BACKED
    forces", "a Saudi-LED coalition") or describing the side a noun's party
    takes (``ROLE_PARTICIPLES``: "rebels FIGHTING the regime"): it says who
    someone is, it does not report an act; and for an act noun naming a kind
    of warning device (``WARNING_DEVICES``: "air RAID sirens")."""
    if (token.dep_ == "compound" and token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() in WARNING_DEVICES):
        return True
    if (token.tag_ == "VBG" and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN")
            and token.lemma_.lower() in ROLE_PARTICIPLES
            and not any(c.dep_ in ("nsubj", "aux", "mark") for c in token.children)):
        # (not a clause the model hangs on a noun: "accusations that its
        # troops WERE FIGHTING alongside rebels")
        # "rebels FIGHTING the regime", "a Kurdish group FIGHTING Islamic
        # State", "militias BACKING Assad": who they are, on no one day
        return True
    if token.i < 2 or token.dep_ not in ("amod", "compound") or token.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    hyphen = token.doc[token.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not token.doc[token.i - 2].whitespace_


# ---------------------------------------------------------------------------
# Step 2: arguments
# ---------------------------------------------------------------------------


class MentionIndex:
    """Which actor mention or place covers a token."""

    def __init__(self, actors: Sequence[ActorMention], places: Sequence[PlaceMention]) -> None:
        self.actors = sorted(actors, key=lambda m: m.span)
        self.places = sorted(places, key=lambda p: p.span)

    def actor_at(self, token: Token) -> ActorMention | None:
        return _covering(self.actors, token)

    def place_at(self, token: Token) -> PlaceMention | None:
        return _covering(self.places, token)

    def entity_of(self, token: Token) -> Entity | None:
        mention = self.actor_at(token)
        return mention.entity if mention else None


def _covering(mentions: Sequence[Any], token: Token) -> Any:
    start = token.idx
    for mention in mentions:
        if mention.span[0] <= start < mention.span[1]:
            return mention
        if mention.span[0] > start:
            break
    return None


@dataclass
class Arguments:
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    actor_how: str | None = None
    recipient_how: str | None = None
    destination: PlaceMention | None = None
    preps: frozenset[str] = RECIPIENT_PREPOSITIONS
    instruments: frozenset[str] = frozenset()  # "with Albania's HELP" names no recipient
    departures: frozenset[str] = frozenset()  # "ordered them to LEAVE Germany": a place left
    statives: frozenset[str] = frozenset()  # "Israel IS OPPOSED to": a stance, not a passive
    patients: frozenset[str] = frozenset()  # "HIS arrest": the possessor undergoes the act
    frames: frozenset[str] = frozenset()  # "a mediation MISSION between": the frame noun's phrases
    topics: frozenset[str] = frozenset()  # "talks ON Sudan": what the act is about, no party


_PHRASE_MODIFIERS = ("compound", "amod", "poss", "nmod", "appos")


def phrase_entities(token: Token, index: MentionIndex, *, places: bool = True,
                    with_places: list[PlaceMention] | None = None) -> list[Entity]:
    """The actors named by the noun phrase headed by ``token`` (conjuncts
    included): the head's own mention, else a nationality, possessive or
    "of" modifier ("Russian troops", "Russia's army", "the government of
    Iraq"), else a place's country when ``places``."""
    found: list[Entity] = []
    for head in (token, *token.conjuncts):
        if head.i < token.i:
            continue
        if head.pos_ == "PROPN":
            # "Barack Obama and Dmitry Medvedev", read as a modifier of the
            # second name that holds the "and"
            found += [e for c in head.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < head.i
                      and any(g.dep_ == "cc" for g in c.children)
                      for e in _head_entities(c, index, places, with_places)]
        found += _head_entities(head, index, places, with_places)
    return _unique(found)


def _head_entities(head: Token, index: MentionIndex, places: bool,
                   with_places: list[PlaceMention] | None) -> list[Entity]:
    mention = index.actor_at(head)
    if mention is not None:
        entity = mention.entity
        owner = next((m.entity for c in head.children if c.dep_ == "poss"
                      and (m := index.actor_at(c)) is not None and m is not mention
                      and (m.entity.country or m.entity.org)), None)
        if owner is not None and entity.resolved_by == GUESSED_COUNTRY:
            # "sanctions on ITS officials": whose they are, not a country
            # the article's context guessed for them
            return [replace(entity, country=owner.country, org=owner.org,
                            resolved_by="events:possessor")]
        if entity.country or entity.org:
            return _per_origin(head, entity, index)
        # "opposition groups IN Zimbabwe", "activists FROM the Fatah party":
        # an actor of no known country belongs to the one its phrase names.
        located = _located_in(head, index)
        if located is not None:
            return [replace(entity, country=located.country, resolved_by="events:located-in")]
        pair = [e for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                for t in ([c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ == "pobj"])
                for e in _pair_reference(t, index)]
        if pair:
            # "LEADERS of the two countries", "the two countries' MINISTERS"
            return [replace(entity, country=e.country, resolved_by="events:the-two-countries")
                    for e in pair]
        patron = _affiliation(head, index)
        if patron is not None:
            return [replace(entity, country=patron.country, org=patron.org, resolved_by="events:affiliated")]
        return [entity]
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and (patron := _affiliation(head, index)) is not None:
        return [patron]  # "500,000 workers affiliated with the Serbian union"
    if pair := _pair_reference(head, index):
        return pair
    found: list[Entity] = []
    # (an upper-case dateline the model made a subject: "PESHAWAR, Pakistan
    # — NATO helicopters attacked")
    dateline = index.place_at(head) is not None and dateline_place(head.doc[head.i:head.i + 1])
    for child in head.children:
        if tied_to_other(child):
            continue  # "Iran's PROXIES": not Iran
        if dateline and child.dep_ == "appos" and index.place_at(child) is not None:
            continue  # the country of the dateline: where the story was filed
        if child.dep_ in _PHRASE_MODIFIERS:
            for t in (child, *child.conjuncts):
                m = index.actor_at(t)
                if m is not None:
                    found.append(m.entity)
                elif pair := _pair_reference(t, index):
                    found += pair  # "signed by THE TWO COUNTRIES' ministers"
                elif t.dep_ == "amod" and t.lower_ in HOLDER_PARTICIPLES:
                    # "a US-LED coalition" is the leader's, "a BRITISH-FLAGGED
                    # tanker" its flag state's
                    found += [m.entity for c in t.children if (m := index.actor_at(c)) is not None]
                elif t.dep_ in ("appos", "compound"):
                    # "Kenzo Oshima, the United Nations relief coordinator":
                    # the apposition names the person's office; "EU foreign
                    # ministers meeting": the compound names the body.
                    found += _head_entities(t, index, False, None)
        elif child.dep_ == "nummod" and child.pos_ == "NUM" and not child.like_num:
            # "TURKISH F-16 jets": a model number the nationality hangs on
            found += [m.entity for t in child.children if t.dep_ == "amod"
                      and (m := index.actor_at(t)) is not None]
        elif child.dep_ == "prep" and (head.pos_ in ("NOUN", "PROPN") or head.lower_ in ORDINAL_HEADS
                                       or _partitive_head(head)) and (
                child.lower_ == "of"
                or (child.lower_ in ("from", "including") and head.tag_ in ("NNS", "NNPS"))):
            # "the government OF Iraq", "sailors FROM Greece and Egypt",
            # "eleven countries INCLUDING Japan and Canada"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found += [e for t in (pobj, *pobj.conjuncts) for e in _of_entities(t, index)]
    if not found and head.lemma_.lower() in CARRIER_NOUNS:
        # "a plane carrying CHINESE medical experts", "six UN trucks ..." are
        # the sender's: the vehicle is whose its cargo is
        found = [e for cargo in carried(head) for e in _head_entities(cargo, index, False, None)]
    if found or not places:
        return found
    if head.pos_ in ("NOUN", "PROPN") and index.place_at(head) is None:
        # "sent inspectors to the plant IN central Iran"
        located = _located_in(head, index)
        if located is not None:
            return [located]
    place = index.place_at(head)
    if place is not None and place.location.country_code:
        if with_places is not None:
            with_places.append(place)
        return [_place_entity(place)]
    return []


# Nouns that, as "the two Xs" or "both Xs", stand for two states named just
# before: "leaders of THE TWO COUNTRIES agreed", "BOTH GOVERNMENTS signed".
PAIR_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "government", "state", "side",
                        "leader", "delegation", "minister", "president"})
# Of those, the nouns for people: "the two LEADERS' video call", after "Xi
# told Biden that the crisis in Ukraine ...", are the two people named, not
# the last two states.
PERSON_PAIR_NOUNS = frozenset({"leader", "minister", "president"})
# ... and those that do so bare ("THE LEADERS discussed trade") where just two
# states are named.
BARE_PAIR_NOUNS = frozenset({"leader", "side"})


def _discourse_start(token: Token) -> int:
    """Where a back-reference may look for what it refers to: the start (a
    character offset) of the sentence before ``token``'s, or of its own
    when it is the first."""
    sent = token.sent
    return token.doc[sent.start if sent.start == 0 else token.doc[sent.start - 1].sent.start].idx


def _pair_reference(head: Token, index: MentionIndex) -> list[Entity]:
    """The two states "the two countries" refers back to: those of the last
    two actors of different states named before it, in its sentence or the
    one before; nothing when fewer are named there. A bare "the leaders"
    (or "the sides") refers back only where exactly two states are named
    there."""
    if head.lemma_.lower() not in PAIR_NOUNS or head.tag_ != "NNS":
        return []
    counted = any((c.dep_ == "nummod" and c.lower_ == "two")
                  or (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in head.children)
    bare = (head.lemma_.lower() in BARE_PAIR_NOUNS and [c.lower_ for c in head.children] == ["the"])
    if not (counted or bare):
        return []
    first = _discourse_start(head)
    before = [m for m in index.actors if first <= m.span[0] and m.span[1] <= head.idx]
    people = [m for m in before if m.entity.type == "person"]
    if head.lemma_.lower() in PERSON_PAIR_NOUNS and len({m.entity.country for m in people} - {None}) >= 2:
        before = people
    codes: list[str] = []
    for mention in reversed(before):
        code = mention.entity.country
        if code and code not in codes:
            codes.append(code)
        if len(codes) == 2 and counted:
            break
    if len(codes) == 1 and counted and head.lemma_.lower() == "side":
        # "a ceasefire between COLOMBIA'S GOVERNMENT and the BAR GUERRILLA
        # GROUP ... after THE TWO SIDES agreed": two parties of one state
        return _two_sides_of_one_state(before, codes[0])
    if len(codes) != 2:
        return []
    return [_state_entity(c, "events:the-two-countries") for c in reversed(codes)]


# Sectors of the two sides of a conflict within one state: its government or
# forces, and armed groups or the opposition.
SIDE_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "UAF", "OPP"})


def _two_sides_of_one_state(before: Sequence[ActorMention], code: str) -> list[Entity]:
    """The two parties of one state "the two sides" refers back to: the
    last two named of its government or forces and of an armed group or
    opposition (one side each)."""
    sides: list[Entity] = []
    for mention in reversed(before):
        entity = mention.entity
        if entity.sector not in SIDE_SECTORS or entity.country not in (code, None) or entity.type == "person":
            continue
        if all((e.sector, e.org) != (entity.sector, entity.org) for e in sides):
            # (an armed group named with no country is the state's own: "the
            # BAR guerrilla group" fighting Colombia's government)
            sides.append(replace(entity, country=code, resolved_by="events:the-two-sides"))
        if len(sides) == 2:
            break
    if len(sides) != 2 or len({e.sector for e in sides} & {"GOV", "MIL"}) != 1:
        return []
    return list(reversed(sides))


# Participles whose modifier names whose a thing is: "a US-LED coalition",
# "a British-FLAGGED tanker", "a Greek-OWNED ship" (not "Iran-BACKED
# militias", which are someone else's proxies).
HOLDER_PARTICIPLES = frozenset({"led", "flagged", "registered", "owned", "operated"})


def _per_origin(head: Token, entity: Entity, index: MentionIndex) -> list[Entity]:
    """A group of several states named where it is from, one group per
    state ("soldiers from India and the United States"); else ``entity``
    (and so a group its own nationality names: "US troops in Iraq and
    Syria" are American wherever they are)."""
    if entity.resolved_by == NATIONALITY_NOUN:
        return [entity]
    origins = [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "in")
               for pobj in prep.children if pobj.dep_ == "pobj"
               for t in (pobj, *pobj.conjuncts) if (c := _state_of(t, index))]
    if len(set(origins)) > 1 and entity.type in ("group", "organization"):
        return [replace(entity, country=c, resolved_by="events:group-origin")
                for c in dict.fromkeys(origins)]
    return [entity]


def _of_entities(pobj: Token, index: MentionIndex) -> list[Entity]:
    """The actor an "of" phrase names: its own mention, else its owner's
    ("members of BOLIVIA'S mining cooperatives") or nationality ("thousands
    of BOLIVIAN miners")."""
    mention = index.actor_at(pobj)
    if mention is not None:
        # ("thousands of soldiers FROM Thailand AND the United States")
        return _per_origin(pobj, mention.entity, index) if mention.entity.country else [mention.entity]
    if pair := _pair_reference(pobj, index):
        return pair  # "leaders OF THE TWO COUNTRIES"
    # ("thousands of U.S. AND FILIPINO troops": each conjoined nationality)
    return [m.entity for c in pobj.children if c.dep_ in ("poss", "amod", "compound", "nmod")
            and not tied_to_other(c) for t in (c, *c.conjuncts) if (m := index.actor_at(t)) is not None]


LOCATING_PREPOSITIONS = frozenset({"in", "from", "of"})
# Verbs that credit an act to their object: "THANKED China FOR a donation".
CREDIT_VERBS = frozenset({"thank", "praise", "commend", "credit", "congratulate", "applaud", "hail",
                          "blame", "criticise", "criticize", "condemn", "fault", "punish", "reward"})
# Words that stand for the group of their "of" phrase: "THE FIRST of 1,500
# soldiers arrived", "THE LAST of the French troops left".
ORDINAL_HEADS = frozenset({"first", "last", "rest", "remainder", "bulk"})
# ... and the quantities that do: "TEN of its drones carried out the attack",
# "SOME of the Russian soldiers".
QUANTITY_HEADS = frozenset({"some", "many", "most", "several", "all", "both", "each", "one", "none",
                            "dozens", "hundreds", "thousands", "scores"})


def _partitive_head(head: Token) -> bool:
    """A number or quantity word with an "of" phrase: "TEN of its drones"."""
    return (head.like_num or head.lower_ in QUANTITY_HEADS) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _barring_states(trigger: Trigger, index: MentionIndex) -> list[Entity]:
    """The states an entry ban keeps people out of, as their own
    authorities: the objects of the "enter" the ban's entry takes ("barred
    from entering THE UNITED STATES", "AUSTRALIA, BRITAIN and CANADA"), else
    the states of its "from" phrase ("banned from RUSSIA"); none for any
    other ban ("barred from the race")."""
    entered = [o for t in trigger.consumed if t.lemma_.lower() == "enter"
               for o in t.children if o.dep_ == "dobj"]
    if not entered and trigger.token.lemma_.lower() in ("ban", "bar") and not any(
            t.lemma_.lower() == "enter" for t in trigger.consumed):
        # (not "staff will be WITHDRAWN from Syria")
        entered = [o for p in trigger.token.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj"]
    countries = dict.fromkeys(c for o in entered for t in (o, *o.conjuncts) if (c := _state_of(t, index)))
    return [_state_entity(c, "events:barring-state") for c in countries]


def _crediting_verb(token: Token, noun: bool,
                    answerable: frozenset[str] = frozenset()) -> Token | None:
    """The verb of thanks, praise or blame whose "for" phrase the trigger is
    ("thanked China FOR a DONATION"), or whose "for" clause the model made
    of it ("thanked Venezuela FOR relief supplies LANDED in Roseau"); or the
    adjective of ``answerable`` ("held Moscow RESPONSIBLE for the STRIKE")."""
    if noun and token.dep_ == "pobj" and token.head.lower_ == "for":
        credit = token.head.head
    elif not noun and token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
        credit = token.head
    else:
        return None
    if credit.pos_ == "ADJ" and credit.lower_ in answerable:
        return credit
    return credit if credit.lemma_.lower() in CREDIT_VERBS else None


def _credited(credit: Token, index: MentionIndex) -> list[Entity]:
    """Whom a verb of credit or blame credits the act to: its object
    ("blamed RUSSIA for"); for an adjective of blame, the one it describes
    ("held MOSCOW responsible for", "holds CHINA responsible for", "said
    RUSSIA was responsible for")."""
    if credit.pos_ != "ADJ":
        holders = [o for o in credit.children if o.dep_ == "dobj"]
    else:
        holders = [o for o in credit.children if o.dep_ == "nsubj"]
        if not holders:
            verb = credit.head
            holders = [o for o in verb.children
                       if o.dep_ == "dobj" or o.dep_ == "nsubj" and verb.lemma_ == "be"]
    return [e for o in holders for e in phrase_entities(o, index, places=False) if e.country or e.org]


def _state_of(token: Token, index: MentionIndex) -> str | None:
    """The country a word names as a state or as a place in it."""
    mention = index.actor_at(token)
    if mention is not None and mention.entity.type == "state" and mention.entity.country:
        return mention.entity.country
    place = index.place_at(token)
    return place.location.country_code if place is not None else None


# Words that tie a group to the actor it serves: "militants LOYAL to",
# "workers AFFILIATED with", "fighters LINKED to", "units ALLIED with".
AFFILIATION_WORDS = frozenset({"loyal", "affiliate", "affiliated", "link", "linked", "allied", "ally",
                               "belong", "belonging", "aligned"})


def _affiliation(head: Token, index: MentionIndex) -> Entity | None:
    """The actor a group of no country is tied to by a word of allegiance
    ("militants LOYAL TO the Taliban"), if that actor has a country or is an
    organisation."""
    words = list(head.children)
    if head.dep_ == "nsubj" and head.head.tag_ == "VBN":
        # "gunmen LINKED to JNIM attacked ...", read as a clause of its own
        words.append(head.head)
    for word in words:
        if (word.dep_ not in ("amod", "acl") and word.i != head.head.i) or (
                word.lower_ not in AFFILIATION_WORDS and word.lemma_.lower() not in AFFILIATION_WORDS):
            continue
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = [e for e in phrase_entities(pobj, index, places=False) if e.country or e.org]
                        if found:
                            return found[0]
    return None


def _located_in(head: Token, index: MentionIndex) -> Entity | None:
    """The country named by an "in/from/of" phrase or a possessive on
    ``head`` ("CAIRO'S security chief"), if any."""
    for child in head.children:
        if child.dep_ == "poss" and not tied_to_other(child):
            place = index.place_at(child)
            if place is not None and place.location.country_code:
                return _place_entity(place)
            mention = index.actor_at(child)
            if mention is not None and mention.entity.country and mention.entity.type == "state":
                return mention.entity
        if child.dep_ == "prep" and child.lower_ in LOCATING_PREPOSITIONS:
            if child.lower_ == "in" and head.lemma_.lower() in VISITING_NOUNS:
                continue  # "negotiators IN VIENNA" came from elsewhere
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = [e for e in phrase_entities(pobj, index) if e.country]
                    if found:
                        return found[0]
    return None


def _place_entity(place: PlaceMention) -> Entity:
    loc = place.location
    return Entity(text=place.text, name=loc.resolved_place or place.text, country=loc.country_code,
                  type="state", resolved_by="events:place-country")


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    seen: set[Entity] = set()
    out = []
    for e in entities:
        if e not in seen:
            seen.add(e)
            out.append(e)
    return out


def _distinct_parties(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """One entity per party: "Putin" and "the Russian president" in two
    mentions of one event are one actor (same country or org and sector)."""
    sectors: dict[str, set[str | None]] = {}
    out = []
    for e in entities:
        known = sectors.setdefault(_key(e), set())
        if known and (e.sector is None or None in known or e.sector in known):
            continue
        known.add(e.sector)
        out.append(e)
    return tuple(out)


def find_arguments(trigger: Trigger, index: MentionIndex, support_verbs: frozenset[str] = frozenset(),
                   cues: Cues | None = None, frames: frozenset[str] = frozenset()) -> Arguments:
    token = trigger.token
    event = trigger.entry.event
    # The preposition an entry asks for names its target: "invested IN
    # Hungary", "fired ON the crowd".
    args = Arguments(preps=RECIPIENT_PREPOSITIONS | CATEGORY_PREPOSITIONS.get(event, frozenset())
                     | MODE_PREPOSITIONS.get(trigger.entry.mode or "", frozenset())
                     | frozenset(trigger.entry.prep)
                     | (MEDIATED_PREPOSITIONS if trigger.entry.cameo.startswith(MEDIATION_CAMEO) else frozenset()),
                     instruments=cues.instrument_nouns if cues is not None else frozenset(),
                     departures=cues.departure_verbs if cues is not None else frozenset(),
                     statives=cues.stative_participles if cues is not None else frozenset(),
                     patients=cues.patient_nouns if cues is not None else frozenset(),
                     frames=frames,
                     topics=TOPIC_PREPOSITIONS if event in TALK_EVENTS else frozenset())
    # The matched reading decides what the word is: a verb tagged NOUN
    # ("Police BAN rallies") takes a verb's arguments.
    noun = trigger.entry.pos == "NOUN"
    # ("Ghana RECEIVED doses from India": the sender gives, see _given_by_sender)
    receives_goods = not noun and event in GIVEN_EVENTS and token.lemma_.lower() in GOODS_RECEIVING_VERBS
    movers = _movers(trigger, index)
    undergoer = undergoing_verb(token) if noun else None
    if undergoer is not None:
        # "a US national was put UNDER INVESTIGATION", "is under house
        # arrest", "Iran would FACE bombing": the clause's subject undergoes
        # the act, nobody named does it
        verb = undergoer
        args.recipient = [e for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                          for e in _with_antecedent(s, phrase_entities(s, index, places=False), index)]
        args.recipient_how = "direct" if args.recipient else None
        args.actor = [e for p in token.children if p.dep_ == "prep" and p.lower_ == "by"
                      for o in p.children if o.dep_ == "pobj" for e in phrase_entities(o, index, places=False)]
        if not args.actor:
            # "under the sanctions THE SECURITY COUNCIL APPROVED"
            args.actor = [e for clause in _object_clauses(token, support_verbs) for s in clause.children
                          if s.dep_ == "nsubj" for e in phrase_entities(s, index, places=False)]
        if not args.actor and cues is not None:
            args.actor = _warning_speaker(verb, args.recipient, index, cues)
            args.actor_how = "inherited" if args.actor else None
    elif noun:
        _noun_arguments(token, trigger, index, args, movers, support_verbs)
        if trigger.entry.mode == "ease" and trigger.entry.object:
            _eased_measures(trigger, index, args)
    else:
        _verb_arguments(token, trigger, index, args)
        if receives_goods:
            _given_by_sender(token, index, args)
        if token.lemma_.lower() in TOPIC_VERBS:
            # "Putin and Xi DISCUSSED Ukraine": what they talked about is no
            # party to the talks; whom they talked with is ("WITH Kyiv")
            # (the model may hang the "with" phrase on the topic: "discussed
            # the war WITH Ukraine's foreign minister")
            talked = [token, *(o for o in token.children if o.dep_ == "dobj")]
            args.recipient = [e for t in talked for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                              for o in p.children if o.dep_ == "pobj"
                              for e in phrase_entities(o, index, places=False)]
            args.recipient_how = "direct" if args.recipient else None
        if not args.actor and event in SYMMETRIC_EVENTS and (
                token.dep_ == "acl" or token.lemma_.lower() in SETTLING_VERBS):
            # "the ceasefire AGREED between Israel and Hamas": those it is
            # between agreed it with each other (the model may read the
            # participle as the verb of a clause with the ceasefire its subject);
            # "a deal was REACHED between Israel and Hamas" (the model hangs
            # the "between" phrase on the deal)
            settled = [token, *(s for s in token.children if s.dep_ in ("nsubj", "nsubjpass"))]
            parties = [e for t in settled for p in t.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                       for o in p.children if o.dep_ == "pobj" for e in phrase_entities(o, index)]
            if len({e.name for e in parties}) > 1:  # (an army and rebels of one country too)
                args.actor = args.recipient = parties
                args.actor_how, args.recipient_how = "direct", "symmetric"
    answerable = cues.attribution_adjectives if cues is not None else frozenset()
    credit = _crediting_verb(token, noun, answerable)
    if credit is not None and all(e.resolved_by in BACK_REFERENCES for e in args.actor):
        # "thanked CHINA for a donation of rice", "praised QATAR for its
        # mediation", "blamed RUSSIA for the attack", "held MOSCOW
        # responsible for the strike": whom the act is credited to did it;
        # what one is thanked for was done for the thanker
        credited = _credited(credit, index)
        if credited:
            args.recipient = [e for e in args.recipient if e not in credited]
            args.actor, args.actor_how = credited, "inherited"
            if credit.lemma_.lower() == "thank" and not args.recipient:
                args.recipient = [e for subj in credit.children if subj.dep_ == "nsubj"
                                  for e in phrase_entities(subj, index, places=False)]
                args.recipient_how = "inherited" if args.recipient else None
    if noun and not args.recipient and token.dep_ == "pobj" and token.head.lower_ == "under":
        # "the army placed BONGO under house arrest": who is put under it
        args.recipient = [e for o in token.head.head.children if o.dep_ == "dobj"
                          for e in phrase_entities(o, index, places=False)]
        args.recipient_how = "direct" if args.recipient else args.recipient_how
    if (noun and not args.actor and token.dep_ == "pobj" and token.head.dep_ == "prep"
            and ordered_done(token.head.head)):
        # "a court ordered that Kordzaia BE HELD IN pretrial DETENTION": who
        # orders the custody keeps him in it
        held = token.head.head
        args.recipient = []
        _arguments_of(args, held.head, ordered_undergoers(held), index)
    if not args.actor and trigger.entry.mode == "release":
        # "his release FROM CHINESE DETENTION", "was freed from an Iranian
        # prison": whose custody it was let them go
        args.actor = _keepers(token, index)
        args.actor_how = "direct" if args.actor else None
    if not args.actor and not (noun and undergone(token)) and not receives_goods:
        inherited = _inherited_actor(_framed(token, args.frames) if noun else token, index, support_verbs,
                                     noun=noun)
        if not inherited and noun and event in SYMMETRIC_EVENTS and trigger.entry.mode != "visit" \
                and token.dep_ == "pobj":
            # "they made progress after two days of TALKS", "India and Japan
            # agreed ... during TALKS", "vessels from four states set off ON a
            # JOINT PATROL": the clause's subject took part in the talks it
            # reports on (two parties, when the talks are a setting).
            measured = token.head.lower_ == "of" and token.head.head.lemma_.lower() in DURATION_NOUNS
            joint = token.head.lower_ == "on" and bool(JOINT_WORDS & set(trigger.entry.modifier))
            if measured or joint or token.head.lower_ in ("during", "at", "in"):
                found = _speaker_antecedent(token, index)
                if measured or len(_parties(found)) > 1:
                    inherited = found
            if not inherited and event == "CONSULT" and token.head.lower_ in SETTING_AFTER:
                # "Biden told Xi on Friday that ..., the White House said
                # AFTER A VIDEO CALL", "Putin told Biden IN THEIR VIDEO
                # CONVERSATION that ...": the two people the sentence names
                inherited = _two_people_before(token, index)
        if (not inherited and args.recipient
                and (noun and (event in SYMMETRIC_EVENTS or token.lemma_.lower() in MUTUAL_NOUNS)
                     or _object_participle(token, trigger.entry))
                and any(p.dep_ == "prep" and p.lower_ == "with" for p in token.children)):
            # "Colombia said a joint OPERATION WITH BRAZIL had dismantled
            # ...", "Uzbekistan called the agreement SIGNED WITH Tajikistan a
            # milestone": the partner is named, the other side is who reports it
            partners = {e.country or e.org for e in args.recipient}
            inherited = [e for e in _speaker_antecedent(token, index)
                         if (e.country or e.org) not in partners]
        if inherited:
            args.actor, args.actor_how = inherited, "inherited"
        elif movers:
            args.actor, args.actor_how = movers, "direct"
    if (noun and token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING_VERBS
            and any(p.dep_ == "prep" and (p.lower_ in ("from", "by") or p.lower_ == "of" and movers)
                    or p.dep_ == "poss" and args.actor for p in token.children)):
        # "China has RECEIVED a request from Mongolia", "Australia was
        # CONSIDERING Kiribati's request", "Benin REJECTED accusations by
        # Niger", "NATO WELCOMED the applications of Finland and Sweden":
        # the receiver is addressed
        receivers = [e for s in token.head.children if s.dep_ == "nsubj"
                     for e in phrase_entities(s, index, places=False) if e not in args.actor]
        if receivers:
            args.recipient, args.recipient_how = receivers, "direct"
    elif (not noun and not args.recipient and token.dep_ == "acl" and token.tag_ == "VBG"
          and token.head.dep_ == "dobj"
          and token.head.head.lemma_.lower() in ACCEPTING_VERBS
          and any(p.dep_ == "prep" and p.lower_ in ("from", "by") for p in token.head.children)):
        # "NATO received a letter from Kyiv ASKING for a membership plan":
        # the message is addressed to whoever receives it
        args.recipient = [e for s in token.head.head.children if s.dep_ == "nsubj"
                          for e in phrase_entities(s, index, places=False)
                          if (e.country or e.org) and e not in args.actor]
        args.recipient_how = "direct" if args.recipient else None
    elif noun and event in SOURCED_EVENTS and (given := _received_from(token, index)) is not None:
        # "the junta RECEIVED a consignment of flood RELIEF FROM India",
        # "officials ACCEPTED the AID ... FROM the Indian ambassador": who
        # sends it is the actor, who receives it the recipient
        args.actor, args.recipient = given
        args.actor_how = args.recipient_how = "direct"
    if not args.recipient and noun:
        # "held talks with Beijing": the partner hangs from the light verb.
        gov = light_verb(trigger)
        if gov is not None:
            if trigger.entry.governed_by:
                # "took a British journalist INTO CUSTODY": the verb's object undergoes it
                args.recipient = [e for o in gov.children if o.dep_ == "dobj"
                                  for e in phrase_entities(o, index, places=False)]
            args.recipient = args.recipient or _prep_entities(gov, index, args)
            if args.recipient:
                args.recipient_how = "direct"
    if args.actor and any(e.country or e.org for e in args.actor):
        # "Russia massed TROOPS near Ukraine": forces of no country are the
        # actor's own, not whom the act is aimed at.
        kept = [e for e in args.recipient if e.country or e.org or e.sector not in ("MIL", "COP")]
        if len(kept) < len(args.recipient):
            args.recipient = kept
            if not kept:
                args.recipient_how = None
                args.recipient = _prep_entities(token, index, args)
    if not args.recipient and not noun and event in COUNTED_VICTIM_EVENTS:
        # "fired on protesters in Hebron, wounding FIVE": the victims counted
        # are those the governing act was aimed at
        args.recipient = _counted_victims(token, index)
        args.recipient_how = "inherited" if args.recipient else None
    if trigger.entry.mode == "expel":
        expelled = {e.country for e in args.recipient
                    if e.country and e.type == "person" and e.resolved_by != GUESSED_COUNTRY}
        if expelled and expelled == {e.country for e in args.actor}:
            # "Germany's ambassador to Chad left, a day after the government
            # ordered HIS expulsion": no state expels its own envoy; the
            # government is the host's
            host = _host_state(token, args, index)
            if host:
                args.actor, args.actor_how = host, "inherited"
        # "Poland expelled three diplomats FROM WARSAW": a state expels
        # others' diplomats, the place they leave is its own
        args.recipient = _not_own(args.recipient, args)
        if not args.recipient and not noun:
            # "declared two diplomats AT THE RUSSIAN EMBASSY persona non
            # grata": whose mission they serve
            args.recipient = _not_own([e for o in verb_objects(token)
                                       for e in _owner_first(o, index, args)], args)
    phoned = _phoned(token, index, args)
    if phoned and not _not_own(args.recipient, args):
        # "CALLED THE HEAD OF MSF to apologise for the strike by US planes":
        # the one telephoned is addressed, not the owner of what it is about
        args.recipient = phoned
    if not args.recipient and cues is not None:
        _fallback_recipient(trigger, index, args, cues)
    if (args.recipient and event in VENUE_EVENTS and trigger.entry.mode != "visit"
            and all(e.resolved_by == "events:place-country" for e in args.recipient)
            and any(c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children)
                    or c.dep_ == "prep" and c.lower_ == "with" and event in AGREEMENT_EVENTS
                    for t in (token, *trigger.consumed) for c in t.children)):
        # "Iran and six powers reached an agreement IN VIENNA", "the
        # agreement with world powers IN VIENNA": where the parties the
        # subject or an agreement's "with" phrase names met, not a partner
        # ("Putin held talks in Beijing", "met with leaders in Riyadh" are
        # with the hosts)
        args.recipient, args.recipient_how = [], None
    # The same entity is not its own recipient; the same country may be
    # ("the government dismissed an appeal from the president"), but not
    # through a pronoun that refers back to the actor ("offered ITS troops").
    own = _parties(args.actor)
    recipient = [e for e in args.recipient if e not in args.actor
                 and not ((e.text.lower() in REFLEXIVE_PRONOUNS or e.resolved_by in BACK_REFERENCES)
                          and _key(e) in own)]
    if args.recipient_how == "symmetric":
        recipient = list(args.recipient)
    elif (len(_parties(args.actor)) > 1 and trigger.entry.event == "COOPERATE"
          and JOINT_WORDS & set(trigger.entry.modifier)):
        # "a joint operation AGAINST Islamic State fighters": the partners
        # cooperate with each other; whom they fight is another event's
        recipient, args.recipient_how = list(args.actor), "symmetric"
    elif not recipient and len(args.actor) > 1 and trigger.entry.event in SYMMETRIC_EVENTS:
        recipient, args.recipient_how = list(args.actor), "symmetric"
    args.recipient = recipient
    if not args.recipient:
        args.recipient_how = None
    return args


# Verbs of talk whose object is the topic, not a party: "DISCUSSED North Korea".
TOPIC_VERBS = frozenset({"discuss", "debate"})


# Nouns of the custody people are released from.
CUSTODY_NOUNS = frozenset({"custody", "detention", "captivity", "prison", "jail", "gaol"})


def _keepers(release: Token, index: MentionIndex) -> list[Entity]:
    """The states or groups whose custody a release's "from" phrase names:
    "freed from IRANIAN custody", "released from a RUSSIAN prison"."""
    return [e for p in release.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in CUSTODY_NOUNS
            for e in phrase_entities(o, index, places=False) if e.country or e.org]


# Words that put a day named in a possessive in the past.
PAST_DAY_WORDS = frozenset({"last", "yesterday", "previous", "past"})


def _presupposed_past(noun: Token) -> bool:
    """An event noun a time phrase puts before its clause's act: "FOLLOWING
    the agreement", "SINCE the coup", "AFTER TUESDAY'S talks" (an "after"
    phrase only with a day of its own: "after the talks" may still be to
    come); or one its own past day names ("LAST FRIDAY'S summit"); or one
    a relative clause in the past tense tells of ("under the sanctions the
    Security Council APPROVED on Wednesday", "the strike that KILLED 20")."""
    if any(c.dep_ == "poss" and any(t.lower_ in PAST_DAY_WORDS for t in c.subtree) for c in noun.children):
        return True
    # (the tagger may read such a past tense as a participle: "the Council APPROVED")
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") and any(s.dep_ == "nsubj" for s in c.children)
           and not any(a.dep_ in ("aux", "auxpass", "neg") for a in c.children) for c in noun.children):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in ("following", "since"):
        return True
    return prep.lower_ == "after" and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children)


# Categories of acts done with a partner somewhere: a place names where,
# not the partner.
VENUE_EVENTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})
# Categories whose recipient undergoes the act rather than hears it.
PATIENT_EVENTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _object_clauses(noun: Token, support_verbs: frozenset[str]) -> list[Token]:
    """Relative clauses on ``noun`` whose verb of doing (``support_verbs``)
    takes it as object ("the request Greece FILED", "the sanctions that
    Washington IMPOSED"), not those it is the subject of ("the request that
    ANGERED Athens") nor others ("the meeting that Malaysia would WORK with
    Thailand", the model's reading of a reported clause)."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
            and c.lemma_.lower() in support_verbs
            and any(s.dep_ == "nsubj" and s.lower_ not in ("that", "which", "who") for s in c.children)
            and not any(o.dep_ in ("dobj", "nsubjpass") and o.lower_ not in ("that", "which")
                        for o in c.children)]


def _among_those(token: Token) -> Token | None:
    """The clause of "X were among those V-ing" for the participle V-ing
    (or the noun it takes, "among those making PLEDGES", which the model
    may read as "those" on the noun), or of "X were among the countries
    that V-ed": its subject names who did V."""
    if token.dep_ == "acl" and token.head.lower_ in ("those", "ones"):
        phrase = token.head
    elif token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which")
                                      for c in token.children):
        phrase = token.head  # "among the countries THAT SENT aid"
    else:
        phrase = token.head if token.dep_ == "amod" and token.tag_ == "VBG" else token
        if not any(c.dep_ == "det" and c.lower_ == "those" for c in phrase.children):
            return None
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ != "among" or prep.head.pos_ not in ("AUX", "VERB"):
        return None
    return prep.head


def _arguments_of(args: Arguments, doer: Token, undergoers: Sequence[Token], index: MentionIndex) -> None:
    """Arguments read off another verb of the clause: the subject of
    ``doer`` acts on the parties (or the person a pronoun refers back to)
    of ``undergoers``."""
    args.actor += _subject_entities(doer, index, "xcomp")
    args.recipient += [e for o in undergoers
                       for e in phrase_entities(o, index, places=False) or _person_antecedent(o, index)]
    args.actor_how = "direct" if args.actor else None
    args.recipient_how = "direct" if args.recipient else None


def _undergone_subject(trigger: Trigger) -> bool:
    """Whether the model made what a participle's act is done to its subject,
    and the entry read it as the object: "Iranian embassy OFFICIAL GIVEN two
    weeks to leave", a headline's passive without "is"."""
    token = trigger.token
    return (token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
            and any(c.dep_ == "nsubj" and c.i < token.i and c in trigger.consumed
                    and c.lemma_.lower() in trigger.entry.object for c in token.children))


def _eased_measures(trigger: Trigger, index: MentionIndex, args: Arguments) -> None:
    """The parties of a noun that eases measures ("the lifting OF US
    SANCTIONS ON SYRIA"): those whose measures they are ease them, for
    those they are on; the "of" phrase names the measures, not a target."""
    eased = [t for t in trigger.consumed if t.lemma_.lower() in trigger.entry.object]
    owners = [e for obj in eased for c in obj.children if c.dep_ in ("amod", "compound", "poss", "nmod")
              for e in phrase_entities(c, index, places=False) if e.country or e.org]
    targets = [e for obj in eased for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
               for o in p.children if o.dep_ == "pobj" for e in phrase_entities(o, index) if e.country or e.org]
    if owners and not args.actor:
        args.actor, args.actor_how = _unique(owners), "direct"
    owned = _parties(owners)
    if targets or owned:
        args.recipient = _unique(targets) or [e for e in args.recipient if _key(e) not in owned]
        args.recipient_how = "direct" if args.recipient else None


def _verb_arguments(token: Token, trigger: Trigger, index: MentionIndex, args: Arguments) -> None:
    issuer = ultimatum_issuer(token)
    if issuer is not None:
        # "North Korea told SOUTH KOREA to stop ... or FACE military action":
        # who sets the ultimatum threatens whom it is set
        _arguments_of(args, issuer, [o for o in issuer.children if o.dep_ in ("dobj", "dative")], index)
        return
    if ordered_done(token):
        # "a court ORDERED HIM DETAINED": who orders it does it, the one
        # the model made the participle's subject undergoes it
        _arguments_of(args, token.head, ordered_undergoers(token), index)
        return
    passive = passive_like(token)
    if passive and token.lemma_.lower() in args.statives and not any(c.dep_ == "agent" for c in token.children):
        # "Israel is opposed to French mediation": the subject holds the stance.
        passive = False
        children_subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        for child in children_subjects:
            args.actor += _with_antecedent(child, phrase_entities(child, index, places=False), index)
    # "Chad SHELTERED refugees" parsed with "refugees" as the root: the
    # proper noun before the verb is its subject, the noun it modifies its object.
    # "Russia HAS concentrated troops": there the subject hangs from the auxiliary.
    modifier_verb = amod_verb(token)
    children = list(token.children)
    if token.dep_ == "attr" and token.tag_ == "VBG" and token.head.lemma_ == "be":
        # "Qatar is MEDIATING between ..." parsed as the attribute of "is"
        children += [s for s in token.head.children if s.dep_ == "nsubj"]
    if modifier_verb:
        children += [s for aux in token.children if aux.dep_ == "aux" for s in aux.children]
        if token.tag_ == "VBD":
            args.actor += [e for s in amod_subjects(token) for e in phrase_entities(s, index, places=False)]
    if not passive and (group := _among_those(token)) is not None:
        # "Qatar and Kuwait were among THOSE MAKING pledges": the group named
        children += [s for s in group.children if s.dep_ == "nsubj"]
    if contact_relative(token):
        # "the agreement ITS MINISTER signed", read as a modifier of
        # "minister": the noun it hangs on is its subject
        args.actor += _with_antecedent(token.head, phrase_entities(token.head, index, places=False), index)
    # (a subject the entry read as what was done: "Iranian embassy OFFICIAL
    # GIVEN two weeks to leave", a headline's passive without "is")
    undergone_subjects = [c for c in children if c.dep_ == "nsubj" and _undergone_subject(trigger)]
    for child in children:
        if child in undergone_subjects:
            continue
        if (child.dep_ in ("nsubj", "csubj") and not passive) or (
                modifier_verb and child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i < token.i):
            args.actor += _with_antecedent(child, phrase_entities(child, index, places=False)
                                           or _senders(child, index), index)
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    args.actor += phrase_entities(pobj, index, places=False)
            if not any(c.dep_ == "pobj" for c in child.children):
                # ("launched by NEIGHBOURING Lithuania", read as a gerund)
                args.actor += _agent_entities(token, index) or _stranded_agent(child, index)
    if args.actor:
        args.actor_how = "direct"
    consumed = {t.i for t in trigger.consumed}
    places: list[PlaceMention] = []
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")
               or (passive and c.dep_ == "nsubjpass")] + undergone_subjects
    if passive and not objects:
        objects = _shared_patients(token)
    if not objects and modifier_verb:
        objects = verb_objects(token)
    if not objects:
        objects = misread_named_objects(token)  # "called ERDOGAN on Tuesday"
    for child in objects:
        if _own_possession(child):  # "withdraw ITS troops": the actor's own
            direct = []
        elif child.i in consumed:  # "recognised PALESTINE", not "imposed US sanctions"
            own = index.actor_at(child)
            direct = [own.entity] if own is not None else []
        else:
            direct = (phrase_entities(child, index, with_places=places)
                      or _person_antecedent(child, index) or _relative_pronoun_entities(child, index))
        # "sanctions ON Moscow", "aid TO Kyiv": the recipient hangs from the object.
        args.recipient += direct or _owner_first(child, index, args)
    complements = [*trigger.consumed, *(c for c in token.children if c.dep_ == "xcomp")]
    for xcomp in _unique_tokens(complements):  # "refused to meet NEGOTIATORS"
        if xcomp.dep_ in XCOMP_DEPS and (xcomp.i in consumed or not args.recipient):
            # "Berlin ordered the envoys to leave GERMANY": the actor's own
            # country, left by the people ordered out, is not a recipient
            # ("ordered residents to leave Gaza" still names Gaza's). Nor is
            # the country of a mission ordered closed ("ordered Mexico to
            # close its embassy in LIMA"): it lies in the orderer's.
            own_left_out = xcomp.lemma_.lower() in args.departures or bool(trigger.entry.xcomp_object)
            own = _parties(args.actor)
            for child in xcomp.children:
                if child.dep_ in ("dobj", "dative"):
                    found = (phrase_entities(child, index, with_places=places)
                             or _owner_first(child, index, args))
                    if own_left_out:
                        found = [e for e in found if _key(e) not in own]
                    args.recipient += found
                elif child.dep_ in ("ccomp", "xcomp") and not any(
                        c.dep_ in ("dobj", "dative") for c in xcomp.children):
                    # "refused to ALLOW United Nations planes to land"
                    args.recipient += [e for subj in child.children if subj.dep_ == "nsubj"
                                       for e in phrase_entities(subj, index, places=False)]
            args.recipient += _prep_entities(xcomp, index, args)
    args.recipient += _prep_entities(token, index, args, places=places)
    for prep in token.children:
        # "spoke BY telephone WITH Zelenskyy": the partner hangs from the
        # object of the preposition the entry requires.
        if prep.dep_ == "prep" and prep.lower_ in (trigger.entry.prep or ()) and not args.recipient:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    args.recipient += _prep_entities(pobj, index, args, places=places)
    first = TARGET_FIRST_PREPOSITIONS.get(trigger.entry.event)
    if first:
        targets = _prep_entities(token, index, replace_args(args, preps=frozenset(first)))
        if targets:
            args.recipient = targets
    if not args.recipient:
        # "demanded that the US cancel ...": the addressee is the subject
        # of the demanded clause.
        # (Not, for an act done to someone, the speaker of a clause that
        # reports another: "struck a vessel that TRUMP said was carrying
        # drugs", misread as a clause of "struck".)
        for child in token.children:
            if (child.dep_ == "ccomp" and not (trigger.entry.event in PATIENT_EVENTS
                                               and any(c.dep_ == "ccomp" for c in child.children))) or (
                    child.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in (trigger.entry.prep or ()) for m in child.children)):
                # ... or of the clause the entry asks "for": "pushing for THE US to back ..."
                for subj in child.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        args.recipient += phrase_entities(subj, index, places=False)
    if places and trigger.entry.mode == "visit":
        args.destination = places[0]
    args.recipient = _unique(args.recipient)
    if args.recipient:
        args.recipient_how = "place" if places and len(places) == len(args.recipient) else "direct"


# Words a name run after a stranded "by" may hold: "by Saudi Crown Prince
# Mohammed bin Salman AND Pakistani Prime Minister Shehbaz Sharif".
_NAME_RUN_TAGS = frozenset({"PROPN", "ADJ", "NOUN", "CCONJ", "DET"})


# Participles by which who sent or runs a vehicle or unit is named: "a plane
# CHARTERED BY the British government delivered tarpaulins".
SENDING_PARTICIPLES = frozenset({"charter", "send", "dispatch", "operate", "fly", "deploy", "fund",
                                 "organise", "organize", "provide"})


def _senders(subject: Token, index: MentionIndex) -> list[Entity]:
    """Who a subject that names no party was sent or chartered by ("a
    plane CHARTERED BY THE BRITISH GOVERNMENT", "troops SENT BY Moscow"):
    the act is theirs."""
    return [e for acl in subject.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lemma_.lower() in SENDING_PARTICIPLES
            for agent in acl.children if agent.dep_ == "agent"
            for o in agent.children if o.dep_ == "pobj"
            for e in phrase_entities(o, index, places=False) if e.country or e.org]


def _stranded_agent(by: Token, index: MentionIndex) -> list[Entity]:
    """The parties named right after a passive's "by" when the parser hung
    their names elsewhere ("the agreement signed ... BY the Saudi crown
    prince and Pakistan's prime minister formalises", the last name read as
    the subject of "formalises"): those of the run of names that follows."""
    found: list[Entity] = []
    for token in by.doc[by.i + 1:by.sent.end]:
        if token.pos_ not in _NAME_RUN_TAGS and token.tag_ != "POS":
            break
        mention = index.actor_at(token)
        if mention is not None and mention.entity not in found:
            found.append(mention.entity)
    return found


def _person_antecedent(pronoun: Token, index: MentionIndex) -> list[Entity]:
    """Who "him", "her" or "his" refers back to: the last person named before
    it in its sentence or the one before ("former leader Rodrigo Duterte was
    flown out hours after police detained HIM", "the ambassador left a day
    after the government ordered HIS expulsion")."""
    if pronoun.lower_ not in ("him", "her", "his"):
        return []
    first = _discourse_start(pronoun)
    last = next((m.entity for m in reversed(index.actors)
                 if first <= m.span[0] and m.span[1] <= pronoun.idx and m.entity.type == "person"), None)
    # (a journalist of no known country is still the one meant, not the
    # president named before him: "Biden urged Russia to release reporter
    # Evan Gershkovich, a day after the FSB announced HIS arrest")
    return [last] if last is not None and (last.country or last.org) else []


def passive_like(verb: Token) -> bool:
    """True for a verb in the passive: with its own passive subject or
    auxiliary, a participle on the noun it acts on ("a soldier JAILED in
    Turkey"), or a participle sharing a passive auxiliary ("were rounded up
    and SHOT")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if misread_reduced_relative(verb) is not None or misread_subject_participle(verb) is not None:
        # "release the POLICEMEN DETAINED a day earlier", "the JOURNALISTS
        # DETAINED in Minsk were freed", read as clauses
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(
            c.dep_ in ("nsubj", "aux", "mark", "dobj") for c in verb.children):
        return True  # "the activists and crew ARRESTED a day earlier", tagged as a past tense
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    if verb.dep_ in ("acl", "advcl") and not any(c.dep_ == "mark" for c in verb.children):
        return True  # "a soldier JAILED in Turkey", "ASKED about it, Peskov said"
    return verb.dep_ == "conj" and passive_like(verb.head) and verb.head.tag_ == "VBN"


def _shared_patients(verb: Token) -> list[Token]:
    """Who undergoes a passive participle without a subject of its own: the
    noun it modifies, or the subject of the verb it is joined to (its
    passive subject, or the subject of an active one: "Xi LANDED at Andrews
    and WAS MET by Biden")."""
    if verb.dep_ == "acl":
        return [verb.head]
    if (noun := misread_reduced_relative(verb) or misread_subject_participle(verb)) is not None:
        return [noun]
    if verb.dep_ == "advcl":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "conj":
        shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if not shared and any(c.dep_ == "auxpass" for c in verb.children):
            shared = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return shared
    return []


def _noun_arguments(token: Token, trigger: Trigger, index: MentionIndex, args: Arguments,
                    movers: Sequence[Entity] = (), support_verbs: frozenset[str] = frozenset()) -> None:
    """The actor and recipient an event noun's own phrases name. ``movers``
    (see ``_movers``) are named by its "of" phrase, which then names no
    target (they become the actor in ``find_arguments`` when no governing
    verb's subject does)."""
    # A nationality adjective ("ISRAELI air strikes", "RUSSIAN shelling")
    # names the actor only when nothing else on the noun does ("Hamas's
    # attacks on Israeli troops" are not Israel's).
    nationality: list[Entity] = []
    undergoes = patient_possessive(token, args.patients)
    frame = _framed(token, args.frames)
    # "undertook a MEDIATION mission between Syria and Jordan": the phrases
    # of the frame noun the trigger names are the trigger's.
    on_frame = [c for c in frame.children if c.i != token.i] if frame is not token else []
    # "its 12th sanctions PACKAGE": the package's owner
    holder = token.head if token.dep_ == "compound" and token.head.lemma_.lower() in ACT_PARTITIVES else token
    adopter = []
    if (holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ == "NOUN"
            and holder.head.head.lemma_.lower() in ACT_PARTITIVES | ADOPTION_NOUNS):
        # "the European Union's latest ROUND of sanctions": the round's
        # owner; "the EU's ADOPTION of its sanctions package": the adopter
        adopter = [c for c in holder.head.head.children if c.dep_ == "poss"]
    if adopter:
        on_frame += adopter
    elif holder is not token:
        on_frame += [c for c in holder.children if c.dep_ == "poss"]
    # "the exchange of prisoners BETWEEN Russia and Ukraine": the parties
    # may hang on the object the entry consumed.
    # So may they on a participle: "the ceasefire REACHED between the army
    # and the alliance".
    settled = [a for a in token.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in SETTLING_VERBS:
        settled.append(token.head)  # (the model reads "the ceasefire reached between" as a clause)
    # And on the object of the act it is for: "a deal TO RESTORE relations
    # between Riyadh and Tehran".
    # (the model reads "the deal struck ... to restore" as a clause on "struck")
    purposed = [o for t in (token, *settled) for a in t.children if a.dep_ in ("acl", "advcl")
                and a.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
                for o in a.children if o.dep_ == "dobj"] if trigger.entry.event == "AGREE" else []
    between = [c for t in (*(t for t in trigger.consumed if t.i != token.i), *settled, *purposed)
               for c in t.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    # "Ottawa's latest HAITI sanctions", "Russia's UKRAINE invasion": with an
    # owner named, a state's name compounded on the noun is its target.
    owned = not undergoes and any(c.dep_ == "poss" and index.actor_at(c) is not None for c in token.children)
    takers: list[Entity] = []
    if not owned and not undergoes and trigger.entry.event in TARGET_COMPOUND_EVENTS:
        # ... and so it is when the clause names who takes the measure: "the
        # Security Council will vote on new NORTH KOREA sanctions", "IRAN
        # sanctions were approved by the Senate" (not "US sanctions hurt"),
        # who then takes it
        takers = _taker(token, index)
        owned = bool(takers)
    # A nationality may hang on a compound of the noun: "American, British
    # and French MISSILE strikes".
    compounded = [a for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                  for a in c.children if a.dep_ == "amod"]
    for child in [*token.children, *compounded, *on_frame, *between]:
        if owned and child.dep_ == "compound" and (m := index.actor_at(child)) is not None \
                and m.entity.type == "state" and child not in trigger.consumed:
            args.recipient.append(m.entity)
            args.recipient_how = "direct"
            continue
        if child.dep_ == "poss" and undergoes:
            # "Navalny's ARREST", "his EXTRADITION": who was arrested; "a
            # citizen WHOSE arrest was announced": the relative's noun
            owner = _relative_antecedent(child) if child.lower_ == "whose" else child
            args.recipient += (phrase_entities(owner, index, places=False)
                               or _person_antecedent(owner, index)) if owner is not None else []
            continue
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child not in trigger.consumed:
            for t in (child, *child.conjuncts):
                m = index.actor_at(t) if not for_or_against(t) else None
                if m is not None and child.dep_ == "amod" and m.span[0] >= t.idx and m.span[1] <= t.idx + len(t):
                    # ("AMERICAN, BRITISH and FRENCH missile strikes": each one)
                    nationality.append(m.entity)
                elif m is not None:
                    # "called on Israel to halt ITS strikes": the one called on
                    asked = _controller(token, index) if t.dep_ == "poss" and t.lower_ in PRONOUNS else []
                    args.actor += asked or [m.entity]
                elif t.dep_ == "poss" or t.head.dep_ == "poss":
                    args.actor += (phrase_entities(t, index, places=False)
                                   or (_owner_before(t, index) if t.lower_ == "its" else []))
        elif child.dep_ == "prep" and (child.lower_ == "by" or (
                child.lower_ == "from" and trigger.entry.event in SOURCED_EVENTS)):
            # "a request FROM Mongolia", "aid FROM Japan": who it comes from
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    args.actor += phrase_entities(pobj, index, places=False)
        elif child.dep_ == "acl" and child.lemma_.lower() in AUTHOR_PARTICIPLES:
            # "accusations MADE BY Colombo", "a strike CALLED BY the unions"
            args.actor += _agent_entities(child, index)
        elif child.dep_ == "prep" and child.lower_ in ("between", "among"):
            parties = [e for pobj in child.children if pobj.dep_ == "pobj"
                       for e in phrase_entities(pobj, index)]
            if len(parties) > 1 and trigger.entry.cameo.startswith(MEDIATION_CAMEO):
                args.recipient += parties  # "mediation between A and B": the mediator is neither
                args.recipient_how = "direct"
            elif len(parties) > 1:
                args.actor += parties
                args.recipient += parties
                args.recipient_how = "symmetric"
    if not args.actor and not nationality and not undergoes:
        # "the minister said HIS meeting with US officials was useful" (not
        # "Biden urged Russia to free Gershkovich after the FSB announced
        # HIS arrest": who undergoes it)
        pronoun = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
                        and index.actor_at(c) is None), None)
        if pronoun is not None:
            args.actor += _speaker_antecedent(token, index)
    if not args.actor and not nationality:
        # "the request GREECE FILED", "the sanctions that WASHINGTON
        # imposed": the subject of a clause the noun is the object of
        clauses = _object_clauses(token, support_verbs)
        args.actor += [e for clause in clauses for s in clause.children if s.dep_ == "nsubj"
                       for e in phrase_entities(s, index, places=False)]
        if args.actor and not args.recipient:
            # ... and its phrases whom: "the request Greece filed WITH THE ESM"
            args.recipient += [e for clause in clauses for e in _prep_entities(clause, index, args)
                               if e not in args.actor]
            if args.recipient:
                args.recipient_how = "direct"
    if not args.actor and not nationality:
        args.actor += [e for e in takers if e.country or e.org]
    if not args.actor and not nationality and (group := _among_those(token)) is not None:
        # "Qatar and Kuwait were among those making PLEDGES"
        args.actor += [e for s in group.children if s.dep_ == "nsubj"
                       for e in phrase_entities(s, index, places=False)]
    args.actor = _unique(args.actor or nationality)
    if args.actor:
        args.actor_how = "direct"
    if args.recipient_how not in ("symmetric", "direct") and not (undergoes and args.recipient):
        places: list[PlaceMention] = []
        # "the invasion OF South Lebanon": a noun's "of" names what it acts on.
        args.recipient = _prep_entities(token, index, args, places=places,
                                        extra=NOUN_PREPOSITIONS - {"of"} if movers else NOUN_PREPOSITIONS)
        if not args.recipient and not movers:
            # "a suspension OF air links WITH Serbia": the act's object
            # names no party, the phrase on it does.
            args.recipient = [e for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                              for pobj in prep.children if pobj.dep_ == "pobj"
                              for e in _prep_entities(pobj, index, args)]
        if not args.recipient and holder is not token:
            # "its sanctions package AGAINST RUSSIA"
            args.recipient = _prep_entities(holder, index, args, places=places)
        if not args.recipient and trigger.entry.event in ADDRESSED_CLAUSE_EVENTS:
            # "its demands THAT Burundi's government grant ...": whom it is made of
            args.recipient = [e for clause in token.children if clause.dep_ in ("acl", "ccomp")
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                              for subj in clause.children if subj.dep_ in ("nsubj", "nsubjpass")
                              for e in phrase_entities(subj, index, places=False)]
        if places and trigger.entry.mode == "visit":
            args.destination = places[0]
        if args.recipient:
            args.recipient_how = "place" if places and len(places) == len(args.recipient) else "direct"


# Categories whose event nouns name their author with "from" ("a request
# FROM Kyiv", "criticism FROM Beijing", "aid FROM Japan"); not withdrawals,
# whose "from" is the place left.
SOURCED_EVENTS = frozenset({"REQUEST", "THREATEN", "AGREE", "ACCUSE", "AID", "SUPPORT"})
# Verbs whose subject is the one an act noun they take is addressed to:
# "China has RECEIVED a request from Mongolia".
RECEIVING_VERBS = ANSWERING_VERBS
# ... of which those that take it in: aid accepted FROM a donor is the donor's.
ACCEPTING_VERBS = frozenset({"receive", "get", "accept", "welcome"})
# Categories of goods a verb of receiving takes in ("RECEIVED 200,000 doses
# from Japan"): the sender gave them (``_given_by_sender``); not those a
# state takes in as its own act ("Poland will not ACCEPT migrants").
GIVEN_EVENTS = frozenset({"AID"})
GOODS_RECEIVING_VERBS = frozenset({"receive"})

# Categories whose event nouns move forces: their "of" phrase names who moves.
MOVER_EVENTS = frozenset({"RETREAT", "MOBILIZE"})
# ... except the modes of those whose "of" phrase names who or what is let
# go or handed back: "the release OF US Navy veteran Michael White", "the
# handover OF the bodies of Russian soldiers".
HANDED_MODES = frozenset({"release", "return"})
# ... and nouns of other acts whose "of" phrase names who acts: "the
# resignation OF Prime Minister Vucevic", "the membership application OF
# Finland", "at the request OF Baghdad".
SELF_ACT_NOUNS = frozenset({"resignation", "application", "request"})


# Prepositions that put talks before or around what a sentence tells of them.
SETTING_AFTER = frozenset({"after", "following", "during", "in"})


def _two_people_before(token: Token, index: MentionIndex) -> list[Entity]:
    """The people named before ``token`` in its sentence, when they are two,
    of two countries."""
    sent = token.sent
    people = _unique(m.entity for m in index.actors
                     if sent.start_char <= m.span[0] and m.span[1] <= token.idx
                     and m.entity.type == "person" and m.entity.country)
    return people if len(people) == 2 and len({e.country for e in people}) == 2 else []


def _movers(trigger: Trigger, index: MentionIndex) -> list[Entity]:
    """Who a movement noun's "of" phrase names as moving ("the departure OF
    KENYAN TROOPS", "the withdrawal OF RUSSIAN TROOPS from Kherson")."""
    if trigger.entry.pos != "NOUN" or trigger.entry.mode in HANDED_MODES or not (
            trigger.entry.event in MOVER_EVENTS or trigger.token.lemma_.lower() in SELF_ACT_NOUNS):
        return []
    return [e for prep in trigger.token.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"
            for e in phrase_entities(pobj, index, places=False) if e.country or e.org]

# Verbs by which an agreement comes about: "the truce REACHED between A and B".
SETTLING_VERBS = frozenset({"reach", "agree", "sign", "broker", "conclude", "strike", "seal"})
# Verbs by which a third party settles an agreement between others:
# "BROKERED a ceasefire between rival tribes".
MEDIATING_VERBS = frozenset({"broker", "mediate", "negotiate"})


def _settled(noun: Token) -> bool:
    """Whether an agreement noun is told as settled: with a participle of
    settling ("a truce AGREED on Saturday", "the ceasefire REACHED between"),
    as the object of a verb of settling or of brokering ("BROKERED a
    ceasefire"), or as the subject the model gives such a participle ("a
    ceasefire AGREED on Friday between Israel and Hamas was holding": a truce
    agrees to nothing, though it may reach its tenth day)."""
    settling = SETTLING_VERBS | MEDIATING_VERBS
    head = noun.head.lemma_.lower()
    return (any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in settling
                for c in noun.children)
            or noun.dep_ == "dobj" and head in settling
            or noun.dep_ in ("nsubj", "nsubjpass") and head in settling
            and (noun.head.tag_ == "VBN" or head not in ("reach", "strike")))


# CAMEO 045 "Mediate": those it is "between" are its recipients.
MEDIATION_CAMEO = "045"
MEDIATED_PREPOSITIONS = frozenset({"between", "among"})


# Event nouns whose "that" clause names whom they are made of.
ADDRESSED_CLAUSE_EVENTS = frozenset({"REQUEST", "THREATEN", "ACCUSE"})


def _addressed_capital(place: PlaceMention, event: str, args: Arguments) -> bool:
    """Whether a demand, threat or accusation is placed at a foreign
    capital that only names whom it is made of: "Pompeo demanded that
    TEHRAN halt enrichment" (read as a place when the parser misses the
    capital's subject) is made in Washington, of Iran."""
    loc = place.location
    return (event in ADDRESSED_CLAUSE_EVENTS and loc.feature_code == "PPLC"
            and loc.country_code not in {e.country for e in args.actor}
            and any(e.resolved_by == "events:place-country" and e.text == place.text
                    for e in args.recipient))


def _framed(noun: Token, frames: frozenset[str]) -> Token:
    """The frame noun a trigger noun is the compound of ("a mediation
    MISSION", "the bombing CAMPAIGN"), or the noun itself."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in frames:
        return noun.head
    return noun


def _controller(noun: Token, index: MentionIndex) -> list[Entity]:
    """The party asked or told to act when ``noun`` is the object of the
    requested act ("called ON ISRAEL to halt its strikes", "urged IRAN to
    free its prisoners"), for resolving "its" to that party."""
    if noun.dep_ != "dobj":
        return []
    return _object_controller(noun.head, index)


def _object_controller(verb: Token, index: MentionIndex) -> list[Entity]:
    """The object of the verb that governs ``verb`` as its infinitive, who
    is to do it: "urged IRAN to free", "called ON ISRAEL to halt"."""
    if not (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS)):
        return []  # ("will address the Council TO ASK it ...": the addresser asks)
    governor = verb.head
    found: list[Entity] = []
    for child in governor.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP" and (
                governor.lemma_.lower() not in PHONING_VERBS):
            found += phrase_entities(child, index, places=False)
        elif child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            found += [e for p in child.children if p.dep_ == "pobj"
                      for e in phrase_entities(p, index, places=False)]
        elif child.dep_ == "prep" and child.lower_ == "for":
            # "pushing FOR TURKEY to release": the one right before "to"
            found += [e for p in child.children if p.dep_ == "pobj" and p.right_edge.i + 1 == verb.left_edge.i
                      for e in phrase_entities(p, index, places=False)]
    return [e for e in found if e.country or e.org]


# Verbs whose object does what their infinitive says even where the model
# reads the infinitive as a clause of purpose ("urged Iran TO FREE").
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "call", "press", "push", "tell", "order", "encourage",
                                  "invite", "force", "allow", "permit", "persuade", "pressure", "help",
                                  "want", "expect", "require", "instruct", "direct", "warn", "advise",
                                  "authorize", "authorise", "request", "implore", "appeal", "give"})

# Verbs whose direct object is the one telephoned, who does not do what
# their infinitive says: "CALLED the head of MSF to apologise" (the caller
# apologises), unlike "called ON Israel to halt".
PHONING_VERBS = frozenset({"call", "phone", "ring", "telephone"})

POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _object_participle(token: Token, entry: LexiconEntry) -> bool:
    """A participle on the noun that is its entry's object: "the agreement
    SIGNED with Tajikistan", "the truce AGREED with the rebels" (also where
    the parser made the noun its subject)."""
    if not entry.object or token.tag_ != "VBN":
        return False
    return (token.dep_ == "acl" and token.head.lemma_.lower() in entry.object) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in entry.object for c in token.children)


def _speaker_antecedent(token: Token, index: MentionIndex) -> list[Entity]:
    """The subject of the nearest clause above ``token`` that names a party:
    what a possessive pronoun on an event noun refers back to."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return []
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and child.i < token.i and child.i != token.i:
                found = [e for e in phrase_entities(child, index, places=False) if e.country or e.org]
                if found:
                    return found
    return []


def _given_by_sender(verb: Token, index: MentionIndex, args: Arguments) -> None:
    """The roles of a verb of receiving goods ("Ghana RECEIVED 600,000
    doses FROM India", "families began RECEIVING rations FROM the UN"): who
    sends them (the "from" phrase of the verb, its object or the object's
    "of" phrase) gave them, and who receives them (the verb's subject, as
    read) was given them. Without a sender named, nobody named gave."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    holders = [verb, *objects, *(pobj for o in objects for p in o.children
                                 if p.dep_ == "prep" and p.lower_ == "of"
                                 for pobj in p.children if pobj.dep_ == "pobj")]
    senders = _unique(e for t in holders for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj"
                      for e in phrase_entities(o, index, places=False) if e.country or e.org)
    receivers = [e for e in args.actor if e not in senders]
    args.actor, args.actor_how = senders, "direct" if senders else None
    args.recipient, args.recipient_how = receivers, "direct" if receivers else None


# Categories whose nouns take their target's name as a compound when
# another party takes the measure: "North Korea sanctions", "Iran tariffs".
TARGET_COMPOUND_EVENTS = frozenset({"SANCTION"})
# Verbs of those who take such a measure, or prepare or weigh it.
MEASURE_TAKING_VERBS = frozenset({
    "vote", "approve", "adopt", "impose", "pass", "agree", "extend", "renew", "tighten", "expand",
    "broaden", "unveil", "announce", "introduce", "propose", "draft", "prepare", "weigh",
    "consider", "discuss", "debate", "slap", "levy", "order", "sign", "finalise", "finalize"})


def _taker(noun: Token, index: MentionIndex) -> list[Entity]:
    """Who the clause an act noun is the object of says takes, readies or
    weighs it (any party, of a known country or not): the
    subject of the verb it is the object of, directly or through a
    preposition ("the Council VOTED ON sanctions", "ministers APPROVED
    sanctions"), or the agent of the verb it is the passive subject of
    ("sanctions were approved BY THE SENATE")."""
    node = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    verb = node.head
    if (verb.pos_ not in ("VERB", "AUX") or node.dep_ not in ("dobj", "prep", "nsubjpass")
            or verb.lemma_.lower() not in MEASURE_TAKING_VERBS):
        return []  # ("Managua DENOUNCES new US sanctions": who reacts takes nothing)
    if node.dep_ == "nsubjpass":
        doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return [e for d in doers for e in _with_antecedent(d, phrase_entities(d, index, places=False), index)]


def _received_from(noun: Token, index: MentionIndex) -> tuple[list[Entity], list[Entity]] | None:
    """(senders, receivers) of an event noun that is what a verb of
    receiving takes ("received a consignment of relief FROM India"), when
    a "from" phrase on the noun, its partitive head or the verb names the
    sender; None otherwise."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a consignment OF relief"
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in ACCEPTING_VERBS:
        return None
    senders = [e for t in (noun, node, verb) for p in t.children
               if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj"
               for e in phrase_entities(o, index, places=False) if e.country or e.org]
    if not senders:
        return None
    receivers = [e for s in verb.children if s.dep_ == "nsubj"
                 for e in _with_antecedent(s, phrase_entities(s, index, places=False), index)
                 if e not in senders]
    return _unique(senders), _unique(receivers)


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative clause containing ``token`` hangs on ("a citizen
    whose arrest was announced": citizen)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head
    return None


def patient_possessive(noun: Token, patients: frozenset[str]) -> bool:
    """True when the possessive on an event noun names who undergoes it
    ("HIS arrest", "Navalny's release"), not who does it ("Russia's
    expulsion OF the diplomats" names its object with "of")."""
    if noun.lemma_.lower() not in patients or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _unique_tokens(tokens: Iterable[Token]) -> list[Token]:
    seen: set[int] = set()
    return [t for t in tokens if not (t.i in seen or seen.add(t.i))]


# Gatherings an act is done at, which are no party to it.
VENUE_NOUNS = frozenset({"meeting", "session", "summit", "conference", "ceremony", "forum",
                         "gathering", "assembly", "event"})


# Prepositions of where an act takes place, as opposed to whom it is aimed at.
VENUE_PREPOSITIONS = frozenset({"at", "in"})


def _prep_entities(token: Token, index: MentionIndex, args: Arguments,
                   places: list[PlaceMention] | None = None,
                   extra: frozenset[str] = frozenset()) -> list[Entity]:
    found: list[Entity] = []
    local: list[PlaceMention] = [] if places is None else places
    preps = args.preps | extra
    for child in token.children:
        # "providing intelligence TO Macedonia" is at times parsed as a dative.
        if child.dep_ in ("prep", "dative") and child.pos_ in ("ADP", "SCONJ") and child.lower_ in preps:
            stranded = _stranded_object(child)
            for pobj in [*child.children, *stranded]:
                if pobj.dep_ != "pobj" and pobj not in stranded:
                    continue
                if child.lower_ == "with" and pobj.lemma_.lower() in args.instruments:
                    continue  # "with Albania's help": a helper, not a recipient
                if child.lower_ == "at" and pobj.lemma_.lower() in VENUE_NOUNS:
                    continue  # "made the request AT A COUNCIL MEETING in New York": where, not to whom
                if child.lower_ in args.topics and pobj.lemma_.lower() not in SETTING_NOUNS:
                    continue  # "held talks ON the war in Sudan": what about, not with whom
                own = phrase_entities(pobj, index, with_places=local)
                if not own and pobj.pos_ in ("NOUN", "PROPN"):
                    # "responded TO a demand FROM the US": the author of the
                    # act named by the phrase.
                    # "reneged on its commitment TO the people", "pulled out
                    # of talks WITH Iran": its addressee or partner.
                    own = [e for p in pobj.children if p.dep_ == "prep"
                           and p.lower_ in ("from", "by", "to", "with")
                           for o in p.children if o.dep_ == "pobj"
                           for e in phrase_entities(o, index, places=False)]
                if not own and pobj.pos_ == "NOUN":
                    # "in protest at THE GOVERNMENT'S refusal": its author
                    own = [e for c in pobj.children if c.dep_ == "poss" and c.lower_ not in REFLEXIVE_PRONOUNS
                           for e in phrase_entities(c, index, places=False)]
                if child.lower_ in VENUE_PREPOSITIONS and own and all(
                        e.country and e.country in {a.country for a in args.actor} for e in own):
                    continue  # "hosted Modi AT THE KREMLIN": the host's own seat, where, not whom
                found += own
    return found


def _complement_place(verb: Token, index: MentionIndex) -> PlaceMention | None:
    """The first place named in the infinitive a verb governs ("agreed TO
    POSTPONE the demonstration IN BAKU")."""
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        for t in _phrase_tokens(xcomp):
            place = index.place_at(t)
            if place is not None and place.location.country_code:
                return place
    return None


def _stranded_object(prep: Token) -> list[Token]:
    """For a preposition the parser left without object because the noun
    after it heads a clause ("granted asylum TO five officers HOLED UP in
    the embassy"), that noun."""
    if any(c.dep_ == "pobj" for c in prep.children):
        return []
    clauses = [c for c in prep.head.children if c.dep_ in ("advcl", "ccomp", "relcl", "conj")]
    clauses += [c for c in prep.children if c.dep_ == "pcomp"]
    return [s for clause in clauses
            for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == prep.i + 1]


def _owner_first(obj: Token, index: MentionIndex, args: Arguments) -> list[Entity]:
    """The parties named on a verb's object (or its conjuncts): its owner or
    author ("the withdrawal OF Serbian forces", "calls BY Belarus") before
    any other phrase ("sanctions ON Moscow", "aid TO Kyiv")."""
    heads = [obj, *obj.conjuncts]
    owners = [e for h in heads for e in _prep_entities(h, index, replace_args(args, preps=OWNER_PREPOSITIONS))]
    return owners or [e for h in heads for e in _prep_entities(h, index, args, extra=OBJECT_PREPOSITIONS)]


def _own_possession(obj: Token) -> bool:
    """True when the object is the subject's own ("ITS troops", "THEIR
    ambassador"): a possessive pronoun names the actor, not a recipient
    (unless the noun names another party: "met HIS Chinese counterpart")."""
    return obj.lemma_.lower() not in RELATIONAL_NOUNS | COUNTERPART_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in REFLEXIVE_PRONOUNS for c in obj.children)


def replace_args(args: Arguments, **changes: Any) -> Arguments:
    return Arguments(**{**args.__dict__, **changes})


def _phoned(token: Token, index: MentionIndex, args: Arguments) -> list[Entity]:
    """Who was telephoned, when ``token`` is what the call was made to do
    ("CALLED the head of MSF TO APOLOGISE", "phoned Macron TO CONGRATULATE
    him"), but the actors' own states."""
    if not (token.dep_ in ("advcl", "xcomp") and token.head.lemma_.lower() in PHONING_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        return []
    # (the model may read "called the president of South Korea" as naming: oprd)
    return _not_own([e for obj in token.head.children if obj.dep_ in ("dobj", "dative", "oprd")
                     for e in phrase_entities(obj, index, places=False)
                     or _owner_first(obj, index, args)], args)


def _not_own(recipients: list[Entity], args: Arguments) -> list[Entity]:
    """``recipients`` but those of the actors' own states."""
    own = {e.country for e in args.actor if e.country}
    return [e for e in recipients if e.country not in own]


def _fallback_recipient(trigger: Trigger, index: MentionIndex, args: Arguments, cues: Cues) -> None:
    """Recipients for a trigger whose phrases named none:

    - a threat's condition names whom it threatens ("threatened to halt
      talks IF the United States deploys missiles");
    - an act that takes place somewhere, for the categories in
      ``place_recipient_events``, targets the country of the place
      ("imposed a curfew IN Haiti", "fired at targets IN Jericho");
    - a purpose clause names what the act is aimed at ("began a hunger
      strike TO PROTEST the president's failure", "opened fire TO DISPERSE
      the demonstrators"), for protests and the categories above.
    """
    token, event = trigger.token, trigger.entry.event.lower()
    scope = _argument_scope(trigger)
    found: list[Entity] = []
    if event == "threaten":
        for node in scope:
            for advcl in node.children:
                if advcl.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_markers
                                                 for m in advcl.children):
                    found += [e for subj in advcl.children if subj.dep_ in ("nsubj", "nsubjpass")
                              for e in phrase_entities(subj, index, places=False)]
    placed = listed(trigger.entry, cues.place_recipient_events)
    if not found and (event == "protest" or placed):
        for node in scope:
            for purpose in node.children:
                if purpose.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in purpose.children):
                    # "to HELP DEFEND Saudi Arabia": the object of a verb the purpose governs too
                    verbs = [purpose, *(x for x in purpose.children if x.dep_ == "xcomp")]
                    objects = [obj for v in verbs for obj in v.children if obj.dep_ == "dobj"]
                    for obj in objects:
                        found += phrase_entities(obj, index, places=False) or _owner_first(obj, index, args)
                    found += _prep_entities(purpose, index, args)
                    if not found:
                        # "to demand the return of property seized BY ALGERIAN FORCES"
                        found += next(([e] for obj in objects for t in _phrase_tokens(obj)
                                       if (e := _party_at(t, index, args)) is not None), [])
    if not found:
        # "blocked streets IN DEFIANCE OF the Chinese authorities", "IN
        # PROTEST AT the government's refusal": whom the act answers
        for node in scope:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for stance in prep.children:
                    if stance.dep_ == "pobj" and stance.lemma_.lower() in STANCE_NOUNS:
                        found += _prep_entities(stance, index, replace_args(args, preps=STANCE_PREPOSITIONS))
    if not found and event == "protest":
        # "rioted FOLLOWING a demonstration calling for the removal of
        # Mubarak", "threw stones DURING demonstrations against abuses by the
        # Israeli military": the protest they were part of names its target
        for node in scope:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPOSITIONS:
                    continue
                for occasion in prep.children:
                    if occasion.dep_ in ("pobj", "dobj") and occasion.lemma_.lower() in PROTEST_OCCASIONS:
                        found += next(([e] for t in _phrase_tokens(occasion)
                                       if (e := _party_at(t, index, args)) is not None), [])
    if not found and placed and trigger.entry.mode == "expel":
        # "expelled an Estonian first secretary FROM MOSCOW": whose diplomat
        # it is, not where he served
        found = _named_in_object(trigger, index, args)
    if not found and placed:
        found = _place_country(scope, index)
    if not found and not (trigger.entry.event in DIRECTED_ONLY_EVENTS or len(_parties(args.actor)) > 1) and not (
            trigger.entry.pos == "NOUN" and event in cues.addressed_events):
        # (a demand noun needs its addressee: "demand for Brazil's soybeans" is no request of Brazil)
        found = _named_in_object(trigger, index, args)
    # (not where an actor organisation sits: "the embargo, adopted by EU
    # ministers IN BRUSSELS")
    found = [e for e in _unique(found) if e not in args.actor and not _seat_of_actor(e, args)]
    if trigger.entry.mode == "expel":  # (never its own diplomats: see find_arguments)
        found = _not_own(found, args)
    if found:
        args.recipient, args.recipient_how = found, "place"


def _seat_of_actor(found: Entity, args: Arguments) -> bool:
    """Whether a recipient is read from a city an actor organisation sits in
    ("EU ministers IN BRUSSELS"): where it meets, not whom it acts on."""
    seats = org_seat_cities()
    return any({found.text, found.name} & seats.get(e.org, frozenset()) for e in args.actor if e.org)


# "in defiance of", "in protest at", "in retaliation for": the noun of an
# "in" phrase that names whom an act answers, and its prepositions.
STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "retaliation", "response", "outrage", "anger"})
STANCE_PREPOSITIONS = frozenset({"of", "at", "against", "over", "for", "to"})

# A protest act's occasion ("rioted DURING a rally against ..."): the
# prepositions and the protest nouns whose target the act shares.
OCCASION_PREPOSITIONS = frozenset({"during", "following", "after", "amid", "at"})
PROTEST_OCCASIONS = frozenset({"demonstration", "protest", "rally", "march", "strike", "riot", "sit-in",
                               "vigil", "unrest"})


# Governors (lemmas) that make a request, not a possibility, of a
# request noun under them.
REQUESTING_GOVERNORS = frozenset({"demand", "ask", "request", "insist", "urge", "press", "push", "appeal",
                                  "call", "seek"})
# Attempts that are acts in themselves when what is attempted is force.
ATTEMPT_GOVERNORS = frozenset({"attempt", "try"})
FORCE_EVENTS = frozenset({"ASSAULT"})

COUNTED_VICTIM_EVENTS = frozenset({"ASSAULT", "COERCE"})
COUNT_NOUNS = frozenset({"person", "people", "other", "more", "civilian", "man", "woman", "child"})


def _bare_count(noun: Token, index: MentionIndex) -> bool:
    """True for an object that only counts people: "12", "one person",
    "two others"."""
    if index.actor_at(noun) is not None:
        return False
    return noun.pos_ == "NUM" or (noun.lemma_.lower() in COUNT_NOUNS
                                  and any(c.dep_ == "nummod" for c in noun.children))


def _counted_victims(verb: Token, index: MentionIndex) -> list[Entity]:
    """For a participle or conjoined verb whose object only counts people
    ("..., killing ONE PERSON and arresting 12"), the parties its governing
    act was aimed at: that verb's object, its "on/at/against" phrase, or the
    object of its purpose clause ("opened fire to disperse DEMONSTRATORS")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(_bare_count(o, index) for o in objects):
        return []
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.i == node.i:
            return []
        came_from, node = node, node.head
        targets = [c for c in node.children if c.dep_ == "dobj" and not _bare_count(c, index)]
        targets += [o for p in node.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
                    for o in p.children if o.dep_ == "pobj"]
        targets += [o for a in node.children if a.dep_ == "advcl" and a is not came_from
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
                    for o in a.children if o.dep_ == "dobj"]
        found = [e for t in targets for e in phrase_entities(t, index, places=t.dep_ == "pobj")]
        if found:
            return _unique(found)  # ("bombs on ZAPORIZHZHIA, killing two": the place's people)
    return []


# Talks are with someone, not about what they discuss: "talks in Geneva on
# the future of UKRAINE" are not with Ukraine.
DIRECTED_ONLY_EVENTS = frozenset({"CONSULT"})


def _named_in_object(trigger: Trigger, index: MentionIndex, args: Arguments) -> list[Entity]:
    """The first party named anywhere inside what the act is about, when
    no phrase of its own names one: "agreed to an extension of the mandate
    for the force IN LEBANON", "rejected a call for its forces to be
    deployed in EAST TIMOR", "prevented the demonstration staged by
    students near AKP offices", "warned that police will not tolerate
    rallies by KIFAYA". Back references ("its") are the actor's own."""
    token = trigger.token
    heads = [*(t for t in trigger.consumed if t.pos_ in ("NOUN", "PROPN")),
             *(c for t in (token, *trigger.consumed) for c in t.children
               if c.dep_ in ("dobj", "nsubjpass") and c not in trigger.consumed)]
    heads += [o for t in (token, *trigger.consumed) for p in t.children
              if p.dep_ == "prep" and p.lower_ in args.preps | {"to", "on", "for"}
              for o in p.children if o.dep_ == "pobj"]
    heads += [o for x in token.children if x.dep_ in ("xcomp", "ccomp")
              for o in x.children if o.dep_ in ("dobj", "nsubjpass")]
    # "denounced as an ugly crime SERBIA'S SUPPRESSION of ...": the object
    # the small model hangs as an apposition on the "as" phrase
    heads += [a for p in token.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
    for head in heads:
        for t in _phrase_tokens(head):
            party = _party_at(t, index, args)
            if party is not None:
                return [party]
    if trigger.entry.event in ORIGIN_TARGET_EVENTS:
        # "banned imports of UKRAINIAN grain", "prohibited imports of POLISH
        # apples": the state whose goods a trade measure strikes (a
        # nationality on goods names no actor of its own)
        own = _parties(args.actor)
        for head in heads:
            for t in _phrase_tokens(head):
                codes = countries_named(t.text) if t.dep_ == "amod" and t.head.pos_ == "NOUN" else ()
                if len(codes) == 1 and (code := next(iter(codes))) not in own:
                    return [_state_entity(code, "events:goods-origin")]
    return []


# Categories whose object's nationality names whom the act strikes when no
# party is named: trade measures against a state's goods.
ORIGIN_TARGET_EVENTS = frozenset({"SANCTION"})


def _party_at(t: Token, index: MentionIndex, args: Arguments) -> Entity | None:
    """The party a word names, if it is neither the actor nor a reference
    back to it: an actor of a country or organisation, or a place's country."""
    mention = index.actor_at(t)
    if mention is not None:
        entity = mention.entity
        # (a back reference to someone else than the actor counts: the
        # Czech expulsion of ITS diplomats, said by Russia)
        back = entity.resolved_by in BACK_REFERENCES or t.lower_ in REFLEXIVE_PRONOUNS
        actors = _parties(args.actor)
        if (entity.country or entity.org) and entity not in args.actor \
                and not ((back or entity.type == "state") and _key(entity) in actors):
            return entity
        return None
    place = index.place_at(t)
    if place is not None and place.location.country_code:
        return _place_entity(place)
    return None


# Bodies whose -ing clause tells what they do to another ("the coalition
# fighting Islamic State", "troops guarding the border").
FIGHTING_BODIES = frozenset({"coalition", "alliance", "force", "troop", "militia", "army", "fighter", "rebel",
                             "soldier", "unit", "faction", "mission", "group"})


def _phrase_tokens(head: Token) -> list[Token]:
    """The words of ``head``'s phrase in text order, leaving out clauses of
    their own ("a bill THAT CRITICS SAY MIRRORS A RUSSIAN LAW"): a party
    named there is not what the phrase is about."""
    out, stack = [], [head]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            infinitive = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in child.children)
            if not infinitive and (child.dep_ in ("relcl", "ccomp", "advcl", "parataxis") or (
                    child.dep_ == "acl" and (any(c.dep_ == "nsubj" for c in child.children) or (
                        child.tag_ == "VBG" and node.lemma_.lower() in FIGHTING_BODIES)))):
                # ("a call for its forces TO BE DEPLOYED in East Timor" is
                # about East Timor; "the coalition FIGHTING ISLAMIC STATE" is
                # the coalition, not whom it fights; but "a demonstration
                # CALLING FOR THE REMOVAL OF MUBARAK" names its target)
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


# Verbs whose subject undergoes the event noun they take as object: "Iran
# would FACE bombing", "Russia RISKS new sanctions".
UNDERGOING_VERBS = frozenset({"face", "risk", "suffer", "endure", "incur"})


def _warning_speaker(verb: Token, undergoers: Sequence[Entity], index: MentionIndex, cues: Cues) -> list[Entity]:
    """Who says another party WILL face an act ("Trump said Iran would
    face bombing if ..."): the speaker's side is who would act; none when
    the clause has no modal or the speaker is of the party that faces it
    ("Iran's minister said his country would face sanctions")."""
    if not any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in verb.children):
        return []
    _, speech = clause_chain(verb, cues)
    if speech is None:
        return []
    facing = {e.country for e in undergoers if e.country}
    speakers = _speakers(speech, index)
    if not facing or not speakers or any(e.country in facing or not e.country for e in speakers):
        return []
    return speakers


def undergone(noun: Token) -> bool:
    """True for an event noun its clause's subject is "under" ("was placed
    UNDER ARREST", "is under investigation") or faces ("would FACE
    sanctions")."""
    return undergoing_verb(noun) is not None


def undergoing_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes ``noun`` (see ``undergone``)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        # (not "the army PLACED BONGO under arrest": its object undergoes it)
        verb = noun.head.head
        return None if any(c.dep_ == "dobj" for c in verb.children) else verb
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in UNDERGOING_VERBS:
        return noun.head
    # "would face bombing AND secondary tariffs"
    if noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.dep_ == "dobj":
        return undergoing_verb(noun.head)
    return None


def listed(entry: LexiconEntry, names: frozenset[str]) -> bool:
    """True when a cue list of categories names the entry's category, or
    its category and mode ("accuse/investigate")."""
    event = entry.event.lower()
    return event in names or f"{event}/{(entry.mode or '').lower()}" in names


def light_verb(trigger: Trigger) -> Token | None:
    """The verb an event noun is the object of ("imposed a CURFEW"), or the
    object of the preposition its entry is governed by ("remained ON
    ALERT"): its phrases are the noun's."""
    token = trigger.token
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
        return token.head
    if (trigger.entry.governed_by and token.dep_ == "pobj" and token.head.lemma_.lower() in trigger.entry.governed_by
            and token.head.head.pos_ in ("VERB", "AUX")):
        return token.head.head
    return None


def _argument_scope(trigger: Trigger) -> list[Token]:
    """The trigger, its complements and objects: where its phrases hang."""
    token = trigger.token
    scope = [token, *trigger.consumed]
    scope += [c for t in list(scope) for c in t.children if c.dep_ in ("xcomp", "dobj", "nsubjpass")]
    scope += [c for t in list(scope) for c in t.children if c.dep_ in ("dobj",)]
    gov = light_verb(trigger) if trigger.entry.pos == "NOUN" else None
    if gov is not None:
        scope.append(gov)  # "imposed a CURFEW in Haiti", "remained on ALERT in the West Bank"
    undergoer = undergoing_verb(token) if trigger.entry.pos == "NOUN" else None
    if undergoer is not None:
        scope.append(undergoer)  # "was put under INVESTIGATION in Niger"
    return _unique_tokens(scope)


HELD_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "who"})
# Nouns for people who are held and released.
HELD_PEOPLE = frozenset({"prisoner", "detainee", "hostage", "captive", "citizen", "national", "journalist",
                         "reporter", "activist", "worker", "soldier", "sailor", "crew", "fisherman",
                         "student", "teacher", "tourist", "man", "woman", "child", "people", "person",
                         "member", "official", "diplomat", "dissident", "opponent", "leader",
                         "politician", "critic", "lawyer", "officer", "pilot", "civilian"})


def _people_released(token: Token, index: MentionIndex) -> bool:
    """Whether who a release frees are people ("two nationals HELD in Iran
    were released", "the release OF the journalist", "HIS release"), not a
    report or data ("data was released showing ...")."""
    if token.pos_ == "NOUN":
        held = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
        held += [c for c in token.children if c.dep_ == "poss"]
    else:
        held = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
        if token.dep_ == "acl":
            held.append(token.head)  # "detainees FREED under a pardon"
    return any(h.lemma_.lower() in HELD_PEOPLE or h.lower_ in HELD_PRONOUNS
               or h.ent_type_ == "PERSON"
               or h.pos_ == "PROPN" and h.ent_type_ not in ("PRODUCT", "WORK_OF_ART", "LAW", "EVENT")
               or any(e.type in ("person", "group") for e in phrase_entities(h, index, places=False))
               for h in held)


def _subject_participles(verb: Token) -> list[Token]:
    """Participles that describe a passive verb's subject: "two dual
    nationals HELD for years in Iran were released"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
    return [p for s in subjects for p in s.children if p.dep_ == "acl" and p.tag_ == "VBN"]


def _place_country(scope: Sequence[Token], index: MentionIndex) -> list[Entity]:
    """The country of the first place named by an "in/at ..." phrase on
    ``scope`` (or by the object of such a phrase: "at targets IN Jericho")."""
    return _scope_place(scope, index)[0]


def _scope_place(scope: Sequence[Token], index: MentionIndex) -> tuple[list[Entity], PlaceMention | None]:
    """As ``_place_country``, with the place mention itself when a place
    (not a state's name) gave the country."""
    for node in scope:
        preps = [*node.children, *(p for c in node.children if c.lower_ in COMPASS_WORDS  # "NORTH OF Dhaka"
                                   for p in c.children if p.lower_ == "of")]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in (PLACE_PREPOSITIONS | {"at", "on", "of"}) or (
                    prep.lower_ == "of" and prep.head.lower_ not in COMPASS_WORDS):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                own = set(_phrase_tokens(pobj))
                # (a day holds no place but in a phrase of its own: "on
                # Monday in Kyiv", not "on Monday angered PARIS", misread
                # with "Paris" an apposition of "Monday")
                # (the tagger may take a place for a day: "in NIGER")
                day = (pobj.ent_type_ in ("DATE", "TIME") and index.place_at(pobj) is None
                       and index.actor_at(pobj) is None)
                nodes = (pobj.subtree if not day
                         else [t for c in pobj.children if c.dep_ == "prep" for t in c.subtree])
                for t in nodes:
                    place = index.place_at(t)
                    if place is not None and place.location.country_code and not _word_part(t) and not (
                            place.location.resolution == 1 and t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN"):
                        # (a country that says whose a thing is, "in US air
                        # strikes", is no place; see below)
                        # "in Thailand's southern province of NARATHIWAT": the finer place
                        finer = next((p for u in pobj.subtree if (p := index.place_at(u)) is not None
                                      and _within(p, place)), place)
                        return [_place_entity(finer)], finer
                    mention = index.actor_at(t)
                    # a state's name counts in the phrase itself, not in a
                    # clause on it: "in Manbij, WHERE US TROOPS gathered"
                    if (mention is not None and t in own and mention.entity.country and mention.entity.type == "state"
                            and prep.lower_ in PLACE_PREPOSITIONS
                            and not (t.dep_ == "npadvmod" or t.head.dep_ == "amod"
                                     or t.dep_ == "compound" and t.head.pos_ == "NOUN")):
                        # "in Iraq", "in Georgia's history", not "in a US-LED
                        # bombing" nor "wounded in US AIR STRIKES on Yemen"
                        return [mention.entity], None
    return [], None


# Verbs of thanking someone for what they gave or did ("thanked Japan FOR aid").
THANKING_VERBS = frozenset({"thank", "praise", "commend", "credit"})


def _thanked_for(noun: Token) -> Token | None:
    """The verb of thanking whose "for" phrase ``noun`` heads ("thanked
    Japan FOR RELIEF GOODS"; the model may read "for relief supplies LANDED
    on Carriacou" as a clause), when the noun names no owner of its own."""
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    prep = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        prep = noun.head
    elif noun.dep_ == "nsubj" and noun.head.dep_ in ("pcomp", "pobj") and noun.head.head.lower_ == "for":
        prep = noun.head.head
    elif noun.dep_ == "nsubj" and noun.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in noun.head.children):
        prep = noun.head  # ("FOR" read as the mark of a clause on "thanked")
    if prep is None or prep.head.lemma_.lower() not in THANKING_VERBS:
        return None
    return prep.head


# Verbs of leaving a place a visit was made to ("left Moscow after a visit").
DEPARTURE_VERBS = frozenset({"leave", "depart", "return", "fly", "head"})


# Prepositions that set an act in time: the participle they hang on ("the
# statement issued AFTER the talks") does not make its noun's owner a party.
TIMING_PREPOSITIONS = frozenset({"after", "following", "before", "since", "ahead"})


def _inherited_actor(token: Token, index: MentionIndex, support_verbs: frozenset[str], *,
                     noun: bool) -> list[Entity]:
    """The actor of the clause that governs a subject-less trigger:
    "Iran agreed to RESUME talks", "troops that ATTACKED"; for an event noun,
    the subject of the support verb whose object it is ("Israel LAUNCHED air
    strikes"), but not of any verb ("Manila rejected the ACCUSATION" is not
    Manila's accusation)."""
    current = token
    if not noun and passive_like(token) and token.dep_ in ("acl", "advcl", "conj") and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return []  # "a soldier JAILED in Turkey": the noun is who was jailed
    if not noun and token.dep_ in ("acl", "relcl") and any(c.dep_ == "auxpass" for c in token.children) and not any(
            c.dep_ == "nsubjpass" for c in token.children):
        return []  # "the first US journalist TO BE ARRESTED in Russia": so is this one
    if not noun and token.dep_ in ("advcl", "relcl", "ccomp") and any(c.dep_ == "nsubjpass" for c in token.children):
        return []  # "will send troops if IT IS ATTACKED": the governor's subject is not the attacker
    if noun and (thanking := _thanked_for(token)) is not None:
        # "Grenada THANKED TRINIDAD FOR relief supplies": the one thanked gave them
        return [e for o in thanking.children if o.dep_ == "dobj"
                for e in phrase_entities(o, index, places=False) if e.country or e.org]
    if noun:
        for participle in token.children:
            if (participle.dep_ == "acl" and participle.tag_ == "VBN"
                    and participle.lemma_.lower() in support_verbs):
                # "the SANCTIONS approved by Washington": the participle's agent
                # (not "the EU ban, agreed by foreign ministers": the ban's owner)
                found = [e for e in _subject_entities(participle, index, "nsubjpass")
                         if e.country or e.org]
                if found:
                    return found
        # Only the noun's own verb: its object ("launched STRIKES"), or the
        # object of a preposition on it ("agreed ON a CEASEFIRE"), not a
        # noun further down ("made an announcement about a VISIT").
        node = token
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        if (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() == "part"
                and node.head.head.dep_ == "pobj"):
            node = node.head.head  # "joined Chinese vessels AS PART OF a joint PATROL"
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head
            if node.head.dep_ in ("dobj", "nsubjpass") and (
                    node.lower_ == "of" and node.head.pos_ in ("NOUN", "NUM")
                    or node.lower_ == "in" and node.head.lemma_.lower() in CURRENCY_NOUNS
                    or node.lower_ == "for" and node.head.lemma_.lower() == "responsibility"):
                # "launched ten days OF war games", "a new round OF talks",
                # "announced 30 million euros IN humanitarian aid", "claimed
                # RESPONSIBILITY FOR the bombing"
                node = node.head
            elif (node.lower_ == "of" and node.head.dep_ == "pobj" and node.head.lemma_.lower() in DURATION_NOUNS
                  and node.head.head.dep_ == "prep"):
                node = node.head.head  # "will take part IN four days OF naval exercises"
        verb = node.head
        if (node.dep_ == "prep" and node.lower_ in ("after", "following", "at")
                and node.head.lemma_.lower() in DEPARTURE_VERBS and token.lemma_.lower() == "visit"):
            # "Xi LEFT Moscow AFTER a three-day state visit": who leaves made it
            return _subject_entities(node.head, index, "xcomp")
        if verb.i == node.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in support_verbs:
            return []
        if node.dep_ == "nsubj" and any(c.dep_ == "agent" for c in verb.children):
            # "the SANCTIONS agreed by the European Union would hurt", parsed
            # as a clause whose subject is the noun: a passive participle on it
            node_dep = "nsubjpass"
        elif node.dep_ not in ("dobj", "prep", "attr", "oprd", "nsubjpass", "dative"):
            return []
        else:
            node_dep = node.dep_
        if node.dep_ == "prep" and node.lower_ in TIMING_PREPOSITIONS and verb.dep_ == "acl":
            return []  # "the Kremlin was studying the statement issued AFTER Tuesday's TALKS"
        found = _subject_entities(verb, index, node_dep)
        if found or node_dep == "nsubjpass":
            return found  # "a citizen whose ARREST was announced": not the citizen's
        current = verb
    for _ in range(4):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return []
        if dep in ("xcomp", "conj", "advcl", "ccomp", "acomp"):
            if dep == "ccomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                return []
            controller = _object_controller(current, index)
            if controller:
                return controller  # "urged IRAN to free the prisoners"
            if dep in ("conj", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in current.children):
                # "India urged restraint after THE PRIME MINISTER resigned":
                # a clause with a subject of its own does not share its governor's
                return []
            found = _subject_entities(head, index, dep)
            if found:
                return found
            current = head
            continue
        if (dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for")
                and head.head.pos_ == "ADJ" and head.head.dep_ == "acomp"):
            # "both sides are guilty OF violating the truce", "responsible
            # FOR shelling": the one the adjective describes did it
            return _subject_entities(head.head.head, index, "xcomp")
        if (dep == "pcomp" and head.dep_ == "prep" and head.lower_ in CHARGE_PREPOSITIONS
                and head.head.pos_ == "VERB"):
            # "Belarus accused POLAND of deploying troops", "blamed KYIV for
            # shelling": the one accused or blamed did it
            found = [e for o in head.head.children if o.dep_ == "dobj"
                     for e in phrase_entities(o, index, places=False) if e.country or e.org]
            if found:
                return found
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in MEANS_PREPOSITIONS:
            # "resorted TO throwing stones", "responded BY expelling":
            # the act is done by the subject of the verb the phrase is on.
            verb = head.head
            if verb.i == head.i:
                return []
            found = _subject_entities(verb, index, "xcomp")
            if found:
                return found
            current = verb
            continue
        if (dep == "acl" and head.lemma_.lower() in ATTEMPT_NOUNS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)):
            # "Erdogan flew to Moscow IN A BID TO agree a ceasefire", "made
            # an attempt to seal a deal", "Ankara's bid to join": whose
            # attempt it is does it, if it is done at all
            found = [e for c in head.children if c.dep_ == "poss"
                     for e in phrase_entities(c, index, places=False) if e.country or e.org]
            holder = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
            if not found and holder.dep_ in ("prep", "dobj") and holder.head.pos_ in ("VERB", "AUX"):
                found = _subject_entities(holder.head, index, "xcomp")
            if found:
                return found
        if dep in ("relcl", "acl"):
            found = phrase_entities(head, index, places=False)
            if not found and dep == "acl":
                # "condemned the executive order SIGNED BY Trump IMPOSING
                # sanctions": the order's author acts through it
                found = [e for c in head.children if c.dep_ == "acl" and c.i != current.i
                         and c.lemma_.lower() in AUTHOR_PARTICIPLES for e in _agent_entities(c, index)]
            # (a participle, not an infinitive: one invited TO VISIT is
            # the one who accepts the invitation, not who sent it)
            participle = dep == "acl" and current.tag_ == "VBG"
            if not found and participle:
                # "NATO received a letter FROM UKRAINE'S LEADERS ASKING for
                # ...": its sender speaks through it
                found = [e for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                         for o in p.children if o.dep_ == "pobj"
                         for e in phrase_entities(o, index, places=False) if e.country or e.org]
            if (not found and dep == "acl" and head.dep_ == "dobj" and head.head.pos_ == "VERB"
                    and not (participle and head.head.lemma_.lower() in RECEIVING_VERBS)):
                # "the rebels issued a declaration DEMANDING ...": the
                # statement's author speaks through it; one who receives
                # it is spoken to.
                found = _subject_entities(head.head, index, "xcomp")
            return found
        return []
    return []


# Nouns of trying whose infinitive is an act their owner, or the subject of
# the clause they hang on, attempts: "IN A BID TO agree", "an EFFORT to
# broker a truce" (``cues.json`` makes such an act hypothetical).
ATTEMPT_NOUNS = frozenset({"bid", "attempt", "effort", "push", "quest", "campaign", "endeavour",
                           "endeavor"})

# Units of money: "30 million EUROS in aid" is aid.
CURRENCY_NOUNS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "rouble",
                            "ruble", "riyal", "dirham", "won", "krone", "krona", "real", "peso",
                            "shilling", "naira", "rand", "$", "€", "£"})
# "two DAYS of talks", "a third ROUND of negotiations"
DURATION_NOUNS = frozenset({"day", "week", "hour", "month", "year", "round", "session", "night"})
# Prepositions through which an -ing clause shares its governor's subject
# ("resorted TO throwing stones", "responded BY expelling diplomats",
# "AFTER meeting Putin"); not "accused X OF attacking" or "prevented FROM".
MEANS_PREPOSITIONS = frozenset({"to", "by", "after", "before", "through", "in", "while"})
# ... and those through which it is its governor's object's ("accused Poland
# OF deploying troops", "praised Qatar FOR mediating", "charged them WITH
# smuggling").
CHARGE_PREPOSITIONS = frozenset({"of", "for", "with"})


def _subject_entities(verb: Token, index: MentionIndex, dep: str) -> list[Entity]:
    # A verb governed through a clause link shares the surface subject:
    # "Putin is expected to VISIT", "the minister was indicted and WILL
    # RESIGN". Only an event noun's support verb passes on its agent
    # ("strikes were launched by Israel").
    # An event noun that is the passive subject itself ("whose ARREST was
    # announced") has only the agent for a doer.
    deps = (("nsubj", "agent") if dep in ("dobj", "pobj", "prep", "attr", "oprd")
            else ("agent",) if dep == "nsubjpass" else ("nsubj", "nsubjpass"))
    for subj in (c for c in verb.children if c.dep_ in deps):
        if subj.dep_ == "agent":
            found = [e for p in subj.children if p.dep_ == "pobj"
                     for e in phrase_entities(p, index, places=False)]
        else:
            found = _with_antecedent(subj, phrase_entities(subj, index, places=False), index)
        if found:
            return found
    return []


PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})
# ... and a person's, as the subject of a clause its speaker governs:
# "the prosecutor said HE had applied for warrants".
PERSONAL_PRONOUNS = frozenset({"he", "she"})
# How the actor resolver marks a mention that refers back ("it", "ITS navy"):
# one that refers back to the actor is the actor's own, not a recipient
# ("withdrew ITS forces from Panama").
BACK_REFERENCES = frozenset({"discourse:pronoun", "discourse:possessive"})
REFLEXIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "it", "they", "he", "she",
                                "itself", "themselves", "himself", "herself"})


def _with_antecedent(subject: Token, found: list[Entity], index: MentionIndex) -> list[Entity]:
    """Resolve a pronoun subject ("Hungary said IT will support ...") or a
    possessive pronoun in it ("ITS air force") to the subject of the
    governing clause, when the actor resolver left it without a country."""
    if any(e.country or e.org for e in found):
        return found
    if _pronoun_of(subject) is None:
        return found
    node = subject.head
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "nsubj" and child.i != subject.i and child.i < subject.i:
                antecedent = [e for e in phrase_entities(child, index, places=False) if e.country or e.org]
                if antecedent:
                    if not found:
                        return antecedent
                    source = antecedent[0]
                    return [replace(e, country=source.country, org=source.org) for e in found]
        if node.head.i == node.i:
            break
        node = node.head
    return found


def _owner_before(pronoun: Token, index: MentionIndex) -> list[Entity]:
    """Whose a possessive pronoun the actor resolver left unresolved says
    an act is: the state or body that owns a noun it hangs under ("the
    European Union's decision to add names to ITS sanctions list"), else
    the subject of the nearest clause above it that has one."""
    node = pronoun.head
    for _ in range(8):
        if node.head.i == node.i:
            break
        node = node.head
        owners = [c for c in node.children if c.dep_ == "poss"] if node.pos_ in ("NOUN", "PROPN") else []
        if owners:
            # (an owner that is no state or body, "ROVER's disclosure of its
            # talks", is still who "its" means)
            return [e for c in owners for e in phrase_entities(c, index, places=False) if e.country or e.org]
        elif node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return [e for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                    for e in phrase_entities(c, index, places=False) if e.country or e.org]
    return []


def _key(entity: Entity) -> str:
    return entity.country or entity.org or entity.name


# ---------------------------------------------------------------------------
# Step 4: time and place
# ---------------------------------------------------------------------------


def governed_timex(trigger: Token, chain: Sequence[Token], timexes: Sequence[Timex]) -> Timex | None:
    """The temporal expression that the trigger's clause chain governs."""
    return _governed(trigger, chain, timexes)


# Seats of a state's own government, and the prepositions that put a crowd at
# them: "protesters OUTSIDE Kenya's PARLIAMENT".
HOME_SEATS = frozenset({"parliament", "congress", "legislature", "senate", "assembly", "palace",
                        "presidency", "ministry", "court"})
SEAT_PREPOSITIONS = frozenset({"outside", "at", "near", "before"})

# Sectors of civilians whose groups act as a crowd: protesters and activists,
# students, workers, farmers (``cues.crowd_readings``).
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR"})

# A wire dateline with its date: an upper-case place, maybe its country, the
# day the story was filed, maybe the agency, and a dash ("GENEVA, Sept 28 -",
# "BEIJING, Sept. 12 (Reuters) -", "NEW YORK, March 3 --").
FILING_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z.'\u2019 -]*[A-Z.](?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)*)?,[ \t]*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)"
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:\u2014|\u2013|--|-)[ \t]")


def without_filing_dates(text: str, timexes: Sequence[Timex]) -> tuple[Timex, ...]:
    """``timexes`` less the dates of wire datelines (``FILING_DATELINE``):
    the day a story was filed, not the day of what it tells ("GENEVA, Sept
    28 - Iran's negotiator WILL SIT DOWN with the six powers ON THURSDAY")."""
    filed = [m.span("date") for m in FILING_DATELINE.finditer(text)]
    return tuple(t for t in timexes if not any(start <= t.span[0] < end for start, end in filed))


# Categories of acts done in the field, which a dateline does not place: the
# story of a strike or an arrest is often filed from a bureau elsewhere.
FIELD_EVENTS = frozenset({"ASSAULT", "COERCE"})

# Dashes that close a dateline: "GAZA CITY — ", "BEIRUT, Lebanon -- ".
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _filed_from(mention: PlaceMention, doc: Doc) -> bool:
    """Whether a place mention is its sentence's dateline (``dateline_place``)."""
    span = doc.char_span(*mention.span, alignment_mode="expand")
    return span is not None and len(span) > 0 and dateline_place(span)


def dateline_place(span: Span) -> bool:
    """Whether ``span`` is the place of a dateline opening its sentence: an
    upper-case name ("KABUL", "GAZA CITY", "PESHAWAR") at the sentence's
    start, closed by a dash, maybe after its country ("PESHAWAR, Pakistan
    — ")."""
    sent = span[0].sent
    if span.start != sent.start or not span.text.isupper() or len(span.text) < 2:
        return False
    after = span.doc[span.end:min(span.end + 4, sent.end)]
    if after and after[0].text in DATELINE_DASHES:
        return True
    # (", Pakistan —": the country, then the dash)
    return (len(after) >= 3 and after[0].text == "," and after[1].pos_ == "PROPN"
            and any(t.text in DATELINE_DASHES for t in after[2:4]))


def _departed_from(trigger: Token, index: MentionIndex) -> PlaceMention | None:
    """The place left after the act: "Pompeo LEFT NORTH KOREA on Saturday
    after two days of TALKS", "Xi DEPARTED MOSCOW following the summit"
    (what was done before one left a place was done there)."""
    while trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN":
        trigger = trigger.head.head  # ("after two DAYS of talks")
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("after", "following") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in DEPARTURE_VERBS:
        return None
    return next((place for obj in verb.children if obj.dep_ == "dobj"
                 if (place := index.place_at(obj)) is not None), None)


def _governed(trigger: Token, chain: Sequence[Token], mentions: Sequence[Any], *,
              located: bool = False, speech: frozenset[str] = frozenset(),
              topics: frozenset[str] = frozenset()) -> Any:
    """The mention governed most closely by the trigger's clause chain.
    With ``located``, only a place where the event happens: one under a
    preposition of place ("talks IN Geneva", "strikes NEAR Nabatieh") or
    naming the event itself ("the Geneva talks"), not a place named as
    someone's origin ("officials OF India", "talks with UNITED STATES
    officials"), where a speaker of ``speech`` (verbs of saying) is, nor
    in what a phrase of ``topics`` says the act is about ("talks ON the
    war in SUDAN")."""
    doc = trigger.doc
    rank: dict[int, int] = {}
    for k, t in enumerate(chain):
        rank.setdefault(t.i, k)
    # (the noun a clause of the chain describes: "the MAY raid that killed
    # bin Laden" happened when the raid did)
    described = {} if located else {t.head.i: rank[t.i] for t in chain if t.dep_ in ("relcl", "acl")}
    found: list[tuple[int, int, Any]] = []
    sent = trigger.sent
    for mention in mentions:
        start, end = mention.span
        if start < sent.start_char or end > sent.end_char:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        inside = {t.i for t in span}
        # A chain token inside the mention: "24 years since the VISIT".
        hits = [rank[i] for i in inside if i in rank and i != trigger.i]
        if hits:
            k = min(hits)
        else:
            k = None
            root = span.root
            # A conjunct is a second item, not a modifier: "24 years since
            # the visit and NINE YEARS since the talks".
            node = root.head if root.dep_ not in ("conj", "appos") else root
            steps = 0
            if not located and _inside_subject_phrase(trigger, span, root):
                k = 0
            while k is None and steps < 12 and node.i != root.i:
                if node.i in described and node.i not in rank and root.dep_ in ("compound", "poss", "nmod"):
                    k = described[node.i]
                    break
                if node.i in rank:
                    k = rank[node.i]
                    if located and _reporter_of(node, trigger, span, speech):
                        k = None  # "the foreign ministry IN BEIJING said the visit ...": where it spoke
                    break
                if (node.pos_ in ("VERB", "AUX") and not _participle_modifier(node)
                        and not (steps == 1 and _describes_object(node, rank)) and not _told_of(node, rank)
                        or node.head.i == node.i or node.dep_ == "conj"):
                    break
                if _happening_answered(node):
                    break  # "apologised for the SHOOTING DOWN of a warplane LAST NOVEMBER"
                if not located and steps > 0 and node.lower_ == "since" and node.dep_ == "prep":
                    # "the largest day of demonstrations SINCE the military
                    # seized power ON FEBRUARY 1": the day of another
                    # happening, which began a stretch ("killed 4,315
                    # fighters SINCE 2014" keeps the stretch's start)
                    break
                node = node.head
                steps += 1
            if k is None:
                continue
            if not located and root.dep_ == "pobj" and _since_on_noun(root.head):
                continue  # "the first aid SINCE OCTOBER": when a stretch began, not the act's day
            if (not located and root.dep_ in ("compound", "nummod", "poss", "amod", "nmod")
                    and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in rank
                    and not (root.head.dep_ in ("nsubj", "nsubjpass") and root.head.head.i in rank)
                    and not any(t.dep_ in ("relcl", "acl") and t.head.i == root.head.i for t in chain)
                    and not _setting_of(root.head, rank)):
                # "recommend him for the 2026 Nobel prize", "warned after
                # TUESDAY's strike": the date of another noun's thing (not
                # of the act's subject, "the APRIL 8 decree pardoned 1,584
                # people", nor of the noun a clause of the chain is on:
                # "LAST WEEK's pardon that freed hundreds")
                continue
            if located and not _locative_path(root, rank, topics):
                continue
            if located and _road_end(span):
                continue  # "on the LAGOS-Ibadan expressway": a road's end, not where it was
            if located and root.dep_ in ("compound", "amod", "nmod") and root.head.i not in rank \
                    and (getattr(mention, "location", None) is not None
                         and (mention.location.resolution or 0) <= 1):
                continue  # a country naming whose an argument is ("met his US counterpart"), not where
        # A place inside a name ("the KURDISTAN Regional Government
        # president") yields to one under a preposition ("... in Erbil").
        named_in = int(located and span.root.dep_ in ("compound", "poss")
                       and span.root.head.i not in rank
                       and (span.root.head.lemma_.lower() not in PART_OF_PLACE  # "POONCH district"
                            # (but "the URALS city OF YEKATERINBURG": the town
                            # named, not "the POONCH district of Jammu and Kashmir")
                            or span.root.head.lemma_.lower() in TOWN_NOUNS
                            and any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.head.children)))
        found.append((k + named_in, abs(span.start - trigger.i), mention))
    if not found:
        return None
    best = min(found, key=lambda f: f[:2])
    if located:
        # "Police IN TANZANIA arrested her in the city of MBEYA", "struck a
        # police station in SARAVENA, in COLOMBIA's Arauca department": a town
        # of the country the nearer phrase names says more of where.
        finer = [f for f in found if _within(f[2], best[2])]
        if finer:
            best = min(finer, key=lambda f: f[:2])
    return best[2]


# Verbs that permit an act of force without doing it, and the categories
# whose acts are not done by permitting them (a sanction authorised is
# imposed; a strike authorised is yet to come).
AUTHORISING_VERBS = frozenset({"authorize", "authorise", "approve", "sanction"})
AUTHORISED_EVENTS = frozenset({"ASSAULT", "MOBILIZE"})


def _reporter_of(verb: Token, trigger: Token, span: Span, speech: frozenset[str]) -> bool:
    """Whether ``span`` lies in the subject of ``verb``, a verb of
    ``speech`` above the trigger: the one who reports the act ("officials IN
    MOSCOW said the strike killed ten", "the ministry IN BEIJING said the
    visit showed ...")."""
    return verb.i != trigger.i and verb.lemma_.lower() in speech and any(
        s.dep_ == "nsubj" and s.left_edge.i <= span.start and span.end - 1 <= s.right_edge.i
        for s in verb.children)


def _doers_modifier(place: PlaceMention, noun: Token, doers: set[str]) -> bool:
    """A country's name on an act noun, or on the noun of its "of" phrase,
    saying whose act it is, not where ("the first U.S. air STRIKE", "the US
    WITHDRAWAL", "the lifting of US SANCTIONS", by the US); one not
    among the doers says where ("Mr Straw's China TRIP", "Erdogan's Syria
    INCURSION")."""
    if (place.location.resolution or 0) > 1 or place.location.country_code not in doers:
        return False
    span = noun.doc.char_span(*place.span, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    owned = span.root.head
    # (or on what the act's "of" phrase names: "the lifting of US SANCTIONS")
    return owned.i == noun.i or (owned.dep_ == "pobj" and owned.head.lower_ == "of"
                                 and owned.head.head.i == noun.i)


def _since_on_noun(token: Token) -> bool:
    """A "since" phrase on a noun ("the first aid SINCE October", "the
    largest protests SINCE the coup on 1 February"), which tells when a
    stretch of time began, not when the noun's act took place."""
    return token.lower_ == "since" and token.dep_ == "prep" and token.head.pos_ == "NOUN"


# Prepositions by which an accusation names what it charges: "accused
# Russia OF barbarism in Syria", "blamed Kigali FOR the shelling of Goma",
# "accused Moscow OVER the attack".
CHARGED_ACT_PREPOSITIONS = frozenset({"of", "for", "over"})


def _outside_charge(trigger: Token, rule: LexiconEntry, places: Sequence[PlaceMention]) -> Sequence[PlaceMention]:
    """The places that can say where an accusation was made: not those of
    the act it charges ("accused Russia of barbarism IN SYRIA" at the
    Security Council in New York)."""
    if rule.event != "ACCUSE" or trigger.pos_ != "VERB":
        return places
    charge = _charge_preposition(trigger)
    if charge is None:
        return places
    end = trigger.right_edge.idx + len(trigger.right_edge)
    return [m for m in places if not charge.idx <= m.span[0] < end]


def _charge_preposition(trigger: Token) -> Token | None:
    """The first preposition after an accusing verb that names its charge,
    within three steps of the verb and under no other verb. (The model may
    hang the charge on a word before it, "accused Russia on SUNDAY OF
    barbarism", and what follows it on the verb, "IN Syria": all of the
    clause after that preposition is the charge's.)"""
    for t in trigger.doc[trigger.i + 1:trigger.right_edge.i + 1]:
        if t.dep_ != "prep" or t.lower_ not in CHARGED_ACT_PREPOSITIONS:
            continue
        above = list(t.ancestors)[:3]
        if any(a.i == trigger.i for a in above) and not any(
                a.pos_ == "VERB" and a.i != trigger.i for a in above):
            return t
    return None


def _inside_subject_phrase(trigger: Token, span: Span, root: Token) -> bool:
    """A date that the model hung on a clause's verb but that stands inside
    its subject, right after a participle on the subject: in "a counsellor
    EXPELLED by Estonia EARLIER THIS WEEK left the country on Friday", the
    week is when he was expelled."""
    subject = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    return root.head.i == verb.i and trigger.i < span.start and span.end <= verb.i


# Prepositions by which an act is part of a dated happening: "killed IN
# Tuesday's attack", "injured DURING Sunday's clashes"; and the happenings.
PART_OF_PREPOSITIONS = frozenset({"in", "during"})
HAPPENING_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "assault", "ambush", "bombing", "blast",
                             "explosion", "shelling", "shooting", "massacre", "clash", "fighting", "offensive",
                             "operation", "incursion", "crackdown", "violence", "riot", "unrest", "protest",
                             "demonstration", "rally", "march", "incident"})


# Prepositions by which an act answers another happening ("apologised FOR
# the shooting down", "sanctions OVER the poisoning", "met AFTER the attack").
ANSWERED_PREPOSITIONS = frozenset({"for", "over", "after", "following", "since"})


def _happening_answered(noun: Token) -> bool:
    """True when ``noun`` is a happening that an act answers through a
    preposition: a date on it is its own, not the act's."""
    lemma = noun.lemma_.lower()
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ANSWERED_PREPOSITIONS
            and (lemma in HAPPENING_NOUNS or lemma.endswith(("ing", "ion"))))


def _setting_of(noun: Token, rank: dict[int, int]) -> bool:
    """True when ``noun`` is the happening the act of the chain took part
    in, so a date on it is the act's: "killed six soldiers IN TUESDAY'S
    ATTACK" (not "warned AFTER Tuesday's strike")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in PART_OF_PREPOSITIONS
            and prep.head.i in rank and noun.lemma_.lower() in HAPPENING_NOUNS)


def _within(place: Any, country: Any) -> bool:
    """True when ``place`` is a town or region of the country ``country``
    names, or a town of the country of the region it names ("the Poonch
    district of Jammu and Kashmir": no gazetteer says which towns a
    division holds, but a sentence naming both mostly means one in the
    other)."""
    inner, outer = getattr(place, "location", None), getattr(country, "location", None)
    return (inner is not None and outer is not None and (outer.resolution or 0) in (1, 2)
            and (inner.resolution or 0) > (outer.resolution or 0)
            and inner.country_code == outer.country_code)


# Roads named for the towns they join: "the Lagos-Ibadan EXPRESSWAY".
ROAD_NOUNS = frozenset({"road", "highway", "expressway", "motorway", "railway", "pipeline",
                        "corridor", "route", "line"})


def _road_end(span: Any) -> bool:
    """A place that is one end of a road's name ("the Douentza-Boni road")."""
    doc = span.doc
    hyphened = (span.start > 0 and doc[span.start - 1].text in ("-", "–")
                or span.end < len(doc) and doc[span.end].text in ("-", "–"))
    head = span.root.head
    while head.dep_ in ("compound", "amod", "punct") and head.head.i != head.i:
        head = head.head
    return hyphened and head.lemma_.lower() in ROAD_NOUNS


# Verbs of going or staying somewhere: "men TRAVELLING along a road near Wabag".
WHEREABOUTS_VERBS = frozenset({
    "travel", "drive", "walk", "ride", "head", "return", "patrol", "escort", "sail", "fly",
    "move", "wait", "gather", "queue", "camp", "shelter", "sleep", "stand", "pass", "cross",
    "flee", "march", "work", "live", "stay", "pray", "guard", "man", "operate", "park",
})


def _participle_modifier(verb: Token) -> bool:
    """A present participle of going or staying that describes a noun ("men
    TRAVELLING near Wabag", "a convoy HEADING through Gao"): where they were
    is where what befell them happened. (Not "suspects DETAINED in the UK",
    "a claim that ISIS was DEFEATED in Syria": other happenings.)"""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in WHEREABOUTS_VERBS
            and verb.head.pos_ in ("NOUN", "PROPN"))


def _told_of(verb: Token, rank: dict[int, int]) -> bool:
    """A relative clause whose subject is the act it is on ("the air
    strikes THAT OPENED Moscow's campaign on Wednesday", "the attack WHICH
    KILLED nine people in Rastan"): its time and place are the act's."""
    return (verb.dep_ == "relcl" and verb.head.i in rank
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children))


# Verbs of an act's course, whose participle times the act itself.
ASPECT_VERBS = frozenset({"start", "begin", "run", "last", "end", "continue", "conclude", "open", "close"})


def _describes_object(verb: Token, rank: dict[int, int]) -> bool:
    """A present participle that says what the act or its object is ("will
    sign a treaty CUTTING their arsenals in Prague on Thursday", "launched
    strikes TARGETING militants near Idlib", "exercises STARTING on
    Sunday"): a time or place the model hangs on it straight away is the
    act's."""
    if verb.tag_ != "VBG":
        return False
    if verb.lemma_.lower() in ASPECT_VERBS and verb.dep_ in ("acl", "advcl") and verb.head.i in rank:
        return True  # "will take part in exercises ... STARTING on Sunday"
    if verb.dep_ == "ccomp" and not any(c.dep_ == "aux" for c in verb.children):
        # (the model may read the noun as the participle's subject)
        return any(c.dep_ == "nsubj" and c.i in rank for c in verb.children)
    return verb.dep_ == "acl" and (
        verb.head.i in rank or verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.head.i in rank)


def _locative_path(root: Token, rank: dict[int, int], topics: frozenset[str] = frozenset()) -> bool:
    """True when the first preposition above a place name is one of place,
    or the name modifies a word of the chain directly ("the GENEVA talks"),
    and no phrase of cause or time lies between it and the chain ("struck
    in retaliation FOR an attack in ANKARA" did not strike Ankara), nor one
    of ``topics`` (what talks are about: "talks ON Ukraine in Riyadh")."""
    node = root
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ == "ADP" and node.dep_ == "pobj":
            if head.lower_ == "of" and head.head.lemma_.lower() in PART_OF_PLACE:
                node = head.head  # "in the southern city OF Nis", "on the edge OF Baidoa"
                continue
            if head.lower_ in topics and node.lemma_.lower() not in SETTING_NOUNS:
                return False  # "talks ON Ukraine in Riyadh": what they were about
            return (head.lower_ in PLACE_PREPOSITIONS | DESTINATION_PREPOSITIONS
                    and not _through_cause(head, rank, topics))
        if head.i in rank:
            # (not "blocked a highway NORTH OF Dhaka": somewhere near the town, not in it)
            return node.dep_ in ("compound", "nmod", "npadvmod", "appos", "pobj", "dobj", "conj")
        node = head
    return False


def _sent_to(verb: Token, index: MentionIndex) -> PlaceMention | None:
    """The place a "to/into" phrase on ``verb`` sends something to."""
    return next((place for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
                 for o in p.children if o.dep_ == "pobj" for t in o.subtree
                 if (place := index.place_at(t)) is not None), None)


# Categories whose forces, sent within a state by no one named, are that
# state's when its own officials say so (``_code_trigger``).
SELF_DEPLOYED_EVENTS = frozenset({"MOBILIZE"})

# Events of talk, and the prepositions of what talk is about: "talks ON the
# war in Sudan" were not held in Sudan.
TALK_EVENTS = frozenset({"CONSULT"})
TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning"})
# ... but "ON THE SIDELINES of the summit in Bali" is where they met, and
# "ON THE SECOND DAY of Obama's visit to Britain" when.
SETTING_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "side",
                           "day", "eve", "occasion", "anniversary", "morning", "afternoon", "evening",
                           "night", "weekend"})

# Prepositions that introduce another happening, a cause or a time, not
# the act's own setting: "in retaliation FOR", "AFTER the attack in ...".
CAUSE_PREPOSITIONS = frozenset({"for", "after", "since", "following", "before", "over", "despite", "amid"})


def _through_cause(prep: Token, rank: dict[int, int], topics: frozenset[str] = frozenset()) -> bool:
    """True when a phrase of cause or time (or one of ``topics``) lies
    between ``prep`` and the chain."""
    node = prep.head
    for _ in range(12):
        if node.i in rank or node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        if node.dep_ == "pobj" and (node.head.lower_ in CAUSE_PREPOSITIONS
                                    or (node.head.lower_ in topics
                                        and node.lemma_.lower() not in SETTING_NOUNS)):
            return True
        node = node.head
    return False


# Directions that place an act relative to a town: "north OF Dhaka".
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
# Nouns of towns ("the port city OF Odesa"), not of the divisions they lie in.
TOWN_NOUNS = frozenset({"town", "city", "village", "port", "capital"})
# Nouns whose "of" phrase names the place they are part of: "the city OF
# Nis", "the outskirts OF Kabul".
PART_OF_PLACE = SETTLEMENT_NOUNS | frozenset({"outskirts", "edge", "centre", "center", "heart", "part",
                                              "area", "north", "south", "east", "west", "suburbs"})

# Prepositions naming where a visit goes: "a visit TO Tokyo".
DESTINATION_PREPOSITIONS = frozenset({"to", "into", "on", "around", "along", "off", "over", "outside", "within",
                                     "through", "towards", "toward", "across", "beyond"})


# ---------------------------------------------------------------------------
# The coder
# ---------------------------------------------------------------------------


@dataclass
class _Draft:
    """An event mention before merging."""

    event: Event
    explicit_date: bool
    factuality_cued: bool
    order: int
    noun_only: bool = False  # every mention is an event noun ("the visit")
    contrast: frozenset[str] = frozenset()  # "ANOTHER strike", "a strike on ANOTHER vessel"
    # every mention is told by a clause of its own ("police said the missiles
    # HIT a room"), not by a noun or by a participle or relative clause that
    # describes one ("the diplomats EXPELLED by Britain", "the pardon that FREED ...")
    told: bool = False


def code_events(
    doc: Doc,
    article: Article,
    lexicon: EventLexicon,
    actors: tuple[ActorMention, ...],
    timexes: tuple[Timex, ...],
    places: tuple[PlaceMention, ...],
    *,
    cues: Cues | None = None,
    headline: Sequence[Event] = (),
    unattributed: list[Event] | None = None,
) -> tuple[Event, ...]:
    """Every event of one parsed article, mentions of one event merged.
    ``headline`` holds the events of its title, coded on their own
    (``headline_events``): who a body mention naming no actor may mean.

    A mention that names no actor is no event: "the deployment", "aid
    trucks reached Black River" may be anyone's, or no political act at all
    ("a lightning strike killed two farmers"). But a follow-up report often
    tells of the happening only so ("a Kenyan court had tried to block the
    DEPLOYMENT"). Given a list as ``unattributed``, the current mentions of
    the article's lead (``_lead_end``) that leave their doer unsaid
    (``_names_no_doer``), in a category in which the article codes no
    current event, are put there, mentions of one event merged, with no
    actor: the store only attaches them to a happening other reports name
    the doer of (``Store._attach_unattributed``). They never count as
    events."""
    rules = coding_rules(lexicon, cues or Cues.load())
    cues = rules.cues
    timexes = without_filing_dates(article.text, timexes)
    index = MentionIndex(actors, places)
    home = dominant_country(actors)
    published = article.published.date() if article.published else None
    drafts: list[_Draft] = []
    obligation = rules.obligation
    names = _name_interiors(actors)
    bodies = _body_references(actors)
    state_read: set[str] = set()  # trigger lemmas the article has read as states' acts
    actorless: list[_Draft] = []
    lead_end = _lead_end(article.text, doc) if unattributed is not None else 0
    for sent in doc.sents:
        found: list[tuple[Trigger, Arguments | None, Token | None]] = [
            (trigger, None, None) for trigger in find_triggers(sent, lexicon)
            if not _in_spans(trigger.token, names) and trigger.token.idx not in bodies]
        if rules.attribution is not None:
            acts = {t.token for t, _, _ in found if t.entry.quad_code in (3, 4)}
            found += find_attributions(sent, rules.attribution, index, cues, acts)
        if rules.denunciation is not None:
            found += find_denunciations(sent, rules.denunciation, index, cues)
        if rules.admission is not None:
            acts = {t.token for t, _, _ in found if t.entry.quad_code == 4}
            found += find_admissions(sent, rules.admission, index, cues, acts)
        if obligation is not None:
            found += find_obligations(sent, obligation, index, cues)
        if rules.conditional_threat is not None:
            acts = {t.token for t, _, _ in found if t.entry.event != rules.conditional_threat.event}
            found += find_conditional_threats(sent, rules.conditional_threat, index, cues, acts)
        # In text order; a demand comes before the demanded act it embeds.
        found.sort(key=lambda f: (f[0].token.i, f[1] is None))
        for trigger, args, context in found:
            diplomatic = rules.diplomatic_readings.get(trigger.entry.id)
            if diplomatic is not None and any(_names_envoy(t) for t in sent):
                # "Morales announced the EXPULSION", of AMBASSADOR Goldberg
                trigger = dataclasses.replace(trigger, entry=dataclasses.replace(diplomatic, pos=trigger.entry.pos))
            exclusion = rules.exclusion_readings.get(trigger.entry.id)
            if exclusion is not None and _kept_out_of_state(trigger.token, index):
                # "eighteen Americans were BANNED FROM RUSSIA": kept out of a state
                trigger = dataclasses.replace(trigger, entry=dataclasses.replace(exclusion, pos=trigger.entry.pos))
            reading = rules.state_readings.get(trigger.entry.id)
            if reading is not None and trigger.token.lemma_.lower() in state_read:
                # "Israeli strikes killed 20 people ... The STRIKES on Saturday
                # hit homes": an act word an article read as force is force
                trigger = dataclasses.replace(trigger, entry=dataclasses.replace(reading, pos=trigger.entry.pos))
            draft = _code_trigger(trigger, sent, article, index, timexes, published, cues, home,
                                  len(drafts), args=args, context=context, rules=rules,
                                  headline=headline, actorless=trigger.token.idx < lead_end)
            if draft is not None and not draft.event.actor:
                if _names_no_doer(trigger.token):
                    actorless.append(draft)
                continue
            if draft is not None and reading is not None and draft.event.event == reading.event:
                state_read.add(trigger.token.lemma_.lower())
            if draft is not None:
                intent = stated_intent(trigger, draft, article, timexes, published, cues, index)
                if intent is not None:
                    drafts.append(replace_draft(intent, order=len(drafts)))
                drafts.append(replace_draft(draft, order=len(drafts)))
    events = tuple(d.event for d in merge_mentions(drafts))
    if unattributed is not None:
        told = {e.event for e in events if not e.historical}
        unattributed.extend(d.event for d in merge_mentions(actorless)
                            if not d.event.historical and d.event.event not in told)
    return events


# Sentences of an article's lead: what a wire story is about, it says in
# its first paragraph, and that is one or two sentences long.
LEAD_SENTENCES = 2


def _lead_end(text: str, doc: Doc) -> int:
    """Where an article's lead ends: its first paragraph, or its first
    ``LEAD_SENTENCES`` sentences where that is shorter (or the text has no
    paragraphs)."""
    paragraph = text.find("\n\n")
    sentences = [sent.end_char for sent in itertools.islice(doc.sents, LEAD_SENTENCES)]
    ends = [end for end in (paragraph, sentences[-1] if sentences else -1) if end >= 0]
    return min(ends) if ends else len(text)


def _names_no_doer(token: Token) -> bool:
    """Whether a trigger the coder found no actor for leaves its doer
    unsaid ("THE DEPLOYMENT", "four workers WERE DETAINED"), rather than
    naming one that is no political actor ("THE BANK blamed margins", "HE
    urged the chancellor"), or being a word inside a name or a compound
    ("AID workers", "Stop MURDER Music"), or a modifier that describes a
    state ("their DISPUTED boundary", "OCCUPIED territories")."""
    return token.dep_ not in ("compound", "amod") and not any(
        c.dep_ in ("nsubj", "csubj", "agent", "expl") for c in token.children)


# A statement of what one's own side will do if something happens ("Poland
# could close its border crossings IF Minsk keeps pushing migrants", "the
# rebels would meet the mediator IF he gave them a veto") is, in PLOVER, an
# act of its own, asserted when made: a threat when the act is conflictual,
# an offer (AGREE) when it is cooperative. The act itself stays hypothetical.
INTENT_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "'ll", "wo", "shall", "should"})
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared"})
CONDITION_MARKERS = frozenset({"if", "unless"})
# Acts whose conditional statement is no threat or offer: intents already,
# and words ("would press for more mines if prices rose" demands, threatens nobody).
UNSTATED_INTENTS = frozenset({"AGREE", "THREATEN", "REQUEST", "ACCUSE"})
# The CAMEO code of the threat or offer, by the first two digits of the act's.
THREAT_CAMEO = {"12": "131", "13": "130", "14": "133", "15": "138", "16": "1312", "17": "137",
                "18": "138", "19": "138", "20": "1383"}
OFFER_CAMEO = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Quad class and intensity of CAMEO 130 (threaten) and 030 (express intent to cooperate).
THREAT_CODING = (3, -4.4)
OFFER_CODING = (1, 4.0)


def stated_intent(trigger: Trigger, draft: _Draft, article: Article, timexes: Sequence[Timex],
                  published: dt.date | None, cues: Cues, index: MentionIndex) -> _Draft | None:
    """The threat or offer that a conditional statement of one's own act
    makes (see ``INTENT_MODALS``), or the threat that a state's own word
    that it will use force or sanctions makes; or None."""
    act, token = draft.event, trigger.token
    if token.pos_ != "VERB" and token.dep_ == "dobj" and token.head.pos_ == "VERB" and (
            token.head.lemma_.lower() in cues.support_verbs):
        token = token.head  # "the United States should TAKE military ACTION against Syria"
    elif token.pos_ != "VERB":
        # "Trump said Iran would FACE BOMBING if ...": the clause is the verb's
        token = undergoing_verb(token) if act.actor and all(e.sector != "UAF" for e in act.actor) else None
    if act.factuality not in ("hypothetical", "future") or act.event in UNSTATED_INTENTS or token is None:
        return None
    own = any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in token.children) or (
        token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT_ADJECTIVES)
    if not own:
        return None
    conditioned = [token, *(x for x in token.children if x.dep_ in ("xcomp", "dobj"))]
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS
                                              for m in c.children)
                    for node in conditioned for c in node.children)
    _, speech = clause_chain(token, cues)
    # "Trump SAID HE WOULD impose tariffs on Colombian goods", "Erdogan SAID
    # Turkey MIGHT enter Israel": a use of force or sanctions its own side
    # says it will make, even without a condition, threatens its target
    # (not a state's deployment within its own borders: "India said it would
    # deploy troops to Kashmir" threatens no one named; farmers who say they
    # will blockade Paris threaten their government)
    own_states = {e.country for e in act.actor if e.country and e.type == "state"}
    targets = [e for e in act.recipient if (e.country or e.org)
               and not (e.country in own_states and e.resolved_by == "events:place-country")]
    announced = (act.quad_code == 4 and bool(targets) and speech is not None
                 and _said_by_actor(speech, act, index))
    if not (condition and act.factuality == "hypothetical" or announced):
        return None
    threat = (act.quad_code or 1) > 2
    category = "THREATEN" if threat else "AGREE"
    table, default = (THREAT_CAMEO, "130") if threat else (OFFER_CAMEO, "030")
    quad, intensity = THREAT_CODING if threat else OFFER_CODING
    said = governed_timex(speech, [speech], timexes) if speech is not None else None
    if said is not None:
        date, enddate, precision, date_text = said.start, said.end, said.precision, said.text
    else:
        date = enddate = published
        precision, date_text = ("day" if published else None), None
    parties = [*map(_key, act.actor), "/", *map(_key, act.recipient)]
    intent = dataclasses.replace(
        act, id=event_id(article.id, act.span, token.idx, category, parties), event=category,
        mode=None, cameo=table.get(act.cameo[:2], default), quad_code=quad, intensity=intensity,
        factuality="asserted", date=date, enddate=enddate, date_precision=precision, date_text=date_text,
        historical=False)
    return _Draft(intent, explicit_date=said is not None, factuality_cued=True, order=draft.order,
                  noun_only=False)


def _said_by_actor(speech: Token, act: Event, index: MentionIndex) -> bool:
    """Whether the subject of a verb of speech is of the act's actor's state."""
    states = {e.country for e in act.actor if e.country}
    return any(e.country in states for e in _speakers(speech, index))


def _speakers(speech: Token, index: MentionIndex) -> list[Entity]:
    """Who the subject of a verb of speech names ("HE said", "TRUMP told")."""
    return [e for s in speech.children if s.dep_ == "nsubj"
            for e in _with_antecedent(s, phrase_entities(s, index, places=False), index)]


@dataclass(frozen=True)
class CodingRules:
    """What the coder derives from the lexicon and the cue lists, once for
    both rather than once per article (see ``coding_rules``)."""

    source: Cues  # the cue lists as loaded
    cues: Cues  # ... with the support verbs the lemmatiser misreads ("staged" -> "stag")
    obligation: LexiconEntry | None  # a reported obligation ("X said Y must leave")
    attribution: LexiconEntry | None  # a reported attribution ("X said Y was behind it")
    denunciation: LexiconEntry | None  # an act called by a condemning word ("called it a provocation")
    admission: LexiconEntry | None  # an admission of one's own hostile act ("admitted it shot down")
    conditional_threat: LexiconEntry | None  # force foretold on a condition ("would pay IF ...")
    refusal: LexiconEntry | None  # a stated refusal ("will not accept")
    state_readings: dict[str, LexiconEntry]  # entry id -> its reading when states act
    frames: frozenset[str]  # nouns that frame an event noun ("mediation EFFORTS")
    joint_readings: dict[str, LexiconEntry]  # entry id -> its reading when parties act together
    solo_readings: dict[str, LexiconEntry]  # entry id -> its reading when one state acts alone
    police_readings: dict[str, LexiconEntry]  # entry id -> its reading when police act
    government_readings: dict[str, LexiconEntry]  # entry id -> its reading when governments act
    court_readings: dict[str, LexiconEntry]  # entry id -> its reading when a state's courts act
    crowd_readings: dict[str, LexiconEntry]  # entry id -> its reading when a crowd acts
    diplomatic_readings: dict[str, LexiconEntry]  # entry id -> its reading beside a diplomat
    exclusion_readings: dict[str, LexiconEntry]  # entry id -> its reading when kept out of a state
    settled_readings: dict[str, LexiconEntry]  # entry id -> its reading when an agreement settles it


def coding_rules(lexicon: EventLexicon, cues: Cues) -> CodingRules:
    """The rules for ``lexicon`` and ``cues``, built on first use and kept
    on the lexicon."""
    cached = lexicon.__dict__.get("_coding_rules")
    if cached is not None and cached.source is cues:
        return cached
    misread = {wrong for wrong, right in lexicon.lemma_fixes.get("VERB", {}).items()
               if right in cues.support_verbs}
    by_id = {e.id: e for e in lexicon.entries}
    rules = CodingRules(
        source=cues,
        cues=dataclasses.replace(cues, support_verbs=cues.support_verbs | misread),
        obligation=_cue_entry("obligation", cues.obligation_event),
        attribution=_cue_entry("attribution", cues.attribution_event),
        denunciation=_cue_entry("denunciation", cues.denunciation_event),
        admission=_cue_entry("admission", cues.admission_event),
        conditional_threat=_cue_entry("conditional-threat", cues.conditional_threat_event),
        refusal=_cue_entry("refusal", cues.refusal_event),
        state_readings={k: by_id[v] for k, v in cues.state_readings.items() if v in by_id},
        joint_readings={k: by_id[v] for k, v in cues.joint_readings.items() if v in by_id},
        solo_readings={k: by_id[v] for k, v in cues.solo_readings.items() if v in by_id},
        police_readings={k: by_id[v] for k, v in cues.police_readings.items() if v in by_id},
        government_readings={k: by_id[v] for k, v in cues.government_readings.items() if v in by_id},
        court_readings={k: by_id[v] for k, v in cues.court_readings.items() if v in by_id},
        crowd_readings={k: by_id[v] for k, v in cues.crowd_readings.items() if v in by_id},
        diplomatic_readings={k: by_id[v] for k, v in cues.diplomatic_readings.items() if v in by_id},
        exclusion_readings={k: by_id[v] for k, v in cues.exclusion_readings.items() if v in by_id},
        settled_readings={k: by_id[v] for k, v in cues.settled_readings.items() if v in by_id},
        frames=lexicon.frames,
    )
    object.__setattr__(lexicon, "_coding_rules", rules)
    return rules


def _cue_entry(ident: str, spec: dict[str, Any]) -> LexiconEntry | None:
    """A lexicon entry for an event a cue list describes rather than a word
    triggers (reported obligations, stated refusals)."""
    if not spec:
        return None
    return LexiconEntry(
        id=ident, lemma="", pos="VERB", event=str(spec["event"]), mode=spec.get("mode"),
        cameo=str(spec.get("cameo", "")), quad_code=int(spec.get("quad_code") or 0),
        intensity=float(spec.get("intensity") or 0.0), example="",
        context=tuple(spec.get("context") or ()))


# Sectors whose members need not belong to the country they are in
# ("refugees in Athens" are seldom Greek).
UNLOCATED_SECTORS = frozenset({"REF"})


def _located_actors(args: Arguments, place: PlaceMention, event: str = "") -> Arguments:
    """Actors of no known country take the country where they act:
    "protesters marched IN NAIROBI" are Kenyan protesters, "the opposition
    coalition postponed its rally IN BAKU" is Azerbaijan's. Not forces
    bringing aid (``event`` AID): "NAVY HELICOPTERS dropped rations in
    Miyagi" after a quake are as often a foreign navy's; nor visitors
    (``_visitors``: "negotiators in Vienna agreed")."""
    country = place.location.country_code
    if not country:
        return args

    def locate(entities: list[Entity], unlocated: frozenset[str] = UNLOCATED_SECTORS) -> list[Entity] | None:
        if not entities or any(e.country or e.org for e in entities) \
                or any(e.sector in unlocated or e.resolved_by in (UNCLAIMED_REMOTE, UNNAMED_DONORS)
                       or _visitors(e) for e in entities):
            return None
        return [replace(e, country=country, resolved_by="events:place-of-event") for e in entities]

    # ... and so do those they act on: "marched in Lima against THE GOVERNMENT"
    actors = locate(args.actor, UNLOCATED_SECTORS | ({"MIL"} if event == "AID" else frozenset()))
    recipients = locate(args.recipient)
    return replace_args(args, actor=actors or args.actor, recipient=recipients or args.recipient)


def _visitors(entity: Entity) -> bool:
    """People named by a noun of ``VISITING_NOUNS``: "NEGOTIATORS in Vienna
    agreed" are no more Austrian than the talks are."""
    words = entity.text.lower().split()
    last = words[-1] if words else ""
    return last in VISITING_NOUNS or last.endswith("s") and last[:-1] in VISITING_NOUNS


# Sectors of armed groups a report may leave without a country ("rival militias").
ARMED_GROUP_SECTORS = frozenset({"MIL", "REB", "UAF", "INS"})


# Sectors of people who strike, march or boycott as civilians.
CIVILIAN_SECTORS = frozenset({"CVL", "LAB", "BUS", "EDU", "MED", "REF", "OPP", "NGO", "JRN"})


def _acts_as_state(args: Arguments) -> bool:
    """True when the actors are states, governments or armed forces (and
    none is a civilian group): "the US strike" is military, "the dockers'
    strike" a walkout."""
    if any(e.sector in CIVILIAN_SECTORS for e in args.actor):
        return False
    return any(e.type == "state" or e.sector in ("GOV", "MIL") for e in args.actor)


# Means of attack that also name what is not one ("a STRIKE", "a police
# RAID", "a passenger JET"): no sign that a sentence tells of fighting.
AMBIGUOUS_MEANS = frozenset({"strike", "raid", "aircraft", "jet", "helicopter"})


def _armed_setting(token: Token, args: Arguments, cues: Cues) -> bool:
    """True when the sentence tells of weapons fired ("a U.S. DRONE fired
    MISSILES at a seminary ..., in a rare strike inside Khyber
    Pakhtunkhwa") and no civilian group is named as its actor ("dockers
    struck at the port where drones are built"; the civilians a place
    stands for when nobody is named are no such sign): the strike is force,
    not a walkout."""
    if args.actor_how != "place" and any(e.sector in CIVILIAN_SECTORS for e in args.actor):
        return False
    means = cues.remote_attack_means - AMBIGUOUS_MEANS
    return any(t.lemma_.lower() in means and t.i != token.i for t in token.sent)


def _abroad(trigger: Trigger, args: Arguments, index: MentionIndex) -> bool:
    """True when a nationality's act is placed in another country ("an
    Israeli strike IN DOHA"): a walkout happens at home, force abroad."""
    homes = {e.country for e in args.actor}
    if len(homes) != 1 or None in homes:
        return False
    where = _place_country(_argument_scope(trigger), index)
    return bool(where) and all(e.country and e.country not in homes for e in where)


def _aimed(noun: Token, targets: frozenset[str]) -> bool:
    """True for an act aimed "on" something that is not a date ("an Israeli
    strike ON a school"), or "against" a party, a place or one of the
    ``targets`` ("strikes AGAINST Hamas", not "a strike AGAINST higher
    diesel prices"), or one that kills or destroys ("Israeli strikes KILLED
    20 people"): force, not a walkout."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HARMING_VERBS:
        return True
    for prep in (p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "against")):
        for target in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")):
            if prep.lower_ == "on" or target.pos_ == "PROPN" or target.ent_type_ in PARTY_ENTITY_TYPES \
                    or target.lemma_.lower() in targets:
                return True
    return False


# Named-entity labels of parties and places ("against the TALIBAN").
PARTY_ENTITY_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"})


# Verbs of harm a walkout does not do ("strikes HIT rail services" it may).
HARMING_VERBS = frozenset({"kill", "wound", "injure", "destroy", "flatten", "raze", "demolish"})


# Prepositions that tie a protest to the clause it hangs on, and so to that
# clause's place: "police fired tear gas in Lima DURING protests".
ACCOMPANYING_PREPOSITIONS = frozenset({"during", "after", "amid", "following"})

# Nouns that count the people a protest is by: "THOUSANDS of miners".
QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "group", "crowd", "number"})

# Words that make a protest a whole country's: "a GENERAL strike", "NATIONWIDE protests".
NATIONWIDE_WORDS = frozenset({"general", "national", "nationwide", "countrywide"})


# What a protest is against: "a march AGAINST pension reform", "protests OVER wages".
GRIEVANCE_PREPOSITIONS = frozenset({"against", "over"})


def _crowd_actor(trigger: Trigger, args: Arguments, index: MentionIndex) -> Arguments:
    """A protest nobody is named for ("demonstrations also took place IN
    MOMBASA") is by protesters of the country where it happens."""
    token = trigger.token
    scope = _argument_scope(trigger)
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        scope.append(token.head)  # "protests turned violent IN THE CAPITAL"
    if token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in token.children):
        scope.append(token.head)  # "drivers parked their lorries NEAR SAGAMU, PROTESTING against ..."
    occupied: list[Token] = []
    if (token.dep_ == "pobj" and token.head.lower_ in ACCOMPANYING_PREPOSITIONS
            and token.head.head.pos_ == "VERB"):
        scope.append(token.head.head)  # "47 were arrested IN NAIROBI after a MARCH"
    # "dockworkers AT MOMBASA walked off the job", "a strike by dockworkers
    # AT KENYA'S MOMBASA PORT": where those named as protesting are
    verb = token.head.head if token.dep_ == "pobj" and token.head.head.pos_ == "VERB" else token
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and any(
            c.dep_ == "poss" and c.lower_ in ("their", "its") for c in token.children):
        verb = token.head  # "truck drivers KEPT UP their blockade": theirs
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for subject in subjects:  # "went on STRIKE"
        # "THOUSANDS of miners at the mine": the people the quantity counts
        counted = subject.like_num or subject.lemma_.lower() in QUANTITY_NOUNS
        scope += [subject, *(o for p in subject.children if counted and p.dep_ == "prep"
                             and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    # "a strike BY DOCKWORKERS at Mombasa port"
    by_crowd = [o for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for o in p.children if o.dep_ == "pobj"]
    scope += by_crowd
    clause = next((t for t in (token, *token.ancestors) if t.pos_ == "VERB"), None)
    if clause is not None and clause.dep_ == "advcl" and clause.head.pos_ == "VERB":
        scope.append(clause.head)  # "trade AT MOMBASA slowed after dockers went on STRIKE"
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB":
        # "demonstrators packed the streets OF BELGRADE ... in a PROTEST":
        # the clause's verb, and the squares and streets it names
        verb = token.head.head
        scope.append(verb)
        occupied = [t for o in verb.children if o.dep_ == "dobj" for c in (o, *o.conjuncts) for t in c.subtree]
    crowd_nouns = [*subjects, *by_crowd]
    located = _place_country(scope, index) or next(
        ([_place_entity(place)] for t in occupied if (place := index.place_at(t)) is not None
         and place.location.country_code), []) or next(
        # "protests by RESIDENTS OF TAVUSH": where the crowd is from
        ([_place_entity(place)] for n in crowd_nouns for p in n.children
         if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children
         if o.dep_ == "pobj" and (place := index.place_at(o)) is not None
         and place.location.country_code), [])
    if not located:
        # "farmers protested OUTSIDE PARAGUAY'S CONGRESS": a crowd at
        # a state's own seat of government is of that state (not at its
        # embassy abroad)
        located = [e for t in (token, *scope) for p in t.children if p.dep_ == "prep"
                   and p.lower_ in SEAT_PREPOSITIONS for o in p.children
                   if o.dep_ == "pobj" and o.lemma_.lower() in HOME_SEATS
                   for c in o.children if c.dep_ == "poss"
                   for e in phrase_entities(c, index, places=False) if e.country and not e.org][:1]
    country = located[0].country if located else None
    if not located and any(
            (c.dep_ in ("amod", "compound") and c.lower_ in NATIONWIDE_WORDS)
            or (c.dep_ == "poss" and c.ent_type_ == "DATE") for c in token.children):
        # "Thursday's GENERAL strike": a whole country's; "during TUESDAY'S
        # protests against a fuel levy": a known protest of the country the
        # article is about
        country = dominant_country(index.actors)
    if not country and (args.actor or any(t.tag_ == "NNS" for t in (*subjects, *by_crowd)) or (
            token.pos_ == "NOUN" and trigger.entry.mode == "demo"
            and any(c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPOSITIONS
                    for c in token.children))
            # "on a DAY of protest that paralysed parts of the Belgian capital"
            or token.dep_ == "pobj" and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in DURATION_NOUNS):
        # "trucks were stranded IN NORTHERN PERU after protesting FARMERS cut
        # off the highway", "factories IN GAZIPUR closed after protests BY
        # WORKERS", "clashes IN PARIS at the end of a MARCH AGAINST
        # pension reform": a crowd or a protest with no place of its own is of
        # the one country its sentence names (not "the dollar hit a low in New
        # York before RALLYING")
        # (else, for a crowd named as protesting, of the one state it calls
        # by name: "factories in BANGLADESH's Gazipur hub closed after
        # protests BY WORKERS")
        located = _sentence_country(token, index) or (
            _sentence_state(token, index, by_name=True) if by_crowd else [])
        country = located[0].country if located else None
    if not country:
        return args
    # "dock workers went on strike": the group named, of that country (as
    # in _located_actors)
    crowd = [replace(e, country=country, resolved_by="events:place-of-event") for e in args.actor] or [
        Entity(text="", name="protesters", country=country, sector="CVL", type="group",
               resolved_by="events:protest-place")]
    return replace_args(args, actor=crowd, actor_how="place",
                        recipient=[e for e in args.recipient if e.country != country or e.sector])


def _attack_means(verb: Token, cues: Cues) -> Token | None:
    """The weapon or attack that is the grammatical author of a violent act
    ("a roadside BOMB killed", "were killed BY a car bomb", "died IN an
    explosion"), when it is one of the cue list's means of attack."""
    means = cues.local_attack_means | cues.remote_attack_means
    if verb.pos_ in ("NOUN", "PROPN"):
        # "the death toll from Tuesday's BOMBING of an army convoy": the
        # attack noun is its own means
        return verb if _is_means(verb, means, cues, lethal=_lethal_setting(verb)) else None
    passive = passive_like(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    children = list(verb.children)
    if verb.dep_ in ("advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        # "a bomb went off at a checkpoint, KILLING three officers"
        children += [c for c in verb.head.children if c.dep_ == "nsubj"]
    for child in children:
        candidates = []
        if child.dep_ == "nsubj" and child.tag_ == "WDT" and verb.dep_ == "relcl":
            candidates = [verb.head]  # "a drone strike THAT killed 19 people"
        elif child.dep_ == "nsubj" and misread_subject_participle(verb) != child:
            candidates = [child]  # (not "the AIRCRAFT brought down on Friday had been ...")
        elif child.dep_ == "agent" or (passive and child.dep_ == "prep" and child.lower_ in ("in", "by")):
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for head in candidates:
            if _is_means(head, means, cues, lethal=verb.lemma_.lower() in LETHAL_VERBS):
                return head
    if passive and verb.lemma_.lower() in SELF_MEANS_VERBS and (
            any(c.dep_ == "nsubjpass" and _someone(c) for c in verb.children)
            or verb.dep_ == "acl" and _someone(verb.head)):
        # "two policemen WERE SHOT dead in Kirkuk": by a gun (not "the film
        # was shot"); "the pupils ABDUCTED from a school": by kidnappers
        return verb
    if passive and verb.lemma_.lower() in BOMBING_VERBS and (
            any(c.dep_ == "nsubjpass" and (_someone(c) or c.lemma_.lower() in cues.attack_targets)
                for c in verb.children)
            or verb.dep_ == "acl" and (_someone(verb.head) or verb.head.lemma_.lower() in cues.attack_targets)):
        # "a relief CONVOY WAS BOMBED", "the hospital was shelled": by bombs or shells
        return verb
    return None


# Words that make people nobody names attackers ("armed men", "masked men").
ARMED_WORDS = frozenset({"armed", "masked", "hooded", "unidentified", "unknown"})

# Nouns whose "from" phrase names what killed: "the death TOLL from Friday's attack".
TOLL_FROM_NOUNS = frozenset({"toll", "casualty", "fatality"})


def _lethal_setting(noun: Token) -> bool:
    """Whether an attack noun is what people died in: "the death toll FROM
    Friday night's attack", "400 people were KILLED IN Saturday's assault"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    return (prep.lower_ == "from" and prep.head.lemma_.lower() in TOLL_FROM_NOUNS
            or prep.lower_ == "in" and prep.head.lemma_.lower() in LETHAL_VERBS)


# Nouns of people: who "was shot" or "were stabbed" ("three PEOPLE were shot").
PEOPLE_NOUNS = frozenset({"people", "person", "man", "woman", "child", "boy", "girl", "policeman",
                          "officer", "police", "soldier", "troop", "protester", "demonstrator",
                          "student", "journalist", "worker", "resident", "villager", "civilian",
                          "farmer", "herder", "miner", "motorist", "passenger", "worshipper",
                          "pilgrim", "guard", "leader", "minister", "president", "politician",
                          "activist", "candidate", "tourist", "teacher", "doctor", "pupil",
                          "schoolchild", "schoolgirl", "schoolboy", "hostage", "traveller",
                          "traveler"})


def _someone(noun: Token) -> bool:
    """Whether a noun names a person or people: a name the model tags as a
    person, or a noun of people."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PEOPLE_NOUNS


# Acts done by hand that name how: in the passive with no agent ("was SHOT
# several times", "were STABBED", "40 residents had been ABDUCTED"), the act
# is its own means of attack.
SELF_MEANS_VERBS = frozenset({"shoot", "stab", "gun", "abduct", "kidnap", "behead"})

# Acts of bombing from the air or afar that, in the passive with no agent
# and said of people or a target of attacks ("a relief convoy WAS BOMBED"),
# are their own means, a remote one.
BOMBING_VERBS = frozenset({"bomb", "shell", "bombard", "strafe"})

# Verbs whose "in an attack" makes the attack violent: "soldiers KILLED in an attack".
LETHAL_VERBS = frozenset({"kill", "wound", "injure", "die", "murder", "slay"})


# "a car PACKED WITH EXPLOSIVES": any vehicle or object so described is a bomb.
LOADING_PARTICIPLES = frozenset({"load", "pack", "lade", "laden", "rig", "fill", "stuff", "loaded",
                                 "packed", "rigged"})
EXPLOSIVE_NOUNS = frozenset({"explosive", "explosives", "bomb", "dynamite", "tnt"})


def _loaded_with_explosives(noun: Token) -> bool:
    return any((c.dep_ == "acl" or c.dep_ == "amod") and c.lemma_.lower() in LOADING_PARTICIPLES
               and any(p.dep_ == "prep" and p.lower_ == "with"
                       and any(o.dep_ == "pobj" and o.lemma_.lower() in EXPLOSIVE_NOUNS
                               for o in p.children) for p in c.children)
               for c in noun.children)


# Words that make a strike or an explosion an accident or an act of nature.
ACCIDENT_WORDS = frozenset({"lightning", "gas", "boiler", "industrial", "accidental"})


def _is_means(noun: Token, means: frozenset[str], cues: Cues, *, lethal: bool = False) -> bool:
    """True for a noun of the means lists; a word that also names accidents
    or walkouts ("an explosion at a refinery", "lightning strikes at the
    port") only with a word that makes it an attack ("a BOMB blast", "a
    DRONE strike"), aimed at a target of attacks ("an attack ON A CONVOY"),
    or, for an attack or a strike, one that killed or wounded (``lethal``:
    "soldiers killed in an attack", not "died in an explosion")."""
    lemma = noun.lemma_.lower()
    if _loaded_with_explosives(noun):
        return True  # "a truck LOADED WITH EXPLOSIVES blew up"
    if lemma in ("man", "individual", "people", "person") and any(
            c.dep_ == "amod" and c.lower_ in ARMED_WORDS for c in noun.children):
        return True  # "ARMED MEN attacked a school", "MASKED MEN shot dead"
    if noun.pos_ == "PROPN" and noun.lower_.endswith("s") and noun.lower_[:-1] in means:
        lemma = noun.lower_[:-1]  # "ROCKETS slammed into ...": a plural the model took for a name
    if lemma not in means and noun.lower_ not in means:
        return False
    if lemma in cues.qualified_attack_means:
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCIDENT_WORDS for c in noun.children):
            return False  # "LIGHTNING strikes killed two farmers", "a GAS explosion"
        return (any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues.attack_qualifiers
                    for c in noun.children)
                # ("a STRIKE on Monday night killed 20 people": no walkout kills)
                or lethal and lemma in ("attack", "assault", "strike")
                or any(p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in cues.attack_targets
                    for o in p.children) for p in noun.children))
    return True


# Participles by which a weapon names what launched it, and launchers that
# name whose it is: "a missile FIRED FROM a RUSSIAN WARSHIP" (not "fired from
# Gaza", a place that names no one who fired).
LAUNCHING_PARTICIPLES = frozenset({"fire", "launch", "drop"})
LAUNCHERS = frozenset({"aircraft", "plane", "jet", "drone", "helicopter", "warship", "ship", "vessel",
                       "submarine", "bomber", "fighter", "warplane", "destroyer", "frigate", "boat"})


def _claimed_attackers(means: Token, index: MentionIndex) -> list[Entity]:
    """Who a means of attack names as its author: "a US-LED bombing", "a
    raid BY US commandos", "a suicide bombing CLAIMED BY the Islamic State"."""
    found = [e for e in phrase_entities(means, index, places=False) if e.country or e.org]
    for child in means.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            found += [e for o in child.children if o.dep_ == "pobj"
                      for e in phrase_entities(o, index, places=False) if e.country or e.org]
        elif child.dep_ == "acl":
            found += [e for e in _agent_entities(child, index) if e.country or e.org]
            if child.lemma_.lower() in LAUNCHING_PARTICIPLES:
                # "missiles FIRED FROM an unmanned AMERICAN aircraft": the launcher's
                found += [e for p in child.children if p.dep_ == "prep" and p.lower_ == "from"
                          for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in LAUNCHERS
                          for e in phrase_entities(o, index, places=False) if e.country or e.org]
    return _unique(found)


def _agent_entities(participle: Token, index: MentionIndex) -> list[Entity]:
    """Whom a participle's "by" phrase names ("CLAIMED by the Islamic State")."""
    # "launched by NEIGHBOURING Lithuania": the model reads the adjective as
    # a gerund taking the name as its object.
    agents = [a for a in participle.children if a.dep_ == "agent"] or [
        # "sanctions IMPOSED on two ministers BY Britain": the parser hangs the
        # "by" phrase on the participle's prepositional object
        by for prep in participle.children if prep.dep_ == "prep" and prep.lower_ != "by"
        for pobj in prep.children if pobj.dep_ == "pobj"
        for by in pobj.children if by.dep_ == "prep" and by.lower_ == "by"]
    return [e for agent in agents
            for pobj in agent.children if pobj.dep_ in ("pobj", "pcomp")
            for head in ((pobj,) if pobj.dep_ == "pobj" else
                         (o for o in pobj.children if o.dep_ == "dobj"
                          and pobj.lower_ in NEIGHBOURING_WORDS))
            for e in phrase_entities(head, index, places=False)]


# Modes, and words, of acts only a state's authorities perform.
STATE_ONLY_MODES = frozenset({"curfew", "martial-law"})
STATE_ONLY_LEMMAS = frozenset({"pardon", "amnesty"})


# Adjectives the model may read as gerunds: "by neighbouring Lithuania".
NEIGHBOURING_WORDS = frozenset({"neighbouring", "neighboring"})


def _unclaimed_attack(trigger: Trigger, args: Arguments, index: MentionIndex, cues: Cues) -> Arguments:
    """An attack nobody is named for ("a roadside bomb near Samarra killed a
    US soldier") is by unidentified attackers, so that the act on its
    target is not lost. Attackers by bomb, gun or ambush are placed in the
    country where they struck (the usual reading of an unclaimed bombing);
    those by missile, drone or air strike are not, since such weapons are
    mostly fired from elsewhere."""
    means = _attack_means(trigger.token, cues)
    if means is None:
        return args
    claimed = _claimed_attackers(means, index)
    if claimed:
        return replace_args(args, actor=claimed, actor_how="means")
    # ("killed four soldiers and wounded three NEAR AFGOYE": conjoined acts share their setting)
    scope = [means, means.head, *_argument_scope(trigger), *trigger.token.conjuncts]
    if means is trigger.token:
        # "the bombing of a mosque IN MAIDUGURI": where its target is; "a
        # strike that killed 19 people at a market IN EL OBEID": where it hit
        scope += [o for p in means.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")
                  for o in p.children if o.dep_ == "pobj"]
        scope += [c for c in means.children if c.dep_ == "relcl"]
        if means.dep_ == "pobj" and means.head.lower_ in ("from", "of") and means.head.head.pos_ == "NOUN":
            # "the death toll from an air strike ON A MONASTERY in Sagaing":
            # the model hangs the target on the toll
            scope.append(means.head.head)
    located, place = _scope_place(scope, index)
    if not located and trigger.token.dep_ not in ("nsubj", "nsubjpass"):
        # "flights from PORT SUDAN stayed suspended after fuel tanks were hit
        # in a drone attack": with no place of its own, an attack lies in the
        # one country its sentence names (an attack noun that is the subject
        # of what it did, "a roadside BOMB killed ...", is left to that verb)
        # (not the state of its victims: "a drone attack that killed three
        # US soldiers" in Jordan)
        victims = replace_args(args, actor=args.recipient)
        located = (_not_own(_sentence_country(trigger.token, index), victims)
                   # "HAITI's council condemned the gang assault on the town
                   # of Mirebalais" (a town the gazetteer lacks): in the one
                   # state its sentence calls by name (not "on a route to the
                   # DOMINICAN border"), else the one country where all the
                   # article's places lie
                   or _not_own(_sentence_state(trigger.token, index, by_name=True), victims)
                   or _not_own(_article_country(index), victims))
    if not args.recipient:
        if not located:
            return args  # no target and nowhere: nothing to record
        args = replace_args(args, recipient=located, recipient_how="place")
    elif located and not any(e.country or e.org for e in args.recipient):
        # "killing three POLICE OFFICERS" at a checkpoint in Baidoa
        args = replace_args(args, recipient=[replace(e, country=located[0].country,
                                                     resolved_by="events:place-of-event")
                                             for e in args.recipient])
    if place is not None and args.destination is None:
        args = replace_args(args, destination=place)
    country = None
    # ("a DRONE attack": a remote means, however local its noun)
    remote = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues.remote_attack_means
                 for c in means.children) or means.pos_ == "VERB" and means.lemma_.lower() in BOMBING_VERBS
    if not remote and (means.lemma_.lower() in cues.local_attack_means or means.lower_ in cues.local_attack_means
                       or means.lemma_.lower() in SELF_MEANS_VERBS or _loaded_with_explosives(means)):
        country = located[0].country if located else None
    words = ([means] if means.pos_ == "VERB" and means.lemma_.lower() in BOMBING_VERBS
             else [t for t in means.subtree if t.dep_ not in ("prep", "relcl") and t.i <= means.i])
    attackers = Entity(text=" ".join(t.text for t in words) or means.text, name="unidentified attackers",
                       country=country, sector="UAF", type="group",
                       resolved_by=UNCLAIMED_LOCAL if country else UNCLAIMED_REMOTE)
    return replace_args(args, actor=[attackers], actor_how="means")


# Vehicles that carry aid, and the verbs by which they bring it somewhere:
# "the first aid CONVOY ENTERED the Gaza Strip", "TRUCKS carrying aid
# CROSSED into Syria", "relief FLIGHTS LANDED in Kingston".
AID_VEHICLES = frozenset({"convoy", "truck", "lorry", "flight", "plane", "aircraft", "ship", "vessel",
                          "boat", "helicopter", "train", "truckload", "shipment", "consignment"})
ARRIVAL_VERBS = frozenset({"enter", "cross", "arrive", "land", "reach", "roll", "move", "head",
                           "drive", "sail", "dock", "pass", "go", "leave", "depart", "set"})
# ... of which those that name where the vehicles go with "for" ("LEFT the
# Moscow region FOR eastern Ukraine", "SET off FOR Gaza").
VEHICLE_DEPARTURES = frozenset({"leave", "depart", "set", "head", "sail"})
UNNAMED_DONORS = "events:unnamed-donor"


def _aid_on_the_move(noun: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """Aid that vehicles bring into a country ("the first aid convoy entered
    the Gaza Strip from Egypt") is aid to that country; with no donor named,
    from donors nobody names, so that the delivery is not lost; a donor
    named on the vehicles ("UN trucks") is the donor."""
    moving = aid_mover(noun)
    if moving is None:
        return args
    vehicle, mover = moving
    departing = mover.lemma_.lower() in VEHICLE_DEPARTURES
    # (what a departing convoy leaves is where it comes from)
    destination = [] if departing else [e for o in mover.children if o.dep_ == "dobj"
                                        for e in phrase_entities(o, index)]
    towards = ("into", "to", "in", "at", "for") if departing else ("into", "to", "in", "at")
    destination = destination or [e for p in (*mover.children, *(c for x in mover.children if x.dep_ == "prt"
                                                                    for c in x.children))
                                  if p.dep_ == "prep" and p.lower_ in towards
                                  for o in p.children if o.dep_ == "pobj"
                                  for e in phrase_entities(o, index)]
    destination = _unique(e for e in destination if e.country or e.org)
    if not destination:
        return args
    if args.actor:
        return replace_args(args, recipient=destination, recipient_how="place")
    # ("UN trucks", "a convoy of six UN trucks", not "Syrian relief trucks"
    # bound for Syria)
    mentions = [index.actor_at(c) for c in vehicle.subtree if c.i < vehicle.i or c.dep_ in ("prep", "pobj")]
    owners = [m.entity for m in mentions if m is not None and (
        m.entity.org or m.entity.country and m.entity.country not in {d.country for d in destination})]
    donors = _unique(owners) or [Entity(text=vehicle.text, name="unnamed donors", type="group",
                                        resolved_by=UNNAMED_DONORS)]
    return replace_args(args, actor=donors, actor_how="means",
                        recipient=args.recipient or destination, recipient_how="place")


# Verbs of a participle clause by which a moving vehicle brings aid.
BRINGING_VERBS = frozenset({"bring", "carry", "deliver"})


def aid_mover(noun: Token) -> tuple[Token, Token] | None:
    """The vehicle that carries an aid noun and the verb that brings it
    somewhere ("the aid CONVOY ENTERED", "TRUCKS carrying aid began MOVING
    ashore"), or None."""
    vehicle = noun.head if noun.dep_ == "compound" else None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "carry" and noun.head.dep_ == "acl":
        vehicle = noun.head.head  # "trucks CARRYING humanitarian aid"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in BRINGING_VERBS and noun.head.dep_ == "advcl":
        # "a convoy ENTERED Madaya, BRINGING the first aid since October"
        vehicle = next((s for s in noun.head.head.children if s.dep_ == "nsubj"), None)
    if (vehicle is not None and vehicle.dep_ == "pobj" and vehicle.head.lower_ == "of"
            and vehicle.head.head.lemma_.lower() in AID_VEHICLES):
        vehicle = vehicle.head.head  # "a CONVOY of 280 trucks carrying aid"
    if vehicle is None or vehicle.lemma_.lower() not in AID_VEHICLES or vehicle.dep_ != "nsubj":
        return None
    mover = vehicle.head
    if mover.lemma_.lower() not in ARRIVAL_VERBS:
        mover = next((x for x in mover.children if x.dep_ == "xcomp"
                      and x.lemma_.lower() in ARRIVAL_VERBS), mover)  # "began MOVING ashore"
    return (vehicle, mover) if mover.lemma_.lower() in ARRIVAL_VERBS else None


# Sectors of the authorities who report the arrests they make: police and
# courts (not a government, which as often speaks of its citizens detained
# abroad: "French officials said a French citizen detained last week ...").
AUTHORITY_SECTORS = frozenset({"COP", "JUD", "SPY"})


def _reporting_authority(token: Token, index: MentionIndex, cues: Cues,
                         released: Sequence[Entity] = ()) -> list[Entity]:
    """The state of the police or court whose statement reports an
    agentless detention ("Tanzanian police said ... X, detained at a rally
    ..."); or of the government whose statement reports that people of one
    other state, ``released``, were freed ("CHINA's foreign ministry said
    the two CANADIANS had been released")."""
    speech = next((a for a in token.ancestors if a.pos_ == "VERB"
                   and a.lemma_.lower() in cues.speech_verbs), None)
    if speech is None:
        return []
    homes = {e.country for e in released}
    sectors = AUTHORITY_SECTORS | ({"GOV"} if len(homes) == 1 and None not in homes else set())
    states = {e.country for c in speech.children if c.dep_ == "nsubj"
              for e in phrase_entities(c, index, places=False)
              if e.country and e.sector in sectors and e.country not in homes}
    return [_state_entity(next(iter(states)), "events:reporting-authority")] if len(states) == 1 else []


def _state_left(trigger: Trigger, index: MentionIndex, cues: Cues) -> list[Entity]:
    """The state that those an expulsion names must leave, where its
    complement names it: "given two weeks to leave SWEDEN"."""
    return [replace(e, sector="GOV", resolved_by="events:state-left")
            for x in trigger.consumed if x.lemma_.lower() in cues.departure_verbs
            for o in x.children if o.dep_ == "dobj" and o.pos_ == "PROPN"  # (not "the country")
            for e in phrase_entities(o, index) if e.country and not e.org][:1]


def _host_state(token: Token, args: Arguments, index: MentionIndex) -> list[Entity]:
    """The one state ``token``'s sentence names besides the expelled ones'
    ("BURKINA FASO's junta accused three French diplomats, who were declared
    persona non grata"): who expels them."""
    expelled = {e.country for e in args.recipient if e.country}
    states = [code for code in _sentence_states(token, index) if code not in expelled]
    return [_state_entity(states[0], "events:host-state")] if len(states) == 1 else []


# Prepositions by which a clause happens within an event: "DURING a protest".
SETTING_PREPOSITIONS = frozenset({"during"})


# Nouns of a two-sided handover: "under an exchange deal", "in Friday's swap".
EXCHANGE_NOUNS = frozenset({"exchange", "swap"})


def _exchanging_states(token: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """An exchange nobody is named for ("147 Russian servicemen had been
    returned from territory controlled by Kiev under an exchange deal") is
    between the two states its sentence names, when it names two; in a
    sentence that names more, between the two its exchange's own phrase
    names ("the UAE's mediation had secured the release of prisoners in
    RUSSIA-UKRAINE exchanges")."""
    states = _sentence_states(token, index)
    if len(states) > 2:
        states = list(dict.fromkeys(
            m.entity.country for t in token.sent if t.lemma_.lower() in EXCHANGE_NOUNS
            for m in index.actors if m.entity.country and not m.entity.org
            and t.left_edge.idx <= m.span[0] and m.span[1] <= t.right_edge.idx + len(t.right_edge)))
    if len(states) != 2:
        return args
    parties = [_state_entity(code, "events:exchanging-states") for code in states]
    return replace_args(args, actor=parties, recipient=parties, actor_how="sentence",
                        recipient_how="symmetric")


def _sentence_state(token: Token, index: MentionIndex, *, by_name: bool = False) -> list[Entity]:
    """The state of the actors ``token``'s sentence names, when they are all
    of one state ("EGYPTIAN rights groups welcomed the pardon"); with
    ``by_name``, of the states it calls by name (``_sentence_states``)."""
    states = _sentence_states(token, index, by_name=by_name)
    return [_state_entity(states[0], "events:sentence-state")] if len(states) == 1 else []


def _sentence_states(token: Token, index: MentionIndex, *, by_name: bool = False) -> list[str]:
    """The states of the actors ``token``'s sentence names ("RUSSIAN
    servicemen", "Kyiv"), in text order, once each; with ``by_name``, only
    those it calls by a name the tagger reads as a place ("HAITI's
    council"), not by an adjective ("the DOMINICAN border")."""
    sent, doc = token.sent, token.doc
    return list(dict.fromkeys(
        m.entity.country for m in index.actors
        if sent.start_char <= m.span[0] < sent.end_char and m.entity.country and not m.entity.org
        and (not by_name or ((span := doc.char_span(*m.span, alignment_mode="expand")) is not None
                             and span[0].ent_type_ == "GPE"))))


def _arrested_person(token: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """The person an arrest names by name only ("authorities arrested RUTH
    LÓPEZ, a lawyer"), whom the knowledge base does not know, as its target
    of no known country (a state's own citizen as often as a foreigner), so
    that reports of the arrest can be told by whom it took."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objects:
        if obj.ent_type_ != "PERSON" or index.actor_at(obj) is not None:
            continue
        span = next((e for e in token.doc.ents if e.label_ == "PERSON" and e.start <= obj.i < e.end),
                    None)
        if span is None:
            continue
        person = Entity(text=span.text, name=span.text, type="person",
                        resolved_by="events:arrested-person")
        return replace_args(args, recipient=[person], recipient_how="direct")
    return args


def _relative_pronoun_entities(pronoun: Token, index: MentionIndex) -> list[Entity]:
    """Who a relative pronoun that undergoes its clause's act stands for:
    "lawyer Ruth López, WHO was detained at her home" is Ruth López."""
    if pronoun.tag_ not in ("WP", "WDT") or pronoun.head.dep_ != "relcl":
        return []
    antecedent = _relative_antecedent(pronoun)
    mention = index.actor_at(antecedent) if antecedent is not None else None
    return [mention.entity] if mention is not None else []


def _state_entity(code: str, rule: str) -> Entity:
    """A state's government, found by what a sentence says of a state."""
    return Entity(text="", name=state_name(code), country=code, sector="GOV", type="state",
                  kb_id=f"state:{code}", resolved_by=rule)


def _sentence_country(token: Token, index: MentionIndex,
                      speech_verbs: frozenset[str] = frozenset()) -> list[Entity]:
    """The state of the places ``token``'s sentence names, when they all lie
    in one country; not counting where the speaker of a statement that
    reports it is, for a verb of ``speech_verbs`` ("a U.N. spokesman IN NEW
    YORK said the troops, seized on Wednesday, were unharmed")."""
    sent = token.sent
    speakers = [s for a in token.ancestors if a.lemma_.lower() in speech_verbs
                for s in a.children if s.dep_ == "nsubj"]
    return _one_country([m for m in index.places if sent.start_char <= m.span[0] < sent.end_char
                         and not _modifier_place(m, sent)
                         and not any(s.left_edge.idx <= m.span[0] < s.right_edge.idx + len(s.right_edge)
                                     for s in speakers)], "events:sentence-country")


def _deporting_state(token: Token, authority: list[Entity], args: Arguments,
                     index: MentionIndex) -> tuple[list[Entity], Arguments]:
    """Who deports, and whom: the state they are sent FROM ("deported from
    FRANCE"), which is then no recipient; else ``authority`` but for the
    state they are sent TO ("two men were deported TO ALGERIA")."""
    sent_from = [replace(_place_entity(place), sector="GOV", resolved_by="events:place-authority")
                 for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj"
                 if (place := index.place_at(o)) is not None and place.location.country_code]
    if not sent_from:
        sent_to = {e.country for e in args.recipient if e.country}
        return [e for e in authority if e.country not in sent_to], args
    deporters = {e.country for e in sent_from}
    return sent_from, replace_args(args, recipient=[e for e in args.recipient
                                                    if not (e.type == "state" and e.country in deporters)])


def _word_part(token: Token) -> bool:
    """A name joined by a hyphen to the word it modifies ("GAZA-bound",
    "MOSCOW-based")."""
    return token.i + 2 < len(token.doc) and token.nbor().tag_ == "HYPH" and token.head.i == token.i + 2


def _modifier_place(place: PlaceMention, sent: Span) -> bool:
    """A place name that says whose people or things are meant ("the three
    KOSOVO policemen detained near the border") or where they come from, or
    is part of a word ("the GAZA-bound flotilla", "a MOSCOW-based group"),
    not where."""
    span = sent.doc.char_span(*place.span, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None:
        return False
    if _word_part(last):
        return True
    if any(a.dep_ == "prep" and a.lower_ == "from" and a.head.pos_ in ("NOUN", "PROPN")
           for a in last.ancestors):
        return True  # where people come from: "bus drivers FROM the Israeli town of MODIIN"
    return place.location.resolution == 1 and last.dep_ in ("compound", "amod") and last.head.pos_ == "NOUN"


def _article_country(index: MentionIndex) -> list[Entity]:
    """The state of the places an article names, when they all lie in one
    country."""
    return _one_country(index.places, "events:article-country")


def _one_country(places: Sequence[PlaceMention], resolved_by: str) -> list[Entity]:
    """The state of ``places``, when they all lie in one country."""
    inside = [m for m in places if m.location.country_code]
    if len({m.location.country_code for m in inside}) != 1:
        return []
    return [replace(_place_entity(inside[0]), resolved_by=resolved_by)]


UNCLAIMED_LOCAL = "events:unclaimed-attack"
UNCLAIMED_REMOTE = "events:unclaimed-attack-remote"


# Predicates that rule out the act their clausal subject names: "removing
# sanctions IS OUT OF THE QUESTION", "a withdrawal IS UNACCEPTABLE".
RULING_OUT_ADJECTIVES = frozenset({"unacceptable", "unthinkable", "impossible", "inconceivable"})


def _ruled_out(verb: Token) -> Token | None:
    """The "be" of a predicate that rules out ``verb``'s act, when ``verb``
    is its clausal subject."""
    if verb.dep_ != "csubj" or verb.head.lemma_ != "be":
        return None
    be = verb.head
    for child in be.children:
        if child.dep_ == "acomp" and child.lower_ in RULING_OUT_ADJECTIVES:
            return be
        if child.dep_ == "prep" and child.lower_ in ("out", "off") and any(
                t.lower_ in ("question", "table") for t in child.subtree):
            return be
    return None


def _stated_refusal(anchor: Token, rule: LexiconEntry, cues: Cues) -> bool:
    """True for a cooperative act negated with a modal of intent ("will not
    accept", "won't attend", "would never recognise") or in the present
    tense ("DOES NOT recognise the ruling", "NEITHER accepts NOR
    recognises it"): a stand taken, not an act that did not happen."""
    if rule.quad_code not in (1, 2):
        return False
    children = list(anchor.children)
    intent = any(c.dep_ == "aux" and c.lower_ in (cues.future_auxiliaries | {"would"}) for c in children)
    negated = any(c.dep_ == "neg" for c in children)
    if intent and negated:
        return True
    first = anchor.head if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB" else anchor
    stance = any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP")
                 for c in first.children) and (negated or any(c.dep_ == "neg" for c in first.children))
    neither = anchor.tag_ in ("VBZ", "VBP") and any(
        c.lower_ in ("neither", "never") for c in (*children, *first.children))
    # "Guyana SAID it DID NOT RECOGNISE the results": the present stance,
    # told in the past of the saying
    backshifted = (negated and first.lemma_.lower() in STANCE_VERBS and first.dep_ == "ccomp"
                   and first.head.lemma_.lower() in cues.speech_verbs and first.head.tag_ == "VBD"
                   and any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ == "VBD"
                           for c in first.children))
    return stance or neither or backshifted


# Verbs of a standing position, whose negation in a reported past is a
# present refusal: "said it did not RECOGNISE the vote".
STANCE_VERBS = frozenset({"recognise", "recognize", "accept", "acknowledge"})


def find_obligations(sent: Span, rule: LexiconEntry, index: MentionIndex,
                     cues: Cues) -> list[tuple[Trigger, Arguments, Token]]:
    """Reported obligations: "Russia said Sudan MUST RETURN the helicopter"
    is a demand by the speaker (the actor) on the clause's subject (the
    recipient), as PLOVER codes it. The demand takes its factuality and
    date from the verb of speech."""
    found = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in cues.obligation_modals), None)
        if modal is None or _perfect(token):
            continue  # "must HAVE hurried" infers a past act, it obliges no one
        _, speech = clause_chain(token, cues)
        addressed: list[Token] = []
        if speech is None:
            # "issued a stern REMINDER to Iraq that it must cooperate": a
            # noun of speech, voiced by the subject of its verb.
            noun = token.head
            if not (token.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN"
                    and noun.lemma_.lower() in cues.speech_nouns and noun.dep_ == "dobj"):
                continue
            speech = noun.head
            addressed = [noun]
        # ("The Red Cross OPERATING in Iraq said": a participle the parser
        # made the subject hands it on to its own subject)
        speakers = [s for s in speech.children if s.dep_ == "nsubj"]
        speakers += [t for s in speakers if s.pos_ == "VERB" for t in s.children if t.dep_ == "nsubj"]
        actor = _unique(e for s in speakers for e in phrase_entities(s, index, places=False))
        recipient = _unique(e for s in token.children if s.dep_ in ("nsubj", "nsubjpass")
                            for e in _with_antecedent(s, phrase_entities(s, index, places=False), index))
        # "Macron said France must do more": a government speaking of its own
        # state exhorts itself; it demands nothing of another party.
        governing = {e.country for e in actor if e.sector == "GOV"}
        recipient = [e for e in recipient if (e.country or e.org) and e not in actor
                     and not (e.type == "state" and e.sector in (None, "GOV") and e.country in governing)]
        if not recipient:
            # "told Iraq (that) it must ...": the one addressed.
            recipient = _unique(
                e for node in (speech, *addressed) for c in node.children
                for o in ([c] if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" else
                          [p for p in c.children if p.dep_ == "pobj"] if c.dep_ in ("prep", "dative")
                          and c.lower_ == "to" else [])
                for e in phrase_entities(o, index, places=False))
        recipient = [e for e in recipient if e not in actor]
        if not actor or not recipient:
            continue
        args = Arguments(actor=actor, recipient=recipient, actor_how="direct", recipient_how="direct")
        found.append((Trigger(token, rule, (modal,)), args, speech))
    return found


def find_conditional_threats(sent: Span, rule: LexiconEntry, index: MentionIndex, cues: Cues,
                             acts: set[Token]) -> list[tuple[Trigger, Arguments, Token]]:
    """Force a state or body says will follow if another party acts: "Russia's
    envoy said Danish ships WOULD BE in the sights of Russian nuclear
    weapons IF Denmark joined the shield", "Trump said there WOULD BE all
    hell to pay IF the hostages were not released". A clause in the future
    or the conditional, under a verb of speech whose subject is a state or
    a body, with a condition ("if", "unless") and a word of force or
    reprisal (``cues.clash_words``) outside the condition, threatens
    (``rule``) the parties the condition asks to act (none named: no one in
    particular). Not where the clause's verb is itself an act the coder
    reads ("Turkey would STRIKE back if ...", "would SEND more weapons to
    Ukraine if ...": a stated intent, see ``stated_intent``) other than a
    threat ("would RESPOND firmly if"); dated and qualified by the verb of
    speech."""
    found = []
    for token in sent:
        modal = [c for c in token.children if c.dep_ == "aux"
                 and (c.lower_ in MODAL_AUXILIARIES or c.lower_ in cues.future_auxiliaries)][:1]
        if token.pos_ not in ("VERB", "AUX") or token in acts or not modal:
            continue
        conditions = [c for c in token.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in c.children)]
        if not conditions:
            continue
        _, speech = clause_chain(token, cues)
        if speech is None:
            continue
        inside = {t.i for c in conditions for t in c.subtree}
        # (the noun "force", not the verb: "would be FORCED to release them")
        clash = [t for t in token.subtree
                 if t.lemma_.lower() in cues.clash_words and t.i not in inside and t not in acts
                 and not (t.pos_ == "VERB" and t.lemma_.lower() == "force")]
        if not clash:
            continue
        actor = [e for e in _speakers(speech, index) if e.country or e.org]
        if not actor:
            continue
        own = _parties(actor)
        # (whoever the condition asks to act: its subject, or a passive's agent;
        # not those it is done to, "IF the hostages held in Gaza are not freed")
        doers = [o for c in conditions for d in c.children
                 for o in ([d] if d.dep_ == "nsubj" else [p for p in d.children if p.dep_ == "pobj"]
                           if d.dep_ == "agent" else [])]
        recipient = _unique(e for d in doers
                            for e in _with_antecedent(d, phrase_entities(d, index, places=False), index)
                            if (e.country or e.org) and _key(e) not in own)
        args = Arguments(actor=actor, recipient=recipient, actor_how="direct",
                         recipient_how="direct" if recipient else None)
        found.append((Trigger(token, rule, (*modal, clash[0])), args, speech))
    return found


def find_attributions(sent: Span, rule: LexiconEntry, index: MentionIndex, cues: Cues,
                      acts: set[Token]) -> list[tuple[Trigger, Arguments, Token]]:
    """Reported attributions of a hostile act: "Pompeo said Iran WAS
    RESPONSIBLE FOR the attacks", "Kyiv says Moscow IS BEHIND the strike"
    accuse (``rule``) the subject of "be", by the speaker, dated and
    qualified by the verb of speech. Only where what is attributed is one of
    the sentence's conflictual ``acts`` (the tokens of its triggers of
    verbal or material conflict): "is responsible for security" blames no
    one."""
    found = []
    for verb in sent:
        attributed = None
        if verb.lemma_ == "be":
            for word in verb.children:
                if word.dep_ == "acomp" and word.lower_ in cues.attribution_adjectives:
                    objects = [o for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "for"
                               for o in prep.children if o.dep_ == "pobj"]
                elif word.dep_ == "prep" and word.lower_ in cues.attribution_prepositions:
                    objects = [o for o in word.children if o.dep_ == "pobj"]
                else:
                    continue
                if any(o in acts or acts & set(o.conjuncts) for o in objects):
                    attributed = word
                    break
            if attributed is None and (certain := _certain_of(verb, acts, cues)) is not None:
                # "the United States WAS CONFIDENT THAT Iran CARRIED OUT the
                # attack": the one sure of it accuses the doer
                sure, doers = certain
                actor = _unique(e for s in verb.children if s.dep_ == "nsubj"
                                for e in _with_antecedent(s, phrase_entities(s, index, places=False), index)
                                if e.country or e.org)
                recipient = [e for e in _unique(e for d in doers for e in _with_antecedent(
                    d, phrase_entities(d, index, places=False), index)) if (e.country or e.org) and e not in actor]
                if actor and recipient:
                    found.append((Trigger(verb, rule, (sure,)),
                                  Arguments(actor=actor, recipient=recipient, actor_how="direct",
                                            recipient_how="direct"), clause_chain(verb, cues)[1]))
                continue
        elif verb.lemma_.lower() in cues.holding_verbs:
            # "Britain HOLDS China RESPONSIBLE for the cyberattack": the one
            # holding accuses, whether or not a verb of speech reports it
            attributed = _held_responsible(verb, cues, acts)
            if attributed is not None:
                actor = _unique(e for s in verb.children if s.dep_ == "nsubj"
                                for e in _with_antecedent(s, phrase_entities(s, index, places=False),
                                                          index))
                if not any(s.dep_ == "nsubj" for s in verb.children):
                    # "Washington upped the pressure BY HOLDING Russia responsible"
                    actor = _inherited_actor(verb, index, cues.support_verbs, noun=False)
                recipient = [e for e in _unique(_credited(attributed, index)) if e not in actor]
                if actor and recipient:
                    found.append((Trigger(verb, rule, (attributed,)),
                                  Arguments(actor=actor, recipient=recipient, actor_how="direct",
                                            recipient_how="direct"), clause_chain(verb, cues)[1]))
            continue
        elif verb.lemma_.lower() in cues.charge_verbs:
            # "declared that China IS COMMITTING GENOCIDE": a charge of an atrocity
            attributed = next((o for o in verb.children
                               if o.dep_ == "dobj" and _charged_crime(o, cues)), None)
        if attributed is None:
            continue
        _, speech = clause_chain(verb, cues)
        if speech is None:
            continue
        speakers = [s for s in speech.children if s.dep_ == "nsubj"]
        actor = _unique(e for s in speakers for e in phrase_entities(s, index, places=False))
        recipient = [e for e in _unique(
            e for s in verb.children if s.dep_ == "nsubj"
            for e in _with_antecedent(s, phrase_entities(s, index, places=False), index))
            if (e.country or e.org) and e not in actor]
        if actor and recipient:
            args = Arguments(actor=actor, recipient=recipient, actor_how="direct",
                             recipient_how="direct")
            found.append((Trigger(verb, rule, (attributed,)), args, speech))
    return found


# Prepositions that name whom a stance is toward: "all options are on the
# table REGARDING North Korea".
STANCE_TARGET_PREPOSITIONS = frozenset({"regarding", "concerning", "against", "toward", "towards"})


def _stance_speakers(token: Token, index: MentionIndex, cues: Cues) -> list[Entity]:
    """Who says the clause ``token`` stands in: the subject of its verb of
    speech ("Washington SAID all options were on the table"), if any."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        token = token.head  # (the clause of a subject is its verb's)
    _, speech = clause_chain(token, cues)
    if speech is None:
        return []
    return _unique(e for e in _speakers(speech, index) if e.country or e.org)


# Adjectives of certainty whose "that" clause, telling of another's hostile
# act, accuses its doer: "Washington is CONFIDENT that Iran carried out ...".
CERTAINTY_ADJECTIVES = frozenset({"confident", "certain", "convinced", "sure"})


def _certain_of(verb: Token, acts: set[Token], cues: Cues) -> tuple[Token, list[Token]] | None:
    """The adjective of certainty of "be" ("was CONFIDENT") and the subjects
    of its content clause, when that clause tells one of the sentence's
    conflictual ``acts`` ("that Iran CARRIED OUT last week's drone ATTACK"),
    not negated ("not sure that ...") nor a plan ("would strike")."""
    for word in verb.children:
        if word.dep_ != "acomp" or word.lower_ not in CERTAINTY_ADJECTIVES:
            continue
        if any(c.dep_ == "neg" for c in (*verb.children, *word.children)):
            return None
        for clause in (c for t in (word, verb) for c in t.children if c.dep_ == "ccomp"):
            told = [clause, *(o for o in clause.children if o.dep_ in ("dobj", "nsubjpass"))]
            if _modal(clause, cues) or not any(t in acts for t in told):
                continue
            doers = [c for c in clause.children if c.dep_ == "nsubj"]
            doers += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if doers:
                return word, doers
    return None


def _held_responsible(verb: Token, cues: Cues, acts: set[Token]) -> Token | None:
    """The attribution adjective of "held Moscow RESPONSIBLE for the strike"
    (a small clause, "holds China responsible", or a complement of the
    verb), when what it is for is one of the sentence's conflictual ``acts``."""
    for word in verb.children:
        if word.lower_ in cues.attribution_adjectives and word.dep_ in ("ccomp", "advcl", "oprd",
                                                                        "acomp", "xcomp"):
            objects = [o for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "for"
                       for o in prep.children if o.dep_ == "pobj"]
            if any(o in acts or acts & set(o.conjuncts) for o in objects):
                return word
    return None


def find_denunciations(sent: Span, rule: LexiconEntry, index: MentionIndex,
                       cues: Cues) -> list[tuple[Trigger, Arguments, None]]:
    """Another party's act called by a condemning word: "Beijing CALLED the
    US sanctions A PROVOCATION", "Moscow called the expulsions UNFRIENDLY",
    "Tehran DESCRIBED the sanctions AS economic TERRORISM" denounce
    (``rule``) the parties the described phrase names, by the verb's
    subject. "called the talks a success" denounces no one, nor does "called
    the situation dangerous", which names no party."""
    found = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.characterising_verbs:
            continue
        described = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
        if not described:
            continue
        thing = described[0]
        verdicts = described[1:] + [o for t in (verb, thing) for p in t.children
                                    if p.dep_ == "prep" and p.lower_ == "as"
                                    for o in p.children if o.dep_ == "pobj"]
        verdict = next((v for v in verdicts if _condemning(v, cues)), None)
        if verdict is None:
            continue
        actor = _unique(e for s in verb.children if s.dep_ == "nsubj"
                        for e in _with_antecedent(s, phrase_entities(s, index, places=False), index))
        own = _parties(actor)
        recipient = [e for e in _unique(phrase_entities(thing, index, places=False))
                     if (e.country or e.org) and _key(e) not in own]
        if actor and recipient:  # ("the expulsion of ITS diplomats" is no party of the act)
            args = Arguments(actor=actor, recipient=recipient, actor_how="direct",
                             recipient_how="direct")
            found.append((Trigger(verb, rule, (verdict,)), args, None))
    return found


def find_admissions(sent: Span, rule: LexiconEntry, index: MentionIndex, cues: Cues,
                    acts: set[Token]) -> list[tuple[Trigger, Arguments, None]]:
    """Admissions of one's own hostile act: "Iran's armed forces ADMITTED
    that they had shot down a Ukrainian plane", "the military ACKNOWLEDGED
    that a drone strike killed ten civilians", "Iran's ADMISSION that its
    military shot down the jet", "Russia admitted shooting down the plane"
    concede (``rule``), by the one admitting (the verb's subject, the
    noun's possessor), to the parties the act was done to; so does an
    admitted fault (``Cues.admitted_faults``: "acknowledged its MISTAKE",
    "Washington's admission of ERROR"), to no one named. What is admitted
    must be one of the sentence's ``acts`` (the tokens of its triggers of
    material conflict), done by the admitter's side or by no one named:
    "Iran acknowledged that Israeli jets struck the site" concedes nothing,
    nor does "admitted that talks had stalled"."""
    found = []
    for word in sent:
        lemma = word.lemma_.lower()
        if word.pos_ == "VERB" and lemma in cues.admission_verbs:
            admitters = [s for s in word.children if s.dep_ == "nsubj"]
            clauses = ("ccomp", "xcomp")
            objects = [c for c in word.children if c.dep_ == "dobj"]
        elif word.pos_ == "NOUN" and lemma in cues.admission_nouns:
            admitters = [s for s in word.children if s.dep_ == "poss"]
            clauses = ("acl", "ccomp", "relcl")
            objects = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
        else:
            continue
        actor = _unique(e for s in admitters
                        for e in _with_antecedent(s, phrase_entities(s, index, places=False), index))
        if not actor:
            continue
        own = _parties(actor)
        admitted = next((c for c in word.children if c.dep_ in clauses and c in acts), None)
        if admitted is not None and _done_by(admitted, own, index):
            recipient = [e for e in _unique(e for o in admitted.children if o.dep_ in ("dobj", "nsubjpass")
                                            for e in phrase_entities(o, index, places=False))
                         if (e.country or e.org) and _key(e) not in own]
        elif admitted is None and any(o.lemma_.lower() in cues.admitted_faults for o in objects):
            recipient = []  # "acknowledged its MISTAKE", "Washington's admission of ERROR"
        else:
            continue
        args = Arguments(actor=actor, recipient=recipient, actor_how="direct", recipient_how="direct")
        # (no words consumed: it is dated and placed by its own, and
        # "acknowledged that its air defences had brought down an airliner
        # ON WEDNESDAY" was later)
        found.append((Trigger(word, rule, ()), args, None))
    return found


def _done_by(act: Token, own: frozenset[str], index: MentionIndex) -> bool:
    """Whether an admitted act is told as done, by the admitter's side
    (``own``) or by no one named: its subject or a passive's agent ("its
    nationals were killed BY A US-LED STRIKE" is not), not a passive naming
    no doer, and neither negated nor modal ("acknowledged that it WOULD NOT
    impose sanctions")."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return False
    doing = [s for s in act.children if s.dep_ == "nsubj"] + [
        o for a in act.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not doing and any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children):
        return False
    # ("that ITS military shot down": the admitter's own, whoever else the
    # sentence names)
    doers = _parties(e for s in doing if _pronoun_of(s) is None
                     for e in phrase_entities(s, index, places=False) if e.country or e.org)
    return doers <= own


def _pronoun_of(subject: Token) -> Token | None:
    """The pronoun a subject is, or is owned by: "THEY had shot down", "ITS
    military shot down"."""
    if subject.lower_ in PRONOUNS | PERSONAL_PRONOUNS:
        return subject
    owned = [subject]
    if _partitive_head(subject):
        # "TEN OF ITS drones carried out the attack"
        owned += [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    return next((c for t in owned for c in t.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)


def _condemning(word: Token, cues: Cues) -> bool:
    """A condemning word (``Cues.condemning_words``) or a phrase it
    qualifies: "A PROVOCATION", "UNFRIENDLY and illegal", "a DESTABILISING
    attempt", "an ACT OF AGGRESSION"."""
    readings = {r for w in (word, *word.conjuncts) for r in _noun_readings(w, "of")}
    readings |= {m.lower_ for w in (word, *word.conjuncts) for m in w.children
                 if m.dep_ in ("amod", "compound")}
    return bool(readings & cues.condemning_words)


def _charged_crime(noun: Token, cues: Cues) -> bool:
    """An atrocity a charge names (``Cues.charge_nouns``): "genocide", "WAR
    crimes", "crimes AGAINST HUMANITY", "ETHNIC cleansing"."""
    return bool(_noun_readings(noun, "against") & cues.charge_nouns) or any(
        _charged_crime(c, cues) for c in noun.conjuncts if c.i > noun.i)


def _noun_readings(noun: Token, preposition: str) -> set[str]:
    """How a cue list may name a noun: its lemma (and word), with a modifier
    ("WAR crime"), or with the object of ``preposition`` ("crime AGAINST
    HUMANITY", "act OF AGGRESSION"), all lemmas."""
    lemma = noun.lemma_.lower()
    readings = {lemma, noun.lower_}
    readings |= {f"{m.lower_} {lemma}" for m in noun.children if m.dep_ in ("amod", "compound")}
    readings |= {f"{lemma} {preposition} {o.lemma_.lower()}" for p in noun.children
                 if p.dep_ == "prep" and p.lower_ == preposition for o in p.children if o.dep_ == "pobj"}
    return readings


# Categories of agreements: their nouns ("deal", "treaty") name, after
# "under", the terms of one already made; their "with" phrase names the
# partner, so a place is only where it was reached.
AGREEMENT_EVENTS = frozenset({"AGREE", "SUPPORT"})


def _of_after_place(noun: Token, index: MentionIndex) -> list[Token]:
    """The objects of an "of" phrase the model hung on the place of an
    event noun's "in/at" phrase ("the detention in Beijing OF a former
    diplomat") rather than on the noun."""
    return [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            for place in prep.children if place.dep_ == "pobj" and index.place_at(place) is not None
            for of in place.children if of.dep_ == "prep" and of.lower_ == "of"
            for o in of.children if o.dep_ == "pobj" and index.place_at(o) is None]


def _code_trigger(
    trigger: Trigger, sent: Span, article: Article, index: MentionIndex,
    timexes: Sequence[Timex], published: dt.date | None, cues: Cues, home: str | None, order: int,
    *, args: Arguments | None = None, context: Token | None = None,
    rules: CodingRules, headline: Sequence[Event] = (), actorless: bool = False,
) -> _Draft | None:
    """One event mention. ``args`` and ``context`` (the word whose clause
    gives factuality, date and claimant) are given for derived events such
    as reported obligations; otherwise they come from the trigger. A mention
    whose actor nobody names is dropped, unless ``actorless`` asks for it
    (``code_events``: unattributed mentions)."""
    if (trigger.entry.pos == "NOUN" and trigger.entry.event in AGREEMENT_EVENTS and trigger.token.dep_ == "pobj"
            and trigger.token.head.lower_ == "under" and context is None):
        return None  # "UNDER THE DEAL, Iran will cut ...": the terms of one made, no new one
    if (trigger.entry.event == "PROTEST" and trigger.token.lemma_.lower() == "strike"
            and trigger.token.dep_ in ("nsubj", "nsubjpass") and trigger.token.head.lemma_.lower() in LETHAL_VERBS
            and (force := rules.state_readings.get(trigger.entry.id)) is not None):
        # "Monday's STRIKES KILLED 20 people": no walkout kills, whoever struck
        trigger = dataclasses.replace(trigger, entry=dataclasses.replace(force, pos=trigger.entry.pos))
    args = args or find_arguments(trigger, index, cues.support_verbs, cues, rules.frames)
    if not args.actor and trigger.entry.id in cues.speaker_entries:
        # "all OPTIONS are on the table, Gantz said": a stance of the
        # speaker's, toward whom its phrase names ("REGARDING North Korea")
        actor = _stance_speakers(trigger.token, index, cues)
        predicate = trigger.token.head
        said_of = [trigger.token, predicate, *(o for p in predicate.children if p.dep_ == "prep"
                                               for o in p.children if o.dep_ == "pobj")]
        toward = [e for t in said_of for p in t.children
                  if p.dep_ == "prep" and p.lower_ in STANCE_TARGET_PREPOSITIONS
                  for o in p.children if o.dep_ == "pobj"
                  for e in phrase_entities(o, index, places=False)
                  if (e.country or e.org) and e not in actor]
        args = replace_args(args, actor=actor, recipient=args.recipient or _unique(toward))
    ordered = _agentless_participles(trigger.token) if trigger.entry.pos == "NOUN" else []
    taken = light_verb(trigger) if trigger.entry.pos == "NOUN" and trigger.entry.governed_by else None
    # "95 Ukrainians were freed in the SWAP": by both states (below)
    exchanged = trigger.token.lemma_.lower() in EXCHANGE_NOUNS or (
        trigger.entry.event == "RETREAT"
        and any(t.lemma_.lower() in EXCHANGE_NOUNS for t in trigger.token.sent))
    # "the detention in Beijing OF former Canadian diplomat Michael
    # Kovrig", the "of" phrase hung on the place: who was held
    held_of = _of_after_place(trigger.token, index) if trigger.entry.pos == "NOUN" else []
    if (not args.actor and listed(trigger.entry, cues.place_authority_events) and not exchanged
            # ("the largest ship ever seized BY THE GANGS": a doer is named)
            and not any(c.dep_ == "agent" for c in trigger.token.children)
            and (trigger.entry.mode != "release" or _people_released(trigger.token, index))
            and (passive_like(trigger.token) or patient_possessive(trigger.token, cues.patient_nouns)
                 or _undergone_subject(trigger)
                 or ordered or (taken is not None and passive_like(taken)) or held_of
                 or (trigger.entry.pos == "NOUN" and (undergone(trigger.token) or any(
                     p.dep_ == "prep" and p.lower_ == "of" for p in trigger.token.children))))):
        # "a journalist detained IN IRAN", "the arrest OF an American soldier
        # in Russia's Far East", "X was TAKEN into CUSTODY in central
        # Tbilisi", "a curfew ORDERED on Monday took effect across Guayas":
        # only a state's authorities detain, so those of the country where
        # it happened are the actor.
        token = trigger.token
        clause = [token.head] if ordered and token.dep_ in ("nsubj", "nsubjpass") else []
        if trigger.entry.mode == "expel" and (left := _state_left(trigger, index, cues)):
            # "an official at Iran's embassy has been given two weeks to
            # leave SWEDEN": the state they must leave expels them, and the
            # other state the sentence names is theirs
            authority = left
            others = [code for code in _sentence_states(token, index) if code not in _parties(left)]
            args = replace_args(args, recipient=[_state_entity(code, "events:expelled-state")
                                                 for code in others if len(others) == 1])
        elif trigger.entry.mode == "expel":
            # "three French diplomats, who were declared persona non grata":
            # by the one other state the sentence names (not where its other
            # acts happened: "after the arrest IN FRANCE of an Algerian")
            authority = _host_state(token, args, index)
        else:
            authority = [replace(e, sector="GOV", resolved_by="events:place-authority")
                         for e in _place_country([*_argument_scope(trigger), *ordered, *clause, *(
                             o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"), *_subject_participles(token)],
                             index)
                         # "the detention of ISTANBUL's mayor", "X, who was
                         # detained at his home" by "a HARARE magistrate": the
                         # one country the sentence's places lie in
                         or _sentence_country(token, index, cues.speech_verbs)
                         # "TANZANIAN POLICE said X, detained at a rally the
                         # previous day, ...": the authorities who report it
                         or _reporting_authority(token, index, cues, released=(
                             args.recipient if trigger.entry.mode == "release" else ()))]
        held = [e for o in held_of for e in phrase_entities(o, index, places=False)]
        if trigger.entry.mode == "deport":
            authority, args = _deporting_state(token, authority, args, index)
        args = replace_args(args, actor=authority, actor_how="place",
                            recipient=held or [e for e in args.recipient if e not in authority])
    if not args.actor and trigger.entry.event == "SANCTION" and passive_like(trigger.token):
        # "18 people who are BARRED from entering the United States",
        # "Americans BANNED from Russia": only the state kept out of bars
        barring = _barring_states(trigger, index)
        if barring:
            args = replace_args(args, actor=barring, actor_how="place",
                                recipient=[e for e in args.recipient if _key(e) not in _parties(barring)])
    if not args.actor and (trigger.entry.mode in STATE_ONLY_MODES
                           or trigger.token.lemma_.lower() in STATE_ONLY_LEMMAS):
        # "a curfew ordered the previous day took effect across Guayas
        # province" (however the model parses it), "relatives greeted
        # detainees freed under a presidential PARDON": only a state
        # imposes a curfew or pardons, that of the place the sentence names,
        # else of the one state it names
        authority = [replace(e, sector="GOV", resolved_by="events:place-authority")
                     for e in _place_country(_argument_scope(trigger), index)
                     or _sentence_country(trigger.token, index, cues.speech_verbs)
                     or _sentence_state(trigger.token, index)]
        args = replace_args(args, actor=authority, actor_how="place")
    if not args.actor and exchanged:
        args = _exchanging_states(trigger.token, args, index)
    if trigger.entry.event == "PROTEST" and not any(
            e.country or e.org or e.sector in UNLOCATED_SECTORS for e in args.actor):
        args = _crowd_actor(trigger, args, index)
    if not args.actor and trigger.entry.event == "ASSAULT":
        args = _unclaimed_attack(trigger, args, index, cues)
    if trigger.entry.event == "AID" and trigger.entry.pos == "NOUN" and not (args.actor and args.recipient):
        args = _aid_on_the_move(trigger.token, args, index)
    ruled_out = _ruled_out(trigger.token) if rules.refusal is not None and trigger.entry.quad_code in (1, 2) else None
    if ruled_out is not None:
        # "US officials said that removing the sanctions on Burma IS OUT OF
        # THE QUESTION": the speaker refuses the act (PLOVER REJECT)
        _, speech = clause_chain(ruled_out, cues)
        speaker = _subject_entities(speech, index, "xcomp") if speech is not None else []
        if not speaker:
            ruled_out = None
        else:
            args = replace_args(args, actor=speaker, actor_how="inherited")
    if (not args.actor and trigger.entry.event == "SANCTION" and trigger.entry.pos == "NOUN"
            and trigger.token.dep_ in ("nsubj", "nsubjpass") and args.recipient):
        # "Trump said tariffs on Chinese goods WOULD RISE on Friday": a
        # measure another state's leader says is coming is his side's
        speaker = _warning_speaker(trigger.token.head, args.recipient, index, cues)
        if speaker:
            args = replace_args(args, actor=speaker, actor_how="inherited")
    if not args.actor and headline:
        args = _headline_actor(trigger, args, headline, index)
    if not args.actor and not actorless:
        return None
    if not args.recipient and trigger.entry.mode == "arrest":
        args = _arrested_person(trigger.token, args, index)
    rule, token = trigger.entry, trigger.token
    state_reading = rules.state_readings.get(rule.id)
    if state_reading is not None and (_acts_as_state(args) or _aimed(token, cues.attack_targets)
                                      or _abroad(trigger, args, index)
                                      or _armed_setting(token, args, cues)):
        rule = dataclasses.replace(state_reading, pos=rule.pos)  # "the expected US STRIKE": no walkout
    police_reading = rules.police_readings.get(rule.id)
    if police_reading is not None and args.actor and all(e.sector == "COP" for e in args.actor):
        rule = dataclasses.replace(police_reading, pos=rule.pos)  # "ABDUCTED by security forces"
    government_reading = rules.government_readings.get(rule.id)
    if government_reading is not None and args.actor and all(
            e.type == "state" or e.sector == "GOV" for e in args.actor):
        # "Tokyo strongly PROTESTED against the landing of Chinese missiles":
        # a government's complaint, not a demonstration
        rule = dataclasses.replace(government_reading, pos=rule.pos)
    court_reading = rules.court_readings.get(rule.id)
    if court_reading is not None and args.actor and all(e.sector == "JUD" and e.country for e in args.actor):
        # "a Turkish court ORDERED the pastor's RELEASE": a state's court
        # releases whom its state holds (an international one only asks)
        rule = dataclasses.replace(court_reading, pos=rule.pos)
    crowd_reading = rules.crowd_readings.get(rule.id)
    if crowd_reading is not None and args.actor and all(e.sector in CROWD_SECTORS and e.type == "group"
                                                        for e in args.actor):
        # "protesters STORMED the embassy", "Iranian STUDENTS stormed British compounds"
        rule = dataclasses.replace(crowd_reading, pos=rule.pos)
    settled_reading = rules.settled_readings.get(rule.id)
    if settled_reading is not None and _settled(token):
        # "a truce AGREED on Saturday between the army and the rebels",
        # "Oman BROKERED a ceasefire between the US and the Houthis": their
        # agreement, not the truce declared
        rule = dataclasses.replace(settled_reading, pos=rule.pos)
    joint_reading = rules.joint_readings.get(rule.id)
    if joint_reading is not None and (len(_parties(args.actor)) > 1 or _with_partner(token, args, index)):
        # "French and Egyptian warships began war games", "exercises WITH
        # South Korea": together
        rule = dataclasses.replace(joint_reading, pos=rule.pos)
    elif joint_reading is not None and (alongside := _alongside(token, args, index)):
        # "troops took part ALONGSIDE soldiers from China": together, with them
        rule = dataclasses.replace(joint_reading, pos=rule.pos)
        args = replace_args(args, recipient=alongside, recipient_how="direct")
    solo_reading = rules.solo_readings.get(rule.id)
    if solo_reading is not None and len(_parties(e for e in (*args.actor, *args.recipient)
                                                 if e.country or e.org)) == 1:
        # "China's army, navy and rocket force began joint exercises": one state
        rule = dataclasses.replace(solo_reading, pos=rule.pos)
        if args.recipient_how == "symmetric":
            args = replace_args(args, recipient=[], recipient_how=None)
    if (rule.pos == "NOUN" and rule.event.lower() in cues.addressed_events and not args.recipient
            and not _content_clause(token) and not _authored_by(token, index)
            and not (args.actor and token.dep_ == "dobj" and token.head.lemma_.lower() in cues.support_verbs)):
        # (a request a party makes, "the UN LAUNCHED an appeal for $2 billion",
        # is its act even with no addressee named)
        return None  # "demand for weapons" is a need for goods, not a request of anyone
    if rule.lemma in cues.assent_verbs and rule.pos == "VERB" and _assents_to_a_fact(token, cues):
        return None  # "they agreed (that) the regime HAD used gas" is an opinion
    if rule.lemma in cues.addressed_lemmas and (args.recipient_how == "symmetric" or not any(
            e.country or e.org for e in args.recipient)):
        return None  # "invested heavily in each other": no one invested in
    if rule.lemma in cues.warning_words and _warns_of_own_act(token, args, index, cues):
        # "Pompeo warned that THE UNITED STATES may shut its embassy": his
        # own side, the subject of what he announces, is not whom he warns
        args = replace_args(args, recipient=[e for e in args.recipient
                                             if _key(e) not in _parties(args.actor)])
    elif rule.lemma in cues.warning_words:
        if not args.recipient:
            warned = _warned_of_clash(token, args, index, cues)
            if not warned:
                return None  # "the WHO warned that millions face hunger" threatens no one
            # "Putin warned that letting Ukraine strike Russia would put NATO
            # AT WAR with Russia": those his side would clash with are warned
            args = replace_args(args, recipient=warned, recipient_how="direct")
        elif _only_in_content(token, args, index) and not any(
                t.lemma_.lower() in cues.clash_words for c in token.children
                if c.dep_ in ("ccomp", "acl") for t in c.subtree):
            # "the IMF warned that ARGENTINA's economy would shrink": a
            # forecast about a party, no threat to it
            return None
    # ("the deal REACHED last week will be implemented": the deal was
    # reached, whatever the verb it is the subject of says)
    anchor = token if context is None or accomplished_by(token) is not None else context
    reading: Reading = read_context(anchor, cues)
    chain, speech = clause_chain(anchor, cues)
    if context is not None:
        speech = None  # the speaker is the actor, not a claimant
    factuality: Factuality = reading.factuality
    cue_lemma = next((t.lemma_.lower() for t in chain[1:] if t.text == reading.factuality_cue), None)
    if factuality == "hypothetical" and rule.event == "REQUEST" and cue_lemma in REQUESTING_GOVERNORS:
        # "insisted on its DEMANDS that ...", "urged an INQUIRY ... called for":
        # a request within a request is made, not merely proposed
        factuality = "asserted"
    if factuality == "hypothetical" and rule.event in FORCE_EVENTS and cue_lemma in ATTEMPT_GOVERNORS:
        # "they attempted to assassinate the prime minister": an attempt on
        # someone's life is itself an assault (CAMEO 185)
        factuality = "asserted"
    if (factuality == "future" and rule.pos == "VERB" and token.lemma_.lower() in cues.performative_verbs
            and token.dep_ == "xcomp" and token.head.lemma_.lower() in cues.decision_governors
            and token.head.tag_ in ("VBD", "VBN")):
        # "the court DECIDED TO ALLOW him to run": the decision is the act
        factuality = "asserted"
    if (factuality == "asserted" and rule.event in AUTHORISED_EVENTS and rule.pos == "NOUN"
            and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in AUTHORISING_VERBS):
        # "Obama AUTHORIZED air strikes", "parliament APPROVED the
        # deployment": force permitted is not force used ("Trump authorised
        # sanctions" is the sanction, and stays asserted)
        factuality = "hypothetical"
    if (factuality == "future" and rule.event == "AGREE" and rule.pos == "NOUN"
            and cue_lemma in SETTLING_GOVERNORS):
        # "India and Japan AGREED ON the DEAL": the agreement named is the
        # one reached, not one still to come
        factuality = "asserted"
    if (factuality in ("future", "hypothetical") and rule.pos == "NOUN"
            and anchor.lemma_.lower() in cues.answered_claims
            and any(c.dep_ == "poss" and index.actor_at(c) is not None for c in anchor.children)):
        # "officials sought to play down ERDOGAN'S THREAT": a claim someone
        # is named as the author of was made, whatever is wanted of it
        factuality = "asserted"
    if factuality in ("future", "hypothetical") and rule.pos == "NOUN" and _presupposed_past(anchor):
        # "how quickly Iran could raise exports FOLLOWING TUESDAY'S
        # AGREEMENT": what a time phrase follows happened, whatever the
        # clause around it may do
        factuality = "asserted"
    if (rule.predicate and context is None and token.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "neg" for c in token.head.children)):
        # "the tariffs did NOT come into force", "all options are NOT on the
        # table": the predicate the entry asks for is denied
        factuality = "negated"
    if rule.lemma in cues.threat_intent_lemmas and context is None:
        if factuality != "future":
            return None  # "Iran RETALIATED with missiles": no threat, an act told elsewhere
        factuality = "asserted"  # "said it WOULD RETALIATE": the threat is made
    upcoming = rule.pos == "NOUN" and factuality == "asserted" and _ahead_of(anchor)
    if upcoming:
        # "drove to Hanoi AHEAD OF his second SUMMIT with Trump": to come
        factuality = "future"
    if rule.factuality and factuality != "negated":
        factuality = rule.factuality
    refusal = rules.refusal
    if ruled_out is not None and refusal is not None:
        rule, factuality = dataclasses.replace(refusal, pos=rule.pos), "asserted"
        stated = True
    elif factuality == "negated" and refusal is not None and _stated_refusal(anchor, rule, cues):
        # "Syria says it WILL NOT ACCEPT more refugees": saying so is the
        # event, a refusal (PLOVER REJECT), not an aid that did not happen.
        rule, factuality = dataclasses.replace(refusal, pos=rule.pos), "asserted"
        stated = True
    else:
        stated = False
    # Words the entry consumed ("refused to MEET ... in Vienna") govern too.
    chain = [chain[0], *trigger.consumed, *chain[1:]]
    # A refusal is dated when it is said, not when the refused act was due.
    # An event noun that is the subject of its clause takes that clause's
    # time and place: "the talks were held IN GENEVA ON TUESDAY", "his meeting
    # THE PREVIOUS DAY had been useful".
    where = chain
    if token is anchor and rule.pos == "NOUN" and (clauses := _object_clauses(token, cues.support_verbs)):
        # "the request Greece filed ... ON WEDNESDAY": when its clause says
        # (also as the subject of another clause: "the request Spain SENT
        # ON MONDAY leaves the terms for later")
        where = [chain[0], *clauses, *chain[1:]]
    elif token is anchor and rule.pos == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") \
            and token.head.pos_ in ("VERB", "AUX") and token.head not in chain \
            and not (accomplished_by(token) is not None and any(
                c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES | cues.future_auxiliaries
                for c in token.head.children)):
        where = [*chain, token.head]
    elif (token is anchor and rule.pos == "NOUN" and token.dep_ == "pobj"
          and token.head.lower_ in SETTING_PREPOSITIONS and token.head.head.pos_ == "VERB"
          and token.head.head not in chain):
        # "protesters clashed with police IN SOKODE DURING a demonstration":
        # the act that happens during it happens where it does
        where = [*chain, token.head.head]
    if (token is anchor and rule.pos == "NOUN" and token.dep_ == "conj"
            and token.head.pos_ in ("NOUN", "PROPN")):
        # "woken by helicopters and heavy GUNFIRE in the early hours of
        # Saturday": a conjoined noun is an argument of its first conjunct's
        # clause, and happened when that clause says (its own phrase, nearer,
        # still comes first: "24 years since the visit and nine years since
        # the TALKS")
        first = token
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        where = [*where, *(t for t in clause_chain(first, cues)[0] if t not in where)]
    governor = None
    if (token is anchor and token.dep_ == "advcl" and token.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
            and token.head not in where):
        # "a bomb went off in Baidoa ON TUESDAY, KILLING three": the
        # participle's act happens when and where its clause's does
        governor = token.head
    elif token is anchor and rule.event == "AID" and (moving := aid_mover(token)) is not None:
        governor = moving[1]  # "the aid convoy ENTERED Gaza ON SATURDAY"
    elif token is anchor and rule.predicate and (stranded := stranded_predicate(token)) is not None:
        governor = stranded  # "after Washington's tariffs CAME into force ON FRIDAY"
    # (a report of a past act keeps the day it was told as its date)
    if rule.event in CONTENT_DATED_EVENTS:
        timexes = _without_content_onsets(timexes, anchor)
    # (... but not one told in the past perfect: "said ON MONDAY the two
    # Canadians HAD BEEN released" dates the saying, the release lies before)
    own_timexes = (_without_speech_time(timexes, chain, speech)
                   if factuality in ("future", "hypothetical") or _past_perfect(chain, speech)
                   else timexes)
    timex = None if stated else (_participle_timex(anchor, own_timexes) if rule.pos == "NOUN" else None) \
        or governed_timex(anchor, where, own_timexes)
    if timex is None and governor is not None and not stated:
        timex = governed_timex(governor, [governor, *where[1:]], timexes)
    if timex is None and not stated and published is not None:
        timex = interval_before(where, timexes, published)
    if timex is None and not stated:
        timex = _object_timex(anchor, timexes)
    if timex is None and not stated:
        timex = _linked_clause_timex(where, own_timexes)
    if (timex is not None and published is not None and factuality == "future"
            and timex.end < published):
        timex = None  # a plan cannot lie in the past: the expression belongs elsewhere
    historical = reading.historical
    if timex is not None:
        date, enddate, precision, date_text = timex.start, timex.end, timex.precision, timex.text
        if historical and _weak_background(reading, cues):
            historical = False  # "had already seized the airport BY THURSDAY": the date decides
        if published is not None:
            if factuality == "asserted" and timex.start > published and not _past_tense(chain):
                factuality = "future"
            if factuality in ("asserted", "negated") and (published - timex.end).days > HISTORICAL_DAYS:
                historical = True
    elif historical or published is None or (factuality == "asserted" and (
            before_story(chain, cues) or _describing_perfect(anchor))):
        # Background with no date of its own lies some time before the
        # story ("had requested", "it is believed that X requested"), and
        # an article with no publication date gives no default: the date
        # is unknown, not invented.
        date = enddate = precision = date_text = None
    elif (said := _headline_date(rule.event, args, factuality, headline, published)) is not None:
        # "FOUR DAYS AFTER NATO raid, villagers recall a night of fire" over
        # "the raid, which killed 24 soldiers, ...": a mention with no date
        # of its own is the headline's happening, on the headline's day
        date, enddate, precision, date_text = said.date, said.enddate, said.date_precision, said.date_text
    else:
        date = enddate = published
        precision, date_text = "day", None
        if upcoming and factuality == "future":
            enddate = published + dt.timedelta(days=UPCOMING_DAYS)  # in the days to come
    if date is not None and precision == "day" and (
            rule.pos == "NOUN" and _reacted_to(anchor) and (timex is None or not _in_phrase(timex, anchor))
            or timex is None and _toll_of(anchor)):
        # "the UN on Thursday CONDEMNED an AIR STRIKE on a monastery": what
        # is reacted to happened on that day or in the days before it
        date -= dt.timedelta(days=REACTION_LOOKBACK_DAYS)
    doers = {e.country for e in args.actor if e.country}
    # (a strike or an arrest is reported from a bureau: "JERUSALEM — Israeli
    # commandos boarded two boats", "PESHAWAR — NATO helicopters attacked
    # posts in Mohmand"; a meeting is where the reporters travelled)
    places = ([m for m in index.places if not _filed_from(m, anchor.doc)] if rule.event in FIELD_EVENTS
              else index.places)
    if token.lemma_.lower() in TOPIC_VERBS:
        # "discussed a truce IN SUDAN with Egyptian officials": where the topic is
        topics = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in token.children
                  if t.dep_ == "dobj"]
        places = [m for m in places if not any(a <= m.span[0] and m.span[1] <= b for a, b in topics)]
    place = _governed(anchor, where, [m for m in _outside_charge(anchor, rule, places)
                                      if not _doers_modifier(m, anchor, doers)],
                      located=True, speech=cues.speech_verbs,
                      topics=TOPIC_PREPOSITIONS if rule.event in TALK_EVENTS else frozenset())
    if args.destination is not None and not (place is not None and _within(place, args.destination)):
        place = args.destination  # (unless a town in the destination country says more)
    if place is None and governor is not None:
        place = _governed(governor, [governor, *where[1:]], places, located=True)
    if place is None:
        place = _departed_from(anchor, index)
    if place is not None and _addressed_capital(place, rule.event, args):
        place = None
    if place is not None:
        args = _located_actors(args, place, rule.event)
    elif not any(e.country or e.org for e in args.actor):
        # "the opposition coalition agreed to postpone the rally IN BAKU":
        # the place of the act it commits to locates who commits
        where_to = _complement_place(token, index)
        if where_to is not None:
            located = _located_actors(replace_args(args, recipient=[]), where_to)
            args = replace_args(args, actor=located.actor)
        elif any(e.sector in ARMED_GROUP_SECTORS for e in args.actor):
            # "calm returned to Tripoli after rival MILITIAS agreed to halt
            # fighting": armed groups of the one country the sentence names
            country = next((e.country for e in _sentence_country(token, index)), None)
            args = replace_args(args, actor=[
                replace(e, country=country, resolved_by="events:sentence-country")
                if country and e.sector in ARMED_GROUP_SECTORS and not (e.country or e.org)
                and e.resolved_by != UNCLAIMED_REMOTE else e
                for e in args.actor])
    sent_to = (_sent_to(token, index) if rule.event in SELF_DEPLOYED_EVENTS and speech is not None
               and not any(e.country or e.org for e in args.actor) and passive_like(token)
               and not any(c.dep_ == "agent" for c in token.children) else None)
    if sent_to is not None:
        # "India's defence minister said 3,000 troops WOULD BE DEPLOYED TO
        # Kashmir": forces sent into the speaker's own state are its own
        # (not forces massed there: "Ukraine said troops were massed IN Crimea")
        home_state = sent_to.location.country_code
        if home_state and any(e.country == home_state for e in _speakers(speech, index)):
            moved = [e for c in token.children if c.dep_ == "nsubjpass"
                     for e in phrase_entities(c, index, places=False)]
            args = replace_args(args, actor=[_state_entity(home_state, "events:own-deployment")],
                                actor_how="inherited",
                                recipient=[e for e in args.recipient if e not in moved])
    claimant = find_claimant(token, speech, index.entity_of, cues, home_country=home)
    words = sorted({token, *trigger.consumed, *_particles(trigger)}, key=lambda t: t.i)
    event_text = " ".join(t.text for t in words)
    text, span = sentence_evidence(sent)
    confidence = (CONFIDENCE_BASE + CONFIDENCE_ACTOR.get(args.actor_how or "", 0.0)
                  + CONFIDENCE_RECIPIENT.get(args.recipient_how, 0.0)
                  + (CONFIDENCE_SPECIFIC if rule.specificity else 0.0))
    event = Event(
        id=event_id(article.id, span, token.idx, rule.event,
                     [*map(_key, args.actor), "/", *map(_key, args.recipient)]),
        event=rule.event,  # type: ignore[arg-type]
        date=date, enddate=enddate, date_precision=precision,  # type: ignore[arg-type]
        factuality=factuality, event_text=event_text, text=text, span=span,
        mode=rule.mode, context=rule.context, cameo=rule.cameo, quad_code=rule.quad_code,
        intensity=float(rule.intensity) if rule.intensity is not None else None,
        actor=_distinct_parties(args.actor), recipient=_distinct_parties(args.recipient),
        date_text=date_text,
        event_loc=place.location if place is not None else None, historical=historical,
        claimed_by=claimant, confidence=round(min(confidence, 1.0), 3),
        evidence=(Evidence(event_text=event_text, text=text, span=span),),
    )
    return _Draft(event, explicit_date=timex is not None,
                  factuality_cued=reading.factuality_cue is not None or factuality != "asserted",
                  order=order, noun_only=rule.pos == "NOUN" and context is None,
                  contrast=_contrast_words(words),
                  told=rule.pos == "VERB" and context is None and _finite_clause(anchor))


def _headline_date(category: str, args: Arguments, factuality: str, headline: Sequence[Event],
                   published: dt.date) -> Event | None:
    """The headline's event of ``category`` that a body mention with no date
    of its own tells, when the headline dates it ("Gaza buries its dead A
    DAY AFTER Israel's deadliest air raids", "Israel says SATURDAY's Gaza
    raids hit Hamas bases") on a past day and names no other parties than
    the mention (each side's actors, and each side's recipients, shared or
    named on one side only); else None."""
    for lead in headline:
        if (lead.event != category or lead.date_text is None or lead.date is None
                or lead.date_precision != "day" or lead.factuality != factuality
                or lead.historical or lead.date > published):
            continue
        if not all(_sides_agree(ours, theirs) for ours, theirs in (
                (args.actor, lead.actor), (args.recipient, lead.recipient))):
            continue
        return lead
    return None


def _sides_agree(ours: Sequence[Entity], theirs: Sequence[Entity]) -> bool:
    """Parties on one side of two mentions that may be the same: shared, or
    named (as states or organisations) on at most one of them."""
    a = {_key(e) for e in ours if e.country or e.org}
    b = {_key(e) for e in theirs if e.country or e.org}
    return not (a and b) or bool(a & b)


def _headline_actor(trigger: Trigger, args: Arguments, headline: Sequence[Event],
                    index: MentionIndex) -> Arguments:
    """The actor, and the recipients if it names none, of the headline's
    event of the trigger's category, for a body mention naming no actor:
    under "Japan imposes sanctions on North Korean officials", "the
    sanctions, announced on Monday, freeze the assets of four officials"
    are Japan's, on North Korea. Not for attacks and protests, whose unnamed
    doers have rules of their own (unclaimed attackers, crowds of the
    place); nor where the mention's recipients, or the states its sentence
    names, are not the headline event's parties ("the sanctions on IRANIAN
    officials")."""
    if trigger.entry.event in HEADLINE_EXCLUDED:
        return args
    own = {_key(e) for e in args.recipient}
    named = set(_sentence_states(trigger.token, index))
    for lead in headline:
        if lead.event != trigger.entry.event or not lead.actor or lead.historical:
            continue
        theirs = {_key(e) for e in lead.recipient}
        if own and theirs and not own & theirs:
            continue
        if not named <= {e.country for e in (*lead.actor, *lead.recipient)}:
            continue
        return replace_args(args, actor=list(lead.actor), actor_how="headline",
                            recipient=args.recipient or list(lead.recipient),
                            recipient_how=args.recipient_how or ("headline" if lead.recipient else None))
    return args


# Acts that name another act as their content ("threatened a 50% tariff
# FROM JUNE 1", "demanded a withdrawal BY FRIDAY"): the content's onset or
# deadline is not when the threat or demand was made.
CONTENT_DATED_EVENTS = frozenset({"THREATEN", "REQUEST"})
ONSET_WORDS = frozenset({"from", "starting", "beginning", "by", "until", "before", "effective"})


def _without_content_onsets(timexes: Sequence[Timex], trigger: Token) -> Sequence[Timex]:
    """``timexes`` but those that give the onset or deadline of what a
    threat or demand is of: after it in its sentence, of a noun ("the
    withdrawal BY MARCH 1") or of a verb with an object or complement, and
    introduced by a word of onset or deadline (the model hangs "from June
    1" on the verb as often as on the tariff)."""
    doc = trigger.doc
    if trigger.pos_ != "NOUN" and not any(c.dep_ in ("dobj", "xcomp", "ccomp")
                                          for c in trigger.children):
        return timexes
    kept = []
    for timex in timexes:
        span = doc.char_span(*timex.span, alignment_mode="expand")
        if (span is not None and trigger.i < span.start and span.sent == trigger.sent
                and doc[span.start - 1].lower_ in ONSET_WORDS):
            continue
        kept.append(timex)
    return kept


def _past_perfect(chain: Sequence[Token], speech: Token | None) -> bool:
    """Whether the clause a verb of speech reports is in the past perfect
    ("said the army HAD withdrawn")."""
    if speech is None:
        return False
    clause = next((t for t in chain if t.head.i == speech.i and t.i > speech.i), None)
    return clause is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)


def _without_speech_time(timexes: Sequence[Timex], chain: Sequence[Token],
                         speech: Token | None) -> Sequence[Timex]:
    """``timexes`` but those between a verb of speech and the subject of the
    clause it reports ("Henry said ON MONDAY he would resign"): they date the
    saying, not a plan it tells, though the small model often hangs them on
    the clause."""
    if speech is None:
        return timexes
    clause = next((t for t in chain if t.head.i == speech.i and t.i > speech.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if clause is not None else None
    if subject is None:
        return timexes
    low, high = speech.idx + len(speech), subject.left_edge.idx
    return [t for t in timexes if not (low <= t.span[0] and t.span[1] <= high)]


def _with_partner(token: Token, args: Arguments, index: MentionIndex) -> bool:
    """Whether a recipient of the act is named in its "with" phrase, or its
    object's ("began two weeks of exercises WITH Philippine forces"), as a
    partner of another state than the actor's ("held drills WITH Japan")."""
    own = _parties(args.actor)
    holders = [token, *verb_objects(token)]
    holders += [pobj for noun in holders[1:] for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ == "of" for pobj in prep.children if pobj.dep_ == "pobj"]
    partners = [e for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for o in prep.children if o.dep_ == "pobj" for e in phrase_entities(o, index, places=False)]
    return bool(own) and any(e in args.recipient and _key(e) not in own for e in partners)


def _alongside(token: Token, args: Arguments, index: MentionIndex) -> list[Entity]:
    """Other states' forces an act's clause says its doers acted alongside:
    "Russia began exercises on Tuesday, with 300,000 troops taking part
    ALONGSIDE SOLDIERS FROM CHINA and Mongolia"."""
    own = _parties(args.actor)
    clause = token.head if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") else token
    found = [e for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "alongside"
             for o in t.children if o.dep_ == "pobj" for e in phrase_entities(o, index, places=False)]
    return [e for e in _unique(found) if (e.country or e.org) and _key(e) not in own] if own else []


def _assents_to_a_fact(verb: Token, cues: Cues) -> bool:
    """True when a verb of assent takes a finite clause that states a fact
    ("agreed the regime HAD a pattern of ..."), not a commitment ("agreed
    they WOULD meet", "agreed TO meet"). A verb with a "by" phrase is a
    participle the model read as a clause's verb: "the truce AGREED BY
    Israel and Hamas on Friday was holding" reports the truce."""
    if any(c.dep_ in ("xcomp", "dobj", "agent") for c in verb.children):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in clause.children):
            if not any(c.dep_ == "aux" and (c.lower_ in cues.future_auxiliaries
                                            or c.lower_ in cues.hypothetical_auxiliaries)
                       for c in clause.children):
                return True
    return False


def _warns_of_own_act(token: Token, args: Arguments, index: MentionIndex, cues: Cues) -> bool:
    """True when a warning announces an act of the warner's side: "Iran
    warned (that) IT WOULD retaliate", "the security chief warned that
    POLICE WILL no longer tolerate rallies", "Washington warned that IT MAY
    shut its embassy"."""
    own = _parties(args.actor)
    for clause in token.children:
        if clause.dep_ not in ("ccomp", "xcomp", "acl"):
            continue
        if clause.dep_ == "xcomp":
            return True  # "warned TO retaliate"
        if not any(c.dep_ == "aux" and c.lower_ in cues.future_auxiliaries | MODAL_AUXILIARIES
                   for c in clause.children):
            continue
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = _with_antecedent(subj, phrase_entities(subj, index, places=False), index)
            if found and all(_key(e) in own or not (e.country or e.org) for e in found):
                return True
    return False


def _warned_of_clash(token: Token, args: Arguments, index: MentionIndex, cues: Cues) -> list[Entity]:
    """The parties a warning threatens when it foretells a clash of the
    warner's side with them: a content clause in the future or the
    conditional ("would", "could") that names the warner's side, another
    state or organisation, and a word of force or reprisal
    (``cues.clash_words``): "Putin warned that strikes deep inside Russia
    WOULD MEAN NATO countries were at WAR with RUSSIA". Not "the IMF warned
    that Argentina's economy would shrink" (no side of the warner's), nor
    "Macron warned that France and Germany would face an energy crisis"
    (no clash)."""
    own = _parties(args.actor)
    if not own:
        return []
    # (a government's own measures need no naming of its side: "Trump's
    # warning that TARIFFS on Canadian imports WOULD rise")
    governing = any(e.country and (e.type == "state" or e.sector == "GOV") for e in args.actor)
    for clause in token.children:
        words = _foretold(clause, cues) if clause.dep_ in ("ccomp", "acl") else []
        if not words:
            continue
        measures = governing and any(t.lemma_.lower() in MEASURE_WORDS for t in words)
        if not measures and not any(t.lemma_.lower() in cues.clash_words for t in words):
            continue
        named = _unique([e for t in words if (m := index.actor_at(t)) is not None
                         for e in [m.entity] if e.country or e.org])
        if measures or any(_key(e) in own for e in named):
            others = [e for e in named if _key(e) not in own]
            if others:
                return others
    return []


# Measures a government takes against another state's trade or people.
MEASURE_WORDS = frozenset({"tariff", "sanction", "duty", "levy", "embargo"})


def _foretold(clause: Token, cues: Cues) -> list[Token]:
    """The words of a content clause in the future or the conditional ("it
    WOULD mean war"), or none when it is not. Where the model, misreading a
    long subject, hangs the clause's "that" on the main verb of the sentence
    and its auxiliary on a verb inside it ("Putin's warning THAT letting
    Ukraine fire missiles WOULD put NATO at war DREW a response from
    Britain"), the words between "that" and that verb."""
    if _modal(clause, cues):
        return list(clause.subtree)
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i > clause.i:
        return []
    inside = [t for t in clause.subtree if mark.i < t.i < clause.i]
    return inside if any(_modal(t, cues) for t in inside if t.pos_ in ("VERB", "AUX")) else []


def _modal(verb: Token, cues: Cues) -> bool:
    """Whether a verb has a future or modal auxiliary ("WILL strike", "WOULD mean")."""
    return any(c.dep_ == "aux" and (c.lower_ in cues.future_auxiliaries or c.lower_ in MODAL_AUXILIARIES)
               for c in verb.children)


def _only_in_content(token: Token, args: Arguments, index: MentionIndex) -> bool:
    """Whether a warning's recipients are only the subject of its content
    clause ("warned that ARGENTINA's economy would shrink"), not whom it
    addresses ("warned ISRAEL that ...", "a warning TO Moscow")."""
    subjects = {_key(e) for c in token.children if c.dep_ in ("ccomp", "acl")
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                for e in phrase_entities(s, index, places=False)}
    return bool(subjects) and _parties(args.recipient) <= subjects and not any(
        c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("to", "against")
        for c in token.children)


# Auxiliaries of a clause that foretells what may come: "it WOULD mean war".
MODAL_AUXILIARIES = frozenset({"would", "'d", "could", "might", "may"})


def _authored_by(noun: Token, index: MentionIndex) -> bool:
    """True when a definite event noun names its author in a "by" or "from"
    phrase ("the demand BY MALI'S JUNTA for its force to leave", "the
    request FROM OUAGADOUGOU"): an act someone made, not a need for goods
    ("demand for Russian oil by Indian refiners", "a demand for wheat
    from Egypt", which is not definite)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    return any(child.dep_ == "prep" and child.lower_ in ("by", "from")
               and any((e := index.entity_of(t)) is not None and (e.country or e.org)
                       for t in child.subtree)
               for child in noun.children)


def _content_clause(noun: Token) -> bool:
    """True when an event noun states its content as a clause: "the demand
    THAT troops leave", "a call TO withdraw", "calls FOR X TO resign"."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in child.children):
                return True
        if child.dep_ == "prep" and child.lower_ == "for":
            for pobj in child.children:
                if any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children)
                       for c in pobj.children):
                    return True
    return False


def _particles(trigger: Trigger) -> list[Token]:
    out = []
    for c in trigger.token.children:
        if c.dep_ in ("prt",) or (c.dep_ == "prep" and c.lower_ in trigger.entry.prep):
            out.append(c)
    for x in trigger.consumed:
        out += [c for c in x.children if c.dep_ == "aux" and c.lower_ == "to"]
    return out


# Participles that tell the act of the noun they follow, not another one:
# "a donation HANDED OVER on Friday", "the attack CARRIED OUT on Monday" (not
# "his support of a tax PLANNED for 1988").
REALISING_PARTICIPLES = frozenset({"hand", "deliver", "carry", "conduct", "launch", "stage", "hold", "sign",
                                   "make", "give", "send", "ship", "fire", "announce", "impose", "grant"})
# Participles whose agent is the author of the act noun they hang on: "a
# strike CALLED by the unions", "a march LED by students", "accusations
# MADE by Colombo", "a blockade SET up by residents", "the attack CLAIMED by
# the Houthis" (not "a protest CRUSHED by police").
AUTHOR_PARTICIPLES = REALISING_PARTICIPLES | {"call", "organise", "organize", "lead", "level", "issue",
                                              "set", "mount", "claim"}


# Nouns that count acts of one kind; their possessive is the acts' author.
ACT_PARTITIVES = frozenset({"round", "wave", "package", "series", "set", "tranche", "raft",
                            "batch", "spate", "string"})

# Nouns of putting an act into force, whose owner did the act: "the EU's
# ADOPTION of sanctions", "Washington's ANNOUNCEMENT of new tariffs".
ADOPTION_NOUNS = frozenset({"adoption", "approval", "imposition", "introduction", "announcement",
                            "unveiling", "extension", "renewal"})

# Event nouns of acts both sides do to each other: "a prisoner EXCHANGE with
# Russia" is also by the side that reports it.
MUTUAL_NOUNS = frozenset({"exchange", "swap"})

# Future governors that settle the agreement their object names.
SETTLING_GOVERNORS = frozenset({"agree", "finalize", "finalise"})

# Verbs of reacting to an act already done, and how many days before the
# reaction the act they name (with no date of its own) may lie.
REACTION_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "criticise", "criticize",
                            "mourn", "investigate", "probe", "welcome", "hail", "praise", "slam",
                            "protest", "blame", "regret"})
REACTION_LOOKBACK_DAYS = 3

# Categories whose body mentions naming no actor do not take the headline's
# (``_headline_actor``).
HEADLINE_EXCLUDED = frozenset({"ASSAULT", "PROTEST"})


def _agentless_participles(noun: Token) -> list[Token]:
    """Past participles on an event noun that name no doer ("a curfew
    ORDERED the previous day"): someone with authority did it."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and not any(a.dep_ == "agent" for a in c.children)]


# Nouns of a count that later reports raise: "the TOLL has risen to 16".
TOLL_NOUNS = frozenset({"number", "toll"})
RISING_VERBS = frozenset({"rise", "climb", "increase", "reach", "jump", "grow"})


def _toll_of(token: Token) -> bool:
    """An act told in the subject of a rising toll ("the number of civilians
    killed when a military aircraft BOMBED a village has risen to 16"): it
    happened in the days before the report."""
    for node in token.ancestors:
        if (node.lemma_.lower() in TOLL_NOUNS and node.dep_ == "nsubj"
                and node.head.lemma_.lower() in RISING_VERBS):
            return True
    return False


def _reacted_to(noun: Token) -> bool:
    """An event noun that is the object of a verb of reaction, or of a noun
    of reaction ("a boycott on Monday in protest AT THE ARREST of a lawyer")."""
    head = noun.head
    return (noun.dep_ == "dobj" and head.lemma_.lower() in REACTION_VERBS
            or noun.dep_ == "pobj" and head.dep_ == "prep" and reaction_phrase(head)
            or _named_in_reaction(noun)
            or answered_act(noun) or undone_act(noun))


# Verbs by which a reaction names what it reacts to: "condemned what it
# CALLED a barbaric attack", "denounced what it DESCRIBED as an incursion".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand"})


def _named_in_reaction(noun: Token) -> bool:
    """An event noun that a reaction names in a clause of its own ("the
    government condemned what it called a barbaric ATTACK"): it is reacted
    to as much as a direct object."""
    naming = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ not in ("oprd", "dobj", "attr", "pobj") or naming.lemma_.lower() not in NAMING_VERBS:
        return False
    return naming.dep_ in ("ccomp", "dobj", "xcomp") and naming.head.lemma_.lower() in REACTION_VERBS


def _in_phrase(timex: Timex, noun: Token) -> bool:
    """Whether ``timex`` lies in the noun's own phrase ("an attack ON MONDAY")."""
    first, last = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return first <= timex.span[0] and timex.span[1] <= last


def _participle_timex(noun: Token, timexes: Sequence[Timex]) -> Timex | None:
    """The date of a participle on an event noun or its "of" phrase, which
    dates the act itself: "a donation of rice HANDED OVER THE PREVIOUS DAY",
    "the attack CARRIED OUT ON MONDAY"."""
    heads = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj")]
    for head in heads:
        for acl in head.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in REALISING_PARTICIPLES:
                timex = governed_timex(acl, [acl], timexes)
                if timex is not None:
                    return timex
    return None


def _object_timex(verb: Token, timexes: Sequence[Timex]) -> Timex | None:
    """A date the parser hung inside the verb's object rather than on the
    verb ("will sign an agreement on sharing the waters of the river ON
    THURSDAY"): the event's own, when its clause gives no other. Not one in
    a clause or participle of its own ("a deal that expired IN MARCH", "the
    agreement signed IN 2001")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    inside: set[int] = set()
    stack = [o for o in verb.children if o.dep_ == "dobj"]
    while stack:  # the object's nominal phrase, without any clause or participle on it
        node = stack.pop()
        inside.add(node.i)
        stack += [c for c in node.children if c.pos_ not in ("VERB", "AUX")
                  or (c.tag_ == "VBG" and c.dep_ == "pcomp")]  # "an agreement on SHARING the waters"
    for timex in timexes:
        span = doc.char_span(*timex.span, alignment_mode="expand")
        if span is not None and span.root.i in inside and span.root.dep_ in ("pobj", "npadvmod") \
                and span.root.i > verb.i:
            return timex
    return None


# Words that make two clauses tell one time ("will sign WHEN Xi visits Rome
# at the end of the week"), and relatives that set a clause's act at or
# during the occasion its noun names ("a ceremony on Tuesday AT WHICH Israel
# is to sign", "a summit next week WHERE they will sign").
SIMULTANEITY_MARKERS = frozenset({"when", "while"})
SETTING_RELATIVES = frozenset({"where", "when"})
SETTING_RELATIVE_PREPOSITIONS = frozenset({"at", "during", "in", "on"})


def _linked_clause_timex(chain: Sequence[Token], timexes: Sequence[Timex]) -> Timex | None:
    """A date from a clause tied in time to the event's own, when its own
    clause gives none: a "when" or "while" clause under it ("Italy will sign
    the memorandum WHEN Xi VISITS Rome AT THE END OF THIS WEEK"), the clause
    its own "when" clause hangs on ("Xi visits Rome NEXT WEEK, when Italy
    will sign"), or the occasion noun of a relative clause that sets it
    there ("a ceremony ON TUESDAY at which Israel is to sign"). A clause of
    "after" or "before" tells another time and is not one of these."""
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.i > verb.i and _marked(clause, SIMULTANEITY_MARKERS):
                if (timex := governed_timex(clause, [clause], timexes)) is not None:
                    return timex
        if verb.dep_ == "advcl" and _marked(verb, SIMULTANEITY_MARKERS) and verb.head.i < verb.i:
            return governed_timex(verb.head, [verb.head], timexes)
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and _set_at_antecedent(verb):
            noun = verb.head
            # ("a summit NEXT WEEK, where ...": the parser may hang it on the date)
            return next((t for t in timexes if t.span[0] <= noun.idx < t.span[1]),
                        None) or governed_timex(noun, [noun], timexes)
    return None


def _marked(clause: Token, markers: frozenset[str]) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in markers and c.i < clause.i
               for c in clause.children)


def _set_at_antecedent(relative: Token) -> bool:
    """A relative clause introduced by "where", "when" or "at / during / in
    which": its act takes place at the occasion its noun names."""
    for child in relative.subtree:
        if child.i >= relative.i:
            break
        if child.dep_ == "advmod" and child.lower_ in SETTING_RELATIVES:
            return True
        if (child.lower_ == "which" and child.dep_ == "pobj"
                and child.head.lower_ in SETTING_RELATIVE_PREPOSITIONS):
            return True
    return False


# "A DAY after", "two WEEKS after", "HOURS after": how many days an act in
# an "after" clause lies before the clause it is subordinate to.
INTERVAL_DAYS = {"hour": 0, "minute": 0, "day": 1, "week": 7}
# "DAYS after": how many, at most and at least.
SEVERAL = (6, 2)
INTERVAL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                   "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _after_clause(verb: Token) -> bool:
    """A clause introduced by "after" (which the model may make the root:
    "..., the minister said, days after Berlin DROPPED its resistance")."""
    return verb.dep_ in ("advcl", "conj", "ROOT") and any(c.dep_ == "mark" and c.lower_ == "after"
                                                          for c in verb.children)


def interval_before(chain: Sequence[Token], timexes: Sequence[Timex], published: dt.date) -> Timex | None:
    """The day of an act in an "N days after" clause or phrase ("Kenya
    recalled its envoy ON FRIDAY, TWO DAYS AFTER Somalia expelled a Kenyan
    diplomat", "in custody on Thursday, TWO DAYS AFTER his arrest"):
    that many days before the date of the clause it hangs from (its own
    date expression, when that is a past or present day, else the
    publication date)."""
    for node in chain:
        if node.dep_ == "pobj" and node.head.lower_ == "after" and node.head.dep_ == "prep":
            node = node.head  # "in custody on Thursday, TWO DAYS AFTER his ARREST"
        else:
            if node.dep_ == "conj" and _after_clause(node.head):
                node = node.head  # "days after Berlin dropped its resistance and AGREED to send"
            if not _after_clause(node):
                continue
        # (the model hangs "FOUR DAYS" on the clause or on its "after")
        unit = next((c for c in (*node.children, *(c for m in node.children if m.dep_ == "mark"
                                                   for c in m.children))
                     if c.dep_ == "npadvmod" and c.lemma_.lower() in INTERVAL_DAYS), None)
        if unit is None:
            return None
        count = 1 if unit.lemma_.lower() in ("hour", "minute") else next(
            (INTERVAL_COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
             for c in unit.children if c.dep_ in ("det", "nummod")), None)
        # "DAYS after Berlin agreed", "WEEKS after the raid": a few of them
        few = count is None and unit.tag_ == "NNS" and not any(
            c.dep_ in ("det", "nummod", "amod") for c in unit.children)
        if count is None and not few:
            return None
        head, path = node.head, [node.head]
        while path[-1].head.i != path[-1].i:
            path.append(path[-1].head)
        base = governed_timex(head, path, timexes)
        if base is not None and (base.precision != "day" or base.start > published):
            base = None  # ("would pay the wages BY THE END OF THE WEEK, a day after ..."): the story's day
        anchor = base.start if base is not None else published
        span_days = INTERVAL_DAYS[unit.lemma_.lower()]
        if few:
            first, day = (anchor - dt.timedelta(days=span_days * n) for n in SEVERAL)
        else:
            first = day = anchor - dt.timedelta(days=span_days * count)
        words = sorted([unit, *unit.subtree, *(c for c in node.children if c.dep_ == "mark"),
                        *([node] if node.dep_ == "prep" else [])], key=lambda t: t.i)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        return Timex(text=node.doc.text[start:end], span=(start, end), start=first, end=day,
                     precision="day", value=day.isoformat() if first == day else "PAST_REF", vague=first != day)
    return None


# How far ahead an act lies that a report says is coming with no date of its
# own ("ahead of the summit").
UPCOMING_DAYS = 7


def _ahead_of(noun: Token) -> bool:
    """An event noun in an "ahead of" phrase, or one that travel is for
    ("arrived in Singapore FOR his SUMMIT with Trump"): the act is still to
    come."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (prep.lower_ == "of" and prep.head.lower_ == "ahead"
            or prep.lower_ == "for" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in TRAVEL_VERBS
            and noun.lemma_.lower() not in JOURNEY_NOUNS)


# Verbs of travel whose "for" phrase is what the journey is for; and the
# nouns of a journey the travel begins ("arrived FOR a three-day VISIT": the
# visit is under way).
TRAVEL_VERBS = frozenset({"arrive", "land", "travel", "fly", "head", "leave", "depart", "set", "come", "go"})
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "stay", "journey", "mission"})


def _weak_background(reading: Reading, cues: Cues) -> bool:
    """True when only a past perfect with "already" made the act background:
    a date in its own clause outweighs it."""
    cue = (reading.historical_cue or "").lower().split()
    return len(cue) == 2 and cue[0] == "had" and cue[1] in cues.perfect_background_markers


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and verb.tag_ == "VBN"


def _describing_perfect(verb: Token) -> bool:
    """A present perfect in a relative clause set off by a comma, which
    describes a party ("Yemen's Houthi movement, which HAS FOUGHT a
    Saudi-led coalition since 2015"): who the party is, told from some time
    before the story."""
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in ("which", "who")), None)
    return (pronoun is not None and verb.dep_ == "relcl" and _perfect(verb) and present_tense(verb)
            and pronoun.i > 0 and verb.doc[pronoun.i - 1].text == ",")


def _past_tense(chain: Sequence[Token]) -> bool:
    for token in chain:
        if token.tag_ == "VBD":
            return True
        if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
            return True
    return False


def event_id(article_id: str, span: tuple[int, int], trigger_offset: int, category: str,
             parties: Sequence[str] = ()) -> str:
    """Stable: the same article, sentence, trigger, category and parties give
    the same id (one trigger can code two events: "X said Y should seek Z")."""
    raw = f"{article_id}|{span[0]}-{span[1]}|{trigger_offset}|{category}|{','.join(parties)}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------
# Step 5: one event, many mentions
# ---------------------------------------------------------------------------


def merge_mentions(drafts: Sequence[_Draft]) -> list[_Draft]:
    """Merge mentions of the same event: same category and mode, a shared
    actor, the same recipients (or none named), same historical status,
    compatible dates and factualities (a negated mention never merges with
    one that is not negated). The merged event keeps every
    evidence; its date comes from a mention with an explicit date, its
    factuality from a cued mention.

    Then an undated event known only from nouns ("North Korea must have
    hurried the Russian president's VISIT") whose actor has an event of the
    same kind dated in the article is a further mention of that event, not
    a new one on the publication day: it joins it, whatever the modality of
    the clause that mentions it, unless it is negated."""
    merged: list[_Draft] = []
    for draft in drafts:
        for i, kept in enumerate(merged):
            if _same_event(kept, draft):
                merged[i] = _combine(kept, draft)
                break
        else:
            merged.append(draft)
    out: list[_Draft] = []
    for draft in merged:
        host = next((k for k in merged if _mentions_dated(draft, k)), None)
        if host is None:
            out.append(draft)
    for draft in merged:
        host = next((k for k in merged if _mentions_dated(draft, k)), None)
        if host is not None:
            i = next(j for j, k in enumerate(out) if k.event.id == host.event.id)
            out[i] = _combine(out[i], replace_draft(draft, factuality_cued=False))
    return sorted(out, key=lambda d: d.order)


def _better_dated(a: _Draft, b: _Draft) -> _Draft:
    """The mention whose date the merged event takes: one read from the
    text over one defaulted, and of two read from the text the narrower
    ("detained 11 people ON TUESDAY" over "voiced concern on Wednesday over
    the detention", which may be of any of the days before)."""
    if a.explicit_date != b.explicit_date:
        return a if a.explicit_date else b
    if a.explicit_date and b.event.date is not None and a.event.date is not None \
            and b.event.enddate is not None and a.event.enddate is not None \
            and (b.event.enddate - b.event.date) < (a.event.enddate - a.event.date):
        return b
    return a


def replace_draft(draft: _Draft, **changes: Any) -> _Draft:
    return _Draft(**{**draft.__dict__, **changes})


def _mentions_dated(mention: _Draft, host: _Draft) -> bool:
    """True when ``mention`` is an undated noun-only mention of ``host``, an
    event of the same kind and actor dated in the article."""
    x, y = mention.event, host.event
    if mention is host or not mention.noun_only or mention.explicit_date or not host.explicit_date:
        return False
    if mention.contrast != host.contrast:
        return False  # "the deliveries follow THE FIRST relief flight on Saturday"
    if x.historical or y.historical or x.factuality == "negated":
        return False
    if (x.event, x.mode) != (y.event, y.mode) or not _parties(x.actor) & _parties(y.actor):
        return False
    rx, ry = _parties(x.recipient), _parties(y.recipient)
    return not rx or not ry or rx == ry


def _parties(entities: Iterable[Entity]) -> frozenset[str]:
    return frozenset(_key(e) for e in entities)


# Dependencies of a verb that describes a noun rather than tells an act.
DESCRIBING_DEPS = frozenset({"acl", "relcl", "amod"})


def _finite_clause(verb: Token) -> bool:
    """A verb with a tense of its own ("the missiles HIT", "has been
    FREED") that tells an act, not an infinitive ("sent TO REINFORCE the
    north") nor a participle or relative clause on a noun ("the diplomats
    EXPELLED by Britain", "the pardon that FREED hundreds")."""
    if verb.dep_ in DESCRIBING_DEPS:
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


# How many days before the publication day an act told in a clause of its
# own with no date of its own may lie and still be a mention of one the
# article dates (a report of "Monday's strikes" published on Wednesday).
UNDATED_CLAUSE_REACH_DAYS = 2


def _same_event(a: _Draft, b: _Draft) -> bool:
    x, y = a.event, b.event
    if (x.event, x.mode, x.historical) != (y.event, y.mode, y.historical):
        return False
    if not _parties(x.actor) & _parties(y.actor):
        return False
    # A later mention often leaves out the recipient ("the visit by Putin").
    rx, ry = _parties(x.recipient), _parties(y.recipient)
    if rx and ry and rx != ry:
        return False
    if a.explicit_date and b.explicit_date:
        if a.event.date > b.event.enddate or b.event.date > a.event.enddate:
            return False
    elif a.explicit_date or b.explicit_date:
        dated, undated = (a, b) if a.explicit_date else (b, a)
        if (undated.told and undated.event.span != dated.event.span
                and undated.event.date is not None and dated.event.enddate is not None
                and (undated.event.date - dated.event.enddate).days > UNDATED_CLAUSE_REACH_DAYS):
            # "Police said the missiles HIT a room ..." is the day's news, not
            # the strike "less than three weeks" before that a later sentence
            # recalls ("It came ... after a drone killed Mehsud")
            return False
    if a.factuality_cued and b.factuality_cued and a.event.factuality != b.event.factuality:
        return False
    # "a new strike on a boat ... two weeks after a US strike on ANOTHER
    # vessel": a mention set apart from another is not one of it.
    if a.contrast != b.contrast:
        return False
    # A denial is not a further mention of what another clause asserts
    # ("X and Y signed a deal ..." then "Y denies backing ..."): merging
    # them would let the other clause's negator negate the signing.
    if (x.factuality == "negated") != (y.factuality == "negated"):
        return False
    # A risk is not a report: "police detained the soldier ON MAY 2" is not
    # a mention of "they risk being detained".
    if {x.factuality, y.factuality} == {"asserted", "hypothetical"}:
        asserted = a if x.factuality == "asserted" else b
        if asserted.explicit_date or not asserted.noun_only:
            return False
    return True


# Words that set a mention apart from another of its kind: "ANOTHER
# attack", "a SEPARATE raid", "an EARLIER strike", "a strike on ANOTHER
# vessel". ("New" does not: "a new strike ... the strike killed five".)
CONTRAST_WORDS = frozenset({"another", "separate", "earlier", "previous", "prior", "first", "second",
                             "different"})


def _contrast_words(words: Sequence[Token]) -> frozenset[str]:
    """The contrast words on the trigger's words, on their subjects and
    objects and on the objects of their prepositions ("struck ANOTHER
    vessel", "a strike on ANOTHER vessel killed 11"), two steps down."""
    heads, frontier = list(words), list(words)
    for _ in range(2):
        frontier = [o for t in frontier for c in t.children
                    if c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep")
                    for o in ([c] if c.dep_ != "prep" else c.children) if o.dep_ not in ("prep", "pcomp")]
        heads += frontier
    return frozenset(c.lower_ for h in heads for c in h.children
                     if c.dep_ in ("det", "amod") and c.lower_ in CONTRAST_WORDS)


def _combine(a: _Draft, b: _Draft) -> _Draft:
    dated = _better_dated(a, b)
    cued = a if a.factuality_cued or not b.factuality_cued else b
    base = dated.event
    event = Event(
        id=a.event.id, event=base.event, date=base.date, enddate=base.enddate,
        date_precision=base.date_precision, factuality=cued.event.factuality,
        event_text=a.event.event_text, text=a.event.text, span=a.event.span, mode=base.mode,
        context=base.context, cameo=base.cameo, quad_code=base.quad_code, intensity=base.intensity,
        actor=_distinct_parties([*a.event.actor, *b.event.actor]),
        recipient=_distinct_parties([*a.event.recipient, *b.event.recipient]),
        date_text=base.date_text, event_loc=a.event.event_loc or b.event.event_loc,
        historical=a.event.historical, claimed_by=a.event.claimed_by or b.event.claimed_by,
        confidence=max(a.event.confidence, b.event.confidence),
        evidence=a.event.evidence + b.event.evidence,
    )
    return _Draft(event, explicit_date=a.explicit_date or b.explicit_date,
                  factuality_cued=a.factuality_cued or b.factuality_cued, order=a.order,
                  noun_only=a.noun_only and b.noun_only, contrast=a.contrast | b.contrast,
                  told=a.told and b.told)
