"""Exports in the layouts analysts already load: POLECAT, GDELT, Parquet.

One row per event cluster (a happening), represented by its most confident
mention, with column names from the POLECAT and GDELT 1.0 event codebooks.
Fields we do not produce (Correlates-of-War codes, GDELT tone, FIPS country
codes) are left empty rather than guessed; GDELT's country columns hold ISO
3166-1 alpha-3 codes (GDELT itself uses FIPS 10-4 for geography) and its
GoldsteinScale holds our PLOVER intensity, the nearest equivalent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ConfigError

FORMATS = ("polecat", "gdelt", "parquet")

# The representative mention of each cluster, with its first actor and
# recipient and its article.
_REPRESENTATIVE = """
    WITH ranked AS (
        SELECT e.*, row_number() OVER (PARTITION BY e.cluster_id
                                       ORDER BY e.confidence DESC, e.event_id) AS rank
        FROM events e WHERE e.cluster_id IS NOT NULL
    ),
    rep AS (SELECT * FROM ranked WHERE rank = 1),
    ent AS (
        SELECT event_id, role,
               first(name ORDER BY position) AS name,
               first(text ORDER BY position) AS raw,
               first(country ORDER BY position) AS country,
               first(org ORDER BY position) AS org,
               first(sector ORDER BY position) AS sector,
               string_agg(DISTINCT sector, ';') AS sectors,
               first(office ORDER BY position) AS title,
               first(wikidata ORDER BY position) AS wikidata
        FROM event_entities GROUP BY event_id, role
    )
"""

_FROM = """
    FROM clusters c
    JOIN rep ON rep.cluster_id = c.cluster_id
    JOIN articles art ON art.article_id = rep.article_id
    LEFT JOIN ent a ON a.event_id = rep.event_id AND a.role = 'actor'
    LEFT JOIN ent r ON r.event_id = rep.event_id AND r.role = 'recipient'
    ORDER BY c.date, c.cluster_id
"""

POLECAT_SQL = _REPRESENTATIVE + """
    SELECT
        c.cluster_id AS "Event ID",
        strftime(c.date, '%Y-%m-%d') AS "Event Date",
        c.event AS "Event Type",
        c.mode AS "Event Mode",
        round(c.intensity, 2) AS "Event Intensity",
        CASE c.quad_code WHEN 1 THEN 'VERBAL COOPERATION' WHEN 2 THEN 'MATERIAL COOPERATION'
             WHEN 3 THEN 'VERBAL CONFLICT' WHEN 4 THEN 'MATERIAL CONFLICT' END AS "Quad Code",
        array_to_string(rep.context, ';') AS "Contexts",
        a.name AS "Actor Name",
        coalesce(a.country, a.org) AS "Actor Country",
        NULL AS "Actor COW",
        a.sector AS "Primary Actor Sector",
        a.sectors AS "Actor Sectors",
        a.title AS "Actor Title",
        a.raw AS "Actor Name Raw",
        a.wikidata AS "Wikipedia Actor ID",
        r.name AS "Recipient Name",
        coalesce(r.country, r.org) AS "Recipient Country",
        NULL AS "Recipient COW",
        r.sector AS "Primary Recipient Sector",
        r.sectors AS "Recipient Sectors",
        r.title AS "Recipient Title",
        r.raw AS "Recipient Name Raw",
        r.wikidata AS "Wikipedia Recipient ID",
        rep.place_resolved AS "Placename",
        CASE WHEN rep.resolution >= 4 THEN rep.place_resolved END AS "City",
        NULL AS "District",
        CASE WHEN rep.resolution = 2 THEN rep.place_resolved END AS "Province",
        rep.place_country AS "Country",
        rep.lat AS "Latitude",
        rep.lon AS "Longitude",
        rep.geonameid AS "GeoNames ID",
        rep.place AS "Raw Placename",
        rep.feature_code AS "Feature Type",
        art.source AS "Source",
        art.published_iso AS "Publication Date",
        NULL AS "Story People",
        NULL AS "Story Organizations",
        NULL AS "Story Locations",
        art.language AS "Language",
        'communique' AS "Version",
        c.factuality AS "Factuality",
        c.historical AS "Historical",
        c.n_mentions AS "Mentions",
        c.n_sources AS "Sources",
        rep.text AS "Evidence"
""" + _FROM

GDELT_SQL = _REPRESENTATIVE + """
    SELECT
        c.cluster_id AS GLOBALEVENTID,
        CAST(strftime(c.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
        CAST(strftime(c.date, '%Y%m') AS INTEGER) AS MonthYear,
        year(c.date) AS "Year",
        round(year(c.date) + (dayofyear(c.date) - 1) / 365.0, 4) AS FractionDate,
        coalesce(a.country, a.org, '') || coalesce(a.sector, '') AS Actor1Code,
        upper(a.name) AS Actor1Name,
        a.country AS Actor1CountryCode,
        a.org AS Actor1KnownGroupCode,
        NULL AS Actor1EthnicCode, NULL AS Actor1Religion1Code, NULL AS Actor1Religion2Code,
        a.sector AS Actor1Type1Code, NULL AS Actor1Type2Code, NULL AS Actor1Type3Code,
        coalesce(r.country, r.org, '') || coalesce(r.sector, '') AS Actor2Code,
        upper(r.name) AS Actor2Name,
        r.country AS Actor2CountryCode,
        r.org AS Actor2KnownGroupCode,
        NULL AS Actor2EthnicCode, NULL AS Actor2Religion1Code, NULL AS Actor2Religion2Code,
        r.sector AS Actor2Type1Code, NULL AS Actor2Type2Code, NULL AS Actor2Type3Code,
        1 AS IsRootEvent,
        rep.cameo AS EventCode,
        left(rep.cameo, 3) AS EventBaseCode,
        left(rep.cameo, 2) AS EventRootCode,
        c.quad_code AS QuadClass,
        round(c.intensity, 1) AS GoldsteinScale,
        c.n_mentions AS NumMentions,
        c.n_sources AS NumSources,
        c.n_articles AS NumArticles,
        NULL AS AvgTone,
        NULL AS Actor1Geo_Type, NULL AS Actor1Geo_FullName, NULL AS Actor1Geo_CountryCode,
        NULL AS Actor1Geo_ADM1Code, NULL AS Actor1Geo_Lat, NULL AS Actor1Geo_Long,
        NULL AS Actor1Geo_FeatureID,
        NULL AS Actor2Geo_Type, NULL AS Actor2Geo_FullName, NULL AS Actor2Geo_CountryCode,
        NULL AS Actor2Geo_ADM1Code, NULL AS Actor2Geo_Lat, NULL AS Actor2Geo_Long,
        NULL AS Actor2Geo_FeatureID,
        CASE rep.resolution WHEN 1 THEN 1 WHEN 2 THEN 5 WHEN 3 THEN 4 WHEN 4 THEN 4
             WHEN 5 THEN 4 END AS ActionGeo_Type,
        rep.place_resolved AS ActionGeo_FullName,
        rep.place_country AS ActionGeo_CountryCode,
        NULL AS ActionGeo_ADM1Code,
        rep.lat AS ActionGeo_Lat,
        rep.lon AS ActionGeo_Long,
        rep.geonameid AS ActionGeo_FeatureID,
        CAST(strftime(coalesce(c.first_seen, now()), '%Y%m%d') AS INTEGER) AS DATEADDED,
        art.url AS SOURCEURL
""" + _FROM

PARQUET_TABLES = ("articles", "events", "event_entities", "evidence", "clusters",
                  "relation_claims", "ingest_runs", "unattributed")


def export(con: Any, fmt: str, output: Path) -> list[Path]:
    """Write the store in ``fmt``; returns the files written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose from {list(FORMATS)}")
    if fmt == "parquet":
        output.mkdir(parents=True, exist_ok=True)
        written = []
        for table in PARQUET_TABLES:
            path = output / f"{table}.parquet"
            con.execute(f"COPY {table} TO '{_sql_path(path)}' (FORMAT PARQUET)")
            written.append(path)
        return written
    sql = POLECAT_SQL if fmt == "polecat" else GDELT_SQL
    # POLECAT ships tab-separated with a header; GDELT event files have none.
    header = "true" if fmt == "polecat" else "false"
    con.execute(f"COPY ({sql}) TO '{_sql_path(output)}' (FORMAT CSV, DELIMITER '\t', "
                f"HEADER {header})")
    return [output]


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
