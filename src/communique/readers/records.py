"""JSON Lines of articles: ``{id, url, title, published, source, language, text | html}``.

One object per line; missing fields are fine and unknown fields ignored. A
line with ``html`` goes through the HTML reader, a line with ``text`` through
the plain-text reader (a clean body passes through it unchanged). A broken
line becomes a ``ReadFailure`` at ``path:LINE`` and the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError, MalformedInputError, NoBodyError
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
