"""Records survive an exact JSON round trip, and bad records are refused."""

import datetime as dt
import json

import pytest

from communique.errors import RecordError
from communique.model import (
    Alternate, Article, Author, Entity, Event, Evidence, Extraction, Location,
    Problem, RelationClaim, from_dict, to_dict,
)

KST = dt.timezone(dt.timedelta(hours=9))


def _full_extraction() -> Extraction:
    russia = Entity(text="Russian President Vladimir Putin", name="Vladimir Putin",
                    country="RUS", sector="GOV", type="person", office="President",
                    wikidata="Q7747", kb_id="vladimir-putin", resolved_by="kb:person")
    korea = Entity(text="North Korea", name="North Korea", country="PRK", sector="GOV",
                   type="state")
    place = Location(extracted_place="Pyongyang", resolved_place="Pyongyang",
                     geonameid=1871859, lat=39.03, lon=125.75, country_code="PRK",
                     feature_code="PPLC", resolution=4)
    event = Event(
        id="e1", event="CONSULT", mode="visit", context=("diplomatic",), cameo="042",
        quad_code=1, intensity=1.0, actor=(russia,), recipient=(korea,),
        date=dt.date(2024, 6, 18), enddate=dt.date(2024, 6, 19), date_precision="day",
        date_text="from next Tuesday through Wednesday", event_loc=place,
        factuality="future", historical=False, claimed_by=None, event_text="visit",
        text="Putin is expected to visit Pyongyang.", span=(0, 37), confidence=0.9,
        evidence=(Evidence(event_text="visit", text="Putin is expected to visit Pyongyang.",
                           span=(0, 37)),),
    )
    relation = RelationClaim(pair=("PRK", "RUS"), stance="cooperative", trend="improving",
                             factuality="asserted", text="They are getting close.",
                             span=(40, 63))
    article = Article(
        id="a1", url="https://example.org/a", source="Example News", title="Title",
        published=dt.datetime(2024, 6, 14, 7, 38, tzinfo=KST),
        updated=dt.datetime(2024, 6, 14, 7, 38),
        authors=(Author(name="Jane Roe", email="jane@example.org"),), language="en",
        alternates=(Alternate(language="ko", url=None),), text="Body.", origin="a.txt",
    )
    return Extraction(article=article, events=(event,), relations=(relation,),
                      errors=(Problem(stage="time", code="W305", message="x"),))


def test_model_roundtrip_is_exact_through_json():
    original = _full_extraction()
    text = json.dumps(to_dict(original))
    again = from_dict(Extraction, json.loads(text))
    assert again == original
    assert again.article.published.utcoffset() == dt.timedelta(hours=9)
    assert again.article.updated.tzinfo is None  # no offset invented


def test_model_dict_has_every_contract_field_in_order():
    data = to_dict(_full_extraction())
    assert list(data) == ["article", "events", "relations", "errors", "unattributed"]
    event = data["events"][0]
    for name in ("id", "event", "mode", "context", "cameo", "quad_code", "intensity",
                 "actor", "recipient", "date", "enddate", "date_precision", "date_text",
                 "event_loc", "factuality", "historical", "claimed_by", "event_text",
                 "text", "span", "confidence"):
        assert name in event
    assert event["date"] == "2024-06-18" and event["span"] == [0, 37]
    assert data["relations"][0]["pair"] == ["PRK", "RUS"]


@pytest.mark.parametrize("path, bad, fragment", [
    (("events", 0, "event"), "VISIT", "is not one of"),
    (("events", 0, "factuality"), "maybe", "is not one of"),
    (("events", 0, "date"), "14 June", "is not ISO 8601"),
    (("events", 0, "span"), [1], "expected 2 items"),
    (("events", 0, "quad_code"), "1", "expected int"),
    (("article", "published"), 20240614, "expected an ISO 8601 string"),
])
def test_model_from_dict_refuses_values_outside_the_contract(path, bad, fragment):
    data = to_dict(_full_extraction())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(RecordError, match=fragment):
        from_dict(Extraction, data)


def test_model_from_dict_refuses_unknown_fields():
    data = to_dict(_full_extraction())
    data["article"]["headline"] = "x"
    with pytest.raises(RecordError, match="unknown fields"):
        from_dict(Extraction, data)


def test_model_records_are_immutable():
    article = Article(id="a")
    with pytest.raises(AttributeError):
        article.text = "changed"  # type: ignore[misc]


def test_model_extraction_ok_reflects_error_codes():
    article = Article(id="a")
    assert Extraction(article=article, errors=(Problem("events", "W303", "no coder"),)).ok
    assert not Extraction(article=article, errors=(Problem("read", "E202", "binary"),)).ok
