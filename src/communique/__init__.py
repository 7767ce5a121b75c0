"""communique: code international-affairs news into events.

Who did what to whom, when, where, how certain it is, and which sentence
says so. The public Python API is re-exported here (lazily, so importing the
package loads no model and reads no data)::

    from communique import Config, extract, read_sources
    for line in extract(read_sources(["article.txt"], Config())):
        print(line.events)
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Config": "config",
    "SETTINGS": "config",
    "extract": "pipeline",
    "analyse_article": "pipeline",
    "Resources": "pipeline",
    "read_sources": "readers",
    "read_bytes": "readers",
    "ReadFailure": "readers",
    "Parser": "nlp",
    "extraction_schema": "schema",
    "Article": "model",
    "Author": "model",
    "Alternate": "model",
    "Entity": "model",
    "Location": "model",
    "Event": "model",
    "Evidence": "model",
    "RelationClaim": "model",
    "Extraction": "model",
    "Problem": "model",
    "to_dict": "model",
    "from_dict": "model",
    "CommuniqueError": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'communique' has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
