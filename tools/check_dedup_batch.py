"""Check a batch of dedup fixtures before it joins tests/fixtures/dedup.

    python tools/check_dedup_batch.py DIR PREFIX      # DIR holds articles.jsonl, pairs.json
    python tools/check_dedup_batch.py --avoid FIXTURES > avoid.txt

The first form checks what tests/fixtures/dedup/BRIEF.md asks of a batch
(ids with the batch prefix, fictional outlets, ISO dates with an offset, text
length, every article paired, PLOVER categories, a balanced share of "same")
and exits 1 listing every problem. The second lists the date and title of
every fixture article so far (the main set and the holdout), for the writer
to avoid the happenings already used. Standard library only: a writer runs it
without the project installed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

CATEGORIES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                        "MOBILIZE", "COERCE", "ASSAULT"})
FIELDS = ("id", "url", "source", "published", "title", "language", "text")
WORDS = (50, 220)
PAIRS = (85, 100)
SAME_SHARE = (0.42, 0.55)
URL = re.compile(r"https://[a-z0-9-]+\.example/")


def check_articles(path: Path, prefix: str) -> tuple[dict[str, dict], list[str]]:
    articles: dict[str, dict] = {}
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"articles line {number}: bad JSON ({error})")
            continue
        ident = str(article.get("id", ""))
        problems += [f"articles line {number}: missing {k}" for k in FIELDS
                     if not isinstance(article.get(k), str) or not article[k].strip()]
        if not ident.startswith(prefix + "-"):
            problems.append(f"{ident}: id must start with {prefix}-")
        if ident in articles:
            problems.append(f"{ident}: duplicate id")
        try:
            if datetime.fromisoformat(article.get("published", "")).tzinfo is None:
                problems.append(f"{ident}: published needs a UTC offset")
        except (TypeError, ValueError):
            problems.append(f"{ident}: published is not ISO 8601")
        if article.get("language") != "en":
            problems.append(f"{ident}: language must be en")
        words = len(str(article.get("text", "")).split())
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{ident}: text has {words} words ({WORDS[0]}-{WORDS[1]})")
        if not URL.match(str(article.get("url", ""))):
            problems.append(f"{ident}: url must be https://<outlet>.example/...")
        articles[ident] = article
    return articles, problems


def check_pairs(path: Path, articles: dict[str, dict]) -> tuple[list[dict], list[str]]:
    pairs = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    seen: set[frozenset] = set()
    for pair in pairs:
        a, b = pair.get("a"), pair.get("b")
        name = f"pair {a} | {b}"
        problems += [f"{name}: missing {k}" for k in ("a", "b", "same", "event", "note") if k not in pair]
        if a not in articles or b not in articles:
            problems.append(f"{name}: names an unknown article")
        if a == b:
            problems.append(f"{name}: the same article twice")
        if pair.get("event") not in CATEGORIES:
            problems.append(f"{name}: {pair.get('event')} is not a PLOVER category")
        if not isinstance(pair.get("same"), bool):
            problems.append(f"{name}: same must be true or false")
        if frozenset((a, b)) in seen:
            problems.append(f"{name}: listed twice")
        seen.add(frozenset((a, b)))
    used = {x for pair in pairs for x in (pair.get("a"), pair.get("b"))}
    problems += [f"{ident}: in no pair" for ident in articles if ident not in used]
    same = sum(bool(p.get("same")) for p in pairs)
    if not PAIRS[0] <= len(pairs) <= PAIRS[1]:
        problems.append(f"{len(pairs)} pairs (want {PAIRS[0]}-{PAIRS[1]})")
    if pairs and not SAME_SHARE[0] <= same / len(pairs) <= SAME_SHARE[1]:
        problems.append(f"'same' share {same / len(pairs):.2f} (want {SAME_SHARE[0]}-{SAME_SHARE[1]})")
    return pairs, problems


def avoid_list(fixtures: Path) -> list[str]:
    """``date  title`` of every fixture article, main set and holdout."""
    lines = []
    for path in (fixtures / "articles.jsonl", fixtures / "holdout" / "articles.jsonl"):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    article = json.loads(line)
                    lines.append(f"{article['published'][:10]}  {article['title']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("prefix", nargs="?")
    parser.add_argument("--avoid", type=Path, metavar="FIXTURES",
                        help="print the date and title of every fixture article in FIXTURES")
    args = parser.parse_args(argv)
    if args.avoid is not None:
        print("\n".join(avoid_list(args.avoid)))
        return 0
    if args.folder is None or args.prefix is None:
        parser.error("give a batch folder and its id prefix, or --avoid FIXTURES")
    articles, problems = check_articles(args.folder / "articles.jsonl", args.prefix)
    pairs, more = check_pairs(args.folder / "pairs.json", articles)
    problems += more
    same = sum(bool(p.get("same")) for p in pairs)
    print(f"{len(articles)} articles, {len(pairs)} pairs, {same} same; "
          f"categories {dict(Counter(p.get('event') for p in pairs))}")
    print("\n".join(problems) if problems else "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
