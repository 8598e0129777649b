-- 0011: what a note keeps besides its text.
--   * who finalised it (the staff name from Preferences, else the computer user's name);
--   * a half-typed addendum, kept as a draft until it is added, so leaving the note loses
--     nothing: one draft per note, removed when the addendum is added or emptied;
--   * redactions: after a person's record is erased, their name can be removed from
--     other notes, finalised ones and their addenda included. A finalised note or an
--     addendum still changes in no other way: each redaction counts itself up by one,
--     and the note gains a dated addendum saying text was removed (not which).

ALTER TABLE reflection ADD COLUMN finalised_by TEXT;
ALTER TABLE reflection ADD COLUMN redactions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE addendum ADD COLUMN redactions INTEGER NOT NULL DEFAULT 0;

CREATE TABLE addendum_draft (
  reflection_id INTEGER PRIMARY KEY REFERENCES reflection (id) ON DELETE CASCADE,
  text          TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The two ways a finalised note may change: a redaction (above), or a merger of two
-- records of one person moving it to the record kept (0009).
DROP TRIGGER reflection_frozen;
CREATE TRIGGER reflection_frozen BEFORE UPDATE ON reflection
WHEN OLD.finalised_at IS NOT NULL
  AND NOT (NEW.redactions = OLD.redactions + 1
           AND NEW.finalised_at IS OLD.finalised_at AND NEW.finalised_by IS OLD.finalised_by
           AND NEW.kind IS OLD.kind AND NEW.session_id IS OLD.session_id
           AND NEW.participant_id IS OLD.participant_id)
  AND NOT (EXISTS (SELECT 1 FROM merger
                   WHERE from_id = OLD.participant_id AND into_id = NEW.participant_id)
           AND OLD.text IS NEW.text AND OLD.kind IS NEW.kind
           AND OLD.session_id IS NEW.session_id AND OLD.finalised_at IS NEW.finalised_at
           AND OLD.finalised_by IS NEW.finalised_by AND OLD.redactions IS NEW.redactions
           AND OLD.created_at IS NEW.created_at AND OLD.updated_at IS NEW.updated_at)
BEGIN
  SELECT RAISE (ABORT, 'a finalised note changes only by addendum');
END;

DROP TRIGGER addendum_no_update;
CREATE TRIGGER addendum_no_update BEFORE UPDATE ON addendum
WHEN NOT (NEW.redactions = OLD.redactions + 1 AND NEW.reflection_id = OLD.reflection_id
          AND NEW.created_at IS OLD.created_at)
BEGIN
  SELECT RAISE (ABORT, 'an addendum is never changed; add another');
END;

-- A redacted addendum: the index's copy of the note's addenda is written again.
CREATE TRIGGER addendum_fts_update AFTER UPDATE OF text ON addendum
BEGIN
  UPDATE reflection_fts
  SET addenda = coalesce ((SELECT group_concat (text || char (10), '')
                           FROM (SELECT text FROM addendum
                                 WHERE reflection_id = NEW.reflection_id ORDER BY created_at, id)),
                          '')
  WHERE rowid = NEW.reflection_id;
END;
