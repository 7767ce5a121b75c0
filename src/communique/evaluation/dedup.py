"""Cross-article deduplication on the project's own fixtures (``communique eval dedup``).

``tests/fixtures/dedup`` holds short wire-style articles written for this
purpose (``articles.jsonl``) and labelled pairs of them (``pairs.json``):
the same happening told by different outlets on different days, and
different happenings that look alike (same parties another month, same day
another recipient, Geneva vs Vienna, a plan vs a denial). Each pair names the
PLOVER category of the happening it is about.

The whole pipeline runs over every article into a temporary store, so the
figures measure extraction and clustering together:

1. extract   ``extract(read_sources([articles.jsonl]))``
2. store     ``Store.ingest`` into a fresh DuckDB file (clusters are built there)
3. score     a pair is predicted "same" when the lead events of the pair's
             category in the two articles (each article's first event of that
             category, in text order, that the coder took for current news:
             what a wire story is about) share a cluster. An article that
             recalls another happening in the background ("a week after
             Prague expelled two Russian diplomats", "the Houthis, who have
             fought the coalition since 2015") is not thereby about it.

Precision and recall of "same" are reported over all pairs, and again over
the pairs where both articles yielded an event of the category (the
clustering-only figures). Each error is classed as an extraction miss (the
coder found no event of the category in one article), a split (both had one,
no shared cluster) or a merge (a shared cluster for different happenings).

The fixtures belong to the repository, not to ``../shared``: the ``shared``
argument is accepted for the common interface and ignored.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import DataError
from . import Report

if TYPE_CHECKING:
    from ..model import Extraction
    from ..pipeline import Resources
    from ..store import Store

NAME = "dedup"
FIXTURES = Path("tests") / "fixtures" / "dedup"
ARTICLES = "articles.jsonl"
PAIRS = "pairs.json"


@dataclass(frozen=True)
class LabelledPair:
    a: str
    b: str
    same: bool
    event: str
    note: str = ""


@dataclass(frozen=True)
class Mention:
    """One stored event: enough of it to explain a clustering decision."""

    article_id: str
    event: str
    cluster_id: int
    date: str
    enddate: str
    factuality: str
    historical: bool
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    place: str | None
    event_text: str
    named_actor: bool = True  # False: an unattributed mention (``Extraction.unattributed``)

    def describe(self) -> str:
        place = f" @{self.place}" if self.place else ""
        history = " hist" if self.historical else ""
        period = self.date if self.date == self.enddate else f"{self.date}..{self.enddate}"
        actors = '+'.join(self.actors) or ('?' if self.named_actor else '-')
        return (f"c{self.cluster_id} {actors}>"
                f"{'+'.join(self.recipients) or '?'} {period} {self.factuality}{history}"
                f"{place} '{self.event_text}'")


@dataclass(frozen=True)
class PairOutcome:
    pair: LabelledPair
    predicted: bool
    extracted: bool  # both articles yielded an event of the pair's category
    mentions_a: tuple[Mention, ...]
    mentions_b: tuple[Mention, ...]

    @property
    def correct(self) -> bool:
        return self.predicted == self.pair.same

    @property
    def reason(self) -> str:
        if self.correct:
            return "ok"
        if self.predicted:
            return "merged"
        if not self.extracted:
            missing = [x for x, m in ((self.pair.a, self.mentions_a),
                                      (self.pair.b, self.mentions_b)) if _lead(m) is None]
            return "extraction miss: " + ", ".join(missing)
        return "split"


@dataclass(frozen=True)
class Scores:
    pairs: int
    gold_same: int
    predicted_same: int
    true_same: int

    @property
    def precision(self) -> float:
        return self.true_same / self.predicted_same if self.predicted_same else 1.0

    @property
    def recall(self) -> float:
        return self.true_same / self.gold_same if self.gold_same else 1.0

    @classmethod
    def of(cls, outcomes: Iterable[PairOutcome]) -> Scores:
        outcomes = list(outcomes)
        return cls(pairs=len(outcomes),
                   gold_same=sum(o.pair.same for o in outcomes),
                   predicted_same=sum(o.predicted for o in outcomes),
                   true_same=sum(o.predicted and o.pair.same for o in outcomes))


def fixtures_dir(start: Path | None = None, *, fixtures: Path = FIXTURES) -> Path:
    """The ``fixtures`` folder (``tests/fixtures/dedup`` unless told) of the checkout this
    module lives in."""
    here = (start or Path(__file__)).resolve()
    for parent in (here, *here.parents):
        candidate = parent / fixtures
        if (candidate / PAIRS).exists() and (candidate / ARTICLES).exists():
            return candidate
    raise DataError(f"no {fixtures / PAIRS} with {ARTICLES} beside it above {here}; the dedup "
                    "evaluation reads the repository's own fixtures, so run it from a source "
                    "checkout (an installed wheel does not ship tests/)")


def load_pairs(path: Path) -> list[LabelledPair]:
    """Labelled pairs from ``pairs.json``; a malformed entry names itself."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: cannot read the labelled pairs ({exc}); it must be a JSON "
                        "list of {a, b, same, event, note}") from exc
    pairs = []
    for number, item in enumerate(raw, start=1):
        try:
            pairs.append(LabelledPair(a=str(item["a"]), b=str(item["b"]),
                                      same=bool(item["same"]), event=str(item["event"]),
                                      note=str(item.get("note", ""))))
        except (KeyError, TypeError) as exc:
            raise DataError(f"{path}: pair {number} lacks {exc}; each pair needs a, b, same "
                            "and event") from exc
    return pairs


def score_pairs(pairs: Iterable[LabelledPair],
                mentions: Mapping[str, list[Mention]]) -> list[PairOutcome]:
    """Decide each pair from the stored mentions of its two articles."""
    outcomes = []
    for pair in pairs:
        in_a = tuple(m for m in mentions.get(pair.a, ()) if m.event == pair.event)
        in_b = tuple(m for m in mentions.get(pair.b, ()) if m.event == pair.event)
        lead_a, lead_b = _lead(in_a), _lead(in_b)
        shared = lead_a is not None and lead_b is not None and lead_a.cluster_id == lead_b.cluster_id
        outcomes.append(PairOutcome(pair=pair, predicted=shared,
                                    extracted=lead_a is not None and lead_b is not None,
                                    mentions_a=in_a, mentions_b=in_b))
    return outcomes


def _lead(mentions: tuple[Mention, ...]) -> Mention | None:
    """An article's lead event of a category: its first mention in text
    order that is current news (not background history, which has no
    cluster when it has no date) and names who acted, else its first
    current mention that names no one (an article that tells of the
    happening only as "the deployment"), if one was attached to a cluster."""
    current = [m for m in mentions if not m.historical and m.cluster_id is not None]
    return next((m for m in current if m.named_actor), current[0] if current else None)


def cluster_fixtures(folder: Path, pairs: list[LabelledPair], config: Config, *,
                     resources: Resources | None = None) -> dict[str, list[Mention]]:
    """Extract the articles the pairs name, store them, and read back their events."""
    from ..pipeline import extract
    from ..readers import read_sources

    wanted = {x for p in pairs for x in (p.a, p.b)}
    sources = [item for item in read_sources([str(folder / ARTICLES)], config)
               if getattr(item, "id", None) in wanted]
    found = {item.id for item in sources}
    if missing := sorted(wanted - found):
        raise DataError(f"{folder / PAIRS} names articles missing from {ARTICLES}: "
                        f"{', '.join(missing[:5])}; add them or fix the pair")
    return stored_mentions(extract(sources, config, resources=resources), folder / ARTICLES)


def stored_mentions(extractions: Iterable[Extraction], where: Path,
                    inspect: Callable[[Store], None] | None = None) -> dict[str, list[Mention]]:
    """Ingest ``extractions`` into a fresh temporary store and read back
    every article's mentions; ``inspect`` may look at the store before it
    is closed (``tools/dedup_report.py`` reads the clusters' profiles)."""
    from ..store import Store

    with tempfile.TemporaryDirectory(prefix="communique-dedup-") as tmp:
        with Store(Path(tmp) / "dedup.duckdb") as store:
            report = store.ingest(extractions)
            if report.failures:
                article, code, message = report.failures[0]
                raise DataError(f"{where}: article {article} failed ({code}: "
                                f"{message}); fix the fixture")
            if inspect is not None:
                inspect(store)
            rows = store.con.execute(
                "SELECT article_id, event, cluster_id, CAST(date AS VARCHAR), "
                "CAST(enddate AS VARCHAR), factuality, historical, actor_codes, "
                "recipient_codes, coalesce(place_resolved, place), event_text, span_start, text, "
                "true FROM events").fetchall()
            rows += store.con.execute(
                "SELECT article_id, event, cluster_id, CAST(date AS VARCHAR), "
                "CAST(enddate AS VARCHAR), factuality, false, [], [], NULL, event_text, "
                "span_start, text, false FROM unattributed").fetchall()
    # text order: by sentence, then by where the trigger's first word stands in it
    rows.sort(key=lambda r: (r[0], r[11] or 0, _word_at(r[12] or "", r[10] or "")))
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for (article_id, event, cluster_id, date, enddate, factuality, historical, actors,
         recipients, place, event_text, _, _, named_actor) in rows:
        mentions[article_id].append(Mention(
            article_id=article_id, event=event, cluster_id=cluster_id, date=date,
            enddate=enddate, factuality=factuality, historical=bool(historical),
            actors=tuple(actors or ()), recipients=tuple(recipients or ()), place=place,
            event_text=event_text, named_actor=bool(named_actor)))
    return dict(mentions)


def _word_at(sentence: str, event_text: str) -> int:
    """Where the first word of an event's trigger stands in its sentence."""
    words = event_text.split()
    found = sentence.find(words[0]) if words else -1
    return found if found >= 0 else len(sentence)


def evaluate(config: Config, *, limit: int | None = None, folder: Path | None = None,
             resources: Resources | None = None) -> list[PairOutcome]:
    """Every labelled pair (the first ``limit``) with its predicted outcome."""
    folder = folder or fixtures_dir()
    pairs = load_pairs(folder / PAIRS)[:limit] if limit else load_pairs(folder / PAIRS)
    return score_pairs(pairs, cluster_fixtures(folder, pairs, config, resources=resources))


def run(shared: Path | None = None, *, limit: int | None = None,
        config: Config | None = None) -> Report:
    return run_fixtures(NAME, FIXTURES, limit=limit, config=config)


def run_fixtures(name: str, fixtures: Path, *, limit: int | None = None,
                 config: Config | None = None) -> Report:
    """The report of evaluation ``name`` on the pairs in the checkout's ``fixtures`` folder
    (a path relative to the checkout, such as ``tests/fixtures/dedup``)."""
    outcomes = evaluate(config or Config(), limit=limit, folder=fixtures_dir(fixtures=fixtures))
    overall = Scores.of(outcomes)
    clustering = Scores.of(o for o in outcomes if o.extracted)
    errors = [o for o in outcomes if not o.correct]
    metrics: dict[str, float] = {
        "pairs": overall.pairs,
        "gold_same": overall.gold_same,
        "precision": overall.precision,
        "recall": overall.recall,
        "clustering_pairs": clustering.pairs,
        "clustering_precision": clustering.precision,
        "clustering_recall": clustering.recall,
        "extraction_misses": sum(o.reason.startswith("extraction") for o in errors),
        "splits": sum(o.reason == "split" for o in errors),
        "merges": sum(o.reason == "merged" for o in errors),
    }
    return Report(name=name, metrics=metrics, table=error_table(errors),
                  notes=(f"pairs from {fixtures.as_posix()}; a pair is 'same' when one "
                         "cluster holds an event of its category from both articles",))


def error_table(errors: list[PairOutcome]) -> str:
    if not errors:
        return "no errors"
    lines = ["errors (gold, category, a | b, reason, then each article's events "
             "of the category):"]
    for o in errors:
        gold = "same" if o.pair.same else "diff"
        lines.append(f"- {gold} {o.pair.event} {o.pair.a} | {o.pair.b}: {o.reason}"
                     f"  ({o.pair.note})")
        for name, found in ((o.pair.a, o.mentions_a), (o.pair.b, o.mentions_b)):
            for m in found:
                lines.append(f"    {name}: {m.describe()}")
    return "\n".join(lines)
