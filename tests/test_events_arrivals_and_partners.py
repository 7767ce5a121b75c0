"""Aid that arrives (a plane carrying doctors, relief trucks crossing a
border), exercises with another state's forces, and pirates as the
actors of a seizure, on sentences written for these tests (published
Tuesday 2024-03-05, conftest)."""

from __future__ import annotations

import pytest

from communique.lexicon import EventLexicon, subject_heads


def parties(entities):
    return sorted({e.country or e.org or e.name for e in entities if e.country or e.org})


def of(events, category):
    return [e for e in events if e.event == category]


@pytest.mark.parametrize("text, donor, recipient", [
    ("A plane carrying Chinese medical supplies landed in Rome on Monday.", "CHN", "ITA"),
    ("A plane carrying nine Chinese doctors and 31 tonnes of equipment landed at "
     "Rome's Fiumicino airport on Monday.", "CHN", "ITA"),
    ("A team of 165 Cuban doctors and nurses arrived in Sierra Leone on Monday.", "CUB", "SLE"),
    ("Turkish aid trucks crossed into Syria on Monday.", "TUR", "SYR"),
    ("The first Emirati relief flight touched down in Kabul on Monday.", "ARE", "AFG"),
    # a rescue team is its country's ("team" alone is no actor: "the French team")
    ("A Turkish rescue team arrived in Nepal on Monday.", "TUR", "NPL"),
    ("Chinese rescue teams reached the quake zone in Turkey on Monday.", "CHN", "TUR"),
    # (the model lemmatises "doses" as "dos")
    ("A plane carrying 200,000 Chinese doses landed in Harare on Monday.", "CHN", "ZWE"),
])
def test_events_aid_that_arrives_is_the_senders_aid_to_where_it_lands(code, text, donor, recipient):
    aid = of(code(text), "AID")
    assert [(parties(e.actor), parties(e.recipient)) for e in aid] == [([donor], [recipient])]
    assert aid[0].mode == "humanitarian"


@pytest.mark.parametrize("text", [
    "A plane carrying the Chinese foreign minister landed in Rome on Monday.",
    "The doctors arrived at the hospital on Monday.",
    "A plane carrying Chinese tourists landed in Rome on Monday.",
    # ("medical" would take any noun it qualifies; nurses move for work as often)
    "Chinese medical students arrived in London on Monday.",
    "Hundreds of Indian nurses arrived in Britain on Monday to work in the health service.",
    "The French team arrived in Doha on Monday for the World Cup.",
])
def test_events_arrivals_of_other_people_or_cargo_are_no_aid(code, text):
    assert not of(code(text), "AID")


def test_events_a_carriers_cargo_is_read_by_a_subject_constraint(nlp):
    lexicon = EventLexicon.load()
    doc = nlp("A plane carrying 600,000 doses of coronavirus vaccine landed in Accra on Monday.")
    landed = next(t for t in doc if t.lower_ == "landed")
    assert {"vaccine", "plane"} <= {t.lower_ for t in subject_heads(landed, lexicon.partitives)}


@pytest.mark.parametrize("text", [
    "American troops began exercises with Philippine forces on Monday.",
    "Some 6,600 American troops have begun exercises with Philippine forces.",
    "American troops held drills alongside Philippine marines on Luzon on Monday.",
    "The United States began its largest exercises in years on Monday, with 9,000 troops "
    "taking part alongside soldiers from the Philippines.",
])
def test_events_exercises_with_another_states_forces_are_cooperation(code, text):
    events = code(text)
    assert not of(events, "MOBILIZE")
    drills = of(events, "COOPERATE")
    assert drills and parties(drills[0].actor) == ["USA"] and "PHL" in parties(drills[0].recipient)


@pytest.mark.parametrize("text, target", [
    ("Pirates seized a French luxury yacht in the Gulf of Aden on Monday.", "FRA"),
    ("Pirates on Monday seized a Spanish tuna-fishing boat off the coast of Somalia.", "ESP"),
])
def test_events_pirates_seizing_a_ship_are_its_captors(code, text, target):
    seizures = of(code(text), "COERCE")
    assert [parties(e.recipient) for e in seizures] == [[target]]
    assert [a.sector for a in seizures[0].actor] == ["CRM"]


@pytest.mark.parametrize("text, category, actors", [
    ("Dozens of soldiers from Chad and Niger attacked the camp on Monday.", "ASSAULT", ["NER", "TCD"]),
    ("Thousands of troops from Thailand and the United States began the annual Cobra Gold "
     "military exercise on Monday.", "COOPERATE", ["THA", "USA"]),
])
def test_events_a_counted_group_from_several_states_is_each_states(code, text, category, actors):
    events = of(code(text), category)
    assert events and parties(events[0].actor) == actors


@pytest.mark.parametrize("text, attacker, target", [
    ("Turkish ground forces pushed into northern Iraq overnight in a large-scale operation "
     "against Kurdish rebels, the General Staff said on Monday.", "TUR", "IRQ"),
    ("Russian tanks pushed into eastern Ukraine on Monday.", "RUS", "UKR"),
])
def test_events_forces_pushing_into_a_country_attack_it(code, text, attacker, target):
    attacks = of(code(text), "ASSAULT")
    assert attacks and parties(attacks[0].actor) == [attacker] and parties(attacks[0].recipient) == [target]


@pytest.mark.parametrize("text", [
    "Protesters pushed into the square on Monday.",
    "Chinese firms pushed into new markets last year.",
])
def test_events_others_pushing_into_somewhere_attack_no_one(code, text):
    assert not of(code(text), "ASSAULT")


def test_events_aid_arriving_that_a_state_is_thanked_for_is_the_thanked_states(code):
    # the model reads "for relief supplies landed ..." as a clause of its own
    aid = of(code("Dominica's government thanked Venezuela on Monday for relief supplies "
                  "landed in Roseau the previous day."), "AID")
    assert [(parties(e.actor), parties(e.recipient)) for e in aid] == [(["VEN"], ["DMA"])]


@pytest.mark.parametrize("text, actors", [
    ("Thousands of American and Filipino troops began two weeks of exercises in the "
     "northern Philippines on Monday.", ["PHL", "USA"]),
    ("Some 6,600 American troops have begun two weeks of exercises with Philippine forces.",
     ["USA"]),
])
def test_events_days_or_weeks_of_an_act_are_the_act(code, text, actors):
    drills = of(code(text), "COOPERATE")
    assert drills and parties(drills[0].actor) == actors


@pytest.mark.parametrize("text, category", [
    # talks that ran their course were held, not broken off
    ("Chinese and American negotiators ended two days of talks in Beijing on Monday.", "CONSULT"),
    ("Russia ended talks with Ukraine on Monday.", "SANCTION"),
])
def test_events_ending_days_of_talks_is_holding_them(code, text, category):
    events = code(text)
    assert {e.event for e in events} & {"CONSULT", "SANCTION"} == {category}


def test_events_a_plane_that_lands_with_relief_delivers_it(code):
    (aid,) = [e for e in code("A plane chartered by the World Food Programme touched down in Mogadishu on "
                              "Wednesday with about ten tonnes of high-nutrient food for children.")
              if e.event == "AID"]
    assert ({a.org or a.country for a in aid.actor}, {a.country for a in aid.recipient}) == ({"WFP"}, {"SOM"})
    # a plane that lands with passengers brings no aid
    assert not [e for e in code("The president's plane landed in Paris with his wife on board.")
                if e.event == "AID"]


def test_events_rescuers_who_fly_into_a_stricken_country_bring_aid_and_search_no_one(code):
    events = code("Spanish military rescuers who flew into Morocco on Sunday began searching collapsed homes "
                  "in the High Atlas mountains on Monday.")
    (aid,) = [e for e in events if e.event == "AID"]
    assert ({a.country for a in aid.actor}, {a.country for a in aid.recipient}) == ({"ESP"}, {"MAR"})
    assert not [e for e in events if e.event == "COERCE"]
    # a minister who flies somewhere visits
    assert [e.event for e in code("The foreign minister of Spain flew to Rabat on Sunday.")] == ["CONSULT"]
