"""JSON Schema (draft 2020-12) of one output line, derived from ``model``.

The schema is built from the same type hints that drive ``to_dict`` and
``from_dict``, so it cannot drift from what ``communique extract`` writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Any, Literal, Union

from .model import Extraction, record_hints

SCHEMA_ID = "https://communique.invalid/schema/extraction.json"


def extraction_schema() -> dict[str, Any]:
    """The schema of one line of ``communique extract`` output."""
    defs: dict[str, Any] = {}
    _schema(Extraction, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "communique extraction (one JSON Lines record per article)",
        **defs[Extraction.__name__],
        "$defs": {k: v for k, v in defs.items() if k != Extraction.__name__},
    }


def _schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(options) < len(typing.get_args(hint))
        parts = [_schema(a, defs) for a in options]
        if nullable:
            parts.append({"type": "null"})
        return parts[0] if len(parts) == 1 else {"anyOf": parts}
    if origin is Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema(a, defs) for a in args],
            "minItems": len(args),
            "maxItems": len(args),
        }
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = record_hints(hint)
            fields = dataclasses.fields(hint)
            defs[name] = {
                "type": "object",
                "description": (hint.__doc__ or name).strip().splitlines()[0],
                "properties": {f.name: _schema(hints[f.name], defs) for f in fields},
                "required": [f.name for f in fields],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    if hint is dt.datetime:
        # Not "format: date-time": RFC 3339 demands an offset, and we write
        # none when the source gives none rather than invent one.
        return {"type": "string", "description": "ISO 8601 date and time, with offset when known"}
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint in simple:
        return {"type": simple[hint]}
    raise TypeError(f"no JSON Schema for type {hint!r}")
