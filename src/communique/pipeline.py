"""The orchestrator: from sources to one ``Extraction`` per article.

``extract`` is the whole pipeline, in order:

1. read      sources -> ``Article`` (or a recorded failure with its reason)
2. language  articles not in English are kept, with no events, and a reason
3. parse     ``nlp.pipe`` in batches (``communique.nlp``), each body
             followed by its title
4. analyse   per article, ``analyse_article``: actors, time, places,
             events (with the headline's, ``headline_events``), relations,
             each switched by configuration

``analyse_article`` is the per-article function that also runs on Spark
workers: it takes a parsed document and loaded resources, touches nothing
global and writes nothing.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from . import errors
from .actors import resolve_actors
from .config import Config
from .errors import ConfigError
from .events import code_events
from .factuality import Cues
from .gazetteer import Gazetteer
from .kb import KnowledgeBase
from .lexicon import EventLexicon, RelationLexicon
from .model import ActorMention, Article, Event, Extraction, Problem, replace
from .nlp import Parser
from .places import resolve_places
from .readers import ReadFailure
from .relations import find_relations
from .timex import TimexLexicon, find_timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

@dataclass(frozen=True)
class Resources:
    """Everything loaded once and shared by all articles of a run.

    Knowledge for a stage that is switched off is not loaded.
    """

    config: Config
    parser: Parser
    kb: KnowledgeBase | None = None
    timex_lexicon: TimexLexicon | None = None
    gazetteer: Gazetteer | None = None
    event_lexicon: EventLexicon | None = None
    relation_lexicon: RelationLexicon | None = None
    cues: Cues | None = None

    @classmethod
    def load(cls, config: Config, *, parser: Parser | None = None) -> Resources:
        needs_cues = config.events or config.relations
        return cls(
            config=config,
            parser=parser or Parser(config),
            kb=KnowledgeBase.load() if config.actors else None,
            timex_lexicon=TimexLexicon.load() if config.time else None,
            gazetteer=Gazetteer.load() if config.places else None,
            event_lexicon=EventLexicon.load() if config.events else None,
            relation_lexicon=RelationLexicon.load() if config.relations else None,
            cues=Cues.load() if needs_cues else None,
        )


def extract(
    sources: Iterable[Article | ReadFailure],
    config: Config | None = None,
    *,
    resources: Resources | None = None,
) -> Iterator[Extraction]:
    """One ``Extraction`` per source item, in input order, failures included."""
    config = config or (resources.config if resources else Config())
    resources = resources or Resources.load(config)
    # One nlp.pipe over the whole stream (with n_process > 1 every call
    # starts its worker processes, so it must not be called per batch), each
    # body followed by its title when it has one. Items that are not parsed
    # wait in ``pending`` so output keeps input order.
    pending: deque[Extraction | tuple[Article, tuple[Problem, ...], bool]] = deque()

    def texts() -> Iterator[str]:
        for item in sources:
            if isinstance(item, ReadFailure):
                pending.append(failed_extraction(item))
                continue
            article, problems = _gate(item, config)
            if article is None:
                pending.append(Extraction(article=item, errors=problems))
                continue
            title = headline_text(article)
            pending.append((article, problems, title is not None))
            yield article.text
            if title is not None:
                yield title

    docs = resources.parser.pipe(texts())
    for doc in docs:
        while isinstance(pending[0], Extraction):
            yield pending.popleft()
        article, problems, titled = pending.popleft()
        title = next(docs) if titled else None
        yield analyse_article(article, doc, resources, problems, title=title)
    while pending:  # what came after the last parsed article
        done = pending.popleft()
        assert isinstance(done, Extraction)
        yield done


def _gate(article: Article, config: Config) -> tuple[Article | None, tuple[Problem, ...]]:
    """Decide whether an article is parsed; cut over-long bodies."""
    if article.language and article.language != "en":
        return None, (
            Problem("language", errors.W_NOT_ENGLISH,
                    f"article language is {article.language!r}; events are coded "
                    f"only in English, the article is kept without events"),
        )
    if not article.text.strip():
        return None, (Problem("read", errors.NoBodyError.code, "article has no body text"),)
    if len(article.text) > config.max_chars:
        cut = article.text.rfind("\n\n", 0, config.max_chars)
        cut = cut if cut > config.max_chars // 2 else config.max_chars
        note = Problem("parse", errors.W_TRUNCATED,
                       f"body of {len(article.text)} characters cut to {cut} "
                       f"(setting max_chars={config.max_chars})")
        return replace(article, text=article.text[:cut]), (note,)
    return article, ()


def analyse_article(
    article: Article, doc: Doc, resources: Resources, problems: tuple[Problem, ...] = (),
    *, title: Doc | None = None,
) -> Extraction:
    """Run the analysis stages on one parsed article (and its parsed title,
    else the title is parsed here).

    A stage that raises on this article is recorded (``W305``) and the later
    stages that need its output see nothing from it; the article still gets
    its output line.
    """
    found = list(problems)
    r = resources

    def stage(name: str, enabled: bool, run: Callable[[], tuple[T, ...]]) -> tuple[T, ...]:
        if not enabled:
            return ()
        try:
            return run()
        except Exception as exc:  # recorded with its reason, never silent
            found.append(Problem(name, errors.W_STAGE_FAILED,
                                 f"stage {name} failed on this article: "
                                 f"{type(exc).__name__}: {exc}"))
            return ()

    assert_loaded(r)
    actors = stage("actors", r.kb is not None,
                   lambda: resolve_actors(doc, article, r.kb))
    timexes = stage("time", r.timex_lexicon is not None,
                    lambda: find_timexes(article.text, article.published, doc=doc,
                                         lexicon=r.timex_lexicon))
    places = stage("places", r.gazetteer is not None,
                   lambda: resolve_places(doc, r.gazetteer,
                                          context_countries=actor_countries(actors),
                                          day=article.published.date() if article.published else None))
    headline = stage("headline", r.event_lexicon is not None and r.kb is not None
                     and headline_text(article) is not None,
                     lambda: headline_events(article, r, title))
    unattributed: list[Event] = []
    events = stage("events", r.event_lexicon is not None,
                   lambda: code_events(doc, article, r.event_lexicon, actors, timexes, places,
                                       cues=r.cues, headline=headline, unattributed=unattributed))
    relations = stage("relations", r.relation_lexicon is not None,
                      lambda: find_relations(doc, article, r.relation_lexicon, actors,
                                             cues=r.cues))
    return Extraction(article=article, events=events, relations=relations,
                      errors=tuple(found),
                      unattributed=() if any(p.stage == "events" for p in found) else tuple(unattributed))


def headline_text(article: Article) -> str | None:
    """An article's title as parsed for its headline events, or None."""
    return (article.title or "").strip() or None


def headline_events(article: Article, resources: Resources,
                    doc: Doc | None = None) -> tuple[Event, ...]:
    """The events of an article's title (parsed as ``doc``, else here),
    coded on their own: never output, only consulted for who a body mention
    naming no actor means."""
    text = headline_text(article)
    assert text is not None and resources.event_lexicon is not None
    title = replace(article, text=text)
    doc = doc if doc is not None else resources.parser(title.text)
    actors = resolve_actors(doc, title, resources.kb)
    # (dated as a title tells its day: "Four days after NATO raid, ...")
    timexes = (find_timexes(title.text, title.published, doc=doc, lexicon=resources.timex_lexicon)
               if resources.timex_lexicon is not None else ())
    return code_events(doc, title, resources.event_lexicon, actors, timexes, (), cues=resources.cues)


def assert_loaded(resources: Resources) -> None:
    """A switched-on stage whose knowledge is missing is a configuration error."""
    config = resources.config
    needed = {"actors": resources.kb, "time": resources.timex_lexicon,
              "places": resources.gazetteer, "events": resources.event_lexicon,
              "relations": resources.relation_lexicon}
    missing = [name for name, loaded in needed.items() if getattr(config, name) and loaded is None]
    if missing:
        raise ConfigError(f"stages {missing} are switched on but their knowledge was not "
                          f"loaded; build Resources with Resources.load(config)")


def actor_countries(actors: tuple[ActorMention, ...]) -> tuple[str, ...]:
    """The countries an article's actors belong to, most mentioned first."""
    counts = Counter(m.entity.country for m in actors if m.entity.country)
    return tuple(code for code, _ in counts.most_common())


def failed_extraction(failure: ReadFailure) -> Extraction:
    """The output line of a source that could not be read."""
    article = Article(id=origin_id(failure.origin), origin=failure.origin)
    return Extraction(
        article=article,
        errors=(Problem("read", failure.error.code, failure.error.message),),
    )


def origin_id(origin: str) -> str:
    """A stable id for something known only by where it came from."""
    return hashlib.sha1(origin.encode("utf-8", "surrogatepass")).hexdigest()[:16]
