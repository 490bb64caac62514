-- Match decisions: a participant and an opening move from PROPOSED through the participant's choice (INTERESTED or
-- DECLINED), an introduction and an interview to HIRED or NOT_HIRED. Each step is kept with when, who and why. One
-- decision per participant and opening; a declined one is proposed again by reopening it, never by a second row.

CREATE TABLE match_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    participant_id   BIGINT       NOT NULL,
    opening_id       BIGINT       NOT NULL,
    stage            VARCHAR(12)  NOT NULL,
    stage_changed_at DATETIME(6)  NOT NULL,
    job_start_id     BIGINT,
    created_by       VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_match_decision UNIQUE (participant_id, opening_id),
    CONSTRAINT fk_match_decision_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_match_decision_opening FOREIGN KEY (opening_id) REFERENCES job_opening (id),
    CONSTRAINT fk_match_decision_job_start FOREIGN KEY (job_start_id) REFERENCES job_start (id)
);

CREATE INDEX ix_match_decision_opening ON match_decision (opening_id);
CREATE INDEX ix_match_decision_stage ON match_decision (stage, stage_changed_at);

CREATE TABLE match_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    decision_id BIGINT       NOT NULL,
    step_no     INT          NOT NULL,
    stage       VARCHAR(12)  NOT NULL,
    taken_at    DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    reason      VARCHAR(500),
    CONSTRAINT uq_match_step UNIQUE (decision_id, step_no),
    CONSTRAINT fk_match_step_decision FOREIGN KEY (decision_id) REFERENCES match_decision (id)
);
