"""The office-holder files in data/kb/people load and answer dated questions."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files

import pytest

from communique.kb import KnowledgeBase

PEOPLE = files("communique") / "data" / "kb" / "people"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    if not PEOPLE.is_dir() or not any(p.name.endswith(".json") for p in PEOPLE.iterdir()):
        pytest.skip("no office-holder files in communique/data/kb/people yet")
    return KnowledgeBase.load()


def _holder_id(kb, body, roles, day):
    holding = kb.holder(body, roles, day)
    if holding is None:
        pytest.skip(f"people files do not cover {body} {roles} on {day}")
    return holding.person.id


def test_kb_people_russian_president_in_2024_is_putin(kb):
    assert _holder_id(kb, "RUS", ["head_of_state"], dt.date(2024, 6, 14)) == "vladimir-putin"


def test_kb_people_us_president_changes_with_the_date(kb):
    first = _holder_id(kb, "USA", ["head_of_state"], dt.date(2019, 5, 1))
    later = _holder_id(kb, "USA", ["head_of_state"], dt.date(2022, 5, 1))
    assert first == "donald-trump"
    assert later == "joe-biden"


def test_kb_people_every_office_belongs_to_a_known_body(kb):
    for person in kb.people.values():
        for office in person.offices:
            assert office.country in kb.states or office.org, (person.id, office)
