-- Rejects become idempotent: re-running an ingest over the same bad input does not add the same reject twice.
-- key = sha256 of origin, doc id, stage, reason and the offending bytes; NULL for rows stored before v2.
ALTER TABLE rejects ADD COLUMN key TEXT;
CREATE UNIQUE INDEX rejects_key ON rejects(key);
