"""``communique eval NAME``: measure against a public gold set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..config import Config
from ..evaluation import EVALUATIONS, default_shared, load_evaluation


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="measure accuracy and speed on a gold set",
                              description="Measure against the gold sets in ../shared.")
    p.add_argument("name", choices=sorted(EVALUATIONS), help="which evaluation")
    p.add_argument("--shared", type=Path, default=None,
                   help="folder holding eval/ and corpora/ (default: ../shared)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N items")
    p.add_argument("--model", default=None, help="spaCy pipeline name")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    module = load_evaluation(args.name)
    config = Config.from_env(model=args.model)
    report = module.run(args.shared or default_shared(), limit=args.limit, config=config)
    if args.json:
        print(json.dumps({"name": report.name, "metrics": report.metrics}, indent=2))
    else:
        print(report.render())
    return 0
