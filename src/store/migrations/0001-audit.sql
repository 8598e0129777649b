-- 0001: the append-only audit trail.
-- Every change to a person's record or a note adds a row here: when, what, which record.
-- Rows never carry personal data, so they may outlive an erased record.

CREATE TABLE audit (
  id        INTEGER PRIMARY KEY,
  at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  action    TEXT    NOT NULL CHECK (action <> ''),
  entity    TEXT    NOT NULL CHECK (entity <> ''),
  entity_id INTEGER,
  detail    TEXT
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE (ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE (ABORT, 'the audit trail is append-only');
END;
