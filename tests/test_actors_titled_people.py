"""Former office-holders, titled people the KB does not list, possessive
capitals, nationality adjectives on things, and named groups."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from importlib.resources import files
from pathlib import Path

import pytest

from communique.actors import resolve_actors
from communique.kb import KnowledgeBase
from communique.model import Article

PACKAGE_KB = Path(str(files("communique") / "data" / "kb"))


def _office(title, role, country, start, end, sector="GOV"):
    return {"title": title, "role": role, "country": country, "org": None, "sector": sector,
            "start": start, "end": end}


def _person(pid, name, aliases, offices, gender="m"):
    return {"id": pid, "name": name, "aliases": aliases, "wikidata": None, "gender": gender,
            "offices": offices}


# Made-up people with real-looking tenures, so the tests do not move when
# the real people files grow. Two share the surname "Varga"; two share the
# full name "Peter Olsen".
PEOPLE = {"people": [
    _person("anton-varga", "Anton Varga", [], [
        _office("President", "head_of_state", "HUN", "1990-05-02", "2005-08-04")]),
    _person("eva-varga", "Eva Varga", [], [
        _office("Foreign Minister", "foreign_minister", "HUN", "2010-01-01", "2014-01-01")], gender="f"),
    _person("marcel-duvalon", "Marcel Duvalon", [], [
        _office("General", "military_chief", "FRA", "1970-01-01", "1980-01-01", sector="MIL"),
        _office("President", "head_of_state", "FRA", "1981-05-21", "1995-05-17")]),
    _person("peter-olsen-dnk", "Peter Olsen", [], [
        _office("Prime Minister", "head_of_government", "DNK", "1993-01-25", "2001-11-27")]),
    _person("peter-olsen-nor", "Peter Olsen", [], [
        _office("Defence Minister", "defence_minister", "NOR", "2012-01-01", "2016-01-01")]),
    _person("rita-koenig", "Rita Koenig", ["Koenig"], [
        _office("Chancellor", "head_of_government", "DEU", "2006-01-01", "2012-01-01"),
        _office("Speaker", "legislature_speaker", "DEU", "2013-01-01", "2016-01-01", sector="LEG")],
            gender="f"),
]}


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    root = tmp_path_factory.mktemp("kb")
    for name in ("countries.json", "organizations.json", "institutions.json", "groups.json",
                 "areas.json", "inert_nouns.json"):
        shutil.copy(PACKAGE_KB / name, root / name)
    (root / "people").mkdir()
    (root / "people" / "XX.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    return KnowledgeBase.load(root)


@pytest.fixture(scope="module")
def resolve(parser, kb):
    def run(text: str, day: dt.date = dt.date(2015, 3, 2)):
        article = Article(id="t", text=text, published=dt.datetime.combine(day, dt.time(9)))
        mentions = resolve_actors(parser(text), article, kb)
        for m in mentions:
            assert text[m.span[0]:m.span[1]] == m.text
        return mentions
    return run


def _people(mentions):
    return [m.entity for m in mentions if m.entity.type == "person"]


def _covering(mentions, words):
    found = [m.entity for m in mentions if words in m.text]
    assert found, f"no mention covering {words!r} among {[m.text for m in mentions]}"
    return found[0]


# -- 1. former office-holders ------------------------------------------------


def test_actors_former_holder_by_full_name_keeps_country_and_sector(resolve):
    person = _covering(resolve("Anton Varga criticised the budget in a speech."), "Anton Varga")
    assert (person.kb_id, person.country, person.sector) == ("anton-varga", "HUN", "GOV")


def test_actors_title_with_a_shared_surname_picks_who_held_that_title(resolve):
    mentions = resolve("President Varga criticised the budget. Varga spoke for an hour.")
    people = _people(mentions)
    assert [p.kb_id for p in people] == ["anton-varga", "anton-varga"]
    assert (people[0].country, people[0].office, people[0].resolved_by) == ("HUN", "President", "kb:title+surname")
    minister = _people(resolve("Foreign Minister Varga met the envoy.", dt.date(2012, 3, 1)))
    assert [p.kb_id for p in minister] == ["eva-varga"]


def test_actors_title_with_a_near_spelling_finds_the_holder(resolve):
    person = _covering(resolve("President Marcel Duvallon met the delegation.", dt.date(2000, 1, 1)),
                       "Duvallon")
    assert (person.kb_id, person.country, person.sector) == ("marcel-duvalon", "FRA", "GOV")


def test_actors_former_holder_shows_the_office_the_title_names(resolve):
    person = _covering(resolve("Former General Marcel Duvalon spoke.", dt.date(2000, 1, 1)), "Duvalon")
    assert (person.office, person.sector) == ("General", "MIL")
    plain = _covering(resolve("Marcel Duvalon spoke.", dt.date(2000, 1, 1)), "Duvalon")
    assert (plain.country, plain.sector) == ("FRA", "GOV")  # the office nearest the date


def test_actors_same_full_name_resolved_by_title_and_date(resolve):
    pm = _covering(resolve("Prime Minister Peter Olsen visited Oslo.", dt.date(1999, 1, 1)), "Olsen")
    assert pm.kb_id == "peter-olsen-dnk" and pm.country == "DNK"
    dm = _covering(resolve("Defence Minister Peter Olsen visited Oslo.", dt.date(1999, 1, 1)), "Olsen")
    assert dm.kb_id == "peter-olsen-nor" and dm.country == "NOR"


def test_actors_surname_without_title_or_country_is_not_guessed(resolve):
    # "Varga" alone is two people's surname: neither is chosen.
    assert not [p for p in _people(resolve("Mr Varga arrived late.")) if p.kb_id]


# -- 2. titled people the KB does not know -------------------------------------


def test_actors_unknown_titled_person_does_not_take_the_country_of_the_object(resolve):
    person = _covering(resolve("Archbishop John Okello called for an arms embargo against Ghana."), "Okello")
    assert person.country is None and person.sector == "REL"


@pytest.mark.parametrize("text", [
    "Kenyan Vice-President Otieno Wafula rejected the charges.",
    "Kenya's Vice-President Otieno Wafula rejected the charges.",
    "Vice-President Otieno Wafula resisted pressure from the Kenya Anti-Corruption Commission.",
])
def test_actors_unknown_titled_person_takes_a_home_named_with_them(resolve, text):
    person = _covering(resolve(text), "Vice-President")
    assert (person.country, person.sector, person.type) == ("KEN", "GOV", "person")


@pytest.mark.parametrize("text, words, country", [
    ("British Home Secretary Mary Holloway met her French counterpart in Calais.", "Holloway", "GBR"),
    ("Chinese Vice Premier Li Wenjun will lead the delegation to Geneva.", "Wenjun", "CHN"),
    ("US Trade Representative Dana Pruitt said the tariffs would stay.", "Pruitt", "USA"),
])
def test_actors_secretaries_vice_premiers_and_trade_representatives_are_government_people(
        resolve, text, words, country):
    person = _covering(resolve(text, dt.date(2025, 5, 7)), words)
    assert (person.country, person.sector, person.type) == (country, "GOV", "person")


def test_actors_two_titled_people_joined_by_and_stay_two_people(resolve):
    # the model reads "Fumio Kishida and South Korean President ..." as one
    # phrase headed by the second name; the first is no part of its mention
    mentions = resolve("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
                       "agreed on Friday to expand their defence exchanges.", dt.date(2023, 5, 8))
    yoon = _covering(mentions, "Yeol")
    assert "Kishida" not in yoon.text and yoon.country == "KOR"
    assert _covering(mentions, "Kishida").country == "JPN"


def test_actors_name_after_a_title_is_a_person_even_when_the_tagger_misses_it(resolve):
    mentions = resolve("Vice-President Otieno Wafula rejected the charges.")
    person = _covering(mentions, "Wafula")
    assert (person.type, person.sector, person.office) == ("person", "GOV", "Vice-President")


def test_actors_title_skips_a_country_whose_holder_is_known(resolve):
    # The KB knows Hungary's president in 2000 (not "Zorba"); Kenya's it does not.
    text = "Hungarian officials said President Zorba would meet Kenyan ministers."
    person = _people(resolve(text, dt.date(2000, 3, 2)))[0]
    assert person.country == "KEN"


# -- 3. possessive capitals ------------------------------------------------------


@pytest.mark.parametrize("text, words, country, sector", [
    ("Tehran's police chief warned the students.", "police chief", "IRN", "COP"),
    ("Moscow's envoy met the rebels.", "envoy", "RUS", "GOV"),
    ("Washington's ambassador protested.", "ambassador", "USA", "GOV"),
])
def test_actors_capital_in_the_possessive_owns_the_office(resolve, text, words, country, sector):
    entity = _covering(resolve(text), words)
    assert (entity.country, entity.sector) == (country, sector)


def test_actors_capital_possessive_of_a_city_office_is_not_the_government(resolve):
    assert not [m for m in resolve("Kyiv's mayor opened the bridge.") if m.entity.country == "UKR"]


# -- 4. nationality adjectives on things -------------------------------------------


@pytest.mark.parametrize("text", [
    "Students of the Russian language gathered in the hall.",
    "Iraqi oil exports rose in May.",
    "French wine sales fell sharply.",
    "Chinese New Year celebrations began.",
])
def test_actors_nationality_on_a_thing_is_not_an_actor(resolve, text):
    assert resolve(text) == ()


def test_actors_nationality_on_an_act_stays_an_actor(resolve):
    mentions = resolve("Israeli air raids killed ten people.")
    assert [(m.text, m.entity.country) for m in mentions] == [("Israeli", "ISR")]


# -- 5. named groups and generic NGOs ------------------------------------------------


@pytest.mark.parametrize("text, words, country, sector", [
    ("The rebel Kurdistan Workers' Party attacked a post.", "Kurdistan Workers' Party", "TUR", "REB"),
    ("Hezbollah guerrillas fired rockets.", "Hezbollah", "LBN", "REB"),
    ("The Tamil Tigers attacked an army camp.", "Tamil Tigers", "LKA", "REB"),
    ("The Kosovo Liberation Army ambushed a patrol.", "Kosovo Liberation Army", "XKX", "REB"),
    ("The Revolutionary United Front freed the hostages.", "Revolutionary United Front", "SLE", "REB"),
])
def test_actors_named_armed_groups_resolve_to_their_country(resolve, text, words, country, sector):
    entity = _covering(resolve(text), words)
    assert (entity.country, entity.sector) == (country, sector)


@pytest.mark.parametrize("text, words", [
    ("A rights group condemned the arrests.", "rights group"),
    ("A human rights group condemned the arrests.", "human rights group"),
    ("Several non-governmental organisations condemned the arrests.", "non-governmental organisations"),
])
def test_actors_generic_rights_groups_are_ngos_without_a_country(resolve, text, words):
    entity = _covering(resolve(text), words)
    assert (entity.country, entity.sector) == (None, "NGO")


def test_actors_organisation_named_after_its_description_covers_the_name(resolve):
    entity = _covering(resolve("The human rights organisation Amnesty International protested."),
                       "Amnesty International")
    assert (entity.org, entity.sector) == ("AI", "NGO")
