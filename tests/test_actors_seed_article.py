"""The seed article (read from ../shared at run time): every actor mention resolves."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.actors import resolve_actors
from communique.kb import KnowledgeBase
from communique.model import Article


def seed_body(raw: str) -> str:
    """The paragraphs after the "Updated" line and the language link, up to the byline."""
    lines = raw.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Updated"))
    lines = lines[start + 1:]
    switch = next((i for i, line in enumerate(lines) if line.strip() == "한국어"), -1)
    paragraphs = [line.strip() for line in lines[switch + 1:] if line.strip()]
    return "\n\n".join(p for p in paragraphs if not re.search(r"\S+@\S+\.\w+", p))


@pytest.fixture(scope="module")
def mentions(seed_path, parser):
    text = seed_body(seed_path.read_text(encoding="utf-8"))
    article = Article(id="seed", text=text, published=dt.datetime(2024, 6, 14, 7, 38))
    return text, resolve_actors(parser(text), article, KnowledgeBase.load())


EXPECTED = [
    # (pattern in the text, country, sector, name or None, type)
    (r"\bPutin\b", "RUS", "GOV", "Vladimir Putin", "person"),
    (r"(?<=the )Russian president\b", "RUS", "GOV", "Vladimir Putin", "person"),
    (r"\bKim Jong Un\b", "PRK", "GOV", "Kim Jong Un", "person"),
    (r"\bSouth Korea(?!n)\b", "KOR", "GOV", None, "state"),
    (r"\bNorth Korea(?!n)\b", "PRK", "GOV", None, "state"),
    (r"\bthe North\b", "PRK", "GOV", None, "state"),
    (r"\bChina\b", "CHN", "GOV", None, "state"),
    (r"\bRussia\b", "RUS", "GOV", None, "state"),
    (r"\bpresidential office\b", "KOR", "GOV", None, None),
    (r"\bSouth Korean government\b", "KOR", "GOV", None, None),
    (r"\bgovernment source\b", "KOR", "GOV", None, None),
]


@pytest.mark.parametrize("pattern, country, sector, name, kind", EXPECTED)
def test_actors_seed_every_mention_resolves(mentions, pattern, country, sector, name, kind):
    text, found = mentions
    occurrences = list(re.finditer(pattern, text))
    assert occurrences, f"{pattern!r} does not occur in the seed body any more"
    for occurrence in occurrences:
        covering = [m for m in found
                    if m.span[0] <= occurrence.start() and occurrence.end() <= m.span[1]]
        assert covering, f"no actor mention covers {occurrence.group()!r} at {occurrence.start()}"
        entity = covering[0].entity
        assert (entity.country, entity.sector) == (country, sector), (occurrence.group(), entity)
        if name:
            assert entity.name == name
        if kind:
            assert entity.type == kind

