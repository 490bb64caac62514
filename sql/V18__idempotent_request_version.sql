-- A replayed create answers with the first answer's ETag too; rows kept before this have none to give.
ALTER TABLE idempotent_request ADD COLUMN version BIGINT;
