-- Schema 5: the search projection takes its final shape.
-- documents is derived data (rebuilt from the records at any time), so it is recreated, not altered.
-- Every record's text is split into chunks; a document is one chunk of one record ("origin").
-- A document's text never changes: an edit replaces the chunk with a new row and a new id, so an id in the
-- FAISS index always means the text it was embedded from. AUTOINCREMENT keeps ids from being reused.
DROP TRIGGER documents_ai;
DROP TRIGGER documents_ad;
DROP TRIGGER documents_au;
DROP TABLE documents_fts;
DROP TABLE embeddings;
DROP TABLE documents;

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('journal', 'note', 'task', 'expense', 'income', 'workout', 'event', 'health')),
    origin     TEXT NOT NULL,              -- "<kind>:<record id>", or "health:<day>" for a day's summary
    chunk      INTEGER NOT NULL DEFAULT 0 CHECK (chunk >= 0),
    record_id  INTEGER,                    -- row id in the record's table; NULL for health summaries
    ref        TEXT,                       -- the record's external reference (imports), returned by search
    title      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    day        TEXT,
    anchor     INTEGER NOT NULL DEFAULT 0, -- where the chunk starts in the record's text (characters)
    updated    TEXT NOT NULL,
    UNIQUE (origin, chunk)
);
CREATE INDEX documents_by_kind_day ON documents (kind, day);
CREATE INDEX documents_by_day ON documents (day);

-- The 'lifeos' tokenizer (core/search/Fts5Tokenizer) is unicode61 with English and Indonesian stems indexed
-- beside each word. It is registered on every connection LifeOS opens. Prefixes of 2 to 6 letters are indexed:
-- without a prefix index FTS5 merges every matching term's doclist ("befo*" cost 170 ms at 100k documents).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'lifeos',
    prefix = '2 3 4 5 6'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO vector_tombstones (document_id) VALUES (old.id); -- ids are never reused
END;
CREATE TRIGGER documents_au BEFORE UPDATE ON documents BEGIN
    SELECT RAISE(ABORT, 'documents are replaced, never updated');
END;

-- Stored so a rebuilt vector index never calls an embedding API again. One set per embedding model.
CREATE TABLE embeddings (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    model        TEXT NOT NULL,
    vector       BLOB NOT NULL,
    PRIMARY KEY (model, document_id)
) WITHOUT ROWID;
CREATE INDEX embeddings_by_document ON embeddings (document_id);

-- Embedding models known to this database: the active one answers queries; a 'building' one is being filled
-- in the background (a model change, or the offline embedder refitted to a grown corpus).
CREATE TABLE embedding_models (
    model       TEXT PRIMARY KEY,
    provider    TEXT NOT NULL,            -- offline | openai | openai-compatible
    dim         INTEGER NOT NULL CHECK (dim > 0),
    state       TEXT NOT NULL CHECK (state IN ('building', 'active', 'retired')),
    params      BLOB,                     -- the offline embedder's fitted projection
    fitted_on   INTEGER NOT NULL DEFAULT 0, -- how many documents the projection was fitted on
    created_at  TEXT NOT NULL
);

-- Document ids deleted since the vector index was last saved; the indexer removes them from FAISS.
CREATE TABLE vector_tombstones (
    document_id  INTEGER PRIMARY KEY
);

-- Records whose documents must be (re)built. Triggers fill it on every insert, edit and delete of a record;
-- the projector empties it. A deleted record's documents are removed at once, in the deleting transaction.
CREATE TABLE search_dirty (
    origin  TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Imported notes keep where they came from, so importing the same file twice adds nothing.
ALTER TABLE notes ADD COLUMN source TEXT NOT NULL DEFAULT 'manual';
ALTER TABLE notes ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX notes_by_source ON notes (source, external_id);

-- Triggers use NOT EXISTS rather than OR IGNORE: an UPSERT outer statement overrides a trigger's OR IGNORE.
-- Deleting any record removes its documents in the same transaction: no search ever returns it again.
-- (Range on origin||'#' keeps the lookups on the UNIQUE index.)
CREATE TRIGGER search_journal_ai AFTER INSERT ON journal_entries BEGIN
    INSERT INTO search_dirty SELECT 'journal:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'journal:' || new.id);
END;
CREATE TRIGGER search_journal_au AFTER UPDATE ON journal_entries BEGIN
    INSERT INTO search_dirty SELECT 'journal:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'journal:' || new.id);
END;
CREATE TRIGGER search_journal_ad AFTER DELETE ON journal_entries BEGIN
    DELETE FROM documents WHERE origin = 'journal:' || old.id;
    DELETE FROM search_dirty WHERE origin = 'journal:' || old.id;
END;

CREATE TRIGGER search_note_ai AFTER INSERT ON notes BEGIN
    INSERT INTO search_dirty SELECT 'note:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'note:' || new.id);
END;
CREATE TRIGGER search_note_au AFTER UPDATE ON notes BEGIN
    INSERT INTO search_dirty SELECT 'note:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'note:' || new.id);
END;
CREATE TRIGGER search_note_ad AFTER DELETE ON notes BEGIN
    DELETE FROM documents WHERE origin = 'note:' || old.id;
    DELETE FROM search_dirty WHERE origin = 'note:' || old.id;
END;

CREATE TRIGGER search_task_ai AFTER INSERT ON tasks BEGIN
    INSERT INTO search_dirty SELECT 'task:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'task:' || new.id);
END;
CREATE TRIGGER search_task_au AFTER UPDATE ON tasks BEGIN
    INSERT INTO search_dirty SELECT 'task:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'task:' || new.id);
END;
CREATE TRIGGER search_task_ad AFTER DELETE ON tasks BEGIN
    DELETE FROM documents WHERE origin = 'task:' || old.id;
    DELETE FROM search_dirty WHERE origin = 'task:' || old.id;
END;

-- Expenses and income share one table; the origin names the kind the row has now.
CREATE TRIGGER search_transaction_ai AFTER INSERT ON transactions BEGIN
    INSERT INTO search_dirty SELECT new.kind || ':' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = new.kind || ':' || new.id);
END;
CREATE TRIGGER search_transaction_au AFTER UPDATE ON transactions BEGIN
    DELETE FROM documents WHERE origin = old.kind || ':' || old.id AND old.kind <> new.kind;
    INSERT INTO search_dirty SELECT new.kind || ':' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = new.kind || ':' || new.id);
END;
CREATE TRIGGER search_transaction_ad AFTER DELETE ON transactions BEGIN
    DELETE FROM documents WHERE origin = old.kind || ':' || old.id;
    DELETE FROM search_dirty WHERE origin = old.kind || ':' || old.id;
END;

CREATE TRIGGER search_workout_ai AFTER INSERT ON workouts BEGIN
    INSERT INTO search_dirty SELECT 'workout:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'workout:' || new.id);
    INSERT INTO search_dirty SELECT 'health:' || new.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || new.day);
END;
CREATE TRIGGER search_workout_au AFTER UPDATE ON workouts BEGIN
    INSERT INTO search_dirty SELECT 'workout:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'workout:' || new.id);
    INSERT INTO search_dirty SELECT 'health:' || old.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || old.day);
    INSERT INTO search_dirty SELECT 'health:' || new.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || new.day);
END;
CREATE TRIGGER search_workout_ad AFTER DELETE ON workouts BEGIN
    DELETE FROM documents WHERE origin = 'workout:' || old.id;
    DELETE FROM search_dirty WHERE origin = 'workout:' || old.id;
    INSERT INTO search_dirty SELECT 'health:' || old.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || old.day);
END;

CREATE TRIGGER search_event_ai AFTER INSERT ON calendar_events BEGIN
    INSERT INTO search_dirty SELECT 'event:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'event:' || new.id);
END;
CREATE TRIGGER search_event_au AFTER UPDATE ON calendar_events BEGIN
    INSERT INTO search_dirty SELECT 'event:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'event:' || new.id);
END;
CREATE TRIGGER search_event_ad AFTER DELETE ON calendar_events BEGIN
    DELETE FROM documents WHERE origin = 'event:' || old.id;
    DELETE FROM search_dirty WHERE origin = 'event:' || old.id;
END;

-- A day's health summary is rendered from all its metrics (and workouts); any change re-renders the day.
CREATE TRIGGER search_metric_ai AFTER INSERT ON metrics BEGIN
    INSERT INTO search_dirty SELECT 'health:' || new.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || new.day);
END;
CREATE TRIGGER search_metric_au AFTER UPDATE ON metrics BEGIN
    INSERT INTO search_dirty SELECT 'health:' || old.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || old.day);
    INSERT INTO search_dirty SELECT 'health:' || new.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || new.day);
END;
CREATE TRIGGER search_metric_ad AFTER DELETE ON metrics BEGIN
    INSERT INTO search_dirty SELECT 'health:' || old.day WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'health:' || old.day);
END;

-- Tags and categories are part of a record's text.
CREATE TRIGGER search_note_tags_ai AFTER INSERT ON note_tags BEGIN
    INSERT INTO search_dirty SELECT 'note:' || new.note_id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'note:' || new.note_id);
END;
CREATE TRIGGER search_note_tags_ad AFTER DELETE ON note_tags BEGIN
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'note:' || old.note_id AS o WHERE EXISTS (SELECT 1 FROM notes WHERE id = old.note_id)) WHERE o NOT IN (SELECT origin FROM search_dirty);
END;
CREATE TRIGGER search_task_tags_ai AFTER INSERT ON task_tags BEGIN
    INSERT INTO search_dirty SELECT 'task:' || new.task_id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'task:' || new.task_id);
END;
CREATE TRIGGER search_task_tags_ad AFTER DELETE ON task_tags BEGIN
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'task:' || old.task_id AS o WHERE EXISTS (SELECT 1 FROM tasks WHERE id = old.task_id)) WHERE o NOT IN (SELECT origin FROM search_dirty);
END;
CREATE TRIGGER search_journal_tags_ai AFTER INSERT ON journal_entry_tags BEGIN
    INSERT INTO search_dirty SELECT 'journal:' || new.entry_id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE origin = 'journal:' || new.entry_id);
END;
CREATE TRIGGER search_journal_tags_ad AFTER DELETE ON journal_entry_tags BEGIN
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'journal:' || old.entry_id AS o WHERE EXISTS (SELECT 1 FROM journal_entries WHERE id = old.entry_id)) WHERE o NOT IN (SELECT origin FROM search_dirty);
END;
CREATE TRIGGER search_tags_au AFTER UPDATE OF name ON tags BEGIN
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'note:' || note_id AS o FROM note_tags WHERE tag_id = new.id) WHERE o NOT IN (SELECT origin FROM search_dirty);
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'task:' || task_id AS o FROM task_tags WHERE tag_id = new.id) WHERE o NOT IN (SELECT origin FROM search_dirty);
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'journal:' || entry_id AS o FROM journal_entry_tags WHERE tag_id = new.id) WHERE o NOT IN (SELECT origin FROM search_dirty);
END;
CREATE TRIGGER search_categories_au AFTER UPDATE OF name ON categories BEGIN
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'note:' || id AS o FROM notes WHERE category_id = new.id) WHERE o NOT IN (SELECT origin FROM search_dirty);
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT 'task:' || id AS o FROM tasks WHERE category_id = new.id) WHERE o NOT IN (SELECT origin FROM search_dirty);
    INSERT INTO search_dirty SELECT DISTINCT o FROM (SELECT kind || ':' || id AS o FROM transactions WHERE category_id = new.id) WHERE o NOT IN (SELECT origin FROM search_dirty);
END;

-- A day's health summary reads all of that day's metrics; metrics_by_name_day cannot serve a lookup by day alone.
CREATE INDEX metrics_by_day ON metrics (day);

-- Everything recorded so far is projected by the indexer after this upgrade.
INSERT OR IGNORE INTO search_dirty SELECT 'journal:' || id FROM journal_entries;
INSERT OR IGNORE INTO search_dirty SELECT 'note:' || id FROM notes;
INSERT OR IGNORE INTO search_dirty SELECT 'task:' || id FROM tasks;
INSERT OR IGNORE INTO search_dirty SELECT kind || ':' || id FROM transactions;
INSERT OR IGNORE INTO search_dirty SELECT 'workout:' || id FROM workouts;
INSERT OR IGNORE INTO search_dirty SELECT 'event:' || id FROM calendar_events;
INSERT OR IGNORE INTO search_dirty SELECT DISTINCT 'health:' || day FROM metrics;
INSERT OR IGNORE INTO search_dirty SELECT DISTINCT 'health:' || day FROM workouts;
