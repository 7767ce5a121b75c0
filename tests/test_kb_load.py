"""The packaged knowledge base loads, covers every state, and rejects bad data."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from importlib.resources import files
from pathlib import Path

import pycountry
import pytest

from communique.errors import DataError
from communique.kb import KnowledgeBase

PACKAGE_KB = Path(str(files("communique") / "data" / "kb"))


def _names(kb: KnowledgeBase, text: str) -> set[tuple[str, str]]:
    words = text.split()
    return {(e.kind, e.key) for s, t, entries in kb.match_names(words) if (s, t) == (0, len(words))
            for e in entries}


def test_kb_covers_every_iso_state_and_plover_extras(kb):
    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX", "PSE", "TWN", "HKG"}
    assert codes <= set(kb.states)


@pytest.mark.parametrize("text, code", [
    ("S. Korea", "KOR"), ("ROK", "KOR"), ("DPRK", "PRK"), ("N. Korea", "PRK"),
    ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("America", "USA"),
    ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("UAE", "ARE"), ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Kosovo", "XKX"),
])
def test_kb_short_forms_name_their_state(kb, text, code):
    assert ("state", code) in _names(kb, text)


@pytest.mark.parametrize("text, code", [
    ("South Korean", "KOR"), ("Emirati", "ARE"), ("British", "GBR"), ("Iraqis", "IRQ"),
    # the short forms wire copy uses besides the official demonym
    ("Timorese", "TLS"), ("Salvadorean", "SLV"), ("Cabo Verdean", "CPV"), ("Nepali", "NPL"),
    ("Kazakh", "KAZ"), ("Ecuadorian", "ECU"), ("Slovenian", "SVN"),
])
def test_kb_demonyms_and_plurals(kb, text, code):
    assert ("demonym", code) in _names(kb, text)


@pytest.mark.parametrize("text, code, sector", [
    ("Kremlin", "RUS", "GOV"), ("White House", "USA", "GOV"), ("Pentagon", "USA", "MIL"),
    ("Downing Street", "GBR", "GOV"), ("Blue House", "KOR", "GOV"), ("Zhongnanhai", "CHN", "GOV"),
])
def test_kb_seats_of_power_carry_a_sector(kb, text, code, sector):
    entries = [e for s, t, es in kb.match_names(text.split()) for e in es if e.kind == "seat"]
    assert [(e.key, e.sector) for e in entries] == [(code, sector)]


def test_kb_organisations_have_codes_and_sectors(kb):
    assert kb.organizations["UNSC"].parent == "UN"
    assert kb.organizations["ICC"].sector == "JUD"
    assert ("organization", "NATO") in _names(kb, "NATO")
    assert kb.organizations["HAMAS"].country == "PSE"


def _copy_kb(tmp_path: Path, people: dict[str, dict] | None = None) -> Path:
    root = tmp_path / "kb"
    root.mkdir()
    for name in ("countries.json", "organizations.json", "institutions.json"):
        shutil.copy(PACKAGE_KB / name, root / name)
    if people:
        (root / "people").mkdir()
        for key, data in people.items():
            (root / "people" / f"{key}.json").write_text(json.dumps(data), encoding="utf-8")
    return root


def _person(pid: str, name: str, *offices: dict, **extra) -> dict:
    return {"id": pid, "name": name, "aliases": extra.get("aliases", []), "wikidata": None,
            "gender": extra.get("gender", "m"), "offices": list(offices)}


def _office(title, role, country, start, end, sector="GOV", org=None) -> dict:
    return {"title": title, "role": role, "country": country, "org": org, "sector": sector,
            "start": start, "end": end}


def test_kb_holder_follows_tenures(tmp_path):
    people = {"XKX": {"people": [
        _person("first-holder", "First Holder", _office("President", "head_of_state", "XKX", "2010-01-01", "2015-06-30")),
        _person("second-holder", "Second Holder", _office("President", "head_of_state", "XKX", "2015-07-01", None)),
    ]}}
    kb = KnowledgeBase.load(_copy_kb(tmp_path, people))
    assert kb.holder("XKX", ["head_of_state"], dt.date(2012, 3, 1)).person.id == "first-holder"
    assert kb.holder("XKX", ["head_of_state"], dt.date(2020, 3, 1)).person.id == "second-holder"
    assert kb.holder("XKX", ["head_of_state"], None).person.id == "second-holder"
    assert kb.holder("XKX", ["head_of_state"], dt.date(2001, 1, 1)) is None


@pytest.mark.parametrize("bad, message", [
    ({"role": "emperor"}, "role 'emperor'"),
    ({"country": "XXX"}, "country 'XXX'"),
    ({"start": "2020-13-01"}, "not an ISO date"),
    ({"start": "2020-01-01", "end": "2019-01-01"}, "before start"),
    ({"sector": "ABC"}, "not a PLOVER sector"),
])
def test_kb_bad_office_raises_data_error_naming_file_and_entry(tmp_path, bad, message):
    office = _office("President", "head_of_state", "KOR", "2020-01-01", None) | bad
    root = _copy_kb(tmp_path, {"KOR": {"people": [_person("some-one", "Some One", office)]}})
    with pytest.raises(DataError) as caught:
        KnowledgeBase.load(root)
    assert "people/KOR.json" in str(caught.value)
    assert "some-one" in str(caught.value)
    assert message in str(caught.value)


def test_kb_duplicate_person_ids_across_files_are_rejected(tmp_path):
    one = _person("same-id", "Same Person", _office("King", "head_of_state", "JOR", "2000-01-01", None))
    root = _copy_kb(tmp_path, {"JOR": {"people": [one]}, "SAU": {"people": [one]}})
    with pytest.raises(DataError, match="already used"):
        KnowledgeBase.load(root)


def test_kb_state_name_claimed_by_two_states_is_rejected(tmp_path):
    root = _copy_kb(tmp_path)
    data = json.loads((root / "countries.json").read_text(encoding="utf-8"))
    for state in data["states"]:
        if state["code"] == "CHN":
            state["names"].append("Korea Republic")
        if state["code"] == "KOR":
            state["names"].append("Korea Republic")
    (root / "countries.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match="Korea Republic"):
        KnowledgeBase.load(root)


def test_kb_broken_json_names_the_file(tmp_path):
    root = _copy_kb(tmp_path)
    (root / "organizations.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="organizations.json"):
        KnowledgeBase.load(root)


def test_kb_groups_and_areas_are_names_with_countries(kb):
    assert ("group", "KURDS") in _names(kb, "Kurds")
    assert kb.groups["KURDS"].countries[0] == "TUR"
    assert ("area", "SDN") in _names(kb, "Darfur")
    assert not [c for g in kb.groups.values() for c in g.countries if c not in kb.states]


def test_kb_distinctive_surnames_are_derived_but_shared_ones_are_not(tmp_path):
    people = {"XKX": {"people": [
        _person("alba-zorbatova", "Alba Zorbatova", _office("President", "head_of_state", "XKX", "2010-01-01", None)),
        _person("ana-kellmer", "Ana Kellmer", _office("Prime Minister", "head_of_government", "XKX", "2010-01-01", None)),
        _person("ben-kellmer", "Ben Kellmer", _office("Foreign Minister", "foreign_minister", "XKX", "2010-01-01", None)),
    ]}}
    kb = KnowledgeBase.load(_copy_kb(tmp_path, people))
    assert ("surname", "alba-zorbatova") in _names(kb, "Zorbatova")
    assert _names(kb, "Kellmer") == set()


def test_kb_group_with_unknown_country_is_rejected(tmp_path):
    root = _copy_kb(tmp_path)
    bad = {"groups": [{"code": "X", "name": "X", "names": ["Xs"], "countries": ["XXX"], "sector": "CVL"}]}
    (root / "groups.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(DataError, match="groups.json"):
        KnowledgeBase.load(root)


def test_kb_inert_nouns_load_as_lemmas(kb):
    assert {"language", "oil", "wine", "peninsula"} <= kb.inert_nouns
    assert "government" not in kb.inert_nouns and "troop" not in kb.inert_nouns


def test_kb_rejects_inert_nouns_that_are_not_lemmas(tmp_path):
    for name in ("countries.json", "organizations.json", "institutions.json"):
        shutil.copy(PACKAGE_KB / name, tmp_path / name)
    (tmp_path / "inert_nouns.json").write_text(json.dumps({"nouns": ["Wines"]}), encoding="utf-8")
    with pytest.raises(DataError, match="inert_nouns.json.*lower-case"):
        KnowledgeBase.load(tmp_path)


def test_kb_ship_prefixes_name_their_navy_state(kb):
    assert kb.ship_prefixes["USS"] == "USA" and kb.ship_prefixes["HMS"] == "GBR"
    assert "INS" not in kb.ship_prefixes  # India's and Israel's


@pytest.mark.parametrize("prefixes, wanted", [
    ({"USS": "XXX"}, "not states"),
    ({"uss": "USA"}, "as navies write them"),
])
def test_kb_rejects_bad_ship_prefixes(tmp_path, prefixes, wanted):
    for name in ("countries.json", "organizations.json", "institutions.json"):
        shutil.copy(PACKAGE_KB / name, tmp_path / name)
    (tmp_path / "ship_prefixes.json").write_text(json.dumps({"prefixes": prefixes}), encoding="utf-8")
    with pytest.raises(DataError, match=f"ship_prefixes.json.*{wanted}"):
        KnowledgeBase.load(tmp_path)


def test_kb_named_armed_groups_and_parties_have_a_country(kb):
    for code, country in (("LTTE", "LKA"), ("KLA", "XKX"), ("HEZBOLLAH", "LBN"), ("PKK", "TUR"),
                          ("SPLM", "SSD"), ("FARC", "COL"), ("UNITA", "AGO"), ("TALIBAN", "AFG")):
        assert kb.organizations[code].country == country


def test_kb_a_one_word_name_of_a_capital_names_it_before_a_person(tmp_path):
    # A former leader listed with the capital's name as an alias ("Muscat"
    # for Joseph Muscat of Malta): the word alone is the capital's government.
    people = {"XKX": {"people": [_person(
        "vera-kabul", "Vera Kabul", _office("President", "head_of_state", "XKX", "2010-01-01", None),
        aliases=["Kabul"])]}}
    kb = KnowledgeBase.load(_copy_kb(tmp_path, people))
    assert [(e.kind, e.key) for e in kb.names[("Kabul",)]][:1] == [("capital", "AFG")]
    assert [(e.kind, e.key) for e in kb.names[("Vera", "Kabul")]][:1] == [("person", "vera-kabul")]


def test_kb_a_hyphenated_arabic_article_is_also_read_spaced(kb):
    # Wires write "al Shabaab" and "Al Qaeda" as often as "al-Shabaab".
    assert ("organization", "SHABAAB") in _names(kb, "al Shabaab")
    assert ("organization", "SHABAAB") in _names(kb, "Al Shabaab")
    assert ("organization", "ALQAEDA") in _names(kb, "Al Qaeda")
