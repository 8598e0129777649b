-- 0010: children's age bands as a list the team keeps, instead of free text, so that
-- totals by age band add up ("0–2 years" and "0–2 años" are one band).
--
-- grp.age_band now holds one of:
--   ''               not recorded;
--   a band's key     e.g. '0-2' (stable: renaming a band changes only its labels);
--   'other:' || text a value written before bands existed that matches none of them,
--                    kept word for word and shown as "Other: …".
-- The default bands' labels are stored in both languages; a team may rename them, add
-- its own and remove those no group uses.

CREATE TABLE age_band (
  key      TEXT    PRIMARY KEY CHECK (key <> '' AND key NOT GLOB '*[^a-z0-9-]*'),
  label_en TEXT    NOT NULL CHECK (label_en <> ''),
  label_es TEXT    NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO age_band (key, label_en, label_es, position) VALUES
  ('0-2', '0–2 years', '0–2 años', 1),
  ('3-5', '3–5 years', '3–5 años', 2),
  ('0-5', '0–5 years', '0–5 años', 3),
  ('6-12', '6–12 years', '6–12 años', 4),
  ('13-18', '13–18 years', '13–18 años', 5);

-- Free text mapped to a band where it clearly is one: the two numbers of the band (any
-- dash, "to", "a"), or "under 2" / "menores de 2", with or without "years", "años".
CREATE TEMP TABLE age_band_text AS
SELECT id,
       replace (replace (replace (replace (replace (replace (replace (replace (
         lower (trim (age_band)), ' ', ''), '–', '-'), '—', '-'), '‒', '-'), 'to', '-'),
         'a', '-'), 'menoresde', 'under'), 'menosde', 'under') AS norm
FROM grp WHERE age_band <> '';

UPDATE grp SET age_band = coalesce ((
  SELECT CASE
    WHEN t.norm GLOB '0-2' OR t.norm GLOB '0-2[^0-9]*' OR t.norm GLOB 'under2' OR
         t.norm GLOB 'under2[^0-9]*' THEN '0-2'
    WHEN t.norm GLOB '3-5' OR t.norm GLOB '3-5[^0-9]*' THEN '3-5'
    WHEN t.norm GLOB '0-5' OR t.norm GLOB '0-5[^0-9]*' OR t.norm GLOB 'under5' OR
         t.norm GLOB 'under5[^0-9]*' THEN '0-5'
    WHEN t.norm GLOB '6-12' OR t.norm GLOB '6-12[^0-9]*' THEN '6-12'
    WHEN t.norm GLOB '13-18' OR t.norm GLOB '13-18[^0-9]*' THEN '13-18'
  END
  FROM age_band_text t WHERE t.id = grp.id), 'other:' || age_band)
WHERE age_band <> '';

DROP TABLE age_band_text;

-- A group names a band that exists, or keeps old text, or none.
CREATE TRIGGER grp_age_band_insert BEFORE INSERT ON grp
WHEN NEW.age_band <> '' AND NEW.age_band NOT GLOB 'other:*' AND
     NOT EXISTS (SELECT 1 FROM age_band WHERE key = NEW.age_band)
BEGIN
  SELECT RAISE (ABORT, 'a group''s age band is one of the team''s age bands');
END;

CREATE TRIGGER grp_age_band_update BEFORE UPDATE OF age_band ON grp
WHEN NEW.age_band <> '' AND NEW.age_band NOT GLOB 'other:*' AND
     NOT EXISTS (SELECT 1 FROM age_band WHERE key = NEW.age_band)
BEGIN
  SELECT RAISE (ABORT, 'a group''s age band is one of the team''s age bands');
END;

CREATE TRIGGER age_band_in_use BEFORE DELETE ON age_band
WHEN EXISTS (SELECT 1 FROM grp WHERE age_band = OLD.key)
BEGIN
  SELECT RAISE (ABORT, 'an age band that groups use is kept');
END;
