"""The office-holder files reach back before 2000 (1975 on) and stay consistent."""

from __future__ import annotations

import datetime as dt
import itertools
from importlib.resources import files

import pytest

from communique.kb import KnowledgeBase

PEOPLE = files("communique") / "data" / "kb" / "people"


def _holder(kb: KnowledgeBase, body: str, role: str, day: dt.date) -> str | None:
    holding = kb.holder(body, [role], day)
    return holding.person.id if holding else None


@pytest.mark.parametrize("body, role, day, expected", [
    ("FRA", "head_of_government", dt.date(1988, 3, 1), "jacques-chirac"),
    ("FRA", "head_of_government", dt.date(1989, 3, 1), "michel-rocard"),
    ("FRA", "head_of_state", dt.date(1988, 3, 1), "francois-mitterrand"),
    ("USA", "head_of_state", dt.date(1985, 6, 1), "ronald-reagan"),
    ("USA", "foreign_minister", dt.date(1985, 6, 1), "george-shultz"),
    ("GBR", "head_of_government", dt.date(1985, 6, 1), "margaret-thatcher"),
    ("DEU", "head_of_government", dt.date(1985, 6, 1), "helmut-kohl"),
    ("ZAF", "head_of_state", dt.date(1991, 6, 1), "f-w-de-klerk"),
    ("IRN", "head_of_government", dt.date(1992, 6, 1), "akbar-hashemi-rafsanjani"),
    ("UN", "org_head", dt.date(1985, 6, 1), "javier-perez-de-cuellar"),
])
def test_kb_historical_holder_on_a_date(kb, body, role, day, expected):
    assert _holder(kb, body, role, day) == expected


def test_kb_historical_same_person_holds_an_office_in_two_periods(kb):
    chirac = kb.people["jacques-chirac"]
    pm_starts = sorted(o.start for o in chirac.offices if o.role == "head_of_government" and o.country == "FRA")
    assert pm_starts[:2] == [dt.date(1974, 5, 27), dt.date(1986, 3, 20)]
    assert _holder(kb, "FRA", "head_of_government", dt.date(1980, 1, 1)) == "raymond-barre"
    # One id across a foreign ministry and the premiership, decades apart.
    shamir_roles = {o.role for o in kb.people["yitzhak-shamir"].offices}
    assert {"head_of_government", "foreign_minister"} <= shamir_roles


def test_kb_historical_soviet_leaders_are_filed_under_the_successor_state(kb):
    assert _holder(kb, "RUS", "head_of_state", dt.date(1986, 1, 1)) == "andrei-gromyko"
    assert _holder(kb, "RUS", "head_of_government", dt.date(1983, 1, 1)) == "nikolai-tikhonov"
    gorbachev = kb.people["mikhail-gorbachev"]
    assert gorbachev.gender == "m"
    assert any(o.country == "RUS" and o.start.year == 1990 for o in gorbachev.offices)


def test_kb_historical_tenures_in_one_office_never_overlap(kb):
    """Outside acting holders and offices marked concurrent (rival governments,
    federal and republic presidents filed under one successor code), one
    country's office has one holder at a time."""
    raw = _raw_offices()
    by_office: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = {}
    for person_id, office in raw:
        if office.get("acting") or office.get("concurrent"):
            continue
        if office["role"] not in ("head_of_state", "head_of_government", "foreign_minister", "org_head"):
            continue
        start = dt.date.fromisoformat(office["start"])
        if start >= dt.date(2000, 1, 1):
            continue
        end = dt.date.fromisoformat(office["end"]) if office["end"] else dt.date.max
        body = office["country"] or office["org"]
        by_office.setdefault((body, office["role"]), []).append((start, end, person_id))
    clashes = []
    for key, tenures in by_office.items():
        tenures.sort()
        for (s1, e1, p1), (s2, e2, p2) in itertools.pairwise(tenures):
            if p1 != p2 and s2 < e1 and e1 > dt.date(1975, 1, 1):
                clashes.append((key, p1, p2))
    assert clashes == []


def _raw_offices():
    import json

    for entry in PEOPLE.iterdir():
        if entry.name.endswith(".json"):
            for person in json.loads(entry.read_text(encoding="utf-8"))["people"]:
                for office in person["offices"]:
                    yield person["id"], office
