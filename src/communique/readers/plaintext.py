"""Plain text saved from a news page: keep the article, drop the furniture.

A page saved as text carries the site around the article: skip links, the
headline twice, "Posted ..." and "Updated ..." lines, a language menu, share
buttons, breadcrumbs, a byline with an e-mail address, "Related articles".
``read_text_page`` reads it in four steps:

1. cut the text into units: one per line, hard-wrapped lines joined;
2. classify each unit with small line classifiers (``classify``) whose
   vocabulary is data (``data/page_furniture.json``, ``languages.json``);
3. keep the first real line as the title, the prose as the body, and note
   times, authors, alternate languages and the source from the furniture;
4. recognise the source (e-mail domain, URL, printed name) and read the
   times in its home zone unless the page names a zone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import NoBodyError
from ..model import Alternate, Article, Author
from .context import ReadContext
from .identity import article_id
from .sources import NewsSource

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = re.compile(r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_EDGE = " \t.,:;|-–—•·>»«<#*_~=+!?\"'“”‘’()[]"
_WEEKDAYS = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?\b\.?", re.I)
_BREADCRUMB_SEP = re.compile(r"\s+(?:>|›|»|/|\\|→)\s+")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|la|le)-?)$")
_NAME_PARTICLES = {"al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "la", "le"}
# A line this long or longer is prose, never furniture (except a byline with an e-mail).
MAX_FURNITURE_WORDS = 14
# A headline is shorter than this; a longer first line is already prose.
MAX_TITLE_WORDS = 30
# Lines joined as one paragraph when a block's lines are at least this long
# and do not end a sentence: the text was hard-wrapped.
WRAP_MIN_CHARS = 50


@dataclass
class _Page:
    """What the classifiers found, filled while walking the units."""

    title: str | None = None
    body: list[str] = field(default_factory=list)
    date_lines: list[tuple[str, str]] = field(default_factory=list)  # (role, line)
    authors: list[Author] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)
    source_names: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    in_tail: bool = False
    expect_title: bool = True


def read_text_page(
    text: str, origin: str, ctx: ReadContext, *, url: str | None = None,
    source: str | None = None, language: str | None = None, given_id: str | None = None,
    title: str | None = None, find_title: bool = True,
) -> Article:
    """An ``Article`` from the text of a saved news page; ``NoBodyError`` if no prose.

    ``title`` given (or ``find_title`` false, for a body known to be clean)
    means no line of the text is taken for the headline.
    """
    page = _Page(title=title, expect_title=find_title and not title)
    for unit in units(text):
        _classify_into(page, unit, ctx)
    if not page.body:
        raise NoBodyError(f"{origin}: no article paragraphs found in the text "
                          f"({'title only' if page.title else 'only page furniture'}); "
                          "check that the file holds the article body")
    body = "\n\n".join(page.body)
    news_source = _recognise_source(page, ctx, url=url, printed=source)
    home_zone = (news_source.timezone if news_source else None) or ctx.config.default_timezone
    published, updated = _times(page, ctx, home_zone)
    lang = language or ctx.languages.detect(body)
    alternates = tuple(Alternate(language=code) for code in dict.fromkeys(page.alternates)
                       if code != lang)
    return Article(
        id=article_id(url, body, given_id),
        text=body,
        url=url,
        source=news_source.name if news_source else (source or _printed_outlet(page)),
        title=page.title,
        published=published,
        updated=updated,
        authors=tuple(dict.fromkeys(page.authors)),
        language=lang,
        alternates=alternates,
        origin=origin,
    )


def units(text: str) -> list[str]:
    """Lines of ``text``, spaces normalised, hard-wrapped lines joined."""
    found: list[str] = []
    for block in re.split(r"\n[ \t\u00a0\u3000]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [clean for raw in block.split("\n") if (clean := _SPACES.sub(" ", raw).strip())]
        if len(lines) > 1 and all(
            len(line) >= WRAP_MIN_CHARS and not line.endswith((".", "!", "?", "\"", "”", ":"))
            for line in lines[:-1]
        ):
            found.append(" ".join(lines))
        else:
            found.extend(lines)
    return found


def _classify_into(page: _Page, unit: str, ctx: ReadContext) -> None:
    furniture = ctx.furniture
    key = unit.strip(_EDGE).lower()
    words = unit.split()
    page.domains += [m.group(1).lower() for m in _DOMAIN.finditer(unit) if "@" not in m.group(0)]
    emails = EMAIL.findall(unit)
    if emails and len(words) - len(emails) <= MAX_FURNITURE_WORDS:
        authors, names = byline(unit, ctx)
        page.authors += authors
        page.source_names += names
        return
    if page.in_tail:
        return
    if not key or key in furniture.skip_links or key in furniture.share_words:
        return
    if len(words) <= MAX_FURNITURE_WORDS:
        if key.startswith(furniture.share_prefixes) or _matches(furniture.utility_patterns, key):
            return
        if _matches(furniture.caption_patterns, unit):
            return
        if (codes := language_menu(unit, ctx)) is not None:
            page.alternates += codes
            return
        if (role := date_role(unit, ctx)) is not None:
            page.date_lines.append((role, unit))
            return
        if _is_breadcrumb(unit, ctx):
            return
        if page.body and (key in furniture.tail_markers or _matches(furniture.tail_patterns, key)):
            page.in_tail = True
            return
        if _matches(furniture.tail_patterns, key):
            return
        if key.split(" ", 1)[0] in {p.split(" ", 1)[0] for p in furniture.byline_prefixes}:
            authors, names = byline(unit, ctx)
            if authors:
                page.authors += authors
                page.source_names += names
                return
        if (printed := ctx.sources.by_name(unit.strip(_EDGE))) is not None:
            page.source_names.append(printed.name)  # a credit line: "(Yonhap)", "— AFP"
            return
    if page.expect_title:
        page.expect_title = False
        if len(words) > MAX_TITLE_WORDS or (len(words) > 20 and unit.endswith(".")):
            page.body.append(unit)  # prose first: the page has no headline line
        elif len(words) >= 3:
            page.title = unit
        else:
            page.expect_title = True  # a short line before the title: a section label
        return
    if page.title and _same_text(unit, page.title):
        return  # the headline repeated
    page.body.append(unit)


def language_menu(line: str, ctx: ReadContext) -> list[str] | None:
    """The languages a language-switch line offers ("한국어 | 日本語"), or None."""
    rest, codes = line, []
    for name in sorted(ctx.languages.endonyms, key=len, reverse=True):
        if name in rest:
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            if pattern.search(rest):
                codes.append(ctx.languages.endonyms[name])
                rest = pattern.sub(" ", rest)
    if codes and not rest.strip(_EDGE + " /\\"):
        return codes
    return None


def date_role(line: str, ctx: ReadContext) -> str | None:
    """``published`` or ``updated`` when ``line`` is a date line, else None."""
    found = ctx.timestamps.find(line)
    if found is None:
        return None
    lower = line.strip(_EDGE).lower()
    for label in sorted(ctx.furniture.date_labels, key=len, reverse=True):
        if re.match(re.escape(label) + r"\b\s*:?", lower):
            return ctx.furniture.date_labels[label]
    # A line that is nothing but a date: weekday, date, time, zone, separators.
    leftover = _WEEKDAYS.sub(" ", line[found.end:] + " " + line[: _date_start(line, ctx)])
    leftover = re.sub(r"\b(at|on|am|pm|a\.m\.|p\.m\.)\b", " ", leftover, flags=re.I)
    if sum(c.isalpha() for c in leftover) <= 3:
        return "date"
    return None


def _date_start(line: str, ctx: ReadContext) -> int:
    match = re.search(r"\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", line, re.I)
    return match.start() if match else 0


def byline(line: str, ctx: ReadContext) -> tuple[list[Author], list[str]]:
    """Authors (with e-mail addresses) and source names printed in a byline."""
    emails = EMAIL.findall(line)
    text = EMAIL.sub(" | ", line)
    lower = text.strip(_EDGE).lower()
    for prefix in ctx.furniture.byline_prefixes:
        if re.match(re.escape(prefix) + r"\b\s*:?", lower):
            text = re.sub(r"^\W*" + re.escape(prefix) + r"\b\s*:?", "", text.strip(), flags=re.I)
            break
    names: list[str] = []
    sources: list[str] = []
    for segment in re.split(r"\s*(?:[|,;/()\[\]<>]|\band\b|&|\s[-–—]\s)\s*", text):
        segment = re.sub(r"\s+in\s+[A-Z][\w .-]*$", "", segment.strip(_EDGE))
        if not segment:
            continue
        if (source := ctx.sources.by_name(segment)) is not None:
            sources.append(source.name)
        elif segment.lower() in ctx.furniture.byline_roles or ctx.timestamps.find(segment):
            continue
        elif set(segment.lower().split()) & ctx.furniture.outlet_words and _is_name(segment):
            sources.append(segment)  # an outlet the source table does not know
        elif _is_name(segment):
            names.append(segment.title() if segment.isupper() else segment)
        else:
            return [], []  # a sentence that starts with "By ...", not a byline
    if len(emails) == len(names):
        authors = [Author(name=n, email=e) for n, e in zip(names, emails)]
    else:
        authors = [Author(name=n) for n in names]
        authors += [Author(name=e.split("@")[0], email=e) for e in emails] if not names else []
    return authors, sources + [e for e in emails if ctx.sources.by_email(e)]


def _is_name(segment: str) -> bool:
    tokens = segment.split()
    if not 1 <= len(tokens) <= 5:
        return False
    if not any(t[0].isupper() for t in tokens):
        return False
    return all(_NAME_TOKEN.match(t) or t.lower() in _NAME_PARTICLES for t in tokens)


def _is_breadcrumb(line: str, ctx: ReadContext) -> bool:
    parts = [p.strip() for p in _BREADCRUMB_SEP.split(line)]
    if len(parts) < 2 or any(not p or len(p.split()) > 4 for p in parts):
        return False
    return len(parts) >= 3 or parts[0].lower() in ctx.furniture.breadcrumb_roots


def _recognise_source(page: _Page, ctx: ReadContext, *, url: str | None,
                      printed: str | None) -> NewsSource | None:
    candidates = [ctx.sources.by_url(url), ctx.sources.by_name(printed)]
    candidates += [ctx.sources.by_email(a.email) for a in page.authors]
    candidates += [ctx.sources.by_name(n) or ctx.sources.by_email(n) for n in page.source_names]
    candidates += [ctx.sources.by_domain(d) for d in page.domains]
    return next((c for c in candidates if c is not None), None)


def _printed_outlet(page: _Page) -> str | None:
    """An outlet named in a byline but not in the source table."""
    return next((n for n in page.source_names if "@" not in n), None)


def _times(page: _Page, ctx: ReadContext, home_zone: str | None
           ) -> tuple[dt.datetime | None, dt.datetime | None]:
    published = updated = None
    for role, line in page.date_lines:
        found = ctx.timestamps.find(line, home_zone)
        if found is None:
            continue
        if role == "updated" and updated is None:
            updated = found.value
        elif role == "published" and published is None:
            published = found.value
        elif role == "date":
            if published is None:
                published = found.value
            elif updated is None:
                updated = found.value
    return published, updated


def _matches(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.fullmatch(text) for p in patterns)


def _same_text(a: str, b: str) -> bool:
    return a.strip(_EDGE).casefold() == b.strip(_EDGE).casefold()
