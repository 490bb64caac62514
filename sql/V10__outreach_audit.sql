-- The outreach audit: what managers and fidelity reviewers check.

-- Whether a contact served the stated preferences of a participant it was on behalf of (IPS-25 "individualized job
-- search"): decided when the contact is logged or corrected, from the preferences stated then, so that a later change
-- of mind does not rewrite past outreach.
ALTER TABLE visit ADD COLUMN individualized BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE visit SET individualized = TRUE
WHERE EXISTS (SELECT 1 FROM visit_participant vp
                  JOIN participant_industry pi ON pi.participant_id = vp.participant_id AND pi.wanted = TRUE
                  JOIN employer e ON e.id = visit.employer_id
              WHERE vp.visit_id = visit.id AND e.nace_code LIKE CONCAT(pi.nace_prefix, '%'))
   OR EXISTS (SELECT 1 FROM visit_participant vp
                  JOIN participant_occupation po ON po.participant_id = vp.participant_id
                  JOIN job_opening o ON o.employer_id = visit.employer_id
              WHERE vp.visit_id = visit.id AND SUBSTRING(o.isco_code, 1, 3) = SUBSTRING(po.isco_code, 1, 3));

-- The national report sums a million visits; this ledger keeps each team's daily totals as visits are logged and
-- corrected, in the same transaction, so the report reads a row per team and day instead of every visit. The day is
-- the visit's date in Europe/Oslo, and week_start the Monday of its ISO week. Only visits by registered specialists
-- are in it: the team is the specialist's current team, and rows move with a specialist who changes team. V11 fills
-- it from the visits logged before it.
CREATE TABLE outreach_team_day (
    team_id           BIGINT  NOT NULL,
    contact_day       DATE    NOT NULL,
    week_start        DATE    NOT NULL,
    face_to_face      INT     NOT NULL,
    by_phone          INT     NOT NULL,
    by_video          INT     NOT NULL,
    by_email          INT     NOT NULL,
    at_event          INT     NOT NULL,
    community_minutes BIGINT  NOT NULL,
    individualized    INT     NOT NULL,
    quality_1         INT     NOT NULL,
    quality_2         INT     NOT NULL,
    quality_3         INT     NOT NULL,
    quality_4         INT     NOT NULL,
    quality_5         INT     NOT NULL,
    PRIMARY KEY (team_id, contact_day),
    CONSTRAINT fk_outreach_team_day_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE INDEX ix_outreach_team_day_day ON outreach_team_day (contact_day, week_start);

-- A supervisor's weekly review of a specialist's employer-contact log (IPS-25 expects it weekly). Signing again
-- replaces the sign-off; a later change to the week's visits marks it changed after review and names the change.
CREATE TABLE week_review (
    specialist_id    BIGINT       NOT NULL,
    week_start       DATE         NOT NULL,
    signed_by        VARCHAR(100) NOT NULL,
    signed_at        DATETIME(6)  NOT NULL,
    contacts_signed  INT          NOT NULL,
    changed_at       DATETIME(6),
    changed_by       VARCHAR(100),
    changed_visit_id BIGINT,
    changed_revision INT,
    PRIMARY KEY (specialist_id, week_start),
    CONSTRAINT fk_week_review_specialist FOREIGN KEY (specialist_id) REFERENCES specialist (id)
);

CREATE INDEX ix_week_review_week ON week_review (week_start);

-- Rapid job search reads each participant's first face-to-face contact through their visit links.
CREATE INDEX ix_visit_mode_started ON visit (mode, started_at);
CREATE INDEX ix_visit_employer_mode_started ON visit (employer_id, mode, started_at);
