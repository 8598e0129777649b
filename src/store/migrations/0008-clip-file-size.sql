-- 0008: the size of each linked video file, so that a file moved to another folder can be
-- recognised by its name and its size. NULL for links made before it was recorded.

ALTER TABLE clip_file ADD COLUMN size INTEGER CHECK (size IS NULL OR size >= 0);
