"""Store commands: ``ingest``, ``events``, ``relations``, ``export``."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError, RecordError
from ..model import PLOVER_CATEGORIES, Extraction, from_dict
from .extract import add_config_arguments, config_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "ingest", help="extract articles and add them to the store",
        description="Extract articles and write them into the DuckDB store. The same "
        "article again changes nothing; a new version of an article replaces its events.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db_argument(p)
    p.add_argument("--extractions", action="store_true",
                   help="PATHs are `communique extract` output (JSON Lines): store them "
                   "without extracting again")
    add_config_arguments(p)
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(handler=run_ingest)

    p = subparsers.add_parser(
        "events", help="query events (clusters, or mentions with --mentions)",
        description="Query the store. Rows are event clusters (one per happening) unless "
        "--mentions is given.")
    _db_argument(p)
    p.add_argument("--actor", help="country or organisation code, or words of a name")
    p.add_argument("--recipient", help="country or organisation code, or words of a name")
    p.add_argument("--dyad", action="store_true",
                   help="with --actor and --recipient: either direction")
    p.add_argument("--event", action="append", default=[], choices=PLOVER_CATEGORIES,
                   metavar="CATEGORY", help="PLOVER category (repeatable)")
    p.add_argument("--factuality", action="append", default=[],
                   choices=("asserted", "future", "hypothetical", "negated"))
    history = p.add_mutually_exclusive_group()
    history.add_argument("--historical", dest="historical", action="store_true", default=None)
    history.add_argument("--current", dest="historical", action="store_false",
                         help="leave out background history")
    p.add_argument("--from", dest="date_from", type=_date, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, help="YYYY-MM-DD")
    p.add_argument("--place", help="country code or words of a place name")
    p.add_argument("--text", help="words that must occur in the evidence sentence")
    p.add_argument("--mentions", action="store_true", help="every mention, not clusters")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--format", choices=("table", "jsonl", "csv", "parquet"), default="table")
    p.add_argument("-o", "--output", type=Path, help="file to write (required for parquet)")
    p.set_defaults(handler=run_events)

    p = subparsers.add_parser(
        "relations", help="a dyad's event series and relation claims",
        description="Clusters between A and B (either direction) per week or month, by "
        "quad class, with mean intensity, and the relation claims of the same periods.")
    p.add_argument("a", help="country or organisation code, e.g. RUS")
    p.add_argument("b", help="country or organisation code, e.g. PRK")
    _db_argument(p)
    p.add_argument("--interval", choices=("week", "month"), default="month")
    p.add_argument("--from", dest="date_from", type=_date)
    p.add_argument("--to", dest="date_to", type=_date)
    p.add_argument("--include-historical", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_relations)

    p = subparsers.add_parser(
        "export", help="export the store as POLECAT, GDELT or Parquet",
        description="Export event clusters with POLECAT or GDELT 1.0 column names "
        "(tab-separated), or every table as Parquet files in a folder.")
    _db_argument(p)
    p.add_argument("--format", choices=("polecat", "gdelt", "parquet"), required=True)
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="file (polecat, gdelt) or folder (parquet)")
    p.set_defaults(handler=run_export)


def _db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=None,
                   help="database file (default $COMMUNIQUE_DB or ./communique.duckdb)")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def run_ingest(args: argparse.Namespace) -> int:
    from ..store import Store

    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        raise ConfigError(f"no such file or folder: {missing[0]}")
    if args.extractions:
        lines: Iterable[Extraction] = _read_extractions(args.paths)
    else:
        from ..pipeline import extract
        from ..readers import read_sources

        config = config_from_args(args)
        lines = extract(read_sources(args.paths, config), config)
    if not args.no_progress:
        from tqdm import tqdm

        lines = tqdm(lines, desc="ingest", unit=" art", file=sys.stderr, disable=None)
    with Store(args.db) as store:
        report = store.ingest(lines, inputs=args.paths)
        counts = store.counts()
    print(f"run {report.run_id}: {report.added} added, {report.replaced} replaced, "
          f"{report.unchanged} unchanged, {report.failed} failed; store holds "
          f"{counts['articles']} articles, {counts['events']} events in "
          f"{counts['clusters']} clusters, and {counts['unattributed']} mentions naming no "
          f"doer ({counts['attached']} attached to a cluster)", file=sys.stderr)
    for origin, code, message in report.failures[:20]:
        print(f"  failed: {origin}: [{code}] {message}", file=sys.stderr)
    return 1 if report.failed else 0


def _read_extractions(paths: list[str]) -> Iterator[Extraction]:
    for path in paths:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield from_dict(Extraction, json.loads(line))
                except (json.JSONDecodeError, RecordError) as exc:
                    raise RecordError(f"{path}:{number} is not a communique extraction "
                                      f"line: {exc}") from exc


def run_events(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..store.queries import EventQuery

    query = EventQuery(actor=args.actor, recipient=args.recipient, dyad=args.dyad,
                       event=tuple(args.event), factuality=tuple(args.factuality),
                       historical=args.historical, date_from=args.date_from,
                       date_to=args.date_to, place=args.place, text=args.text,
                       mentions=args.mentions, limit=args.limit)
    if args.format == "parquet" and not args.output:
        raise ConfigError("--format parquet needs --output FILE")
    with Store(args.db, read_only=True) as store:
        rows = list(store.events(query))
        if args.format == "parquet":
            _write_parquet(store, rows, args.output)
            return 0
    with _output(args.output) as out:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            _write_csv(rows, out)
        else:
            _write_table(rows, out, mentions=args.mentions)
    return 0


def _write_parquet(store: Any, rows: list[dict[str, Any]], path: Path) -> None:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as tmp:
        for row in rows:
            tmp.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
    out = str(path).replace("'", "''")
    store.con.execute(f"COPY (SELECT * FROM read_json_auto('{tmp.name}')) TO '{out}' "
                      f"(FORMAT PARQUET)")
    Path(tmp.name).unlink()


def _write_csv(rows: list[dict[str, Any]], out: Any) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})


def _write_table(rows: list[dict[str, Any]], out: Any, *, mentions: bool) -> None:
    if mentions:
        cols = [("date", 10), ("event", 9), ("factuality", 12), ("actor", 14),
                ("recipient", 14), ("source", 14), ("text", 60)]
        for row in rows:
            row["actor"] = ",".join(e.get("country") or e.get("org") or e["name"]
                                    for e in row["actor"])
            row["recipient"] = ",".join(e.get("country") or e.get("org") or e["name"]
                                        for e in row["recipient"])
    else:
        cols = [("date", 10), ("event", 9), ("actor_codes", 12), ("recipient_codes", 12),
                ("planned", 7), ("happened", 8), ("n_mentions", 5), ("n_sources", 5),
                ("evidence", 60)]
    out.write("  ".join(name[:width].ljust(width) for name, width in cols) + "\n")
    for row in rows:
        out.write("  ".join(_flat(row.get(name))[:width].ljust(width)
                            for name, width in cols) + "\n")
    out.write(f"({len(rows)} {'mentions' if mentions else 'clusters'})\n")


def run_relations(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        series = store.dyad_series(args.a.upper(), args.b.upper(), interval=args.interval,
                                   date_from=args.date_from, date_to=args.date_to,
                                   include_historical=args.include_historical)
    if args.json:
        from dataclasses import asdict

        print(json.dumps(asdict(series), default=_json_default, ensure_ascii=False, indent=2))
        return 0
    print(f"{series.a} - {series.b}, clusters per {series.interval} by quad class")
    print(f"{'period':<12}{'quad':>5}{'clusters':>10}{'mentions':>10}{'intensity':>11}")
    for p in series.periods:
        intensity = "" if p.mean_intensity is None else f"{p.mean_intensity:.2f}"
        print(f"{p.period.isoformat():<12}{p.quad_code or '':>5}{p.clusters:>10}"
              f"{p.mentions:>10}{intensity:>11}")
    if series.claims:
        print("\nrelation claims")
        for claim in series.claims:
            print(f"{claim['date']}  {claim['stance'] or '-':<12}{claim['trend'] or '-':<14}"
                  f"{claim['text'][:80]}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..store.export import export

    with Store(args.db, read_only=True) as store:
        written = export(store.con, args.format, args.output)
    for path in written:
        print(path, file=sys.stderr)
    return 0


class _output:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    def __enter__(self) -> Any:
        self.handle = open(self.path, "w", encoding="utf-8", newline="") if self.path \
            else sys.stdout
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.path:
            self.handle.close()


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, default=_json_default, ensure_ascii=False)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
