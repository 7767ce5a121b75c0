"""Articles from the unlabelled corpora in ../shared/corpora, for benchmarks.

    python bench/corpora.py OUT.jsonl [--only reuters,bbc,guardian] [--limit N]

Writes JSON Lines in the reader's format ({id, url, title, published,
source, language, text}) so that `communique extract` / `ingest` read them as
any user's feed. Reuters-21578 stories keep their 1987 dates, Guardian rows
their 2019 dates; the BBC set has no dates, so a fixed one is used.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from communique.evaluation import default_shared

_REUTERS = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
          for name in ("DATE", "TITLE", "BODY")}
BBC_DATE = "2005-03-01T12:00:00+00:00"


def reuters(shared: Path) -> Iterator[dict]:
    for path in sorted((shared / "corpora" / "reuters21578").glob("*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for match in _REUTERS.finditer(raw):
            story = match.group(2)
            fields = {k: (m.group(1) if (m := rx.search(story)) else "")
                      for k, rx in _FIELD.items()}
            body = html.unescape(fields["BODY"]).replace("\x03", "").strip()
            if not body:
                continue
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s{3,}", body)]
            day = fields["DATE"].strip().split(".")[0]
            yield {"id": f"reuters-{match.group(1)}", "source": "Reuters",
                   "url": f"reuters21578:{match.group(1)}",
                   "title": html.unescape(fields["TITLE"]).strip().title(),
                   "published": _reuters_date(day), "language": "en",
                   "text": "\n\n".join(p for p in paragraphs if p)}


def _reuters_date(text: str) -> str | None:
    import datetime as dt

    try:
        return dt.datetime.strptime(text, "%d-%b-%Y %H:%M:%S").isoformat()
    except ValueError:
        return None


def bbc(shared: Path) -> Iterator[dict]:
    for path in sorted((shared / "corpora" / "bbc").glob("*/*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        title, _, body = raw.partition("\n")
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        yield {"id": f"bbc-{path.parent.name}-{path.stem}", "source": "BBC",
               "url": f"bbc:{path.parent.name}/{path.stem}", "title": title.strip(),
               "published": BBC_DATE, "language": "en", "text": "\n\n".join(paragraphs)}


def guardian(shared: Path) -> Iterator[dict]:
    path = shared / "corpora" / "guardian_sample.csv"
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {"id": f"guardian-{row['']}", "source": "The Guardian",
                   "url": f"guardian:{row['']}", "title": None,
                   "published": f"{row['date']}T12:00:00+00:00", "language": "en",
                   "text": row["text"].strip()}


CORPORA = {"reuters": reuters, "bbc": bbc, "guardian": guardian}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--only", default="reuters,bbc,guardian")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args()
    shared = args.shared or default_shared()
    count = 0
    with args.output.open("w", encoding="utf-8") as out:
        for name in args.only.split(","):
            for item in CORPORA[name](shared):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
                if args.limit and count >= args.limit:
                    break
    print(f"{count} articles -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
