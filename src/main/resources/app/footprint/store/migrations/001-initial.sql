-- One row per imported export: a snapshot of what a company held when it made the archive.
CREATE TABLE export (
    id          INTEGER PRIMARY KEY,
    service     TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL UNIQUE,
    imported_at INTEGER NOT NULL,          -- epoch milliseconds
    exported_at INTEGER,                   -- epoch milliseconds, when known
    layout      TEXT,
    language    TEXT,
    items       INTEGER NOT NULL DEFAULT 0,
    inferences  INTEGER NOT NULL DEFAULT 0,
    problems    INTEGER NOT NULL DEFAULT 0
);

-- Every file of an export and what the import made of it: the import report, kept.
CREATE TABLE export_file (
    id        INTEGER PRIMARY KEY,
    export_id INTEGER NOT NULL REFERENCES export (id) ON DELETE CASCADE,
    path      TEXT    NOT NULL,
    size      INTEGER NOT NULL,
    status    TEXT    NOT NULL,
    records   INTEGER NOT NULL,
    problems  TEXT                          -- JSON list of messages
);
CREATE INDEX export_file_by_export ON export_file (export_id);

-- Personal data records. Each keeps its export, its file and its position in that file.
CREATE TABLE item (
    id           INTEGER PRIMARY KEY,
    export_id    INTEGER NOT NULL REFERENCES export (id) ON DELETE CASCADE,
    category     TEXT    NOT NULL,
    at           INTEGER,                   -- epoch milliseconds, UTC
    zone_assumed INTEGER NOT NULL DEFAULT 0,
    title        TEXT,
    detail       TEXT,
    attributes   TEXT,                      -- JSON object, NULL when empty
    file_id      INTEGER NOT NULL REFERENCES export_file (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL
);
CREATE INDEX item_by_category ON item (export_id, category, at);

-- What the company itself states about the person.
CREATE TABLE stated_inference (
    id         INTEGER PRIMARY KEY,
    export_id  INTEGER NOT NULL REFERENCES export (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    attributes TEXT,
    file_id    INTEGER NOT NULL REFERENCES export_file (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL
);
CREATE INDEX stated_inference_by_kind ON stated_inference (export_id, kind, value);

-- Per export and kind of data: counts and time span, kept by the import so screens never recount.
CREATE TABLE category_summary (
    export_id INTEGER NOT NULL REFERENCES export (id) ON DELETE CASCADE,
    category  TEXT    NOT NULL,
    items     INTEGER NOT NULL,
    first_at  INTEGER,
    last_at   INTEGER,
    PRIMARY KEY (export_id, category)
) WITHOUT ROWID;

-- Conclusions Footprint draws from the raw data, each with its evidence (written by the analysis).
CREATE TABLE derived_inference (
    id         INTEGER PRIMARY KEY,
    service    TEXT    NOT NULL,
    rule       TEXT    NOT NULL,
    statement  TEXT    NOT NULL,
    evidence   TEXT,                        -- JSON list of item ids
    created_at INTEGER NOT NULL
);
CREATE INDEX derived_inference_by_service ON derived_inference (service);
