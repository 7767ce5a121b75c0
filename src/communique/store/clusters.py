"""When do two event mentions describe the same happening?

Pure functions over ``ClusterKey`` values, so the rule can be tested and
tuned without a database. Two mentions are the same happening when they have
the same category (and mode, where both have one), overlapping actors and
recipients (for joint events such as talks, overlapping participants in
either role), dates that agree within their precision, compatible places,
and factualities that can describe one happening (a plan and the report that
it happened can; a denial and a report that it happened cannot).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Categories where PLOVER's actor/recipient order is a matter of wording:
# "A and B held talks" vs "A held talks with B".
JOINT_CATEGORIES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

# Slack added on each side of a mention's period before comparing, by
# precision: one day absorbs time-zone and "yesterday" differences between
# outlets; month and year periods already span their whole unit.
DATE_SLACK_DAYS = {"day": 1, "month": 0, "year": 0}

# Which factualities may describe the same happening.
_COMPATIBLE_FACTUALITY = {
    "asserted": {"asserted", "future"},
    "future": {"asserted", "future"},
    "hypothetical": {"hypothetical"},
    "negated": {"negated"},
}


@dataclass(frozen=True)
class ClusterKey:
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
        slack = DATE_SLACK_DAYS.get(self.precision, 0)
        return _shift(self.date, -slack), _shift(self.enddate, slack)


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


def match_score(a: ClusterKey, b: ClusterKey) -> float | None:
    """How well ``b`` matches ``a`` (higher is better), or None if they differ."""
    if a.event != b.event:
        return None
    if a.mode and b.mode and a.mode != b.mode:
        return None
    if b.factuality not in _COMPATIBLE_FACTUALITY.get(a.factuality, ()):
        return None
    a_start, a_end = a.window()
    b_start, b_end = b.window()
    if a_start > b_end or b_start > a_end:
        return None
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return None
    if a.geonameid and b.geonameid and a.geonameid != b.geonameid:
        return None
    participants = _participant_overlap(a, b)
    if participants is None:
        return None
    # Prefer the candidate whose period is closest and whose parties agree most.
    gap = abs((a.date - b.date).days) + abs((a.enddate - b.enddate).days)
    return participants - gap / 100.0


def _participant_overlap(a: ClusterKey, b: ClusterKey) -> float | None:
    if a.event in JOINT_CATEGORIES:
        left, right = a.actors | a.recipients, b.actors | b.recipients
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
    union = a.actors | b.actors | a.recipients | b.recipients
    shared = (a.actors & b.actors) | (a.recipients & b.recipients)
    return len(shared) / len(union)


def best_match(key: ClusterKey, candidates: list[tuple[int, ClusterKey]]) -> int | None:
    """The id of the best-matching candidate cluster, or None."""
    best_id, best_score = None, float("-inf")
    for cluster_id, candidate in candidates:
        score = match_score(candidate, key)
        if score is not None and score > best_score:
            best_id, best_score = cluster_id, score
    return best_id
