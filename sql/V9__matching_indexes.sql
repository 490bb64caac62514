-- Matching keeps a compact in-memory index of open openings and participants' preferences. Each instance asks the
-- database for the newest change before ranking, so these make that question cheap.

CREATE INDEX ix_job_opening_updated ON job_opening (updated_at);
CREATE INDEX ix_participant_updated ON participant (updated_at);
CREATE INDEX ix_employer_updated ON employer (updated_at);
