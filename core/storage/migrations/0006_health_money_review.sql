-- Schema 6: what the Health, Finance and Review pages need beyond schema 2.
-- Every import is one batch: its rows carry the batch id, so undoing it is one DELETE per table.
CREATE TABLE import_batches (
    id          TEXT PRIMARY KEY,               -- a UUID
    kind        TEXT NOT NULL CHECK (kind IN ('bank_csv', 'metrics_csv')),
    file_name   TEXT NOT NULL DEFAULT '',
    mapping     TEXT NOT NULL DEFAULT '',       -- the bank mapping's name; '' for metrics
    row_count   INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    created_at  TEXT NOT NULL,
    undone_at   TEXT
);
ALTER TABLE metrics ADD COLUMN import_batch TEXT;
CREATE INDEX metrics_by_import ON metrics (import_batch) WHERE import_batch IS NOT NULL;
-- A metrics import that replaced a stored value keeps the old one here, so undoing it puts it back.
CREATE TABLE import_replaced_metrics (
    batch_id      TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    metric_id     INTEGER NOT NULL,
    old_value     REAL NOT NULL,
    old_unit      TEXT NOT NULL,
    old_batch     TEXT,
    PRIMARY KEY (batch_id, metric_id)
) WITHOUT ROWID;
CREATE INDEX transactions_by_import ON transactions (import_batch) WHERE import_batch IS NOT NULL;
-- Deleting a transaction looks up rows whose recurring_id points at it (ON DELETE SET NULL): without an index,
-- undoing an import of n rows scanned the whole table n times.
CREATE INDEX transactions_by_recurring ON transactions (recurring_id);

-- A bank's CSV column mapping, remembered by name (JSON: see core/importing/BankCsvMapping).
CREATE TABLE csv_mappings (
    name        TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
    definition  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Category suggestions learned from the user's corrections: a normalised merchant/description key.
CREATE TABLE category_rules (
    id           INTEGER PRIMARY KEY,
    pattern      TEXT NOT NULL UNIQUE,
    category_id  INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    hits         INTEGER NOT NULL DEFAULT 1 CHECK (hits >= 0),
    updated_at   TEXT NOT NULL
);

-- Recurring expenses and income: a template that posts one transaction per due day
-- (source 'recurring', external_id '<template id>:<day>', so posting twice never duplicates).
CREATE TABLE recurring_transactions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT, -- ids are in posted external ids: never reused
    kind          TEXT NOT NULL CHECK (kind IN ('expense', 'income')),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    category_id   INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    merchant      TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    cadence       TEXT NOT NULL CHECK (cadence IN ('weekly', 'monthly', 'yearly')),
    first_day     TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    last_day      TEXT,
    posted_until  TEXT,                          -- the last day whose occurrence has been posted
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Which budget thresholds (80, 100 percent) were already announced for which period, so each is announced once.
CREATE TABLE budget_alerts (
    budget_id     INTEGER NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
    period_start  TEXT NOT NULL,
    threshold     INTEGER NOT NULL CHECK (threshold IN (80, 100)),
    notified_at   TEXT NOT NULL,
    PRIMARY KEY (budget_id, period_start, threshold)
) WITHOUT ROWID;
