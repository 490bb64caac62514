-- The participants a job-development or follow-along visit was on behalf of, and how much of each participant the
-- specialist disclosed to the employer (never more than the participant consented to). The link is kept even with
-- no consent, for the fidelity audit's share of individualized job search, but only the participant's own specialist
-- and the team's managers ever see it.

CREATE TABLE visit_participant (
    visit_id       BIGINT      NOT NULL,
    participant_id BIGINT      NOT NULL,
    disclosure     VARCHAR(10) NOT NULL,
    PRIMARY KEY (visit_id, participant_id),
    CONSTRAINT fk_visit_participant_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_participant_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE INDEX ix_visit_participant_participant ON visit_participant (participant_id);
