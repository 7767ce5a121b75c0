"""CSV tables of articles: one article per row under a header naming the columns,
as news datasets and data-frame exports hold them (rows written for these tests)."""

from __future__ import annotations

import csv
import gzip
import io

from communique.config import Config
from communique.errors import EncodingError, MalformedInputError, NoBodyError
from communique.model import Article
from communique.readers import ReadFailure, read_bytes

BODIES = [
    "Chile and Peru agreed on Monday to hold joint naval patrols off their shared coast, "
    "the two defence ministries said after talks in Lima.\n\nThe patrols are to start in June.",
    "Kenya sent 400 police officers to Haiti on Tuesday, the first of a contingent of 1,000 "
    "promised to a UN-backed mission, officials in Nairobi said.",
    "Ghana's foreign ministry summoned the Nigerian envoy on Wednesday over the detention of "
    "Ghanaian traders in Lagos, a spokesman said.",
]


def table(header: list[str], rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def read(data: bytes, name: str = "articles.csv") -> list:
    return list(read_bytes(data, name, Config(), name_hint=name))


def test_readers_a_csv_table_gives_one_article_per_row_with_its_fields() -> None:
    data = table(["id", "title", "date", "url", "body"], [
        ["a1", "Chile and Peru to patrol coast", "2024-03-04T09:30:00-05:00",
         "https://news.example.test/a1", BODIES[0]],
        ["a2", "Kenyan police land in Haiti", "2024-03-05", "https://news.example.test/a2",
         BODIES[1]],
    ])
    items = read(data)
    assert [type(i) for i in items] == [Article, Article]
    first, second = items
    assert first.title == "Chile and Peru to patrol coast"
    assert first.url == "https://news.example.test/a1"
    assert first.published.isoformat() == "2024-03-04T09:30:00-05:00"
    assert "The patrols are to start in June." in first.text  # a quoted body over two lines
    assert second.published.date().isoformat() == "2024-03-05"
    assert second.origin == "articles.csv:5"  # after the header and a body over three lines
    assert first.id != second.id


def test_readers_a_data_frame_export_with_an_index_column_is_a_table() -> None:
    data = table(["", "date", "text", "source"],
                 [[str(k), "2024-03-06", body, "The Guardian"] for k, body in enumerate(BODIES)])
    items = read(data)
    assert len(items) == 3 and all(isinstance(i, Article) for i in items)
    assert {i.source for i in items} == {"The Guardian"}


def test_readers_tab_and_semicolon_tables_and_gzip_are_read() -> None:
    for delimiter in ("\t", ";"):
        data = table(["headline", "content"], [["Kenya sends police", BODIES[1]]], delimiter)
        (item,) = read(data, "articles.tsv")
        assert isinstance(item, Article) and item.title == "Kenya sends police"
    zipped = gzip.compress(table(["title", "text"], [["t", body] for body in BODIES]))
    assert [type(i) for i in read(zipped, "articles.csv.gz")] == [Article] * 3


def test_readers_a_bad_row_fails_alone_and_the_table_goes_on() -> None:
    data = table(["title", "text"], [["no body", ""], ["ok", BODIES[2]]])
    data += b"short row only\n" + table(["title", "text"], [["last", BODIES[0]]]).split(b"\n", 1)[1]
    items = read(data)
    assert [type(i).__name__ for i in items] == ["ReadFailure", "Article", "ReadFailure", "Article"]
    assert isinstance(items[0].error, NoBodyError) and items[0].origin == "articles.csv:2"
    assert isinstance(items[2].error, MalformedInputError) and "1 fields" in str(items[2].error)


def test_readers_a_table_that_stops_being_utf8_says_how_far_it_was_read() -> None:
    data = table(["title", "text"], [["ok", BODIES[0]]]) + "x,caf\xe9 au lait\n".encode("latin-1")
    items = read(data)
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], ReadFailure) and isinstance(items[-1].error, EncodingError)
    assert "rows before it were read" in str(items[-1].error)


def test_readers_a_text_page_whose_first_line_has_commas_is_no_table() -> None:
    page = ("Text, analysis and more\n\n" + BODIES[2]).encode("utf-8")
    (item,) = read(page, "page.txt")
    assert isinstance(item, Article) and "summoned the Nigerian envoy" in item.text
    # (a header must name a body column: a list of numbers is no table of articles,
    # and is read as one page, not row by row)
    assert len(read(b"year,count\n2023,4\n2024,7\n", "numbers.csv")) == 1
