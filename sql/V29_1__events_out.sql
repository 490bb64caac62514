-- Events out (issue 18, point 2): a transactional outbox relayed to webhook subscriptions.

-- Who receives which events, registered by an administrator. The secret signs each delivery (Standard Webhooks).
CREATE TABLE webhook_subscription (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    event_types VARCHAR(1000) NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL
);

-- One domain event, written in the same transaction as the change that caused it, so that it exists exactly when
-- the change does. data is the CloudEvents data as JSON: participants by externalRef only.
CREATE TABLE outbox_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        VARCHAR(36)  NOT NULL UNIQUE,
    event_type      VARCHAR(100) NOT NULL,
    subject         VARCHAR(200),
    participant_ref VARCHAR(100),
    occurred_at     DATETIME(6)  NOT NULL,
    data            TEXT         NOT NULL
);

-- One event for one subscription, also written in the change's transaction. A relay claims a row with a conditional
-- UPDATE (a lease: claimed_by, claimed_until), so that with several instances one relay at a time sends it.
CREATE TABLE webhook_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT       NOT NULL,
    subscription_id BIGINT       NOT NULL,
    participant_ref VARCHAR(100),
    status          VARCHAR(20)  NOT NULL,
    tries           INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000),
    delivered_at    DATETIME(6),
    claimed_by      VARCHAR(100),
    claimed_until   DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_delivery_event FOREIGN KEY (event_id) REFERENCES outbox_event (id),
    CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE
);
CREATE INDEX ix_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_delivery_order ON webhook_delivery (subscription_id, participant_ref, id);
