"""What every reader needs, loaded once per run and passed around."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from ..config import Config
from ..errors import DataError
from ..language import LanguageProfiles
from .sources import SourceTable
from .timestamps import TimestampParser


@dataclass(frozen=True)
class Furniture:
    """Lines of a saved page that are not the article (``data/page_furniture.json``)."""

    skip_links: frozenset[str]
    share_words: frozenset[str]
    share_prefixes: tuple[str, ...]
    tail_markers: frozenset[str]
    tail_patterns: tuple[re.Pattern[str], ...]
    caption_patterns: tuple[re.Pattern[str], ...]
    utility_patterns: tuple[re.Pattern[str], ...]
    date_labels: dict[str, str]
    byline_prefixes: tuple[str, ...]
    byline_roles: frozenset[str]
    breadcrumb_roots: frozenset[str]
    outlet_words: frozenset[str]

    @classmethod
    def load(cls) -> Furniture:
        path = resources.files("communique") / "data" / "page_furniture.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))

            def patterns(key: str) -> tuple[re.Pattern[str], ...]:
                return tuple(re.compile(p, re.I) for p in raw[key])

            return cls(
                skip_links=frozenset(raw["skip_links"]),
                share_words=frozenset(raw["share_words"]),
                share_prefixes=tuple(raw["share_prefixes"]),
                tail_markers=frozenset(raw["tail_markers"]),
                tail_patterns=patterns("tail_patterns"),
                caption_patterns=patterns("caption_patterns"),
                utility_patterns=patterns("utility_patterns"),
                date_labels=dict(raw["date_labels"]),
                byline_prefixes=tuple(sorted(raw["byline_prefixes"], key=len, reverse=True)),
                byline_roles=frozenset(raw["byline_roles"]),
                breadcrumb_roots=frozenset(raw["breadcrumb_roots"]),
                outlet_words=frozenset(raw["outlet_words"]),
            )
        except (OSError, ValueError, KeyError, re.error) as exc:
            raise DataError(f"{path}: cannot load the page-furniture lexicon ({exc}); "
                            "fix the file or reinstall communique") from exc


@dataclass(frozen=True)
class ReadContext:
    config: Config
    sources: SourceTable
    timestamps: TimestampParser
    languages: LanguageProfiles
    furniture: Furniture

    @classmethod
    def load(cls, config: Config) -> ReadContext:
        return cls(config=config, sources=SourceTable.load(), timestamps=TimestampParser.load(),
                   languages=LanguageProfiles.load(), furniture=Furniture.load())
