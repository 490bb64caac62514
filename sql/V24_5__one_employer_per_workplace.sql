-- One employer per workplace (issue #17): a Danish employer is identified by its P-number when it has one, so a
-- second P-unit of the same company (same CVR number, another P-number) is an employer of its own; otherwise, and in
-- Norway (where an employer taken from the register carries its underenhet's own organisation number), by the
-- organisation number. The identity is a generated column, so rows written outside JPA keep to the rule as well.
ALTER TABLE employer ADD COLUMN identity_number VARCHAR(10) GENERATED ALWAYS AS (COALESCE(p_number, org_number));
ALTER TABLE employer DROP CONSTRAINT uq_employer_org_number;
ALTER TABLE employer ADD CONSTRAINT uq_employer_identity UNIQUE (country, identity_number);
CREATE INDEX ix_employer_org_number ON employer (country, org_number);
