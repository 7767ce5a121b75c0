"""Words per second: the whole pipeline vs bare ``nlp.pipe`` on the same texts.

    python bench/extract_speed.py [--limit 300] [--category politics] [--n-process 1] [--repeat 2]

Reads BBC articles from ../shared/corpora/bbc (title on the first line, no
dates: a fixed publication date is used), then times, on the same texts:
1. bare ``nlp.pipe`` with the configured model and batch size;
2. ``communique.pipeline.extract`` (parse + every enabled stage).
Both runs load the model before the clock starts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from communique.config import Config
from communique.evaluation import default_shared
from communique.model import Article
from communique.pipeline import Resources, extract

PUBLISHED = dt.datetime(2005, 3, 1, 12, 0, tzinfo=dt.timezone.utc)


def bbc_articles(shared: Path, category: str, limit: int) -> list[Article]:
    folder = shared / "corpora" / "bbc" / category
    if not folder.is_dir():
        sys.exit(f"no BBC corpus at {folder}")
    articles = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        title, _, body = raw.partition("\n")
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        articles.append(Article(id=path.stem, title=title.strip(), text="\n\n".join(paragraphs),
                                published=PUBLISHED, language="en", origin=str(path)))
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--category", default="politics")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each (best kept)")
    args = ap.parse_args()
    articles = bbc_articles(args.shared or default_shared(), args.category, args.limit)
    words = sum(len(a.text.split()) for a in articles)
    config = Config.from_env(n_process=args.n_process)
    resources = Resources.load(config)

    # Warm up both paths, then time them alternately and keep each one's best
    # run, so that a busy machine or a cold cache does not favour either.
    list(extract(articles[:5], config, resources=resources))
    bare = full = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _ in resources.parser.pipe(a.text for a in articles):
            pass
        bare = min(bare, time.perf_counter() - start)
        start = time.perf_counter()
        lines = list(extract(articles, config, resources=resources))
        full = min(full, time.perf_counter() - start)

    events = sum(len(x.events) for x in lines)
    print(f"articles {len(articles)}  words {words:,}  model {resources.parser.model_name}  "
          f"n_process {config.n_process}")
    print(f"bare nlp.pipe     {words / bare:8.0f} words/s  ({bare:.1f} s)")
    print(f"communique extract {words / full:8.0f} words/s  ({full:.1f} s)  events {events}")
    print(f"ratio              {bare / full:8.2%} of bare parse speed")


if __name__ == "__main__":
    main()
