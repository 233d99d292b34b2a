-- The event store, version 1: the same tables as PostgreSQL's V1. SQLite has one writer at a time, so commit order
-- is id order and the global order needs no transaction ids.
CREATE TABLE streams (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT    NOT NULL,
    stream  TEXT    NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (kind, stream)
);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           TEXT    NOT NULL,
    stream         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    body           TEXT    NOT NULL,
    UNIQUE (kind, stream, version)
);

CREATE TABLE mode_switches (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    body TEXT NOT NULL
);

CREATE TABLE audit (
    sequence INTEGER PRIMARY KEY,
    body     TEXT NOT NULL
);

CREATE TABLE checkpoints (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);
