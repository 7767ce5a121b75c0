"""Body extraction on the Article Extraction Benchmark (``communique eval aeb``).

181 real article pages from 126 sites (``corpora/aeb/html/*.html.gz``) with
the true body of each (``ground-truth.json``). The measure is the
benchmark's own: token-level precision, recall and F1 of the extracted body
against the true body (tokens are runs of word characters, counted as a
multiset), averaged over pages. Plain ``trafilatura.extract`` with default
settings runs on the same pages as the baseline, and the speed of our HTML
reader (body and metadata) is reported in pages per second.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

import trafilatura

from ..config import Config
from ..errors import DataError, InputError
from ..readers.context import ReadContext
from ..readers.decoding import declared_charset, decode
from ..readers.html import read_html
from . import Report

NAME = "aeb"
_TOKEN = re.compile(r"\w+")


def token_scores(predicted: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the word tokens of ``predicted`` against ``truth``."""
    pred, gold = Counter(_TOKEN.findall(predicted)), Counter(_TOKEN.findall(truth))
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    overlap = sum((pred & gold).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(gold.values()) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(shared: Path, *, limit: int | None = None, config: Config | None = None) -> Report:
    config = config or Config()
    root = Path(shared) / "corpora" / "aeb"
    truth_path = root / "ground-truth.json"
    if not truth_path.exists():
        raise DataError(f"{truth_path}: the AEB ground truth is missing; "
                        "pass --shared pointing at the folder holding corpora/aeb")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    pages = []
    for page_id in ids:
        data = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, data, truth[page_id]["articleBody"] or ""))

    ctx = ReadContext.load(config)
    ours, base, failures = [], [], []
    started = time.perf_counter()
    for page_id, data, gold in pages:
        try:
            html = decode(data, page_id, declared=declared_charset(data))
            body = read_html(html, page_id, ctx, url=truth[page_id].get("url")).text
        except InputError as exc:
            failures.append(f"{page_id[:12]}: {exc}")
            body = ""
        ours.append(token_scores(body, gold))
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for page_id, data, gold in pages:
        base.append(token_scores(trafilatura.extract(data) or "", gold))
    base_seconds = time.perf_counter() - started

    n = len(pages)
    mean = lambda scores, i: sum(s[i] for s in scores) / n if n else 0.0  # noqa: E731
    metrics = {
        "pages": n,
        "f1": mean(ours, 2), "precision": mean(ours, 0), "recall": mean(ours, 1),
        "baseline_f1": mean(base, 2), "baseline_precision": mean(base, 0),
        "baseline_recall": mean(base, 1),
        "pages_per_second": n / ours_seconds if ours_seconds else 0.0,
        "baseline_pages_per_second": n / base_seconds if base_seconds else 0.0,
        "failures": len(failures),
    }
    worst = sorted(zip((s[2] for s in ours), ids))[:10]
    table = "worst pages (F1, id):\n" + "\n".join(f"  {f:.3f}  {i[:16]}" for f, i in worst)
    notes = (
        "ours = communique.readers.html.read_html (trafilatura precision mode, recall retry "
        "under 300 chars, plus metadata); baseline = trafilatura.extract defaults",
        *failures,
    )
    return Report(name=NAME, metrics=metrics, table=table, notes=notes)
