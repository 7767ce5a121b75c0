"""Cross-article deduplication: the held-out pairs in tests/fixtures/dedup/holdout.

The holdout set was written blind and is a measure, not a gate: these tests
only check that it is well formed and reachable as ``communique eval
dedup-holdout``. There is deliberately no accuracy floor here.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from communique.evaluation import EVALUATIONS, dedup, dedup_holdout, load_evaluation
from communique.model import PLOVER_CATEGORIES

FIELDS = {"id", "url", "source", "published", "title", "language", "text"}


@pytest.fixture(scope="module")
def folder():
    return dedup.fixtures_dir(fixtures=dedup_holdout.HOLDOUT)


@pytest.fixture(scope="module")
def articles(folder):
    lines = (folder / dedup.ARTICLES).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def pairs(folder):
    return dedup.load_pairs(folder / dedup.PAIRS)


def test_store_dedup_holdout_articles_are_well_formed(articles):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    assert len(articles) >= 40
    for a in articles:
        assert set(a) == FIELDS, a["id"]
        assert a["language"] == "en", a["id"]
        assert a["url"].startswith("https://"), a["id"]
        published = dt.datetime.fromisoformat(a["published"])
        assert published.utcoffset() is not None, f"{a['id']}: published needs an offset"
        assert 2023 <= published.year <= 2026, a["id"]
        words = len(a["text"].split())
        assert 50 <= words <= 170, f"{a['id']}: {words} words"


def test_store_dedup_holdout_pairs_are_balanced_and_complete(articles, pairs):
    ids = {a["id"] for a in articles}
    assert len(pairs) >= 40
    same = sum(p.same for p in pairs)
    assert 0.4 <= same / len(pairs) <= 0.6, f"{same} of {len(pairs)} pairs are 'same'"
    for p in pairs:
        assert p.a in ids and p.b in ids, (p.a, p.b)
        assert p.a != p.b, p.a
        assert p.event in PLOVER_CATEGORIES, (p.a, p.b, p.event)
        assert p.note, (p.a, p.b)
    keys = [frozenset((p.a, p.b)) for p in pairs]
    assert len(keys) == len(set(keys)), "a pair is labelled twice"


def test_store_dedup_holdout_pairs_are_consistent(pairs):
    """'same' is an equivalence: no 'diff' pair joins two articles a chain of
    'same' pairs already joins."""
    group: dict[str, str] = {}

    def find(x: str) -> str:
        while group.get(x, x) != x:
            x = group[x]
        return x

    for p in pairs:
        if p.same:
            group[find(p.a)] = find(p.b)
    clashes = [(p.a, p.b) for p in pairs if not p.same and find(p.a) == find(p.b)]
    assert clashes == []


def test_store_dedup_holdout_is_registered_apart_from_dedup():
    assert EVALUATIONS["dedup-holdout"] == "dedup_holdout"
    module = load_evaluation("dedup-holdout")
    assert module.NAME == "dedup-holdout"
    assert dedup.fixtures_dir(fixtures=module.HOLDOUT) != dedup.fixtures_dir()
