"""How much actor resolution adds to parsing, on BBC politics articles.

    python bench/actors_speed.py [--limit 200] [--shared ../shared] [--model M]

Parses the articles with ``nlp.pipe`` (timed), then resolves actors in every
parsed document (timed separately), and prints both and their ratio. The
target is that resolution adds under 10 % to parse time. The knowledge base
is loaded once before timing (its load time is printed too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from communique.actors import resolve_actors
from communique.config import Config
from communique.evaluation import default_shared
from communique.kb import KnowledgeBase
from communique.model import Article
from communique.nlp import Parser

# BBC files carry no date: resolve as of a fixed day in the corpus' period.
CORPUS_DAY = dt.datetime(2005, 3, 1)


def read_bbc(folder: Path, limit: int) -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        title, _, body = raw.partition("\n")
        articles.append(Article(id=path.stem, title=title.strip(), text=body.strip(), published=CORPUS_DAY))
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    folder = (args.shared or default_shared()) / "corpora" / "bbc" / "politics"
    if not folder.is_dir():
        raise SystemExit(f"BBC politics corpus not found at {folder}; pass --shared")
    articles = read_bbc(folder, args.limit)
    config = Config.from_env(model=args.model)
    parser = Parser(config)
    t0 = time.perf_counter()
    kb = KnowledgeBase.load()
    kb_load = time.perf_counter() - t0
    list(parser.pipe(["warm up the pipeline."]))

    t0 = time.perf_counter()
    docs = list(parser.pipe(a.text for a in articles))
    parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    mentions = sum(len(resolve_actors(doc, a, kb)) for a, doc in zip(articles, docs))
    resolve = time.perf_counter() - t0

    tokens = sum(len(d) for d in docs)
    print(f"articles {len(articles)}  tokens {tokens:,}  actor mentions {mentions:,}")
    print(f"kb load      {kb_load:8.2f} s (once per run)")
    print(f"parse        {parse:8.2f} s  ({tokens / parse:,.0f} tokens/s)")
    print(f"resolution   {resolve:8.2f} s  ({1000 * resolve / len(articles):.2f} ms/article)")
    print(f"resolution / parse = {100 * resolve / parse:.1f} %  (target < 10 %)")


if __name__ == "__main__":
    main()
