-- Raw location points (millions per export) are kept as compact tracks of up to a thousand points each,
-- delta-encoded in one blob per row, instead of one item row per point. See TrackCodec.
CREATE TABLE location_track (
    id        INTEGER PRIMARY KEY,
    export_id INTEGER NOT NULL REFERENCES export (id) ON DELETE CASCADE,
    file_id   INTEGER NOT NULL REFERENCES export_file (id) ON DELETE CASCADE,
    first_at  INTEGER,                      -- epoch milliseconds of the earliest dated point
    last_at   INTEGER,
    points    INTEGER NOT NULL,
    data      BLOB    NOT NULL
);
CREATE INDEX location_track_by_export ON location_track (export_id, first_at);

-- Full-text search over the items' titles and texts. The import fills it for its own rows in rowid order,
-- a few thousand at a time whenever its writer waits for rows, rather than by a trigger per row. Searches
-- look for whole words, never phrases, so the index keeps no word positions (detail = none): a third
-- faster to build, and smaller.
CREATE VIRTUAL TABLE item_text USING fts5 (
    title, detail,
    content = 'item', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none
);

-- The index's words, each once: a search looks up the words that begin with what was typed, then asks for
-- those whole words, which FTS5 reads newest first and stops after a page.
CREATE VIRTUAL TABLE item_text_vocab USING fts5vocab (item_text, 'row');
