"""When does an event mention describe a happening a cluster already holds?

Pure functions over ``ClusterKey`` (one mention) and ``ClusterProfile``
(what a cluster knows: every member's parties, places, modes and
factualities, and its most precise period), so the rule can be tested and
tuned without a database. A mention joins a cluster when it has the same
category (and a mode the cluster has seen, where both have one), dates that
agree within their precision, a factuality that can describe the same
happening (a plan and the report that it happened can; a denial and a
report that it happened cannot), places that agree with every place the
cluster's members named, and parties that agree with all the parties the
cluster has seen (for joint events such as talks, overlapping participants
in either role).

Comparing with the whole cluster, not only with the mention that opened it,
keeps "Macron called Erdogan" out of a cluster that a vaguer "Macron made a
call" opened and "Macron called Zelenskyy" joined. A mention that fits two
clusters which are themselves different happenings (it names neither
recipient, or no place, where they differ) is ambiguous and joins neither.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

# Categories where PLOVER's actor/recipient order is a matter of wording:
# "A and B held talks" vs "A held talks with B".
JOINT_CATEGORIES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

# Slack added on each side of a mention's period before comparing, by
# precision: one day absorbs time-zone and "yesterday" differences between
# outlets; month and year periods already span their whole unit.
DATE_SLACK_DAYS = {"day": 1, "month": 0, "year": 0}

# The more precise period wins when a cluster's period is chosen.
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}

# Which factualities may describe the same happening.
_COMPATIBLE_FACTUALITY = {
    "asserted": {"asserted", "future"},
    "future": {"asserted", "future"},
    "hypothetical": {"hypothetical"},
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

    def window(self) -> tuple[dt.date, dt.date]:
        return _window(self.date, self.enddate, self.precision)

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
    # How good the period is (lower is better): see ``period_rank``.
    period_rank: tuple[int, int] = (len(PRECISION_RANK), 1)

    @classmethod
    def of(cls, key: ClusterKey) -> ClusterProfile:
        return cls(event=key.event, date=key.date, enddate=key.enddate,
                   precision=key.precision, actors=key.actors, recipients=key.recipients,
                   modes=frozenset({key.mode} if key.mode else ()),
                   factualities=frozenset({key.factuality}),
                   place_countries=frozenset({key.place_country} if key.place_country else ()),
                   towns=frozenset({key.geonameid} if key.geonameid else ()),
                   period_rank=period_rank(key.precision, key.factuality))

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients

    def window(self) -> tuple[dt.date, dt.date]:
        return _window(self.date, self.enddate, self.precision)

    def absorb(self, key: ClusterKey) -> ClusterProfile:
        """The profile once ``key`` has joined; its period if it is a better one."""
        other = key.profile()
        period = {}
        if other.period_rank < self.period_rank:
            period = {"date": key.date, "enddate": key.enddate, "precision": key.precision,
                      "period_rank": other.period_rank}
        return replace(
            self, **period, actors=self.actors | other.actors,
            recipients=self.recipients | other.recipients, modes=self.modes | other.modes,
            factualities=self.factualities | other.factualities,
            place_countries=self.place_countries | other.place_countries,
            towns=self.towns | other.towns)


def period_rank(precision: str, factuality: str) -> tuple[int, int]:
    """Which member gives a cluster its period: the most precise date, and
    among equally precise ones a report that it happened over a plan (the
    order ``Store._refresh_clusters`` keeps in the database)."""
    return PRECISION_RANK.get(precision, len(PRECISION_RANK)), int(factuality != "asserted")


def _window(date: dt.date, enddate: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    slack = DATE_SLACK_DAYS.get(precision, 0)
    return _shift(date, -slack), _shift(enddate, slack)


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
    if a.event != b.event:
        return None
    if a.modes and b.modes and not (a.modes & b.modes):
        return None
    if not _factualities_agree(a.factualities, b.factualities):
        return None
    a_start, a_end = a.window()
    b_start, b_end = b.window()
    if a_start > b_end or b_start > a_end:
        return None
    if not _places_agree(a, b):
        return None
    participants = _participant_overlap(a, b)
    if participants is None:
        return None
    # Prefer the candidate whose period is closest and whose parties agree most.
    gap = abs((a.date - b.date).days) + abs((a.enddate - b.enddate).days)
    return participants - min(gap, 10_000) / 100.0


def _factualities_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return all(y in _COMPATIBLE_FACTUALITY.get(x, ()) for x in a for y in b)


def _places_agree(a: ClusterProfile, b: ClusterProfile) -> bool:
    """Two towns must be the same town; a town and a country-level place (a
    capital and its country) agree when the town lies in that country."""
    if a.place_countries and b.place_countries and a.place_countries != b.place_countries:
        return False
    if a.towns and b.towns and a.towns != b.towns:
        return False
    return True


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
        return len(shared) / len(left | right)
    if not (a.actors & b.actors):
        return None
    if a.recipients and b.recipients and not (a.recipients & b.recipients):
        return None
    union = a.parties | b.parties
    shared = (a.actors & b.actors) | (a.recipients & b.recipients)
    return len(shared) / len(union)


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
        if score is not None:
            fitting.append((score, cluster_id, candidate))
    if not fitting:
        return None
    fitting.sort(key=lambda f: (-f[0], f[1]))
    if len(fitting) > 1 and match_score(fitting[0][2], fitting[1][2]) is None:
        return None
    return fitting[0][1]


def detail(key: ClusterKey) -> tuple[int, int, int]:
    """How much a mention says (more first when sorting by ``-detail``): its
    parties, whether it names a town or a country, and its date precision.
    Matching the detailed mentions of a batch first lets the vaguer ones
    join a cluster that already says which happening it is."""
    place = 2 if key.geonameid else 1 if key.place_country else 0
    return (len(key.actors | key.recipients), place, -PRECISION_RANK.get(key.precision, 3))
