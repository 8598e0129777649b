-- 0004: the records of groups: groups and their sessions, participants and their
-- enrolment, pre-group contacts, attendance, and reflections with their addenda.
--
-- Dates are 'YYYY-MM-DD' (the local calendar day), times of day 'HH:MM', timestamps
-- UTC 'YYYY-MM-DDTHH:MM:SS.SSSZ'. Enumerations are lower-case words checked here.
--
-- What is deleted with what:
--   * erasing a participant (a request to be forgotten) takes their enrolments, contacts,
--     attendance and the notes about them; the audit keeps that it happened, nothing else;
--   * deleting a group takes its enrolments and sessions with their attendance, but is
--     refused while any of its sessions has a note: notes are never lost by accident;
--   * a programme that groups follow cannot be deleted.
--
-- Self-reflections and fidelity notes are supervision material: they never name a
-- participant, so no query about a participant can reach them.

CREATE TABLE grp (
  id           INTEGER PRIMARY KEY,
  name         TEXT    NOT NULL CHECK (name <> ''),
  programme_id TEXT    NOT NULL REFERENCES programme (id),
  mode         TEXT    NOT NULL DEFAULT 'in-person'
                       CHECK (mode IN ('in-person', 'online', 'individual')),
  age_band     TEXT    NOT NULL DEFAULT '',
  venue        TEXT    NOT NULL DEFAULT '',
  facilitators TEXT    NOT NULL DEFAULT '',
  language     TEXT    NOT NULL DEFAULT '',
  weekday      INTEGER CHECK (weekday BETWEEN 1 AND 7),
  start_time   TEXT    CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  start_date   TEXT    CHECK (start_date IS date (start_date, '+0 days')),
  status       TEXT    NOT NULL DEFAULT 'planned'
                       CHECK (status IN ('planned', 'running', 'finished')),
  created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX grp_programme ON grp (programme_id);
CREATE INDEX grp_name ON grp (name COLLATE NOCASE);

-- How many of a programme's chapters a participant attends to complete it; a programme
-- without a row here asks for three quarters of its chapters (6 of 8).
CREATE TABLE completion_rule (
  programme_id      TEXT    PRIMARY KEY REFERENCES programme (id) ON DELETE CASCADE,
  required_chapters INTEGER NOT NULL CHECK (required_chapters >= 1)
) WITHOUT ROWID;

CREATE TABLE participant (
  id               INTEGER PRIMARY KEY,
  name             TEXT    NOT NULL CHECK (name <> ''),
  relationship     TEXT    CHECK (relationship IN ('mother', 'father', 'grandparent',
                                                   'foster-carer', 'other')),
  child_age_months INTEGER CHECK (child_age_months BETWEEN 0 AND 300),
  language         TEXT    NOT NULL DEFAULT '',
  phone            TEXT    NOT NULL DEFAULT '',
  email            TEXT    NOT NULL DEFAULT '',
  consent_date     TEXT    CHECK (consent_date IS date (consent_date, '+0 days')),
  consent_scope    TEXT    NOT NULL DEFAULT '',
  created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE enrolment (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp (id) ON DELETE CASCADE,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  referral_source TEXT    NOT NULL DEFAULT '',
  referral_date   TEXT    CHECK (referral_date IS date (referral_date, '+0 days')),
  status          TEXT    NOT NULL DEFAULT 'referred'
                          CHECK (status IN ('referred', 'contacted', 'enrolled',
                                            'completed', 'withdrawn')),
  status_reason   TEXT    NOT NULL DEFAULT '',
  status_date     TEXT    CHECK (status_date IS date (status_date, '+0 days')),
  created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (group_id, participant_id),
  CHECK (status = 'withdrawn' OR status_reason = '')
);

CREATE INDEX enrolment_participant ON enrolment (participant_id);

-- Pre-group contacts: a call or a visit to someone referred, before the group starts.
CREATE TABLE contact (
  id           INTEGER PRIMARY KEY,
  enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
  date         TEXT    NOT NULL CHECK (date IS date (date, '+0 days')),
  method       TEXT    NOT NULL DEFAULT 'phone'
                       CHECK (method IN ('phone', 'video', 'in-person', 'message', 'other')),
  note         TEXT    NOT NULL DEFAULT '',
  created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX contact_enrolment ON contact (enrolment_id);

-- One meeting of a group. `extra` marks a further meeting for a chapter already met
-- (a chapter split over two meetings); `skipped` lists the plan's segments left out,
-- by number ('2,5').
CREATE TABLE session (
  id         INTEGER PRIMARY KEY,
  group_id   INTEGER NOT NULL REFERENCES grp (id) ON DELETE CASCADE,
  chapter    INTEGER NOT NULL CHECK (chapter >= 1),
  date       TEXT    CHECK (date IS date (date, '+0 days')),
  held       INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
  started_at TEXT    CHECK (started_at GLOB '[0-2][0-9]:[0-5][0-9]'),
  ended_at   TEXT    CHECK (ended_at GLOB '[0-2][0-9]:[0-5][0-9]'),
  skipped    TEXT    NOT NULL DEFAULT '' CHECK (skipped NOT GLOB '*[^0-9,]*'),
  extra      INTEGER NOT NULL DEFAULT 0 CHECK (extra IN (0, 1)),
  updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX session_group ON session (group_id, date);

CREATE TABLE attendance (
  session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  mark           TEXT    NOT NULL
                         CHECK (mark IN ('present', 'late', 'absent', 'excused', 'caught-up')),
  updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;

CREATE INDEX attendance_participant ON attendance (participant_id);

CREATE TRIGGER attendance_enrolled BEFORE INSERT ON attendance
WHEN NOT EXISTS (SELECT 1 FROM session s JOIN enrolment e ON e.group_id = s.group_id
                 WHERE s.id = NEW.session_id AND e.participant_id = NEW.participant_id)
BEGIN
  SELECT RAISE (ABORT, 'attendance is marked only for participants of the session''s group');
END;

-- A note. Session notes belong to a session; participant notes to a participant (and
-- usually a session); self-reflections and fidelity notes to the facilitator, never to a
-- participant. A finalised note is frozen: it changes only by addendum.
CREATE TABLE reflection (
  id             INTEGER PRIMARY KEY,
  kind           TEXT    NOT NULL
                         CHECK (kind IN ('session', 'participant', 'self', 'fidelity')),
  session_id     INTEGER REFERENCES session (id),
  participant_id INTEGER REFERENCES participant (id) ON DELETE CASCADE,
  text           TEXT    NOT NULL DEFAULT '',
  created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  finalised_at   TEXT,
  CHECK (kind <> 'session' OR (session_id IS NOT NULL AND participant_id IS NULL)),
  CHECK (kind <> 'participant' OR participant_id IS NOT NULL),
  CHECK (kind NOT IN ('self', 'fidelity') OR participant_id IS NULL)
);

CREATE INDEX reflection_session ON reflection (session_id, kind);
CREATE INDEX reflection_participant ON reflection (participant_id);
CREATE INDEX reflection_kind ON reflection (kind, updated_at);

CREATE TRIGGER reflection_enrolled BEFORE INSERT ON reflection
WHEN NEW.session_id IS NOT NULL AND NEW.participant_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM session s JOIN enrolment e ON e.group_id = s.group_id
  WHERE s.id = NEW.session_id AND e.participant_id = NEW.participant_id)
BEGIN
  SELECT RAISE (ABORT, 'a note names only participants of the session''s group');
END;

CREATE TRIGGER reflection_frozen BEFORE UPDATE ON reflection
WHEN OLD.finalised_at IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'a finalised note changes only by addendum');
END;

CREATE TABLE addendum (
  id            INTEGER PRIMARY KEY,
  reflection_id INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
  text          TEXT    NOT NULL CHECK (text <> ''),
  created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX addendum_reflection ON addendum (reflection_id);

CREATE TRIGGER addendum_to_final BEFORE INSERT ON addendum
WHEN (SELECT finalised_at FROM reflection WHERE id = NEW.reflection_id) IS NULL
BEGIN
  SELECT RAISE (ABORT, 'addenda are added to finalised notes; edit a draft instead');
END;

CREATE TRIGGER addendum_no_update BEFORE UPDATE ON addendum
BEGIN
  SELECT RAISE (ABORT, 'an addendum is never changed; add another');
END;

-- Full-text search over notes and their addenda, accent-insensitive ("jose" finds
-- "José"). The index keeps its own copy, kept in step by the triggers below.
CREATE VIRTUAL TABLE reflection_fts USING fts5 (
  text,
  addenda,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER reflection_fts_insert AFTER INSERT ON reflection
BEGIN
  INSERT INTO reflection_fts (rowid, text, addenda) VALUES (NEW.id, NEW.text, '');
END;

CREATE TRIGGER reflection_fts_update AFTER UPDATE OF text ON reflection
WHEN OLD.text IS NOT NEW.text
BEGIN
  UPDATE reflection_fts SET text = NEW.text WHERE rowid = NEW.id;
END;

CREATE TRIGGER reflection_fts_delete AFTER DELETE ON reflection
BEGIN
  DELETE FROM reflection_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER addendum_fts_insert AFTER INSERT ON addendum
BEGIN
  UPDATE reflection_fts SET addenda = addenda || NEW.text || char (10)
  WHERE rowid = NEW.reflection_id;
END;

-- The audit trail (0001) for people's records and notes: what happened to which record
-- and which fields changed, never their values. While a draft note is being typed and
-- saved every second, its edits are noted once per ten minutes.
CREATE INDEX audit_entity ON audit (entity, entity_id, at);

CREATE TRIGGER participant_audit_insert AFTER INSERT ON participant
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('create', 'participant', NEW.id);
END;

CREATE TRIGGER participant_audit_update AFTER UPDATE ON participant
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('update', 'participant', NEW.id,
          trim (iif (OLD.name IS NOT NEW.name, 'name ', '') ||
                iif (OLD.relationship IS NOT NEW.relationship, 'relationship ', '') ||
                iif (OLD.child_age_months IS NOT NEW.child_age_months, 'child_age ', '') ||
                iif (OLD.language IS NOT NEW.language, 'language ', '') ||
                iif (OLD.phone IS NOT NEW.phone, 'phone ', '') ||
                iif (OLD.email IS NOT NEW.email, 'email ', '') ||
                iif (OLD.consent_date IS NOT NEW.consent_date OR
                     OLD.consent_scope IS NOT NEW.consent_scope, 'consent ', '')));
END;

CREATE TRIGGER participant_audit_delete AFTER DELETE ON participant
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('erase', 'participant', OLD.id);
END;

CREATE TRIGGER enrolment_audit_insert AFTER INSERT ON enrolment
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('create', 'enrolment', NEW.id,
          'participant ' || NEW.participant_id || ' group ' || NEW.group_id);
END;

CREATE TRIGGER enrolment_audit_update AFTER UPDATE ON enrolment
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('update', 'enrolment', NEW.id,
          trim (iif (OLD.status IS NOT NEW.status, 'status ', '') ||
                iif (OLD.status_reason IS NOT NEW.status_reason, 'reason ', '') ||
                iif (OLD.referral_source IS NOT NEW.referral_source OR
                     OLD.referral_date IS NOT NEW.referral_date, 'referral ', '')));
END;

CREATE TRIGGER enrolment_audit_delete AFTER DELETE ON enrolment
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('delete', 'enrolment', OLD.id);
END;

CREATE TRIGGER contact_audit_insert AFTER INSERT ON contact
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('create', 'contact', NEW.id, 'enrolment ' || NEW.enrolment_id);
END;

CREATE TRIGGER attendance_audit_insert AFTER INSERT ON attendance
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('mark', 'attendance', NEW.participant_id, 'session ' || NEW.session_id);
END;

CREATE TRIGGER attendance_audit_update AFTER UPDATE ON attendance
WHEN OLD.mark IS NOT NEW.mark
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('mark', 'attendance', NEW.participant_id, 'session ' || NEW.session_id);
END;

CREATE TRIGGER attendance_audit_delete AFTER DELETE ON attendance
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('unmark', 'attendance', OLD.participant_id, 'session ' || OLD.session_id);
END;

CREATE TRIGGER reflection_audit_insert AFTER INSERT ON reflection
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('create', 'reflection', NEW.id, NEW.kind);
END;

CREATE TRIGGER reflection_audit_edit AFTER UPDATE OF text ON reflection
WHEN OLD.text IS NOT NEW.text AND NOT EXISTS (
  SELECT 1 FROM audit
  WHERE entity = 'reflection' AND entity_id = NEW.id AND action IN ('create', 'edit')
    AND at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-10 minutes'))
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('edit', 'reflection', NEW.id);
END;

CREATE TRIGGER reflection_audit_finalise AFTER UPDATE OF finalised_at ON reflection
WHEN OLD.finalised_at IS NULL AND NEW.finalised_at IS NOT NULL
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('finalise', 'reflection', NEW.id);
END;

CREATE TRIGGER reflection_audit_delete AFTER DELETE ON reflection
BEGIN
  INSERT INTO audit (action, entity, entity_id) VALUES ('delete', 'reflection', OLD.id);
END;

CREATE TRIGGER addendum_audit_insert AFTER INSERT ON addendum
BEGIN
  INSERT INTO audit (action, entity, entity_id, detail)
  VALUES ('addendum', 'reflection', NEW.reflection_id, 'addendum ' || NEW.id);
END;
