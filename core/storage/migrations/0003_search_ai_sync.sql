-- Schema 3: derived search data, the AI usage ledger and sync state.
-- documents is a projection of everything searchable; FTS5 indexes it; FAISS ids are documents.id.
CREATE TABLE documents (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    ref      TEXT NOT NULL,             -- "<table>:<id>[#chunk]"
    title    TEXT NOT NULL DEFAULT '',
    text     TEXT NOT NULL DEFAULT '',
    day      TEXT,
    updated  TEXT NOT NULL,
    UNIQUE (ref)
);
CREATE INDEX documents_by_kind_day ON documents (kind, day);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Stored so a rebuilt vector index never calls an embedding API again.
CREATE TABLE embeddings (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    model        TEXT NOT NULL,
    dim          INTEGER NOT NULL CHECK (dim > 0),
    vector       BLOB NOT NULL CHECK (length(vector) = 4 * dim),
    text_hash    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (document_id, model)
) WITHOUT ROWID;

CREATE TABLE ai_usage (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    provider       TEXT NOT NULL,
    model          TEXT NOT NULL,
    feature        TEXT NOT NULL,
    input_tokens   INTEGER NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
    output_tokens  INTEGER NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
    cost_micros    INTEGER NOT NULL DEFAULT 0 CHECK (cost_micros >= 0), -- millionths of the currency unit
    currency       TEXT NOT NULL DEFAULT 'USD',
    ok             INTEGER NOT NULL DEFAULT 1 CHECK (ok IN (0, 1))
);
CREATE INDEX ai_usage_by_at ON ai_usage (at);

CREATE TABLE sync_state (
    source        TEXT PRIMARY KEY,     -- oura | google_calendar:<calendar id> …
    cursor        TEXT,                 -- next_token / syncToken
    last_success  TEXT,
    last_error    TEXT,
    next_run      TEXT,
    items_changed INTEGER NOT NULL DEFAULT 0
);
