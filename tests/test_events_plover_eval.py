"""The PLOVER evaluation's reading of gold markup and its comparison rules
(on records written here, not taken from the gold set)."""

from __future__ import annotations

import datetime as dt

from communique.evaluation.plover_events import choose_event, convention, evt_spans, parties_match
from communique.model import Entity, Event, Evidence


def event(category, actors, recipients, factuality="asserted", quad=1, words="met"):
    return Event(
        id="e", event=category, date=dt.date(2000, 1, 1), enddate=dt.date(2000, 1, 1),
        date_precision="day", factuality=factuality, event_text=words, text="t", span=(0, 1),
        quad_code=quad,
        actor=tuple(Entity(text=c, name=c, country=c) for c in actors),
        recipient=tuple(Entity(text=c, name=c, country=c) for c in recipients),
        evidence=(Evidence(event_text=words, text="t", span=(0, 1)),),
    )


def test_events_plover_eval_reads_event_spans_from_markup():
    record = {"textInfo": {"markup": "(SRC: Chile) (EVT: agreed) to (EVT: hold talks) with (TAR: Peru)."}}
    assert evt_spans(record) == ["agreed", "hold talks"]


def test_events_plover_eval_chooses_the_event_on_the_first_span():
    talks = event("CONSULT", ["CHL"], ["PER"], words="hold talks")
    agree = event("AGREE", ["CHL"], [], words="agreed")
    assert choose_event((talks, agree), ["agreed", "hold talks"]) is agree
    assert choose_event((talks,), ["agreed", "hold talks"]) is talks
    assert choose_event((talks,), ["warned"]) is None


def test_events_plover_eval_applies_the_intent_convention_to_future_events():
    assert convention(event("AID", ["JPN"], [], factuality="future", quad=2)) == "AGREE"
    assert convention(event("ASSAULT", ["JPN"], [], factuality="future", quad=4)) == "THREATEN"
    assert convention(event("ASSAULT", ["JPN"], [], quad=4)) == "ASSAULT"


def test_events_plover_eval_compares_parties():
    ev = event("CONSULT", ["CHL"], ["PER"])
    assert parties_match(ev, {"CHL"}, {"PER"}, exact=True)
    assert not parties_match(ev, {"CHL"}, {"BOL"}, exact=True)
    assert parties_match(ev, {"CHL", "PER"}, set(), exact=True, symmetric=True)
    org = Event(**{**ev.__dict__, "recipient": (Entity(text="UN", name="UN", org="UN"),)})
    assert parties_match(org, {"CHL"}, {"IGO"}, exact=True)
