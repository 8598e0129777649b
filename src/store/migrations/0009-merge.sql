-- 0009: merging two records of one person (corro_store_merge_participants()).
--
-- Everything of the record merged away moves to the record kept: enrolments (with
-- their contacts), attendance and the notes about them. A finalised note is frozen
-- (0004), but whom it is about may change while a merge is under way: the `merger`
-- table holds one row, the two ids, only inside the merging transaction, and the note's
-- words, dates and session stay exactly as they were.
--
-- The audit keeps one row for the merge (action 'merge', entity 'participant', the id
-- kept, detail "merged participant #a into #b"): ids only, never anything about them.

CREATE TABLE merger (
  from_id INTEGER NOT NULL,
  into_id INTEGER NOT NULL,
  PRIMARY KEY (from_id, into_id)
) WITHOUT ROWID;

DROP TRIGGER reflection_frozen;
CREATE TRIGGER reflection_frozen BEFORE UPDATE ON reflection
WHEN OLD.finalised_at IS NOT NULL AND NOT (
  EXISTS (SELECT 1 FROM merger
          WHERE from_id = OLD.participant_id AND into_id = NEW.participant_id)
  AND OLD.text IS NEW.text AND OLD.kind IS NEW.kind AND OLD.session_id IS NEW.session_id
  AND OLD.finalised_at IS NEW.finalised_at AND OLD.created_at IS NEW.created_at
  AND OLD.updated_at IS NEW.updated_at)
BEGIN
  SELECT RAISE (ABORT, 'a finalised note changes only by addendum');
END;
