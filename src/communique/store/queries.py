"""Questions analysts ask of the store, as typed queries compiled to SQL.

By default a query answers with event clusters (one row per happening, with
how many mentions, articles and sources report it); ``mentions=True`` answers
with every event mention instead.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError

_CODE = re.compile(r"^[A-Z]{2,6}$")


@dataclass(frozen=True)
class EventQuery:
    """Filters on events; every given filter must hold.

    ``actor``/``recipient``: a country code (``RUS``), an organisation code
    (``NATO``) or words of a name (``Putin``). ``dyad`` (with both set): the
    pair in either direction. ``place``: a country code or words of the
    place name. ``text``: words that must all occur in the evidence sentence.
    """

    actor: str | None = None
    recipient: str | None = None
    dyad: bool = False
    event: tuple[str, ...] = ()
    factuality: tuple[str, ...] = ()
    historical: bool | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    text: str | None = None
    mentions: bool = False
    limit: int | None = 1000


def _entity_clause(role: str, value: str, params: list[Any]) -> str:
    if _CODE.match(value):
        params.extend([role, value, value])
        return ("e.event_id IN (SELECT event_id FROM event_entities WHERE role = ? "
                "AND (country = ? OR org = ?))")
    params.extend([role, f"%{value}%", f"%{value}%"])
    return ("e.event_id IN (SELECT event_id FROM event_entities WHERE role = ? "
            "AND (name ILIKE ? OR text ILIKE ?))")


def _where(query: EventQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.dyad and query.actor and query.recipient:
        forward_params: list[Any] = []
        forward = (_entity_clause("actor", query.actor, forward_params) + " AND "
                   + _entity_clause("recipient", query.recipient, forward_params))
        backward_params: list[Any] = []
        backward = (_entity_clause("actor", query.recipient, backward_params) + " AND "
                    + _entity_clause("recipient", query.actor, backward_params))
        clauses.append(f"(({forward}) OR ({backward}))")
        params += forward_params + backward_params
    else:
        if query.actor:
            clauses.append(_entity_clause("actor", query.actor, params))
        if query.recipient:
            clauses.append(_entity_clause("recipient", query.recipient, params))
    if query.event:
        clauses.append("e.event IN (SELECT unnest(?))")
        params.append([c.upper() for c in query.event])
    if query.factuality:
        clauses.append("e.factuality IN (SELECT unnest(?))")
        params.append(list(query.factuality))
    if query.historical is not None:
        clauses.append("e.historical = ?")
        params.append(query.historical)
    if query.date_from:
        clauses.append("e.enddate >= ?")
        params.append(query.date_from)
    if query.date_to:
        clauses.append("e.date <= ?")
        params.append(query.date_to)
    if query.place:
        if _CODE.match(query.place):
            clauses.append("e.place_country = ?")
            params.append(query.place)
        else:
            clauses.append("(e.place ILIKE ? OR e.place_resolved ILIKE ?)")
            params += [f"%{query.place}%"] * 2
    if query.text:
        for word in query.text.split():
            clauses.append("e.text ILIKE ?")
            params.append(f"%{word}%")
    return (" AND ".join(clauses) or "TRUE"), params


def run_event_query(con: Any, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Rows as dicts: mentions (with the full Event record) or clusters."""
    where, params = _where(query)
    limit = f"LIMIT {int(query.limit)}" if query.limit else ""
    if query.mentions:
        sql = (f"SELECT e.event_id, e.cluster_id, e.article_id, a.url, a.source, "
               f"a.published_iso AS published, e.record FROM events e "
               f"JOIN articles a USING (article_id) WHERE {where} "
               f"ORDER BY e.date, e.event_id {limit}")
        cursor = con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            item = dict(zip(names, row))
            record = json.loads(item.pop("record"))
            yield {**item, **record, "id": item["event_id"]}
        return
    sql = f"""
        SELECT c.cluster_id, c.event, c.mode, c.date, c.enddate, c.date_precision,
               c.actor_codes, c.recipient_codes, c.place_country, c.quad_code,
               round(c.intensity, 2) AS intensity, c.historical, c.planned, c.happened,
               c.n_mentions, c.n_articles, c.n_sources, c.n_unattributed, c.first_seen,
               (SELECT e2.text FROM events e2 WHERE e2.cluster_id = c.cluster_id
                ORDER BY e2.confidence DESC, e2.event_id LIMIT 1) AS evidence
        FROM clusters c
        WHERE c.cluster_id IN (SELECT e.cluster_id FROM events e WHERE {where})
        ORDER BY c.date, c.cluster_id {limit}
    """
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor.fetchall():
        yield dict(zip(names, row))


@dataclass(frozen=True)
class DyadPeriod:
    period: dt.date
    quad_code: int | None
    clusters: int
    mentions: int
    mean_intensity: float | None


@dataclass(frozen=True)
class DyadSeries:
    a: str
    b: str
    interval: str
    periods: tuple[DyadPeriod, ...]
    claims: tuple[dict[str, Any], ...]


def dyad_series(con: Any, a: str, b: str, *, interval: str = "month",
                date_from: dt.date | None = None, date_to: dt.date | None = None,
                include_historical: bool = False,
                factuality: tuple[str, ...] = ("asserted",)) -> DyadSeries:
    """Clusters between ``a`` and ``b`` (either direction) per period and quad class.

    By default only what is reported as having happened, and not background
    history, is counted; relation claims of the same period come alongside.
    """
    if interval not in ("week", "month"):
        raise ConfigError(f"interval must be 'week' or 'month', got {interval!r}")
    query = EventQuery(actor=a, recipient=b, dyad=True, factuality=factuality,
                       historical=None if include_historical else False,
                       date_from=date_from, date_to=date_to)
    where, params = _where(query)
    rows = con.execute(f"""
        SELECT date_trunc('{interval}', c.date) AS period, c.quad_code,
               count(*) AS clusters, sum(c.n_mentions) AS mentions,
               round(avg(c.intensity), 3) AS mean_intensity
        FROM clusters c
        WHERE c.cluster_id IN (SELECT e.cluster_id FROM events e WHERE {where})
        GROUP BY ALL ORDER BY period, c.quad_code
    """, params).fetchall()
    periods = tuple(DyadPeriod(period=_as_date(r[0]), quad_code=r[1], clusters=r[2],
                               mentions=int(r[3] or 0), mean_intensity=r[4]) for r in rows)
    pair = sorted([a, b])
    claim_params: list[Any] = [pair[0], pair[1]]
    claim_where = ""
    if date_from:
        claim_where += " AND r.date >= ?"
        claim_params.append(date_from)
    if date_to:
        claim_where += " AND r.date <= ?"
        claim_params.append(date_to)
    cursor = con.execute(f"""
        SELECT date_trunc('{interval}', r.date) AS period, r.date, r.stance, r.trend,
               r.factuality, r.text, a.url, a.source
        FROM relation_claims r JOIN articles a USING (article_id)
        WHERE r.a = ? AND r.b = ? {claim_where}
        ORDER BY r.date
    """, claim_params)
    names = [d[0] for d in cursor.description]
    claims = tuple(dict(zip(names, row)) for row in cursor.fetchall())
    return DyadSeries(a=a, b=b, interval=interval, periods=periods, claims=claims)


def _as_date(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
