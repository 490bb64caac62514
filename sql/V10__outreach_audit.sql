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

-- The national report covers a million visits; these ledgers keep each team's outreach totals per day and per ISO
-- week as visits are logged and corrected, in the same transaction, so the report reads a row per team and week
-- (and the days of a partly covered week) instead of every visit. The day is the visit's date in Europe/Oslo and
-- week_start the Monday of its ISO week. Only visits by registered specialists are in them: the team is the
-- specialist's current team, and rows move with a specialist who changes team. V11 fills them from earlier visits.
CREATE TABLE outreach_team_day (
    contact_day       DATE    NOT NULL,
    team_id           BIGINT  NOT NULL,
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
    PRIMARY KEY (contact_day, team_id),
    CONSTRAINT fk_outreach_team_day_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE INDEX ix_outreach_team_day_team ON outreach_team_day (team_id, contact_day);

-- The same per ISO week, plus how many of the team's specialists have a current sign-off of that week and how many
-- a sign-off changed after review.
CREATE TABLE outreach_team_week (
    week_start        DATE    NOT NULL,
    team_id           BIGINT  NOT NULL,
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
    reviews_current   INT     NOT NULL,
    reviews_changed   INT     NOT NULL,
    PRIMARY KEY (week_start, team_id),
    CONSTRAINT fk_outreach_team_week_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE INDEX ix_outreach_team_week_team ON outreach_team_week (team_id, week_start);

-- Current sign-offs per specialist and month (YYYYMM of the week's Thursday): a log reviewed at least monthly has one
-- in every month.
CREATE TABLE outreach_review_month (
    month_key       INT     NOT NULL,
    specialist_id   BIGINT  NOT NULL,
    reviews_current INT     NOT NULL,
    PRIMARY KEY (month_key, specialist_id),
    CONSTRAINT fk_outreach_review_month_specialist FOREIGN KEY (specialist_id) REFERENCES specialist (id)
);

-- Each participant's first face-to-face employer contact on their behalf (IPS rapid job search), as a date in
-- Europe/Oslo, kept as visits are logged and corrected; V11 fills it from earlier visits.
ALTER TABLE participant ADD COLUMN first_face_to_face_on DATE;

CREATE INDEX ix_participant_first_contact ON participant (first_face_to_face_on, enrolled_on);
CREATE INDEX ix_participant_waiting ON participant (status, enrolled_on, first_face_to_face_on);

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

-- Caseloads are counted per specialist and status.
CREATE INDEX ix_participant_specialist_status ON participant (specialist_id, status);

