"""How certain an event is, whether it is background history, and who claims it.

Everything here reads the dependency parse around one trigger token, never
the whole sentence: the *clause chain* of a trigger is the trigger and the
words that govern it up to the next clause boundary ("Putin is EXPECTED to
VISIT", "are FINALIZING details to HOLD TALKS"), stopping below a verb of
speech ("..., SAID a government source"). Cues found along that chain decide:

- ``negated``      a negation on the chain ("did not agree to meet"), a
                   negating governor ("refused to meet", "denied attacking"),
                   or a negating determiner ("no talks");
- ``future``       "will"/"shall", a governor of intent or schedule ("is
                   expected to", "plans to", "is set to", "preparing to"),
                   "is to", or a modifier such as "upcoming";
- ``hypothetical`` a modal ("could", "would", "may"), a condition ("if"),
                   a governor of proposal or wish ("considering", "urged");
- ``asserted``     otherwise.

The nearest cue wins: the trigger's own words first, then each governor in
turn. Cue words are data (``data/lexicon/cues.json``) loaded by ``Cues.load``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from .errors import DataError
from .model import PLOVER_CATEGORIES, ActorMention, Entity, Factuality

if TYPE_CHECKING:
    from spacy.tokens import Token

CUES_FILE = "cues.json"

# Dependency labels along which a trigger is governed by the same clause
# chain. ``advcl`` and ``ccomp`` are followed only under the conditions in
# ``_climbs``; ``relcl``, ``nsubj`` and ``parataxis`` start a clause of their own.
_CHAIN_DEPS = frozenset({
    "xcomp", "dobj", "pobj", "prep", "acl", "attr", "oprd", "pcomp", "agent",
    "conj", "appos", "compound", "nsubjpass", "dative", "acomp",
})
_MODAL_DEPS = frozenset({"aux", "auxpass"})


@dataclass(frozen=True)
class Cues:
    """Cue words (lemmas, lowercase) for factuality, speech and history."""

    negation_words: frozenset[str]
    negating_governors: frozenset[str]
    negating_modifiers: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_governors: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    conditional_markers: frozenset[str]
    present_conditional_markers: frozenset[str]
    speech_verbs: frozenset[str]
    historical_markers: frozenset[str]
    historical_modifiers: frozenset[str]
    support_verbs: frozenset[str]
    obligation_modals: frozenset[str]
    anonymous_speakers: dict[str, str | None]
    sector_words: dict[str, str]
    obligation_event: dict[str, object]
    addressed_events: frozenset[str]
    place_recipient_events: frozenset[str]
    instrument_nouns: frozenset[str]
    departure_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    stative_participles: frozenset[str]
    speech_nouns: frozenset[str]
    refusal_event: dict[str, object]
    place_authority_events: frozenset[str]
    patient_nouns: frozenset[str]
    warning_words: frozenset[str]
    state_readings: dict[str, str]
    assent_verbs: frozenset[str]
    joint_readings: dict[str, str]
    solo_readings: dict[str, str]
    addressed_lemmas: frozenset[str]
    local_attack_means: frozenset[str]
    qualified_attack_means: frozenset[str]
    attack_qualifiers: frozenset[str]
    attack_targets: frozenset[str]
    decision_governors: frozenset[str]
    performative_verbs: frozenset[str]
    remote_attack_means: frozenset[str]
    perfect_background_markers: frozenset[str]
    police_readings: dict[str, str]
    government_readings: dict[str, str]
    court_readings: dict[str, str]
    crowd_readings: dict[str, str]
    diplomatic_readings: dict[str, str]
    exclusion_readings: dict[str, str]
    settled_readings: dict[str, str]
    answered_claims: frozenset[str]
    answering_governors: frozenset[str]
    threat_intent_lemmas: frozenset[str]
    clash_words: frozenset[str]
    directive_verbs: frozenset[str]
    attribution_adjectives: frozenset[str]
    attribution_prepositions: frozenset[str]
    holding_verbs: frozenset[str]
    speaker_entries: frozenset[str]
    attribution_event: dict[str, object]
    charge_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    characterising_verbs: frozenset[str]
    condemning_words: frozenset[str]
    denunciation_event: dict[str, object]
    admission_verbs: frozenset[str]
    admission_nouns: frozenset[str]
    admitted_faults: frozenset[str]
    admission_event: dict[str, object]
    conditional_threat_event: dict[str, object]

    @classmethod
    def load(cls) -> Cues:
        resource = files("communique") / "data" / "lexicon" / CUES_FILE
        try:
            raw = json.loads(resource.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(
                f"cue list {resource} cannot be read ({exc}); reinstall communique "
                f"or restore data/lexicon/{CUES_FILE}"
            ) from exc
        return cls.from_dict(raw, where=str(resource))

    @classmethod
    def from_dict(cls, raw: dict, *, where: str = CUES_FILE) -> Cues:
        values: dict[str, object] = {}
        for name, hint in cls.__annotations__.items():
            if name not in raw:
                raise DataError(f"cue list {where}: key {name!r} is missing; add it as a list of lemmas")
            value = raw[name]
            if hint.startswith("dict"):
                if not isinstance(value, dict):
                    raise DataError(f"cue list {where}: {name!r} must be an object")
                values[name] = {str(k).lower(): v for k, v in value.items()}
            else:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise DataError(f"cue list {where}: {name!r} must be a list of strings")
                values[name] = frozenset(v.lower() for v in value)
        for key in ("obligation_event", "refusal_event", "attribution_event", "denunciation_event",
                    "admission_event", "conditional_threat_event"):
            event = values[key]
            if event and event.get("event") not in PLOVER_CATEGORIES:  # type: ignore[union-attr]
                raise DataError(f"cue list {where}: {key} needs a PLOVER 'event', "
                                f"one of {list(PLOVER_CATEGORIES)}")
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Reading:
    """What the context of one trigger says about it."""

    factuality: Factuality
    factuality_cue: str | None
    historical: bool
    historical_cue: str | None
    speech_verb: int | None  # token index of the verb of speech above the chain


def clause_chain(trigger: Token, cues: Cues) -> tuple[list[Token], Token | None]:
    """The trigger and its governors within one clause chain, and the verb of
    speech that introduces the chain (or None)."""
    issuer = ultimatum_issuer(trigger)
    if issuer is not None:
        # the threat is read where the ultimatum is set ("has told Seoul to stop ...")
        chain, speech = clause_chain(issuer, cues)
        return [trigger, *chain], speech
    chain = [trigger]
    token = trigger
    speech: Token | None = None
    seen = {trigger.i}
    if _reduced_relative(trigger):
        return chain, _speech_over(trigger, cues)
    done = accomplished_by(trigger)
    if done is not None:
        # "the deal REACHED at last week's summit will be implemented next
        # month": the deal was reached, whatever is still to come of it
        return [trigger, done], _speech_over(trigger, cues)
    while token.head.i != token.i:
        head = token.head
        if head.i in seen:
            break
        if _is_speech(head, cues) and token.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl") \
                and not _directed(token, cues):
            speech = head
            break
        if not _climbs(token, cues):
            break
        chain.append(head)
        seen.add(head.i)
        if _done_where(token, head):
            # "work out the patrols AGREED AT the Kremlin SUMMIT this week":
            # where an act was done is as done as the act
            break
        token = head
    if speech is None:
        speech = _speech_over(token, cues)
    return chain, speech


def _directed(token: Token, cues: Cues) -> bool:
    """True for the infinitive of a directive verb with someone told
    ("TOLD Moscow TO CLOSE its consulate", "GAVE Britain a week TO
    RELEASE the tanker"): no report of what was said but an act wanted of
    them."""
    head = token.head
    if token.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if ordered_done(token):
        return False  # "ordered them JAILED": the order is the act
    if (head.lemma_.lower() in ORDERING_VERBS and token.lemma_.lower() in CUSTODIAL_LEMMAS
            and any(c.dep_ == "auxpass" for c in token.children)):
        return False  # "a court ordered four journalists TO BE HELD in detention": so is this one
    if head.lemma_.lower() not in cues.directive_verbs:
        return False
    if token.dep_ == "ccomp":
        # "ALLOWING Ukraine TO STRIKE deep inside Russia": the model may hang
        # the one told on the infinitive as its subject
        return (any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
                and any(c.dep_ == "nsubj" for c in token.children))
    return token.dep_ in ("xcomp", "advcl") and any(c.dep_ in ("dobj", "dative") for c in head.children)


# Verbs whose object a participle after it says what is done to it by the
# verb's subject ("a court ordered him DETAINED"); not "wanted him
# arrested", which is a wish.
ORDERING_VERBS = frozenset({"order"})


# Acts of custody a court or an authority carries out by ordering them
# done ("ordered him TO BE HELD", "ordered them TO BE DEPORTED").
CUSTODIAL_LEMMAS = frozenset({"hold", "detain", "jail", "imprison", "arrest", "remand", "release", "free",
                              "deport", "expel", "extradite"})


def ordered_done(verb: Token) -> bool:
    """A participle of a small clause under a verb of ordering, which the
    model reads as a clause with the object its subject ("a court ORDERED
    HIM DETAINED for two months") or as a complement after the ordering
    verb's object ("ordered THEM JAILED")."""
    return (verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.tag_ in ("VBD", "VBN")
            and verb.head.lemma_.lower() in ORDERING_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in verb.children)
            and any(c.dep_ == "nsubj" and c.i == verb.i - 1 for c in verb.children)
            or verb.dep_ == "xcomp" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in ORDERING_VERBS
            and any(c.dep_ == "dobj" and c.i == verb.i - 1 for c in verb.head.children)
            or _mandated(verb))


def _mandated(verb: Token) -> bool:
    """A passive act of custody (``CUSTODIAL_LEMMAS``) in the subjunctive
    under a verb of ordering: "a court ORDERED THAT Kordzaia BE HELD in
    pretrial detention" (not "ordered that the talks be held in Geneva")."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in ORDERING_VERBS
            and verb.lemma_.lower() in CUSTODIAL_LEMMAS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
            and not any(c.dep_ == "aux" for c in verb.children))


def ordered_undergoers(verb: Token) -> list[Token]:
    """Who an ordered participle (``ordered_done``) is done to: "HIM"."""
    return ([s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
            or [o for o in verb.head.children if o.dep_ == "dobj" and o.i == verb.i - 1])


# Lemmas that state the threat of an ultimatum ("... OR FACE sanctions").
ULTIMATUM_LEMMAS = frozenset({"face"})


def ultimatum_issuer(verb: Token) -> Token | None:
    """The verb that sets an ultimatum whose threat ``verb`` states: in
    "told Seoul to stop the broadcasts OR FACE military action", "gave
    Britain a week to release the tanker OR FACE retaliation", the telling
    or giving. The threat is made when it is told, whatever the act asked
    for."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in ULTIMATUM_LEMMAS:
        return None
    asked = verb.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in asked.children):
        return None
    if asked.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in asked.children):
        return None
    issuer = asked.head
    if not any(c.dep_ in ("dobj", "dative") for c in issuer.children):
        return None
    return issuer


def _reduced_relative(trigger: Token) -> bool:
    """A trigger in the past participle after its noun tells what was done to
    that noun, whatever the clause around the noun says: "called for the
    release of an organiser DETAINED in Lara", "an activist ARRESTED the day
    before would be charged" (the small model tags some "VBD": "implement
    the patrols AGREED at the summit"). (Not after a pronoun: "those
    SANCTIONED" is whoever will be.)"""
    return (trigger.dep_ == "acl" and trigger.tag_ in PARTICIPLE_TAGS
            and trigger.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in (*_MODAL_DEPS, "nsubj", "nsubjpass") for c in trigger.children))


def accomplished_by(noun: Token) -> Token | None:
    """The past participle after an event noun that says the act was done
    ("the deal REACHED in Doha", "the accord SIGNED on Monday", "the talks
    HELD in Geneva"), or None. Not one that says it is planned, proposed or
    wanted ("the talks SCHEDULED for Monday", "the truce PROPOSED by Egypt"):
    only the verbs of ``ACCOMPLISHED_PARTICIPLES``."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in PARTICIPLE_TAGS
                 and c.lemma_.lower() in ACCOMPLISHED_PARTICIPLES
                 and not any(a.dep_ in _MODAL_DEPS for a in c.children)), None)


# The tags of a participle after its noun: the small model tags some "VBD"
# ("the patrols AGREED at the summit").
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def _done_where(phrase: Token, participle: Token) -> bool:
    """Whether ``phrase`` is a phrase of place or time ("AT talks with the
    EU", "IN Doha") on a participle after its noun that tells an act as done
    ("the roadmap AGREED at talks"), not what the act is for ("talks AIMED
    AT averting strikes")."""
    return (phrase.dep_ == "prep" and phrase.lower_ in SETTING_WORDS
            and participle.lemma_.lower() in ACCOMPLISHED_PARTICIPLES and _reduced_relative(participle))


# Prepositions of a phrase that says where or when an act was done.
SETTING_WORDS = frozenset({"at", "in", "on", "during", "near", "outside", "inside", "aboard"})

# Past participles that tell an act as done ("the deal REACHED", "the
# accord SIGNED", "the talks HELD", "the truce BROKERED by Qatar").
ACCOMPLISHED_PARTICIPLES = frozenset({
    "reach", "sign", "agree", "conclude", "hold", "conduct", "stage", "seal", "strike",
    "broker", "ink", "finalise", "finalize", "carry", "launch", "impose", "adopt"})


# Verbs of threatening whose condition is part of the threat ("THREATENED
# to strike if ..."), as a warning's is.
THREAT_VERBS = frozenset({"threaten", "vow"})

# Future governors only over an infinitive: "is GOING to visit", not "WENT
# on strike".
INFINITIVE_ONLY_GOVERNORS = frozenset({"go"})


# Prepositions whose object is taken as given, whatever the clause says:
# "agreed to deepen ties DURING talks" (the talks took place), "AFTER the
# summit", "SINCE the invasion".
PRESUPPOSING_PREPOSITIONS = frozenset({"during", "after", "since", "following", "amid", "despite"})


# Nouns of a part in an act, whose object is taken as given: "denied
# RESPONSIBILITY FOR a drone strike" denies who did it, not that it happened.
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "involvement", "role", "part", "blame", "complicity"})
# Nouns of looking into something, whose "into/of" object has happened:
# "called for an INQUIRY INTO this week's drone strike".
INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation", "probe"})
# Verbs of answering, whose "to/for" object has happened: "would RESPOND TO
# the expulsion of two of its diplomats".
RESPONSE_VERBS = frozenset({"respond", "react", "reply", "retaliate", "answer"})
# Nouns of reacting, whose "at/against/over/to/for" object has happened: "a
# boycott IN PROTEST AT the arrest of a lawyer", "IN RESPONSE TO the expulsion".
REACTION_NOUNS = frozenset({"protest", "response", "retaliation", "reaction", "reprisal",
                            "anger", "outrage", "concern", "alarm", "dismay", "indignation"})
REACTION_PREPOSITIONS = frozenset({"at", "against", "over", "to", "for", "about"})


# Verbs whose object is another party's act already made, addressed to the
# verb's subject: "would CONSIDER Iraq's request", "has RECEIVED a request
# from Mongolia", "TURNED down the demand".
ANSWERING_VERBS = frozenset({"consider", "study", "examine", "review", "receive", "get", "answer",
                             "reject", "accept", "welcome", "decline", "turn", "refuse",
                             "dismiss", "deny", "rebuff", "refute", "rebut"})


def _specific_act(noun: Token) -> bool:
    """An act noun that names a particular act: with its author ("Iraq's",
    "from Mongolia") or a definite determiner ("the arrest")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "from"
        or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def answered_act(noun: Token) -> bool:
    """An act noun with its author ("Iraq's request", "a request from
    Mongolia") that the clause's subject considers, receives or answers
    ("Poland's accusation WAS DISMISSED by Moscow" too): the act was made,
    whatever the clause's own modality."""
    return (noun.dep_ in ("dobj", "nsubjpass") and noun.pos_ == "NOUN"
            and noun.head.lemma_.lower() in ANSWERING_VERBS
            and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "from"
                    for c in noun.children))


# Verbs that undo a standing act: "urged China to LIFT ITS BAN", "called on
# Washington to REVERSE ITS SANCTIONS". What they would undo is in force.
UNDOING_VERBS = frozenset({"lift", "withdraw", "reverse", "rescind", "revoke", "repeal", "ease",
                           "loosen", "relax", "remove", "overturn"})


def undone_act(noun: Token) -> bool:
    """A particular act noun ("its ban", "the sanctions") that a verb would
    undo: the act stands, whatever the clause's own modality."""
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDOING_VERBS
            and _specific_act(noun))


def reaction_phrase(prep: Token) -> bool:
    """A preposition of a reaction noun: "in protest AT", "in response TO"
    (the small model often hangs it on the verb instead of the noun)."""
    before = prep.doc[prep.i - 1] if prep.i else None
    return prep.lower_ in REACTION_PREPOSITIONS and (
        prep.head.lemma_.lower() in REACTION_NOUNS
        or before is not None and before.lemma_.lower() in REACTION_NOUNS)


def _climbs(token: Token, cues: Cues) -> bool:
    dep = token.dep_
    if dep == "prep" and token.lower_ in ("for", "in") and token.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        return False
    if dep == "prep" and token.lower_ in ("to", "for") and token.head.lemma_.lower() in RESPONSE_VERBS:
        return False
    if dep == "prep" and token.lower_ in ("into", "of") and token.head.lemma_.lower() in INQUIRY_NOUNS:
        return False
    if dep == "prep" and reaction_phrase(token) or answered_act(token) or undone_act(token):
        return False
    if dep == "agent" and token.head.tag_ == "VBN" and any(
            _specific_act(o) for o in token.children if o.dep_ == "pobj"):
        # "would not be deterred BY a threat FROM Pyongyang", "BY THE arrest":
        # a passive's agent that is a particular act is a doer, whatever
        # befalls the verb (not "would not be broken by an attack")
        return False
    if dep == "dobj" and token.head.lower_ in PRESUPPOSING_PREPOSITIONS and token.head.tag_ == "VBG":
        # "pledged to keep in contact FOLLOWING TALKS on Wednesday": the
        # model reads the preposition as a participle
        return False
    if dep in ("advcl", "conj") and token.tag_ in ("VBD", "VBN") and any(
            c.dep_ == "mark" and c.lower_ in ("after", "since") for c in token.children):
        # "would pay the wages, a day AFTER the workers BLOCKED the highway":
        # what a clause in the past after "after" tells has happened (the small
        # model sometimes makes that clause a conjunct)
        return False
    if dep == "prep" and token.lower_ in PRESUPPOSING_PREPOSITIONS:
        # ... unless the verb it hangs on is itself future or conditional:
        # "will withdraw AFTER the summit" (the summit is still to come);
        # not a modal perfect, which looks back: "Kim MAY HAVE LOST his
        # enthusiasm AFTER the talks" (the talks were held).
        verb = token.head
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve")
                                      for c in verb.children):
            return False
        return any(c.dep_ == "aux" and (c.lower_ in cues.future_auxiliaries
                                        or c.lower_ in cues.hypothetical_auxiliaries)
                   for c in verb.children)
    if dep == "conj":
        # "will meet and SIGN" shares its auxiliaries; a conjoined noun
        # ("the visit ... and nine YEARS since the talks") is a second item.
        return token.pos_ in ("VERB", "AUX")
    if dep in _CHAIN_DEPS:
        return True
    if dep == "advcl":
        # "to hold talks" (purpose/infinitive) belongs to its governor;
        # "after/if/when ..." starts a clause with its own cues.
        # "called FOR Russia to withdraw": a for-to infinitive is one too.
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not [
            m for m in _marks(token) if m != "for"]
    if dep == "ccomp":
        return token.head.lemma_.lower() in (cues.negating_governors | cues.future_governors
                                             | cues.hypothetical_governors) or ordered_done(token) \
            or _directed(token, cues)
    return False


def _speech_over(token: Token, cues: Cues) -> Token | None:
    """A verb of speech whose complement is ``token``'s clause, if any."""
    if token.head.i != token.i and _is_speech(token.head, cues) and token.dep_ in ("ccomp", "parataxis"):
        return token.head
    # "X attacked Y, officials said": the clause is the root and the verb of
    # speech hangs from it as a parataxis or ccomp.
    for child in token.children:
        if child.dep_ in ("parataxis", "ccomp") and _is_speech(child, cues) and child.i > token.i:
            if not any(c.dep_ in ("ccomp", "xcomp") for c in child.children):
                return child
    return None


def _is_speech(token: Token, cues: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in cues.speech_verbs


def _marks(token: Token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ == "mark"]


def read_context(trigger: Token, cues: Cues) -> Reading:
    """Factuality, history and the verb of speech for one trigger."""
    chain, speech = clause_chain(trigger, cues)
    factuality, cue = _factuality(chain, cues, speech)
    hist_cue = _historical_cue(chain, cues)
    return Reading(
        factuality=factuality,
        factuality_cue=cue,
        historical=hist_cue is not None,
        historical_cue=hist_cue,
        speech_verb=speech.i if speech is not None else None,
    )


def read_phrase_context(noun: Token, cues: Cues) -> Reading:
    """The reading of a noun phrase whose content is presupposed: only the
    phrase's own words and the nouns that govern it count ("no closer ties",
    "fears of a rift"), not the verb above it ("trying to keep the closer
    relationship in check" presupposes the closer relationship)."""
    chain, speech = clause_chain(noun, cues)
    own: list[Token] = []
    for token in chain:
        if token.i != noun.i and token.pos_ in ("VERB", "AUX"):
            break
        own.append(token)
    factuality, cue = _factuality(own, cues, speech)
    return Reading(factuality=factuality, factuality_cue=cue, historical=False,
                   historical_cue=None, speech_verb=speech.i if speech is not None else None)


def _factuality(chain: Sequence[Token], cues: Cues,
                speech: Token | None = None) -> tuple[Factuality, str | None]:
    # Under a verb of speech in the past, "would" is a backshifted "will":
    # "they said they WOULD meet" reports a plan, not a possibility.
    # So under one in the past perfect: "had announced it WOULD recommend".
    backshifted = speech is not None and (speech.tag_ == "VBD" or speech.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in speech.children))
    for k, token in enumerate(chain):
        lemma = token.lemma_.lower()
        children = list(token.children)
        # A first conjunct shares its auxiliaries ("will meet and sign") but
        # its own verb does not govern the second ("called X unlawful and
        # demanded Y"); nor does a participle after its noun govern where
        # it was done ("the roadmap AGREED AT TALKS with the EU").
        governs = k > 0 and chain[k - 1].dep_ != "conj" and not _done_where(chain[k - 1], token)
        for child in children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and low in cues.negation_words):
                return "negated", child.text
        phrases = _phrasal(token) if governs else set()
        if (phrases & cues.negating_governors and not _answers_claim(chain[:k], phrases, cues)
                and not _kept_from(chain[k - 1]) and not _manner_phrase(chain[k - 1])):
            return "negated", token.text
        for child in children:
            if child.dep_ == "mark" and child.lower_ in cues.conditional_markers:
                return "hypothetical", child.text
            # "once the war IS over": a present-tense clause of a time yet to come.
            if (child.dep_ == "mark" and child.lower_ in cues.present_conditional_markers
                    and present_tense(token)):
                return "hypothetical", child.text
            # "will attack IF talks fail": a condition hanging from the verb.
            # (Not "THREATENED to veto the sanctions UNLESS Ukraine RESTORES
            # gas transit": a condition in the present on a verb in the past
            # is what was said, not a condition on the saying.)
            # (Nor "WARNED of a strike IF Seoul tried to search its ships":
            # a warning made in the past holds its condition; it was made.)
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_markers
                                             for m in child.children) and not (
                    token.tag_ == "VBD" and child.tag_ in ("VBZ", "VBP")) and not (
                    token.tag_ == "VBD" and token.lemma_.lower() in cues.warning_words | THREAT_VERBS):
                return "hypothetical", child.text
        for child in children:
            if child.dep_ in _MODAL_DEPS:
                low = child.lower_
                if low in cues.future_auxiliaries or child.lemma_.lower() in cues.future_auxiliaries:
                    return "future", child.text
                if backshifted and low in ("would", "'d"):
                    return "future", child.text
                if low in cues.hypothetical_auxiliaries:
                    return "hypothetical", child.text
        if governs:
            if phrases & cues.future_governors and not (
                    lemma in INFINITIVE_ONLY_GOVERNORS and chain[k - 1].dep_ != "xcomp"):
                return "future", token.text
            if phrases & cues.hypothetical_governors and not _manner_phrase(chain[k - 1]) and not (
                    chain[k - 1].dep_ == "compound" and lemma in UNDERTAKING_NOUNS):
                # (not a phrase of how it was done: "DISCUSSED the crisis IN a
                # call", "forces PUSHED across the frontier IN an incursion")
                return "hypothetical", token.text
            if _directed(chain[k - 1], cues):
                return "hypothetical", token.text  # "told Moscow TO CLOSE its consulate"
            if _purpose_of_description(chain[k - 1], token):
                return "hypothetical", token.text  # "units RAISED by Washington TO FIGHT Isis"
            purpose = _purpose_of_noun(chain[k - 1], token)
            if purpose is not None:
                return purpose, token.text  # "a FORCE TO FIGHT Isis", "the talks TO BE HELD"
            # "Putin is to visit": an infinitive under a bare "be".
            if lemma == "be" and chain[k - 1].dep_ == "xcomp":
                return "future", token.text
        if token.pos_ in ("NOUN", "PROPN"):
            for child in children:
                if child.dep_ in ("amod", "compound", "det", "nummod", "advmod"):
                    word = child.lower_
                    if word in cues.negating_modifiers:
                        return "negated", child.text
                    if word in cues.future_modifiers:
                        return "future", child.text
                    if word in cues.hypothetical_modifiers:
                        return "hypothetical", child.text
    return "asserted", None


def _purpose_of_description(infinitive: Token, participle: Token) -> bool:
    """An infinitive of purpose on a participle that describes a noun
    ("militias RAISED by Washington TO FIGHT Islamic State", "soldiers SENT
    TO ATTACK their positions"): what the thing is for, not a report that it
    was done. (A finite verb's purpose, "Kenya SENT police to help", is read
    as its governor is.)"""
    return (participle.dep_ == "acl" and participle.tag_ == "VBN"
            and infinitive.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children))


# Words before a noun with which its infinitive tells what was done: "the
# FIRST country to recognise Palestine", "the ONLY leader to visit Kyiv".
DONE_RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next",
                                "sole", "fourth", "fifth"})


# Bodies and means raised for an end, whose infinitive is that end: "a
# FORCE to fight Isis", "a FUND to rebuild Gaza".
PURPOSE_BEARERS = frozenset({"group", "force", "unit", "militia", "army", "brigade", "battalion",
                             "troop", "soldier", "fighter", "volunteer", "contingent", "coalition",
                             "team", "squad", "mission", "fund", "money", "package", "alliance"})


def _purpose_of_noun(infinitive: Token, noun: Token) -> Factuality | None:
    """What an infinitive on a noun tells: on a body or means raised for it
    ("a group TO FIGHT Isis", "money TO REBUILD the grid", ``PURPOSE_BEARERS``)
    the noun's purpose (hypothetical); in the passive ("the summit TO BE
    HELD in Oslo") a plan (future); None where the noun is ranked among
    those who did it ("the first country TO RECOGNISE Palestine"), for any
    other noun, or no noun."""
    if noun.pos_ not in ("NOUN", "PROPN") or infinitive.dep_ != "acl" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    if any(c.lower_ in DONE_RANKING_WORDS for c in noun.children if c.dep_ in ("amod", "det")):
        return None
    if any(c.dep_ == "auxpass" for c in infinitive.children):
        return "future"
    # (an act's noun is done as the act is: "Britain's DECISION to expel 23
    # diplomats", "signed agreements to normalise relations")
    return "hypothetical" if noun.lemma_.lower() in PURPOSE_BEARERS else None


# Nouns of an undertaking whose compound names what is being done, and
# done ("the relief EFFORT", "the bombing CAMPAIGN", "the army's PUSH"):
# only their infinitive is attempted ("an effort TO BROKER a truce").
UNDERTAKING_NOUNS = frozenset({"effort", "campaign", "push"})

# Prepositions of an adjunct telling how, not what was stopped: "blocked the
# highway IN protest". ("amid", "during" and "despite" phrases never reach a
# governor: see PRESUPPOSING_PREPOSITIONS.)
MANNER_PREPOSITIONS = frozenset({"in", "with"})


def _manner_phrase(token: Token) -> bool:
    """True for a phrase of manner or cause on a negating or hypothetical
    verb ("farmers BLOCKED the road IN PROTEST over prices"): the protest is
    how the road was blocked, not something blocked."""
    return token.dep_ == "prep" and token.lower_ in MANNER_PREPOSITIONS


def _kept_from(token: Token) -> bool:
    """True for a participle the model reads as the complement of "stop" or
    "prevent" although it describes the object kept from something: "to
    stop PROTESTING miners from reaching the square" (the miners were
    protesting; their reaching the square is what was stopped)."""
    return token.dep_ == "xcomp" and token.tag_ == "VBG" and any(
        c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
        for c in token.children)


def _answers_claim(below: Sequence[Token], phrases: set[str], cues: Cues) -> bool:
    """True when a negating governor answers a claim its object names
    ("Moscow REJECTED Finland's accusation", "dismissed the threat as
    blackmail", "dismissed AS baseless accusations by Kinshasa"): the claim
    was made, only what it says or asks is refused. ``below`` is the chain
    up to the governor. "Denied ANY accusation" still negates."""
    if len(below) > 1 and below[-1].dep_ == "prep" and below[-1].lower_ == "as":
        below = below[:-1]
    noun = below[-1]
    # only the claim itself: what it says ("accusations THAT its troops
    # FOUGHT ...") is what the answer denies
    return (len(below) == 1 and noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj")
            and noun.lemma_.lower() in cues.answered_claims
            and bool(phrases & cues.answering_governors)
            and not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children))


def present_tense(verb: Token) -> bool:
    """True when a verb is in the present tense, by itself or its auxiliary."""
    return any(t.tag_ in ("VBZ", "VBP") for t in (verb, *verb.children)
               if t.i == verb.i or t.dep_ in _MODAL_DEPS)


def past_perfect(verb: Token) -> bool:
    """True for a verb in the past perfect ("HAD requested", "had been met")."""
    return verb.tag_ == "VBN" and any(c.dep_ in _MODAL_DEPS and c.lower_ == "had" for c in verb.children)


def before_story(chain: Sequence[Token], cues: Cues) -> bool:
    """True when the clause of an event places it before the story at an
    unknown time: the past (simple or perfect) under a verb of belief or
    understanding in the present ("it IS BELIEVED that the North REQUESTED
    ...", "officials SUSPECT the army HAD SHELLED ..."). A verb of saying is
    no such cue ("officials say the army shelled the town" is usually the
    day's news), nor is the past perfect alone: in news narration it mostly
    orders the events of the story's own day ("protesters had marched since
    the morning")."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    top = chain[-1]
    if not (verb.tag_ == "VBD" or past_perfect(verb)) or top.dep_ != "ccomp":
        return False
    governor = top.head
    return governor.lemma_.lower() in cues.belief_verbs and present_tense(governor)


# Adverbs that make a verb one of carrying on ("pressed AHEAD with its
# withdrawal"): it governs as that phrase, not as its bare lemma ("press").
CONTINUING_ADVERBS = frozenset({"ahead"})


def _phrasal(token: Token) -> set[str]:
    """The lemma, and the lemma with each particle or preposition ("call for");
    only the lemma with its adverb for one of carrying on ("press ahead")."""
    lemma = token.lemma_.lower()
    onward = [c.lower_ for c in token.children
              if c.dep_ in ("advmod", "prt") and c.lower_ in CONTINUING_ADVERBS]
    if onward:
        return {f"{lemma} {onward[0]}"}
    return {lemma, *(f"{lemma} {c.lower_}" for c in token.children
                     if c.dep_ == "prt" or c.dep_ == "prep" and not _time_phrase(c)),
            *(f"{lemma} for" for c in token.children if c.dep_ == "advcl"
              and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))}


def _time_phrase(prep: Token) -> bool:
    """A preposition whose object is a time ("called Macron ON WEDNESDAY"):
    an adjunct of when, not the particle of a phrasal verb ("called ON
    Russia to withdraw")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _historical_cue(chain: Sequence[Token], cues: Cues) -> str | None:
    trigger = chain[0]
    for token in chain:
        if token.lower_ in cues.historical_markers and token.dep_ in ("prep", "mark", "advmod"):
            return token.text
        for child in token.children:
            if child.lower_ == "ago" or (
                child.dep_ == "npadvmod" and any(g.lower_ == "ago" for g in child.children)
            ):
                return "ago"
        if token.i != trigger.i and token.pos_ not in ("NOUN", "PROPN", "ADP", "SCONJ"):
            break  # a governing verb ends the trigger's own phrase
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            if child.dep_ in ("amod", "advmod") and child.lower_ in cues.historical_modifiers:
                return child.text
    else:
        perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
        marker = next((c for c in trigger.children if c.dep_ == "advmod"
                       and c.lower_ in (cues.historical_modifiers | cues.historical_markers
                                        | cues.perfect_background_markers)), None)
        if perfect and marker is not None:
            return f"had {marker.text}"
    return None


# ---------------------------------------------------------------------------
# Who claims it
# ---------------------------------------------------------------------------


def find_claimant(
    trigger: Token,
    speech_verb: Token | None,
    entity_of: Callable[[Token], Entity | None],
    cues: Cues,
    *,
    home_country: str | None = None,
) -> Entity | None:
    """The entity that asserts the trigger's clause, or None.

    ``entity_of`` maps a token to the actor entity that covers it (the
    events module's mention index). An unnamed speaker ("a high-level
    government source") becomes an anonymous entity of the country named in
    the speaker's phrase, or else of ``home_country`` (the country the
    article is mostly about), with a sector read from the phrase.
    """
    speaker = _speaker(trigger, speech_verb)
    if speaker is None:
        return None
    for token in _phrase_tokens(speaker):
        entity = entity_of(token)
        if entity is not None and token.i == speaker.i:
            return entity
    named = [entity_of(t) for t in _phrase_tokens(speaker)]
    named = [e for e in named if e is not None]
    head = speaker.lemma_.lower()
    if head not in cues.anonymous_speakers and not named:
        return None
    country = next((e.country for e in named if e.country), None) or home_country
    org = next((e.org for e in named if e.org), None)
    sector = cues.anonymous_speakers.get(head)
    if sector in (None, "GOV"):  # "military officials", "government source"
        for token in speaker.subtree:
            if token.i != speaker.i and token.lower_ in cues.sector_words:
                sector = cues.sector_words[token.lower_]
    words = [t for t in speaker.subtree if t.dep_ not in ("det", "punct", "relcl")]
    text = " ".join(t.text for t in words) if words else speaker.text
    label = " ".join(x for x in (country or org, sector, head) if x)
    return Entity(text=text, name=f"anonymous {label}", country=country, org=org,
                  sector=sector, type=None, resolved_by="claimant:anonymous")


def _speaker(trigger: Token, speech_verb: Token | None) -> Token | None:
    if speech_verb is not None:
        for child in speech_verb.children:
            if child.dep_ == "nsubj":
                return child
            # "it is believed that ...": an impersonal passive names no
            # speaker; "... was reported BY the agency" does.
            if child.dep_ == "agent":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
        return None
    # "according to X" attached anywhere in the trigger's sentence.
    for token in trigger.sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _phrase_tokens(speaker: Token) -> list[Token]:
    return [speaker, *(t for t in speaker.subtree if t.i != speaker.i and t.dep_ != "relcl")]


def dominant_country(actors: Sequence[ActorMention]) -> str | None:
    """The country named most often among an article's actor mentions."""
    counts: dict[str, int] = {}
    for mention in actors:
        code = mention.entity.country
        if code:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], c))
