"""The orchestrator: from sources to one ``Extraction`` per article.

``extract`` is the whole pipeline, in order:

1. read      sources -> ``Article`` (or a recorded failure with its reason)
2. language  articles not in English are kept, with no events, and a reason
3. parse     ``nlp.pipe`` in batches (``communique.nlp``)
4. analyse   per article, ``analyse_article``: actors, time, places,
             events, relations, each switched by configuration

``analyse_article`` is the per-article function that also runs on Spark
workers: it takes a parsed document and loaded resources, touches nothing
global and writes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import errors
from .config import Config
from .model import Article, Extraction, Problem
from .nlp import Parser
from .readers import ReadFailure

# How many articles are read ahead and parsed together. Larger windows keep
# nlp.pipe's batches full; this one holds a few MB of text at most.
READ_AHEAD = 128


@dataclass(frozen=True)
class Resources:
    """Everything loaded once and shared by all articles of a run."""

    config: Config
    parser: Parser

    @classmethod
    def load(cls, config: Config) -> Resources:
        return cls(config=config, parser=Parser(config))


def extract(
    sources: Iterable[Article | ReadFailure],
    config: Config | None = None,
    *,
    resources: Resources | None = None,
) -> Iterator[Extraction]:
    """One ``Extraction`` per source item, in input order, failures included."""
    config = config or (resources.config if resources else Config())
    resources = resources or Resources.load(config)
    items = iter(sources)
    while window := tuple(itertools.islice(items, READ_AHEAD)):
        yield from _extract_window(window, resources)


def _extract_window(
    window: tuple[Article | ReadFailure, ...], resources: Resources
) -> Iterator[Extraction]:
    config = resources.config
    plans: list[tuple[Article | None, tuple[Problem, ...], Extraction | None]] = []
    to_parse: list[str] = []
    for item in window:
        if isinstance(item, ReadFailure):
            plans.append((None, (), failed_extraction(item)))
            continue
        article, problems = _gate(item, config)
        if article is None:
            plans.append((None, (), Extraction(article=item, errors=problems)))
            continue
        plans.append((article, problems, None))
        to_parse.append(article.text)
    docs = iter(resources.parser.pipe(to_parse))
    for article, problems, done in plans:
        if done is not None:
            yield done
            continue
        assert article is not None
        yield analyse_article(article, next(docs), resources, problems)


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
        from .model import replace

        return replace(article, text=article.text[:cut]), (note,)
    return article, ()


def analyse_article(
    article: Article, doc: object, resources: Resources, problems: tuple[Problem, ...] = ()
) -> Extraction:
    """Run the analysis stages on one parsed article."""
    config = resources.config
    found = list(problems)
    if config.events:
        found.append(Problem("events", errors.W_NO_CODER,
                             "no event coder ran: event coding is not built yet"))
    else:
        found.append(Problem("events", errors.W_STAGE_OFF, "event coding is switched off"))
    return Extraction(article=article, errors=tuple(found))


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
