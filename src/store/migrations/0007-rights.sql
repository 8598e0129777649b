-- 0007: people's rights: erasing a participant on request, and keeping records no
-- longer than the team's retention period.
--
-- An erasure deletes the participant row; the schema's cascades take their enrolments,
-- contacts, attendance, the notes about them and those notes' addenda (a finalised note
-- may not be changed, but it may be erased: reflection_frozen guards UPDATE only).
-- Each of those deletions would add its own audit row. During an erasure they add none:
-- the store writes a single destruction record instead (action 'erase', entity
-- 'participant', the record's id, and in `detail` who erased it and how many rows of
-- each kind went, never anything about the person). The `erasure` table says that an
-- erasure is under way; it holds a row only inside the erasing transaction.
--
-- The audit rows written before the erasure stay (the trail is append-only): they hold
-- ids, actions, timestamps and the names of fields that changed, never their values.

CREATE TABLE erasure (
  participant_id INTEGER PRIMARY KEY
);

DROP TRIGGER participant_audit_delete;
CREATE TRIGGER participant_audit_delete AFTER DELETE ON participant
WHEN NOT EXISTS (SELECT 1 FROM erasure)
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('delete', 'participant', OLD.id);
END;

DROP TRIGGER enrolment_audit_delete;
CREATE TRIGGER enrolment_audit_delete AFTER DELETE ON enrolment
WHEN NOT EXISTS (SELECT 1 FROM erasure)
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('delete', 'enrolment', OLD.id);
END;

DROP TRIGGER attendance_audit_delete;
CREATE TRIGGER attendance_audit_delete AFTER DELETE ON attendance
WHEN NOT EXISTS (SELECT 1 FROM erasure)
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('unmark', 'attendance', OLD.participant_id, 'session ' || OLD.session_id);
END;

DROP TRIGGER reflection_audit_delete;
CREATE TRIGGER reflection_audit_delete AFTER DELETE ON reflection
WHEN NOT EXISTS (SELECT 1 FROM erasure)
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('delete', 'reflection', OLD.id);
END;
