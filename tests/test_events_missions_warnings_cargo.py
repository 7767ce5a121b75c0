"""Missions a state is told to close, warnings of one's own act, training
alongside another state's forces, aid aboard vehicles a state sends and
statements states sign, on sentences written for these tests (published
Tuesday 2024-03-05, conftest)."""

from __future__ import annotations

import pytest


def parties(entities):
    return sorted({e.country or e.org or e.name for e in entities})


def of(events, category):
    return [e for e in events if e.event == category]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru ordered Mexico to close its embassy in Lima within 72 hours on Monday.", "PER", "MEX"),
    ("Lithuania on Friday ordered Belarus to close its consulate general in Klaipeda.", "LTU", "BLR"),
    ("Chad gave Sudan a week to shut its consulate in Abeche.", "TCD", "SDN"),
    ("Ghana told Burkina Faso on Monday to close its embassy in Accra.", "GHA", "BFA"),
    ("Algeria ordered the closure of the Moroccan consulate in Oran on Monday.", "DZA", "MAR"),
])
def test_events_a_mission_a_state_is_made_to_close_is_the_orderers_sanction(code, text, actor, recipient):
    sanctions = of(code(text), "SANCTION")
    assert [(parties(e.actor), parties(e.recipient), e.factuality) for e in sanctions][:1] == [
        ([actor], [recipient], "asserted")]


def test_events_ordering_a_border_closed_is_no_diplomatic_sanction(code):
    events = code("Peru's president ordered the police to close the border crossing on Monday.")
    assert not of(events, "SANCTION")


@pytest.mark.parametrize("text", [
    "Canada warned on Monday that it may shut its embassy in Caracas.",
    "Canada warned on Monday that it could close its embassy in Caracas.",
])
def test_events_a_warning_of_ones_own_act_is_a_threat_not_one_to_oneself(code, text):
    threats = of(code(text), "THREATEN")
    assert threats, "no threat coded"
    assert "CAN" in parties(threats[0].actor) and "CAN" not in parties(threats[0].recipient)


def test_events_a_forecast_that_may_come_true_is_still_no_threat(code):
    assert not of(code("The IMF warned on Monday that food prices may rise sharply."), "THREATEN")


def test_events_troops_training_with_another_states_units_cooperate(code):
    events = code("Indonesian marines were training with Australian units near Darwin on Monday.")
    joint = of(events, "COOPERATE")
    assert [(parties(e.actor), parties(e.recipient)) for e in joint][:1] == [(["IDN"], ["AUS"])]


@pytest.mark.parametrize("text", [
    "Turkey is sending three planes carrying 40 rescuers and 12 tonnes of medical supplies to Tripoli.",
    "Turkey sent two ships carrying medical equipment to Tripoli on Monday.",
])
def test_events_aid_aboard_vehicles_a_state_sends_is_its_aid(code, text):
    aid = of(code(text), "AID")
    assert [(parties(e.actor), parties(e.recipient)) for e in aid][:1] == [(["TUR"], ["LBY"])]


def test_events_states_signing_a_statement_sign_a_text_together(code):
    events = code("Kenya and Ethiopia signed a joint statement on border security on Monday.")
    signed = of(events, "SUPPORT")
    assert signed and parties(signed[0].actor + signed[0].recipient) == ["ETH", "KEN"]


def test_events_a_suspect_signing_a_statement_is_no_signing_between_parties(code):
    assert not of(code("The suspect signed a statement admitting the theft on Monday."), "SUPPORT")
