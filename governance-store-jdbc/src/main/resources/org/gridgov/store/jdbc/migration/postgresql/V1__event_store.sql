-- The event store, version 1. One row per timeline (its version is what an append checks and bumps, so that
-- concurrent writers of one timeline queue on its row and the loser sees a conflict), one row per event.
CREATE TABLE streams (
    id      BIGSERIAL PRIMARY KEY,          -- the order of first appends
    kind    TEXT   NOT NULL,                -- issue, item, meeting, service
    stream  TEXT   NOT NULL,
    version BIGINT NOT NULL,
    UNIQUE (kind, stream)
);

CREATE TABLE events (
    id             BIGSERIAL PRIMARY KEY,
    -- The appending transaction: readers of the global order read only below the oldest running transaction
    -- (pg_snapshot_xmin), so an event that commits late is never skipped.
    tx             XID8    NOT NULL DEFAULT pg_current_xact_id(),
    kind           TEXT    NOT NULL,
    stream         TEXT    NOT NULL,
    version        BIGINT  NOT NULL,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    body           JSONB   NOT NULL,
    UNIQUE (kind, stream, version)
);
CREATE INDEX events_in_global_order ON events (tx, id);

CREATE TABLE mode_switches (
    id   BIGSERIAL PRIMARY KEY,
    body JSONB NOT NULL
);

CREATE TABLE audit (
    sequence BIGINT PRIMARY KEY,            -- the entry's place in the hash chain
    body     JSONB  NOT NULL
);

CREATE TABLE checkpoints (
    name  TEXT   PRIMARY KEY,
    value BIGINT NOT NULL
);
