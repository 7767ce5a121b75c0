"""Known news sources: canonical names, domains, home time zones.

``data/sources.json`` lists major international outlets. A reader asks the
table which source a URL, an e-mail address or a printed name belongs to, and
takes the source's home time zone for times printed without a zone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from ..errors import DataError


@dataclass(frozen=True)
class NewsSource:
    name: str
    domains: tuple[str, ...]
    email_domains: tuple[str, ...]
    timezone: str | None
    language: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceTable:
    sources: tuple[NewsSource, ...]

    @classmethod
    def load(cls) -> SourceTable:
        path = resources.files("communique") / "data" / "sources.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(tuple(
                NewsSource(
                    name=s["name"], domains=tuple(s["domains"]),
                    email_domains=tuple(s["email_domains"]), timezone=s["timezone"],
                    language=s["language"], aliases=tuple(s.get("aliases", ())),
                )
                for s in raw["sources"]
            ))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{path}: cannot load the news source table ({exc}); "
                            "fix the file or reinstall communique") from exc

    def by_domain(self, host: str | None) -> NewsSource | None:
        """The source whose web or e-mail domain ``host`` is (or is under)."""
        if not host:
            return None
        host = host.lower().strip(".")
        if host.startswith("www."):
            host = host[4:]
        best: tuple[int, NewsSource] | None = None
        for source in self.sources:
            for domain in (*source.domains, *source.email_domains):
                if host == domain or host.endswith("." + domain):
                    if best is None or len(domain) > best[0]:
                        best = (len(domain), source)
        return best[1] if best else None

    def by_url(self, url: str | None) -> NewsSource | None:
        if not url:
            return None
        try:
            return self.by_domain(urlsplit(url if "//" in url else "//" + url).hostname)
        except ValueError:
            return None

    def by_email(self, email: str | None) -> NewsSource | None:
        if not email or "@" not in email:
            return None
        return self.by_domain(email.rsplit("@", 1)[1])

    def by_name(self, name: str | None) -> NewsSource | None:
        """The source printed as ``name`` ("Reuters", "The Korea Herald", "AFP")."""
        if not name:
            return None
        key = _name_key(name)
        for source in self.sources:
            if key in {_name_key(n) for n in (source.name, *source.aliases)}:
                return source
        return self.by_domain(name) if "." in name and " " not in name.strip() else None


def _name_key(name: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.strip().lower()))
