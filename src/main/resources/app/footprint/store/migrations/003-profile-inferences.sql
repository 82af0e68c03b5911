-- The analysis replaces the placeholder table of migration 001: every inference, stated (normalised into
-- the taxonomy) or derived or combined, is kept with its evidence, and recomputed after each import.
DROP TABLE derived_inference;

CREATE TABLE inference (
    id              INTEGER PRIMARY KEY,
    origin          TEXT    NOT NULL,        -- STATED or DERIVED
    service         TEXT,                    -- NULL for what several companies' data reveal together
    kind            TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    topic           TEXT,                    -- taxonomy topic id
    topic_label     TEXT,
    topic_sensitive TEXT,
    sensitive       TEXT,
    sensitive_why   TEXT,
    confidence      REAL    NOT NULL,
    latitude        REAL,
    longitude       REAL,
    support         TEXT,
    explanation     TEXT    NOT NULL,
    evidence_count  INTEGER NOT NULL,
    sources         TEXT    NOT NULL         -- service ids, comma-separated
);
CREATE INDEX inference_by_service ON inference (service, origin);

CREATE TABLE inference_evidence (
    inference_id INTEGER NOT NULL REFERENCES inference (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    ref          INTEGER NOT NULL,
    service      TEXT,
    at           INTEGER,
    label        TEXT    NOT NULL,
    path         TEXT,
    records      INTEGER NOT NULL,
    PRIMARY KEY (inference_id, position)
) WITHOUT ROWID;

-- Which exports the stored inferences were computed from, and by which version of the rules: when either
-- differs from now, the analysis runs again.
CREATE TABLE analysis (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    exports     TEXT    NOT NULL,
    version     TEXT    NOT NULL,
    analysed_at INTEGER NOT NULL
);
