"""Violence that nobody is named for: the act on its target is kept, with
unidentified attackers as actor, placed where they struck only when the
weapon is a local one (bombs, guns), never when it is a missile or drone.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, place_country, target", [
    ("A roadside bomb near Kirkuk killed two Iraqi policemen on Tuesday.", "IRQ", "IRQ"),
    ("Three Kenyan soldiers were killed by a car bomb in Mogadishu on Monday.", "SOM", "KEN"),
    ("Unidentified attackers shot dead a Pakistani judge in Peshawar on Friday.", "PAK", "PAK"),
    # armed men of no named group
    ("Jihadist fighters killed dozens of people on Saturday in an attack near Djibo in northern "
     "Burkina Faso, security sources said.", "BFA", "BFA"),
    # a shooting or stabbing in the passive with no agent: the verb names the weapon
    ("Two Iraqi policemen were shot dead in Kirkuk on Monday.", "IRQ", "IRQ"),
    ("Three people were stabbed at a market in Kano on Friday.", "NGA", "NGA"),
    # ... or kidnapped: by kidnappers of the place
    ("Two aid workers were kidnapped in northern Mali on Monday.", "MLI", "MLI"),
    ("Soldiers searched for the pupils abducted from a school in Kaduna state on Thursday.",
     "NGA", "NGA"),
])
def test_events_an_unclaimed_local_attack_is_by_attackers_of_the_place(code, text, place_country, target):
    (event,) = assaults(code(text))[:1]
    (attacker,) = event.actor
    assert attacker.sector == "UAF" and attacker.country == place_country
    assert target in {e.country for e in event.recipient}


def test_events_an_unclaimed_missile_strike_is_not_blamed_on_the_place(code):
    events = code("A missile hit a hospital in Kharkiv on Monday, killing three Ukrainian civilians.")
    hits = assaults(events)
    assert hits
    for event in hits:
        assert all(a.country is None and a.sector == "UAF" for a in event.actor)
        assert "UKR" in {e.country for e in event.recipient}


def test_events_a_named_attacker_is_not_replaced(code):
    (event,) = assaults(code("Russian forces shelled Kharkiv on Monday, killing three civilians."))[:1]
    assert [a.country for a in event.actor] == ["RUS"]


def test_events_an_explosion_without_victims_is_no_attack(code):
    assert not assaults(code("An explosion was heard in central Kabul on Monday."))


def test_events_a_participle_shares_the_weapon_time_and_place_of_its_clause(code):
    events = code("A bomb went off at a police checkpoint on the edge of Baidoa on Monday, "
                  "killing three police officers.")
    (event,) = assaults(events)[:1]
    assert [a.country for a in event.actor] == ["SOM"]
    assert event.event_loc is not None and event.event_loc.country_code == "SOM"
    assert event.date.isoformat() == "2024-03-04"


def test_events_a_strike_aimed_at_something_is_force_not_a_walkout(code):
    events = code("An Israeli strike on a school in Gaza City killed at least 30 people.")
    assert not [e for e in events if e.event == "PROTEST"]
    assert any([a.country for a in e.actor] == ["ISR"] for e in assaults(events))


def test_events_a_strike_on_a_day_by_workers_is_still_a_walkout(code):
    events = code("Dutch dock workers began a strike on Monday over pay.")
    assert [e.event for e in events] == ["PROTEST"]


def test_events_an_attempt_on_someones_life_is_an_assault(code):
    events = code("Gunmen tried to assassinate the Iraqi prime minister in Baghdad on Sunday.")
    assert [e.factuality for e in assaults(events)][:1] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Two workers were killed in an explosion at a Scottish oil refinery on Monday.",
    "Lightning strikes hit the port of Rotterdam on Monday, halting grain exports.",
])
def test_events_accidents_and_walkouts_are_no_attacks(code, text):
    assert not [a for e in assaults(code(text)) for a in e.actor if a.sector == "UAF"]


@pytest.mark.parametrize("text, attacker", [
    ("A suicide bombing claimed by the Islamic State killed four Americans in Syria.", "ISIS"),
    ("A senior commander was killed in a raid by US commandos in Syria.", "USA"),
])
def test_events_a_means_of_attack_may_name_its_author(code, text, attacker):
    (event,) = assaults(code(text))[:1]
    assert [a.country or a.org for a in event.actor] == [attacker]


def test_events_a_state_named_in_a_clause_on_the_place_is_not_the_attacker(code):
    events = code("A bomb exploded on Wednesday inside a restaurant in Kabul, where Afghan officials "
                  "often met, killing four Pakistani diplomats.")
    for event in assaults(events):
        assert all(a.country in (None, "AFG") for a in event.actor)


def test_events_bombs_dropped_on_a_city_are_an_air_attack_on_its_country(code):
    events = code("Russian aircraft dropped guided bombs on Zaporizhzhia overnight, killing two people.")
    hits = assaults(events)
    assert hits and all([a.country for a in e.actor] == ["RUS"] and [r.country for r in e.recipient] == ["UKR"]
                        for e in hits)
    assert hits[0].event_loc is not None and hits[0].event_loc.country_code == "UKR"


def test_events_an_attack_noun_with_no_author_is_by_unidentified_attackers(code):
    events = code("Mourners buried the victims of Friday's bombing of a mosque in Maiduguri.")
    hits = assaults(events)
    assert hits and hits[0].actor[0].sector == "UAF" and hits[0].actor[0].country == "NGA"
    assert "NGA" in {e.country for e in hits[0].recipient}


def test_events_an_attack_noun_with_no_target_and_no_place_is_no_event(code):
    assert not assaults(code("The minister condemned the bombing and promised an inquiry."))


def test_events_conjoined_acts_of_a_bomb_share_its_setting(code):
    events = code("A roadside bomb killed three Malian soldiers and wounded two others near the town "
                  "of Gao on Sunday.")
    hits = assaults(events)
    assert hits and hits[0].actor[0].country == "MLI"
    assert hits[0].event_loc is not None and hits[0].event_loc.country_code == "MLI"


def test_events_an_attack_that_killed_or_was_aimed_at_a_target_is_violent(code):
    # no weapon named: the killing, or the convoy it was aimed at, says it was violence
    killed = assaults(code("Malian soldiers were killed in an attack on Tuesday."))
    assert killed and [r.country for r in killed[0].recipient] == ["MLI"]
    aimed = assaults(code("Gunmen launched an attack on a police post in northern Burkina Faso "
                          "on Tuesday."))
    assert aimed and aimed[0].event_loc.country_code == "BFA"
    # dying in an explosion is no sign of an attack
    assert not assaults(code("Two workers died in an explosion at a refinery in Texas."))


def test_events_a_film_shot_somewhere_is_no_shooting(code):
    assert not assaults(code("The film was shot in Morocco last year."))



@pytest.mark.parametrize("text, country", [
    # an attack is what people died in, on no target the cue list knows
    ("The death toll from Friday night's attack on a promenade in Mogadishu rose to 20 on "
     "Sunday, officials said.", "SOM"),
    ("Nine people died in Sunday's attack on the Westgate mall in Nairobi.", "KEN"),
    # armed gangs are attackers of the place
    ("Armed gangs attacked a village near Kaduna on Monday, residents said.", "NGA"),
])
def test_events_an_attack_people_died_in_or_by_gangs_is_an_assault(code, text, country):
    (event,) = assaults(code(text))[:1]
    assert country in {e.country for e in event.recipient}


def test_events_an_attack_in_a_place_the_gazetteer_lacks_is_in_the_state_its_sentence_names(code):
    # Solino is unknown to the gazetteer; the sentence calls one state by
    # name. A state named by an adjective ("Dominican officials") places
    # nothing: the condemner is often abroad.
    text = ("{} condemned the previous day's gang assault on the Solino neighbourhood, where at "
            "least ten people were killed.")
    (event,) = assaults(code(text.format("Haiti's government")))[:1]
    assert "HTI" in {e.country for e in event.recipient}
    assert not assaults(code(text.format("Dominican officials")))


def test_events_an_attack_in_a_place_the_gazetteer_lacks_is_in_the_country_of_the_article(code):
    events = assaults(code(
        "Officials in Nigeria said on Tuesday that the school would stay closed. Parents "
        "waited for news after Thursday's raid on the school in Kuriga."))
    assert events and "NGA" in {e.country for e in events[0].recipient}
    # not when the article's places lie in two countries
    assert not assaults(code(
        "Officials in Nigeria and Niger said on Tuesday that the school would stay closed. "
        "Parents waited for news after Thursday's raid on the school in Kuriga."))


@pytest.mark.parametrize("text", [
    "Jordan condemned the drone attack that killed three US soldiers at a remote outpost.",
    "A roadside bomb killed two US soldiers near the border, officials said.",
])
def test_events_an_unclaimed_attack_is_not_placed_in_its_victims_country(code, text):
    # soldiers are often killed abroad: their nationality is not where the
    # attackers struck, and a drone is no local means however its noun reads
    for attack in assaults(code(text)):
        assert [a.country for a in attack.actor] == [None]
        assert {r.country for r in attack.recipient} == {"USA"}


def test_events_a_weapon_fired_from_a_states_warship_is_that_states_attack(code):
    (attack,) = [e for e in code("A missile fired from a Russian warship hit a port in Odesa on Monday.")
                 if e.event == "ASSAULT"]
    assert {a.country for a in attack.actor} == {"RUS"}
    # a place it was fired from names no one who fired
    (rockets,) = [e for e in code("Rockets fired from Gaza hit Ashkelon on Monday.") if e.event == "ASSAULT"]
    assert not [a for a in rockets.actor if a.country == "PSE" and a.sector != "UAF"]


@pytest.mark.parametrize("text, kept", [
    ("Israeli missiles flattened a building in Gaza City on Monday.", True),
    ("The storm flattened crops across the region on Monday.", False),
])
def test_events_missiles_that_flatten_a_building_attack(code, text, kept):
    assert bool([e for e in code(text) if e.event == "ASSAULT"]) is kept


@pytest.mark.parametrize("text", [
    "Rockets slammed into the centre of Kharkiv on Monday, killing four people, officials said.",
    "Rockets hit the centre of Kharkiv on Monday, killing four people, officials said.",
])
def test_events_a_plural_weapon_opening_a_sentence_is_still_the_means(code, text):
    # the model may read a capitalised plural opening a sentence as a name
    attacks = [e for e in code(text) if e.event == "ASSAULT"]
    assert attacks, "no attack coded"
    assert {e.country for e in attacks[0].recipient} == {"UKR"}
