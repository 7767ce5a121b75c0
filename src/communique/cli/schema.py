"""``communique schema``: print the JSON Schema of one output line."""

from __future__ import annotations

import argparse
import json

from ..schema import extraction_schema


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("schema", help="print the JSON Schema of one output line",
                              description="Print the JSON Schema (draft 2020-12) of one "
                              "line of `communique extract` output.")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(extraction_schema(), indent=2, ensure_ascii=False))
    return 0
