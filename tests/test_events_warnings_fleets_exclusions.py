"""Warnings told as a possessive noun, fleets sent or ordered somewhere, warplanes
that enter another state's zone, a government's own stated use of force, and
people barred from a state's territory, on sentences written for these tests
(published Tuesday 2024-03-05, conftest)."""

from __future__ import annotations

import pytest


def parties(entities):
    return sorted({e.country or e.org or e.name for e in entities})


def of(events, category):
    return [e for e in events if e.event == category]


def dyads(events, category):
    return [(parties(e.actor), parties(e.recipient)) for e in of(events, category)]


@pytest.mark.parametrize("text, sender", [
    ("The Pentagon said on Sunday it would send a carrier strike group to the eastern Mediterranean.",
     "USA"),
    ("Hamas said the American decision to send an aircraft carrier group to the eastern Mediterranean "
     "amounted to aggression.", "USA"),
    ("Britain will dispatch a carrier strike group to the Pacific, the defence ministry said on Monday.",
     "GBR"),
])
def test_events_a_group_named_by_what_it_is_of_is_a_force_sent(code, text, sender):
    """("a carrier GROUP": the words before a group noun say what it is of)"""
    sent = of(code(text), "MOBILIZE")
    assert sent and parties(sent[0].actor) == [sender]


def test_events_a_destination_the_model_hangs_on_the_last_of_two_ships_is_still_theirs(code):
    text = ("The U.S. Navy has ordered the aircraft carrier USS Theodore Roosevelt and a guided-missile "
            "cruiser to the Arabian Sea off Yemen, U.S. officials said on Monday.")
    sent = of(code(text), "MOBILIZE")
    assert sent and parties(sent[0].actor) == ["USA"]


def test_events_a_lone_objects_own_phrase_is_no_destination(code):
    assert not of(code("The airline flew 200 aircraft over the Atlantic last week."), "MOBILIZE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Twenty-eight Chinese air force planes entered Taiwan's air defence identification zone on "
     "Tuesday, the island's defence ministry said.", "CHN", "TWN"),
    ("Two Russian warships entered Japanese waters near Hokkaido on Sunday.", "RUS", "JPN"),
    ("Six Turkish fighter jets entered Greek airspace over the Aegean on Friday.", "TUR", "GRC"),
])
def test_events_warplanes_or_warships_entering_a_states_zone_are_a_show_of_force(code, text, actor,
                                                                                 recipient):
    shown = of(code(text), "MOBILIZE")
    assert shown and parties(shown[0].actor) == [actor]
    assert recipient in parties(shown[0].recipient)


@pytest.mark.parametrize("text", [
    "A passenger plane entered Iranian airspace on Tuesday.",
    "Two cargo ships entered Ukrainian waters on Friday.",
])
def test_events_civilian_craft_entering_a_zone_mobilise_nothing(code, text):
    assert not of(code(text), "MOBILIZE")


def test_events_a_possessive_warning_of_war_the_model_misparses_threatens_those_named_in_it(code):
    text = ("Vladimir Putin's warning that letting Ukraine fire Western missiles into Russia would put "
            "NATO at war with Moscow drew a defiant response from Britain.")
    warned = of(code(text), "THREATEN")
    assert warned and parties(warned[0].actor) == ["RUS"]
    # (those named in the warning, not the one who answered it)
    assert "NATO" in parties(warned[0].recipient) and "GBR" not in parties(warned[0].recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Carney responded late on Thursday to Donald Trump's warning that tariffs on Canadian imports "
     "would rise to 35%.", "USA", "CAN"),
    ("Beijing warned on Monday that sanctions on Lithuanian goods would follow any new office in Vilnius.",
     "CHN", "LTU"),
])
def test_events_a_governments_warning_of_measures_threatens_their_target(code, text, actor, recipient):
    assert ([actor], [recipient]) in dyads(code(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "The IMF warned that tariffs on Chinese goods would hurt growth.",
    "German carmakers warned that tariffs on Chinese cars would hurt their sales.",
])
def test_events_a_forecast_of_tariffs_by_one_who_cannot_impose_them_threatens_no_one(code, text):
    assert not of(code(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Obama said on Saturday the United States should strike Syrian government targets.",
    "President Barack Obama said on Saturday that the United States should take military action "
    "against Syrian government targets.",
])
def test_events_a_leader_saying_his_state_should_use_force_threatens_its_target(code, text):
    events = code(text)
    threats = [e for e in of(events, "THREATEN") if e.factuality == "asserted"]
    assert [(parties(e.actor), parties(e.recipient)) for e in threats][:1] == [(["USA"], ["SYR"])]
    # the strike itself is not yet done
    assert all(e.factuality != "asserted" for e in of(events, "ASSAULT"))


def test_events_a_leader_saying_another_state_should_use_force_asks_it_to(code):
    events = code("Trump said on Saturday that Israel should strike Iran's nuclear sites.")
    assert not [e for e in of(events, "THREATEN") if parties(e.actor) == ["ISR"]]


@pytest.mark.parametrize("text", [
    "Russia barred 18 Americans from its territory on Saturday.",
    "Russia's decision on Saturday to bar 18 Americans from its territory is unlikely to derail the visit.",
])
def test_events_foreigners_barred_from_a_states_territory_are_its_sanction(code, text):
    assert dyads(code(text), "SANCTION")[:1] == [(["RUS"], ["USA"])]


def test_events_a_person_barred_from_leaving_the_country_is_no_sanction(code):
    events = code("A Russian court barred the opposition leader from leaving the country on Monday.")
    assert not of(events, "SANCTION")


@pytest.mark.parametrize("text, accuser, accused", [
    ("Britain said on Monday that Chinese state-backed actors were responsible for the cyberattack on "
     "Microsoft Exchange servers.", "GBR", "CHN"),
    ("Canada holds Russia responsible for the cyberattack on its foreign ministry.", "CAN", "RUS"),
])
def test_events_a_cyberattack_laid_at_a_states_door_is_an_accusation(code, text, accuser, accused):
    assert ([accuser], [accused]) in dyads(code(text), "ACCUSE")


@pytest.mark.parametrize("text, accuser, accused", [
    ("Secretary of State Antony Blinken said on Sunday the United States was confident that Iran carried "
     "out last week's drone attack on the tanker Mercer Street.", "USA", "IRN"),
    ("Britain is certain that Russia struck the hospital in Mariupol, its foreign minister said on Monday.",
     "GBR", "RUS"),
])
def test_events_a_state_sure_that_another_did_a_hostile_act_accuses_it(code, text, accuser, accused):
    assert ([accuser], [accused]) in dyads(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Officials in London were not sure that Russia struck the hospital.",
    "Israel is confident that Iran will attack soon.",
    "Kenya is confident that Somalia will sign the accord.",
])
def test_events_doubt_a_forecast_or_a_hope_accuses_no_one(code, text):
    assert not of(code(text), "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kyrgyzstan gave in to Moscow on the air base on Friday.", "KGZ", "RUS"),
    ("Iran gave in to pressure from the IAEA on Friday.", "IRN", "IAEA"),
])
def test_events_giving_in_concedes(code, text, actor, recipient):
    assert dyads(code(text), "CONCEDE")[:1] == [([actor], [recipient])]


def test_events_giving_goods_concedes_nothing(code):
    assert not of(code("Norway gave aid to the Palestinians in Gaza on Monday."), "CONCEDE")


@pytest.mark.parametrize("text, releaser", [
    ("Nazanin Zaghari-Ratcliffe spoke publicly for the first time since Iran let her go last week.", "IRN"),
    ("Iran let the two French tourists go on Wednesday.", "IRN"),
])
def test_events_letting_a_captive_go_is_a_release(code, text, releaser):
    freed = of(code(text), "RETREAT")
    assert freed and parties(freed[0].actor) == [releaser] and freed[0].mode == "release"


def test_events_letting_a_deadline_pass_releases_no_one(code):
    assert not of(code("Iran let the deadline pass on Wednesday."), "RETREAT")


def test_events_a_detainee_swap_is_a_release(code):
    text = ("Planes carrying hundreds of freed prisoners landed in Sanaa on Friday as Yemen's government "
            "and the Houthi movement began their biggest detainee swap in years.")
    freed = of(code(text), "RETREAT")
    assert freed and "YEM" in parties(freed[0].actor) and freed[0].mode == "release"


def test_events_tariffs_that_came_into_force_in_a_clause_read_as_a_phrase_are_sanctions(code):
    """("cutting prices AFTER Washington's tariffs CAME into force": the model
    reads "after" as a preposition, leaving "came" with no subject)"""
    events = code("Factory owners said they were cutting prices after Washington's tariffs on Chinese "
                  "goods came into force on Friday.")
    sanctions = of(events, "SANCTION")
    assert [(parties(e.actor), parties(e.recipient)) for e in sanctions][:1] == [(["USA"], ["CHN"])]
    assert sanctions[0].date == sanctions[0].enddate and sanctions[0].date.isoformat() == "2024-03-01"


def test_events_tariffs_after_which_nothing_is_said_are_no_sanction_in_force(code):
    assert not of(code("Factory owners said they were cutting prices after Washington's tariffs on "
                       "Chinese goods, analysts said."), "SANCTION")


@pytest.mark.parametrize("text, donor, receiver", [
    ("A Chinese plane carrying ventilators and masks landed in Belgrade on Saturday.", "CHN", "SRB"),
    ("A Turkish cargo plane carrying masks landed in Rome on Thursday.", "TUR", "ITA"),
])
def test_events_ventilators_or_masks_that_land_are_the_senders_aid(code, text, donor, receiver):
    assert dyads(code(text), "AID")[:1] == [([donor], [receiver])]


@pytest.mark.parametrize("text", [
    "A plane carrying Chinese tourists landed in Rome on Thursday.",
    "Chinese medical students landed in London on Monday.",
])
def test_events_people_who_land_bring_no_aid(code, text):
    assert not of(code(text), "AID")


@pytest.mark.parametrize("text, day", [
    ("GENEVA, Sept 28 - Iran's chief nuclear negotiator will sit down with envoys from the United States, "
     "Russia and China outside Geneva on Thursday, officials said.", "2009-10-01"),
    ("TEHRAN, Sept. 28 (Reuters) - Iran will hold talks with Russia in Moscow on Friday, the foreign "
     "ministry said.", "2009-10-02"),
])
def test_events_a_wire_datelines_date_is_the_filing_day_not_the_events(parser, resources, text, day):
    import datetime as dt

    from communique.model import Article
    from communique.pipeline import extract

    published = dt.datetime(2009, 9, 28, 11, tzinfo=dt.timezone.utc)
    (extraction,) = extract([Article(id="w", text=text, published=published)], resources=resources)
    talks = of(extraction.events, "CONSULT")
    assert talks and talks[0].date.isoformat() == day and talks[0].factuality == "future"
