-- 0006: the sound and subtitle track chosen for each clip key on this computer.
-- A missing row (or a NULL) means nothing was chosen yet: the content language decides.
-- Indexes count the clip's audio (or subtitle) tracks from 0; subtitle -1 means "off".

CREATE TABLE clip_track (
  key      TEXT PRIMARY KEY CHECK (key <> ''),
  audio    INTEGER CHECK (audio IS NULL OR audio >= 0),
  subtitle INTEGER CHECK (subtitle IS NULL OR subtitle >= -1)
) WITHOUT ROWID;
