"""Readers: turn sources (files, folders, archives, stdin) into Articles.

``read_sources`` and ``read_bytes`` are the public entry points. Every source
item gives exactly one ``Article`` or one ``ReadFailure`` (with an error from
``communique.errors`` saying why); a failure never stops the batch.

What a source holds is decided by its bytes (``decoding.sniff``), not its
name: gzip is opened and sniffed again; a WARC archive goes to ``warc``, JSON
Lines and CSV tables of articles to ``records``, HTML to ``html``, anything
else to ``plaintext``. WARC, JSON Lines and CSV files are streamed (the size
limit applies per record); a single document larger than ``max_bytes`` is
refused before it is read.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..config import Config
from ..errors import EmptyInputError, InputError, MalformedInputError, TooLargeError
from ..model import Article
from .context import ReadContext
from .decoding import Kind, check_text_bytes, csv_header, declared_charset, decode, sniff
from .html import read_html
from .plaintext import read_text_page
from .records import read_csv_rows, read_json_lines
from .warc import read_warc

# Bytes looked at to decide what a source holds.
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class ReadFailure:
    """A source, or one record of it, that could not be read as an Article."""

    origin: str
    error: InputError


def read_sources(paths: Sequence[str], config: Config) -> Iterator[Article | ReadFailure]:
    """Articles from files, folders (recursive, sorted, hidden skipped) and ``-`` (stdin)."""
    ctx = ReadContext.load(config)
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read(config.max_bytes + 1)
            yield from _read_data(data, "<stdin>", ctx)
            continue
        yield from _read_path(Path(path), ctx)


def read_bytes(data: bytes, origin: str, config: Config, *,
               name_hint: str | None = None) -> Iterator[Article | ReadFailure]:
    """Articles from the bytes of one source, sniffed by content."""
    yield from _read_data(data, origin, ReadContext.load(config), name_hint=name_hint)


def _read_path(path: Path, ctx: ReadContext) -> Iterator[Article | ReadFailure]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path).parts
            if child.is_file() and not any(part.startswith(".") for part in relative):
                yield from _read_file(child, ctx)
    elif path.is_file():
        yield from _read_file(path, ctx)
    else:
        yield ReadFailure(str(path), EmptyInputError(
            f"{path}: no such file or folder; check the path"))


def _read_file(path: Path, ctx: ReadContext) -> Iterator[Article | ReadFailure]:
    origin = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
            stream.seek(0)
            yield from _read_stream(stream, head, size, origin, ctx, name_hint=path.name)
    except OSError as exc:
        yield ReadFailure(origin, EmptyInputError(f"{origin}: cannot be read ({exc.strerror}); "
                                                  "check the path and its permissions"))


def _read_data(data: bytes, origin: str, ctx: ReadContext, *,
               name_hint: str | None = None) -> Iterator[Article | ReadFailure]:
    yield from _read_stream(io.BytesIO(data), data[:SNIFF_BYTES], len(data), origin, ctx,
                            name_hint=name_hint)


def _read_stream(stream: IO[bytes], head: bytes, size: int, origin: str, ctx: ReadContext,
                 *, name_hint: str | None) -> Iterator[Article | ReadFailure]:
    """Dispatch one source by its first bytes."""
    limit = ctx.config.max_bytes
    if size == 0 or not head.strip():
        yield ReadFailure(origin, EmptyInputError(f"{origin}: the source is empty; "
                                                  "give a file with an article in it"))
        return
    kind = sniff(head)
    if kind is Kind.GZIP:
        inner = _gunzip_head(head)
        inner_kind = sniff(inner) if inner else Kind.TEXT
        if inner_kind is Kind.WARC:
            yield from read_warc(stream, origin, ctx, ReadFailure)  # warcio reads gzip itself
            return
        if inner_kind is Kind.JSONL and _looks_like_lines(inner):
            yield from _json_lines(gzip.GzipFile(fileobj=stream), origin, ctx)
            return
        if inner_kind is Kind.CSV:
            yield from _csv_rows(gzip.GzipFile(fileobj=stream), inner, origin, ctx)
            return
        try:
            data = gzip.GzipFile(fileobj=stream).read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadFailure(origin, MalformedInputError(
                f"{origin}: the gzip data is broken or truncated ({exc}); re-download the file"))
            return
        if len(data) > limit:
            yield _too_large(origin, limit, "uncompressed ")
            return
        yield from _read_data(data, origin, ctx, name_hint=name_hint)
        return
    if kind is Kind.WARC:
        yield from read_warc(stream, origin, ctx, ReadFailure)
        return
    if kind is Kind.JSONL and _looks_like_lines(head):
        yield from _json_lines(stream, origin, ctx)
        return
    if kind is Kind.CSV:
        yield from _csv_rows(stream, head, origin, ctx)
        return
    if size > limit:
        yield _too_large(origin, limit)
        return
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield _too_large(origin, limit)
        return
    yield _read_document(data, kind, origin, ctx)


def _read_document(data: bytes, kind: Kind, origin: str, ctx: ReadContext) -> Article | ReadFailure:
    try:
        check_text_bytes(data, origin)
        if kind is Kind.HTML:
            return read_html(decode(data, origin, declared=declared_charset(data)), origin, ctx)
        text = decode(data, origin)
        if kind is Kind.JSONL:  # one JSON document that is not one object per line
            items = list(read_json_lines([text.encode("utf-8")], origin, ctx, ReadFailure))
            if len(items) == 1:
                return items[0]
        return read_text_page(text, origin, ctx)
    except InputError as exc:
        return ReadFailure(origin, exc)


def _json_lines(stream: IO[bytes], origin: str, ctx: ReadContext) -> Iterator[Article | ReadFailure]:
    limit = ctx.config.max_bytes
    number = 0

    def lines() -> Iterator[bytes]:
        nonlocal number
        for number, line in enumerate(iter(lambda: stream.readline(limit + 1), b""), start=1):
            yield line

    try:
        for item in read_json_lines(lines(), origin, ctx, ReadFailure):
            yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadFailure(f"{origin}:{number + 1}", MalformedInputError(
            f"{origin}: the data is broken or truncated after line {number} ({exc}); "
            "the lines before it were read"))


def _csv_rows(stream: IO[bytes], head: bytes, origin: str,
              ctx: ReadContext) -> Iterator[Article | ReadFailure]:
    found = csv_header(head.lstrip(b"\xef\xbb\xbf").lstrip())
    delimiter = found[0] if found else ","
    try:
        yield from read_csv_rows(stream, origin, ctx, ReadFailure, delimiter)
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadFailure(origin, MalformedInputError(
            f"{origin}: the data is broken or truncated ({exc}); the rows before it were read"))


def _looks_like_lines(head: bytes) -> bool:
    """JSON Lines: the first line is a whole object (pretty-printed JSON is
    not), or an object that runs on past the sniffed bytes (a long article
    on one line; pretty-printed JSON breaks its first line after the brace)."""
    stripped = head.lstrip()
    first, newline, _ = stripped.partition(b"\n")
    first = first.strip()
    if not newline:
        return first.startswith(b"{") and len(first) > 1
    return first.startswith(b"{") and first.endswith(b"}")


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


def _too_large(origin: str, limit: int, what: str = "") -> ReadFailure:
    return ReadFailure(origin, TooLargeError(
        f"{origin}: the {what}source is larger than max_bytes={limit:,} bytes; "
        f"split it or raise the limit (COMMUNIQUE_MAX_BYTES)"))


__all__ = ["ReadFailure", "read_bytes", "read_sources"]
