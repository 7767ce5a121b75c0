"""Records of articles: ``{id, url, title, published, source, language, text | html}``.

JSON Lines hold one object per line; CSV tables one article per row under a
header that names its columns (``read_csv_rows``; the names datasets use,
such as ``date`` or ``body``, are read as these fields). Missing fields are
fine and unknown fields ignored. A record with ``html`` goes through the
HTML reader, one with ``text`` through the plain-text reader (a clean body
passes through it unchanged). A broken line or row becomes a ``ReadFailure``
at ``path:LINE`` and the batch goes on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..errors import EncodingError, InputError, MalformedInputError, NoBodyError
from ..model import Article, replace
from .context import ReadContext
from .html import read_html
from .plaintext import read_text_page
from .timestamps import parse_iso


def read_json_lines(lines: Iterable[bytes], origin: str, ctx: ReadContext,
                    failure: type) -> Iterator[Article | Any]:
    """One ``Article`` or ``failure(origin:LINE, error)`` per non-blank line."""
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            yield read_record(_load(raw, where), where, ctx)
        except InputError as exc:
            yield failure(where, exc)


def read_record(record: dict[str, Any], where: str, ctx: ReadContext) -> Article:
    url = _str(record.get("url"))
    source = _str(record.get("source"))
    news_source = ctx.sources.by_url(url) or ctx.sources.by_name(source)
    home_zone = (news_source.timezone if news_source else None) or ctx.config.default_timezone
    published = parse_iso(_str(record.get("published")) or "", home_zone)
    common = dict(url=url, source=source, language=_str(record.get("language")),
                  given_id=_str(record.get("id")))
    if _str(record.get("html")):
        return read_html(record["html"], where, ctx, title=_str(record.get("title")),
                         published=published, **common)
    text = _str(record.get("text"))
    if not text:
        raise NoBodyError(f"{where}: the record has neither 'text' nor 'html'; "
                          "give the article body in one of them")
    title = _str(record.get("title"))
    article = read_text_page(text, where, ctx, title=title, find_title=False, **common)
    return replace(article, published=published or article.published)


# Column names of CSV tables of articles, by the record field they hold
# (compared without case): what news datasets call them.
CSV_FIELDS = {
    "id": ("id", "article_id", "doc_id", "guid", "uid"),
    "url": ("url", "link", "source_url", "article_url", "sourceurl"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "publish_date", "published_at", "pub_date",
                  "publication_date", "datetime", "timestamp", "time", "seendate"),
    "source": ("source", "outlet", "publisher", "source_name", "domain", "site"),
    "language": ("language", "lang"),
    "text": ("text", "body", "content", "article", "story", "full_text", "fulltext",
             "article_text", "body_text"),
    "html": ("html",),
}


def read_csv_rows(stream: IO[bytes], origin: str, ctx: ReadContext, failure: type,
                  delimiter: str = ",") -> Iterator[Article | Any]:
    """One ``Article`` or ``failure(origin:LINE, error)`` per row of a CSV
    table of articles whose header names its columns (``CSV_FIELDS``; other
    columns are ignored, an unnamed index column too). Rows are streamed.
    Bytes that are not UTF-8, quoting broken beyond repair, or a field longer
    than ``max_bytes`` characters end the table with a failure that says how
    far it was read."""
    limit = ctx.config.max_bytes
    # (the csv module's limit is per process: raised, never lowered)
    csv.field_size_limit(max(csv.field_size_limit(), limit))

    def lines() -> Iterator[str]:
        # (decoded line by line, so that a bad byte fails where it stands)
        for number, raw in enumerate(iter(lambda: stream.readline(limit + 1), b"")):
            yield raw.decode("utf-8-sig" if number == 0 else "utf-8")

    rows = csv.reader(lines(), delimiter=delimiter)
    line = 1
    try:
        header = next(rows, None)
        if header is None:
            return
        columns = _csv_columns(header)
        line = rows.line_num + 1
        for row in rows:
            where = f"{origin}:{line}"
            line = rows.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield failure(where, MalformedInputError(
                    f"{where}: the row has {len(row)} fields and the header {len(header)}; "
                    "quote fields that hold the delimiter or a line break"))
                continue
            record = {field: row[k] for k, field in columns.items()}
            try:
                yield read_record(record, where, ctx)
            except InputError as exc:
                yield failure(where, exc)
    except UnicodeDecodeError as exc:
        yield failure(f"{origin}:{line}", EncodingError(
            f"{origin}: the table is not UTF-8 from line {line} on ({exc.reason}); the rows "
            "before it were read; save it as UTF-8"))
    except csv.Error as exc:
        yield failure(f"{origin}:{line}", MalformedInputError(
            f"{origin}: the table cannot be read from line {line} on ({exc}); the rows "
            "before it were read"))


def _csv_columns(header: list[str]) -> dict[int, str]:
    """{column index: record field} for the columns a header names."""
    by_name = {name: field for field, names in CSV_FIELDS.items() for name in names}
    columns: dict[int, str] = {}
    for k, name in enumerate(header):
        field = by_name.get(name.strip().lower())
        if field is not None and field not in columns.values():
            columns[k] = field
    return columns


def _load(raw: bytes, where: str) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedInputError(f"{where}: not valid JSON ({exc}); each line must be one "
                                  "JSON object") from exc
    if not isinstance(record, dict):
        raise MalformedInputError(f"{where}: a JSON {type(record).__name__}, not an object; "
                                  "each line must be one JSON object with 'text' or 'html'")
    return record


def _str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
