"""resolve_actors on small hand-written articles: compounds, tenures, discourse."""

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


def _office(title, role, country, start, end, sector="GOV", org=None):
    return {"title": title, "role": role, "country": country, "org": org, "sector": sector,
            "start": start, "end": end}


# A small people file in the shared format, so these tests do not depend on
# the real office-holder files (tested separately in test_kb_people_files).
PEOPLE = {
    "RUS": {"people": [
        {"id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin"], "wikidata": "Q7747",
         "gender": "m", "offices": [
             _office("President", "head_of_state", "RUS", "2000-05-07", "2008-05-07"),
             _office("Prime Minister", "head_of_government", "RUS", "2008-05-08", "2012-05-07"),
             _office("President", "head_of_state", "RUS", "2012-05-07", None)]},
        {"id": "dmitry-medvedev", "name": "Dmitry Medvedev", "aliases": ["Medvedev"], "wikidata": None,
         "gender": "m", "offices": [_office("President", "head_of_state", "RUS", "2008-05-07", "2012-05-07")]},
    ]},
    "USA": {"people": [
        {"id": "donald-trump", "name": "Donald Trump", "aliases": ["Trump"], "wikidata": None, "gender": "m",
         "offices": [_office("President", "head_of_state", "USA", "2017-01-20", "2021-01-20"),
                     _office("President", "head_of_government", "USA", "2017-01-20", "2021-01-20")]},
        {"id": "joe-biden", "name": "Joe Biden", "aliases": ["Biden"], "wikidata": None, "gender": "m",
         "offices": [_office("President", "head_of_state", "USA", "2021-01-20", "2025-01-20"),
                     _office("President", "head_of_government", "USA", "2021-01-20", "2025-01-20")]},
        {"id": "nancy-pelosi", "name": "Nancy Pelosi", "aliases": ["Pelosi"], "wikidata": None, "gender": "f",
         "offices": [_office("Speaker of the House", "legislature_speaker", "USA", "2019-01-03", "2023-01-03",
                             sector="LEG")]},
    ]},
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    root = tmp_path_factory.mktemp("kb")
    for name in ("countries.json", "organizations.json", "institutions.json"):
        shutil.copy(PACKAGE_KB / name, root / name)
    (root / "people").mkdir()
    for key, data in PEOPLE.items():
        (root / "people" / f"{key}.json").write_text(json.dumps(data), encoding="utf-8")
    return KnowledgeBase.load(root)


@pytest.fixture(scope="module")
def resolve(parser, kb):
    def run(text: str, day: dt.date | None = dt.date(2024, 6, 14)):
        published = dt.datetime.combine(day, dt.time(9)) if day else None
        article = Article(id="t", text=text, published=published)
        mentions = resolve_actors(parser(text), article, kb)
        for m in mentions:
            assert text[m.span[0]:m.span[1]] == m.text
        return mentions
    return run


def _find(mentions, text):
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} among {[m.text for m in mentions]}"
    return found[0].entity


def test_actors_compound_title_and_name_is_one_person(resolve):
    mentions = resolve("Russian President Vladimir Putin arrived in the capital on Monday.")
    putin = _find(mentions, "Russian President Vladimir Putin")
    assert (putin.name, putin.country, putin.sector, putin.type, putin.office) == (
        "Vladimir Putin", "RUS", "GOV", "person", "President")
    assert putin.kb_id == "vladimir-putin" and putin.resolved_by == "kb:person"
    assert len([m for m in mentions if m.entity.type == "person"]) == 1


def test_actors_a_state_named_in_a_person_tag_with_a_possessive_is_the_state(resolve):
    # the tagger reads "Papua New Guinea's" as a person's name
    mentions = resolve("Papua New Guinea's government formally asked Australia on Monday for help "
                       "after floods in Madang province.")
    assert _find(mentions, "Papua New Guinea's government").country == "PNG"


def test_actors_office_is_the_one_held_on_the_article_date(resolve):
    entity = _find(resolve("Putin met the delegation.", dt.date(2010, 3, 1)), "Putin")
    assert entity.office == "Prime Minister"


@pytest.mark.parametrize("text, day, expected", [
    ("The Russian president said the talks went well.", dt.date(2024, 6, 14), "vladimir-putin"),
    ("The Russian president said the talks went well.", dt.date(2010, 6, 14), "dmitry-medvedev"),
    ("The U.S. president said the talks went well.", dt.date(2019, 5, 1), "donald-trump"),
    ("The U.S. president said the talks went well.", dt.date(2022, 5, 1), "joe-biden"),
    ("The U.S. president said the talks went well.", None, "joe-biden"),
])
def test_actors_title_and_country_resolve_by_tenure(resolve, text, day, expected):
    people = [m.entity for m in resolve(text, day) if m.entity.type == "person"]
    assert [p.kb_id for p in people] == [expected]
    assert people[0].resolved_by == "kb:title"


def test_actors_then_speaker_keeps_past_office(resolve):
    entity = _find(resolve("then-House Speaker Nancy Pelosi visited Taipei.", dt.date(2024, 1, 5)),
                   "then-House Speaker Nancy Pelosi")
    assert (entity.country, entity.sector, entity.kb_id) == ("USA", "LEG", "nancy-pelosi")
    assert entity.office == "Speaker of the House"


@pytest.mark.parametrize("text, span, country, sector", [
    ("A Chinese diplomat declined to comment.", "Chinese diplomat", "CHN", "GOV"),
    ("Russian troops crossed the river at dawn.", "Russian troops", "RUS", "MIL"),
    ("Iranian protesters gathered outside the embassy.", "Iranian protesters", "IRN", "CVL"),
    ("The US Congress approved the package.", "US Congress", "USA", "LEG"),
    ("Sudanese rebel leaders said they would attend.", "Sudanese rebel leaders", "SDN", "REB"),
])
def test_actors_nationality_plus_noun(resolve, text, span, country, sector):
    entity = _find(resolve(text), span)
    assert (entity.country, entity.sector) == (country, sector)


def test_actors_coordinated_nationalities_are_separate_actors(resolve):
    mentions = resolve("Senior Czech and Slovak officials agreed on Friday.")
    assert [(m.text, m.entity.country, m.entity.sector) for m in mentions] == [
        ("Czech", "CZE", "GOV"), ("Slovak", "SVK", "GOV")]


def test_actors_states_named_are_state_entities(resolve):
    mentions = resolve("South Korea and China are finalizing details of the talks.")
    assert [(m.text, m.entity.country, m.entity.type, m.entity.sector) for m in mentions] == [
        ("South Korea", "KOR", "state", "GOV"), ("China", "CHN", "state", "GOV")]


def test_actors_capital_counts_only_when_metonymic(resolve):
    said = resolve("Seoul said the missile launch was a provocation.")
    assert [(m.text, m.entity.country, m.entity.resolved_by) for m in said] == [
        ("Seoul", "KOR", "metonymy:capital")]
    assert resolve("Thousands of tourists arrived in Seoul last week.") == ()


def test_actors_seats_of_power(resolve):
    kremlin = _find(resolve("The Kremlin rejected the claim."), "Kremlin")
    pentagon = _find(resolve("The Pentagon announced new deployments."), "Pentagon")
    assert (kremlin.country, kremlin.sector) == ("RUS", "GOV")
    assert (pentagon.country, pentagon.sector) == ("USA", "MIL")


def test_actors_a_seat_named_for_another_states_office_is_that_states(resolve):
    # "Foreign Office" alone is London's; Pakistan's and India's are theirs
    owned = resolve("Pakistan's Foreign Office summoned the U.S. ambassador.")
    assert [(m.entity.country, m.entity.resolved_by) for m in owned if "Foreign Office" in m.text] == [
        ("PAK", "kb:seat-of-state")]
    indian = resolve("The Indian Foreign Office summoned the Chinese envoy.")
    assert [m.entity.country for m in indian if "Foreign Office" in m.text] == ["IND"]
    london = resolve("The British Foreign Office summoned the Russian ambassador.")
    assert [m.entity.country for m in london if "Foreign Office" in m.text] == ["GBR"]


def test_actors_the_north_needs_both_koreas(resolve):
    both = resolve("South Korea warned North Korea. Officials in Seoul said the North fired a missile.")
    assert _find(both, "the North").country == "PRK"
    alone = resolve("Storms hit the North overnight, the weather service said.")
    assert not [m for m in alone if m.text == "the North"]


def test_actors_pronoun_follows_a_single_subject_antecedent(resolve):
    mentions = resolve("Vladimir Putin arrived in Pyongyang on Tuesday. He was met at the airport.")
    he = _find(mentions, "He")
    assert he.kb_id == "vladimir-putin" and he.resolved_by == "discourse:pronoun"


def test_actors_pronoun_with_two_candidates_stays_unresolved(resolve):
    mentions = resolve("Vladimir Putin met Donald Trump on Tuesday. He said the talks were useful.",
                       dt.date(2018, 7, 16))
    assert not [m for m in mentions if m.text == "He"]


def test_actors_anonymous_government_source_takes_the_country_in_context(resolve):
    text = ("The South Korean government announced the visit on Friday. "
            "The talks will be difficult, said a high-level government source.")
    source = _find(resolve(text), "government source")
    assert (source.country, source.sector, source.resolved_by) == ("KOR", "GOV", "context:country")


def test_actors_organisations_and_their_forces(resolve):
    mentions = resolve("The UN Security Council met as NATO troops arrived.")
    council = _find(mentions, "UN Security Council")
    troops = _find(mentions, "NATO troops")
    assert (council.org, council.sector, council.country) == ("UNSC", "IGO", None)
    assert (troops.org, troops.sector) == ("NATO", "MIL")


def test_actors_the_gulf_states_as_a_group_are_their_council(resolve):
    entity = _find(resolve("Gulf leaders signed an accord ending their boycott of Qatar."), "Gulf leaders")
    assert (entity.org, entity.country) == ("GCC", None)
    assert _find(resolve("Gulf Arab states pledged aid to Egypt."), "Gulf Arab states").org == "GCC"


def test_actors_unknown_person_with_nationality_and_title(resolve):
    entity = _find(resolve("Serbian President Dragan Markovic promised reforms."),
                   "Serbian President Dragan Markovic")
    assert (entity.country, entity.sector, entity.office, entity.kb_id) == ("SRB", "GOV", "President", None)
    later = resolve("Serbian President Dragan Markovic promised reforms. Markovic spoke for an hour.")
    assert _find(later, "Markovic").resolved_by == "discourse:surname"


@pytest.mark.parametrize("text, span, country, org", [
    ("The Revolutionary Guards seized a tanker in the Gulf.", "Revolutionary Guards", "IRN", None),
    ("The Tatmadaw bombed a village in Sagaing.", "Tatmadaw", "MMR", None),
    ("The Arakan Army captured a border post.", "Arakan Army", "MMR", None),
    # transnational affiliates keep their own code (their network is a parent)
    ("JNIM said its fighters carried out the ambush.", "JNIM", None, "JNIM"),
    ("ISIS-K claimed the bombing.", "ISIS-K", None, "ISKP"),
])
def test_actors_armed_bodies_news_names_often(resolve, text, span, country, org):
    entity = _find(resolve(text), span)
    assert (entity.country, entity.org) == (country, org)


def test_actors_a_bare_title_nobody_held_earlier_is_of_the_one_state_named(resolve):
    mentions = resolve("Lawmakers in Peru said the resignation of the interior minister "
                       "would not end the crisis.")
    assert [m.entity.country for m in mentions if m.entity.type == "person"] == ["PER"]
    # ... not of the reacting state in a piece that names two
    mentions = resolve("India urged calm in Nepal after the interior minister resigned.")
    assert [m.entity.country for m in mentions if m.entity.type == "person"] == []


@pytest.mark.parametrize("text, name, country, sector", [
    ("The FSB said on Sunday it had detained the boats.", "FSB", "RUS", "SPY"),
    ("Ukraine's SBU said it had arrested two agents.", "SBU", "UKR", "SPY"),
    ("The CIA director flew to Cairo.", "CIA", "USA", "SPY"),
])
def test_actors_security_and_intelligence_services_are_their_states(resolve, text, name, country, sector):
    agency = _find(resolve(text), name)
    assert (agency.country, agency.sector, agency.org) == (country, sector, None)


def test_actors_an_office_of_a_domestic_body_is_its_states(resolve):
    # "the Mossad chief": Israel's, not an international body's
    chief = _find(resolve("The CIA director met the Mossad chief in Tel Aviv."), "Mossad chief")
    assert (chief.country, chief.org) == ("ISR", None)


@pytest.mark.parametrize("text, words", [
    ("Pro-Russian separatists shot down a transport plane over Luhansk.", "separatists"),
    ("Anti-government protesters marched in the capital.", "protesters"),
])
def test_actors_whom_a_group_is_for_or_against_is_not_its_country(resolve, text, words):
    groups = [m.entity for m in resolve(text) if words in m.text]
    assert groups and all(g.country is None for g in groups)


def test_actors_a_nationality_without_pro_still_names_the_country(resolve):
    assert _find(resolve("Russian troops attacked the airport."), "Russian troops").country == "RUS"
