-- Schema 2: what is tracked and synced. Money is integer minor units + ISO 4217 code, never a float.
-- Rows from outside (Oura, Google, imports) are upserted by (source, external_id).
CREATE TABLE metrics (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value        REAL NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    instant      TEXT,
    source       TEXT NOT NULL DEFAULT 'manual',
    external_id  TEXT,
    raw_input    TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX metrics_by_name_day ON metrics (name, day);

CREATE TABLE workouts (
    id            INTEGER PRIMARY KEY,
    activity      TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    day           TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    started_at    TEXT,
    duration_min  REAL CHECK (duration_min IS NULL OR duration_min >= 0),
    distance_km   REAL CHECK (distance_km IS NULL OR distance_km >= 0),
    calories      REAL CHECK (calories IS NULL OR calories >= 0),
    notes         TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT 'manual',
    external_id   TEXT,
    raw_input     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX workouts_by_day ON workouts (day);

CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('expense', 'income')),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    day           TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    instant       TEXT,
    category_id   INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    merchant      TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    recurring_id  INTEGER REFERENCES transactions(id) ON DELETE SET NULL,
    source        TEXT NOT NULL DEFAULT 'manual',
    external_id   TEXT,
    import_batch  TEXT,
    raw_input     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX transactions_by_day ON transactions (day);
CREATE INDEX transactions_by_category_day ON transactions (category_id, day);

CREATE TABLE budgets (
    id            INTEGER PRIMARY KEY,
    category_id   INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    period        TEXT NOT NULL CHECK (period IN ('week', 'month')),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    starts_on     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (category_id, period, starts_on)
);

CREATE TABLE calendar_events (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL DEFAULT 'manual',
    calendar_id  TEXT NOT NULL DEFAULT '',
    external_id  TEXT,
    title        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    all_day      INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL,
    time_zone    TEXT NOT NULL DEFAULT '',
    day          TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'confirmed',
    updated_at   TEXT NOT NULL,
    UNIQUE (source, calendar_id, external_id)
);
CREATE INDEX calendar_events_by_day ON calendar_events (day);

CREATE TABLE insights (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,          -- daily_brief | weekly_review | pattern …
    day         TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    data        TEXT,                   -- JSON with the numbers the text was written from
    provider    TEXT,
    rating      INTEGER CHECK (rating IS NULL OR rating IN (-1, 1)),
    created_at  TEXT NOT NULL
);
CREATE INDEX insights_by_day ON insights (kind, day);
