-- An employer taken from a register keeps its link to the register unit (issue #17); a Danish one also its P-number
-- beside the CVR number. set_by_hand lists the fields a person has changed since, which a re-import leaves alone;
-- register_closed_on is the day the register closed the unit (the employer is marked, never deleted).
ALTER TABLE employer ADD COLUMN register_kind VARCHAR(12);
ALTER TABLE employer ADD COLUMN register_number VARCHAR(10);
ALTER TABLE employer ADD COLUMN p_number VARCHAR(10);
ALTER TABLE employer ADD COLUMN set_by_hand VARCHAR(100);
ALTER TABLE employer ADD COLUMN register_closed_on DATE;
CREATE INDEX ix_employer_register ON employer (register_kind, register_number);
CREATE INDEX ix_employer_p_number ON employer (p_number);

-- What a re-import changed in the employers taken from the register: the import's report.
CREATE TABLE register_import_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id   BIGINT       NOT NULL,
    employer_id BIGINT       NOT NULL,
    field       VARCHAR(30)  NOT NULL,
    old_value   VARCHAR(400),
    new_value   VARCHAR(400),
    CONSTRAINT fk_register_import_change_import FOREIGN KEY (import_id) REFERENCES register_import (id),
    CONSTRAINT fk_register_import_change_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);
CREATE INDEX ix_register_import_change_import ON register_import_change (import_id);

ALTER TABLE register_import ADD COLUMN employers_updated BIGINT DEFAULT 0 NOT NULL;
