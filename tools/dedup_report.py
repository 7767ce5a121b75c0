"""Where the dedup fixtures' errors come from, batch by batch.

    python tools/dedup_report.py [--cache FILE] [--refresh] [--errors PREFIX]

Extracts every article of tests/fixtures/dedup once, in two processes (about
90 s here), and keeps the extractions in ``--cache`` (default
``.dedup-extractions.pickle`` in the working directory) so that a change to
clustering alone is measured again in about 40 s; ``--refresh`` extracts
again after a change to the coder. It then stores them as ``communique eval
dedup`` does and prints:

- precision and recall over all pairs, the open batches and the kept-out
  ones, and for each kept-out batch (``KEPT_OUT``);
- for the splits (both articles had an event of the category, no shared
  cluster), which test of ``store.clusters`` the two lead mentions' clusters
  fail (``diagnose``), counted;
- with ``--errors PREFIX``, the error table of the open batch PREFIX (such as
  ``b44``, or ``open`` for all of them). Kept-out batches are refused: their
  figures are measured, their texts are not read, so that they stay a test
  of what the rules do on copy nobody fitted them to.

A figure to report comes from ``communique eval dedup``; this is for
finding what to work on. The cache holds pickled extractions: use only one
this tool wrote.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

from communique.config import Config
from communique.evaluation import dedup
from communique.store import _PROFILE_COLUMNS, _cluster_profile
from communique.store import clusters as C

# Batches kept out of rule writing (see the gate comment in
# tests/test_store_dedup.py): figures only.
KEPT_OUT = ("b49", "b51", "b53", "b54", "b58", "b59", "b60", "b61", "b62")


def _extract_share(args: tuple[Path, list[str]]) -> list[tuple[str, object]]:
    from communique.pipeline import Resources, extract
    from communique.readers import read_sources

    path, ids = args
    config = Config()
    wanted = set(ids)
    items = [i for i in read_sources([str(path)], config) if getattr(i, "id", None) in wanted]
    return [(x.article.id, x) for x in extract(items, config, resources=Resources.load(config))]


def extractions(folder: Path, cache: Path, refresh: bool) -> dict[str, object]:
    """{article id: Extraction} of every fixture article, in file order."""
    if cache.exists() and not refresh:
        with cache.open("rb") as f:
            return pickle.load(f)
    path = folder / dedup.ARTICLES
    ids = [json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()]
    with Pool(2) as pool:
        shares = pool.map(_extract_share, [(path, ids[k::2]) for k in range(2)])
    found = dict(x for share in shares for x in share)
    ordered = {i: found[i] for i in ids if i in found}
    with cache.open("wb") as f:
        pickle.dump(ordered, f)
    return ordered


def batch_of(pair: dedup.LabelledPair) -> str:
    prefix = pair.a.split("-", 1)[0]
    return prefix if prefix[:1] == "b" and prefix[1:].isdigit() else "first"


def figures(outcomes: list[dedup.PairOutcome]) -> str:
    overall = dedup.Scores.of(outcomes)
    both = dedup.Scores.of(o for o in outcomes if o.extracted)
    reasons = Counter("miss" if o.reason.startswith("extraction") else o.reason
                      for o in outcomes if not o.correct)
    return (f"{overall.pairs:5d} pairs  P {overall.precision:.4f}  R {overall.recall:.4f}  "
            f"clustering P {both.precision:.4f} R {both.recall:.4f}  misses {reasons['miss']}  "
            f"splits {reasons['split']}  merges {reasons['merged']}")


def diagnose(a: C.ClusterProfile, b: C.ClusterProfile) -> list[str]:
    """The tests of ``store.clusters.match_score`` two clusters fail."""
    incidental = C.INCIDENTAL_MODES.get(a.event, frozenset())
    failed = []
    if not C._modes_agree(a.modes - incidental, b.modes - incidental):
        failed.append("mode")
    if not C._factualities_agree(a.factualities, b.factualities):
        failed.append("factuality")
    if not C._periods_agree(a, b):
        failed.append("period")
    if not C._places_agree(a, b):
        failed.append("place")
    if not (a.persons & b.persons
            or C._unplaced_members_agree(a, b) and C._unplaced_members_agree(b, a)):
        failed.append("town-evidence")
    if C._participant_overlap(a, b) is None:
        if a.event in C.JOINT_CATEGORIES:
            failed.append("parties:joint")
        elif a.actors and b.actors and not a.actors & b.actors:
            failed.append("parties:actors")
        elif not a.actors & b.actors:
            failed.append("parties:unnamed-actor")
        else:
            failed.append("parties:recipients")
    return failed or ["fit (order or ambiguity)"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(".dedup-extractions.pickle"))
    parser.add_argument("--refresh", action="store_true", help="extract again")
    parser.add_argument("--errors", metavar="PREFIX", help="error table of an open batch, or 'open'")
    args = parser.parse_args(argv)
    if args.errors in KEPT_OUT:
        parser.error(f"{args.errors} is kept out of rule writing: its figures are printed, "
                     "its texts are not")

    folder = dedup.fixtures_dir()
    extracted = extractions(folder, args.cache, args.refresh)
    profiles: dict[int, C.ClusterProfile] = {}

    def read_profiles(store) -> None:
        rows = store.con.execute(f"SELECT {_PROFILE_COLUMNS} FROM clusters").fetchall()
        profiles.update((row[0], _cluster_profile(row)) for row in rows)

    mentions = dedup.stored_mentions(extracted.values(), folder / dedup.ARTICLES, read_profiles)
    outcomes = dedup.score_pairs(dedup.load_pairs(folder / dedup.PAIRS), mentions)
    by_batch: dict[str, list[dedup.PairOutcome]] = defaultdict(list)
    for outcome in outcomes:
        by_batch[batch_of(outcome.pair)].append(outcome)
    open_ = [o for b, found in by_batch.items() if b not in KEPT_OUT for o in found]
    kept = [o for b, found in by_batch.items() if b in KEPT_OUT for o in found]
    print("all       ", figures(outcomes))
    print("open      ", figures(open_))
    print("kept out  ", figures(kept))
    for batch in KEPT_OUT:
        if by_batch.get(batch):
            print(f"  {batch:8s}", figures(by_batch[batch]))
    for name, chosen in (("open", open_), ("kept out", kept)):
        tests = Counter()
        for o in chosen:
            if o.reason == "split":
                a, b = dedup._lead(o.mentions_a), dedup._lead(o.mentions_b)
                tests[" + ".join(diagnose(profiles[a.cluster_id], profiles[b.cluster_id]))] += 1
        print(f"splits ({name}) by the cluster tests they fail:")
        for test, count in tests.most_common():
            print(f"  {count:4d}  {test}")
    if args.errors:
        chosen = open_ if args.errors == "open" else by_batch.get(args.errors, [])
        print(dedup.error_table([o for o in chosen if not o.correct]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
