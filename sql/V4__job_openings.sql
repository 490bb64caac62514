-- Job openings: a job a specialist developed with an employer or found. The workplace is copied from the employer's
-- address unless given, so distance search needs no join. "Expired" is derived from the deadline when read; the
-- stored status changes only by a specialist's action (close, reopen) or when the job is filled.

CREATE TABLE job_opening (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    employer_id          BIGINT        NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    isco_code            VARCHAR(4)    NOT NULL,
    description          VARCHAR(4000),
    hours_per_week       DECIMAL(4, 1) NOT NULL,
    street               VARCHAR(200),
    postcode             VARCHAR(4),
    city                 VARCHAR(100),
    municipality_code    VARCHAR(4),
    latitude             DOUBLE,
    longitude            DOUBLE,
    positions            INT           NOT NULL,
    start_date           DATE,
    application_deadline DATE,
    driving_licence      BOOLEAN       NOT NULL DEFAULT FALSE,
    competitive          BOOLEAN       NOT NULL,
    source               VARCHAR(30)   NOT NULL,
    visit_id             BIGINT,
    hidden_job_market    BOOLEAN       NOT NULL DEFAULT FALSE,
    status               VARCHAR(10)   NOT NULL,
    status_reason        VARCHAR(500),
    status_changed_at    DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_job_opening_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_job_opening_occupation FOREIGN KEY (isco_code) REFERENCES occupation (code),
    CONSTRAINT fk_job_opening_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
);

CREATE INDEX ix_job_opening_employer ON job_opening (employer_id);
CREATE INDEX ix_job_opening_status_deadline ON job_opening (status, application_deadline);
CREATE INDEX ix_job_opening_isco ON job_opening (isco_code);
CREATE INDEX ix_job_opening_municipality ON job_opening (municipality_code);
CREATE INDEX ix_job_opening_position ON job_opening (latitude, longitude);
CREATE INDEX ix_job_opening_created ON job_opening (created_at);

CREATE TABLE job_opening_shift (
    opening_id BIGINT      NOT NULL,
    shift      VARCHAR(10) NOT NULL,
    PRIMARY KEY (opening_id, shift),
    CONSTRAINT fk_job_opening_shift_opening FOREIGN KEY (opening_id) REFERENCES job_opening (id)
);

-- languages the job needs, as ISO 639 codes (no, da, en, ...)
CREATE TABLE job_opening_language (
    opening_id BIGINT      NOT NULL,
    language   VARCHAR(10) NOT NULL,
    PRIMARY KEY (opening_id, language),
    CONSTRAINT fk_job_opening_language_opening FOREIGN KEY (opening_id) REFERENCES job_opening (id)
);
