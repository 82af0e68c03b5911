-- The request tracker: requests sent to companies and the log of each.
CREATE TABLE request (
    id             INTEGER PRIMARY KEY,
    reference      TEXT    NOT NULL UNIQUE,
    service        TEXT    NOT NULL,
    law            TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    sent           TEXT    NOT NULL,
    due            TEXT    NOT NULL,
    extended_due   TEXT,
    acknowledge_by TEXT,
    action_needed  INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    note           TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE request_log (
    request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    event      TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    attachment TEXT,
    PRIMARY KEY (request_id, position)
);
