"""HTML, JSON Lines (plain and gzipped), WARC, folders and stdin bytes."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from communique.config import Config
from communique.errors import MalformedInputError
from communique.model import Alternate, Article, Author
from communique.readers import ReadFailure, read_bytes, read_sources
from communique.readers.timestamps import TimestampParser

PARAGRAPHS = [
    "Kenya and Ethiopia agreed on Monday to build a second power line across their border, "
    "officials said after a meeting of energy ministers in Nairobi that lasted most of the day.",
    "The new line would double the electricity Kenya buys from Ethiopian dams, and the two "
    "governments said they would ask regional lenders to share the cost of construction.",
    "Ethiopia's minister said a final agreement could be signed when the Kenyan president "
    "visits Addis Ababa in October, the first such visit in four years.",
]

HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Kenya and Ethiopia plan second power line | Example Daily</title>
<link rel="canonical" href="https://www.example-daily.test/africa/power-line-2024?utm_source=x">
<link rel="alternate" hreflang="fr" href="https://www.example-daily.test/fr/ligne-electrique">
<link rel="alternate" hreflang="sw" href="https://www.example-daily.test/sw/umeme">
<link rel="alternate" hreflang="x-default" href="https://www.example-daily.test/">
<meta property="og:title" content="Kenya and Ethiopia plan second power line">
<meta property="article:published_time" content="2024-05-20T18:45:00+03:00">
<meta name="author" content="Amina Wanjiru">
</head>
<body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Kenya and Ethiopia plan second power line</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<footer><p>Copyright Example Daily. All rights reserved.</p></footer>
</body></html>"""


def only(items):
    assert len(items) == 1, items
    return items[0]


def test_readers_html_metadata_hreflang_and_body():
    article = only(list(read_bytes(HTML.encode(), "page.html", Config())))
    assert isinstance(article, Article), article
    assert article.title == "Kenya and Ethiopia plan second power line"
    assert article.published.isoformat() == "2024-05-20T18:45:00+03:00"
    assert article.authors == (Author("Amina Wanjiru"),)
    assert article.language == "en"
    assert article.url == "https://www.example-daily.test/africa/power-line-2024?utm_source=x"
    assert article.alternates == (
        Alternate("fr", "https://www.example-daily.test/fr/ligne-electrique"),
        Alternate("sw", "https://www.example-daily.test/sw/umeme"),
    )
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_readers_html_chosen_by_content_not_name():
    article = only(list(read_bytes(HTML.encode(), "misnamed.txt", Config(), name_hint="misnamed.txt")))
    assert article.title == "Kenya and Ethiopia plan second power line"


def _records():
    return [
        {"id": "a1", "url": "https://www.reuters.com/world/a1", "title": "Talks resume",
         "published": "2024-06-14T07:38:00+00:00", "text": "\n\n".join(PARAGRAPHS),
         "unknown_field": 1},
        {"url": "https://example.test/b2", "html": HTML, "source": "Example Daily"},
        {"title": "No zone given", "published": "2024-06-14T07:38:00",
         "source": "Yonhap", "text": PARAGRAPHS[0]},
    ]


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_readers_jsonl_one_item_per_line_with_fields():
    items = list(read_bytes(_jsonl(_records()), "batch.jsonl", Config()))
    assert [type(i) for i in items] == [Article, Article, Article]
    first, second, third = items
    assert first.id == "a1" and first.title == "Talks resume" and first.source == "Reuters"
    assert first.text == "\n\n".join(PARAGRAPHS) and first.origin == "batch.jsonl:1"
    assert second.title == "Kenya and Ethiopia plan second power line"
    assert second.origin == "batch.jsonl:2"
    assert third.published.isoformat() == "2024-06-14T07:38:00+09:00"  # Yonhap's home zone
    assert third.text == PARAGRAPHS[0]


def test_readers_jsonl_whose_first_line_is_longer_than_the_sniffed_bytes(tmp_path):
    long_body = "\n\n".join(PARAGRAPHS * 60)  # a first record of tens of kilobytes
    records = [dict(_records()[0], text=long_body), *_records()[1:]]
    path = tmp_path / "long.jsonl"
    path.write_bytes(_jsonl(records))
    items = list(read_sources([str(path)], Config()))
    assert [type(i) for i in items] == [Article, Article, Article]
    assert items[0].origin == f"{path}:1" and len(items[0].text) > 8192


def test_readers_jsonl_gzipped_and_broken_line_does_not_stop_batch(tmp_path):
    data = _jsonl(_records()[:1]) + b'{"text": "broken\n' + _jsonl(_records()[2:])
    path = tmp_path / "batch.data"
    path.write_bytes(gzip.compress(data))
    items = list(read_sources([str(path)], Config()))
    assert [type(i) for i in items] == [Article, ReadFailure, Article]
    assert items[1].origin == f"{path}:2"
    assert isinstance(items[1].error, MalformedInputError)


def _warc(tmp_path, compress: bool):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for url, ctype, body in [
        ("https://example.test/a", "text/html; charset=utf-8", HTML.encode()),
        ("https://example.test/logo.png", "image/png", b"\x89PNG\r\n"),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET /")))
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("compress", [False, True])
def test_readers_warc_html_responses_only(tmp_path, compress):
    path = _warc(tmp_path, compress)
    items = list(read_sources([str(path)], Config()))
    assert [type(i) for i in items] == [Article, ReadFailure]
    assert items[0].origin == f"{path}#1"
    assert items[0].title == "Kenya and Ethiopia plan second power line"
    assert items[1].origin == f"{path}#3" and "not HTML" in items[1].error.message


def test_readers_folders_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    text = "Ministers meet in Geneva on arms control\n\n" + "\n\n".join(PARAGRAPHS)
    (tmp_path / "b" / "two.txt").write_text(text)
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / ".secret.txt").write_text(text)
    (tmp_path / ".hidden" / "three.txt").write_text(text)
    items = list(read_sources([str(tmp_path)], Config()))
    assert [i.origin for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_readers_stdin_bytes_of_one_document():
    text = "Ministers meet in Geneva on arms control\n\n" + "\n\n".join(PARAGRAPHS)
    article = only(list(read_bytes(text.encode(), "<stdin>", Config())))
    assert article.title == "Ministers meet in Geneva on arms control"
    assert article.origin == "<stdin>" and len(article.text.split("\n\n")) == 3


@pytest.mark.parametrize("line, expected", [
    ("Posted June. 14, 2024 07:38,", "2024-06-14T07:38:00"),
    ("2024-06-14 07:38 KST", "2024-06-14T07:38:00+09:00"),
    ("Jun 14, 2024, 7:38 AM ET", "2024-06-14T07:38:00-04:00"),
    ("Jan 9, 2024, 7:38 PM ET", "2024-01-09T19:38:00-05:00"),
    ("14 June 2024 09:12 BST", "2024-06-14T09:12:00+01:00"),
    ("Published: 2024-06-14T07:38:00+09:00", "2024-06-14T07:38:00+09:00"),
    ("Fri 14 Jun 2024 09.12 CEST", "2024-06-14T09:12:00+02:00"),
    ("Updated: 14 June 2024 (GMT+9) 09:12", "2024-06-14T00:00:00"),
])
def test_readers_timestamps_formats(line, expected):
    found = TimestampParser.load().find(line)
    assert found is not None and found.value.isoformat().startswith(expected)
