"""Evaluations against public gold sets (``communique eval NAME``).

Each evaluation is a module of this package with a ``NAME`` and a function
``run(shared: Path, *, limit: int | None, config: Config) -> Report``. The
gold sets live in the ``shared`` folder (``../shared`` beside a checkout) and
are never copied into the project; an evaluation whose data is absent raises
``DataError`` naming the missing file.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

EVALUATIONS = {
    # name: module
    "aeb": "aeb",
    "plover-actors": "plover_actors",
    "timeml": "timeml",
    "geo": "geo",
    "plover-events": "plover_events",
    "dedup": "dedup",
    "dedup-holdout": "dedup_holdout",
}


@dataclass(frozen=True)
class Report:
    """What an evaluation measured: named figures and a readable table."""

    name: str
    metrics: dict[str, float]
    table: str = ""
    notes: tuple[str, ...] = field(default=())

    def render(self) -> str:
        lines = [f"== {self.name}"]
        width = max((len(k) for k in self.metrics), default=0)
        lines += [f"{k:<{width}}  {_fmt(v)}" for k, v in self.metrics.items()]
        if self.table:
            lines += ["", self.table.rstrip()]
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


def _fmt(value: float) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f"{value:.4f}" if abs(value) < 100 else f"{value:,.1f}"


def default_shared() -> Path:
    """``../shared`` beside the working directory or beside this checkout."""
    here = Path(__file__).resolve()
    for candidate in (Path.cwd() / ".." / "shared", *(p / ".." / "shared" for p in here.parents)):
        if (candidate / "DESIGN.md").exists():
            return candidate.resolve()
    return (Path.cwd() / ".." / "shared").resolve()


def load_evaluation(name: str):
    if name not in EVALUATIONS:
        from ..errors import ConfigError

        raise ConfigError(f"unknown evaluation {name!r}; choose from {sorted(EVALUATIONS)}")
    return importlib.import_module(f"{__name__}.{EVALUATIONS[name]}")
