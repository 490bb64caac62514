-- A visit logged by mistake (the wrong employer, a meeting that never happened) is voided, never deleted: it stays in
-- the log and its revisions, marked void with who voided it, when and why, and counts in no figure, ledger,
-- first-contact date, contact summary, planner progress or suggestion.
ALTER TABLE visit ADD COLUMN voided_at DATETIME(6);
ALTER TABLE visit ADD COLUMN voided_by VARCHAR(100);
ALTER TABLE visit ADD COLUMN void_reason VARCHAR(500);

-- An employer's contact history counts only the visits that stand.
DROP VIEW employer_contact_summary;
CREATE VIEW employer_contact_summary AS
SELECT employer_id,
       COUNT(*)                                                  AS contact_count,
       SUM(CASE WHEN mode = 'IN_PERSON' THEN 1 ELSE 0 END)       AS face_to_face_count,
       MAX(started_at)                                           AS last_contact_at,
       MAX(CASE WHEN mode = 'IN_PERSON' THEN started_at END)     AS last_face_to_face_at
FROM visit
WHERE voided_at IS NULL
GROUP BY employer_id;
