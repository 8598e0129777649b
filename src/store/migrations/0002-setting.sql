-- 0002: settings that belong to the records rather than to one laptop
-- (the content language, later the team's name and retention), kept with the data.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY CHECK (key <> ''),
  value TEXT NOT NULL
) WITHOUT ROWID;
