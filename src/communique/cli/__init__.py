"""The ``communique`` command: a thin layer over importable functions.

Each sub-command lives in a module of this package that defines
``register(subparsers)``; the module's handler returns the exit status:
0 all went well, 1 some inputs failed (each with a recorded reason),
2 bad usage. Errors print as one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import CommuniqueError

COMMAND_MODULES = (
    "extract", "schema", "evaluate", "store", "places", "actors", "timex",
)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Code international-affairs news into events: who did what to whom, "
        "when, where, how certain, and which sentence says so.",
    )
    parser.add_argument("--version", action="version", version=_version())
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.handler(args))
    except CommuniqueError as exc:
        print(f"communique: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.code.startswith("E1") else EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `communique extract ... | head`
        return EXIT_OK


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"communique {version('communique')}"
    except PackageNotFoundError:
        return "communique (not installed)"
