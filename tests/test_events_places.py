"""Where an event happened, on sentences written for these tests: a place
on the people an act befell, a town inside the country another phrase
names, a place inside a name or at a road's end, which is not where."""

from __future__ import annotations


def first_place(events, category):
    found = [e for e in events if e.event == category]
    assert found, f"no {category} event"
    loc = found[0].event_loc
    return loc.resolved_place or loc.extracted_place if loc else None


def test_events_where_the_people_attacked_were_going_is_where_they_were_attacked(code):
    events = code("Unidentified attackers ambushed a group of herders walking near Mount Hagen "
                  "in Papua New Guinea on Friday.")
    assert first_place(events, "ASSAULT") == "Mount Hagen"


def test_events_a_place_in_another_happening_told_in_a_participle_is_not_the_acts(code):
    events = code("A Republican congressman disputed the US president's claim that the "
                  "militants had been defeated in Syria.")
    assert first_place(events, "REJECT") is None


def test_events_a_town_in_the_country_another_phrase_names_is_the_place(code):
    events = code("A drone struck a police station in Saravena, in Colombia's eastern Arauca "
                  "department, on Saturday.")
    assert first_place(events, "ASSAULT") == "Saravena"


def test_events_a_place_inside_a_name_yields_to_the_place_of_the_meeting(code):
    events = code("Turkish President Recep Tayyip Erdogan met Kurdistan Regional Government "
                  "Prime Minister Masrour Barzani in Erbil on Tuesday.")
    assert first_place(events, "CONSULT") == "Erbil"


def test_events_a_town_a_road_is_named_after_is_not_where_it_was_blocked(code):
    events = code("Nigerian truck drivers staged a protest on the Lagos-Ibadan expressway "
                  "on Tuesday.")
    assert first_place(events, "PROTEST") is None


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


def test_events_a_province_inside_the_country_a_phrase_names_is_the_place(code):
    events = code("A roadside bomb killed two paramilitary rangers and wounded three others in "
                  "Thailand's southern province of Narathiwat on Monday, police said.")
    assert first_place(events, "ASSAULT") == "Narathiwat"
