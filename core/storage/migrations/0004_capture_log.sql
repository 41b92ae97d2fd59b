-- Schema 4: the quick-capture log. Every captured line keeps its raw input here, beside the record it was
-- filed as, so nothing typed is lost, Up can recall it, and the capture can be undone.
CREATE TABLE captures (
    id             INTEGER PRIMARY KEY,
    raw_input      TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('task', 'note', 'journal', 'expense', 'income', 'metric', 'workout')),
    record_id      INTEGER NOT NULL,   -- row id in the table of its kind (journal: journal_entries)
    day            TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    appended_text  TEXT,               -- journal lines: exactly what was appended, so undo can cut it out again
    confidence     REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
    parser         TEXT NOT NULL DEFAULT 'offline', -- offline, or the second opinion that filed it
    created_at     TEXT NOT NULL
);
CREATE INDEX captures_by_created ON captures (created_at);

-- Notes filed by capture keep what was typed, like tasks, metrics, workouts and transactions already do.
ALTER TABLE notes ADD COLUMN raw_input TEXT;
