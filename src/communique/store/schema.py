"""The store's tables, and the migrations that build and upgrade them.

The schema version lives in ``meta``. ``MIGRATIONS`` is the whole history:
each step is applied once, in its own transaction, so an older database is
upgraded in place when it is opened, and a failed upgrade leaves it as it was.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "articles, events, actors, evidence, relation claims, ingest runs", (
        """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """CREATE TABLE ingest_runs (
            run_id INTEGER PRIMARY KEY,
            started TIMESTAMPTZ NOT NULL,
            finished TIMESTAMPTZ,
            status VARCHAR NOT NULL,          -- running | done | failed
            inputs VARCHAR[],
            added INTEGER DEFAULT 0,
            replaced INTEGER DEFAULT 0,
            unchanged INTEGER DEFAULT 0,
            failed INTEGER DEFAULT 0
        )""",
        """CREATE TABLE ingest_failures (
            run_id INTEGER NOT NULL,
            origin VARCHAR,
            code VARCHAR,
            message VARCHAR
        )""",
        """CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY,
            url VARCHAR,
            content_hash VARCHAR NOT NULL,
            source VARCHAR,
            title VARCHAR,
            published TIMESTAMPTZ,
            published_iso VARCHAR,            -- as written, offset kept or absent
            updated_iso VARCHAR,
            language VARCHAR,
            authors JSON,
            alternates JSON,
            text VARCHAR,
            origin VARCHAR,
            errors JSON,
            run_id INTEGER,
            ingested_at TIMESTAMPTZ
        )""",
        """CREATE INDEX articles_url ON articles (url)""",
        """CREATE INDEX articles_hash ON articles (content_hash)""",
        """CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            event VARCHAR NOT NULL,
            mode VARCHAR,
            context VARCHAR[],
            cameo VARCHAR,
            quad_code TINYINT,
            intensity DOUBLE,
            date DATE,                        -- null: undated background history
            enddate DATE,
            date_precision VARCHAR,
            date_text VARCHAR,
            factuality VARCHAR NOT NULL,
            historical BOOLEAN NOT NULL,
            event_text VARCHAR,
            text VARCHAR,
            span_start INTEGER,
            span_end INTEGER,
            confidence DOUBLE,
            place VARCHAR,
            place_resolved VARCHAR,
            geonameid BIGINT,
            lat DOUBLE,
            lon DOUBLE,
            place_country VARCHAR,
            feature_code VARCHAR,
            resolution TINYINT,
            actor_codes VARCHAR[],            -- country or org code of each named actor
            recipient_codes VARCHAR[],
            claimant_code VARCHAR,
            record JSON NOT NULL              -- the Event exactly as extracted
        )""",
        """CREATE INDEX events_article ON events (article_id)""",
        """CREATE TABLE event_entities (
            event_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,            -- actor | recipient | claimant
            position INTEGER NOT NULL,
            text VARCHAR, name VARCHAR, country VARCHAR, org VARCHAR, sector VARCHAR,
            type VARCHAR, office VARCHAR, wikidata VARCHAR, kb_id VARCHAR
        )""",
        """CREATE TABLE evidence (
            event_id VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            event_text VARCHAR,
            text VARCHAR,
            span_start INTEGER,
            span_end INTEGER
        )""",
        """CREATE TABLE relation_claims (
            claim_id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            a VARCHAR NOT NULL,
            b VARCHAR NOT NULL,
            stance VARCHAR,
            trend VARCHAR,
            factuality VARCHAR,
            claimed_by JSON,
            text VARCHAR,
            span_start INTEGER,
            span_end INTEGER,
            date DATE
        )""",
        """CREATE INDEX relation_claims_article ON relation_claims (article_id)""",
    )),
    (2, "event clusters across articles", (
        """CREATE TABLE clusters (
            cluster_id BIGINT PRIMARY KEY,
            event VARCHAR NOT NULL,
            mode VARCHAR,
            date DATE NOT NULL,
            enddate DATE NOT NULL,
            date_precision VARCHAR NOT NULL,
            actor_codes VARCHAR[],
            recipient_codes VARCHAR[],
            place_country VARCHAR,
            geonameid BIGINT,
            quad_code TINYINT,
            intensity DOUBLE,
            factuality VARCHAR,               -- of the mention that opened it
            historical BOOLEAN,
            planned BOOLEAN,                  -- some mention reports it as future
            happened BOOLEAN,                 -- some mention reports it as done
            n_mentions INTEGER,
            n_articles INTEGER,
            n_sources INTEGER,
            first_seen TIMESTAMPTZ
        )""",
        """ALTER TABLE events ADD COLUMN cluster_id BIGINT""",
        """CREATE INDEX events_cluster ON events (cluster_id)""",
        """CREATE INDEX clusters_event_date ON clusters (event, date)""",
    )),
)

MIGRATIONS += (
    (3, "every sentence of a merged relation claim", (
        """ALTER TABLE relation_claims ADD COLUMN evidence JSON""",
    )),
)

MIGRATIONS += (
    (4, "what each cluster knows from all its members, for matching", (
        """ALTER TABLE clusters ADD COLUMN member_actors VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN member_recipients VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN modes VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN factualities VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN place_countries VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN towns BIGINT[]""",
    )),
)

MIGRATIONS += (
    (5, "the names a cluster's towns go by, and those its unplaced members' articles use", (
        """ALTER TABLE clusters ADD COLUMN town_names VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN unplaced_names VARCHAR[]""",
    )),
)

MIGRATIONS += (
    (6, "the names of the divisions a cluster's members are placed in without a town", (
        """ALTER TABLE clusters ADD COLUMN area_names VARCHAR[]""",
    )),
)

MIGRATIONS += (
    (7, "the names of towns a cluster's members named that the gazetteer does not list, "
        "and of the divisions their reports put its towns in, apart from the towns' own", (
        """ALTER TABLE clusters ADD COLUMN unlisted_towns VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN town_divisions VARCHAR[]""",
    )),
)

MIGRATIONS += (
    (8, "the surnames of the people among a cluster's members' parties, and whether "
        "its period was read from the text", (
        """ALTER TABLE clusters ADD COLUMN persons VARCHAR[]""",
        """ALTER TABLE clusters ADD COLUMN dated BOOLEAN""",
    )),
)

MIGRATIONS += (
    (9, "the town each event is in, for matching: a site's city (the Kremlin's is Moscow)", (
        """ALTER TABLE events ADD COLUMN town_id BIGINT""",
        # Sites stored before this version keep their own id: re-ingesting
        # an article places them in their city.
        """UPDATE events SET town_id = geonameid WHERE coalesce(resolution, 0) >= 3""",
    )),
)

MIGRATIONS += (
    (10, "mentions of a happening that name no one who acted, attached to a cluster "
         "other reports name the doer of", (
        """CREATE TABLE unattributed (
            event_id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            event VARCHAR NOT NULL,
            date DATE NOT NULL,
            enddate DATE NOT NULL,
            factuality VARCHAR,
            event_text VARCHAR,
            text VARCHAR,
            span_start INTEGER,
            span_end INTEGER,
            record JSON,                      -- the Event, with no actor
            match_key JSON,                   -- what matching needs (store.key_to_json)
            cluster_id BIGINT                 -- null until a cluster fits it alone
        )""",
        """CREATE INDEX unattributed_event_date ON unattributed (event, date)""",
        """CREATE INDEX unattributed_article ON unattributed (article_id)""",
    )),
)

MIGRATIONS += (
    (11, "how many articles mention a cluster's happening without naming its doer", (
        # (kept apart from n_mentions, n_articles and n_sources, which count
        # reports that name the doer: an attachment is the store's guess)
        """ALTER TABLE clusters ADD COLUMN n_unattributed INTEGER""",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1][0]
