"""The JSON Schema describes exactly what we write."""

import json

import pytest

from communique.model import to_dict
from communique.schema import extraction_schema
from tests.test_model_roundtrip import _full_extraction

jsonschema = pytest.importorskip("jsonschema")


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(extraction_schema())


def test_schema_accepts_our_output_and_rejects_off_contract_values():
    validator = jsonschema.Draft202012Validator(extraction_schema())
    data = json.loads(json.dumps(to_dict(_full_extraction())))
    assert list(validator.iter_errors(data)) == []
    data["events"][0]["factuality"] = "rumoured"
    data["events"][0]["quad_code"] = "one"
    messages = [e.message for e in validator.iter_errors(data)]
    assert len(messages) == 2


def test_schema_requires_every_field():
    event = extraction_schema()["$defs"]["Event"]
    assert set(event["required"]) == set(event["properties"])
    assert event["properties"]["event"]["enum"][0] == "AGREE"
