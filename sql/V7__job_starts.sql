-- Job starts (placements): a participant starts work at an employer, through an opening or not. They feed the
-- fidelity items on diversity of job types and employers and on competitive jobs, and stay when a participant is
-- anonymised.

CREATE TABLE job_start (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    participant_id BIGINT        NOT NULL,
    employer_id    BIGINT        NOT NULL,
    opening_id     BIGINT,
    start_date     DATE          NOT NULL,
    end_date       DATE,
    end_reason     VARCHAR(500),
    hours_per_week DECIMAL(4, 1) NOT NULL,
    isco_code      VARCHAR(4)    NOT NULL,
    competitive    BOOLEAN       NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_job_start_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_job_start_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_job_start_opening FOREIGN KEY (opening_id) REFERENCES job_opening (id),
    CONSTRAINT fk_job_start_occupation FOREIGN KEY (isco_code) REFERENCES occupation (code)
);

CREATE INDEX ix_job_start_participant ON job_start (participant_id);
CREATE INDEX ix_job_start_employer ON job_start (employer_id);
CREATE INDEX ix_job_start_opening ON job_start (opening_id);
CREATE INDEX ix_job_start_start_date ON job_start (start_date);
