-- 0010: what a note keeps besides its text.
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

DROP TRIGGER reflection_frozen;
CREATE TRIGGER reflection_frozen BEFORE UPDATE ON reflection
WHEN OLD.finalised_at IS NOT NULL
  AND NOT (NEW.redactions = OLD.redactions + 1
           AND NEW.finalised_at IS OLD.finalised_at AND NEW.finalised_by IS OLD.finalised_by
           AND NEW.kind IS OLD.kind AND NEW.session_id IS OLD.session_id
           AND NEW.participant_id IS OLD.participant_id)
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
