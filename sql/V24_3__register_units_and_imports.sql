-- The public business registers (issue #17), kept apart from the employer list: the units of Enhetsregisteret
-- (enheter and underenheter) and of CVR (P-units), as last imported, for look-ups and for choosing employers.
-- A unit is never deleted: one the register closes keeps its row with closed_on set.
CREATE TABLE register_unit (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                        VARCHAR(12)  NOT NULL,
    unit_number                 VARCHAR(10)  NOT NULL,
    parent_number               VARCHAR(9),
    name                        VARCHAR(300) NOT NULL,
    organisation_form           VARCHAR(10),
    nace_code                   VARCHAR(6),
    nace_version                VARCHAR(6),
    employees                   INT,
    employee_band               VARCHAR(20),
    street                      VARCHAR(400),
    postcode                    VARCHAR(4),
    city                        VARCHAR(100),
    municipality_code           VARCHAR(4),
    published_municipality_code VARCHAR(4),
    advertising_protected       BOOLEAN      NOT NULL DEFAULT FALSE,
    closed_on                   DATE,
    content_hash                BIGINT       NOT NULL,
    first_import_id             BIGINT       NOT NULL,
    last_import_id              BIGINT       NOT NULL,
    CONSTRAINT uq_register_unit UNIQUE (kind, unit_number)
);

CREATE INDEX ix_register_unit_municipality ON register_unit (municipality_code);
CREATE INDEX ix_register_unit_postcode ON register_unit (postcode);
CREATE INDEX ix_register_unit_nace ON register_unit (nace_code);
CREATE INDEX ix_register_unit_parent ON register_unit (parent_number);

-- One import of a bulk file: its progress while it runs, its counts when done.
CREATE TABLE register_import (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(12)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    format       VARCHAR(10)   NOT NULL,
    state        VARCHAR(10)   NOT NULL,
    started_by   VARCHAR(100)  NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    heartbeat_at DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6),
    bytes_total  BIGINT        NOT NULL,
    bytes_done   BIGINT        NOT NULL DEFAULT 0,
    records_read BIGINT        NOT NULL DEFAULT 0,
    imported     BIGINT        NOT NULL DEFAULT 0,
    refused      BIGINT        NOT NULL DEFAULT 0,
    added        BIGINT        NOT NULL DEFAULT 0,
    changed      BIGINT        NOT NULL DEFAULT 0,
    unchanged    BIGINT        NOT NULL DEFAULT 0,
    closed       BIGINT        NOT NULL DEFAULT 0,
    failure      VARCHAR(1000)
);

-- The records an import refused, with where they were and why (the first 1,000 of each import).
CREATE TABLE register_import_refusal (
    import_id     BIGINT       NOT NULL,
    record_number BIGINT       NOT NULL,
    line_number   BIGINT       NOT NULL,
    unit_number   VARCHAR(20),
    reason        VARCHAR(500) NOT NULL,
    PRIMARY KEY (import_id, record_number),
    CONSTRAINT fk_register_import_refusal FOREIGN KEY (import_id) REFERENCES register_import (id)
);

-- One row: the import holding it runs, and no other may start, on any instance of a cluster.
CREATE TABLE register_import_lock (
    id        INT PRIMARY KEY,
    import_id BIGINT,
    taken_at  DATETIME(6)
);
INSERT INTO register_import_lock (id, import_id, taken_at) VALUES (1, NULL, NULL);
