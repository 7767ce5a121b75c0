"""Place resolution on small real sentences, parsed by the configured spaCy pipeline."""

from __future__ import annotations

import pytest

from communique.places import find_place_candidates, resolve_places


def places(parser, gazetteer, text, **kwargs):
    return {m.text: m.location for m in resolve_places(parser(text), gazetteer, **kwargs)}


def test_places_city_after_locative_preposition(parser, gazetteer):
    found = places(parser, gazetteer, "South Korea and China will hold talks in Seoul on Tuesday.")
    seoul = found["Seoul"]
    assert seoul.country_code == "KOR"
    assert seoul.resolution == 4
    assert seoul.feature_code == "PPLC"
    assert abs(seoul.lat - 37.57) < 0.2 and abs(seoul.lon - 126.98) < 0.2


def test_places_city_marched_through_is_a_place_even_if_tagged_a_person(parser, gazetteer):
    found = places(parser, gazetteer, "Thousands of nurses marched through central Asunción on "
                   "Friday to demand higher pay.")
    assert found["Asunción"].country_code == "PRY"


def test_places_a_demonym_the_tagger_calls_a_place_is_none_and_names_its_capital(parser, gazetteer):
    # "Kazakh" is also an alternate name of a town in the north of Kazakhstan
    found = places(parser, gazetteer, "Chinese Premier Li Qiang arrived in the Kazakh capital "
                   "Astana on Tuesday for two days of talks.")
    assert {(p.resolved_place, p.country_code) for p in found.values()} == {("Astana", "KAZ")}


def test_places_visit_destination_is_a_place(parser, gazetteer):
    found = places(parser, gazetteer, "Putin is expected to visit Pyongyang next week.")
    assert found["Pyongyang"].country_code == "PRK"
    assert found["Pyongyang"].feature_code == "PPLC"


@pytest.mark.parametrize("text, city", [
    ("Hillary Clinton visited Chennai on Wednesday.", "Chennai"),
    ("Hillary Clinton visited Kolkata on Wednesday.", "Kolkata"),
])
def test_places_a_big_city_visited_is_a_place_even_if_tagged_a_person(parser, gazetteer, text, city):
    # (the small model reads both names as people's)
    assert places(parser, gazetteer, text)[city].country_code == "IND"


def test_places_metonymic_capital_is_not_a_place(parser, gazetteer):
    doc = parser("Pyongyang said it would respond to the drills.")
    assert resolve_places(doc, gazetteer) == ()
    skipped = [c for c in find_place_candidates(doc, gazetteer) if c.text == "Pyongyang"]
    assert skipped and skipped[0].skipped == "metonymy"


def test_places_georgia_near_atlanta_is_the_us_state(parser, gazetteer):
    found = places(parser, gazetteer, "Heavy rain flooded roads in Atlanta and across Georgia.")
    assert found["Georgia"].country_code == "USA"
    assert found["Georgia"].feature_code == "ADM1"
    assert found["Georgia"].resolution == 2


def test_places_georgia_near_tbilisi_is_the_country(parser, gazetteer):
    found = places(parser, gazetteer, "Protesters gathered in Tbilisi, the capital of Georgia.")
    assert found["Georgia"].country_code == "GEO"
    assert found["Georgia"].resolution == 1


def test_places_gaza_strip_is_a_palestinian_region(parser, gazetteer):
    found = places(parser, gazetteer, "Aid trucks entered the Gaza Strip on Sunday.")
    gaza = found["Gaza Strip"]
    assert gaza.country_code == "PSE"
    assert gaza.resolution in (2, 5)


def test_places_paris_is_france_unless_texas(parser, gazetteer):
    assert places(parser, gazetteer, "He flew to Paris for talks.")["Paris"].country_code == "FRA"
    texas = places(parser, gazetteer, "The fair opened in Paris, Texas, on Friday.")
    assert texas["Paris"].country_code == "USA"


def test_places_context_countries_from_the_actor_stage(parser, gazetteer):
    text = "The two leaders met in Georgia."
    assert places(parser, gazetteer, text)["Georgia"].country_code == "GEO"
    us = places(parser, gazetteer, text, context_countries=("USA",))
    assert us["Georgia"].country_code == "USA"


def test_places_demonyms_are_not_places(parser, gazetteer):
    found = places(parser, gazetteer, "Russian and Chinese ships sailed into the Red Sea.")
    assert "Russian" not in found and "Chinese" not in found
    assert found["Red Sea"].resolution == 2


def test_places_landmark_phrase_without_entity(parser, gazetteer):
    found = places(parser, gazetteer, "Inspectors returned to the Zaporizhzhia nuclear plant.")
    plant = next(loc for text, loc in found.items() if "Zaporizhzhia" in text)
    assert plant.country_code == "UKR"
    assert plant.resolution == 5


def test_places_a_landmark_inside_an_overlong_entity_is_found(parser, gazetteer):
    # the small model tags "the Great Hall of the People on" as one FAC
    found = places(parser, gazetteer,
                   "Premier Li Qiang met Australian Prime Minister Anthony Albanese in the Great Hall "
                   "of the People on Monday.")
    hall = next(loc for text, loc in found.items() if "Great Hall" in text)
    assert hall.country_code == "CHN" and hall.resolution == 5


def test_places_spans_point_into_the_text(parser, gazetteer):
    text = "Ships crossed the Strait of Hormuz near Oman."
    for mention in resolve_places(parser(text), gazetteer):
        start, end = mention.span
        assert text[start:end] == mention.text


def test_places_wales_is_the_division_not_a_town_of_that_name(parser, gazetteer):
    text = "Voters in Cardiff, Swansea and Newport went to the polls across Wales."
    wales = places(parser, gazetteer, text)["Wales"]
    assert wales.country_code == "GBR" and wales.feature_code == "ADM1"


def test_places_small_town_follows_the_state_the_article_is_in(parser, gazetteer):
    text = ("Deputies from Athens and Watkinsville searched the Oconee River near "
            "Athens after the storm, Georgia officials said.")
    athens = places(parser, gazetteer, text)["Athens"]
    assert athens.country_code == "USA"
    greek = places(parser, gazetteer, "Protesters marched through Athens to the Greek parliament.")
    assert greek["Athens"].country_code == "GRC"


def test_places_paris_stays_in_france_in_an_international_story(parser, gazetteer):
    text = ("Ministers met in Paris on Monday before travelling to Brussels and Berlin; "
            "a Texas senator joined them.")
    assert places(parser, gazetteer, text)["Paris"].country_code == "FRA"


def test_places_small_town_needs_support_or_a_container(parser, gazetteer):
    with_state = places(parser, gazetteer, "The fire started in Chiefland, Florida, on Friday.")
    assert with_state["Chiefland"].country_code == "USA"
    assert with_state["Chiefland"].resolution == 4
    alone = places(parser, gazetteer, "The fire started in Chiefland on Friday.")
    assert "Chiefland" not in alone


def test_places_county_takes_the_state_of_its_context(parser, gazetteer):
    text = "Deputies in Henry County arrested two men near Atlanta, Georgia."
    county = places(parser, gazetteer, text)["Henry County"]
    assert county.feature_code == "ADM2" and county.resolution == 3
    assert county.country_code == "USA"
    # the point lies in Georgia
    assert 30 < county.lat < 35.5 and -86 < county.lon < -80.5


def test_places_division_inside_an_organisation_name(parser, gazetteer):
    found = places(parser, gazetteer, "The Kentucky State Police opened an investigation.")
    assert found["Kentucky"].feature_code == "ADM1"


def test_places_direction_word_before_a_division(parser, gazetteer):
    found = places(parser, gazetteer, "Tornadoes swept across North Texas overnight.")
    loc = next(loc for text, loc in found.items() if "Texas" in text)
    assert loc.country_code == "USA" and loc.feature_code == "ADM1"


def test_places_ordinary_words_in_organisation_names_are_not_places(parser, gazetteer):
    found = places(parser, gazetteer, "The Green Party and the University Club held a debate.")
    assert "Green" not in found and "University" not in found


@pytest.mark.parametrize("text, name, country", [
    ("Japan sent another shipment of generators to Kyiv.", "Kyiv", "UKR"),
    ("Donors pledged more money for reconstruction programmes run from Addis Ababa.", "Addis Ababa", "ETH"),
])
def test_places_capitals_the_tagger_missed_or_took_for_people(parser, gazetteer, text, name, country):
    assert places(parser, gazetteer, text)[name].country_code == country


def test_places_small_untagged_names_are_not_guessed(parser, gazetteer):
    assert "Sandy" not in places(parser, gazetteer, "Sandy told the meeting that the road was closed.")


def test_places_the_city_of_a_name_is_a_place(parser, gazetteer):
    from communique.places import resolve_places

    doc = parser("Thousands of people rallied in the southern Serbian city of Nis on Saturday.")
    places = resolve_places(doc, gazetteer, context_countries=["SRB"])
    assert [p.location.country_code for p in places] == ["SRB"]


def test_places_the_demonym_capital_is_that_countrys_capital(parser, gazetteer):
    from communique.places import resolve_places

    doc = parser("Tens of thousands joined a rally in the Serbian capital on Saturday.")
    (place,) = resolve_places(doc, gazetteer)
    assert place.text == "Serbian capital" and place.location.resolved_place == "Belgrade"
    assert not resolve_places(parser("Investors moved capital out of the country."), gazetteer)


def test_places_a_city_the_tagger_calls_a_language_is_still_a_place(parser, gazetteer):
    text = ("The lawyer for Samir Trabelsi, a Tunisian activist detained last week in Tunis, said on "
            "Monday his client was being prosecuted for his opinions.")
    assert [e.label_ for e in parser(text).ents if e.text == "Tunis"] == ["LANGUAGE"]
    assert places(parser, gazetteer, text)["Tunis"].country_code == "TUN"


@pytest.mark.parametrize("text, country, city", [
    ("Thousands of nurses marched in the Colombian capital on Wednesday.", "COL", "Bogotá"),
    ("Federal police raided two ministries in the Brazilian capital.", "BRA", "Brasília"),
])
def test_places_a_demonym_capital_is_the_capital_city_not_a_namesake(parser, gazetteer, text, country, city):
    found = [loc for name, loc in places(parser, gazetteer, text).items() if name.endswith("capital")]
    assert [(loc.country_code, loc.resolved_place) for loc in found] == [(country, city)]


def test_places_the_capital_is_the_capital_of_the_country_the_article_is_about(parser, gazetteer):
    found = places(parser, gazetteer, "Police detained a Kenyan activist in the capital on Monday.",
                   context_countries=["KEN", "KEN"])
    assert [(loc.country_code, loc.resolved_place) for loc in found.values()] == [("KEN", "Nairobi")]
    named = places(parser, gazetteer, "Rebels exploded bombs in the capital Kabul on Monday.",
                   context_countries=["PAK", "PAK"])
    assert [loc.country_code for loc in named.values()] == ["AFG"]
    assert places(parser, gazetteer, "Police detained an activist in the capital.",
                  context_countries=["KEN", "UGA"]) == {}


def _where(found, name):
    location = found[name]
    return location.country_code, location.geonameid, location.resolution


def test_places_a_town_the_gazetteer_lacks_is_kept_by_name_where_the_text_calls_it_a_town(
        parser, gazetteer):
    # "the village of X in <country>'s ... region", "X village in <country>":
    # no GeoNames id and no coordinates, but its name and its country
    found = places(parser, gazetteer, "Gunmen attacked a market near the village of Tamkoussa in "
                                      "Mali's central Mopti region on Friday, killing nine people.")
    assert _where(found, "Tamkoussa") == ("MLI", None, 4)
    assert found["Tamkoussa"].lat is None
    found = places(parser, gazetteer, "Floods hit Yantenga village in Burkina Faso on Monday.")
    assert _where(found, "Yantenga") == ("BFA", None, 4)
    # a place name with the place that contains it right after
    found = places(parser, gazetteer,
                   "Rebels shelled a police post in Diafarabe, in central Mali, on Monday.")
    assert _where(found, "Diafarabe") == ("MLI", None, 4)
    # "X, a rural commune", in an article about one country
    found = places(parser, gazetteer, "Fighters overran Mansila, a rural commune close to the "
                                      "border, on Sunday, the army said in Ouagadougou.")
    assert _where(found, "Mansila") == ("BFA", None, 4)


def test_places_a_name_not_called_a_town_is_not_guessed_to_be_one(parser, gazetteer):
    found = places(parser, gazetteer, "The minister met Kimbeni officials in Luanda on Friday.")
    assert set(found) == {"Luanda"}
    # called a town, but in no country the text says
    found = places(parser, gazetteer, "Fighters overran Mansila, a rural commune, on Sunday.")
    assert found == {}


def test_places_a_countrys_division_is_a_place_not_its_government(parser, gazetteer):
    found = places(parser, gazetteer, "A drone struck a police station in Colombia's eastern "
                                      "Arauca department on Saturday.")
    assert found["Colombia"].country_code == "COL"


def test_places_a_big_city_read_by_another_of_its_names_needs_its_country_in_the_article(
        parser, gazetteer):
    # "Boni" is also a name of Bonn; in a story about Mali it is a village there
    found = places(parser, gazetteer,
                   "Gunmen attacked soldiers near Boni in the Mopti region of Mali on Tuesday.")
    assert _where(found, "Boni") == ("MLI", None, 4)
    # ... while a name spelt as the city's but for its accents is the city
    found = places(parser, gazetteer, "A roadside bomb near the town of Samarra killed a U.S. "
                                      "soldier on Sunday.", context_countries=["USA"])
    assert found["Samarra"].country_code == "IRQ"


def test_places_a_border_crossing_is_a_site_named_like_a_town(parser, gazetteer):
    found = places(parser, gazetteer,
                   "Farmers blocked the Zosin border crossing in eastern Poland on Tuesday.")
    assert _where(found, "Zosin") == ("POL", None, 4)


def test_places_a_town_named_with_a_nationality_lies_in_that_country(parser, gazetteer):
    # a suburb whose name is also another country's name for a German city
    # does not carry the article off to Germany, nor the town with it
    text = ("Students blocked a bridge in the northern Serbian city of Novi Sad on Saturday.\n\n"
            "Traffic stopped between the city centre and the suburb of Sremska Kamenica.")
    found = places(parser, gazetteer, text, context_countries=["SRB"])
    assert found["Novi Sad"].country_code == "SRB"
    assert all(loc.country_code != "DEU" for loc in found.values())


def test_places_a_lowercase_word_tagged_as_a_name_is_no_place(parser, gazetteer):
    text = "More bodies were recovered from the bush near Goma on Thursday."
    assert all(loc.country_code == "COD" for loc in places(parser, gazetteer, text).values())


def test_places_a_city_the_tagger_calls_a_product_is_a_place(parser, gazetteer):
    # the small model tags "Kursk" a PRODUCT (after the submarine)
    found = places(parser, gazetteer, "Ukraine launched missiles at targets in Kursk on Wednesday.")
    assert found["Kursk"].country_code == "RUS" and found["Kursk"].resolution == 4
