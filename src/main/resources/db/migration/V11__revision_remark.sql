-- Where a revision came from when the editor did not type it, such as the Word file an article was
-- imported from; shown in the history.
ALTER TABLE revision ADD COLUMN remark VARCHAR(255) NULL;
