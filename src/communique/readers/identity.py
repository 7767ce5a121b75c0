"""Stable article ids: the same input gives the same id, run after run."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track a click, not name a page.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ocid", "cmpid", "ref", "src")


def canonical_url(url: str | None) -> str | None:
    """``url`` with scheme and host lower-cased, fragment and tracking parameters removed."""
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme or not parts.netloc:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING_PREFIXES)]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def article_id(url: str | None, text: str, given: str | None = None) -> str:
    """An id given by the source, else a hash of the canonical URL, else of the text."""
    if given and str(given).strip():
        return str(given).strip()
    key = canonical_url(url)
    basis = f"url:{key}" if key else f"text:{' '.join(text.split())}"
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
