"""``communique places TEXT``: geocode the place names in a text, one JSON object per mention."""

from __future__ import annotations

import argparse
import json
import sys

from ..config import Config
from ..errors import EmptyInputError
from ..model import to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "places", help="geocode the place names in a text",
        description="Print one JSON object per place mention in TEXT (- reads standard "
        "input): the span, and the GeoNames place it resolves to. Metonymic uses "
        "(\"Pyongyang said\") and nationality words are not places.")
    p.add_argument("text", metavar="TEXT", help="the text, or - for standard input")
    p.add_argument("--country", action="append", default=[], metavar="ISO3",
                   help="a country the text is about (ISO alpha-3); may repeat")
    p.add_argument("--model", default=None, help="spaCy pipeline name")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..gazetteer import Gazetteer
    from ..nlp import Parser
    from ..places import resolve_places

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise EmptyInputError(
            "places: the text is empty; pass the text as an argument or - with text on stdin")
    parser = Parser(Config.from_env(model=args.model))
    mentions = resolve_places(parser(text), Gazetteer.load(),
                              context_countries=tuple(c.upper() for c in args.country))
    for mention in mentions:
        print(json.dumps(to_dict(mention), ensure_ascii=False))
    return 0
