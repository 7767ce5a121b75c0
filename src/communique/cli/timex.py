"""``communique timex TEXT --published DATETIME``: temporal expressions as JSON Lines."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys

from ..config import Config
from ..errors import InputError
from ..model import to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "timex", help="normalise the temporal expressions of a text",
        description="Print one JSON object per date expression in TEXT, normalised against "
        "the publication time.",
    )
    p.add_argument("text", metavar="TEXT", help="the text, or - to read it from stdin")
    p.add_argument("--published", metavar="DATETIME", default=None,
                   help="publication date or time, ISO 8601 (2024-06-14 or "
                   "2024-06-14T07:38+09:00); without it only dates naming their year resolve")
    p.add_argument("--parse", action="store_true",
                   help="parse with the spaCy model for tense (slower; default: cue words)")
    p.add_argument("--model", default=None, help="spaCy pipeline name (with --parse)")
    p.set_defaults(handler=run)


def parse_published(value: str | None) -> dt.datetime | dt.date | None:
    """An ISO 8601 date or date-time given on the command line."""
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
            return dt.date.fromisoformat(value.strip())
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(
            f"--published {value!r} is not an ISO 8601 date or time; "
            f"write it like 2024-06-14 or 2024-06-14T07:38+09:00"
        ) from exc


def run(args: argparse.Namespace) -> int:
    from ..timex import find_timexes

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        published = parse_published(args.published)
    except InputError as exc:  # bad usage, not a failed input: exit 2
        print(f"communique: {exc}", file=sys.stderr)
        return 2
    doc = None
    if args.parse:
        from ..nlp import Parser

        doc = Parser(Config.from_env(model=args.model))(text)
    for timex in find_timexes(text, published, doc=doc):
        print(json.dumps(to_dict(timex), ensure_ascii=False))
    return 0

