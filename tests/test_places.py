

def test_places_a_place_lies_in_the_state_it_belonged_to_on_the_articles_day():
    import datetime as dt

    from communique.model import Location
    from communique.places import country_on

    juba = Location(extracted_place="Juba", resolved_place="Juba", country_code="SSD")
    assert country_on(juba, dt.date(2000, 5, 1)).country_code == "SDN"
    assert country_on(juba, dt.date(2011, 7, 9)).country_code == "SSD"
    assert country_on(juba, None).country_code == "SSD"
    kyiv = Location(extracted_place="Kyiv", resolved_place="Kyiv", country_code="UKR")
    assert country_on(kyiv, dt.date(2000, 5, 1)).country_code == "UKR"
