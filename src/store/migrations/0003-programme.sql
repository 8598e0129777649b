-- 0003: programmes and their chapters' session plans.
-- A plan is kept as the chapter object of a programme file (JSON), so that what is
-- saved, what is exported and what undo restores are the same text. Titles are copied
-- into columns for the records and reports that name chapters.

CREATE TABLE programme (
  id         TEXT    PRIMARY KEY CHECK (id <> ''),
  position   INTEGER NOT NULL DEFAULT 0,
  header     TEXT    NOT NULL,
  updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE chapter (
  programme_id TEXT    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  number       INTEGER NOT NULL CHECK (number >= 1),
  title_en     TEXT    NOT NULL DEFAULT '',
  title_es     TEXT    NOT NULL DEFAULT '',
  plan         TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (programme_id, number)
);
