"""Actor resolution: every mention of a political actor -> an ``Entity``.

``resolve_actors`` works in five steps over one parsed article:

1. anchors   known names (states, demonyms, capitals, seats of power,
             organisations, office-holders) found by token lookup in the
             knowledge base; office titles and institution nouns found by
             lemma lookup; people spaCy finds that the KB does not know;
             regional references ("the North") when the article is about
             both places.
2. units     anchors are grouped by the noun they modify, so "Russian
             President Vladimir Putin" or "South Korean presidential office
             member" is one unit (climbing compound / amod / poss arcs).
3. entities  each unit becomes one entity, or one per state for
             coordinated modifiers ("Hungarian and Romanian officials"):
             a person (dated office from the KB), a title holder looked up by
             country + title on the article date ("the Russian president"),
             an institution with its sector ("Russian troops" -> RUS MIL), an
             organisation, a seat of power, a state, or a metonymic capital.
4. discourse later short forms resolve to earlier mentions: a surname, a
             definite title ("the president"), anonymous government sources
             (the country the article is talking about).
5. pronouns  "he"/"she" with exactly one same-gender person in the previous
             sentence (and before it in the same sentence), who is a subject;
             "it"/"its" for the latest state or organisation subject, and
             "they"/"their" for the latest plural group subject, in the same
             or the previous sentence.

Where a unit names no country, it takes one from its surroundings: a place
after the noun ("rebels in Darfur", "refugees fleeing the war in Liberia"),
an ethnic or religious group's home ("Tamil refugees"), and for an unknown
titled person ("President X") the nearest country named in the sentence
whose own holder of that title is not someone else, then the article's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .kb import Institution, KnowledgeBase, NameEntry, Person, Title
from .metonymy import is_metonymic
from .model import ActorMention, Article, Entity, replace

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many sentences after an unnamed "government" the first government the
# article names may still decide whose it is (``_Resolution._settle_home``).
SETTLING_SENTENCES = 1
# A state's offices and agents abroad (lemmas): "an official at IRAN'S
# EMBASSY in Stockholm", "a NORWEGIAN DIPLOMAT must leave" do not make Iran or
# Norway the government that a later "the government" means.
ABROAD_INSTITUTIONS = frozenset({"embassy", "consulate", "mission", "legation", "high commission",
                                 "diplomat", "ambassador", "envoy", "attaché", "attache"})

# Arcs climbed from a modifier to the noun it belongs to, and how far right
# that noun may be (tokens); tuned on the seed article and PLOVER sentences.
# Sectors of institutions that serve where they sit: a capital on them names
# their state ("a MOSCOW court"), as it does not on an embassy.
LOCAL_SECTORS = frozenset({"JUD", "COP"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "flat", "poss", "nn", "appos"})
MAX_CLIMB = 6
PRONOUN_GENDER = {"he": "m", "she": "f"}
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
# Words before a surname that are no given name: "MR Albanese".
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam",
                        "sheikh", "prof", "gen", "col", "sen", "rep", "gov"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "rebels in Darfur", "workers of the company", "refugees from Liberia"
PLACE_PREPOSITIONS = frozenset({"of", "in", "from", "inside", "across", "throughout"})
# People who meet where they are not from: where they are ("negotiators IN
# VIENNA", "Western diplomats in Moscow") says nothing of whose they are
# ("negotiators FROM Iran" does). Not leaders or ministers: "Blinken met
# with leaders in Riyadh" are the host's.
VISITING_NOUNS = frozenset({"negotiator", "delegate", "delegation", "mediator", "envoy", "diplomat"})
# How far a place may hang below a group noun: "refugees [fleeing [the war [in [Liberia]]]]".
PLACE_DEPTH = 4
PLACE_ARCS = frozenset({"prep", "pobj", "acl", "dobj", "relcl"})
# Name kinds that locate a group noun in a country.
PLACE_KINDS = frozenset({"state", "demonym", "capital", "area"})
# ... and those that name a state's office: "the president OF ARMENIA".
COUNTRY_KINDS = frozenset({"state", "demonym", "capital"})
DESTINATION_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})
# "arrived in India", "sought refuge in Germany": where they went, not where they are from.
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "flee", "escape", "seek", "settle", "return", "resettle"})
STATE_PRONOUNS = frozenset({"it", "its"})
# Nouns of what a state or body says of itself: "its" in their content
# clause is their owner's ("Iran's ADMISSION that its military shot down
# the jet", "the ministry's DENIAL that its troops crossed").
SELF_REPORT_NOUNS = frozenset({"acknowledgement", "acknowledgment", "admission", "confession",
                               "denial", "pledge", "promise", "vow"})
GROUP_PRONOUNS = frozenset({"they", "their", "them"})
# Verbs whose "it" subject is expletive: "it is expected", "it seems".
EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "become", "rain", "matter"})
# A surname spelt a little differently is the same person ("Habyariman").
SAME_NAME_RATIO = 0.75
# How a country guessed from the article's context for a bare noun
# ("officials") is marked: events prefer any country the phrase itself names.
GUESSED_COUNTRY = "context:country"
# How a group its own nationality names is marked ("US troops"): its state
# wherever the phrase puts it.
NATIONALITY_NOUN = "rule:nationality+noun"
# How a group of a creed or movement with no home of its own is marked when
# it takes the nearest country named ("ISLAMIST militants attacked a post
# in northern Burkina Faso"): where it acts, not whose it is.
NEAREST_HOME = "rule:group+nearest-country"
# Nouns for a party defined by its tie to another: the state that owns
# one ("Israel's ALLY", "Iran's PROXIES") is not that party.
RELATIONAL_NOUNS = frozenset({"ally", "proxy", "partner", "client", "rival", "enemy", "foe", "adversary",
                              "opponent", "neighbour", "neighbor", "backer", "patron", "sponsor"})
# ... and nouns whose owner is another party but whose nationality is their
# own ("his US COUNTERPART" is American, and not him).
COUNTERPART_NOUNS = frozenset({"counterpart"})
# Nouns that, definite, refer back to a state named before: "the country",
# "the Himalayan nation".
COUNTRY_NOUNS = frozenset({"country", "nation"})
# Words before "country" that make it another country than the one just
# named ("the NEIGHBOURING country", "the HOST country").
OTHER_COUNTRY_WORDS = frozenset({"neighbouring", "neighboring", "other", "another", "home", "host", "foreign",
                                 "third", "donor", "member", "transit", "origin", "each", "every", "any",
                                 "which", "that", "this", "first", "only", "last", "next"})
# Shortest surname whose letters, reordered, still name the same person.
MIN_TRANSPOSED_NAME = 5
# The longest name taken after a title when the tagger saw no person.
MAX_NAME_WORDS = 4


# A bare surname names a former office-holder only within this many years
# of his or her last office.
BARE_SURNAME_YEARS = 12


def _long_out_of_office(person: Person, day: dt.date | None) -> bool:
    """True when ``person`` held no office within BARE_SURNAME_YEARS of ``day``."""
    if day is None or not person.offices:
        return False
    nearest = min(o.days_from(day) for o in person.offices)
    return nearest > BARE_SURNAME_YEARS * 365


@dataclass(frozen=True)
class Anchor:
    """A token range that names (part of) an actor."""

    start: int
    end: int
    kind: str  # person, organization, seat, state, demonym, capital, region,
    # title, institution, unknown-person
    key: str | None = None
    sector: str | None = None
    rule: str | None = None
    title: Title | None = None
    institution: Institution | None = None
    alternatives: tuple[str, ...] = ()  # other people the same name belongs to


@dataclass
class _Unit:
    head: int
    anchors: list[Anchor] = field(default_factory=list)
    phrase_end: int = 0  # one past the noun the anchors modify, short of a possessor's noun

    @property
    def start(self) -> int:
        return min(a.start for a in self.anchors)


def resolve_actors(doc: Doc, article: Article, kb: KnowledgeBase) -> tuple[ActorMention, ...]:
    """Every actor mention in ``doc`` (parsed ``article.text``), in text order."""
    day = article.published.date() if article.published else None
    return _Resolution(doc, kb, day).run()


class _Resolution:
    """The state of resolving one article (built per article, then dropped)."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, day: dt.date | None) -> None:
        self.doc = doc
        self.kb = kb
        self.day = day
        self.mentions: list[ActorMention] = []
        self.home: str | None = None  # the country the article's government talk is about
        self.surnames: dict[str, Entity] = {}
        self.fallback_home: str | None = None  # the state named most often
        self.lower: list[str] = []
        self.lemma: list[str] = []
        self.places: list[tuple[int, str]] = []  # (token, country) of every place or state named
        self.sentence_of: list[int] = []  # sentence number of each token
        self.destinations: set[int] = set()  # places named as where someone goes
        self.counterparts: set[int] = set()  # states named whole as an object ("against Nigeria")
        self.dominant_home: str | None = None  # the state named most, at least twice and clearly
        self.only_state: str | None = None  # the one state named, if only one is
        # Mentions of "the government" read before the article named any
        # government of its own, and with no clear home: the first government
        # it then names is theirs (see ``_settle_home``).
        self.unsettled: list[tuple[int, str, int]] = []  # (mention number, its words, sentence)
        # The country each institution noun was last named with ("North
        # Korea's ARMY"): a later bare "the army" is that one.
        self.named_institutions: dict[str, str] = {}

    # -- 1. anchors ----------------------------------------------------------

    def run(self) -> tuple[ActorMention, ...]:
        anchors = self._anchors()
        if not anchors:
            self._ships()
            return tuple(self.mentions)
        states = Counter(a.key for a in anchors if a.kind in ("state", "demonym"))
        self.fallback_home = states.most_common(1)[0][0] if states else None
        self.only_state = next(iter(states)) if len(states) == 1 else None
        ranked = states.most_common(2) + [(None, 0)]
        if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            self.dominant_home = ranked[0][0]
        self.sentence_of = [0] * len(self.doc)
        for number, sentence in enumerate(self.doc.sents):
            self.sentence_of[sentence.start:sentence.end] = [number] * (sentence.end - sentence.start)
        anchors = sorted(anchors + self._country_references(anchors), key=lambda a: a.start)
        self._index_places(anchors)
        for unit in self._units(anchors):
            self._resolve_unit(unit)
        self._ships()
        self._pronouns()
        self.mentions.sort(key=lambda m: m.span)
        return tuple(self.mentions)

    def _country_references(self, anchors: list[Anchor]) -> list[Anchor]:
        """"The country", "the central African country", "the Himalayan
        nation": the state named last before it, in its sentence or the one
        before, else the article's clear home or the only state it names. Not "the neighbouring
        country", "the first African country" or "X is the country that
        ...", which name another state or describe one."""
        sentence_of = self.sentence_of
        taken = {i for a in anchors for i in range(a.start, a.end)}
        named = [(a.start, a.key) for a in anchors if a.kind in ("state", "demonym", "capital") and a.key]
        state_names = {a.start for a in anchors if a.kind in ("state", "capital")}
        only = {key for _, key in named}
        default = self.dominant_home or (next(iter(only)) if len(only) == 1 else None)
        found = []
        for token in self.doc:
            if (token.lemma_.lower() not in COUNTRY_NOUNS or token.tag_ != "NN" or token.i in taken
                    or token.dep_ in ("attr", "appos", "conj")
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                    or any(c.dep_ in ("amod", "compound", "nmod", "nummod") and (
                        c.lower_ in OTHER_COUNTRY_WORDS or c.tag_ in ("JJS", "JJR") or c.ent_type_ == "ORDINAL")
                           for c in token.children)):
                continue
            here = sentence_of[token.i]
            before = [(start, key) for start, key in named if start < token.i and here - sentence_of[start] in (0, 1)]
            if token.lemma_.lower() == "nation":
                # an epithet in a clause about what another did: "India urged
                # calm after THE HIMALAYAN NATION's prime minister resigned"
                # is not India (a writer would say "its")
                subject = self._adverbial_governor_subject(token)
                before = [(start, key) for start, key in before if start not in subject]
                if not before:
                    continue
            # a state's name before a nationality ("Lebanon's ministry said ISRAELI
            # raids on the south of the country")
            names = [key for start, key in before if start in state_names] or [key for _, key in before]
            if not names:
                code = default
            elif len(set(names)) > 1 and self.dominant_home in names:
                # several states before it: the article's clear home among them
                # ("Syria's leaders turned to Russia and Iran, who ... destroyed much of the country")
                code = self.dominant_home
            else:
                code = names[-1]
            if code is not None and code in self.kb.states:
                found.append(Anchor(token.i, token.i + 1, "state", code, rule="discourse:the-country"))
        return found

    def _adverbial_governor_subject(self, token: Token) -> set[int]:
        """The token positions of the subject of the clause that governs the
        adverbial clause ("after ...", "as ...") ``token`` stands in."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
            return set()
        return {t.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}

    def _anchors(self) -> list[Anchor]:
        doc, kb = self.doc, self.kb
        # One pass over the tokens: building Token objects is the main cost.
        words, lower, lemma = [], [], []
        for token in doc:
            words.append(token.text)
            lower.append(token.lower_)
            lemma.append(token.lemma_.lower())
        self.lower, self.lemma = lower, lemma
        taken = [False] * len(doc)
        anchors: list[Anchor] = []
        # (a trailing possessive is no part of a name: "PAPUA NEW GUINEA's
        # government", tagged a person, is the state's)
        person_ents = [(e.start, e.end - (doc[e.end - 1].tag_ == "POS")) for e in doc.ents
                       if e.label_ == "PERSON"]
        # Longest names first, so "U.N. war crimes court" beats "the U.N.".
        hits = sorted(kb.match_names(words), key=lambda h: (h[0] - h[1], h[0]))
        for start, end, entries in hits:
            if any(taken[start:end]):
                continue
            entry = entries[0]
            if entry.kind == "group" and (start, end) in person_ents and not self._modifies(start, end):
                continue  # "Karen said": the person, not the Karen people
            if entry.kind == "surname":
                if (start, end) not in person_ents:
                    continue  # a bare surname counts only where spaCy sees a person
                if _placed_word(doc[end - 1]) or _names_a_site(doc[end - 1]):
                    continue  # "fuel ran short in Hombori and BONI": a town, not Boni Yayi
                entry = NameEntry("person", entry.key)
            elif entry.kind != "person" and _inside_longer(start, end, person_ents):
                continue  # "Jordan" in "Michael Jordan"
            elif entry.kind == "person" and _name_goes_on(doc, end):
                continue  # "Samia" in "lawyer Samia Trabelsi": someone else's given name
            elif entry.kind == "person" and end - start == 1 and _names_a_site(doc[start]):
                continue  # "the MULINO training ground": the place, not President Mulino
            elif entry.kind == "person" and self._other_given_name(start, end, entries):
                continue  # "Albanese" in "Francesca Albanese": someone else's surname
            elif entry.kind in ("state", "capital") and start >= 2 and lower[start - 1] == "of" \
                    and lower[start - 2] in WATER_NOUNS:
                taken[start:end] = [True] * (end - start)
                continue  # "the Gulf of OMAN", "the Sea of JAPAN": a sea, no party
            elif entry.kind == "demonym" and start >= 2 and words[start - 1] == "-" \
                    and lower[start - 2] == "pan":
                taken[start:end] = [True] * (end - start)
                continue  # "the PAN-AMERICAN Highway", "pan-African": no one country's
            anchor = _name_anchor(start, end, entry)
            if entry.kind == "person":
                anchor = replace(anchor, alternatives=tuple(e.key for e in entries if e.kind == "person"))
            anchors.append(anchor)
            taken[start:end] = [True] * (end - start)
        for i, token in enumerate(doc):
            # "Ethopia", "the Phillippines military": a state's name misspelt
            if (not taken[i] and token.pos_ in ("PROPN", "ADJ") and words[i][:1].isupper()
                    and not _inside_longer(i, i + 1, person_ents, strict=False)
                    and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
                    and (entry := kb.near_state_name(words[i])) is not None):
                # (a word of a longer name is none: "the Chagos ISLANDS treaty")
                anchors.append(replace(_name_anchor(i, i + 1, entry), rule="kb:near-spelling"))
                taken[i] = True
        mentioned = {a.key for a in anchors if a.kind in ("state", "demonym", "capital")}
        anchors += self._regions(words, taken, mentioned)
        anchors += self._lexical(taken)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not any(taken[ent.start:ent.end]):
                anchors.append(Anchor(ent.start, ent.end, "unknown-person"))
                taken[ent.start:ent.end] = [True] * len(ent)
        anchors += self._names_after_titles(anchors, taken)
        anchors += self._repeated_surnames(anchors, taken)
        anchors.sort(key=lambda a: a.start)
        return anchors

    def _repeated_surnames(self, anchors: list[Anchor], taken: list[bool]) -> list[Anchor]:
        """A proper noun that repeats the last word of a person named earlier,
        whatever the tagger calls it ("President Varga ... Varga said"); the
        discourse step decides whether it is that person."""
        first_seen: dict[str, int] = {}
        for anchor in anchors:
            if anchor.kind in ("person", "unknown-person"):
                first_seen.setdefault(self.doc[anchor.end - 1].text, anchor.end)
        found = []
        for i, token in enumerate(self.doc):
            seen = first_seen.get(token.text)
            if seen is not None and i >= seen and not taken[i] and token.pos_ == "PROPN":
                found.append(Anchor(i, i + 1, "unknown-person"))
                taken[i] = True
        return found

    def _names_after_titles(self, anchors: list[Anchor], taken: list[bool]) -> list[Anchor]:
        """A capitalised title followed by proper nouns the tagger did not
        call a person: "Vice-President Moody Awori", "President Reagan"."""
        doc, found = self.doc, []
        lexical = self.kb.lexical_first_words
        for anchor in anchors:
            if anchor.kind != "title" or not doc[anchor.start].text[:1].isupper() or not self._singular(anchor):
                continue
            if doc[anchor.start].ent_type_ not in ("", "PERSON"):
                continue  # "General Motors", "the General Assembly"
            end = anchor.end
            while (end < len(doc) and end - anchor.end < MAX_NAME_WORDS and not taken[end]
                   and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                   and doc[end].ent_type_ in ("", "PERSON", "ORG") and self.lower[end] not in lexical):
                end += 1
            if end < len(doc) and taken[end] and doc[end].pos_ == "PROPN":
                continue  # "President Omar El BASHIR": given names before a known surname
            if end > anchor.end:
                found.append(Anchor(anchor.end, end, "unknown-person"))
                taken[anchor.end:end] = [True] * (end - anchor.end)
        return found

    def _modifies(self, start: int, end: int) -> bool:
        """Does ``start:end`` modify a noun, or is it plural ("Hutu rebels", "Tamils")?"""
        root = self.doc[start:end].root
        return root.dep_ in ("compound", "amod", "nmod") or root.tag_ in ("NNS", "NNPS")

    def _regions(self, words: list[str], taken: list[bool], mentioned: set) -> list[Anchor]:
        found = []
        for region in self.kb.regions:
            if not all(code in mentioned for code in region.requires):
                continue
            n = len(region.words)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) != region.words or any(taken[i:i + n]):
                    continue
                after = self.doc[i + n] if i + n < len(self.doc) else None
                if after is not None and after.pos_ == "PROPN":
                    continue  # "the North Atlantic"
                found.append(Anchor(i, i + n, "region", region.country, "GOV", region.rule))
                taken[i:i + n] = [True] * n
        return found

    def _lexical(self, taken: list[bool]) -> list[Anchor]:
        """Office titles and institution nouns: lower-case words, the last one
        also by lemma ("troops" -> "troop")."""
        kb, doc = self.kb, self.doc
        lower, lemma = self.lower, self.lemma
        starters = kb.lexical_first_words
        found: list[Anchor] = []
        longest = max(kb.title_length, kb.institution_length)
        i = 0
        while i < len(doc):
            hit = None
            if not taken[i] and (lower[i] in starters or lemma[i] in starters or _singular_form(lower[i]) in starters):
                for n in range(min(longest, len(doc) - i), 0, -1):
                    if any(taken[i:i + n]):
                        continue
                    body = tuple(lower[i:i + n - 1])
                    last = doc[i + n - 1]
                    for word in (lower[i + n - 1], lemma[i + n - 1], _singular_form(lower[i + n - 1])):
                        key = (*body, word)
                        title = kb.titles.get(key)
                        if title is not None:
                            hit = Anchor(i, i + n, "title", sector=title.sector, title=title)
                            break
                        inst = kb.institutions.get(key)
                        if inst is not None and last.pos_ in ("NOUN", "PROPN"):
                            hit = Anchor(i, i + n, "institution", sector=inst.sector, institution=inst)
                            break
                    if hit:
                        break
            if hit:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found

    # -- 2. units ------------------------------------------------------------

    def _units(self, anchors: list[Anchor]) -> list[_Unit]:
        units: dict[int, _Unit] = {}
        for anchor in anchors:
            head, phrase_head = self._unit_head(anchor)
            unit = units.setdefault(head, _Unit(head))
            unit.anchors.append(anchor)
            unit.phrase_end = max(unit.phrase_end, phrase_head + 1)
        return sorted(units.values(), key=lambda u: u.start)

    def _unit_head(self, anchor: Anchor) -> tuple[int, int]:
        """The noun an anchor belongs to, and the noun of its own phrase
        (the same, unless the climb went through a possessive)."""
        token = self.doc[anchor.start:anchor.end].root
        phrase_head = None
        for _ in range(MAX_CLIMB):
            head = token.head
            if head.i == token.i:
                break
            if token.dep_ == "conj" and head.dep_ in ("amod", "compound", "nmod"):
                token = head  # "Hungarian and Romanian officials"
                continue
            if token.dep_ not in MODIFIER_DEPS or head.i < token.i:
                break
            if head.i - anchor.end > MAX_CLIMB or head.pos_ not in ("NOUN", "PROPN"):
                break
            if tied_to_other(token) and (token.dep_ == "poss" or anchor.kind == "state"):
                break  # "Israel's militia ALLY", "US ALLIES": another party, not the state
            if token.dep_ == "poss" and phrase_head is None:
                phrase_head = token.i
            token = head
        return token.i, (token.i if phrase_head is None else phrase_head)

    # -- 3. entities ---------------------------------------------------------

    def _resolve_unit(self, unit: _Unit) -> None:
        by_kind: dict[str, list[Anchor]] = {}
        for anchor in unit.anchors:
            by_kind.setdefault(anchor.kind, []).append(anchor)
        people = by_kind.get("person", []) + by_kind.get("unknown-person", [])
        states = [self._ethnic(a) for a in by_kind.get("state", []) + by_kind.get("demonym", [])
                  + by_kind.get("region", [])]
        orgs = by_kind.get("organization", [])
        seats = by_kind.get("seat", [])
        titles = by_kind.get("title", [])
        institutions = by_kind.get("institution", [])
        groups = by_kind.get("group", [])
        # Where no state is named, a group's home or an area gives the country:
        # "Tamil refugees", "Darfur rebels".
        homes = [a for a in (self._group_home(g) for g in groups) if a.key] + [
            Anchor(a.start, a.end, "state", a.key) for a in by_kind.get("area", [])]
        capitals = self._owning_capitals(by_kind.get("capital", [])) if titles or institutions else []
        country = (states or seats or capitals or homes or [None])[0]
        country_code = country.key if country else None
        head = next((a for a in unit.anchors if a.start <= unit.head < a.end), None)
        if head is not None and head.kind in ("state", "region") and len(unit.anchors) > 1:
            # "NATO-member Norway": the noun the others modify is the actor
            self._state(head, rule=head.rule or "kb:country-name")
            return
        if groups and not (people or titles or institutions or orgs):
            # "Kurds", "Iraqi Kurds", "Shiite Muslims": the group, in its country
            self._group_entity(unit, groups[-1], states[0].key if states else None)
            return
        if people:
            for anchor in sorted(people, key=lambda a: a.start):
                self._person(unit, anchor, country_code, orgs, titles + institutions)
        elif titles and self._singular(titles[-1]) and not _plural_institution(institutions, self.doc):
            self._title(unit, titles[-1], country_code, orgs)
        elif institutions or (titles and (states or homes)):
            # "a MOSCOW court", "KYIV police": courts and police serve where they sit
            seated = [Anchor(a.start, a.end, "state", a.key) for a in by_kind.get("capital", [])
                      if _sector_of(institutions or titles) in LOCAL_SECTORS]
            self._institution(unit, institutions or titles, states or capitals or homes[:1] or seated[:1], orgs)
        elif orgs:
            for anchor in orgs:
                self._emit(anchor.start, anchor.end, self._organization(anchor.key))
        elif seats:
            anchor = seats[0]
            owners = [a for a in states if a.key and a.key != anchor.key]
            if owners:
                # "PAKISTAN's Foreign Office", "the INDIAN Foreign Office": the
                # office of that name of the state that owns it, not London's
                owner = owners[0]
                self._state(Anchor(min(owner.start, anchor.start), max(owner.end, anchor.end),
                                   "state", owner.key),
                            sector=anchor.sector, rule="kb:seat-of-state")
            elif len(unit.anchors) > 1 or is_metonymic(self.doc[anchor.start:anchor.end]):
                self._state(anchor, sector=anchor.sector, rule="kb:seat")
        elif states:
            # "OTTAWA's latest Haiti sanctions": the owning capital is a state too
            for anchor in self._owning_capitals(by_kind.get("capital", [])):
                self._state(anchor, rule="metonymy:capital")
            for anchor in states:
                if anchor.kind == "region":
                    self._state(anchor, rule=anchor.rule or "region")
                elif anchor.kind == "state":
                    self._state(anchor, rule=anchor.rule or "kb:country-name")
                elif anchor.rule == "rule:ethnic":
                    self._ethnic_entity(anchor)
                elif self._stands_alone(anchor):
                    self._state(anchor, sector="CVL", type_="group", rule="kb:demonym")
                elif not self._describes_inert(anchor.end, unit.head):
                    # "Israeli air raids", "an Indian proposal": the nation, sector unknown
                    self._state(anchor, sector=None, type_="group", rule="rule:nationality")
        else:
            for anchor in by_kind.get("capital", []):
                span = self.doc[anchor.start:anchor.end]
                if not is_metonymic(span):
                    continue
                seat_of = self.kb.org_seats.get(span.text)
                if seat_of is not None:  # "Brussels pledged": the EU
                    self._emit(anchor.start, anchor.end,
                               replace(self._organization(seat_of), resolved_by="metonymy:seat"))
                else:
                    self._state(anchor, rule="metonymy:capital")

    def _owning_capitals(self, capitals: list[Anchor]) -> list[Anchor]:
        """"Cairo's security chief", "Moscow's envoy": a capital in the
        possessive before an office or agent noun is that government; the
        metonymy rules keep "Kyiv's mayor" and "Seoul's police" the city's."""
        found = []
        for anchor in capitals:
            span = self.doc[anchor.start:anchor.end]
            if span.root.dep_ == "poss" and is_metonymic(span):
                found.append(Anchor(anchor.start, anchor.end, "state", anchor.key, "GOV", "metonymy:capital"))
        return found

    def _group_entity(self, unit: _Unit, anchor: Anchor, country: str | None) -> None:
        group = self.kb.groups[anchor.key]
        home = self._group_home(anchor)
        start = min(a.start for a in unit.anchors)
        end = max(a.end for a in unit.anchors)
        if unit.phrase_end > end and self.doc[unit.phrase_end - 1].pos_ in ("NOUN", "PROPN"):
            end = unit.phrase_end  # "Kurdish villagers"
        self._emit(start, end, Entity(
            text="", name=group.name, country=country or home.key, sector=group.sector, type="group",
            kb_id=f"group:{group.code}", resolved_by="kb:group" if country is None else "kb:group+nationality"))

    def _group_home(self, anchor: Anchor) -> Anchor:
        """The country of a group named at ``anchor``: a country of the group
        named in the same sentence, else its main one; a group with no home
        (a religion) takes the nearest country named, else the article's."""
        group = self.kb.groups[anchor.key]
        if group.countries:
            # "Kurdish militants in northern IRAQ", struck by Turkish jets:
            # a country named as where they are counts before a nearer adjective
            located = frozenset(i for i, _ in self.places
                                if self.doc[i].head.lower_ in ("in", "from", "inside", "across"))
            code = (self._nearest_country(anchor.start, allowed=group.countries, skip=self.destinations,
                                          only=located)
                    or self._nearest_country(anchor.start, allowed=group.countries, skip=self.destinations)
                    or group.countries[0])
        else:
            code = self._nearest_country(anchor.start) or self.home or self.fallback_home
            return Anchor(anchor.start, anchor.end, "state", code, rule=NEAREST_HOME)
        return Anchor(anchor.start, anchor.end, "state", code)

    def _ethnic(self, anchor: Anchor) -> Anchor:
        """"ethnic Albanians in Serbia": an ethnic minority belongs to the
        country it lives in, the nearest other country named in the sentence."""
        if anchor.kind != "demonym" or anchor.start == 0 or self.lower[anchor.start - 1] != "ethnic":
            return anchor
        other = self._nearest_country(anchor.start, exclude=anchor.key)
        return Anchor(anchor.start - 1, anchor.end, "demonym", other or anchor.key, anchor.sector, "rule:ethnic")

    def _ethnic_entity(self, anchor: Anchor) -> None:
        text = self.doc[anchor.start:anchor.end].text
        self._emit(anchor.start, anchor.end, Entity(
            text="", name=text, country=anchor.key, sector="CVL", type="group", resolved_by="rule:ethnic"))

    def _index_places(self, anchors: list[Anchor]) -> None:
        """Where each country is named, for the nearest-country look-ups."""
        places = []
        self.destinations = set()
        self.counterparts = set()
        for anchor in anchors:
            root = self.doc[anchor.start:anchor.end].root
            prep = root.head
            if root.dep_ == "pobj" and (prep.lower_ in DESTINATION_PREPOSITIONS
                                        or prep.head.lemma_ in ARRIVAL_VERBS):
                self.destinations.add(anchor.start)  # "fled to India": not where they are from
            if anchor.kind in ("state", "demonym", "capital", "seat", "area", "region"):
                places.append((anchor.start, anchor.key))
                if anchor.kind in ("state", "capital") and _object_role(root):
                    self.counterparts.add(anchor.start)
            elif anchor.kind == "organization":
                org = self.kb.organizations[anchor.key]
                if org.country:
                    places.append((anchor.start, org.country))
        self.places = places

    def _nearest_country(self, at: int, *, allowed: tuple[str, ...] | None = None,
                         exclude: str | None = None, reject=None,
                         skip: set[int] | frozenset[int] = frozenset(),
                         only: frozenset[int] | None = None) -> str | None:
        """The country named nearest to token ``at`` in its sentence (among
        the token positions ``only``, when given)."""
        sentence = self.sentence_of[at] if at < len(self.sentence_of) else -1
        best: tuple[int, str] | None = None
        for i, code in self.places:
            if i == at or i in skip or self.sentence_of[i] != sentence or code == exclude:
                continue
            if only is not None and i not in only:
                continue
            if allowed is not None and code not in allowed:
                continue
            if reject is not None and reject(code):
                continue
            if best is None or abs(i - at) < best[0]:
                best = (abs(i - at), code)
        return best[1] if best else None

    def _context_country(self, anchor: Anchor, title: Title | None) -> str | None:
        """The country of an unknown person with a title or role: the nearest
        country named in the sentence as a home ("Chilean officials", "the
        Kenya Anti-Corruption Commission", "Chile would cut spending") but
        not a state named whole as an object ("sanctions against Nigeria"
        is the counterpart, not the home), else the article's home country
        when a government mention or a clear majority of mentions gives one;
        countries where the KB knows someone else held that title then are
        skipped ("President Reagan" is not Germany's president)."""
        surname = self.doc[anchor.end - 1].text.lower()

        def held_by_other(code: str) -> bool:
            if title is None or not title.roles or self.day is None:
                return False
            holding = self.kb.holder(code, title.roles[:1], self.day)
            if holding is None:
                return False
            names = {w.lower() for n in (holding.person.name, *holding.person.aliases) for w in n.split()}
            return not any(_same_name(surname, n) for n in names)

        # not a country named in a conjoined party ("talks between Minister
        # Tran and his THAI counterpart")
        root = self.doc[anchor.start:anchor.end].root
        beside = {t.i for c in root.conjuncts for t in c.subtree}
        near = self._nearest_country(anchor.start, reject=held_by_other, skip=self.counterparts | beside)
        if near is not None:
            return near
        for code in (self.home, self.dominant_home):
            if code is not None and not held_by_other(code):
                return code
        # Every candidate has someone else in that office on the date: the
        # person is likely a former office-holder the KB does not know, so
        # no country rather than a wrong one.
        return None

    def _leader_state(self, root) -> str | None:
        """The state that leads a group noun: "the SAUDI-led coalition", "a
        FRENCH-led force" (not "US-backed fighters": a backer is no owner)."""
        for mod in root.children:
            if mod.dep_ == "amod" and mod.lower_.endswith("-led"):
                # one token: "the U.S.-LED coalition"
                for _, _, entries in self.kb.match_names([mod.text[:-len("-led")]]):
                    if entries[0].kind in COUNTRY_KINDS:
                        return entries[0].key
            if mod.dep_ == "amod" and mod.lower_ == "led":
                for leader in mod.children:
                    if leader.dep_ in ("npadvmod", "compound", "nmod", "amod") and leader.i < mod.i:
                        found = self._named_in_phrase(leader, COUNTRY_KINDS)
                        if found is not None:
                            return found
        return None

    def _place_below(self, root) -> str | None:
        """A country or area named below a group noun: "rebels in Darfur",
        "refugees fleeing the civil war in Liberia"."""
        frontier = [(c, 1) for c in root.rights]
        while frontier:
            token, depth = frontier.pop(0)
            if token.dep_ not in PLACE_ARCS or depth > PLACE_DEPTH:
                continue
            if token.dep_ == "prep" and token.lower_ not in PLACE_PREPOSITIONS:
                continue
            if token.dep_ == "pobj":
                found = self._named_in_phrase(token, PLACE_KINDS)
                if found is not None:
                    return found
            frontier += [(c, depth + 1) for c in token.children if c.i > root.i]
        return None

    def _other_given_name(self, start: int, end: int, entries) -> bool:
        """Whether a bare surname the knowledge base knows follows a given
        name of the same person name that none of its people bear."""
        if end - start != 1 or start == 0:
            return False
        before = self.doc[start - 1]
        if not (before.pos_ == "PROPN" and before.text[:1].isupper() and before.text.isalpha()
                and len(before.text) > 1 and before.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")):
            return False  # (nor an initial: "George W Bush")
        if before.lower_.rstrip(".") in HONORIFICS or before.lower_ in self.kb.lexical_first_words \
                or before.lower_ in self.kb.title_words:
            return False  # "President Albanese", "Mr Albanese"
        names = {w.lower().rstrip(".") for e in entries if e.kind == "person" and e.key in self.kb.people
                 for n in (self.kb.people[e.key].name, *self.kb.people[e.key].aliases) for w in n.split()}
        return before.lower_ not in names

    def _possessive_pronoun(self, head: Anchor) -> str | None:
        """"its army", "their forces": the country of the pronoun's antecedent;
        "HIS government", "HER ministry": that of the person just named."""
        root = self.doc[head.start:head.end].root
        for child in root.children:
            if child.dep_ == "poss" and child.lower_ in STATE_PRONOUNS | GROUP_PRONOUNS:
                antecedent = self._antecedent(child)
                return antecedent.country if antecedent else None
            if child.dep_ == "poss" and child.lower_ in POSSESSIVE_GENDER:
                return self._person_country(child)
        return None

    def _person_country(self, pronoun) -> str | None:
        """The country of the people named before ``pronoun`` in its sentence,
        else in the one before, when they are all of one country and none is
        known to be of the other gender."""
        gender = POSSESSIVE_GENDER[pronoun.lower_]
        sentence = self.sentence_of[pronoun.i]
        by_sentence: dict[int, set[str]] = {}
        for mention in self.mentions:
            entity = mention.entity
            if entity.type != "person" or not entity.country or mention.span[1] > pronoun.idx:
                continue
            person = self.kb.people.get(entity.kb_id or "")
            if person is not None and person.gender and person.gender != gender:
                continue
            span = self.doc.char_span(*mention.span, alignment_mode="expand")
            if span is not None and sentence - 1 <= self.sentence_of[span.start] <= sentence:
                by_sentence.setdefault(self.sentence_of[span.start], set()).add(entity.country)
        countries = by_sentence.get(sentence) or by_sentence.get(sentence - 1) or set()
        return next(iter(countries)) if len(countries) == 1 else None

    def _organization(self, code: str) -> Entity:
        org = self.kb.organizations[code]
        return Entity(
            text="", name=org.name, country=org.country, org=None if org.country else org.code,
            sector=org.sector, type=org.type, wikidata=org.wikidata, kb_id=f"org:{org.code}",
            resolved_by="kb:organization")

    def _person(self, unit: _Unit, anchor: Anchor, country: str | None,
                orgs: list[Anchor], roles: list[Anchor]) -> None:
        # the words before the name that are its own: not across "and" to
        # another person ("Prime Minister Fumio Kishida AND South Korean
        # President Yoon Suk Yeol", which the model may read as one phrase)
        own = [a for a in unit.anchors if a.end <= anchor.start and not self._coordinated(a.start, anchor.start)]
        start = self._with_modifiers(min([anchor.start] + [a.start for a in own]))
        if self._coordinated(unit.start, max(a.end for a in unit.anchors)):
            # ... and of two such people, each one's nationality is its own,
            # or that of a title just before it the model left out of the
            # phrase ("JAPANESE PRIME MINISTER | Fumio Kishida and ...")
            homes = [a.key for a in own if a.kind in ("state", "demonym") and a.key]
            country = homes[-1] if homes else self._adjacent_country(anchor.start)
        roles = [a for a in roles if a.end > anchor.start or not self._coordinated(a.start, anchor.start)]
        title_anchor = next((a for a in reversed(roles) if a.title and a.end <= anchor.start), None)
        title = title_anchor.title if title_anchor else None
        known = self._known_surname(anchor) if anchor.kind == "unknown-person" else None
        if (anchor.kind == "unknown-person" and known is None and anchor.end - anchor.start == 1
                and _names_a_site(self.doc[anchor.start])):
            return  # "the JAMRAYA military research centre": the site's name, nobody's
        kb_person = None
        if anchor.kind == "person":
            kb_person, rule = self._choose_person(anchor, title, country), "kb:person"
        elif known is None:
            words = tuple(t.text for t in self.doc[anchor.start:anchor.end])
            kb_person, rule = self.kb.titled_person(words, title, country, self.day), "kb:title+surname"
        if (kb_person is not None and anchor.kind == "person" and title is None and country is None
                and anchor.end - anchor.start == 1 and not self._former(start)
                and _long_out_of_office(kb_person, self.day)):
            # A bare "Franco" or "Begin" in 2024 is not the man who left office
            # decades ago; his full name or a title still finds him.
            return
        if kb_person is not None:
            entity = self._person_entity(kb_person, self._former(start), rule, title)
            self.surnames[self.doc[anchor.end - 1].text] = entity
        else:
            text = self.doc[anchor.start:anchor.end].text
            if known is not None:
                entity = replace(known, resolved_by="discourse:surname")
            elif title is None and country is None and not orgs and not roles:
                return  # a name with nothing political about it
            else:
                org = self.kb.organizations.get(orgs[0].key) if orgs else None
                rule = ("rule:title+name" if title else "rule:noun+name" if roles
                        else "rule:nationality+name")
                if org is not None and org.country:
                    country, org = country or org.country, None
                if country is None and org is None and (title is not None or roles):
                    country = self._context_country(anchor, title)
                    rule = "context:title+name" if title else "context:noun+name"
                sector = (title.sector if title else None) or _sector_of(roles) or (org.sector if org else None)
                if country and not title and not roles:
                    sector = None  # "Russian writer X": a national, not an office
                entity = Entity(
                    text="", name=text, country=country, org=org.code if org else None,
                    sector=sector, type="person",
                    office=self._title_text(title_anchor) if title_anchor else None, resolved_by=rule,
                )
                self.surnames[self.doc[anchor.end - 1].text] = entity
        self._emit(start, anchor.end, entity)

    def _adjacent_country(self, start: int) -> str | None:
        """The country of a mention that ends right before token ``start``."""
        before = self.doc[start].idx
        return next((m.entity.country for m in reversed(self.mentions)
                     if m.span[1] < before and not self.doc.text[m.span[1]:before].strip()), None)

    def _coordinated(self, start: int, end: int) -> bool:
        """Whether a coordinating "and" or "or" lies between two tokens."""
        return any(self.doc[i].dep_ == "cc" or self.lower[i] in ("and", "or") for i in range(start, end))

    def _choose_person(self, anchor: Anchor, title: Title | None, country: str | None) -> Person:
        """One of the people a name belongs to: the one who held the office
        named with it (of the country named with it) nearest the date."""
        people = [self.kb.people[k] for k in anchor.alternatives or (anchor.key,)]
        if len(people) == 1:
            return people[0]

        def fit(person: Person) -> tuple[bool, int]:
            offices = [o for o in person.offices if (title is None or title.names(o))
                       and (country is None or o.country == country)]
            return (not offices, min((o.days_from(self.day) for o in offices), default=0))

        return min(people, key=fit)

    def _person_entity(self, person: Person, former: bool, rule: str, title: Title | None = None) -> Entity:
        """A known person on the article's date: the office held then, else
        the office nearest the date (the one the title names, when it names
        one): "President Reagan" in 2000 is the former US president."""
        held = person.office_on(self.day)
        if held is not None and (title is None or not former or title.names(held)):
            basis = shown = held
        else:
            basis = person.nearest_office(self.day, title)
            shown = basis if (former or title is not None) else None
        return Entity(
            text="", name=person.name,
            country=(basis.country if basis else None) or (None if basis and basis.org else person.home),
            org=basis.org if basis else None, sector=basis.sector if basis else None,
            type="person", office=shown.title if shown else None,
            wikidata=person.wikidata, kb_id=person.id, resolved_by=rule,
        )

    def _title(self, unit: _Unit, anchor: Anchor, country: str | None, orgs: list[Anchor]) -> None:
        title = anchor.title
        assert title is not None
        body = country or (orgs[0].key if orgs else None) or self._of_country(anchor)
        start = self._with_modifiers(unit.start)
        text_title = self._title_text(anchor)
        if body is None:
            if not self._definite(anchor) or self._from_discourse(start, anchor.end, title):
                return
            # "Friday's resignation of THE INTERIOR MINISTER": nobody earlier
            # held the office, so the office of the one state the article
            # names (not of its home: a reaction piece's home is the reacting
            # state, "India urged calm after THE PRIME MINISTER resigned")
            body = self.only_state
            if body is None:
                return
        holding = self.kb.holder(body, title.roles, self.day, title=text_title) if title.roles else None
        earlier = self._earlier_holder(body, title)
        if holding is not None:
            entity = self._person_entity(holding.person, False, "kb:title")
        elif earlier is not None:  # the KB does not know, the article told us
            entity = replace(earlier, resolved_by="discourse:title")
        else:
            org = self.kb.organizations.get(body)
            # (a domestic group's office is its state's: "the MOSSAD chief")
            domestic = org is not None and org.country is not None
            entity = Entity(
                text="", name=f"{text_title} of {self.kb.state_name(body) or (org.name if org else body)}",
                country=org.country if domestic else None if org else body,
                org=org.code if org and not domestic else None,
                sector=title.sector, type="person", office=text_title,
                resolved_by="rule:nationality+title",
            )
        self._emit(start, max(a.end for a in unit.anchors), entity)

    def _institution(self, unit: _Unit, nouns: list[Anchor], states: list[Anchor], orgs: list[Anchor]) -> None:
        sector = _sector_of(nouns)
        head = nouns[-1]
        inst = head.institution
        kind = inst.type if inst else "group"
        words = self.doc[head.start:head.end].text.lower()
        if orgs and self.kb.organizations[orgs[0].key].country is None:
            org = self.kb.organizations[orgs[0].key]
            start = min(a.start for a in unit.anchors)
            # "the human rights organisation Amnesty International": the name too
            self._emit(start, max(a.end for a in unit.anchors), Entity(
                text="", name=f"{org.name} {words}", org=org.code, sector=sector or org.sector,
                type="organization" if kind == "organization" else "group",
                kb_id=f"org:{org.code}", resolved_by="kb:organization+noun"))
            return
        # (not "PRO-RUSSIAN separatists" nor "ANTI-GOVERNMENT protesters":
        # whom they are for or against, not whose they are)
        codes = [a for a in states if a.kind != "capital" and not for_or_against(self.doc[a.start])]
        guessed = False
        if not codes and orgs:  # "Hamas gunmen": the group's country
            org = self.kb.organizations[orgs[0].key]
            codes = [Anchor(orgs[0].start, orgs[0].end, "state", org.country)]
        if len(codes) > 1:  # "Hungarian and Romanian officials": one actor each
            for anchor in codes:
                self._emit(anchor.start, anchor.end, self._group(anchor.key, words, sector, kind, NATIONALITY_NOUN))
            return
        if codes:
            code, rule = codes[0].key, NEAREST_HOME if codes[0].rule == NEAREST_HOME else NATIONALITY_NOUN
        else:
            visiting = self.doc[head.start:head.end].root.lemma_.lower() in VISITING_NOUNS
            # "the SAUDI-LED coalition in Yemen": its leader's, not where it fights
            code, rule = self._leader_state(self.doc[unit.head]), "rule:led-by"
            if code is None:
                code, rule = self._of_country(head, PLACE_PREPOSITIONS - {"in", "inside"} if visiting
                                              else PLACE_PREPOSITIONS), "rule:noun+of-country"
            if code is None and not visiting:
                code, rule = self._place_below(self.doc[unit.head]), "rule:noun+place"
            if code is None:
                code, rule = self._possessive_pronoun(head), "discourse:possessive"
            if code is None and words in self.named_institutions and head.start > 0 \
                    and self.lower[head.start - 1] == "the":
                code, rule = self.named_institutions[words], "discourse:same-noun"
            if code is None and inst is not None and inst.contextual:
                code, rule = self.home or self.fallback_home, GUESSED_COUNTRY
                guessed = self.home is None and self.dominant_home is None
            if code is None and inst is not None and inst.sector == "PTY" and self._named_before(head.start):
                # "the fundamentalist UMMA party", "the HOMELAND UNION party": a
                # named party the knowledge base lacks is of the country the
                # article is about
                code, rule = self.home or self.fallback_home, "context:named-party"
            if code is None:
                if all(a.institution is None or a.institution.needs_country for a in nouns):
                    return  # "people", "the media": not an actor without a country
                rule = "rule:noun"
        if code and rule in (NATIONALITY_NOUN, "rule:noun+of-country"):
            self.named_institutions[words] = code
        start = self._with_modifiers(min(a.start for a in unit.anchors))
        entity = self._group(code, words, sector, kind, rule)
        if (code and sector == "GOV" and rule != GUESSED_COUNTRY and " ".join(
                t.lemma_.lower() for t in self.doc[head.start:head.end]) not in ABROAD_INSTITUTIONS):
            self._settle_home(code, self.sentence_of[start])
        end = max(a.end for a in unit.anchors)
        if unit.phrase_end > end and self.doc[unit.phrase_end - 1].pos_ in ("NOUN", "PROPN"):
            end = unit.phrase_end  # "presidential office member"
        self._emit(start, end, entity)
        if guessed:
            self.unsettled.append((len(self.mentions) - 1, words, self.sentence_of[start]))

    def _settle_home(self, code: str, sentence: int) -> None:
        """``code`` is the government the article talks about from here on.
        The first one it names also decides the unnamed governments read on
        a guess in its sentence or the one before: in "after the government
        declared him persona non grata, Swedish officials said", with Iran
        and Sweden each named as often, the government is Sweden's."""
        if self.home is None:
            for number, words, said_in in self.unsettled:
                mention = self.mentions[number]
                if mention.entity.country != code and sentence - said_in <= SETTLING_SENTENCES:
                    self.mentions[number] = replace(mention, entity=replace(
                        self._group(code, words, mention.entity.sector, mention.entity.type,
                                    GUESSED_COUNTRY), text=mention.text))
            self.unsettled.clear()
        self.home = code

    def _named_before(self, at: int) -> bool:
        """True when a proper name stands right before token ``at``, past a
        bracketed gloss: "the UMMA (Nation) party"."""
        i = at - 1
        if i >= 0 and self.doc[i].text == ")":
            while i >= 0 and self.doc[i].text != "(":
                i -= 1
            i -= 1
        return i >= 0 and self.doc[i].pos_ == "PROPN"

    def _group(self, code: str | None, words: str, sector: str | None, kind: str, rule: str) -> Entity:
        name = f"{self.kb.state_name(code)} {words}" if code else words
        return Entity(text="", name=name, country=code, sector=sector, type=kind, resolved_by=rule)

    def _state(self, anchor: Anchor, *, sector: str | None = "GOV", type_: str = "state", rule: str) -> None:
        state = self.kb.states[anchor.key]
        self._emit(anchor.start, anchor.end, Entity(
            text="", name=state.name, country=state.code, sector=sector, type=type_,
            kb_id=f"state:{state.code}", resolved_by=rule))

    # -- 4. discourse ----------------------------------------------------------

    def _known_surname(self, anchor: Anchor) -> Entity | None:
        return self.surnames.get(self.doc[anchor.end - 1].text) if anchor.end - anchor.start == 1 else None

    def _from_discourse(self, start: int, end: int, title: Title) -> bool:
        """"the president" -> the latest person mentioned holding that title
        (False when there is none)."""
        earlier = self._earlier_holder(None, title)
        if earlier is not None:
            self._emit(start, end, replace(earlier, resolved_by="discourse:title"))
        return earlier is not None

    def _earlier_holder(self, body: str | None, title: Title) -> Entity | None:
        """The latest person mentioned so far with ``title`` (of ``body``)."""
        wanted = " ".join(title.words)
        for mention in reversed(self.mentions):
            entity = mention.entity
            if entity.type != "person" or not entity.office:
                continue
            if body is not None and body not in (entity.country, entity.org):
                continue
            office = entity.office.lower()
            if office == wanted or office.endswith(" " + wanted):
                return entity
        return None

    def _antecedent(self, token) -> Entity | None:
        """The state or organisation ("it", "its") or plural group ("they")
        that was the latest subject, in this sentence or the previous one."""
        word = token.lower_
        if word == "it" and _expletive(token):
            return None  # "it is expected that ...", "it seems"
        sentence = self.sentence_of[token.i] if token.i < len(self.sentence_of) else 0
        owner = self._clause_owner(token) if word in STATE_PRONOUNS else None
        if owner is None and word in STATE_PRONOUNS | GROUP_PRONOUNS:
            owner = self._controller(token)
        if owner is not None:
            return owner
        for mention in reversed(self.mentions):
            if mention.span[0] >= token.idx or mention.entity.resolved_by.startswith("discourse:pronoun"):
                continue
            span = self.doc.char_span(*mention.span, alignment_mode="expand")
            if span is None or self.sentence_of[span.start] < sentence - 1:
                continue
            if span.root.dep_ not in SUBJECT_DEPS:
                continue
            entity = mention.entity
            if word in STATE_PRONOUNS:
                if entity.type in ("state", "organization"):
                    return entity
            elif entity.type in ("group", "organization") and span.root.tag_ in ("NNS", "NNPS"):
                return entity
        return None

    def _clause_owner(self, token) -> Entity | None:
        """The state or organisation owning the noun of self-report whose
        content clause holds ``token`` (``SELF_REPORT_NOUNS``): "IRAN's
        admission that ITS military shot down the jet", nearer than the
        sentence's subject. Not a claim's: in "Russia rejected Britain's
        claim that its forces attacked", "its" is Russia's."""
        node = token
        for _ in range(4):
            if node.head.i == node.i:
                return None
            if (node.dep_ in ("acl", "ccomp") and node.head.pos_ == "NOUN"
                    and node.head.lemma_.lower() in SELF_REPORT_NOUNS):
                for child in node.head.children:
                    if child.dep_ != "poss":
                        continue
                    for mention in self.mentions:
                        if (mention.span[0] <= child.idx < mention.span[1]
                                and mention.entity.type in ("state", "organization")):
                            return mention.entity
                return None
            node = node.head
        return None

    def _controller(self, token) -> Entity | None:
        """The state, organisation or group asked, told or urged to do what
        the infinitive holding ``token`` says: "India asked PAKISTAN to
        review ITS decision", "Washington urged ISRAEL to halt its
        offensive". The one asked is the infinitive's subject, nearer than
        the subject of the sentence; a clause of its own inside the
        infinitive ("to explain why it ...") has a subject of its own."""
        node = token
        for _ in range(5):
            if node.head.i == node.i or node.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis"):
                return None
            if node.dep_ == "xcomp":
                break
            node = node.head
        else:
            return None
        for child in node.head.children:
            if child.dep_ != "dobj" or child.i > node.i:
                continue
            for mention in self.mentions:
                if (child.left_edge.idx <= mention.span[0] and mention.span[1] <= child.idx + len(child)
                        and not mention.entity.resolved_by.startswith("discourse:pronoun")
                        and mention.entity.type in ("state", "organization", "group")
                        and (token.lower_ in STATE_PRONOUNS) == (mention.entity.type != "group")):
                    return mention.entity
        return None

    def _group_pronouns(self) -> None:
        """"Israel said it would ...", "the rebels said they would ..."."""
        taken = {m.span for m in self.mentions}
        for i, word in enumerate(self.lower):
            if word not in STATE_PRONOUNS and word not in GROUP_PRONOUNS:
                continue
            token = self.doc[i]
            span = (token.idx, token.idx + len(token))
            if span in taken:
                continue
            antecedent = self._antecedent(token)
            if antecedent is not None:
                self.mentions.append(ActorMention(token.text, span, replace(
                    antecedent, text=token.text, resolved_by="discourse:pronoun")))

    def _organisation_references(self) -> None:
        """"The Taliban ... after THE MOVEMENT's leaders signed": a bare
        definite noun for a body refers back to the organisation named last,
        in its sentence or the one before; a noun an organisation is called
        by (``Organization.called``: "the alliance", "the bloc") to the last
        one it is used for ("NATO ... after THE ALLIANCE expelled eight")."""
        taken = {m.span for m in self.mentions}
        # (each organisation named, with the sentence it is named in)
        orgs = sorted(((m.span, self.sentence_of[span.start], m.entity) for m in self.mentions
                       if m.entity.resolved_by == "kb:organization" and m.entity.type in ("organization", "group")
                       and (span := self.doc.char_span(*m.span, alignment_mode="expand")) is not None),
                      key=lambda org: org[0])
        if not orgs:
            return
        organisations = self.kb.organizations
        for i, word in enumerate(self.lower):
            if i == 0 or self.lower[i - 1] != "the":
                continue
            fits = [org for org in orgs if word in BODY_NOUNS
                    or org[2].org in organisations and word in organisations[org[2].org].called]
            if not fits:
                continue
            token = self.doc[i]
            span = (token.idx, token.idx + len(token))
            if span in taken or any(c.dep_ in ("amod", "compound") for c in token.children):
                continue
            earlier = [entity for (_, end), sentence, entity in fits
                       if end <= token.idx and self.sentence_of[i] - sentence <= 1]
            if earlier:
                self.mentions.append(ActorMention(token.text, span, replace(
                    earlier[-1], text=token.text, resolved_by="discourse:definite")))

    def _pronouns(self) -> None:
        self._organisation_references()
        self._group_pronouns()
        doc = self.doc
        people = [m for m in self.mentions if m.entity.type == "person" and m.entity.kb_id]
        if not people:
            return
        sentences = list(doc.sents)
        by_sentence: dict[int, list[ActorMention]] = {}
        starts = [s.start_char for s in sentences]
        for m in people:
            by_sentence.setdefault(bisect.bisect_right(starts, m.span[0]) - 1, []).append(m)
        for i, word in enumerate(self.lower):
            gender = PRONOUN_GENDER.get(word)
            if gender is None:
                continue
            token = doc[i]
            s = bisect.bisect_right(starts, token.idx) - 1
            before = [m for m in by_sentence.get(s, []) if m.span[1] <= token.idx]
            previous = by_sentence.get(s - 1, [])
            candidates = {m.entity.kb_id for m in before + previous}
            if len(candidates) != 1:
                continue
            antecedent = (before + previous)[-1].entity
            person = self.kb.people.get(antecedent.kb_id or "")
            if person is None or person.gender != gender:
                continue
            if not any(self._is_subject(m) for m in before + previous):
                continue
            self.mentions.append(ActorMention(token.text, (token.idx, token.idx + len(token)),
                                              replace(antecedent, text=token.text,
                                                      resolved_by="discourse:pronoun")))

    def _is_subject(self, mention: ActorMention) -> bool:
        span = self.doc.char_span(*mention.span, alignment_mode="expand")
        return span is not None and span.root.dep_ in SUBJECT_DEPS

    # -- helpers ---------------------------------------------------------------

    def _ships(self) -> None:
        """Ships named with their navy's prefix ("the destroyer USS Carney",
        "HMS Diamond"): their state's armed forces. The words of the name
        are no person or capital of their own ("USS George WASHINGTON")."""
        doc, prefixes = self.doc, self.kb.ship_prefixes
        for token in doc:
            code = prefixes.get(token.text)
            if code is None:
                continue
            end = token.i + 1
            while end < len(doc) and _title_cased(doc[end].text):
                end += 1
            if end == token.i + 1:
                continue
            span = doc[token.i:end]
            self.mentions = [m for m in self.mentions
                             if m.span[1] <= span.start_char or m.span[0] >= span.end_char]
            self._emit(token.i, end, Entity(text="", name=span.text, country=code, sector="MIL",
                                            type="organization", resolved_by="kb:ship-prefix"))

    def _emit(self, start: int, end: int, entity: Entity) -> None:
        span = self.doc[start:end]
        text = span.text
        self.mentions.append(ActorMention(text, (span.start_char, span.end_char), replace(entity, text=text)))

    def _with_modifiers(self, start: int) -> int:
        """Extend left over "then-", "former", "acting" before a title."""
        modifiers = self.kb.title_modifiers
        while start > 0 and self.doc[start - 1].lower_ in modifiers:
            start -= 1
        return start

    def _former(self, start: int) -> bool:
        words = {t.lower_ for t in self.doc[max(0, start - 3):start + 3]}
        return bool(words & {"then", "former", "ex", "late"})

    def _title_text(self, anchor: Anchor) -> str:
        text = self.doc[anchor.start:anchor.end].text
        return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in text.split())

    def _singular(self, anchor: Anchor) -> bool:
        return self.doc[anchor.end - 1].tag_ not in ("NNS", "NNPS")

    def _definite(self, anchor: Anchor) -> bool:
        root = self.doc[anchor.start:anchor.end].root
        return any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)

    def _of_country(self, anchor: Anchor, preps: frozenset[str] = frozenset({"of"})) -> str | None:
        """"the president of Armenia", "the government of Sudan"."""
        root = self.doc[anchor.start:anchor.end].root
        for prep in root.rights:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = self._named_in_phrase(obj, COUNTRY_KINDS)
                        if found is not None:
                            return found
        return None

    def _named_in_phrase(self, head, kinds: frozenset[str]) -> str | None:
        """The first country (or area) of ``kinds`` named in the phrase ending
        at ``head``, skipping a nationality that only describes a thing
        ("teachers of the RUSSIAN language")."""
        span = self.doc[head.left_edge.i:head.i + 1]
        for start, end, entries in self.kb.match_names([t.text for t in span]):
            kind = entries[0].kind
            if tied_to_other(span[start:end].root):
                continue  # "the chief of ISRAEL's militia ally"
            if kind == "demonym" and self._describes_inert(span.start + start, head.i):
                continue
            if kind in kinds:
                return entries[0].key
        return None

    def _describes_inert(self, start: int, head: int) -> bool:
        """Is a noun from ``start`` to ``head`` one that a nationality only
        describes ("the Russian language", "Iraqi oil exports")?"""
        inert = self.kb.inert_nouns
        return any(self.lemma[i] in inert or self.lower[i] in inert for i in range(start, head + 1))

    def _stands_alone(self, anchor: Anchor) -> bool:
        """A demonym used as a noun ("the Russians", "Palestinians said")."""
        root = self.doc[anchor.start:anchor.end].root
        return root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound", "nmod")


def _title_cased(word: str) -> bool:
    """A capitalised word, not one in capitals ("Carney", "D.", not "SAID")."""
    return word[:1].isupper() and (len(word) == 1 or not word[1:].isupper() or word.endswith("."))


def _object_role(token) -> bool:
    """Is ``token`` (or the first of its conjuncts) the object of a verb or
    preposition ("sanctions against Nigeria", "met Kenya and Uganda")?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("dobj", "pobj", "dative", "iobj")


def _expletive(token) -> bool:
    """An "it" that stands for nothing: "it is expected that", "it seems"."""
    if token.dep_ == "expl" or token.head.lemma_ in EXPLETIVE_VERBS:
        return True
    return token.dep_ == "nsubjpass" and any(c.dep_ in ("ccomp", "csubj") for c in token.head.children)


def _singular_form(word: str) -> str:
    """"rebels" -> "rebel": for plurals spaCy tags as proper nouns and does
    not lemmatise ("Rebels in Darfur said")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _name_anchor(start: int, end: int, entry: NameEntry) -> Anchor:
    return Anchor(start, end, entry.kind, entry.key, entry.sector)


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a capitalised name word follows ``end`` (the name matched is
    only the start of a longer one), not a date or a place."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ in ("PERSON", "")


# Nouns by which a report refers back to an organisation it named: "the
# Taliban ... THE MOVEMENT's leaders".
BODY_NOUNS = frozenset({"movement", "militia", "organisation", "organization", "insurgency"})


# Prepositions whose object is a place, never a bare surname: "in
# Hombori and Boni", "an ambush near Boni".
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "toward", "towards", "inside"})


def _placed_word(token: Token) -> bool:
    """Is ``token`` (or the first conjunct it belongs to) the object of a
    preposition of place?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _names_a_site(token: Token) -> bool:
    """Is ``token`` a name on a noun of a site ("the MULINO training
    ground", "the SHAYRAT air base"), or the first word of a building's
    name ("a dinner at BLAIR House", "Kennedy Airport")? A bare surname
    there names the place."""
    head = token.head
    if token.dep_ not in ("compound", "nmod"):
        return False
    return (head.pos_ == "NOUN" and head.lemma_.lower() in SITE_NOUNS
            or head.pos_ == "PROPN" and head.i == token.i + 1 and head.lower_ in SITE_NOUNS | BUILDING_NOUNS)


# Nouns that end the name of a building or a street named after someone:
# "BLAIR House", "Lincoln MEMORIAL".
BUILDING_NOUNS = frozenset({"house", "hall", "palace", "tower", "memorial", "building", "street", "avenue",
                            "library", "institute", "university", "college", "school", "hospital"})


# Nouns of seas named after a state ("the GULF of Oman", "the SEA of Japan").
WATER_NOUNS = frozenset({"gulf", "sea", "bay", "strait", "straits", "gulfs"})

# Nouns of places a name can be put on ("the Mulino training GROUND").
SITE_NOUNS = frozenset({"ground", "base", "airbase", "airfield", "airport", "range", "camp", "port",
                        "prison", "field", "crossing", "checkpoint", "district", "village", "town",
                        "province", "region", "valley", "square", "stadium", "bridge", "dam",
                        "centre", "center", "facility", "complex", "plant", "refinery", "factory",
                        "depot", "site", "reactor", "mine", "terminal", "harbour", "harbor"})


def _inside_longer(start: int, end: int, spans: list[tuple[int, int]], strict: bool = True) -> bool:
    """Is ``start:end`` inside one of ``spans`` (a longer one, when ``strict``)?"""
    return any(s <= start and end <= e and ((e - s) > (end - start) or not strict) for s, e in spans)


def for_or_against(word: Token) -> bool:
    """Whether a name follows "pro-" or "anti-" ("PRO-RUSSIAN separatists",
    "ANTI-FRENCH demonstrations"): whom people or an act are for or against,
    not whose they are."""
    doc, i = word.doc, word.i
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    return (word.lower_.startswith(("pro-", "anti-")) or bool(before) and before[-1] in ("pro-", "anti-")
            or len(before) == 2 and before[1] == "-" and before[0] in ("pro", "anti"))


def tied_to_other(token: Token) -> bool:
    """Is ``token`` the owner of a party defined by its tie to it ("ISRAEL's
    ally", "US allies", "Iran's proxies")? That party is not the owner."""
    head = token.head.lemma_.lower()
    return (token.dep_ == "poss" and head in RELATIONAL_NOUNS | COUNTERPART_NOUNS) or (
        token.dep_ == "compound" and head in RELATIONAL_NOUNS)


def _same_name(written: str, known: str) -> bool:
    """Does a surname as written name the known one: close in spelling, or
    its letters in another order ("Dos Sontas" for dos Santos)?"""
    if difflib.SequenceMatcher(None, written, known).ratio() >= SAME_NAME_RATIO:
        return True
    return len(written) >= MIN_TRANSPOSED_NAME and sorted(written) == sorted(known)


def _sector_of(nouns: list[Anchor]) -> str | None:
    """The sector of a noun group: a specific one ("rebel", "troops") beats
    GOV, and the first specific one wins ("rebel soldiers" -> REB)."""
    sectors = [a.sector for a in nouns if a.sector]
    specific = [s for s in sectors if s != "GOV"]
    return specific[0] if specific else (sectors[0] if sectors else None)


def _plural_institution(nouns: list[Anchor], doc: Doc) -> bool:
    return any(doc[a.end - 1].tag_ in ("NNS", "NNPS") for a in nouns)


__all__ = ["resolve_actors"]
