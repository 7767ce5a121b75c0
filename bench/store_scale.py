"""The store at scale: ingest overhead, query latency, size on disk.

    python bench/store_scale.py extract CORPUS.jsonl EXTRACTIONS.jsonl [--n-process 2]
    python bench/store_scale.py ingest EXTRACTIONS.jsonl DB.duckdb [--copies N]
    python bench/store_scale.py query DB.duckdb [--repeat 20]

1. ``extract`` times ``communique.pipeline.extract`` over a corpus file (see
   ``bench/corpora.py``) and writes the extraction lines.
2. ``ingest`` times ``Store.ingest`` of those lines, so the ingest overhead
   can be set against the extract time of the same articles. ``--copies N``
   ingests the lines N times under distinct article ids and URLs (suffix
   ``#copyK``) to build a larger store from real extractions; it says so in
   its output, since copies cluster with their originals.
3. ``query`` times a dyad series and filtered event queries (median and
   worst of ``--repeat`` runs) and reports the database size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from communique.config import Config
from communique.model import Extraction, from_dict, replace, to_dict


def cmd_extract(args: argparse.Namespace) -> None:
    from communique.pipeline import extract
    from communique.readers import read_sources

    config = Config.from_env(n_process=args.n_process)
    start = time.perf_counter()
    count = events = 0
    with args.output.open("w", encoding="utf-8") as out:
        for line in extract(read_sources([str(args.corpus)], config), config):
            out.write(json.dumps(to_dict(line), ensure_ascii=False) + "\n")
            count += 1
            events += len(line.events)
    elapsed = time.perf_counter() - start
    print(f"extract: {count} articles, {events} events in {elapsed:.1f} s "
          f"({count / elapsed:.1f} articles/s, n_process {config.n_process})")


def _lines(path: Path, copies: int) -> Iterator[Extraction]:
    for k in range(copies):
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                line = from_dict(Extraction, json.loads(raw))
                if k:
                    article = line.article
                    line = replace(line, article=replace(
                        article, id=f"{article.id}#copy{k}",
                        url=f"{article.url or article.id}#copy{k}",
                        title=f"{article.title or ''} #copy{k}"))
                yield line


def cmd_ingest(args: argparse.Namespace) -> None:
    from communique.store import Store

    # Decode first, so the clock measures the store and not JSON parsing.
    lines = list(_lines(args.extractions, args.copies))
    start = time.perf_counter()
    with Store(args.db) as store:
        report = store.ingest(lines, inputs=[str(args.extractions)])
        counts = store.counts()
    elapsed = time.perf_counter() - start
    print(f"ingest: {report.added} added, {report.unchanged} unchanged, {report.failed} "
          f"failed in {elapsed:.1f} s ({len(lines) / elapsed:.1f} articles/s)"
          + (f"; {args.copies} copies of each line" if args.copies > 1 else ""))
    print(f"store: {counts}")


def cmd_query(args: argparse.Namespace) -> None:
    import datetime as dt

    from communique.store import Store
    from communique.store.queries import EventQuery

    with Store(args.db, read_only=True) as store:
        counts = store.counts()
        top = store.con.execute("""
            SELECT a.country, r.country, count(*) AS n FROM event_entities a
            JOIN event_entities r ON a.event_id = r.event_id AND r.role = 'recipient'
            WHERE a.role = 'actor' AND a.country IS NOT NULL AND r.country IS NOT NULL
              AND a.country <> r.country
            GROUP BY ALL ORDER BY n DESC LIMIT 1""").fetchone()
        a, b = (top[0], top[1]) if top else ("USA", "RUS")
        cases = {
            f"dyad series {a}-{b} by month": lambda: store.dyad_series(a, b),
            f"events actor={a} category ASSAULT,COERCE,SANCTION current": lambda: list(
                store.events(EventQuery(actor=a, event=("ASSAULT", "COERCE", "SANCTION"),
                                        historical=False))),
            "events factuality=future 1987-01-01..1987-12-31": lambda: list(store.events(
                EventQuery(factuality=("future",), date_from=dt.date(1987, 1, 1),
                           date_to=dt.date(1987, 12, 31)))),
            "events text='talks' mentions": lambda: list(store.events(
                EventQuery(text="talks", mentions=True, limit=500))),
        }
        print(f"store: {counts}; size {args.db.stat().st_size / 1e6:.1f} MB")
        for name, run in cases.items():
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                run()
                times.append((time.perf_counter() - start) * 1000)
            print(f"{name:<60} median {statistics.median(times):7.1f} ms  "
                  f"worst {max(times):7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("extract")
    p.add_argument("corpus", type=Path)
    p.add_argument("output", type=Path)
    p.add_argument("--n-process", type=int, default=2)
    p.set_defaults(run=cmd_extract)
    p = sub.add_parser("ingest")
    p.add_argument("extractions", type=Path)
    p.add_argument("db", type=Path)
    p.add_argument("--copies", type=int, default=1)
    p.set_defaults(run=cmd_ingest)
    p = sub.add_parser("query")
    p.add_argument("db", type=Path)
    p.add_argument("--repeat", type=int, default=20)
    p.set_defaults(run=cmd_query)
    args = ap.parse_args()
    args.run(args)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
