"""Offline language identification: scripts first, then stopword profiles.

``detect_language`` answers with an ISO 639-1 code, or ``None`` when the text
is too short to tell. Non-Latin scripts decide by themselves (Hangul is
Korean, kana is Japanese, Cyrillic is Russian unless Ukrainian letters show);
Latin-script text is scored against profiles of the commonest function words
of each language. The knowledge lives in ``data/languages.json``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from .errors import DataError

# Fewer letters than this and no language is claimed. Tuned by hand: a
# headline of eight words is still ambiguous between Romance languages.
MIN_LETTERS = 20
# Latin-script words looked at; the opening of an article is enough.
MAX_WORDS = 400
# A script decides the language when at least this share of letters is in it.
SCRIPT_SHARE = 0.3
# The best stopword profile must cover at least this share of the words.
MIN_STOPWORD_SHARE = 0.08

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageProfiles:
    """Scripts, stopword profiles and language-menu names, from package data."""

    scripts: tuple[tuple[int, int, str], ...]
    refinements: dict[str, dict[str, str]]
    stopwords: dict[str, frozenset[str]]
    endonyms: dict[str, str]

    @classmethod
    def load(cls) -> LanguageProfiles:
        path = resources.files("communique") / "data" / "languages.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                scripts=tuple((int(lo, 16), int(hi, 16), code) for lo, hi, code in raw["scripts"]),
                refinements=raw["script_refinements"],
                stopwords={k: frozenset(v) for k, v in raw["stopwords"].items()},
                endonyms=raw["endonyms"],
            )
        except (OSError, ValueError, KeyError) as exc:
            raise DataError(f"{path}: cannot load language profiles ({exc}); "
                            "reinstall communique or fix the file") from exc

    def script_of(self, char: str) -> str | None:
        point = ord(char)
        for lo, hi, code in self.scripts:
            if lo <= point <= hi:
                return code
        return None

    def language_named(self, label: str) -> str | None:
        """The language a language-menu label names ("한국어" -> "ko")."""
        return self.endonyms.get(label.strip())

    def detect(self, text: str) -> str | None:
        letters = [c for c in text[:20_000] if c.isalpha()]
        if len(letters) < MIN_LETTERS:
            return None
        scripts = Counter(self.script_of(c) for c in letters)
        # Japanese mixes kana with Han characters: any real share of kana decides.
        if scripts["ja"] >= 0.1 * len(letters):
            return "ja"
        script, count = max(((s, n) for s, n in scripts.items() if s), key=lambda x: x[1],
                            default=(None, 0))
        if script and count >= SCRIPT_SHARE * len(letters):
            chars = set(letters)
            for variant, markers in self.refinements.get(script, {}).items():
                if chars & set(markers):
                    return variant
            return script
        return self._by_stopwords(text)

    def _by_stopwords(self, text: str) -> str | None:
        words = [w.lower() for w in _WORD.findall(text[:20_000])][:MAX_WORDS]
        if len(words) < 4:
            return None
        scores = {lang: sum(w in stops for w in words) for lang, stops in self.stopwords.items()}
        best = max(scores, key=lambda lang: scores[lang])
        if scores[best] < MIN_STOPWORD_SHARE * len(words):
            return None
        return best


def detect_language(text: str, profiles: LanguageProfiles | None = None) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in, or None if unsure."""
    return (profiles or LanguageProfiles.load()).detect(text)
