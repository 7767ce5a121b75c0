"""Cross-article deduplication on a held-out set (``communique eval dedup-holdout``).

``tests/fixtures/dedup/holdout`` has the same layout as ``tests/fixtures/dedup``
(``articles.jsonl`` and ``pairs.json``) but was written blind, without looking
at the coder or at the tuning pairs, and nothing is tuned on it: its figures
are a measure of how the clustering generalises, not a gate. It holds 52
pairs written first and 46 (ids "b5-") written blind by a helper session on
2026-11-29, after the rules of that day; their first run, before joining
the set, gave precision 0.833 and recall 0.417. The scoring is
that of :mod:`communique.evaluation.dedup`; the ``shared`` argument is
accepted for the common interface and ignored.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from . import Report
from .dedup import FIXTURES, run_fixtures

NAME = "dedup-holdout"
HOLDOUT = FIXTURES / "holdout"


def run(shared: Path | None = None, *, limit: int | None = None,
        config: Config | None = None) -> Report:
    return run_fixtures(NAME, HOLDOUT, limit=limit, config=config)
