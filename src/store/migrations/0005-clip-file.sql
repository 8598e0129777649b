-- 0005: this computer's video files for the clip keys that plans name.
-- Programme files carry only keys; each laptop links a key to its own licensed copy.

CREATE TABLE clip_file (
  key       TEXT PRIMARY KEY CHECK (key <> ''),
  uri       TEXT NOT NULL CHECK (uri <> ''),
  linked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
