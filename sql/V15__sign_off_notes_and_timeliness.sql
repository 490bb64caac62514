-- A sign-off counts as a weekly review only when it was given within a set number of days after the week ended
-- (outreach.audit.weekly-review-days, 7 by default); a later one counts toward the monthly review at most. Whether it
-- was in time is decided when it is given, so the figures never change with the setting afterwards.
ALTER TABLE week_review ADD COLUMN in_time BOOLEAN DEFAULT TRUE NOT NULL;
-- The supervision note given with the last sign-off.
ALTER TABLE week_review ADD COLUMN note VARCHAR(1000);

-- Sign-offs given before this rule are judged by the default: a sign-off on a day after the week's Sunday plus 7 days
-- (a UTC time counted as the day it was in UTC, at most an hour or two from Oslo) was late. The team-week ledger
-- counts only weekly sign-offs from now on, so the late ones leave it.
UPDATE outreach_team_week SET reviews_current = reviews_current - (
    SELECT COUNT(*) FROM week_review r JOIN specialist s ON s.id = r.specialist_id
    WHERE r.week_start = outreach_team_week.week_start AND s.team_id = outreach_team_week.team_id
      AND r.changed_at IS NULL AND CAST(r.signed_at AS DATE) > r.week_start + INTERVAL '13' DAY);
UPDATE week_review SET in_time = FALSE WHERE CAST(signed_at AS DATE) > week_start + INTERVAL '13' DAY;

-- Every sign-off of a week, with its note: the week's review history. Signing again adds a row and never rewrites one.
CREATE TABLE week_sign_off (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    specialist_id   BIGINT       NOT NULL,
    week_start      DATE         NOT NULL,
    signed_by       VARCHAR(100) NOT NULL,
    signed_at       DATETIME(6)  NOT NULL,
    contacts_signed INT          NOT NULL,
    in_time         BOOLEAN      NOT NULL,
    note            VARCHAR(1000),
    CONSTRAINT fk_week_sign_off_specialist FOREIGN KEY (specialist_id) REFERENCES specialist (id)
);

CREATE INDEX ix_week_sign_off_week ON week_sign_off (specialist_id, week_start);
