"""Statements about the state of a relation between two actors.

"the closer relationship between North Korea and Russia", "its relationship
with China has cooled", "a cooperative atmosphere between Seoul and Beijing",
"ties have soured", "the two are getting closer to each other". Such a
sentence says how a relation stands (its ``stance``) or moves (its
``trend``); it is not an event.

``find_relations`` reads each sentence in two ways:

1. a relation noun ("ties", "relationship", from the relation lexicon) whose
   parties are named by "between A and B", "A's ... with B", "A-B ties" or
   a possessive pronoun ("its ties with China": the actor of the governing
   subject, else the actor named last before it), and whose state is given
   by a cue word that modifies it ("closer ties"), predicates it ("ties
   have cooled", "relations are strained") or governs it;
2. a cue word predicated of conjoined actors or of an actor and a partner
   ("Seoul and Tokyo have grown closer", "A is getting close to B").

Factuality and claimant come from ``communique.factuality``, as for events,
with one difference: a state given only by a modifier of the relation noun
("the CLOSER relationship between A and B", "the IMPROVING ties") is
presupposed by the writer, so only the noun's own phrase ("fears of closer
ties", "no warmer relations") can make it other than asserted; the verb that
governs the phrase ("trying to keep the closer relationship in check") does
not.

Claims of one pair and one factuality within an article are merged into one
claim (``merge_claims``): its stance and trend are the most specific of its
sentences', and every sentence is kept as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .events import MentionIndex, phrase_entities
from .factuality import Cues, dominant_country, find_claimant, read_context, read_phrase_context
from .model import ActorMention, Article, Entity, Evidence, RelationClaim
from .nlp import sentence_evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that only link a relation noun to its state: "relations ARE strained",
# "ties have GROWN closer", "the atmosphere REMAINS cordial".
LINKING_VERBS = frozenset({"be", "grow", "become", "get", "remain", "stay", "seem", "turn", "appear", "look"})
PARTNER_PREPOSITIONS = frozenset({"with", "to", "toward", "towards"})
PRONOUN_OWNERS = frozenset({"its", "their", "his", "her", "our"})
# Dependency labels of a relation noun's attributive modifiers: a state they
# give is presupposed ("the closer relationship", "the improving ties").
ATTRIBUTIVE_DEPS = frozenset({"amod", "compound", "acl"})
# How specific a stance or trend is, for merging claims: any value beats
# none, and a neutral or stable reading gives way to a marked one. Between
# equally specific values the earlier sentence wins.
STANCE_SPECIFICITY = {"neutral": 1, "cooperative": 2, "strained": 2, "hostile": 3}
TREND_SPECIFICITY = {"stable": 1, "improving": 2, "deteriorating": 2}


def find_relations(
    doc: Doc,
    article: Article,
    lexicon: Any,
    actors: tuple[ActorMention, ...],
    *,
    cues: Cues | None = None,
) -> tuple[RelationClaim, ...]:
    """Every relation claim of one parsed article, one per pair and factuality."""
    cues = cues or Cues.load()
    index = MentionIndex(actors, ())
    home = dominant_country(actors)
    claims: list[RelationClaim] = []
    for sent in doc.sents:
        seen: set[tuple[str, str]] = set()
        for token in sent:
            found = _from_noun(token, lexicon, index, actors) or _from_predicate(token, lexicon, index)
            if found is None:
                continue
            pair, state_words, anchor = found
            if pair in seen:
                continue
            stance, trend, cue_words = _state(state_words, lexicon)
            if stance is None and trend is None:
                continue
            seen.add(pair)
            reading = read_context(anchor, cues)
            factuality = reading.factuality
            if _attributive(token, cue_words):
                factuality = read_phrase_context(token, cues).factuality
            speech = doc[reading.speech_verb] if reading.speech_verb is not None else None
            text, span = sentence_evidence(sent)
            words = " ".join(t.text for t in sorted(cue_words, key=lambda t: t.i))
            claims.append(RelationClaim(
                pair=pair, text=text, span=span,
                stance=stance, trend=trend, factuality=factuality,
                claimed_by=find_claimant(anchor, speech, index.entity_of, cues, home_country=home),
                evidence=(Evidence(event_text=words, text=text, span=span),),
            ))
    return merge_claims(claims)


def merge_claims(claims: Sequence[RelationClaim]) -> tuple[RelationClaim, ...]:
    """One claim per pair and factuality: the first sentence's claim, with
    the most specific stance and trend of all its sentences and every
    sentence as evidence."""
    merged: dict[tuple[tuple[str, str], str], RelationClaim] = {}
    for claim in claims:
        key = (claim.pair, claim.factuality)
        kept = merged.get(key)
        if kept is None:
            merged[key] = claim
            continue
        merged[key] = RelationClaim(
            pair=kept.pair, text=kept.text, span=kept.span,
            stance=_more_specific(kept.stance, claim.stance, STANCE_SPECIFICITY),
            trend=_more_specific(kept.trend, claim.trend, TREND_SPECIFICITY),
            factuality=kept.factuality, claimed_by=kept.claimed_by or claim.claimed_by,
            evidence=kept.evidence + claim.evidence,
        )
    return tuple(merged.values())


def _more_specific(kept: str | None, new: str | None, rank: dict[str, int]) -> str | None:
    if new is None:
        return kept
    if kept is None or rank.get(new, 0) > rank.get(kept, 0):
        return new
    return kept


def _attributive(noun: Token, cue_words: Sequence[Token]) -> bool:
    """True when every word that gave the state modifies the relation noun
    itself ("the closer relationship"), so the state is presupposed."""
    return bool(cue_words) and all(w.head.i == noun.i and w.dep_ in ATTRIBUTIVE_DEPS
                                   for w in cue_words)


def _nouns(lexicon: Any) -> frozenset[str]:
    """Relation nouns, and cue nouns that name a relation in a state
    ("the RIFT between ...", "TENSIONS between ...")."""
    nouns = frozenset(getattr(lexicon, "nouns", ()) or ())
    return nouns | frozenset(c.lemma for c in getattr(lexicon, "cues", ()) if getattr(c, "pos", "") == "NOUN")


def _cues_for(token: Token, lexicon: Any) -> tuple[Any, ...]:
    match = getattr(lexicon, "match", None)
    if match is not None:
        return tuple(match(token))
    lemma = token.lemma_.lower()
    return tuple(c for c in getattr(lexicon, "cues", ()) if getattr(c, "lemma", None) == lemma)


def _state(words: Iterable[Token], lexicon: Any) -> tuple[str | None, str | None, list[Token]]:
    """Stance and trend given by ``words``, and the words that gave them."""
    stance = trend = None
    used: list[Token] = []
    for word in words:
        for cue in _cues_for(word, lexicon):
            if (cue.stance and not stance) or (cue.trend and not trend):
                if word not in used:
                    used.append(word)
            stance = stance or cue.stance
            trend = trend or cue.trend
    return stance, trend, used


def _pair(entities: Sequence[Entity]) -> tuple[str, str] | None:
    codes = sorted({e.country or e.org for e in entities if e.country or e.org})
    if len(codes) != 2:
        return None
    return codes[0], codes[1]


# ---------------------------------------------------------------------------
# 1. A relation noun and its parties
# ---------------------------------------------------------------------------


def _from_noun(token: Token, lexicon: Any, index: MentionIndex,
               actors: Sequence[ActorMention]) -> tuple[tuple[str, str], list[Token], Token] | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in _nouns(lexicon):
        return None
    parties: list[Entity] = []
    partner: list[Entity] = []
    owner: list[Entity] = []
    children = list(token.children)
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.i != token.i:
        # "keeps good relations WITH Moscow", "a relationship exists BETWEEN ..."
        children += [c for c in token.head.children if c.dep_ == "prep"
                     and c.lower_ in ("between", "among", *PARTNER_PREPOSITIONS)]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("between", "among"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    parties += phrase_entities(pobj, index, places=False)
        elif child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    partner += phrase_entities(pobj, index, places=False)
        elif child.dep_ in ("compound", "amod", "nmod", "poss"):
            for t in (child, *child.conjuncts):
                mention = index.actor_at(t)
                if t.dep_ == "poss" and t.lower_ in PRONOUN_OWNERS:
                    # The governing clause's subject first, even when the
                    # resolver linked the pronoun backwards: "as ITS ties
                    # with China cooled, NORTH KOREA hurried ...".
                    found = _pronoun_owner(token, partner_hint=child, index=index, actors=actors,
                                           governing_only=True)
                    owner += found or ([mention.entity] if mention is not None else
                                       _pronoun_owner(token, partner_hint=child, index=index, actors=actors))
                elif mention is not None:
                    owner.append(mention.entity)
    if not parties:
        if not owner and token.dep_ == "dobj":
            # "Seoul and Hanoi enjoy warm relations", "Hungary keeps good
            # relations with Moscow": the holders are the verb's subject.
            owner = [e for s in token.head.children if s.dep_ == "nsubj"
                     for e in phrase_entities(s, index, places=False)]
        if partner and not owner:
            owner = _pronoun_owner(token, partner_hint=None, index=index, actors=actors)
        parties = owner + partner
    pair = _pair(parties)
    if pair is None:
        return None
    # The predicate carries the modality of "ties could sour".
    anchor = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    return pair, _state_words(token), anchor


def _state_words(noun: Token) -> list[Token]:
    """Words that say how the relation named by ``noun`` stands."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "acl", "relcl"))]
    # "the IMPROVEMENT in ties", "NORMALIZATION of relations".
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of", "over") and noun.head.head.pos_ == "NOUN":
        outer = noun.head.head
        words += [outer, *(c for c in outer.children if c.dep_ == "amod")]
        if outer.dep_ in ("nsubj", "nsubjpass"):
            words.append(outer.head)
    words += [g for c in words if c.dep_ == "relcl" for g in c.children if g.dep_ in ("acomp", "advmod")]
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.i != noun.i:
        words.append(head)
        if head.lemma_.lower() in LINKING_VERBS or noun.dep_ == "nsubj":
            words += [c for c in head.children if c.dep_ in ("acomp", "advmod", "oprd", "xcomp", "attr")]
            # "ties have grown much closer": the comparative under its modifier.
            words += [g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "advmod"]
    return words


def _pronoun_owner(noun: Token, *, partner_hint: Token | None, index: MentionIndex,
                   actors: Sequence[ActorMention], governing_only: bool = False) -> list[Entity]:
    """Who "its"/"their" stands for: the subject of a governing clause that
    names an actor ("Seoul said its ties ..."), else the actor named last
    before the noun."""
    node = noun
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (child.i <= noun.i <= _end(child)):
                found = phrase_entities(child, index, places=False)
                if found:
                    return found
    if governing_only:
        return []
    before = [m for m in actors if m.span[1] <= noun.idx]
    return [before[-1].entity] if before else []


def _end(token: Token) -> int:
    return max(t.i for t in token.subtree)


# ---------------------------------------------------------------------------
# 2. A state predicated of actors
# ---------------------------------------------------------------------------


def _from_predicate(token: Token, lexicon: Any,
                    index: MentionIndex) -> tuple[tuple[str, str], list[Token], Token] | None:
    if not _cues_for(token, lexicon):
        return None
    verb = token
    if token.dep_ in ("acomp", "advmod", "oprd", "xcomp") and token.head.lemma_.lower() in LINKING_VERBS:
        verb = token.head
    elif token.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lemma_.lower() in _nouns(lexicon) for s in subjects):
        return None
    parties = [e for s in subjects for e in phrase_entities(s, index, places=False)]
    for holder in (token, verb):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        parties += phrase_entities(pobj, index, places=False)
    pair = _pair(parties)
    if pair is None:
        return None
    return pair, [token], token

