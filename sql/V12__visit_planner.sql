-- The visit planner: a specialist's planned employer visits, week by week.

-- The team's weekly target of face-to-face employer contacts per specialist; NULL means the configured default.
ALTER TABLE team ADD COLUMN weekly_visit_target INT;

-- A visit the specialist means to make: in person, on a day at a local time (the employer's own time zone). It is
-- PLANNED until it is completed (DONE, with the visit it became) or cancelled; one still PLANNED after its day is
-- reported as missed, so that a missed visit never counts as done.
CREATE TABLE planned_visit (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    specialist       VARCHAR(100) NOT NULL,
    employer_id      BIGINT       NOT NULL,
    planned_on       DATE         NOT NULL,
    week_start       DATE         NOT NULL,
    starts_at        TIME         NOT NULL,
    duration_minutes INT          NOT NULL,
    purpose          VARCHAR(30)  NOT NULL,
    reason           VARCHAR(30),
    note             VARCHAR(500),
    status           VARCHAR(20)  NOT NULL,
    visit_id         BIGINT,
    created_by       VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_planned_visit_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_planned_visit_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT uq_planned_visit_visit UNIQUE (visit_id)
);

CREATE INDEX ix_planned_visit_specialist_week ON planned_visit (specialist, week_start);
CREATE INDEX ix_planned_visit_week_employer ON planned_visit (week_start, employer_id);
CREATE INDEX ix_planned_visit_employer_day ON planned_visit (employer_id, planned_on);

CREATE TABLE planned_visit_participant (
    planned_visit_id BIGINT NOT NULL,
    participant_id   BIGINT NOT NULL,
    PRIMARY KEY (planned_visit_id, participant_id),
    CONSTRAINT fk_planned_visit_participant_visit FOREIGN KEY (planned_visit_id) REFERENCES planned_visit (id),
    CONSTRAINT fk_planned_visit_participant_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE INDEX ix_planned_visit_participant_participant ON planned_visit_participant (participant_id);

-- what the suggestions read: the newest visits per specialist and employer, and follow-ups that are due
CREATE INDEX ix_visit_specialist_employer_started ON visit (specialist, employer_id, started_at);
CREATE INDEX ix_visit_next_step_due ON visit (specialist, next_step_due);
