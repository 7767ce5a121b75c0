"""A bare surname names a former office-holder only near his or her time in
office: "Franco" in a football report of 2024 is not the dictator, while his
full name, a title or "former" still find him, and the surname alone does
within a few years of office. Sentences written for these tests; the people
are real entries of the packaged knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.actors import resolve_actors
from communique.model import Article


def people(parser, kb, text: str, year: int) -> list[str | None]:
    published = dt.datetime(year, 6, 1, 12, tzinfo=dt.timezone.utc)
    doc = next(iter(parser.pipe([text])))
    return [a.entity.kb_id for a in resolve_actors(doc, Article(id="t", text=text, published=published), kb)
            if a.entity.type == "person"]


@pytest.mark.parametrize("text, year, expected", [
    ("Franco scored twice in the second half.", 2024, []),
    ("Former dictator Franco was reburied in 2019.", 2024, ["francisco-franco"]),
    ("Francisco Franco ruled Spain until 1975.", 2024, ["francisco-franco"]),
    ("Kohl said the euro would survive its first crisis.", 2003, ["helmut-kohl"]),
    ("Begin met Sadat at Camp David.", 1978, ["menachem-begin", "anwar-sadat"]),
])
def test_actors_bare_surname_of_a_long_gone_office_holder(parser, kb, text, year, expected):
    assert people(parser, kb, text, year) == expected


def test_actors_given_names_before_a_known_surname_make_one_mention(parser, kb):
    text = "President Omar El Bashir spoke to reporters on Thursday."
    published = dt.datetime(2000, 6, 1, 12, tzinfo=dt.timezone.utc)
    doc = next(iter(parser.pipe([text])))
    mentions = resolve_actors(doc, Article(id="t", text=text, published=published), kb)
    assert [(m.text, m.entity.country) for m in mentions] == [("President Omar El Bashir", "SDN")]


def test_actors_a_misspelt_state_name_is_the_state(parser, kb):
    import datetime as dt

    from communique.actors import resolve_actors
    from communique.model import Article

    text = "Ethopia and the Phillippines signed a trade deal, while Jordon Smith watched."
    article = Article(id="t", text=text, published=dt.datetime(2024, 3, 5, tzinfo=dt.timezone.utc))
    found = {m.text: m.entity.country for m in resolve_actors(parser(text), article, kb)}
    assert found.get("Ethopia") == "ETH" and found.get("Phillippines") == "PHL"
    rules = {m.text: m.entity.resolved_by for m in resolve_actors(parser(text), article, kb)}
    assert rules["Ethopia"] == "kb:near-spelling"
    assert "JOR" not in found.values()


@pytest.mark.parametrize("text, expected", [
    ("Fuel ran short in Douentza and Boni after militants torched three tankers.", []),
    ("Gunmen ambushed a supply convoy near Boni on Sunday.", []),
    ("Boni told reporters in Cotonou that the elections would go ahead.", ["thomas-boni-yayi"]),
])
def test_actors_a_bare_surname_under_a_preposition_of_place_is_a_town(parser, kb, text, expected):
    # "Boni" is a surname of Benin's president of 2006-2016 and a town in Mali
    assert people(parser, kb, text, 2012) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin watched the drills at the Mulino training ground on Tuesday.", []),
    ("Officials toured the Boni army base on Monday.", []),
    ("Mulino met Rubio in Panama City on Sunday.", ["jose-raul-mulino"]),
])
def test_actors_a_name_on_a_site_is_the_site(parser, kb, text, expected):
    # "Mulino" names Panama's president of 2024 and a Russian training ground
    found = people(parser, kb, text, 2025)
    assert [p for p in found if p in ("jose-raul-mulino", "thomas-boni-yayi")] == expected


@pytest.mark.parametrize("text", [
    "Manila protested over the Spratly Islands standoff on Monday.",
    "Tokyo raised the Kuril Islands dispute with Moscow.",
])
def test_actors_a_word_of_a_longer_name_is_no_misspelt_state(parser, kb, text):
    # "Islands" is a letter or two from "Iceland"
    article = Article(id="t", text=text, published=dt.datetime(2024, 3, 5, tzinfo=dt.timezone.utc))
    rules = {m.text: m.entity.resolved_by for m in resolve_actors(parser(text), article, kb)}
    assert "kb:near-spelling" not in rules.values()


def test_actors_a_capital_owning_an_act_on_another_state_is_a_state(parser, kb):
    text = "Officials said Ottawa's latest Haiti sanctions target three gang leaders."
    article = Article(id="t", text=text, published=dt.datetime(2024, 3, 5, tzinfo=dt.timezone.utc))
    found = {m.text: m.entity.country for m in resolve_actors(parser(text), article, kb)}
    assert found.get("Ottawa") == "CAN" and found.get("Haiti") == "HTI"
