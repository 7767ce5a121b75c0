"""The seed article (read from ../shared at run time) through the whole
pipeline: the events and relation claims it must yield, and those it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.pipeline import extract
from communique.readers import read_sources

D = dt.date


@pytest.fixture(scope="module")
def seed(seed_path, resources, config):
    (extraction,) = extract(read_sources([str(seed_path)], config), resources=resources)
    return extraction


def parties(entities):
    return sorted({e.country for e in entities})


def summary(event):
    return (event.event, event.mode, parties(event.actor), parties(event.recipient), event.date,
            event.enddate, event.factuality, event.historical)


def test_events_seed_yields_exactly_the_planned_historical_and_requested_events(seed):
    found = sorted((summary(e) for e in seed.events), key=repr)
    assert found == sorted([
        ("CONSULT", "visit", ["RUS"], ["PRK"], D(2024, 6, 18), D(2024, 6, 19), "future", False),
        ("CONSULT", None, ["CHN", "KOR"], ["CHN", "KOR"], D(2024, 6, 18), D(2024, 6, 18), "future", False),
        ("CONSULT", "visit", ["RUS"], ["PRK"], D(2000, 1, 1), D(2000, 12, 31), "asserted", True),
        ("CONSULT", None, ["CHN", "KOR"], ["CHN", "KOR"], D(2015, 1, 1), D(2015, 12, 31), "asserted", True),
        # "It is believed that the North requested ...": before the story, at an unknown time.
        ("REQUEST", None, ["PRK"], ["RUS"], None, None, "asserted", False),
    ], key=repr)


def test_events_seed_planned_events_take_place_where_announced(seed):
    places = {(e.mode, e.historical): e.event_loc.extracted_place for e in seed.events if e.event_loc}
    assert places[("visit", False)] == "Pyongyang"
    assert places[(None, False)] == "Seoul"


def test_events_seed_later_mentions_join_the_planned_visit(seed):
    (visit,) = [e for e in seed.events if e.mode == "visit" and not e.historical]
    assert len(visit.evidence) >= 4  # expected, will visit, and the noun mentions after


def test_events_seed_has_no_violence_and_nothing_new_on_the_publication_day(seed):
    assert not [e for e in seed.events if e.quad_code == 4]
    published = D(2024, 6, 14)
    on_the_day = [e for e in seed.events if e.date == published]
    assert on_the_day == []  # the request is believed done before the story, undated
    (request,) = [e for e in seed.events if e.event == "REQUEST"]
    assert (request.date, request.enddate, request.date_precision) == (None, None, None)


def test_events_seed_relation_claims_are_one_per_pair(seed):
    asserted = {c.pair: (c.stance, c.trend) for c in seed.relations if c.factuality == "asserted"}
    assert asserted == {
        ("PRK", "RUS"): ("cooperative", "improving"),
        ("CHN", "PRK"): ("strained", "deteriorating"),
        ("CHN", "KOR"): ("cooperative", "improving"),
    }
    assert len(seed.relations) == len({(c.pair, c.factuality) for c in seed.relations})
    assert all(c.evidence for c in seed.relations)
