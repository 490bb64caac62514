-- Storage limitation for events out (issue 18, point 2): an outbox event names a participant by the host system's
-- reference, also after the participant is anonymised. Retention deletes events older than
-- outreach.retention.events-for once every delivery of theirs has ended (delivered, or dead), and counts them per run.
ALTER TABLE retention_run ADD COLUMN events_cutoff DATETIME(6) NULL;
ALTER TABLE retention_run ADD COLUMN events_deleted BIGINT NOT NULL DEFAULT 0;

-- The deletion reads events by age, and their deliveries by event.
CREATE INDEX ix_outbox_event_occurred ON outbox_event (occurred_at);
CREATE INDEX ix_delivery_event ON webhook_delivery (event_id);
