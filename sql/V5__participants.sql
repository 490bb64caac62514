-- Participants: pseudonymous by design. Outreach stores no national identity numbers and no diagnoses: a reference
-- to the host case-management system, an alias, the responsible specialist, the programme, status, what the
-- participant lets the specialist tell employers, and the job preferences they state themselves.

CREATE TABLE participant (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL,
    external_ref           VARCHAR(64),
    alias                  VARCHAR(40)   NOT NULL,
    specialist_id          BIGINT        NOT NULL,
    program                VARCHAR(20)   NOT NULL,
    program_label          VARCHAR(60),
    enrolled_on            DATE          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    disclosure             VARCHAR(10)   NOT NULL,
    disclosure_text        VARCHAR(1000),
    hours_min              DECIMAL(4, 1),
    hours_max              DECIMAL(4, 1),
    max_travel_minutes     INT,
    max_travel_km          INT,
    home_postcode          VARCHAR(4),
    home_municipality_code VARCHAR(4),
    home_latitude          DOUBLE,
    home_longitude         DOUBLE,
    driving_licence        BOOLEAN       NOT NULL DEFAULT FALSE,
    earliest_start         DATE,
    education_goal         VARCHAR(500),
    strengths              VARCHAR(2000),
    anonymised_at          DATETIME(6),
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    CONSTRAINT uq_participant_external_ref UNIQUE (external_ref),
    CONSTRAINT fk_participant_specialist FOREIGN KEY (specialist_id) REFERENCES specialist (id)
);

CREATE INDEX ix_participant_specialist ON participant (specialist_id);

-- desired occupations, in the participant's order of priority
CREATE TABLE participant_occupation (
    participant_id BIGINT     NOT NULL,
    priority       INT        NOT NULL,
    isco_code      VARCHAR(4) NOT NULL,
    PRIMARY KEY (participant_id, priority),
    CONSTRAINT fk_participant_occupation_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_participant_occupation_code FOREIGN KEY (isco_code) REFERENCES occupation (code)
);

-- desired (wanted = TRUE) and excluded (wanted = FALSE) industries, as NACE code prefixes
CREATE TABLE participant_industry (
    participant_id BIGINT     NOT NULL,
    nace_prefix    VARCHAR(6) NOT NULL,
    wanted         BOOLEAN    NOT NULL,
    PRIMARY KEY (participant_id, nace_prefix),
    CONSTRAINT fk_participant_industry_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE TABLE participant_shift (
    participant_id BIGINT      NOT NULL,
    shift          VARCHAR(10) NOT NULL,
    PRIMARY KEY (participant_id, shift),
    CONSTRAINT fk_participant_shift_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE TABLE participant_language (
    participant_id BIGINT      NOT NULL,
    language       VARCHAR(10) NOT NULL,
    PRIMARY KEY (participant_id, language),
    CONSTRAINT fk_participant_language_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

-- preferences evolve; every stated change is kept
CREATE TABLE preference_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT       NOT NULL,
    changed_by     VARCHAR(100) NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    field          VARCHAR(50)  NOT NULL,
    old_value      VARCHAR(4000),
    new_value      VARCHAR(4000),
    CONSTRAINT fk_preference_change_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE INDEX ix_preference_change_participant ON preference_change (participant_id, id);

-- every read and write of a participant record: who, when, which record, which action
CREATE TABLE participant_access (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    accessed_at    DATETIME(6)  NOT NULL,
    username       VARCHAR(100) NOT NULL,
    participant_id BIGINT       NOT NULL,
    action         VARCHAR(20)  NOT NULL
);

CREATE INDEX ix_participant_access_participant ON participant_access (participant_id, accessed_at);
CREATE INDEX ix_participant_access_user ON participant_access (username, accessed_at);
