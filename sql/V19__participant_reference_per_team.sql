-- External references are unique within the team that enrolled the participant, no longer across the country: a
-- clash with another team's record would tell the caller that this person is enrolled there (issue #13).
ALTER TABLE participant ADD COLUMN team_id BIGINT;
UPDATE participant SET team_id = (SELECT s.team_id FROM specialist s WHERE s.id = participant.specialist_id);
ALTER TABLE participant DROP CONSTRAINT uq_participant_external_ref;
ALTER TABLE participant ADD CONSTRAINT uq_participant_team_external_ref UNIQUE (team_id, external_ref);
