"""Shared fixtures: one spaCy pipeline per test session, and ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.config import Config
from communique.evaluation import default_shared


@pytest.fixture(scope="session")
def config() -> Config:
    return Config()


@pytest.fixture(scope="session")
def parser(config):
    """The configured spaCy pipeline, loaded once for the whole session."""
    from communique.nlp import Parser

    return Parser(config)


@pytest.fixture(scope="session")
def nlp(parser):
    return parser.nlp


@pytest.fixture(scope="session")
def resources(parser, config):
    """Everything the pipeline loads (knowledge base, gazetteer, lexicons),
    loaded once for the whole session: about four seconds each time."""
    from communique.pipeline import Resources

    return Resources.load(config, parser=parser)


@pytest.fixture(scope="session")
def kb(resources):
    return resources.kb


@pytest.fixture(scope="session")
def gazetteer(resources):
    return resources.gazetteer


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared with the gold sets and corpora; tests skip when it is absent."""
    path = default_shared()
    if not (path / "DESIGN.md").exists():
        pytest.skip(f"../shared is not beside this checkout (looked in {path}); "
                    "tests that need its gold sets and corpora are skipped")
    return path


@pytest.fixture(scope="session")
def seed_path(shared_dir) -> Path:
    path = shared_dir / "seeds" / "000_72f503d1cffda3a8.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    return path


@pytest.fixture(scope="module")
def code(resources):
    """Code one article of text written for a test, published 2024-03-05 at
    noon UTC, through the whole pipeline; returns its events."""
    import datetime as dt

    from communique.model import Article
    from communique.pipeline import extract

    published = dt.datetime(2024, 3, 5, 12, 0, tzinfo=dt.timezone.utc)

    def run(text: str, title: str | None = None):
        (extraction,) = extract([Article(id="t", title=title, text=text, published=published)],
                                resources=resources)
        return extraction.events

    return run
