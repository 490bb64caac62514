-- Storage limitation (GDPR art. 5(1)(e)): participants are anonymised, and access-log rows deleted, once their
-- configured time is over. The job runs on a schedule in every instance of a cluster, but this row is locked
-- (SELECT ... FOR UPDATE) around each run and holds when the next run is due, so exactly one instance runs it.
CREATE TABLE scheduled_job (
    name        VARCHAR(50)  NOT NULL PRIMARY KEY,
    next_run_at DATETIME(6)  NOT NULL
);
INSERT INTO scheduled_job (name, next_run_at) VALUES ('retention', TIMESTAMP '2000-01-01 00:00:00');

-- Every run, with its counts, so that a data-protection officer can see that it happens.
CREATE TABLE retention_run (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at              DATETIME(6)  NOT NULL,
    finished_at             DATETIME(6)  NOT NULL,
    started_by              VARCHAR(100) NOT NULL,
    participants_cutoff     DATETIME(6)  NOT NULL,
    participants_anonymised INT          NOT NULL,
    access_log_cutoff       DATETIME(6)  NOT NULL,
    access_rows_deleted     BIGINT       NOT NULL
);
CREATE INDEX ix_retention_run_started ON retention_run (started_at);

-- The deletion reads the access log by age alone.
CREATE INDEX ix_participant_access_time ON participant_access (accessed_at);
