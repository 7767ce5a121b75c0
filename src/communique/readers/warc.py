"""WARC archives (plain or gzipped): one Article per HTML response record.

Records other than responses (requests, metadata, warcinfo) are not articles
and are skipped without a trace; a response that is not HTML, or that is
larger than ``max_bytes``, becomes a ``ReadFailure`` at ``path#RECORD``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, MalformedInputError, TooLargeError
from ..model import Article
from .context import ReadContext
from .decoding import check_text_bytes, declared_charset, decode
from .html import read_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: IO[bytes], origin: str, ctx: ReadContext,
              failure: type) -> Iterator[Article | Any]:
    """Articles of the HTML responses in a WARC stream, in record order."""
    index = -1
    try:
        for index, record in enumerate(ArchiveIterator(stream)):
            if record.rec_type != "response":
                continue
            where = f"{origin}#{index}"
            try:
                yield _read_response(record, where, ctx)
            except InputError as exc:
                yield failure(where, exc)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield failure(f"{origin}#{index + 1}", MalformedInputError(
            f"{origin}: the WARC archive is broken after record {index} ({exc}); "
            "the records before it were read"))


def _read_response(record: Any, where: str, ctx: ReadContext) -> Article:
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    content_type = (http.get_header("Content-Type") if http else None) or ""
    if content_type and not content_type.lower().startswith(_HTML_TYPES):
        raise MalformedInputError(f"{where}: response for {url} is {content_type.split(';')[0]}, "
                                  "not HTML; only HTML pages are read as articles")
    data = record.content_stream().read(ctx.config.max_bytes + 1)
    if len(data) > ctx.config.max_bytes:
        raise TooLargeError(f"{where}: response for {url} is larger than max_bytes="
                            f"{ctx.config.max_bytes}; raise the setting to read it")
    check_text_bytes(data, where)
    html = decode(data, where, declared=declared_charset(data, content_type))
    return read_html(html, where, ctx, url=url)
