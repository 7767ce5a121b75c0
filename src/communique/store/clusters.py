"""When does an event mention describe a happening a cluster already holds?

Pure functions over ``ClusterKey`` (one mention) and ``ClusterProfile``
(what a cluster knows: every member's parties, places, modes and
factualities, and its most precise period), so the rule can be tested and
tuned without a database. A mention joins a cluster when it has the same
category (and a mode the cluster has seen, where both have one), dates that
agree within their precision (a report that says not when may tell of two
days before it was published), a factuality that can describe the same
happening (a plan or a possible act and the report that it happened can;
a denial and a report that it happened cannot), places that agree with
every place the cluster's members named, and parties that agree with all the parties the
cluster has seen (for joint events such as talks, overlapping participants
in either role; an actor nobody names agrees with a named one, but
attackers and arresters nobody names in a town or division only in the same
one or over the same named person).

Comparing with the whole cluster, not only with the mention that opened it,
keeps "Macron called Erdogan" out of a cluster that a vaguer "Macron made a
call" opened and "Macron called Zelenskyy" joined. A mention that fits two
clusters which are themselves different happenings (it names neither
recipient, or no place, where they differ) joins neither, unless its own
place or what the rest of its article is about points to one of them.

What a mention leaves out is not always vagueness: the coder may miss the
town of "a school in Gaza City". Where one actor often acts in several towns
a day (strikes, arrests), a mention naming no town therefore joins a
cluster's town only when its article names that town, or the division
("Soum province") the cluster's reports put the town in; and an attacker
nobody names is taken for a named one only on the same evidence of one
place. Triggers of one sentence ("struck towns in Syria, killing 12") are
one happening, and a vaguer mention in an article that tells one happening
of its kind is that happening.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from ..places import capital_of

# Categories where PLOVER's actor/recipient order is a matter of wording:
# "A and B held talks" vs "A held talks with B"; "Britain signed the treaty"
# vs "Mauritius signed the treaty with Britain" (signing is SUPPORT, 057).
JOINT_CATEGORIES = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})

# Categories where one actor often acts several times a day in different
# towns (strikes, shelling, bombings; arrests, raids, seizures), so that a
# mention naming no town is only trusted with a town its article names
# (``_unplaced_members_agree``). Talks, aid or agreements of the same parties
# on the same day are one happening wherever a report places them.
TOWN_BOUND_CATEGORIES = frozenset({"ASSAULT", "COERCE"})

# Slack added on each side of a mention's period before comparing, by
# precision: one day absorbs time-zone and "yesterday" differences between
# outlets; month and year periods already span their whole unit.
DATE_SLACK_DAYS = {"day": 1, "month": 0, "year": 0}

# Categories whose happening takes days from start to end (a convoy sent on
# Monday arrives on Wednesday; troops announced for El Oro reach it two days
# later): their reports' day dates may be twice as far apart.
TRANSIT_CATEGORIES = frozenset({"AID", "MOBILIZE", "RETREAT"})
TRANSIT_SLACK_FACTOR = 2
# Joint action (exercises, patrols, a joint operation) runs for days longer:
# a joint operation launched on Monday is reported on Wednesday, an
# exercise's opening and its live-fire stage three days apart.
JOINT_ACTION_CATEGORIES = frozenset({"COOPERATE"})
JOINT_ACTION_SLACK_FACTOR = 3
# Categories whose happening befalls a named person over days: "Karapetyan
# was detained on Wednesday" and "a court on Friday ordered Karapetyan held
# for two months" tell one detention.
HELD_PERSON_CATEGORIES = frozenset({"COERCE"})
HELD_PERSON_SLACK_DAYS = 7
# Categories whose happenings are conversations of named people: two with
# no person in common are two conversations.
MET_IN_PERSON_CATEGORIES = frozenset({"CONSULT"})
# Modes of happenings that last days wherever they fall: a state visit's
# arrival, talks and departure are reported on three days as one visit.
MULTI_DAY_MODES = frozenset({"visit"})
# ... and categories: a round of talks opened on Tuesday and closed on
# Thursday is one round, which reports date by its first day, its last or
# the day they tell of it; but not in modes of a moment (a phone call on
# Monday and one on Wednesday are two calls).
MULTI_DAY_CATEGORIES = frozenset({"CONSULT"})
ONE_DAY_MODES = frozenset({"phone"})

# Modes that reports of one happening use for each other: "bombing" is
# coded as explosives, and the bombing may be from the air ("a military
# aircraft bombed the village") or by a suicide bomber; missiles and
# artillery (heavy weapons) in one report are "air strikes" in another.
# An emergency grant is money (economic) for relief (humanitarian). A rally
# that police dispersed is a riot in another report. "Seized" a person is
# "arrested" him; "handed over" prisoners or a base (return) is their release
# or the withdrawal from it. Police and troops sent to one place are one
# deployment as often as not ("deployed police and soldiers to the border").
# An investigation a state opens into another's acts goes with its
# accusation of them ("Helsinki accused Moscow ... and opened an inquiry").
# A summit or conference held on a visit is the visit ("Xi arrived in Seoul
# for a state visit", "Xi and Park held a summit at the Blue House").
KINDRED_MODES = (frozenset({"explosives", "aerial"}), frozenset({"explosives", "suicide-attack"}),
                 frozenset({"economic", "humanitarian"}), frozenset({"demo", "riot"}),
                 frozenset({"arrest", "seize"}), frozenset({"return", "release"}),
                 frozenset({"return", "withdraw"}), frozenset({"troops", "police"}),
                 frozenset({"allege", "investigate"}), frozenset({"visit", "multilateral"}),
                 frozenset({"aerial", "heavy-weapons"}))

# Modes that come with any other of their category and tell no happening
# apart: destroying property ("a drone strike ... DESTROYING a vehicle").
INCIDENTAL_MODES = {"ASSAULT": frozenset({"seize"})}

# A report of what happened that says not when ("Ottawa expelled them",
# "condemned the attack on the town") is dated on the day it was published;
# the happening may be that many days older.
UNDATED_LOOKBACK_DAYS = 2
# ... and a plan that says not when ("Sweden will apply to join NATO") is
# dated on the day it was told; it may be carried out that many days later.
UNDATED_LOOKAHEAD_DAYS = 3

# The more precise period wins when a cluster's period is chosen.
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}

# Which factualities may describe the same happening: a plan, or a
# possible or proposed act ("Obama authorised air strikes", "the attack may
# have killed 400"), and the report that it happened; not a denial. (A plan
# and a mere possibility are told of different things: "will meet on
# Monday" and "could meet if the truce holds".)
_COMPATIBLE_FACTUALITY = {
    "asserted": {"asserted", "future", "hypothetical"},
    "future": {"asserted", "future"},
    "hypothetical": {"hypothetical", "asserted"},
    "negated": {"negated"},
}


@dataclass(frozen=True)
class ClusterKey:
    """What one mention says that matters for matching."""

    event: str
    mode: str | None
    date: dt.date
    enddate: dt.date
    precision: str
    actors: frozenset[str]
    recipients: frozenset[str]
    factuality: str
    historical: bool = False
    place_country: str | None = None
    geonameid: int | None = None
    # Countries and organisations the rest of its article is about (the
    # parties and place countries of the article's other current events):
    # only used to choose between clusters the mention fits equally well.
    context: frozenset[str] = frozenset()
    # The names of its town (as written and as resolved, see ``name_forms``),
    # those of the divisions its article names when it names a town
    # (``division_names``), and the capitalised words of its whole article
    # (None when unknown).
    town_names: frozenset[str] = frozenset()
    town_divisions: frozenset[str] = frozenset()
    article_names: frozenset[str] | None = None
    # The names of the division it is placed in when it names no town
    # ("Sagaing region"; see ``store.cluster_key``).
    area_names: frozenset[str] = frozenset()
    # The names of its town when the gazetteer does not list it ("the
    # village of Kyauk Ka Lay"): no GeoNames id tells it apart, its name does.
    unlisted_towns: frozenset[str] = frozenset()
    # The capitalised words of its own sentence (``capitalised_names``).
    sentence_names: frozenset[str] = frozenset()
    # The states its article's text names ("Dominican soldiers arrived"),
    # events or not: who a mention naming no party may be about.
    mentioned: frozenset[str] = frozenset()
    # Places its own sentence puts something at that the coder did not
    # place it in ("struck a vehicle NEAR ANEFIS"), folded (``sentence_places``).
    elsewhere: frozenset[str] = frozenset()
    # The surnames of the people among its parties, folded (``person_names``):
    # "arrested Rodrigo Duterte" and "Duterte was detained" are one arrest
    # wherever each report places it.
    persons: frozenset[str] = frozenset()
    # Whether its date was read from an expression of its own; an undated
    # report of what happened may be of a day before it (``lookback``).
    dated: bool = True

    def window(self) -> tuple[dt.date, dt.date]:
        return _window(self.date, self.enddate, self.precision, self.lookback,
                       held=self.event in HELD_PERSON_CATEGORIES and bool(self.persons),
                       lookahead=self.lookahead)

    @property
    def lookback(self) -> int:
        return lookback_days(self.dated, self.factuality, self.precision, self.historical)

    @property
    def lookahead(self) -> int:
        return lookahead_days(self.dated, self.factuality, self.precision, self.historical)

    def profile(self) -> ClusterProfile:
        return ClusterProfile.of(self)


@dataclass(frozen=True)
class ClusterProfile:
    """What a cluster knows, gathered from all its members.

    ``place_countries`` and ``towns`` (GeoNames ids of towns and sites) are
    the places its members named; a mention naming another town, or a place
    in another country, is another happening.
    """

    event: str
    date: dt.date
    enddate: dt.date
    precision: str
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    factualities: frozenset[str] = frozenset()
    place_countries: frozenset[str] = frozenset()
    towns: frozenset[int] = frozenset()
    # How good the period is (lower is better): see ``period_rank``; and the
    # days before it the happening may lie, when it is an undated report's.
    period_rank: tuple[int, int, int, int] = (len(PRECISION_RANK), 1, 1, 0)
    lookback: int = 0
    # ... and the days after it, when it is an undated plan's.
    lookahead: int = 0
    # Names of ``towns`` and ``unlisted_towns``; and the capitalised words
    # that every article of a member naming no town has in common, or None
    # when no such member is known (see ``_unplaced_members_agree``).
    town_names: frozenset[str] = frozenset()
    unplaced_names: frozenset[str] | None = None
    # Names of the divisions members placed it in without a town.
    area_names: frozenset[str] = frozenset()
    # Names of the towns members named that the gazetteer does not list.
    unlisted_towns: frozenset[str] = frozenset()
    # Names of the divisions the articles of members naming a town name
    # ("Djibo, in Soum province"): where the town lies, as reports say.
    town_divisions: frozenset[str] = frozenset()
    # Places the sentences of members naming no town put something at.
    elsewhere: frozenset[str] = frozenset()
    # Surnames of the people among its members' parties.
    persons: frozenset[str] = frozenset()

    @classmethod
    def of(cls, key: ClusterKey) -> ClusterProfile:
        named = bool(key.geonameid or key.unlisted_towns)  # a town, listed or not
        return cls(event=key.event, date=key.date, enddate=key.enddate,
                   precision=key.precision, actors=key.actors, recipients=key.recipients,
                   modes=frozenset({key.mode} if key.mode else ()),
                   factualities=frozenset({key.factuality}),
                   place_countries=frozenset({key.place_country} if key.place_country else ()),
                   towns=frozenset({key.geonameid} if key.geonameid else ()),
                   period_rank=period_rank(key.precision, key.factuality, key.dated,
                                           (key.enddate - key.date).days),
                   lookback=key.lookback, lookahead=key.lookahead,
                   town_names=key.town_names if named else frozenset(),
                   unplaced_names=(None if key.geonameid or key.event not in TOWN_BOUND_CATEGORIES
                                   else key.article_names),
                   area_names=key.area_names, unlisted_towns=key.unlisted_towns,
                   town_divisions=key.town_divisions if named else frozenset(),
                   elsewhere=(frozenset() if named or key.event not in TOWN_BOUND_CATEGORIES
                              else key.elsewhere),
                   persons=key.persons)

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients

    def window(self) -> tuple[dt.date, dt.date]:
        return _window(self.date, self.enddate, self.precision, self.lookback,
                       held=self.event in HELD_PERSON_CATEGORIES and bool(self.persons),
                       lookahead=self.lookahead)

    def absorb(self, key: ClusterKey) -> ClusterProfile:
        """The profile once ``key`` has joined; its period if it is a better one."""
        return self.merge(key.profile())

    def merge(self, other: ClusterProfile) -> ClusterProfile:
        """The profile of this cluster and ``other`` as one; the better period."""
        period = {}
        if other.period_rank < self.period_rank:
            period = {"date": other.date, "enddate": other.enddate, "precision": other.precision,
                      "period_rank": other.period_rank, "lookback": other.lookback,
                      "lookahead": other.lookahead}
        return replace(
            self, **period, actors=self.actors | other.actors,
            recipients=self.recipients | other.recipients, modes=self.modes | other.modes,
            factualities=self.factualities | other.factualities,
            place_countries=self.place_countries | other.place_countries,
            towns=self.towns | other.towns, town_names=self.town_names | other.town_names,
            unplaced_names=_common(self.unplaced_names, other.unplaced_names),
            area_names=self.area_names | other.area_names,
            unlisted_towns=self.unlisted_towns | other.unlisted_towns,
            town_divisions=self.town_divisions | other.town_divisions,
            elsewhere=self.elsewhere | other.elsewhere, persons=self.persons | other.persons)


def _common(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return a & b


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")
_NAME_SEPARATORS = re.compile(r"[\s'’-]+")


def fold_name(text: str) -> str:
    """A place name compared without case, accents or punctuation:
    "Khān Yūnis" -> "khan yunis"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain.casefold()))


def name_forms(name: str) -> frozenset[str]:
    """A place name folded, and run together where it is written in parts:
    "Bani-Bangou" -> {"bani-bangou", "banibangou"}, "Kyauk Ka Lay" ->
    {"kyauk ka lay", "kyaukkalay"}: transliterations differ most in that."""
    folded = fold_name(name)
    return frozenset({folded, _squash(folded)} - {""})


def _squash(folded: str) -> str:
    return _NAME_SEPARATORS.sub("", folded)


def capitalised_names(text: str) -> frozenset[str]:
    """The capitalised words of a text, folded, and runs of two or three of
    them run together (``name_forms``): what it can name a town with."""
    words = [fold_name(word) for word in _CAPITALISED.findall(text)]
    found = {w for word in words for w in (word, _squash(word))}
    for run in _CAPITALISED_RUN.findall(text):
        parts = [fold_name(w) for w in run.split()]
        for size in (2, 3):
            found.update(_squash(" ".join(parts[k:k + size])) for k in range(len(parts) - size + 1))
    return frozenset(found - {""})


def person_names(entities: Iterable[object]) -> frozenset[str]:
    """The surnames of the named people among ``entities``, folded:
    "Former Philippine president Rodrigo Duterte" and "Duterte" -> "duterte".
    An office named for want of its holder ("Minister of Chile", "leader")
    names nobody."""
    found = set()
    for entity in entities:
        name = getattr(entity, "name", None) or ""
        if getattr(entity, "type", None) != "person" or " of " in f" {name} ":
            continue
        words = [w for w in name.split() if w[:1].isupper()]
        if words and (surname := fold_name(words[-1])):
            found.add(surname)
    return frozenset(found)


# Nouns of first-level divisions ("the Sagaing region", "Lara state"), and
# with the second-level ones, the phrases reports place a town in: "Djibo, in
# Soum province", "the western state of Lara".
FIRST_LEVEL_DIVISIONS = ("region", "state", "province", "governorate", "oblast", "department",
                         "prefecture")
_DIVISION = f"(?:{'|'.join((*FIRST_LEVEL_DIVISIONS, 'district', 'county'))})"
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
# A capitalised "State" or "Province" is as often part of the name ("Plateau
# State"); a capitalised "Department" or "District" mostly names an office.
_TITLED_DIVISION = r"(?:State|Province|Region|Governorate|Oblast)"
_NAMED_DIVISION = re.compile(
    rf"\b({_NAME}) (?:{_DIVISION}|{_TITLED_DIVISION})\b(?! [A-Z]| of [A-Z])"
    rf"|\b{_DIVISION} of ({_NAME})")
# Capitalised words before a division noun that are no division of their own.
_NOT_DIVISION_WORDS = frozenset({"the", "a", "an", "in", "of", "islamic", "member", "nation",
                                 "police", "deep", "welfare", "sovereign", "federal", "head"})


def division_names(text: str) -> frozenset[str]:
    """Divisions a text names with a division noun ("Soum province", "the
    state of Lara", "Plateau State"), folded: what a report of a town says of
    where it lies, so that a vaguer report naming only the division can be
    matched with the town (``ClusterKey.town_divisions``)."""
    found = set()
    for match in _NAMED_DIVISION.finditer(text):
        words = (match.group(1) or match.group(2) or "").split()
        if match.group(1):  # keep the capitalised words next to the noun
            kept: list[str] = []
            for word in reversed(words):
                if (not word[:1].isupper() or word.lower() in _NOT_DIVISION_WORDS
                        or word.endswith(("'s", "’s"))):
                    break
                kept.insert(0, word)
            words = kept
        else:
            words = [w for w in words if w[:1].isupper()]
        name = fold_name(" ".join(words))
        if name and name.split()[0] not in _NOT_DIVISION_WORDS:
            found.add(name)
    return frozenset(found)


_LOCATED_NAME = re.compile(
    r"\b(?:near|in|at|outside|around|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+(?:town|village|city|district)\s+of\s+)?"
    r"([A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?:\s[A-Z][\w-]*(?:['’][A-Z][\w-]*)?){0,2})"
    rf"(?!['’]s|\s+(?:{_DIVISION}|territory)\b|\w|\s[A-Z])")


def sentence_places(text: str, is_state: Callable[[str], bool] = lambda name: False) -> frozenset[str]:
    """Names a sentence puts something at ("near Anefis", "in the town of
    Hombori", "south of Macomia"), folded; not divisions ("in Gao region"), possessors ("in
    Mali's north") nor states (``is_state``: "in Mali")."""
    return frozenset(name for m in _LOCATED_NAME.finditer(text)
                     if not is_state(m.group(1))
                     and (name := fold_name(m.group(1))).split()[0] not in _CALENDAR_WORDS)


# Capitalised words of dates: "killed IN WEDNESDAY night's attack".
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"})


_FIRST_LEVEL_AFTER = re.compile(rf"\s+(?:{'|'.join(FIRST_LEVEL_DIVISIONS)})\b", re.IGNORECASE)


def named_as_division(name: str, sentence: str) -> bool:
    """Whether ``sentence`` follows ``name`` with a first-level division noun
    ("in the north-western Sagaing REGION"): the division is meant, not the
    town of that name."""
    lowered, key = sentence.casefold(), name.casefold()
    at = lowered.find(key) if key else -1
    while at >= 0:
        if _FIRST_LEVEL_AFTER.match(sentence, at + len(key)):
            return True
        at = lowered.find(key, at + 1)
    return False


def period_rank(precision: str, factuality: str, dated: bool = True,
                span_days: int = 0) -> tuple[int, int, int, int]:
    """Which member gives a cluster its period: the most precise date, and
    among equally precise ones a report that it happened over a plan, a
    date read from the text over one that defaulted to the publication day,
    and the shorter period over a longer one ("on Wednesday" over "last
    week", both of day precision) (the order ``Store._refresh_clusters``
    keeps in the database)."""
    return (PRECISION_RANK.get(precision, len(PRECISION_RANK)), int(factuality != "asserted"),
            int(not dated), span_days)


def lookback_days(dated: bool, factuality: str, precision: str, historical: bool) -> int:
    """Days before its period a mention may have happened:
    ``UNDATED_LOOKBACK_DAYS`` for a current report that it happened whose
    day was not read from the text, else none."""
    return (UNDATED_LOOKBACK_DAYS if not dated and factuality == "asserted"
            and precision == "day" and not historical else 0)


def lookahead_days(dated: bool, factuality: str, precision: str, historical: bool) -> int:
    """Days after its period a mention may have happened:
    ``UNDATED_LOOKAHEAD_DAYS`` for a plan whose day was not read from the
    text (dated on the day it was told), else none."""
    return (UNDATED_LOOKAHEAD_DAYS if not dated and factuality == "future"
            and precision == "day" and not historical else 0)


def _window(date: dt.date, enddate: dt.date, precision: str,
            lookback: int = 0, held: bool = False, lookahead: int = 0) -> tuple[dt.date, dt.date]:
    """The days a period may stand for: the widest slack on both sides (a
    named person's detention's, when ``held``), and the ``lookback`` of an
    undated report and the ``lookahead`` of an undated plan, so that a
    window reaches every period that can agree with it (``_periods_agree``)."""
    slack = DATE_SLACK_DAYS.get(precision, 0) * max(TRANSIT_SLACK_FACTOR, JOINT_ACTION_SLACK_FACTOR)
    if held and slack:
        slack = max(slack, HELD_PERSON_SLACK_DAYS)
    return _shift(date, -slack - lookback), _shift(enddate, slack + lookahead)


def _periods_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Two periods that overlap once widened by the larger slack of the two:
    day dates of two reports of a strike may differ by one day (time zones,
    "yesterday" written after midnight), not by two; those of a delivery,
    deployment or withdrawal by two (``TRANSIT_CATEGORIES``), as those of a
    visit or a round of talks (``MULTI_DAY_MODES``, ``MULTI_DAY_CATEGORIES``),
    and those of a joint exercise or patrol by
    three (``JOINT_ACTION_CATEGORIES``). An undated report reaches back its
    ``lookback`` days where that is more, and an undated plan forward its
    ``lookahead`` days."""
    slack = max(DATE_SLACK_DAYS.get(a.precision, 0), DATE_SLACK_DAYS.get(b.precision, 0))
    if a.event in JOINT_ACTION_CATEGORIES:
        slack *= JOINT_ACTION_SLACK_FACTOR
    elif a.event in TRANSIT_CATEGORIES or (a.modes | b.modes) & MULTI_DAY_MODES or (
            a.event in MULTI_DAY_CATEGORIES and not (a.modes | b.modes) & ONE_DAY_MODES):
        slack *= TRANSIT_SLACK_FACTOR
    if a.event in HELD_PERSON_CATEGORIES and a.persons & b.persons and slack:
        # one person's arrest, charge and remand are reported over a week
        slack = max(slack, HELD_PERSON_SLACK_DAYS)
    return (_shift(a.date, -max(slack, a.lookback)) <= _shift(b.enddate, max(0, b.lookahead - slack))
            and _shift(b.date, -max(0, b.lookback - slack)) <= _shift(a.enddate, max(slack, a.lookahead)))


# Open-ended periods ("the first since ...") reach the ends of the calendar;
# windows stop one day short of them so callers can widen a window by a day.
_FIRST_DAY = dt.date.min + dt.timedelta(days=1)
_LAST_DAY = dt.date.max - dt.timedelta(days=1)


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held inside ``_FIRST_DAY`` .. ``_LAST_DAY``."""
    if (day - _FIRST_DAY).days <= -days:
        return _FIRST_DAY
    if (_LAST_DAY - day).days <= days:
        return _LAST_DAY
    return day + dt.timedelta(days=days)


def match_score(a: ClusterProfile | ClusterKey, b: ClusterProfile | ClusterKey) -> float | None:
    """How well ``a`` and ``b`` fit together (higher is better), or None if
    they are different happenings. Symmetric; keys count as one-member
    clusters."""
    a = a.profile() if isinstance(a, ClusterKey) else a
    b = b.profile() if isinstance(b, ClusterKey) else b
    if not _same_kind_time_and_place(a, b):
        return None
    if not (a.persons & b.persons
            or _unplaced_members_agree(a, b) and _unplaced_members_agree(b, a)):
        return None
    participants = _participant_overlap(a, b)
    if participants is None:
        return None
    # Prefer the candidate whose period is closest and whose parties agree most.
    gap = abs((a.date - b.date).days) + abs((a.enddate - b.enddate).days)
    return participants - min(gap, 10_000) / 100.0


def _same_kind_time_and_place(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Same category, a mode both can have, factualities that can tell one
    happening, periods and places that agree."""
    incidental = INCIDENTAL_MODES.get(a.event, frozenset())
    if a.event != b.event or not _modes_agree(a.modes - incidental, b.modes - incidental):
        return False
    return (_factualities_agree(a.factualities, b.factualities) and _periods_agree(a, b)
            and _places_agree(a, b))


def _modes_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """No mode on one side, a shared one, or kindred ones (``KINDRED_MODES``)."""
    if not (a and b) or a & b:
        return True
    return any({x, y} <= kin for x in a for y in b for kin in KINDRED_MODES)


def _factualities_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return all(y in _COMPATIBLE_FACTUALITY.get(x, ()) for x in a for y in b)


def _places_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Two towns must be the same town; a town and a country-level place (a
    capital and its country) agree when the town lies in that country.

    Meetings too: talks in Baghdad and a meeting in Erbil on the same trip are
    two meetings, with different hosts, as readers and coders count them."""
    if a.place_countries and b.place_countries and a.place_countries != b.place_countries:
        return False
    if a.towns and b.towns and a.towns != b.towns:
        return False
    return (_unlisted_towns_agree(a, b) and _near_places_agree(a, b) and _areas_agree(a, b)
            and _areas_agree(b, a) and _divisions_agree(a, b))


def _divisions_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Strikes or arrests placed in two divisions and in no town ("Russia's
    Kursk region", "Russia's Bryansk region") are two happenings
    (``TOWN_BOUND_CATEGORIES``)."""
    if (a.event not in TOWN_BOUND_CATEGORIES or not (a.area_names and b.area_names)
            or a.towns or b.towns or a.unlisted_towns or b.unlisted_towns
            or not (a.place_countries and b.place_countries)):
        return True  # (seas are no state's divisions: "the Gulf of Oman", "the Strait of Hormuz")
    return bool(a.area_names & b.area_names)


def _areas_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """A strike or arrest placed in a division with no town ("in Narathiwat
    province") is one in a town only where the town's reports put it in
    that division ("Rueso district, Narathiwat"), not in a town of the
    province next door ("Bannang Sata, Yala") (``TOWN_BOUND_CATEGORIES``)."""
    if (a.event not in TOWN_BOUND_CATEGORIES or not a.area_names or a.towns or a.unlisted_towns
            or not (b.towns or b.unlisted_towns)):
        return True
    return bool(a.area_names & (b.town_names | b.town_divisions))


def _near_places_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Two reports placed at one listed town and each at a village its
    sentence names near it ("in Urum al-Kubra, west of Aleppo", "near Khan
    Tuman, south-west of Aleppo": ``unlisted_towns`` beside ``towns``) are
    at one place only where a village is shared."""
    return not (a.towns and b.towns and a.unlisted_towns and b.unlisted_towns
                and not a.unlisted_towns & b.unlisted_towns)


def _unlisted_towns_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """A town the gazetteer does not list is the same place as another town
    only under one of its names ("Banibangou", "Bani-Bangou"); two villages
    of one state on one day are not one village. Against a report naming no
    town, it is no town: they match as unplaced reports do
    (``_unplaced_members_agree``)."""
    for x, y in ((a, b), (b, a)):
        if x.unlisted_towns and not x.towns and (y.towns or y.unlisted_towns) \
                and not (x.unlisted_towns & y.town_names or y.unlisted_towns & x.town_names):
            return False
    return True


def _unplaced_members_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """A mention that says in no town where it happened can be the happening
    in ``b``'s town only when its article names that town somewhere.

    On a busy day one state makes several strikes or arrests; a report whose
    place the coder could not read ("a school in Gaza City", "the port city
    of Vladivostok") must not fall into the only cluster of that day that
    has a town (Khan Younis, Moscow). An article about the same happening
    almost always names its town, in the title, the sentence or the next
    paragraph.
    """
    if a.unplaced_names is None or not b.town_names:
        return True
    known = b.town_names | b.town_divisions | b.area_names
    if a.elsewhere and not a.towns and not any(_names_a_town(frozenset(p.split()), known)
                                               for p in a.elsewhere):
        # "an air strike near ANEFIS", in an article recalling Aguelhok's:
        # its own sentence puts it somewhere else than ``b``'s town
        return False
    return _names_a_town(a.unplaced_names, known)


def _names_a_town(names: frozenset[str] | None, towns: frozenset[str]) -> bool:
    """Whether capitalised words ``names`` name one of the ``towns``."""
    return names is not None and any(
        set(town.split()) <= names for town in towns if town)


def _participant_overlap(a: ClusterProfile, b: ClusterProfile) -> float | None:
    if a.event in JOINT_CATEGORIES:
        left, right = a.parties, b.parties
        shared = left & right
        if not shared:
            return None
        # "A and B talked" vs "A talked with C": one shared party is not enough
        # when both sides name two or more different parties.
        if len(left) > 1 and len(right) > 1 and len(shared) < 2:
            return None
        if (a.event in MET_IN_PERSON_CATEGORIES and len(a.persons) > 1 and len(b.persons) > 1
                and not a.persons & b.persons):
            # "Obama spoke with Rouhani" and "Kerry met Zarif" the day before:
            # the same two states, two other people, another conversation
            # (one name on a side may be any member of a delegation)
            return None
        return len(shared) / len(left | right)
    if not (a.actors & b.actors):
        # An actor nobody names ("troops left the base", "the protest") is
        # the one another report names. Not so readily where one actor acts
        # in several towns a day: where either report puts an attack or an
        # arrest in a town or a division, one whose attackers nobody names
        # ("a roadside bomb killed ...") is the claimed one only where both
        # reports hold the same person ("Duterte was detained"), say the
        # same town, or the report that says no town names the other's
        # place elsewhere. Two reports that name no town or division ("the
        # drone attack in Jordan" and "militias struck US troops in Jordan")
        # are one attack.
        if _reversed_roles(a, b):
            return REVERSED_ROLES_SCORE
        if a.actors and b.actors or a.event in TOWN_BOUND_CATEGORIES and (
                _placed(a) or _placed(b)) and not (
                a.persons & b.persons or a.towns & b.towns
                or a.unlisted_towns & b.unlisted_towns
                or _named_elsewhere(a, b) or _named_elsewhere(b, a)):
            return None
    if not _recipients_agree(a, b):
        return None
    union = a.parties | b.parties
    shared = (a.actors & b.actors) | (a.recipients & b.recipients)
    return len(shared) / len(union) if union else 0.0


# Categories whose one happening on one day is often told with its parties
# the other way round: a prisoner exchange ("Hamas freed the hostages",
# "Israel freed Palestinian prisoners"), drills one side stages and the other
# reports ("China began drills around Taiwan", "Taiwan deployed ships to
# watch them"). Not attacks (two sides trade fire every day in a war),
# sanctions (a state answers an expulsion in kind, often the same day) nor
# accusations (each side of a disaster blames the other the same day).
REVERSIBLE_CATEGORIES = frozenset({"RETREAT", "MOBILIZE"})
# How well two such clusters fit: below any match with a party in common in
# its roles, so that a mention with one goes there first.
REVERSED_ROLES_SCORE = 0.1


def _reversed_roles(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Whether ``a`` and ``b`` name the same two sides the other way round
    (A>B, B>A), on one and the same day, in a category where a coder reads
    one happening so (``REVERSIBLE_CATEGORIES``)."""
    return (a.event in REVERSIBLE_CATEGORIES and bool(a.actors and b.actors)
            and a.actors <= b.recipients and b.actors <= a.recipients
            and not a.actors & b.actors and _one_day(a) and _one_day(b) and a.date == b.date)


def _placed(a: ClusterProfile) -> bool:
    """Whether a report puts it in a town or a division."""
    return bool(a.towns or a.unlisted_towns or a.area_names)


def _named_elsewhere(a: ClusterProfile, b: ClusterProfile) -> bool:
    """``a`` says in no town where it happened, and its articles name ``b``'s
    town, the division ``b``'s reports put the town in, or the division
    ``b`` is placed in."""
    return not a.towns and _names_a_town(a.unplaced_names,
                                         b.town_names | b.town_divisions | b.area_names)


# Categories whose acts are often made at a forum of the United Nations and
# told as made to it ("vetoed the draft" at the Security Council, "asked the
# ICJ to order ...") or to the party they concern ("vetoed Palestinian
# membership", "asked for an order against Israel"), and those forums.
FORUM_CATEGORIES = frozenset({"REJECT", "REQUEST"})
FORUMS = frozenset({"UN", "UNSC", "UNGA", "ICJ", "UNHRC"})


def _recipients_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Shared recipients, or none named on one side; or one side's target
    is the country where the other says it happened ("struck Afghanistan"
    and "struck Pakistani Taliban hideouts in Afghanistan"); or, for a veto
    or a request by the same actor, one side's only recipient is the forum
    it was made at (``FORUM_CATEGORIES``)."""
    if not (a.recipients and b.recipients) or a.recipients & b.recipients:
        return True
    if a.event in FORUM_CATEGORIES and a.actors & b.actors and (
            a.recipients <= FORUMS or b.recipients <= FORUMS):
        return True
    if _own_target(a, b) or _own_target(b, a):
        # An act's own state as its target ("Venezuela's military exercise",
        # troops of its own; "accusations that its FSB targeted UK
        # politicians", read as London's at London) names no other party.
        return True
    return a.recipients <= b.place_countries or b.recipients <= a.place_countries


def _own_target(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Whether ``a`` names no target but its actors' own states. Where one
    actor acts in many places a day (``TOWN_BOUND_CATEGORIES``), only if it
    says it struck nowhere else than ``b`` did ("Turkish jets struck" read
    as Turkey's target, and "Turkey struck northern Iraq"): its army
    striking militants at home is not its strike abroad."""
    if not a.recipients <= a.actors:
        return False
    return (a.event not in TOWN_BOUND_CATEGORIES or not a.place_countries
            or bool(a.place_countries & (b.recipients | b.place_countries)))


def best_match(key: ClusterKey | ClusterProfile,
               candidates: Iterable[tuple[int, ClusterProfile | ClusterKey]]) -> int | None:
    """The id of the cluster ``key`` belongs to, or None to open a new one.

    When the best two fitting clusters are themselves different happenings
    (say "Russia struck Kyiv" and "Russia struck Odesa", and the mention
    names no city), the mention is ambiguous and joins neither.
    """
    fitting = []
    for cluster_id, candidate in candidates:
        score = match_score(candidate, key)
        if score is None and isinstance(key, ClusterKey):
            filled = _filled_from_context(key, candidate)
            score = match_score(candidate, filled) if filled is not None else None
            if score is not None:
                score -= CONTEXT_FILL_PENALTY
        if score is not None:
            fitting.append((score, cluster_id, candidate))
    if not fitting:
        return None
    fitting.sort(key=lambda f: (-f[0], f[1]))
    if key.precision == "day":
        # A report of a day goes with a cluster of that day before one that
        # knows only the month or year ("EU sanctions this year"): the
        # vaguer cluster fits it only for want of a date.
        dated = [f for f in fitting if f[2].precision == "day"]
        fitting = dated or fitting
    if len(fitting) > 1:
        # ... and one its period reaches before one it reaches only through
        # a plan's lookahead: "the minister will travel to Cairo" with no
        # day is a guess about the days after it, a report of the day is not.
        fitting = [f for f in fitting if _fits_without_lookahead(key, f[2])] or fitting
    if len(fitting) > 1 and match_score(fitting[0][2], fitting[1][2]) is None:
        return _by_evidence(key, fitting) if isinstance(key, ClusterKey) else None
    return fitting[0][1]


def _fits_without_lookahead(key: ClusterKey | ClusterProfile,
                            candidate: ClusterProfile | ClusterKey) -> bool:
    """Whether ``candidate``'s period agrees with ``key``'s without either
    reaching forward as an undated plan."""
    a = candidate.profile() if isinstance(candidate, ClusterKey) else candidate
    b = key.profile() if isinstance(key, ClusterKey) else key
    if not (a.lookahead or b.lookahead):
        return True
    return _periods_agree(replace(a, lookahead=0), replace(b, lookahead=0))


# How many days beyond a cluster's period a stored mention naming no doer
# is looked for when the cluster opens (``Store._attach_unattributed``): the
# widest window a mention may have beyond its own period.
ATTACH_REACH_DAYS = 7


def attach_match(key: ClusterKey,
                 candidates: Iterable[tuple[int, ClusterProfile]]) -> int | None:
    """The cluster a mention naming no one who acted is a report of, or None.

    Such a mention ("the DEPLOYMENT", "aid trucks reached Black River") is
    weak evidence: it is attached only to a cluster some report named a doer
    of, whose article tells which happening it is (``_identifies``), and
    that it fits as any mention must (``best_match``: time, place,
    recipients, factuality; of two fitting clusters that are different
    happenings, the one its place or article points to, else neither). A
    cluster of unknown doers is not enough: "pagers exploded across Lebanon"
    fits the next day's radio blasts too.
    """
    return best_match(key, [(cluster_id, profile) for cluster_id, profile in candidates
                            if _identifies(key, profile)])


def _identifies(key: ClusterKey, profile: ClusterProfile) -> bool:
    """Whether the article of a mention naming no doer names both the
    doer of ``profile``'s happening and, apart from it, its target or place
    (a party of the article's events, a state or town its text names): the
    reader of "the DEPLOYMENT" knows it is Kenya's police in Haiti only from
    an article that says Kenya and Haiti. A state named alone is no
    evidence: a British article names Britain whatever it is about."""
    named = key.context | key.mentioned
    doers = profile.actors & named
    if not doers:
        return False
    return bool((profile.recipients | profile.place_countries) & named - doers
                or _names_a_town(key.article_names, profile.town_names | profile.area_names))


# How well a cluster opened in a batch must fit the one cluster it fits to
# be merged into it after the batch (``match_score``: the share of parties
# in common, less a hundredth per day apart).
MERGE_SCORE = 0.5


def merge_opened(opened: Iterable[int], known: dict[int, ClusterProfile],
                 articles: Mapping[int, set[str]]) -> dict[int, int]:
    """Clusters of one category that a batch opened and that are one
    happening with another cluster after all: {merged cluster: cluster it
    joins}. ``known`` (the profiles, by cluster id) is updated in place.

    A mention is matched against the clusters as they stand when its turn
    comes. One that arrived while two look-alike clusters were equally
    likely opened a cluster of its own; once the batch is placed, later
    members may have shown which of the two it is. An opened cluster joins
    the one it fits best, at ``MERGE_SCORE`` or better, when it fits that
    one alone or every cluster it fits fits every other (three reports of
    one missile strike that the batch left in three clusters are one
    happening; a strike that fits both Kyiv's and Odesa's is neither); both
    are of one day (a cluster of a week or a month fits too much to vouch
    for it); a joint act has the same parties in both (talks with one more
    party are mostly other talks: "a call with Bishkek too"); and no article
    (``articles``: the articles of each cluster's mentions) has mentions in
    both, since the coder kept those apart on purpose.
    """
    by_party: dict[str, set[int]] = {}
    for cluster_id, profile in known.items():
        for party in profile.parties:
            by_party.setdefault(party, set()).add(cluster_id)
    merged: dict[int, int] = {}
    held = {c: set(a) for c, a in articles.items()}
    for cluster_id in sorted(opened):
        profile = known.get(cluster_id)
        if profile is None or not _one_day(profile):
            continue
        # (a merged cluster is gone from ``known``; its parties index its target)
        others = {c for party in profile.parties for c in by_party.get(party, ()) if c in known}
        fitting = [(score, other) for other in sorted(others - {cluster_id})
                   if (score := match_score(known[other], profile)) is not None]
        if not fitting or max(fitting)[0] < MERGE_SCORE or not _one_happening(
                [known[other] for _, other in fitting]):
            continue
        target = max(fitting, key=lambda fit: (fit[0], -fit[1]))[1]  # (the older of equals)
        if not _one_day(known[target]) or held.get(cluster_id, set()) & held.get(target, set()):
            continue
        if profile.event in JOINT_CATEGORIES and profile.parties != known[target].parties:
            continue
        known[target] = known[target].merge(profile)
        held.setdefault(target, set()).update(held.pop(cluster_id, set()))
        del known[cluster_id]
        merged[cluster_id] = target
        for party in profile.parties:
            by_party.setdefault(party, set()).add(target)
    for source in merged:  # (a cluster merged into one merged later joins where that one went)
        while merged[source] in merged:
            merged[source] = merged[merged[source]]
    return merged


def _one_happening(profiles: list[ClusterProfile]) -> bool:
    """Whether clusters could all be one happening: each fits every other."""
    return all(match_score(a, b) is not None
               for n, a in enumerate(profiles) for b in profiles[n + 1:])


def _one_day(profile: ClusterProfile) -> bool:
    return profile.precision == "day" and profile.enddate == profile.date


# How much worse a match through the article's context scores than one
# through the mention's own parties.
CONTEXT_FILL_PENALTY = 1.0


def _filled_from_context(key: ClusterKey, candidate: ClusterProfile | ClusterKey) -> ClusterKey | None:
    """A mention that names no party at all ("the truce agreed the previous
    day", "the pardon") takes the parties of a cluster when its article is
    about all of them (the parties of its other events, ``context``, or the
    states its text names, ``mentioned``): a follow-up leaves out who acted
    because its lead said so. Not where one actor acts several times a day
    in different towns (``TOWN_BOUND_CATEGORIES``), nor for background."""
    profile = candidate.profile() if isinstance(candidate, ClusterKey) else candidate
    if (key.actors or key.recipients or key.historical or key.event in TOWN_BOUND_CATEGORIES
            or not profile.parties or not profile.parties <= key.context | key.mentioned):
        return None
    return replace(key, actors=profile.actors, recipients=profile.recipients)


def _by_evidence(key: ClusterKey,
                 fitting: list[tuple[float, int, ClusterProfile | ClusterKey]]) -> int | None:
    """Of clusters a vague mention fits equally, the one its own words point
    to, or None while two different happenings stay equally likely.

    What points to a cluster, strongest first: the mention's own place is
    the cluster's recipient or place ("handed over the base in Chad" and
    "French soldiers left Chad", not the withdrawal from Mali); how many of
    the mention's actors the cluster has (Spain and Portugal signing, not
    Spain and France; not attackers nobody named); its own sentence names
    the cluster's town ("power was restored in Kryvyi Rih after a drone
    attack on a site in the city", of that day's strikes on Kryvyi Rih and
    on Dnipro, both named in the article); its article names the
    cluster's town, or else the division its reports put the town in (of two
    villages of Zamfara state, the one it names); the cluster is in the
    capital of the country the mention names (a visit "to Iraq" is to
    Baghdad before Erbil); then how many of the countries the rest of the
    article is about are the cluster's recipients or places ("Caracas
    rejects the sanctions", of US sanctions on Venezuela and on Nicaragua
    the same day).
    """
    capitals = {fold_name(name) for code in {key.place_country, *key.recipients} if code
                if (name := capital_of(code))}

    def evidence(candidate: ClusterProfile | ClusterKey) -> tuple[int, ...]:
        profile = candidate.profile() if isinstance(candidate, ClusterKey) else candidate
        targets = (profile.recipients | profile.place_countries) - key.actors
        return (int(key.place_country in targets),
                len(key.actors & profile.actors),
                int(_names_a_town(key.sentence_names, profile.town_names)),
                int(_names_a_town(key.article_names, profile.town_names)),
                int(_names_a_town(key.article_names, profile.town_divisions)),
                int(bool(capitals & profile.town_names)),
                len(targets & key.context))

    ranked = sorted(((evidence(c), cluster_id, c) for _, cluster_id, c in fitting),
                    key=lambda r: (tuple(-x for x in r[0]), r[1]))
    best_evidence, best_id, best = ranked[0]
    if not any(best_evidence):
        return None
    for other_evidence, _, other in ranked[1:]:
        if other_evidence == best_evidence and match_score(best, other) is None:
            return None
    return best_id


def same_sentence_match(key: ClusterKey,
                        siblings: Iterable[tuple[ClusterKey, int]]) -> int | None:
    """The cluster of a mention of the same category in the same sentence
    that can be the same happening ("struck towns in Syria, killing 12":
    the killing is the strike), or None.

    A sentence tells one happening with several trigger words more often
    than two alike happenings; the vaguer trigger follows the detailed one
    instead of being matched on its own, where it could fit a lookalike
    (the same day's strikes in Iraq). Two triggers of a sentence that name
    different towns or recipients stay apart.
    """
    for sibling, cluster_id in siblings:
        if match_score(sibling, key) is not None:
            return cluster_id
    return None


def same_article_match(key: ClusterKey,
                       siblings: Iterable[tuple[ClusterKey, int]]) -> int | None:
    """The cluster of the one happening of this category that the rest of
    the mention's article tells and the mention can be, or None.

    An article mostly tells one happening of a kind, first in detail and
    then in vaguer words: "the army struck the market in Nyala ... the air
    raid, the second on the city this month". The vaguer mention may leave
    out its attackers or its town; within one article that is no sign of
    another happening, so a mention naming no actor or no place follows the
    sibling it agrees with in all it does say. Where it could be two of the
    article's happenings (strikes on two towns), it follows neither.
    """
    found = {cluster_id for sibling, cluster_id in siblings
             if sibling.historical == key.historical and _siblings_agree(sibling, key)}
    return found.pop() if len(found) == 1 else None


def _siblings_agree(a: ClusterKey, b: ClusterKey) -> bool:
    """``match_score`` for two mentions of one article, where an unnamed
    actor is no other actor and an unnamed town is the article's. One article
    that tells a happening and one planned ("spoke by telephone on Monday
    ... and agreed to meet in Astana later this month") tells two. (An
    undated plan reaches forward to the report that it was carried out, not
    to another plan its article dates: "Erdogan will visit Iraq ON MONDAY
    ... and is due to travel to Erbil".)"""
    pa, pb = replace(a.profile(), lookahead=0), replace(b.profile(), lookahead=0)
    if not _same_kind_time_and_place(pa, pb) or a.factuality != b.factuality:
        return False
    if pa.event in JOINT_CATEGORIES:
        # ("Xi will visit North Korea ... and meet Trump in Osaka": one
        # shared party, two different others, two meetings)
        shared = pa.parties & pb.parties
        return not (pa.parties and pb.parties) or bool(shared) and not (
            len(pa.parties) > 1 and len(pb.parties) > 1 and len(shared) < 2)
    if pa.actors and pb.actors and not pa.actors & pb.actors:
        return False
    return _recipients_agree(pa, pb)


def detail(key: ClusterKey) -> tuple[int, int, int]:
    """How much a mention says (more first when sorting by ``-detail``): its
    parties, whether it names a town or a country, and its date precision.
    Matching the detailed mentions of a batch first lets the vaguer ones
    join a cluster that already says which happening it is."""
    place = 2 if key.geonameid else 1 if key.place_country else 0
    return (len(key.actors | key.recipients), place, -PRECISION_RANK.get(key.precision, 3))
