"""Plain text saved from news pages: the article kept, the furniture dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.config import Config
from communique.evaluation import default_shared
from communique.model import Alternate, Article, Author
from communique.readers import read_sources

PAGES = Path(__file__).parent / "fixtures" / "pages"


def read_one(path: Path) -> Article:
    items = list(read_sources([str(path)], Config()))
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


def test_readers_plaintext_seed_page_exact():
    seed = default_shared() / "seeds" / "000_72f503d1cffda3a8.txt"
    if not seed.exists():
        pytest.skip(f"seed page {seed} is absent (shared folder not mounted)")
    article = read_one(seed)
    assert article.title == "S. Korea, China could have diplomatic security talks in Seoul"
    assert article.published.isoformat() == "2024-06-14T07:38:00+09:00"
    assert article.updated.isoformat() == "2024-06-14T07:38:00+09:00"
    assert article.source == "Dong-A Ilbo"
    assert article.authors == (Author("Jin-Woo Shin", "niceshin@donga.com"),)
    assert article.language == "en"
    assert article.alternates == (Alternate("ko", None),)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("While Russian President Vladimir Putin is expected")
    assert paragraphs[-1].endswith("demand for North Korea’s weapons is reduced.")
    for furniture in ("Go to contents", "Posted", "Updated", "한국어", "@donga.com",
                      "diplomatic security talks in Seoul\n"):
        assert furniture not in article.text


def test_readers_plaintext_wire_service_page():
    article = read_one(PAGES / "wire_service.txt")
    assert article.title == "Brazil and Argentina agree to restart border trade talks"
    assert article.source == "Reuters"
    assert article.authors == (Author("Marta Oliveira"), Author("Daniel Ruiz"))
    assert article.published.isoformat() == "2024-06-14T07:38:00-04:00"
    assert article.updated.isoformat() == "2024-06-14T09:05:00-04:00"
    assert article.language == "en" and article.alternates == ()
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("BRASILIA, June 14 (Reuters) - Brazil and Argentina agreed")
    assert paragraphs[-1].endswith("the Brazilian foreign minister told reporters after the meeting.")
    assert "Chile" not in article.text and "Editing by" not in article.text


def test_readers_plaintext_european_page_with_share_links():
    article = read_one(PAGES / "european_site.txt")
    assert article.title == "Poland and Lithuania pledge joint air patrols over Baltic corridor"
    assert article.published.isoformat() == "2024-06-14T09:12:00+01:00"
    assert article.updated is None and article.authors == ()
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Poland and Lithuania will begin joint air patrols")
    assert paragraphs[-1].endswith("further exercises were planned for the autumn.")
    for furniture in ("Home", "Share", "Copy link", "©", "rights reserved"):
        assert furniture not in article.text


def test_readers_plaintext_asian_page_with_breadcrumbs_and_related_tail():
    article = read_one(PAGES / "asian_site.txt")
    assert article.title == "Japan and Philippines sign reciprocal troop access pact in Manila"
    assert article.source == "Japan Times"
    assert article.authors == (Author("Kenji Sato", "ksato@japantimes.co.jp"),)
    assert article.published.isoformat() == "2024-06-14T07:38:00+09:00"
    assert article.alternates == (Alternate("ja", None),)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("MANILA – Japan and the Philippines signed")
    assert "China protests" not in article.text and "POLITICS" not in article.text


def test_readers_plaintext_home_zone_of_source_applies_without_printed_zone():
    page = ("Leaders meet to discuss regional trade corridor\n\n"
            "Posted 2024-02-03 10:15\n\n"
            "The two leaders met in the capital on Saturday and agreed to extend a rail link "
            "to the northern border, their offices said in a joint statement.\n\n"
            "Min-ji Park mjpark@koreaherald.com\n")
    items = list(read_sources([_write(page)], Config()))
    article = items[0]
    assert article.source == "Korea Herald"
    assert article.published.isoformat() == "2024-02-03T10:15:00+09:00"


def test_readers_plaintext_same_input_same_id(tmp_path):
    first = read_one(PAGES / "european_site.txt")
    copy = tmp_path / "copy.txt"
    copy.write_bytes((PAGES / "european_site.txt").read_bytes())
    assert read_one(copy).id == first.id


def test_readers_plaintext_example_article_reads():
    article = read_one(Path(__file__).parents[1] / "examples" / "article.txt")
    assert article.language == "en" and article.title and article.published is not None
    assert 200 <= len(article.text.split()) <= 400
    assert "Related articles" not in article.text


def _write(text: str) -> str:
    import tempfile

    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    with handle:
        handle.write(text)
    return handle.name
