"""Where an event happened, on sentences written for these tests: a place
on the people an act befell, a town inside the country another phrase
names, a place inside a name or at a road's end, or the doer's country on
the act noun ("the U.S. air strike"), which is not where."""

from __future__ import annotations

import pytest


def first_place(events, category):
    found = [e for e in events if e.event == category]
    assert found, f"no {category} event"
    loc = found[0].event_loc
    return loc.resolved_place or loc.extracted_place if loc else None


@pytest.mark.parametrize("text, category, place", [
    # where the people attacked were going is where they were attacked
    ("Unidentified attackers ambushed a group of herders walking near Mount Hagen in Papua New "
     "Guinea on Friday.", "ASSAULT", "Mount Hagen"),
    # a place in another happening told in a participle is not the act's
    ("A Republican congressman disputed the US president's claim that the militants had been "
     "defeated in Syria.", "REJECT", None),
    # a town in the country another phrase names is the place
    ("A drone struck a police station in Saravena, in Colombia's eastern Arauca department, on "
     "Saturday.", "ASSAULT", "Saravena"),
    # ... and a province inside the country a phrase names
    ("A roadside bomb killed two paramilitary rangers and wounded three others in Thailand's "
     "southern province of Narathiwat on Monday, police said.", "ASSAULT", "Narathiwat"),
    # a place inside a name yields to the place of the meeting
    ("Turkish President Recep Tayyip Erdogan met Kurdistan Regional Government Prime Minister "
     "Masrour Barzani in Erbil on Tuesday.", "CONSULT", "Erbil"),
    # a town a road is named after is not where it was blocked
    ("Nigerian truck drivers staged a protest on the Lagos-Ibadan expressway on Tuesday.",
     "PROTEST", None),
    # the doer's country on the act noun says whose it is, not where
    ("Kurdish commanders said on Monday that Friday's first U.S. air strike on militant "
     "artillery had turned the front.", "ASSAULT", None),
    ("US air strikes in Syria killed 20 fighters on Monday.", "ASSAULT", "Syria"),
    # ... another's says where
    ("Mr Straw's China trip is part of regular meetings with Beijing ministers.", "CONSULT", "China"),
    # where the one who reports it is, is not where it happened
    ("Russian officials in Moscow said Russian jets struck the town of Kupiansk on Monday.",
     "ASSAULT", "Kupiansk"),
], ids=["going", "participle", "town-in-country", "province-in-country", "name", "road",
        "doers-country", "doers-country-then-place", "destination", "reporter-and-place"])
def test_events_where_it_happened(code, text, category, place):
    assert first_place(code(text), category) == place


def test_events_where_the_reporter_of_a_visit_is_is_not_where_the_visit_was(code):
    events = code("The foreign ministry in Beijing said the visit, Xi's first to the peninsula as "
                  "head of state, showed how far ties had come since diplomatic relations were "
                  "established in 1992.", title="Chinese leader visits South Korea")
    assert first_place(events, "CONSULT") is None


def test_events_a_protest_is_how_a_road_was_blocked_not_what_was_stopped(code):
    events = code("Hundreds of Indonesian farmers blocked the main highway near Bandung on "
                  "Monday in protest over fertiliser prices.")
    assert {e.factuality for e in events if e.event == "PROTEST"} == {"asserted"}


def test_events_an_attack_with_no_place_lies_in_the_one_country_its_sentence_names(code):
    events = code("Flights from Port Sudan stayed suspended on Monday after fuel tanks were hit "
                  "in a drone attack on Sunday.")
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert attacks and {r.country for e in attacks for r in e.recipient} == {"SDN"}
    assert all(e.date.isoformat() == "2024-03-03" for e in attacks)


def test_events_a_place_in_a_papers_name_is_not_where_its_news_happened(code):
    events = code("The head of Tehran's judiciary confirmed on Friday that Washington Post "
                  "correspondent Jason Rezaian and his wife had been detained.")
    detentions = [e for e in events if e.event == "COERCE"]
    assert detentions and {a.country for e in detentions for a in e.actor} == {"IRN"}
    assert first_place(code("Trump went on Twitter on Monday to denounce the New York Times for "
                            "its reporting."), "ACCUSE") is None


@pytest.mark.parametrize("text, category", [
    ("JERUSALEM — Israeli naval commandos boarded two boats trying to reach the Gaza Strip on Friday, "
     "the military said.", "COERCE"),
    ("WASHINGTON — American and Afghan commandos were shot at from the direction of the Pakistani "
     "border before calling in the air strike that killed 24 Pakistani soldiers early on Saturday, "
     "US officials said on Monday.", "ASSAULT"),
])
def test_events_a_dateline_is_where_the_story_was_filed_not_where_it_happened(code, text, category):
    assert first_place(code(text), category) not in ("Jerusalem", "Washington", "Washington, D.C.")


def test_events_a_place_the_sentence_names_beside_a_dateline_still_places_it(code):
    text = "KABUL — A suicide bomber killed ten people at a market in Kandahar on Monday."
    assert first_place(code(text), "ASSAULT") in ("Kandahar", "Kandahār")


def test_events_the_country_of_a_dateline_is_not_an_attacker(code):
    (attack,) = [e for e in code("PESHAWAR, Pakistan — NATO helicopters and jets attacked two Pakistani "
                                 "army checkposts before dawn on Saturday.") if e.event == "ASSAULT"]
    assert {a.country or a.org for a in attack.actor} == {"NATO"}


@pytest.mark.parametrize("text, place", [
    ("The Indian prime minister left Kathmandu on Sunday after two days of talks with Nepal's "
     "leaders.", "Kathmandu"),
    ("Lula departed Beijing on Friday following a summit with Xi Jinping.", "Beijing"),
])
def test_events_talks_before_leaving_a_place_were_held_there(code, text, place):
    assert first_place(code(text), "CONSULT") == place
