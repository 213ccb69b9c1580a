"""The store's schema as an ordered list of migrations.

Each migration is applied once, in its own transaction, and recorded in
``schema_version``.  Never edit a released migration: add a new one.
"""

from __future__ import annotations

# Columns of the normalized ``events`` table, in order.  Importers produce exactly these.
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("dataset", "VARCHAR NOT NULL"),
    ("source_event_id", "VARCHAR NOT NULL"),
    ("event_date", "DATE NOT NULL"),
    ("actor1_code", "VARCHAR"),
    ("actor1_name", "VARCHAR"),
    ("actor1_country", "VARCHAR"),
    ("actor1_agent", "VARCHAR"),
    ("actor1_agents", "VARCHAR"),
    ("actor2_code", "VARCHAR"),
    ("actor2_name", "VARCHAR"),
    ("actor2_country", "VARCHAR"),
    ("actor2_agent", "VARCHAR"),
    ("actor2_agents", "VARCHAR"),
    ("event_code", "VARCHAR NOT NULL"),
    ("event_base_code", "VARCHAR NOT NULL"),
    ("event_root_code", "VARCHAR NOT NULL"),
    ("quad_class", "TINYINT NOT NULL"),
    ("goldstein", "DOUBLE"),
    ("plover", "VARCHAR"),
    ("num_mentions", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("tone", "DOUBLE"),
    ("action_geo_name", "VARCHAR"),
    ("action_geo_country", "VARCHAR"),
    ("action_geo_fips", "VARCHAR"),
    ("action_geo_lat", "DOUBLE"),
    ("action_geo_lon", "DOUBLE"),
    ("source_url", "VARCHAR"),
    ("source_ref", "VARCHAR"),
    ("summary", "VARCHAR"),
    ("ingest_run_id", "BIGINT NOT NULL"),
]

EVENT_COLUMN_NAMES = [name for name, _ in EVENT_COLUMNS]

_EVENTS_DDL = "CREATE TABLE events (\n  " + ",\n  ".join(f"{n} {t}" for n, t in EVENT_COLUMNS) + "\n)"

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "events, ingest journal, quarantine",
        [
            _EVENTS_DDL,
            "CREATE SEQUENCE ingest_run_seq START 1",
            """CREATE TABLE ingest_runs (
                run_id BIGINT PRIMARY KEY,
                dataset VARCHAR NOT NULL,
                path VARCHAR NOT NULL,
                sha256 VARCHAR NOT NULL,
                size_bytes BIGINT NOT NULL,
                layout VARCHAR,
                started_at TIMESTAMP NOT NULL,
                finished_at TIMESTAMP NOT NULL,
                status VARCHAR NOT NULL,
                rows_read BIGINT NOT NULL,
                rows_stored BIGINT NOT NULL,
                rows_duplicate BIGINT NOT NULL,
                rows_quarantined BIGINT NOT NULL,
                message VARCHAR
            )""",
            """CREATE TABLE quarantine (
                run_id BIGINT NOT NULL,
                file VARCHAR NOT NULL,
                line_number BIGINT,
                raw_line VARCHAR,
                reason VARCHAR NOT NULL
            )""",
        ],
    ),
]

MIGRATIONS.append((
    2,
    "documents, rejected documents and the provenance of coded events",
    [
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            published DATE,
            fetched_at TIMESTAMP NOT NULL,
            language VARCHAR,
            content_type VARCHAR,
            text VARCHAR NOT NULL,
            simhash BIGINT,
            cluster_id VARCHAR NOT NULL,
            near_duplicate_of VARCHAR,
            ingest_run_id BIGINT NOT NULL
        )""",
        """CREATE TABLE document_rejects (
            run_id BIGINT NOT NULL,
            source VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            rejected_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE event_mentions (
            dataset VARCHAR NOT NULL,
            source_event_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL,
            sentence VARCHAR NOT NULL,
            source_start INTEGER, source_end INTEGER,
            target_start INTEGER, target_end INTEGER,
            verb_start INTEGER, verb_end INTEGER,
            coder_version VARCHAR NOT NULL,
            mode VARCHAR NOT NULL
        )""",
    ],
))

MIGRATIONS.append((
    3,
    "the confidence model's score of each coded event mention (NULL when no model ran)",
    ["ALTER TABLE event_mentions ADD COLUMN confidence DOUBLE"],
))

LATEST_VERSION = MIGRATIONS[-1][0]
