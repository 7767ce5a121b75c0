"""Loading and looking up the packaged gazetteer."""

from __future__ import annotations

from communique.gazetteer import distance_km, name_key


def kinds(gazetteer, name):
    return {(e.place.kind, e.place.country) for e in gazetteer.lookup(name)}


def test_gazetteer_name_key_normalises_case_article_and_possessive():
    assert name_key("the Kremlin\u2019s") == "kremlin"
    assert name_key("  New   York ") == "new york"


def test_gazetteer_country_aliases_used_in_news(gazetteer):
    for name in ("U.S.", "US", "United States", "America"):
        assert ("country", "USA") in kinds(gazetteer, name), name
    assert ("country", "PRK") in kinds(gazetteer, "DPRK")
    assert ("country", "GBR") in kinds(gazetteer, "Britain")


def test_gazetteer_ambiguous_name_has_every_reading(gazetteer):
    readings = kinds(gazetteer, "Georgia")
    assert ("country", "GEO") in readings and ("admin1", "USA") in readings


def test_gazetteer_state_abbreviations(gazetteer):
    assert ("admin1", "USA") in kinds(gazetteer, "Calif.")
    assert ("admin1", "CAN") in kinds(gazetteer, "B.C.")


def test_gazetteer_wales_is_not_the_united_kingdom(gazetteer):
    readings = kinds(gazetteer, "Wales")
    assert ("admin1", "GBR") in readings
    assert not any(kind == "country" for kind, _ in readings)


def test_gazetteer_small_towns_carry_their_division(gazetteer):
    # Paris, Tennessee (about 10,000 people) is there beside the French capital.
    towns = {(e.place.country, e.place.admin1) for e in gazetteer.lookup("Paris")
             if e.place.kind == "city"}
    assert ("FRA", "11") in towns and ("USA", "TN") in towns


def test_gazetteer_us_counties_are_second_level_divisions(gazetteer):
    counties = [e.place for e in gazetteer.lookup("Henry County")]
    assert len(counties) > 5  # many states have one
    for place in counties:
        assert place.kind == "admin2" and place.resolution == 3 and place.country == "USA"
        assert place.region is not None and place.feature == "ADM2"


def test_gazetteer_alternate_names_of_large_cities_only(gazetteer):
    assert any(not e.primary and e.place.name == "Moscow" for e in gazetteer.lookup("Moskva"))


def test_gazetteer_demonyms_are_known(gazetteer):
    assert gazetteer.is_demonym("Russian") and gazetteer.is_demonym("Americans")
    assert not gazetteer.is_demonym("Russia")


def test_gazetteer_has_at_least_sixty_landmarks_with_points(gazetteer):
    landmarks = {e.place for key in ("kremlin", "white house", "golan heights", "yongbyon",
                                     "south china sea", "taiwan strait", "panmunjom", "dmz",
                                     "crimea", "donbas", "vostochny cosmodrome", "west bank")
                 for e in gazetteer.lookup(key) if e.place.kind == "landmark"}
    assert len(landmarks) == 12
    assert len(gazetteer.landmark_names) >= 60
    for place in landmarks:
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_gazetteer_unknown_name_gives_nothing(gazetteer):
    assert gazetteer.lookup("Xqzzyville") == ()


def test_gazetteer_distance_km():
    seoul, pyongyang = (37.566, 126.978), (39.034, 125.754)
    assert 180 < distance_km(*seoul, *pyongyang) < 210
    assert distance_km(*seoul, *seoul) == 0


def test_gazetteer_an_acronym_names_no_town_of_its_letters(gazetteer):
    # "a UN resolution": not Un in Gujarat; a country's short form still counts
    assert not gazetteer.lookup("UN")
    assert {e.place.country for e in gazetteer.lookup("Un")} == {"IND"}
    assert [e.place.country for e in gazetteer.lookup("UAE")] == ["ARE"]
    # a dateline in capitals still names its city
    assert "ITA" in {e.place.country for e in gazetteer.lookup("ROME")}
