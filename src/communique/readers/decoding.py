"""Bytes to text: what kind of content a source holds and how it is encoded.

``sniff`` names the content by its bytes (gzip magic, WARC header, JSON
Lines, HTML, a CSV table of articles, plain text), not by the file name. ``decode`` tries, in order:
a byte-order mark, strict UTF-8, the declared charset (HTML meta, XML
declaration or HTTP header), and Windows-1252 only when the bytes look like
Latin-1 text. Decoding is always strict: no character is dropped silently.
"""

from __future__ import annotations

import codecs
import csv
import re
from enum import Enum

from ..errors import BinaryInputError, EncodingError

GZIP_MAGIC = b"\x1f\x8b"
# Share of control characters (other than tab, newline, carriage return,
# form feed) above which bytes are taken for binary. Real pages stay far below.
CONTROL_SHARE = 0.05
# Share of bytes >= 0x80 in text that may be read as Windows-1252: accented
# letters in Western European text stay well under it.
LATIN1_HIGH_SHARE = 0.3

_BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image", b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x7fELF": "an executable", b"BZh": "a bzip2 archive", b"\xfd7zXZ": "an xz archive",
    b"7z\xbc\xaf": "a 7-Zip archive", b"RIFF": "a RIFF media file",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


class Kind(Enum):
    GZIP = "gzip"
    WARC = "warc"
    JSONL = "jsonl"
    HTML = "html"
    CSV = "csv"
    TEXT = "text"


def sniff(head: bytes) -> Kind:
    """The kind of content whose first bytes are ``head``."""
    if head.startswith(GZIP_MAGIC):
        return Kind.GZIP
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if body.startswith(b"WARC/"):
        return Kind.WARC
    if body.startswith(b"{") or body.startswith(b"["):
        return Kind.JSONL
    low = body[:4096].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<!--")) or re.search(
        rb"<(html|body|head|article|div|p|meta|title)[\s>]", low
    ):
        return Kind.HTML
    if csv_header(body) is not None:
        return Kind.CSV
    return Kind.TEXT


# Column names under which a CSV table of articles holds the body: what
# tells such a table from a text page whose first line has commas.
BODY_COLUMNS = frozenset({"text", "body", "content", "article", "story", "html", "full_text",
                          "fulltext", "article_text", "body_text"})
_COLUMN_NAME = re.compile(r"^[A-Za-z_][\w.-]{0,40}$")


def csv_header(head: bytes) -> tuple[str, list[str]] | None:
    """The delimiter and column names when ``head`` starts with the header
    of a table of articles: two or more names (an unnamed first column, a
    saved data frame's index, is allowed), every one a bare identifier, one
    of them a body column (``BODY_COLUMNS``); else None. "Text, analysis and
    more" is a sentence, not a header."""
    first = head.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    for delimiter in (",", "\t", ";"):
        if delimiter not in first:
            continue
        names = next(csv.reader([first], delimiter=delimiter), [])
        named = [n.strip() for n in names]
        if (len(named) >= 2 and all(_COLUMN_NAME.match(n) for n in named[1:])
                and (not named[0] or _COLUMN_NAME.match(named[0]))
                and any(n.lower() in BODY_COLUMNS for n in named)):
            return delimiter, named
    return None


def check_text_bytes(data: bytes, origin: str) -> None:
    """Raise ``BinaryInputError`` when ``data`` is not text."""
    head = data[:65536]
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise BinaryInputError(f"{origin}: this is {what}, not a news page; "
                                   "give text, HTML, JSON Lines, CSV or WARC files")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and controls / len(head) > CONTROL_SHARE):
        raise BinaryInputError(f"{origin}: the bytes are binary (NUL or control characters), "
                               "not text; give text, HTML, JSON Lines, CSV or WARC files")


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset named by an HTTP header, an HTML meta tag or an XML declaration."""
    if header and (m := _HEADER_CHARSET.search(header)):
        return m.group(1)
    head = data[:8192]
    m = _CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def decode(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """The text of ``data``; ``EncodingError`` when no encoding fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", origin)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        try:
            codec = codecs.lookup(declared.strip().lower()).name
        except LookupError:
            codec = None
        if codec and codec != "utf-8":
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"  # what browsers do with these labels
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    if _looks_latin1(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    raise EncodingError(
        f"{origin}: not valid UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) and no "
        f"declared charset{' (' + declared + ')' if declared else ''} fits; "
        "convert the file to UTF-8 or declare its charset"
    )


def _strict(data: bytes, codec: str, origin: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{origin}: starts with a {codec} byte-order mark but is not valid "
                            f"{codec} (byte {exc.start}: {exc.reason}); re-save it as UTF-8") from exc


def _looks_latin1(data: bytes) -> bool:
    """Mostly ASCII, and every high byte sits in or next to a word (accented letters)."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high or len(high) / max(len(data), 1) > LATIN1_HIGH_SHARE:
        return False
    inside_words = 0
    for i in high:
        neighbours = data[max(i - 1, 0): i] + data[i + 1: i + 2]
        if any(chr(b).isalpha() or b >= 0x80 for b in neighbours):
            inside_words += 1
    # Windows-1252 punctuation (quotes, dashes) sits beside spaces: allow a share.
    return inside_words >= 0.6 * len(high)
