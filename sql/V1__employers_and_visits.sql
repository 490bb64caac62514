-- Outreach schema, version 1: employers, their contact persons and the visit log.
-- Written in the subset of SQL that MySQL 8, MariaDB 10.6+ and H2 (MODE=MySQL, the embedded default) all accept.
-- Times are UTC, stored as DATETIME(6).

CREATE TABLE employer (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL,
    country               CHAR(2)       NOT NULL,
    org_number            VARCHAR(9)    NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    nace_code             VARCHAR(6)    NOT NULL,
    employees             INT,
    street                VARCHAR(200),
    postcode              VARCHAR(4),
    city                  VARCHAR(100),
    municipality_code     VARCHAR(4),
    latitude              DOUBLE,
    longitude             DOUBLE,
    website               VARCHAR(300),
    phone                 VARCHAR(30),
    stage_override        VARCHAR(20),
    business_needs        VARCHAR(4000),
    do_not_contact        BOOLEAN       NOT NULL DEFAULT FALSE,
    do_not_contact_reason VARCHAR(500),
    archived_at           DATETIME(6),
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    CONSTRAINT uq_employer_org_number UNIQUE (country, org_number)
);

CREATE INDEX ix_employer_name ON employer (name);
CREATE INDEX ix_employer_municipality ON employer (municipality_code);
CREATE INDEX ix_employer_nace ON employer (nace_code);
CREATE INDEX ix_employer_position ON employer (latitude, longitude);

CREATE TABLE employer_tag (
    employer_id BIGINT      NOT NULL,
    tag         VARCHAR(50) NOT NULL,
    PRIMARY KEY (employer_id, tag),
    CONSTRAINT fk_employer_tag_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);

CREATE INDEX ix_employer_tag_tag ON employer_tag (tag);

CREATE TABLE contact_person (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    employer_id       BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    role              VARCHAR(100),
    phone             VARCHAR(30),
    email             VARCHAR(254),
    preferred_channel VARCHAR(20),
    CONSTRAINT fk_contact_person_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);

CREATE TABLE visit (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    employer_id       BIGINT        NOT NULL,
    contact_person_id BIGINT,
    specialist        VARCHAR(100)  NOT NULL,
    started_at        DATETIME(6)   NOT NULL,
    meeting_minutes   INT           NOT NULL,
    travel_minutes    INT           NOT NULL,
    mode              VARCHAR(20)   NOT NULL,
    purpose           VARCHAR(30)   NOT NULL,
    quality           VARCHAR(30)   NOT NULL,
    outcome           VARCHAR(1000),
    notes             VARCHAR(4000),
    next_step         VARCHAR(500),
    next_step_due     DATE,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_visit_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_visit_contact_person FOREIGN KEY (contact_person_id) REFERENCES contact_person (id)
);

CREATE INDEX ix_visit_employer_started ON visit (employer_id, started_at);
CREATE INDEX ix_visit_specialist_started ON visit (specialist, started_at);
CREATE INDEX ix_visit_started ON visit (started_at);

-- Every correction of a visit: one row per changed field, grouped by revision number.
CREATE TABLE visit_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id   BIGINT        NOT NULL,
    revision   INT           NOT NULL,
    changed_by VARCHAR(100)  NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    field      VARCHAR(50)   NOT NULL,
    old_value  VARCHAR(4000),
    new_value  VARCHAR(4000),
    CONSTRAINT fk_visit_change_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
);

CREATE INDEX ix_visit_change_visit ON visit_change (visit_id, revision);

-- Derived, never stored twice: an employer's contact history in one row, so stages and
-- "not contacted for N days" always agree with the visit log.
CREATE VIEW employer_contact_summary AS
SELECT employer_id,
       COUNT(*)                                                  AS contact_count,
       SUM(CASE WHEN mode = 'IN_PERSON' THEN 1 ELSE 0 END)       AS face_to_face_count,
       MAX(started_at)                                           AS last_contact_at,
       MAX(CASE WHEN mode = 'IN_PERSON' THEN started_at END)     AS last_face_to_face_at
FROM visit
GROUP BY employer_id;

-- A POST retried with the same Idempotency-Key answers the first response and creates nothing new.
CREATE TABLE idempotent_request (
    principal     VARCHAR(100)  NOT NULL,
    idem_key      VARCHAR(100)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        INT           NOT NULL,
    location      VARCHAR(500),
    body          TEXT,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
